#include "casestore.h"

#include "caselistquery.h"
#include "common/clock.h"
#include "db/query.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QHash>

namespace tj {

namespace {
const char kCaseColumns[] =
    "c.id, c.number, c.status, c.registering_org, c.handling_org, o.name AS org_name,"
    " o.tier AS org_tier, c.source, c.category, c.subcategory, c.title, c.facts, c.claims,"
    " c.amount_fen, c.risk, c.received_on, c.accepted_on, c.closed_on, c.closed_org,"
    " c.outcome_reason, c.filed_number, c.version";

Case caseFromQuery(const Query &q)
{
    Case c;
    c.id = q.value("id").toString();
    c.number = q.value("number").toString();
    c.status = statusFromCode(q.value("status").toString()).value_or(CaseStatus::Registered);
    c.registeringOrg = q.value("registering_org").toString();
    c.handlingOrg = q.value("handling_org").toString();
    c.handlingOrgName = q.value("org_name").toString();
    c.handlingOrgTier = tierFromCode(q.value("org_tier").toString()).value_or(OrgTier::Village);
    c.source = sourceFromCode(q.value("source").toString()).value_or(CaseSource::Application);
    c.category = q.value("category").toString();
    c.subcategory = q.value("subcategory").toString();
    c.title = q.value("title").toString();
    c.facts = q.value("facts").toString();
    c.claims = q.value("claims").toString();
    c.amountFen = q.value("amount_fen").toLongLong();
    c.risk = q.value("risk").toBool();
    c.receivedOn = parseIsoDate(q.value("received_on").toString());
    c.acceptedOn = parseIsoDate(q.value("accepted_on").toString());
    c.closedOn = parseIsoDate(q.value("closed_on").toString());
    c.closedOrg = q.value("closed_org").toString();
    c.outcomeReason = q.value("outcome_reason").toString();
    c.filedNumber = q.value("filed_number").toString();
    c.version = q.value("version").toInt();
    return c;
}

const char kPartyColumns[] =
    "id, case_id, role, kind, name, id_number, credit_code, sex, birth_date, ethnicity, phone,"
    " address, legal_representative, agent, claim_amount_fen, representative";

Party partyFromQuery(const Query &q)
{
    Party p;
    p.id = q.value("id").toString();
    p.role = partyRoleFromCode(q.value("role").toString()).value_or(PartyRole::Applicant);
    p.kind = partyKindFromCode(q.value("kind").toString()).value_or(PartyKind::Person);
    p.name = q.value("name").toString();
    p.idNumber = q.value("id_number").toString();
    p.creditCode = q.value("credit_code").toString();
    p.sex = q.value("sex").toString();
    p.birthDate = parseIsoDate(q.value("birth_date").toString());
    p.ethnicity = q.value("ethnicity").toString();
    p.phone = q.value("phone").toString();
    p.address = q.value("address").toString();
    p.legalRepresentative = q.value("legal_representative").toString();
    p.agent = q.value("agent").toString();
    if (!q.value("claim_amount_fen").isNull())
        p.claimAmountFen = q.value("claim_amount_fen").toLongLong();
    p.representative = q.value("representative").toBool();
    return p;
}

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(isoDate(d)) : sqlNull();
}

QString toJsonArray(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJsonArray(const QString &text)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        out.append(v.toString());
    return out;
}

} // namespace

Result<Case> CaseStore::load(const QString &idOrNumber) const
{
    Query q(m_db,
            QStringLiteral("SELECT %1 FROM cases c JOIN organisations o ON o.code = c.handling_org"
                           " WHERE c.id = :id OR c.number = :number")
                .arg(QLatin1String(kCaseColumns)),
            Query::Trusted);
    q.bind("id", idOrNumber).bind("number", idOrNumber);
    TJ_TRY(q.exec());
    if (!q.next())
        return makeError(ErrorKind::NotFound,
                         QCoreApplication::translate("CaseService", "There is no case %1.")
                             .arg(idOrNumber));
    Case c = caseFromQuery(q);
    auto parties = loadParties(c.id);
    if (!parties)
        return parties.error();
    c.parties = parties.value();
    auto pending = loadPending(c.id);
    if (!pending)
        return pending.error();
    c.pending = pending.value();
    return c;
}

