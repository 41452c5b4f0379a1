#include "deadlinelist.h"

#include "security/access.h"
#include "security/audit.h"

#include "agreements/confirmation.h"
#include "agreements/fulfilment.h"
#include "common/clock.h"
#include "common/money.h"
#include "db/database.h"
#include "db/query.h"
#include "rules.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace tj {

namespace {
struct Collector
{
    const DeadlineRules &rules;
    QDate on;
    QList<DeadlineItem> items;

    void add(const Query &q, const QString &kind, const QString &org, const Due &due,
             const QString &detail = {})
    {
        DeadlineItem item;
        item.caseId = q.value("case_id").toString();
        item.number = q.value("number").toString();
        item.kind = kind;
        item.org = org;
        item.due = due.date;
        item.error = due.error;
        item.overdue = due.overdueOn(on);
        item.detail = detail;
        items.append(item);
    }
};

QDate dateOf(const Query &q, const char *field)
{
    return parseIsoDate(q.value(field).toString());
}

Result<void> caseClocks(QSqlDatabase db, Collector &out)
{
    Query q(db, "SELECT c.id AS case_id, c.number, c.handling_org, o.tier, c.received_on,"
                " c.accepted_on, (SELECT MAX(r.answered_on) FROM referrals r WHERE r.case_id = c.id"
                " AND r.state = 'accepted' AND r.to_org = c.handling_org) AS taken_on"
                " FROM cases c JOIN organisations o ON o.code = c.handling_org"
                " WHERE c.status IN ('registered', 'in_mediation')");
    TJ_TRY(q.exec());
    while (q.next()) {
        QDate start = dateOf(q, "taken_on");
        if (!start.isValid())
            start = dateOf(q, "accepted_on");
        if (!start.isValid())
            start = dateOf(q, "received_on");
        const OrgTier tier = tierFromCode(q.value("tier").toString()).value_or(OrgTier::Village);
        out.add(q, QStringLiteral("mediation"), q.value("handling_org").toString(),
                out.rules.mediation(caseTierOf(tier), start));
    }
    Query r(db, "SELECT r.case_id, c.number, r.to_org, r.sent_on, r.kind FROM referrals r"
                " JOIN cases c ON c.id = r.case_id WHERE r.state = 'pending'");
    TJ_TRY(r.exec());
    while (r.next())
        out.add(r, QStringLiteral("referral"), r.value("to_org").toString(),
                out.rules.referralAcceptance(dateOf(r, "sent_on")), r.value("kind").toString());
    Query f(db, "SELECT f.case_id, c.number, c.handling_org, f.received_on, f.id FROM feedback f"
                " JOIN cases c ON c.id = f.case_id WHERE f.answered_on IS NULL");
    TJ_TRY(f.exec());
    while (f.next())
        out.add(f, QStringLiteral("feedback"), f.value("handling_org").toString(),
                out.rules.feedbackAnswer(dateOf(f, "received_on")),
                QString::number(f.value("id").toLongLong()));
    return {};
}

Result<void> confirmationClocks(QSqlDatabase db, Collector &out)
{
    Query w(db, "SELECT a.case_id, c.number, a.org_code, a.effective_on, c.category,"
                " c.subcategory FROM agreements a CROSS JOIN cases c WHERE c.id = a.case_id"
                " AND a.kind = 'written' AND a.effective_on >= :from AND c.status = 'settled'"
                " AND NOT EXISTS (SELECT 1 FROM confirmations k WHERE k.case_id = a.case_id)");
    // Windows that closed before the day are no longer something to do; reading only the
    // agreements that may still have one open keeps this independent of the county's history.
    // CROSS JOIN: from agreements_effective, not from the hundreds of thousands of settled cases.
    w.bind("from", isoDate(out.rules.confirmationWindowOpenFrom(out.on)));
    TJ_TRY(w.exec());
    while (w.next()) {
        Case c;
        c.category = w.value("category").toString();
        c.subcategory = w.value("subcategory").toString();
        if (!ConfirmationService::ineligibility(c).isEmpty())
            continue;
        const Due due = out.rules.confirmationWindow(dateOf(w, "effective_on"));
        // A window that has closed is no longer something to do.
        if (due.computable() && due.date < out.on)
            continue;
        out.add(w, QStringLiteral("confirmation_window"), w.value("org_code").toString(), due);
    }
    Query k(db, "SELECT k.case_id, c.number, k.court_org, k.applied_on, k.accepted_on,"
                " k.extended_on FROM confirmations k JOIN cases c ON c.id = k.case_id"
                " WHERE k.refused_on IS NULL AND k.ruled_on IS NULL");
    TJ_TRY(k.exec());
    while (k.next()) {
        const QDate accepted = dateOf(k, "accepted_on");
        if (!accepted.isValid())
            out.add(k, QStringLiteral("court_acceptance"), k.value("court_org").toString(),
                    out.rules.courtAcceptance(dateOf(k, "applied_on")));
        else
            out.add(k, QStringLiteral("court_ruling"), k.value("court_org").toString(),
                    out.rules.courtRuling(accepted, dateOf(k, "extended_on").isValid()));
    }
    return {};
}

// The obligations not paid off on the day (see instalmentClocks), found through their index
// first: CROSS JOIN keeps SQLite from walking all instalments or payments in key order instead.
const char kOpenObligations[] = " FROM obligations o CROSS JOIN %1 WHERE (o.paid_off_on IS NULL OR"
                                " o.paid_off_on > :on)";

/// The schedules of the obligations not paid off on the day, and their payments up to it, read
/// in two passes (not two queries per obligation), by obligation id.
struct OpenSchedules
{
    QHash<QString, QList<StoredInstalment>> instalments;
    QHash<QString, QList<Payment>> payments;

