#include "feedback.h"

#include "agreementservice.h"
#include "casecode.h"
#include "cases/casestore.h"
#include "common/clock.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "security/access.h"
#include "security/audit.h"
#include "security/caseguard.h"

namespace tj {

namespace {
const char kColumns[] = "f.id, f.case_id, c.number, c.handling_org, f.kind, f.text, f.rating,"
                        " f.received_on, f.answer, f.answered_on, f.answered_by, f.callback_on";

FeedbackItem itemFrom(const Query &q, const DeadlineRules &rules)
{
    FeedbackItem f;
    f.id = q.value("id").toLongLong();
    f.caseId = q.value("case_id").toString();
    f.caseNumber = q.value("number").toString();
    f.orgCode = q.value("handling_org").toString();
    f.kind = q.value("kind").toString();
    f.text = q.value("text").toString();
    if (!q.value("rating").isNull())
        f.rating = q.value("rating").toInt();
    f.receivedOn = parseIsoDate(q.value("received_on").toString());
    f.answer = q.value("answer").toString();
    f.answeredOn = parseIsoDate(q.value("answered_on").toString());
    f.answeredBy = q.value("answered_by").toString();
    f.callbackOn = parseIsoDate(q.value("callback_on").toString());
    f.due = rules.feedbackAnswer(f.receivedOn);
    return f;
}
} // namespace

Result<FeedbackItem> FeedbackService::add(const Actor &actor, const QString &ref,
                                          const QString &kind, const QString &text,
                                          std::optional<int> rating, const QDate &on)
{
    static const QStringList kinds = {QStringLiteral("consult"), QStringLiteral("complaint"),
                                      QStringLiteral("rating")};
    if (!kinds.contains(kind))
        return makeError(ErrorKind::Validation,
                         tr("Feedback is consult, complaint or rating, not \"%1\".").arg(kind));
    if (kind == QLatin1String("rating") && !rating)
        return makeError(ErrorKind::Validation, tr("A rating needs a score from 1 to 5."));
    if (rating && (*rating < 1 || *rating > 5))
        return makeError(ErrorKind::Validation, tr("A rating is from 1 to 5."));
    if (kind != QLatin1String("rating") && text.trimmed().isEmpty())
        return makeError(ErrorKind::Validation, tr("Write the question or complaint."));
    if (!on.isValid() || on > QDate::currentDate())
        return makeError(ErrorKind::Validation, tr("Give the date received (not in the future)."));
    QSqlDatabase db = m_db.connection();
    CaseStore cases(db);
    auto c = CaseGuard(m_db).read(actor, ref, QStringLiteral("feedback.add"), false);
    if (!c)
        return c.error();
    if (on < c->receivedOn)
        return makeError(ErrorKind::Validation, tr("The date %1 is before the case was received (%2).")
                                                    .arg(isoDate(on), isoDate(c->receivedOn)));
    Transaction tx(db);
    TJ_TRY(tx.begin());
    auto code = ensureCaseCode(db, c->id);
    if (!code)
        return code.error();
    Query q(db, "INSERT INTO feedback (case_id, kind, text, rating, received_on, created_at)"
                " VALUES (:case, :kind, :text, :rating, :on, :now) RETURNING id");
    q.bind("case", c->id)
        .bind("kind", kind)
        .bind("text", text.trimmed())
        .bind("rating", rating ? QVariant(*rating) : sqlNull())
        .bind("on", isoDate(on))
        .bind("now", nowStamp());
    TJ_TRY(q.exec());
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.raw().finish(); // SQLite: the statement must be done before the transaction commits
    CaseEvent e;
    e.caseId = c->id;
    e.on = on;
    e.user = actor.login;
    e.org = actor.isSystem() ? c->handlingOrg : actor.orgCode;
    e.action = QStringLiteral("feedback");
    e.detail = text.trimmed().left(200);
    e.data = QJsonObject{{QStringLiteral("feedback"), id}, {QStringLiteral("kind"), kind},
                         {QStringLiteral("code"), code.value()}};
    TJ_TRY(cases.appendEvent(e));
    TJ_TRY(CaseGuard::append(db, actor, QStringLiteral("feedback.add"), c.value(), kind));
    TJ_TRY(tx.commit());
    return find(id);
}

Result<FeedbackItem> FeedbackService::find(qint64 id) const
{
    auto rules = DeadlineRules::load(m_db);
    if (!rules)
        return rules.error();
    Query q(m_db.connection(), QStringLiteral("SELECT %1 FROM feedback f JOIN cases c ON c.id ="
                                              " f.case_id WHERE f.id = :id")
                                   .arg(QLatin1String(kColumns)),
            Query::Trusted);
    q.bind("id", id);
    TJ_TRY(q.exec());
    if (!q.next())
        return makeError(ErrorKind::NotFound, tr("There is no feedback item %1.").arg(id));
    return itemFrom(q, rules.value());
}

Result<FeedbackItem> FeedbackService::answer(const Actor &actor, qint64 id, const QString &text,
                                             const QDate &on, const QDate &callbackOn)
{
    if (text.trimmed().isEmpty())
        return makeError(ErrorKind::Validation, tr("Write the answer."));
    auto item = find(id);
    if (!item)
        return item.error();
    if (item->answeredOn.isValid())
        return makeError(ErrorKind::Rule, tr("Feedback item %1 was answered on %2.")
                                              .arg(id)
                                              .arg(isoDate(item->answeredOn)));
    if (!on.isValid() || on > QDate::currentDate() || on < item->receivedOn)
        return makeError(ErrorKind::Validation,
                         tr("Give the date of the answer, not before the item (%1) nor in the future.")
                             .arg(isoDate(item->receivedOn)));
    if (callbackOn.isValid() && (callbackOn < on || callbackOn > QDate::currentDate()))
        return makeError(ErrorKind::Validation, tr("The call-back comes after the answer, not in the future."));
    QSqlDatabase db = m_db.connection();
    auto c = CaseStore(db).load(item->caseId);
    if (!c)
        return c.error();
    const CaseGuard guard(m_db);
    if (auto allowed = guard.mayRecord(actor, item->orgCode); !allowed) {
        TJ_TRY(guard.denied(actor, QStringLiteral("feedback.answer"), c.value()));
        return allowed.error();
    }
    Transaction tx(db);
    TJ_TRY(tx.begin());
    Query q(db, "UPDATE feedback SET answer = :answer, answered_on = :on, answered_by = :by,"
                " callback_on = :callback WHERE id = :id AND answered_on IS NULL");
    q.bind("answer", text.trimmed())
        .bind("on", isoDate(on))
        .bind("by", nullIfEmpty(actor.login))
        .bind("callback", callbackOn.isValid() ? QVariant(isoDate(callbackOn)) : sqlNull())
        .bind("id", id);
    TJ_TRY(q.exec());
    CaseEvent e;
    e.caseId = item->caseId;
    e.on = on;
    e.user = actor.login;
    e.org = actor.isSystem() ? item->orgCode : actor.orgCode;
    e.action = QStringLiteral("feedback_answer");
    e.detail = text.trimmed().left(200);
    e.data = QJsonObject{{QStringLiteral("feedback"), id},
                         {QStringLiteral("in_time"), item->due.computable() && on <= item->due.date}};
    TJ_TRY(CaseStore(db).appendEvent(e));
    TJ_TRY(CaseGuard::append(db, actor, QStringLiteral("feedback.answer"), c.value(),
                             QString::number(id)));
    TJ_TRY(tx.commit());
    return find(id);
}

Result<QList<FeedbackItem>> FeedbackService::list(const Actor &actor, const QString &ref,
                                                  const QString &orgFilter) const
{
    auto rules = DeadlineRules::load(m_db);
    if (!rules)
        return rules.error();
    QSqlDatabase db = m_db.connection();
    QString caseId;
    QString org = orgFilter;
    if (!ref.isEmpty()) {
        auto c = CaseGuard(m_db).read(actor, ref, QStringLiteral("feedback.list"), true);
        if (!c)
            return c.error();
        caseId = c->id;
    } else {
        auto scope = Access(m_db).jurisdiction(actor, org);
        if (!scope) {
            TJ_TRY(AuditLog(db).record(AuditEntry::of(actor, QStringLiteral("feedback.list"),
                                                      QStringLiteral("org"), org)
                                           .withResult(QStringLiteral("denied"))));
            return scope.error();
        }
        org = scope.value();
        TJ_TRY(AuditLog(db).record(AuditEntry::of(actor, QStringLiteral("feedback.list"),
                                                  QStringLiteral("org"), org)));
    }
    Query q(db,
            QStringLiteral("SELECT %1 FROM feedback f JOIN cases c ON c.id = f.case_id"
                           " JOIN organisations o ON o.code = c.handling_org"
                           " WHERE (:case1 = '' OR f.case_id = :case2) AND (:org1 = '' OR o.path"
                           " LIKE (SELECT path FROM organisations WHERE code = :org2) || '%')"
                           " ORDER BY f.received_on, f.id")
                .arg(QLatin1String(kColumns)),
            Query::Trusted);
    q.bind("case1", caseId).bind("case2", caseId).bind("org1", org).bind("org2", org);
    TJ_TRY(q.exec());
    QList<FeedbackItem> out;
    while (q.next())
        out.append(itemFrom(q, rules.value()));
    return out;
}

Satisfaction FeedbackService::satisfaction(const QList<FeedbackItem> &items)
{
    Satisfaction s;
    int total = 0;
    int satisfied = 0;
    for (const FeedbackItem &f : items) {
        if (!f.rating)
            continue;
        ++s.ratings;
        total += *f.rating;
        satisfied += *f.rating >= 4 ? 1 : 0;
    }
    if (s.ratings > 0) {
        s.average = double(total) / s.ratings;
        s.satisfiedShare = double(satisfied) / s.ratings;
    }
    return s;
}

} // namespace tj