Result<QList<Party>> CaseStore::loadParties(const QString &caseId) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM parties WHERE case_id = :case ORDER BY seq")
                      .arg(QLatin1String(kPartyColumns)),
            Query::Trusted);
    q.bind("case", caseId);
    TJ_TRY(q.exec());
    QList<Party> parties;
    while (q.next())
        parties.append(partyFromQuery(q));
    return parties;
}

Result<std::optional<PendingTransfer>> CaseStore::loadPending(const QString &caseId) const
{
    Query q(m_db, "SELECT id, kind, from_org, to_org, reason, sent_on, prev_status FROM referrals"
                  " WHERE case_id = :case AND state = 'pending'");
    q.bind("case", caseId);
    TJ_TRY(q.exec());
    if (!q.next())
        return std::optional<PendingTransfer>();
    PendingTransfer t;
    t.id = q.value("id").toString();
    t.kind = q.value("kind").toString() == QLatin1String("refer") ? TransferKind::Refer
                                                                  : TransferKind::Delegate;
    t.fromOrg = q.value("from_org").toString();
    t.toOrg = q.value("to_org").toString();
    t.reason = q.value("reason").toString();
    t.sentOn = parseIsoDate(q.value("sent_on").toString());
    t.previousStatus =
        statusFromCode(q.value("prev_status").toString()).value_or(CaseStatus::InMediation);
    return std::optional<PendingTransfer>(t);
}

Result<CasePage> CaseStore::list(const CaseFilter &filter) const
{
    auto listing = CaseListQuery(m_db).list(filter);
    if (!listing)
        return listing.error();
    CasePage page;
    if (filter.withTotal) {
        page.total = listing->total;
        if (filter.totalCap > 0 && page.total > filter.totalCap) {
            page.total = filter.totalCap;
            page.totalExact = false;
        }
    }
    const QStringList &ids = listing->ids;
    if (ids.isEmpty())
        return page;
    QStringList marks;
    QStringList partyMarks;
    for (int i = 0; i < ids.size(); ++i) {
        marks.append(QStringLiteral(":i%1").arg(i));
        partyMarks.append(QStringLiteral(":j%1").arg(i));
    }
    Query q(m_db,
            QStringLiteral("SELECT %1 FROM cases c JOIN organisations o ON o.code = c.handling_org"
                           " WHERE c.id IN (%2)")
                .arg(QLatin1String(kCaseColumns), marks.join(u',')),
            Query::Trusted);
    for (int i = 0; i < ids.size(); ++i)
        q.bind(marks[i], ids.at(i));
    TJ_TRY(q.exec());
    QHash<QString, Case> byId;
    while (q.next()) {
        Case c = caseFromQuery(q);
        byId.insert(c.id, c);
    }
    Query p(m_db,
            QStringLiteral("SELECT %1 FROM parties WHERE case_id IN (%2) ORDER BY case_id, seq")
                .arg(QLatin1String(kPartyColumns), partyMarks.join(u',')),
            Query::Trusted);
    for (int i = 0; i < ids.size(); ++i)
        p.bind(partyMarks[i], ids.at(i));
    TJ_TRY(p.exec());
    while (p.next()) {
        const auto it = byId.find(p.value("case_id").toString());
        if (it != byId.end())
            it->parties.append(partyFromQuery(p));
    }
    for (const QString &id : ids)
        if (byId.contains(id))
            page.cases.append(byId.value(id));
    return page;
}

