#include "agreementstore.h"

#include "common/clock.h"
#include "db/query.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace tj {

namespace {
QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(isoDate(d)) : sqlNull();
}
} // namespace

Result<Agreement> AgreementStore::load(const QString &caseId, const QString &caseNumber) const
{
    Query q(m_db, "SELECT case_id, kind, org_code, facts, responsibilities, content, manner, place,"
                  " amount_fen, effective_on FROM agreements WHERE case_id = :case");
    q.bind("case", caseId);
    TJ_TRY(q.exec());
    if (!q.next())
        return makeError(ErrorKind::NotFound,
                         QCoreApplication::translate("AgreementService",
                                                     "Case %1 has no settlement agreement.")
                             .arg(caseNumber));
    Agreement a;
    a.caseId = caseId;
    a.kind = q.value("kind").toString();
    a.orgCode = q.value("org_code").toString();
    a.facts = q.value("facts").toString();
    a.responsibilities = q.value("responsibilities").toString();
    a.content = q.value("content").toString();
    a.manner = q.value("manner").toString();
    a.place = q.value("place").toString();
    a.amountFen = q.value("amount_fen").toLongLong();
    a.effectiveOn = parseIsoDate(q.value("effective_on").toString());
    TJ_TRY(loadSchedule(a));
    TJ_TRY(loadRecords(a));
    TJ_TRY(loadConfirmation(a));
    return a;
}

Result<void> AgreementStore::loadSchedule(Agreement &a) const
{
    Query q(m_db, "SELECT id, seq, debtor, creditor, amount_fen FROM obligations"
                  " WHERE case_id = :case ORDER BY seq");
    q.bind("case", a.caseId);
    TJ_TRY(q.exec());
    while (q.next())
        a.obligations.append(StoredObligation{q.value("id").toString(), q.value("seq").toInt(),
                                              q.value("debtor").toString(),
                                              q.value("creditor").toString(),
                                              q.value("amount_fen").toLongLong(), {}});
    for (StoredObligation &o : a.obligations) {
        Query qi(m_db, "SELECT id, seq, due_on, amount_fen FROM instalments"
                       " WHERE obligation_id = :ob ORDER BY seq");
        qi.bind("ob", o.id);
        TJ_TRY(qi.exec());
        while (qi.next())
            o.instalments.append(StoredInstalment{qi.value("id").toString(), qi.value("seq").toInt(),
                                                  parseIsoDate(qi.value("due_on").toString()),
                                                  qi.value("amount_fen").toLongLong()});
    }
    Query qs(m_db, "SELECT who, signed_on, role FROM signatures WHERE case_id = :case"
                   " ORDER BY signed_on, id");
    qs.bind("case", a.caseId);
    TJ_TRY(qs.exec());
    while (qs.next())
        a.signatures.append(StoredSignature{qs.value("who").toString(),
                                            parseIsoDate(qs.value("signed_on").toString()),
                                            qs.value("role").toString()});
    return {};
}

Result<void> AgreementStore::loadRecords(Agreement &a) const
{
    Query q(m_db, "SELECT p.id, p.obligation_id, p.paid_on, p.amount_fen, p.proof_name,"
                  " p.proof_sha256, pp.size AS proof_size, p.note FROM payments p"
                  " LEFT JOIN payment_proofs pp ON pp.sha256 = p.proof_sha256"
                  " WHERE p.case_id = :case ORDER BY p.paid_on, p.created_at");
    q.bind("case", a.caseId);
    TJ_TRY(q.exec());
    while (q.next())
        a.payments.append(Payment{q.value("id").toString(), q.value("obligation_id").toString(),
                                  parseIsoDate(q.value("paid_on").toString()),
                                  q.value("amount_fen").toLongLong(),
                                  q.value("proof_name").toString(),
                                  q.value("proof_sha256").toString(),
                                  q.value("proof_size").toLongLong(), q.value("note").toString()});
    Query qv(m_db, "SELECT id, visited_on, performance, satisfaction, risks, note, visitor,"
                   " method, visited FROM visits WHERE case_id = :case ORDER BY visited_on, created_at");
    qv.bind("case", a.caseId);
    TJ_TRY(qv.exec());
    while (qv.next()) {
        Visit v;
        v.id = qv.value("id").toString();
        v.on = parseIsoDate(qv.value("visited_on").toString());
        v.performance = qv.value("performance").toString();
        if (!qv.value("satisfaction").isNull())
            v.satisfaction = qv.value("satisfaction").toInt();
        v.risks = qv.value("risks").toString();
        v.note = qv.value("note").toString();
        v.visitor = qv.value("visitor").toString();
        v.method = qv.value("method").toString();
        v.visited = qv.value("visited").toString();
        a.visits.append(v);
    }
    return {};
}

Result<void> AgreementStore::loadConfirmation(Agreement &a) const
{
    Query q(m_db, "SELECT c.court_org, o.name AS court_name, c.applied_on, c.documents,"
                  " c.accepted_on, c.refused_on, c.refusal_reason, c.extended_on, c.ruled_on,"
                  " c.result, c.ruling_number, c.ruling_reason FROM confirmations c"
                  " JOIN organisations o ON o.code = c.court_org WHERE c.case_id = :case");
    q.bind("case", a.caseId);
    TJ_TRY(q.exec());
    if (!q.next())
        return {};
    Confirmation c;
    c.courtOrg = q.value("court_org").toString();
    c.courtName = q.value("court_name").toString();
    c.appliedOn = parseIsoDate(q.value("applied_on").toString());
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value("documents").toString().toUtf8()).array())
        c.documents.append(v.toString());
    c.acceptedOn = parseIsoDate(q.value("accepted_on").toString());
    c.refusedOn = parseIsoDate(q.value("refused_on").toString());
    c.refusalReason = q.value("refusal_reason").toString();
    c.extendedOn = parseIsoDate(q.value("extended_on").toString());
    c.ruledOn = parseIsoDate(q.value("ruled_on").toString());
    c.result = q.value("result").toString();
    c.rulingNumber = q.value("ruling_number").toString();
    c.rulingReason = q.value("ruling_reason").toString();
    a.confirmation = c;
    return {};
}