    Result<void> read(QSqlDatabase db, const QDate &on)
    {
        Query qi(db, QStringLiteral("SELECT i.obligation_id, i.id, i.seq, i.due_on, i.amount_fen")
                         + QLatin1String(kOpenObligations)
                               .arg(QLatin1String("instalments i"))
                         + QLatin1String(" AND i.obligation_id = o.id ORDER BY i.obligation_id, i.seq"),
                 Query::Trusted);
        qi.bind("on", isoDate(on));
        TJ_TRY(qi.exec());
        while (qi.next())
            instalments[qi.value(0).toString()].append(
                StoredInstalment{qi.value(1).toString(), qi.value(2).toInt(),
                                 parseIsoDate(qi.value(3).toString()), qi.value(4).toLongLong()});
        Query qp(db, QStringLiteral("SELECT p.obligation_id, p.id, p.paid_on, p.amount_fen")
                         + QLatin1String(kOpenObligations)
                               .arg(QLatin1String("payments p"))
                         + QLatin1String(" AND p.obligation_id = o.id AND p.paid_on <= :day"
                                         " ORDER BY p.obligation_id, p.paid_on, p.created_at"),
                 Query::Trusted);
        qp.bind("on", isoDate(on));
        qp.bind("day", isoDate(on));
        TJ_TRY(qp.exec());
        while (qp.next()) {
            Payment p;
            p.obligationId = qp.value(0).toString();
            p.id = qp.value(1).toString();
            p.on = parseIsoDate(qp.value(2).toString());
            p.amountFen = qp.value(3).toLongLong();
            payments[p.obligationId].append(p);
        }
        return {};
    }