Result<QList<CaseEvent>> CaseStore::history(const QString &caseId) const
{
    Query q(m_db, "SELECT id, case_id, at, on_date, user_login, org_code, action, detail,"
                  " before_status, after_status, before_org, after_org, data FROM case_events"
                  " WHERE case_id = :case ORDER BY id");
    q.bind("case", caseId);
    TJ_TRY(q.exec());
    QList<CaseEvent> events;
    while (q.next()) {
        CaseEvent e;
        e.id = q.value("id").toLongLong();
        e.caseId = q.value("case_id").toString();
        e.at = q.value("at").toString();
        e.on = parseIsoDate(q.value("on_date").toString());
        e.user = q.value("user_login").toString();
        e.org = q.value("org_code").toString();
        e.action = q.value("action").toString();
        e.detail = q.value("detail").toString();
        e.beforeStatus = q.value("before_status").toString();
        e.afterStatus = q.value("after_status").toString();
        e.beforeOrg = q.value("before_org").toString();
        e.afterOrg = q.value("after_org").toString();
        e.data = QJsonDocument::fromJson(q.value("data").toString().toUtf8()).object();
        events.append(e);
    }
    return events;
}

Result<QList<Session>> CaseStore::sessions(const QString &caseId) const
{
    Query q(m_db, "SELECT id, case_id, org_code, held_on, place, mediators, participants, record,"
                  " created_by FROM sessions WHERE case_id = :case ORDER BY held_on, created_at");
    q.bind("case", caseId);
    TJ_TRY(q.exec());
    QList<Session> out;
    while (q.next()) {
        Session s;
        s.id = q.value("id").toString();
        s.caseId = q.value("case_id").toString();
        s.orgCode = q.value("org_code").toString();
        s.heldOn = parseIsoDate(q.value("held_on").toString());
        s.place = q.value("place").toString();
        s.mediators = fromJsonArray(q.value("mediators").toString());
        s.participants = fromJsonArray(q.value("participants").toString());
        s.record = q.value("record").toString();
        s.createdBy = q.value("created_by").toString();
        out.append(s);
    }
    return out;
}

Result<QList<InboxItem>> CaseStore::inbox(const QString &orgCode) const
{
    Query q(m_db, "SELECT r.case_id FROM referrals r WHERE r.to_org = :org AND r.state = 'pending'"
                  " ORDER BY r.sent_on, r.id");
    q.bind("org", orgCode);
    TJ_TRY(q.exec());
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    QList<InboxItem> items;
    for (const QString &id : std::as_const(ids)) {
        auto c = load(id);
        if (!c)
            return c.error();
        items.append(InboxItem{*c.value().pending, c.value()});
    }
    return items;
}

Result<QList<RelatedCase>> CaseStore::relatedTo(const QList<Party> &parties,
                                                const QString &category,
                                                const QString &excludeId) const
{
    QList<RelatedCase> out;
    QSet<QString> seen;
    auto add = [&](const Query &q, const QString &kind, const QString &reason) {
        const QString id = q.value("id").toString();
        if (id == excludeId || seen.contains(id))
            return;
        seen.insert(id);
        RelatedCase r;
        r.caseId = id;
        r.number = q.value("number").toString();
        r.status = statusFromCode(q.value("status").toString()).value_or(CaseStatus::Registered);
        r.title = q.value("title").toString();
        r.handlingOrg = q.value("handling_org").toString();
        r.kind = kind;
        r.reason = reason;
        out.append(r);
    };
    // A possible duplicate: an open case of the same category whose parties carry the same
    // identities on both sides.
    for (const Party &p : parties) {
        const QString identity = p.kind == PartyKind::Person ? p.idNumber : p.creditCode;
        if (identity.isEmpty())
            continue;
        Query q(m_db, "SELECT DISTINCT c.id, c.number, c.status, c.title, c.handling_org,"
                      " c.category, c.received_on FROM parties p JOIN cases c ON c.id = p.case_id"
                      " WHERE (p.id_number = :id1 OR p.credit_code = :id2) AND c.id <> :exclude"
                      " ORDER BY c.received_on DESC LIMIT 50");
        q.bind("id1", identity).bind("id2", identity).bind("exclude", excludeId);
        TJ_TRY(q.exec());
        while (q.next()) {
            const bool open = !isClosed(
                statusFromCode(q.value("status").toString()).value_or(CaseStatus::Registered));
            const bool duplicate = open && q.value("category").toString() == category;
            add(q, duplicate ? QStringLiteral("duplicate") : QStringLiteral("same_party"),
                duplicate ? QCoreApplication::translate(
                                "CaseService",
                                "Possible duplicate: open %1 case with the same party %2 (%3).")
                                .arg(category, p.name, identity)
                          : QCoreApplication::translate("CaseService",
                                                        "Same party %1 (%2).")
                                .arg(p.name, identity));
        }
    }
    for (const Party &p : parties) {
        if (p.role != PartyRole::Respondent || p.name.trimmed().isEmpty())
            continue;
        Query q(m_db, "SELECT DISTINCT c.id, c.number, c.status, c.title, c.handling_org,"
                      " c.received_on FROM parties p JOIN cases c ON c.id = p.case_id"
                      " WHERE p.role = 'respondent' AND p.name = :name AND c.id <> :exclude"
                      " ORDER BY c.received_on DESC LIMIT 50");
        q.bind("name", p.name.trimmed()).bind("exclude", excludeId);
        TJ_TRY(q.exec());
        while (q.next())
            add(q, QStringLiteral("same_respondent"),
                QCoreApplication::translate("CaseService", "Same respondent %1.").arg(p.name));
    }
    return out;
}

