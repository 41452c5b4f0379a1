#include "audit.h"

#include "common/clock.h"
#include "db/dialect.h"
#include "db/query.h"
#include "db/transaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace tj {

AuditEntry AuditEntry::of(const Actor &actor, const QString &action, const QString &objectType,
                          const QString &objectId, const QString &detail)
{
    AuditEntry e;
    e.user = actor.login;
    e.action = action;
    e.objectType = objectType;
    e.objectId = objectId;
    e.detail = detail;
    return e;
}

QString AuditLog::genesisHash()
{
    return QString(64, u'0');
}

namespace {
// A string JSON writes as itself between quotes: no quote, backslash, control character, DEL
// or UTF-16 surrogate (the last two only to stay on the safe side of any writer's choices).
bool writtenAsIs(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == u'"' || u == u'\\' || u == 0x7f || c.isSurrogate())
            return false;
    }
    return true;
}

QByteArray canonicalUtf8(const AuditEntry &e)
{
    // A JSON array is unambiguous: no separator inside a field can shift another field.
    const QString fields[] = {QString::number(e.id), e.at, e.user, e.action, e.objectType,
                              e.objectId, e.result, e.detail};
    // The common case written directly, byte for byte what QJsonDocument writes for it (tested):
    // hashing every entry of a ledger import through QJsonDocument was 6 % of the import.
    bool plain = true;
    for (const QString &f : fields)
        plain = plain && writtenAsIs(f);
    if (!plain) {
        QJsonArray array;
        for (const QString &f : fields)
            array.append(f);
        return QJsonDocument(array).toJson(QJsonDocument::Compact);
    }
    QByteArray out;
    out.reserve(256);
    out += '[';
    bool first = true;
    for (const QString &f : fields) {
        if (!first)
            out += ',';
        first = false;
        out += '"';
        out += f.toUtf8();
        out += '"';
    }
    out += ']';
    return out;
}
} // namespace

QString AuditLog::canonical(const AuditEntry &e)
{
    return QString::fromUtf8(canonicalUtf8(e));
}

QString AuditLog::chainHash(const QString &prevHash, const AuditEntry &e)
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(prevHash.toLatin1());
    sha.addData(QByteArrayView("\n"));
    sha.addData(canonicalUtf8(e));
    return QString::fromLatin1(sha.result().toHex());
}

Result<AuditLog::Head> AuditLog::head() const
{
    // The id comes from the AUTOINCREMENT counter, not from the last row, so an entry appended
    // after rows were cut off the end leaves a visible gap instead of healing the chain.
    Query seq(m_db, dialect::auditCounterSql(m_db), Query::Trusted);
    TJ_TRY(seq.exec());
    Head h;
    h.lastId = seq.next() ? seq.value(0).toLongLong() : 0;
    h.hash = genesisHash();
    if (h.lastId > 0) {
        Query prev(m_db, "SELECT hash FROM audit_log WHERE id <= :last ORDER BY id DESC LIMIT 1");
        prev.bind("last", h.lastId);
        TJ_TRY(prev.exec());
        if (prev.next())
            h.hash = prev.value(0).toString();
    }
    return h;
}

void AuditLog::chain(Head &head, AuditEntry &e)
{
    e.prevHash = head.hash;
    e.id = head.lastId + 1;
    if (e.at.isEmpty())
        e.at = nowStamp();
    e.hash = chainHash(e.prevHash, e);
    head.lastId = e.id;
    head.hash = e.hash;
}

Result<void> AuditLog::append(AuditEntry e)
{
    auto h = head();
    if (!h)
        return h.error();
    chain(h.value(), e);
    Query q(m_db, "INSERT INTO audit_log (id, at, user_login, action, object_type, object_id,"
                  " result, detail, prev_hash, hash) VALUES (:id, :at, :user, :action, :type,"
                  " :object, :result, :detail, :prev, :hash)");
    q.bind("id", e.id)
        .bind("at", e.at)
        .bind("user", e.user)
        .bind("action", e.action)
        .bind("type", e.objectType)
        .bind("object", e.objectId)
        .bind("result", e.result)
        .bind("detail", e.detail)
        .bind("prev", e.prevHash)
        .bind("hash", e.hash);
    return q.exec();
}

Result<void> AuditLog::record(const AuditEntry &entry)
{
    Transaction tx(m_db);
    TJ_TRY(tx.begin());
    TJ_TRY(append(entry));
    return tx.commit();
}

namespace {
AuditEntry entryFrom(const Query &q)
{
    AuditEntry e;
    e.id = q.value("id").toLongLong();
    e.at = q.value("at").toString();
    e.user = q.value("user_login").toString();
    e.action = q.value("action").toString();
    e.objectType = q.value("object_type").toString();
    e.objectId = q.value("object_id").toString();
    e.result = q.value("result").toString();
    e.detail = q.value("detail").toString();
    e.prevHash = q.value("prev_hash").toString();
    e.hash = q.value("hash").toString();
    return e;
}
} // namespace

Result<AuditVerification> AuditLog::verify() const
{
    AuditVerification v;
    auto broken = [&v](qint64 id, const QString &problem) {
        v.intact = false;
        v.firstBroken = id;
        v.problem = problem;
        return v;
    };
    Query q(m_db, "SELECT id, at, user_login, action, object_type, object_id, result, detail,"
                  " prev_hash, hash FROM audit_log ORDER BY id");
    TJ_TRY(q.exec());
    QString prev = genesisHash();
    qint64 expectedId = 1;
    while (q.next()) {
        const AuditEntry e = entryFrom(q);
        if (e.id != expectedId)
            return broken(expectedId, tr("Entry %1 is missing: the trail jumps from %2 to %3.")
                                          .arg(expectedId).arg(expectedId - 1).arg(e.id));
        if (e.prevHash != prev)
            return broken(e.id, tr("Entry %1 does not follow the entry before it (its link "
                                   "to the previous hash is wrong).").arg(e.id));
        if (chainHash(prev, e) != e.hash)
            return broken(e.id, tr("Entry %1 was altered: its content does not match its "
                                   "hash.").arg(e.id));
        prev = e.hash;
        ++expectedId;
        ++v.entries;
    }
    v.head = prev;
    Query seq(m_db, dialect::auditCounterSql(m_db), Query::Trusted);
    TJ_TRY(seq.exec());
    const qint64 counter = seq.next() ? seq.value(0).toLongLong() : 0;
    if (counter != v.entries)
        return broken(v.entries + 1, tr("Entries after %1 were removed (the trail had %2 "
                                        "entries).").arg(v.entries).arg(counter));
    return v;
}

Result<QList<AuditEntry>> AuditLog::recent(int limit, const QString &objectId) const
{
    Query q(m_db, "SELECT id, at, user_login, action, object_type, object_id, result, detail,"
                  " prev_hash, hash FROM audit_log WHERE (:object = '' OR object_id = :object2)"
                  " ORDER BY id DESC LIMIT :limit");
    q.bind("object", objectId).bind("object2", objectId).bind("limit", limit);
    TJ_TRY(q.exec());
    QList<AuditEntry> out;
    while (q.next())
        out.append(entryFrom(q));
    return out;
}

} // namespace tj