Result<void> AgreementStore::insertSignature(const QString &caseId, const StoredSignature &s)
{
    Query q(m_db, "INSERT INTO signatures (case_id, who, signed_on, role) VALUES (:case, :who,"
                  " :on, :role)");
    q.bind("case", caseId).bind("who", s.who).bind("on", isoDate(s.on)).bind("role", s.role);
    return q.exec();
}

Result<void> AgreementStore::setEffectiveOn(const QString &caseId, const QDate &on)
{
    Query q(m_db, "UPDATE agreements SET effective_on = :on WHERE case_id = :case");
    q.bind("on", dateOrNull(on)).bind("case", caseId);
    return q.exec();
}

Result<void> AgreementStore::setKind(const QString &caseId, const QString &kind)
{
    Query q(m_db, "UPDATE agreements SET kind = :kind WHERE case_id = :case");
    q.bind("kind", kind).bind("case", caseId);
    return q.exec();
}

Result<void> AgreementStore::insertProof(const QString &sha256, const QByteArray &content)
{
    Query q(m_db, "INSERT INTO payment_proofs (sha256, size, content, created_at)"
                  " VALUES (:sha, :size, :content, :now) ON CONFLICT DO NOTHING");
    q.bind("sha", sha256).bind("size", qint64(content.size())).bind("content", content)
        .bind("now", nowStamp());
    return q.exec();
}

Result<QByteArray> AgreementStore::proofContent(const QString &sha256) const
{
    Query q(m_db, "SELECT content FROM payment_proofs WHERE sha256 = :sha");
    q.bind("sha", sha256);
    TJ_TRY(q.exec());
    if (!q.next())
        return makeError(ErrorKind::NotFound,
                         QCoreApplication::translate("AgreementService", "There is no proof %1.")
                             .arg(sha256));
    return q.value(0).toByteArray();
}

Result<void> AgreementStore::insertPayment(const QString &caseId, const Payment &p,
                                           const QString &by)
{
    Query q(m_db, "INSERT INTO payments (id, case_id, obligation_id, paid_on, amount_fen,"
                  " proof_name, proof_sha256, note, created_by, created_at) VALUES (:id, :case,"
                  " :ob, :on, :amount, :name, :sha, :note, :by, :now)");
    q.bind("id", p.id)
        .bind("case", caseId)
        .bind("ob", p.obligationId)
        .bind("on", isoDate(p.on))
        .bind("amount", p.amountFen)
        .bind("name", nullIfEmpty(p.proofName))
        .bind("sha", nullIfEmpty(p.proofSha256))
        .bind("note", p.note)
        .bind("by", nullIfEmpty(by))
        .bind("now", nowStamp());
    return q.exec();
}

Result<void> AgreementStore::insertVisit(const QString &caseId, const Visit &v, const QString &by)
{
    Query q(m_db, "INSERT INTO visits (id, case_id, visited_on, performance, satisfaction, risks,"
                  " note, visitor, method, visited, created_by, created_at) VALUES (:id, :case, :on,"
                  " :perf, :sat, :risks, :note, :visitor, :method, :visited, :by, :now)");
    q.bind("id", v.id)
        .bind("case", caseId)
        .bind("on", isoDate(v.on))
        .bind("perf", v.performance)
        .bind("sat", v.satisfaction ? QVariant(*v.satisfaction) : sqlNull())
        .bind("risks", v.risks)
        .bind("note", v.note)
        .bind("visitor", v.visitor)
        .bind("method", v.method)
        .bind("visited", v.visited)
        .bind("by", nullIfEmpty(by))
        .bind("now", nowStamp());
    return q.exec();
}

Result<void> AgreementStore::insertConfirmation(const QString &caseId, const Confirmation &c)
{
    Query q(m_db, "INSERT INTO confirmations (case_id, court_org, applied_on, documents,"
                  " created_at) VALUES (:case, :court, :on, :docs, :now)");
    q.bind("case", caseId)
        .bind("court", c.courtOrg)
        .bind("on", isoDate(c.appliedOn))
        .bind("docs", QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(c.documents))
                                            .toJson(QJsonDocument::Compact)))
        .bind("now", nowStamp());
    return q.exec();
}

Result<void> AgreementStore::updateConfirmation(const QString &caseId, const Confirmation &c)
{
    Query q(m_db, "UPDATE confirmations SET accepted_on = :accepted, refused_on = :refused,"
                  " refusal_reason = :reason, extended_on = :extended, ruled_on = :ruled,"
                  " result = :result, ruling_number = :number, ruling_reason = :why"
                  " WHERE case_id = :case");
    q.bind("accepted", dateOrNull(c.acceptedOn))
        .bind("refused", dateOrNull(c.refusedOn))
        .bind("reason", nullIfEmpty(c.refusalReason))
        .bind("extended", dateOrNull(c.extendedOn))
        .bind("ruled", dateOrNull(c.ruledOn))
        .bind("result", nullIfEmpty(c.result))
        .bind("number", nullIfEmpty(c.rulingNumber))
        .bind("why", nullIfEmpty(c.rulingReason))
        .bind("case", caseId);
    return q.exec();
}

} // namespace tj