Result<int> CaseStore::nextNumber(const QString &orgCode, int year)
{
    Query q(m_db, "INSERT INTO case_number_counters (org_code, year, last_seq)"
                  " VALUES (:org, :year, 1) ON CONFLICT (org_code, year)"
                  " DO UPDATE SET last_seq = case_number_counters.last_seq + 1 RETURNING last_seq");
    q.bind("org", orgCode).bind("year", year);
    TJ_TRY(q.exec());
    if (!q.next())
        return makeError(ErrorKind::Storage, QStringLiteral("no case number allocated"));
    return q.value(0).toInt();
}

Result<void> CaseStore::insertCase(const Case &c, int seq, const QString &createdBy)
{
    Query q(m_db, "INSERT INTO cases (id, number, registering_org, number_year, number_seq,"
                  " handling_org, status, source, category, subcategory, title, facts, claims,"
                  " amount_fen, risk, received_on, created_by, created_at, updated_at, version)"
                  " VALUES (:id, :number, :reg, :year, :seq, :handling, :status, :source,"
                  " :category, :subcategory, :title, :facts, :claims, :amount, :risk, :received,"
                  " :by, :now, :now2, 1)");
    const QString now = nowStamp();
    q.bind("id", c.id)
        .bind("number", c.number)
        .bind("reg", c.registeringOrg)
        .bind("year", c.receivedOn.year())
        .bind("seq", seq)
        .bind("handling", c.handlingOrg)
        .bind("status", statusCode(c.status))
        .bind("source", sourceCode(c.source))
        .bind("category", c.category)
        .bind("subcategory", nullIfEmpty(c.subcategory))
        .bind("title", c.title)
        .bind("facts", c.facts)
        .bind("claims", c.claims)
        .bind("amount", c.amountFen)
        .bind("risk", c.risk ? 1 : 0)
        .bind("received", isoDate(c.receivedOn))
        .bind("by", nullIfEmpty(createdBy))
        .bind("now", now)
        .bind("now2", now);
    return q.exec();
}