    /// One obligation with its schedule and payments, as an agreement of its own.
    Agreement agreementOf(const Query &row) const
    {
        StoredObligation o{row.value("id").toString(), row.value("seq").toInt(),
                           row.value("debtor").toString(), row.value("creditor").toString(),
                           row.value("amount_fen").toLongLong(), {}};
        o.instalments = instalments.value(o.id);
        Agreement a;
        a.caseId = row.value("case_id").toString();
        a.orgCode = row.value("org_code").toString();
        a.payments = payments.value(o.id);
        a.obligations.append(o);
        return a;
    }
};

/// Unpaid instalments, and the enforcement limit of the overdue ones of confirmed agreements.
/// Only obligations not paid off on the day are read (obligations.paid_off_on, kept by the
/// schema's triggers); their state comes from the same computeFulfilment as the case page's.
Result<void> instalmentClocks(QSqlDatabase db, Collector &out)
{
    Query q(db, "SELECT o.id, o.case_id, o.seq, o.debtor, o.creditor, o.amount_fen, c.number,"
                " a.org_code, (SELECT result FROM confirmations k WHERE k.case_id = o.case_id)"
                " AS confirmed FROM obligations o JOIN agreements a ON a.case_id = o.case_id"
                " JOIN cases c ON c.id = o.case_id"
                " WHERE (o.paid_off_on IS NULL OR o.paid_off_on > :on)"
                " AND EXISTS (SELECT 1 FROM instalments i WHERE i.obligation_id = o.id)");
    q.bind("on", isoDate(out.on));
    TJ_TRY(q.exec());
    OpenSchedules open;
    TJ_TRY(open.read(db, out.on));
    while (q.next()) {
        const Agreement agreement = open.agreementOf(q);
        const bool enforceable = q.value("confirmed").toString() == QLatin1String("valid");
        const Fulfilment f = computeFulfilment(agreement, out.on);
        for (const ObligationStatus &o : f.obligations) {
            for (const InstalmentStatus &i : o.instalments) {
                if (i.state == InstalmentState::Paid || !i.instalment.due.isValid())
                    continue;
                const QString detail = QStringLiteral("%1 → %2 %3")
                                           .arg(o.obligation.debtor, o.obligation.creditor,
                                                money::formatYuan(i.instalment.amountFen - i.paidFen));
                out.add(q, QStringLiteral("instalment"), agreement.orgCode,
                        Due{i.instalment.due, QString()}, detail);
                if (enforceable && i.state == InstalmentState::Overdue)
                    out.add(q, QStringLiteral("enforcement"), agreement.orgCode,
                            out.rules.enforcement(i.instalment.due), detail);
            }
        }
    }
    return {};
}

Result<QSet<QString>> subtree(QSqlDatabase db, const QString &org)
{
    Query q(db, "SELECT code FROM organisations WHERE path LIKE (SELECT path FROM organisations"
                " WHERE code = :org) || '%'");
    q.bind("org", org);
    TJ_TRY(q.exec());
    QSet<QString> codes;
    while (q.next())
        codes.insert(q.value(0).toString());
    return codes;
}
} // namespace

Result<QList<DeadlineItem>> DeadlineList::open(const Actor &actor, const QString &orgFilter,
                                               const QDate &on) const
{
    auto scope = Access(m_db).jurisdiction(actor, orgFilter);
    if (!scope) {
        TJ_TRY(AuditLog(m_db.connection())
                   .record(AuditEntry::of(actor, QStringLiteral("deadline.list"),
                                          QStringLiteral("org"), orgFilter)
                               .withResult(QStringLiteral("denied"))));
        return scope.error();
    }
    const QString org = scope.value();
    auto rules = DeadlineRules::load(m_db);
    if (!rules)
        return rules.error();
    QSqlDatabase db = m_db.connection();
    QSet<QString> codes;
    if (!org.isEmpty()) {
        auto sub = subtree(db, org);
        if (!sub)
            return sub.error();
        if (sub->isEmpty())
            return makeError(ErrorKind::NotFound, tr("There is no organisation %1.").arg(org));
        codes = sub.value();
    }
    Collector out{rules.value(), on.isValid() ? on : QDate::currentDate(), {}};
    TJ_TRY(caseClocks(db, out));
    TJ_TRY(confirmationClocks(db, out));
    TJ_TRY(instalmentClocks(db, out));
    QList<DeadlineItem> items;
    for (const DeadlineItem &item : std::as_const(out.items))
        if (org.isEmpty() || codes.contains(item.org))
            items.append(item);
    std::stable_sort(items.begin(), items.end(), [](const DeadlineItem &a, const DeadlineItem &b) {
        if (a.due.isValid() != b.due.isValid())
            return a.due.isValid();
        // A full key: the rows come in whatever order the index search gives them.
        if (a.due != b.due)
            return a.due < b.due;
        if (a.number != b.number)
            return a.number < b.number;
        return a.kind != b.kind ? a.kind < b.kind : a.detail < b.detail;
    });
    return items;
}

} // namespace tj