Result<void> CaseStore::insertParties(const QString &caseId, const QList<Party> &parties)
{
    int seq = 0;
    for (const Party &p : parties) {
        Query q(m_db, "INSERT INTO parties (id, case_id, seq, role, kind, name, id_number,"
                      " credit_code, sex, birth_date, ethnicity, phone, address,"
                      " legal_representative, agent, claim_amount_fen, representative)"
                      " VALUES (:id, :case, :seq, :role, :kind, :name, :idn, :credit, :sex,"
                      " :birth, :ethnicity, :phone, :address, :legal, :agent, :claim, :rep)");
        q.bind("id", p.id.isEmpty() ? newId() : p.id)
            .bind("case", caseId)
            .bind("seq", ++seq)
            .bind("role", partyRoleCode(p.role))
            .bind("kind", partyKindCode(p.kind))
            .bind("name", p.name)
            .bind("idn", nullIfEmpty(p.idNumber))
            .bind("credit", nullIfEmpty(p.creditCode))
            .bind("sex", nullIfEmpty(p.sex))
            .bind("birth", dateOrNull(p.birthDate))
            .bind("ethnicity", nullIfEmpty(p.ethnicity))
            .bind("phone", nullIfEmpty(p.phone))
            .bind("address", nullIfEmpty(p.address))
            .bind("legal", nullIfEmpty(p.legalRepresentative))
            .bind("agent", nullIfEmpty(p.agent))
            .bind("claim", p.claimAmountFen ? QVariant(*p.claimAmountFen)
                                            : sqlNull())
            .bind("rep", p.representative ? 1 : 0);
        TJ_TRY(q.exec());
    }
    return {};
}

Result<void> CaseStore::updateState(const Case &c)
{
    Query q(m_db, "UPDATE cases SET status = :status, handling_org = :handling,"
                  " accepted_on = :accepted, closed_on = :closed, closed_org = :closed_org,"
                  " outcome_reason = :reason, filed_number = :filed, updated_at = :now,"
                  " version = version + 1 WHERE id = :id AND version = :version");
    q.bind("status", statusCode(c.status))
        .bind("handling", c.handlingOrg)
        .bind("accepted", dateOrNull(c.acceptedOn))
        .bind("closed", dateOrNull(c.closedOn))
        .bind("closed_org", nullIfEmpty(c.closedOrg))
        .bind("reason", nullIfEmpty(c.outcomeReason))
        .bind("filed", nullIfEmpty(c.filedNumber))
        .bind("now", nowStamp())
        .bind("id", c.id)
        .bind("version", c.version);
    TJ_TRY(q.exec());
    if (q.rowsAffected() != 1)
        return makeError(ErrorKind::Conflict,
                         QCoreApplication::translate(
                             "CaseService", "Case %1 was changed by someone else; reload it.")
                             .arg(c.number));
    return {};
}

Result<void> CaseStore::insertSession(const Session &s)
{
    Query q(m_db, "INSERT INTO sessions (id, case_id, org_code, held_on, place, mediators,"
                  " participants, record, created_by, created_at) VALUES (:id, :case, :org,"
                  " :held, :place, :mediators, :participants, :record, :by, :now)");
    q.bind("id", s.id)
        .bind("case", s.caseId)
        .bind("org", s.orgCode)
        .bind("held", isoDate(s.heldOn))
        .bind("place", s.place)
        .bind("mediators", toJsonArray(s.mediators))
        .bind("participants", toJsonArray(s.participants))
        .bind("record", s.record)
        .bind("by", nullIfEmpty(s.createdBy))
        .bind("now", nowStamp());
    return q.exec();
}

Result<void> CaseStore::insertTransfer(const QString &caseId, const PendingTransfer &t,
                                       const QString &sentBy)
{
    Query q(m_db, "INSERT INTO referrals (id, case_id, kind, from_org, to_org, reason, prev_status,"
                  " sent_on, sent_by) VALUES (:id, :case, :kind, :from, :to, :reason, :prev,"
                  " :sent, :by)");
    q.bind("id", t.id)
        .bind("case", caseId)
        .bind("kind", transferKindCode(t.kind))
        .bind("from", t.fromOrg)
        .bind("to", t.toOrg)
        .bind("reason", t.reason)
        .bind("prev", statusCode(t.previousStatus))
        .bind("sent", isoDate(t.sentOn))
        .bind("by", nullIfEmpty(sentBy));
    return q.exec();
}

Result<void> CaseStore::answerTransfer(const QString &transferId, bool accepted, const QDate &on,
                                       const QString &by, const QString &returnReason)
{
    Query q(m_db, "UPDATE referrals SET state = :state, answered_on = :on, answered_by = :by,"
                  " return_reason = :reason WHERE id = :id AND state = 'pending'");
    q.bind("state", accepted ? QStringLiteral("accepted") : QStringLiteral("returned"))
        .bind("on", isoDate(on))
        .bind("by", nullIfEmpty(by))
        .bind("reason", nullIfEmpty(returnReason))
        .bind("id", transferId);
    return q.exec();
}

Result<void> CaseStore::insertAgreement(const QString &caseId, const QString &orgCode,
                                        const AgreementInput &a, const QDate &effectiveOn)
{
    qint64 total = 0;
    for (const Obligation &o : a.obligations)
        total += o.amountFen;
    Query q(m_db, "INSERT INTO agreements (case_id, kind, org_code, facts, responsibilities,"
                  " content, manner, place, amount_fen, effective_on, created_at) VALUES (:case,"
                  " :kind, :org, :facts, :resp, :content, :manner, :place, :amount, :effective,"
                  " :now)");
    q.bind("case", caseId)
        .bind("kind", a.kind)
        .bind("org", orgCode)
        .bind("facts", a.facts)
        .bind("resp", a.responsibilities)
        .bind("content", a.content)
        .bind("manner", a.manner)
        .bind("place", a.place)
        .bind("amount", total)
        .bind("effective", dateOrNull(effectiveOn))
        .bind("now", nowStamp());
    TJ_TRY(q.exec());
    int seq = 0;
    for (const Obligation &o : a.obligations) {
        const QString obligationId = newId();
        Query qo(m_db, "INSERT INTO obligations (id, case_id, seq, debtor, creditor, amount_fen)"
                       " VALUES (:id, :case, :seq, :debtor, :creditor, :amount)");
        qo.bind("id", obligationId)
            .bind("case", caseId)
            .bind("seq", ++seq)
            .bind("debtor", o.debtor)
            .bind("creditor", o.creditor)
            .bind("amount", o.amountFen);
        TJ_TRY(qo.exec());
        int iseq = 0;
        for (const Instalment &i : o.instalments) {
            Query qi(m_db, "INSERT INTO instalments (id, obligation_id, seq, due_on, amount_fen)"
                           " VALUES (:id, :ob, :seq, :due, :amount)");
            qi.bind("id", newId())
                .bind("ob", obligationId)
                .bind("seq", ++iseq)
                .bind("due", isoDate(i.due))
                .bind("amount", i.amountFen);
            TJ_TRY(qi.exec());
        }
    }
    for (const Signature &s : a.signatures) {
        Query qs(m_db, "INSERT INTO signatures (case_id, who, signed_on, role) VALUES (:case,"
                       " :who, :on, :role)");
        qs.bind("case", caseId).bind("who", s.who).bind("on", isoDate(s.on))
            .bind("role", s.role.isEmpty() ? QStringLiteral("party") : s.role);
        TJ_TRY(qs.exec());
    }
    return {};
}

Result<void> CaseStore::appendEvent(const CaseEvent &e)
{
    Query q(m_db, "INSERT INTO case_events (case_id, at, on_date, user_login, org_code, action,"
                  " detail, before_status, after_status, before_org, after_org, data) VALUES"
                  " (:case, :at, :on, :user, :org, :action, :detail, :bs, :as, :bo, :ao, :data)");
    q.bind("case", e.caseId)
        .bind("at", nowStamp())
        .bind("on", isoDate(e.on))
        .bind("user", nullIfEmpty(e.user))
        .bind("org", nullIfEmpty(e.org))
        .bind("action", e.action)
        .bind("detail", e.detail)
        .bind("bs", nullIfEmpty(e.beforeStatus))
        .bind("as", nullIfEmpty(e.afterStatus))
        .bind("bo", nullIfEmpty(e.beforeOrg))
        .bind("ao", nullIfEmpty(e.afterOrg))
        .bind("data", e.data.isEmpty() ? sqlNull()
                                       : QVariant(QString::fromUtf8(QJsonDocument(e.data).toJson(
                                           QJsonDocument::Compact))));
    return q.exec();
}

} // namespace tj
