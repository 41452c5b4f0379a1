#include "transferservice.h"

#include "cases/casestore.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "deviceidentity.h"
#include "orgs/organisation.h"
#include "security/access.h"
#include "security/audit.h"
#include "security/caseguard.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QSqlRecord>
#include <QUuid>

#include <cstdio>
#include <unistd.h>

namespace tj::transfer {

namespace {

/// The tables a case owns, parents first. `select` picks a case's rows (:c = case id) in a
/// stable order; rows of autoincrement tables travel without their local integer id; rows of
/// content-addressed tables (file contents) are inserted only when absent.
struct TableSpec
{
    const char *name;
    const char *select;
    bool skipId;
    bool contentAddressed;
};

const TableSpec kTables[] = {
    {"cases", "SELECT * FROM cases WHERE id = :c", false, false},
    {"parties", "SELECT * FROM parties WHERE case_id = :c ORDER BY seq, id", false, false},
    {"sessions", "SELECT * FROM sessions WHERE case_id = :c ORDER BY held_on, id", false, false},
    {"referrals", "SELECT * FROM referrals WHERE case_id = :c ORDER BY sent_on, id", false, false},
    {"case_codes", "SELECT * FROM case_codes WHERE case_id = :c", false, false},
    {"case_events", "SELECT * FROM case_events WHERE case_id = :c ORDER BY id", true, false},
    {"case_preventions", "SELECT * FROM case_preventions WHERE case_id = :c ORDER BY kind", false,
     false},
    {"ledger_imports", "SELECT * FROM ledger_imports WHERE case_id = :c ORDER BY fingerprint",
     false, false},
    {"feedback", "SELECT * FROM feedback WHERE case_id = :c ORDER BY id", true, false},
    {"agreements", "SELECT * FROM agreements WHERE case_id = :c", false, false},
    {"obligations", "SELECT * FROM obligations WHERE case_id = :c ORDER BY seq", false, false},
    {"instalments",
     "SELECT * FROM instalments WHERE obligation_id IN "
     "(SELECT id FROM obligations WHERE case_id = :c) ORDER BY obligation_id, seq",
     false, false},
    {"signatures", "SELECT * FROM signatures WHERE case_id = :c ORDER BY id", true, false},
    {"payment_proofs",
     "SELECT * FROM payment_proofs WHERE sha256 IN "
     "(SELECT proof_sha256 FROM payments WHERE case_id = :c) ORDER BY sha256",
     false, true},
    {"payments", "SELECT * FROM payments WHERE case_id = :c ORDER BY paid_on, id", false, false},
    {"visits", "SELECT * FROM visits WHERE case_id = :c ORDER BY visited_on, id", false, false},
    {"confirmations", "SELECT * FROM confirmations WHERE case_id = :c", false, false},
    {"attachment_files",
     "SELECT * FROM attachment_files WHERE sha256 IN "
     "(SELECT sha256 FROM attachments WHERE case_id = :c) ORDER BY sha256",
     false, true},
    {"attachments", "SELECT * FROM attachments WHERE case_id = :c ORDER BY added_at, id", false,
     false},
};

const TableSpec *specOf(const QString &name)
{
    for (const TableSpec &t : kTables)
        if (name == QLatin1String(t.name))
            return &t;
    return nullptr;
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<QStringList> columnsOf(QSqlDatabase db, const QString &table)
{
    // The table name comes from kTables, never from a package.
    Query q(db, QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(table), Query::Trusted);
    TJ_TRY(q.exec());
    QStringList out;
    const QSqlRecord rec = q.raw().record();
    for (int i = 0; i < rec.count(); ++i)
        out << rec.fieldName(i);
    return out;
}

Result<QString> settingValue(QSqlDatabase db, const QString &key)
{
    Query q(db, "SELECT value FROM settings WHERE key = :k");
    q.bind("k", key);
    TJ_TRY(q.exec());
    return q.next() ? q.value(0).toString() : QString();
}

Result<void> setSetting(QSqlDatabase db, const QString &key, const QString &value)
{
    Query q(db, "INSERT INTO settings (key, value, updated_at) VALUES (:k, :v, :at) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                "updated_at = excluded.updated_at");
    q.bind("k", key).bind("v", value).bind("at", nowUtc());
    return q.exec();
}

QString kindOfReferral(const QString &referralKind)
{
    return referralKind == QLatin1String("delegate") ? QStringLiteral("delegation")
                                                     : QStringLiteral("referral");
}

/// Writes `bytes` to `path` safely: a temporary file in the same folder, flushed and synced,
/// renamed over the target, read back and compared.
Result<void> writeSafely(const QString &path, const QByteArray &bytes, const char *context)
{
    Q_UNUSED(context)
    const QFileInfo info(path);
    const QString temp =
        info.absoluteDir().filePath(QStringLiteral(".%1.%2.tmp").arg(info.fileName(), newId()));
    const auto fail = [&](const QString &why) {
        QFile::remove(temp);
        return makeError(ErrorKind::Storage,
                         TransferService::tr("Cannot write the package %1: %2").arg(path, why));
    };
    {
        QFile f(temp);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return fail(f.errorString());
        if (f.write(bytes) != bytes.size() || !f.flush())
            return fail(f.errorString());
        if (::fsync(f.handle()) != 0)
            return fail(TransferService::tr("the data could not be synced to the medium"));
        f.close();
    }
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0)
        return fail(TransferService::tr("the file could not be renamed into place"));
    QFile back(path);
    if (!back.open(QIODevice::ReadOnly) || back.readAll() != bytes) {
        QFile::remove(path);
        return makeError(ErrorKind::Storage,
                         TransferService::tr("The package %1 did not read back as written; it was "
                                             "removed. Try another medium.")
                             .arg(path));
    }
    return {};
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStrings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

QJsonObject embedBlobs(QJsonObject content, const QMap<QString, QByteArray> &files)
{
    QJsonObject tables = content.value(QStringLiteral("tables")).toObject();
    for (auto t = tables.begin(); t != tables.end(); ++t) {
        QJsonArray rows = t.value().toArray();
        for (int i = 0; i < rows.size(); ++i) {
            QJsonObject row = rows.at(i).toObject();
            for (auto c = row.begin(); c != row.end(); ++c) {
                const QJsonObject blob = c.value().toObject();
                if (blob.contains(QStringLiteral("$blob")))
                    c.value() = QJsonObject{
                        {QStringLiteral("$b64"),
                         QString::fromLatin1(
                             files.value(blob.value(QStringLiteral("$blob")).toString())
                                 .toBase64())}};
            }
            rows[i] = row;
        }
        t.value() = rows;
    }
    content.insert(QStringLiteral("tables"), tables);
    return content;
}

} // namespace

struct TransferService::Checked
{
    VerifiedPackage package;
    TrustedKey key;
    QString packageId;
    QString kind;
    QString senderOrg;
    QString recipientOrg;
    QString createdAt;
    qint64 seq = 0;
    QList<QPair<QString, QJsonObject>> cases;
    QMap<QString, QByteArray> files;
    QJsonObject receipt;
};

// ---- content ---------------------------------------------------------------------------------

QByteArray TransferService::canonical(const QJsonObject &content)
{
    return QJsonDocument(content).toJson(QJsonDocument::Compact);
}

Result<QJsonObject> TransferService::caseContent(QSqlDatabase db, const QString &caseId,
                                                 QMap<QString, QByteArray> *files)
{
    QJsonObject tables;
    for (const TableSpec &t : kTables) {
        Query q(db, t.select, Query::Trusted);
        q.bind("c", caseId);
        TJ_TRY(q.exec());
        QJsonArray rows;
        while (q.next()) {
            const QSqlRecord rec = q.raw().record();
            QJsonObject row;
            for (int i = 0; i < rec.count(); ++i) {
                const QString col = rec.fieldName(i);
                if (t.skipId && col == QLatin1String("id"))
                    continue;
                const QVariant v = q.value(i);
                if (q.raw().isNull(i)) {
                    row.insert(col, QJsonValue::Null);
                } else if (v.metaType().id() == QMetaType::QByteArray) {
                    const QByteArray bytes = v.toByteArray();
                    const QString sha = PackageCodec::sha256Hex(bytes);
                    if (files)
                        files->insert(sha, bytes);
                    row.insert(col, QJsonObject{{QStringLiteral("$blob"), sha}});
                } else if (v.metaType().id() == QMetaType::Double) {
                    row.insert(col, v.toDouble());
                } else if (v.metaType().id() == QMetaType::LongLong
                           || v.metaType().id() == QMetaType::Int
                           || v.metaType().id() == QMetaType::ULongLong) {
                    row.insert(col, v.toLongLong());
                } else {
                    row.insert(col, v.toString());
                }
            }
            rows.append(row);
        }
        if (!rows.isEmpty())
            tables.insert(QString::fromLatin1(t.name), rows);
    }
    if (!tables.contains(QStringLiteral("cases")))
        return makeError(ErrorKind::NotFound, tr("There is no case %1.").arg(caseId));
    return QJsonObject{{QStringLiteral("case_id"), caseId}, {QStringLiteral("tables"), tables}};
}

Result<void> TransferService::applyCase(
    QSqlDatabase db, const QJsonObject &content,
    const std::function<Result<QByteArray>(const QString &)> &file)
{
    const QString caseId = content.value(QStringLiteral("case_id")).toString();
    const QJsonObject tables = content.value(QStringLiteral("tables")).toObject();
    const auto bad = [&](const QString &why) {
        return makeError(ErrorKind::Validation,
                         tr("The case %1 in the package is not valid: %2").arg(caseId, why));
    };
    for (auto it = tables.begin(); it != tables.end(); ++it)
        if (!specOf(it.key()))
            return bad(tr("unknown table %1").arg(it.key()));
    const QJsonArray caseRows = tables.value(QStringLiteral("cases")).toArray();
    if (caseId.isEmpty() || caseRows.size() != 1
        || caseRows.at(0).toObject().value(QStringLiteral("id")).toString() != caseId)
        return bad(tr("it does not hold exactly that case"));

    QSet<QString> obligationIds;
    for (const QJsonValue &o : tables.value(QStringLiteral("obligations")).toArray())
        obligationIds.insert(o.toObject().value(QStringLiteral("id")).toString());

    {
        Query del(db, "DELETE FROM cases WHERE id = :c");
        del.bind("c", caseId);
        TJ_TRY(del.exec());
    }
    for (const TableSpec &t : kTables) {
        const QString table = QString::fromLatin1(t.name);
        const QJsonArray rows = tables.value(table).toArray();
        if (rows.isEmpty())
            continue;
        auto columns = columnsOf(db, table);
        if (!columns)
            return columns.error();
        for (const QJsonValue &rowValue : rows) {
            if (!rowValue.isObject())
                return bad(tr("a row of %1 is not an object").arg(table));
            const QJsonObject row = rowValue.toObject();
            if (row.contains(QStringLiteral("case_id"))
                && row.value(QStringLiteral("case_id")).toString() != caseId)
                return bad(tr("a row of %1 belongs to another case").arg(table));
            if (table == QLatin1String("instalments")
                && !obligationIds.contains(row.value(QStringLiteral("obligation_id")).toString()))
                return bad(tr("an instalment belongs to another agreement"));
            QStringList cols;
            QStringList params;
            QList<QVariant> values;
            for (auto c = row.begin(); c != row.end(); ++c) {
                if (!columns->contains(c.key()) || (t.skipId && c.key() == QLatin1String("id")))
                    return bad(tr("unknown column %1 in %2").arg(c.key(), table));
                QVariant v;
                const QJsonValue j = c.value();
                if (j.isNull()) {
                    v = sqlNull();
                } else if (j.isObject()) {
                    const QJsonObject o = j.toObject();
                    QByteArray bytes;
                    if (o.contains(QStringLiteral("$blob"))) {
                        auto data = file(o.value(QStringLiteral("$blob")).toString());
                        if (!data)
                            return data.error();
                        bytes = *data;
                    } else if (o.contains(QStringLiteral("$b64"))) {
                        bytes = QByteArray::fromBase64(
                            o.value(QStringLiteral("$b64")).toString().toLatin1());
                    } else {
                        return bad(tr("a value in %1 is not understood").arg(table));
                    }
                    if (t.contentAddressed && c.key() == QLatin1String("content")
                        && PackageCodec::sha256Hex(bytes)
                               != row.value(QStringLiteral("sha256")).toString())
                        return bad(tr("a file's content does not match its hash"));
                    v = bytes;
                } else if (j.isDouble()) {
                    const double d = j.toDouble();
                    v = (d == double(qint64(d))) ? QVariant(qint64(d)) : QVariant(d);
                } else if (j.isString()) {
                    v = j.toString();
                } else if (j.isBool()) {
                    v = j.toBool() ? 1 : 0;
                } else {
                    return bad(tr("a value in %1 is not understood").arg(table));
                }
                cols << c.key();
                params << QStringLiteral(":v%1").arg(values.size());
                values << v;
            }
            // Column names were checked against the table's own columns above.
            QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                              .arg(table, cols.join(QStringLiteral(", ")),
                                   params.join(QStringLiteral(", ")));
            if (t.contentAddressed)
                sql += QStringLiteral(" ON CONFLICT (sha256) DO NOTHING");
            Query ins(db, sql, Query::Trusted);
            for (int i = 0; i < values.size(); ++i)
                ins.bind(params.at(i), values.at(i));
            TJ_TRY(ins.exec());
        }
    }
    // Keep the registering organisation's number counter ahead of numbers that arrived.
    const QJsonObject c = caseRows.at(0).toObject();
    Query counter(db, "INSERT INTO case_number_counters (org_code, year, last_seq) "
                      "VALUES (:org, :year, :seq) ON CONFLICT (org_code, year) DO UPDATE "
                      "SET last_seq = CASE WHEN excluded.last_seq > last_seq "
                      "THEN excluded.last_seq ELSE last_seq END");
    counter.bind("org", c.value(QStringLiteral("registering_org")).toString())
        .bind("year", c.value(QStringLiteral("number_year")).toInteger())
        .bind("seq", c.value(QStringLiteral("number_seq")).toInteger());
    return counter.exec();
}

Result<bool> TransferService::isAway(QSqlDatabase db, const QString &caseId)
{
    Query q(db, "SELECT 1 FROM transfer_custody WHERE case_id = :c");
    q.bind("c", caseId);
    TJ_TRY(q.exec());
    return q.next();
}

// ---- trust -----------------------------------------------------------------------------------

Result<TrustedKey> TransferService::trust(const Actor &actor, const QString &org,
                                          const QString &publicKeyHex)
{
    TJ_TRY(Access::mayAdminister(actor));
    const QString hex = publicKeyHex.trimmed().toLower();
    static const QRegularExpression hexRe(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hexRe.match(hex).hasMatch())
        return makeError(ErrorKind::Validation,
                         tr("A device key is 64 hexadecimal characters (as \"device show\" prints "
                            "it)."));
    auto found = OrganisationService(m_db).find(org);
    if (!found)
        return found.error();
    if (!actor.isSystem()) {
        if (org == actor.orgCode)
            return makeError(ErrorKind::Rule,
                             tr("Only devices of organisations above or below %1 can be trusted.")
                                 .arg(actor.orgCode));
        Access access(m_db);
        auto below = access.inScope(actor.orgCode, org);
        auto above = access.inScope(org, actor.orgCode);
        if (!below)
            return below.error();
        if (!above)
            return above.error();
        if (!*below && !*above)
            return makeError(ErrorKind::Rule,
                             tr("%1 is neither above nor below %2; its devices cannot be trusted "
                                "here.")
                                 .arg(org, actor.orgCode));
    }
    const QByteArray key = QByteArray::fromHex(hex.toLatin1());
    auto own = DeviceIdentity::loadOrCreate(m_db);
    if (!own)
        return own.error();
    if (own->publicKey == key)
        return makeError(ErrorKind::Rule, tr("This is this installation's own key."));
    TrustedKey t;
    t.deviceId = PackageCodec::deviceId(key);
    t.orgCode = org;
    t.publicKey = hex;
    t.fingerprint = PackageCodec::fingerprint(key);
    t.enrolledBy = actor.login;
    t.enrolledAt = nowUtc();
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    TJ_TRY(tx.begin());
    Query existing(db, "SELECT org_code, revoked_at FROM transfer_trusted_keys WHERE device_id = :d");
    existing.bind("d", t.deviceId);
    TJ_TRY(existing.exec());
    if (existing.next()) {
        if (existing.value(1).isNull())
            return makeError(ErrorKind::Conflict,
                             tr("This key is already trusted for %1.").arg(existing.value(0).toString()));
        Query del(db, "DELETE FROM transfer_trusted_keys WHERE device_id = :d");
        del.bind("d", t.deviceId);
        TJ_TRY(del.exec());
    }
    Query ins(db, "INSERT INTO transfer_trusted_keys (device_id, org_code, public_key, fingerprint, "
                  "enrolled_by, enrolled_at) VALUES (:d, :o, :k, :f, :by, :at)");
    ins.bind("d", t.deviceId).bind("o", org).bind("k", hex).bind("f", t.fingerprint)
        .bind("by", nullIfEmpty(actor.login)).bind("at", t.enrolledAt);
    TJ_TRY(ins.exec());
    TJ_TRY(AuditLog(db).append(AuditEntry::of(actor, QStringLiteral("device.trust"),
                                              QStringLiteral("device"), t.deviceId,
                                              QStringLiteral("%1 %2").arg(org, t.fingerprint))));
    TJ_TRY(tx.commit());
    return t;
}

Result<void> TransferService::revoke(const Actor &actor, const QString &deviceOrKey)
{
    TJ_TRY(Access::mayAdminister(actor));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    TJ_TRY(tx.begin());
    const QString ref = deviceOrKey.trimmed();
    Query q(db, "SELECT device_id, org_code FROM transfer_trusted_keys WHERE revoked_at IS NULL "
                "AND (device_id = :r OR public_key = :r OR fingerprint = :r)");
    q.bind("r", ref);
    TJ_TRY(q.exec());
    if (!q.next())
        return makeError(ErrorKind::NotFound, tr("No trusted device %1.").arg(ref));
    const QString device = q.value(0).toString();
    const QString org = q.value(1).toString();
    Query up(db, "UPDATE transfer_trusted_keys SET revoked_at = :at, revoked_by = :by "
                 "WHERE device_id = :d");
    up.bind("at", nowUtc()).bind("by", nullIfEmpty(actor.login)).bind("d", device);
    TJ_TRY(up.exec());
    TJ_TRY(AuditLog(db).append(AuditEntry::of(actor, QStringLiteral("device.revoke"),
                                              QStringLiteral("device"), device, org)));
    return tx.commit();
}

Result<QList<TrustedKey>> TransferService::trusted(const Actor &actor) const
{
    if (!actor.isSystem() && !actor.isAdmin() && !actor.hasCaseRole())
        return makeError(ErrorKind::Denied, tr("Your role does not see device keys."));
    Query q(m_db.connection(),
            "SELECT device_id, org_code, public_key, fingerprint, enrolled_by, enrolled_at, "
            "revoked_at FROM transfer_trusted_keys ORDER BY org_code, enrolled_at");
    TJ_TRY(q.exec());
    QList<TrustedKey> out;
    while (q.next())
        out.append(TrustedKey{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                              q.value(6).toString()});
    return out;
}

// ---- export ----------------------------------------------------------------------------------

Result<ExportResult> TransferService::exportCases(const Actor &actor, const QStringList &caseRefs,
                                                  const QString &toOrg, const QString &outPath)
{
    TJ_TRY(Access::requireCaseRole(actor));
    if (caseRefs.isEmpty())
        return makeError(ErrorKind::Usage, tr("Name at least one case to export."));
    if (outPath.isEmpty())
        return makeError(ErrorKind::Usage, tr("Name the package file to write."));
    if (QFileInfo::exists(outPath))
        return makeError(ErrorKind::Validation,
                         tr("%1 exists already; choose another file name.").arg(outPath));
    QSqlDatabase db = m_db.connection();
    ExportResult result;
    QList<Case> cases;
    for (const QString &ref : caseRefs) {
        auto c = CaseGuard(m_db).read(actor, ref, QStringLiteral("package.export"), false);
        if (!c)
            return c.error();
        auto away = isAway(db, c->id);
        if (!away)
            return away.error();
        if (*away)
            return makeError(ErrorKind::Rule,
                             tr("Case %1 is already away in a transfer package.").arg(c->number));
        Query r(db, "SELECT kind, to_org FROM referrals WHERE case_id = :c AND state = 'pending'");
        r.bind("c", c->id);
        TJ_TRY(r.exec());
        QString kind = QStringLiteral("return");
        QString recipient = toOrg;
        if (r.next()) {
            kind = kindOfReferral(r.value(0).toString());
            if (!toOrg.isEmpty() && toOrg != r.value(1).toString())
                return makeError(ErrorKind::Validation,
                                 tr("Case %1 is being sent to %2, not %3.")
                                     .arg(c->number, r.value(1).toString(), toOrg));
            recipient = r.value(1).toString();
        } else if (toOrg.isEmpty()) {
            return makeError(ErrorKind::Usage,
                             tr("Case %1 has no pending referral or delegation; name the "
                                "organisation to send it to.")
                                 .arg(c->number));
        }
        if (!result.kind.isEmpty() && (result.kind != kind || result.recipientOrg != recipient))
            return makeError(ErrorKind::Validation,
                             tr("All cases of one package go the same way to the same "
                                "organisation."));
        result.kind = kind;
        result.recipientOrg = recipient;
        cases.append(c.value());
    }
    auto recipientOrg = OrganisationService(m_db).find(result.recipientOrg);
    if (!recipientOrg)
        return recipientOrg.error();
    auto identity = DeviceIdentity::loadOrCreate(m_db);
    if (!identity)
        return identity.error();
    const QString senderOrg = actor.isSystem() ? cases.first().handlingOrg : actor.orgCode;

    Transaction tx(db);
    TJ_TRY(tx.begin());
    // Packages are numbered per addressee: each receiver sees 1, 2, 3, ... from this device.
    const QString seqKey = QStringLiteral("transfer.last_seq.") + result.recipientOrg;
    auto last = settingValue(db, seqKey);
    if (!last)
        return last.error();
    result.seq = last->toLongLong() + 1;
    TJ_TRY(setSetting(db, seqKey, QString::number(result.seq)));
    result.packageId = newId();
    result.path = outPath;

    QMap<QString, QByteArray> files;
    QList<Part> parts;
    const QString now = nowUtc();
    for (const Case &c : cases) {
        auto content = caseContent(db, c.id, &files);
        if (!content)
            return content.error();
        const QByteArray bytes = canonical(*content);
        parts.append(Part{QStringLiteral("case:") + c.id, bytes});
        result.cases << c.id;
        Query state(db, "INSERT INTO transfer_case_state (case_id, content_sha256, package_id, "
                        "exchanged_at) VALUES (:c, :h, :p, :at) ON CONFLICT (case_id) DO UPDATE "
                        "SET content_sha256 = excluded.content_sha256, "
                        "package_id = excluded.package_id, exchanged_at = excluded.exchanged_at");
        state.bind("c", c.id).bind("h", PackageCodec::sha256Hex(bytes))
            .bind("p", result.packageId).bind("at", now);
        TJ_TRY(state.exec());
        Query custody(db, "INSERT INTO transfer_custody (case_id, package_id, to_org, since) "
                          "VALUES (:c, :p, :o, :at)");
        custody.bind("c", c.id).bind("p", result.packageId).bind("o", result.recipientOrg)
            .bind("at", now);
        TJ_TRY(custody.exec());
        TJ_TRY(CaseGuard::append(db, actor, QStringLiteral("case.transfer_out"), c,
                                 QStringLiteral("%1 %2").arg(result.packageId, result.recipientOrg)));
    }
    for (auto it = files.begin(); it != files.end(); ++it)
        parts.append(Part{QStringLiteral("file:") + it.key(), it.value()});

    Query head(db, "SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1");
    TJ_TRY(head.exec());
    const QString auditHead = head.next() ? head.value(0).toString() : AuditLog::genesisHash();
    const QJsonObject manifest{
        {QStringLiteral("format"), kFormatVersion},
        {QStringLiteral("package_id"), result.packageId},
        {QStringLiteral("kind"), result.kind},
        {QStringLiteral("sender_org"), senderOrg},
        {QStringLiteral("device_id"), identity->deviceId},
        {QStringLiteral("seq"), result.seq},
        {QStringLiteral("created_at"), now},
        {QStringLiteral("recipient_org"), result.recipientOrg},
        {QStringLiteral("cases"), toArray(result.cases)},
        {QStringLiteral("audit_head"), auditHead},
    };
    const QByteArray bytes =
        PackageCodec::encode(identity->secretKey, identity->publicKey, manifest, parts);
    result.bytes = bytes.size();
    const QString fileSha = PackageCodec::sha256Hex(bytes);
    Query rec(db, "INSERT INTO transfer_packages (package_id, direction, kind, device_id, seq, "
                  "sender_org, recipient_org, cases, file_sha256, recorded_at) VALUES "
                  "(:p, 'out', :k, :d, :s, :from, :to, :cases, :sha, :at)");
    rec.bind("p", result.packageId).bind("k", result.kind).bind("d", identity->deviceId)
        .bind("s", result.seq).bind("from", senderOrg).bind("to", result.recipientOrg)
        .bind("cases", QString::fromUtf8(QJsonDocument(toArray(result.cases)).toJson(QJsonDocument::Compact)))
        .bind("sha", fileSha).bind("at", now);
    TJ_TRY(rec.exec());
    TJ_TRY(AuditLog(db).append(AuditEntry::of(
        actor, QStringLiteral("package.export"), QStringLiteral("package"), result.packageId,
        QStringLiteral("%1 seq %2 to %3: %4 case(s), %5 bytes")
            .arg(result.kind)
            .arg(result.seq)
            .arg(result.recipientOrg)
            .arg(result.cases.size())
            .arg(result.bytes))));
    auto written = writeSafely(outPath, bytes, "package");
    if (written) {
        // Read back: the framing, signature and every hash must check out.
        QFile back(outPath);
        if (!back.open(QIODevice::ReadOnly))
            written = makeError(ErrorKind::Storage, tr("Cannot read back %1.").arg(outPath));
        else {
            auto check = PackageCodec::verifyWithHeaderKey(back.readAll());
            if (!check || check->publicKey != identity->publicKey)
                written = makeError(ErrorKind::Storage,
                                    tr("The package %1 did not verify after writing; it was "
                                       "removed.")
                                        .arg(outPath));
        }
        if (!written)
            QFile::remove(outPath);
    }
    if (!written) {
        tx.rollback();
        TJ_TRY(failed(actor, QStringLiteral("package.export"), result.packageId, written.error()));
        return written.error();
    }
    if (auto committed = tx.commit(); !committed) {
        QFile::remove(outPath);
        return committed.error();
    }
    return result;
}

// ---- import ----------------------------------------------------------------------------------

Result<void> TransferService::failed(const Actor &actor, const QString &action,
                                     const QString &object, const Error &error) const
{
    AuditEntry entry = AuditEntry::of(actor, action, QStringLiteral("package"), object,
                                      error.message);
    entry.result = QStringLiteral("failed");
    return AuditLog(m_db.connection()).record(entry);
}

Result<TransferService::Checked> TransferService::check(const Actor &actor, const QString &path,
                                                        bool forImport)
{
    Q_UNUSED(forImport)
    TJ_TRY(Access::requireCaseRole(actor));
    const QFileInfo info(path);
    if (!info.isFile())
        return makeError(ErrorKind::NotFound, tr("There is no package file %1.").arg(path));
    if (info.size() > kMaxPackageBytes)
        return makeError(ErrorKind::Validation,
                         tr("%1 is larger than a package may be.").arg(path));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Storage, tr("Cannot read %1: %2").arg(path, f.errorString()));
    auto frame = PackageCodec::readFrame(f.readAll());
    if (!frame)
        return frame.error();
    QSqlDatabase db = m_db.connection();
    const QString keyHex = QString::fromLatin1(frame->publicKey.toHex());
    Query k(db, "SELECT device_id, org_code FROM transfer_trusted_keys "
                "WHERE public_key = :k AND revoked_at IS NULL");
    k.bind("k", keyHex);
    TJ_TRY(k.exec());
    if (!k.next())
        return makeError(ErrorKind::Rule,
                         tr("The package is signed by a device this installation does not trust "
                            "(fingerprint %1). An administrator enrols the keys of the "
                            "organisations above and below.")
                             .arg(PackageCodec::fingerprint(frame->publicKey)));
    Checked out;
    out.key.deviceId = k.value(0).toString();
    out.key.orgCode = k.value(1).toString();
    out.key.publicKey = keyHex;
    out.key.fingerprint = PackageCodec::fingerprint(frame->publicKey);
    TJ_TRY(PackageCodec::verifySignature(*frame, frame->publicKey));
    auto pkg = PackageCodec::openVerified(*frame);
    if (!pkg)
        return pkg.error();
    out.package = pkg.value();
    const QJsonObject &m = out.package.manifest;
    out.packageId = m.value(QStringLiteral("package_id")).toString();
    out.kind = m.value(QStringLiteral("kind")).toString();
    out.senderOrg = m.value(QStringLiteral("sender_org")).toString();
    out.recipientOrg = m.value(QStringLiteral("recipient_org")).toString();
    out.createdAt = m.value(QStringLiteral("created_at")).toString();
    out.seq = m.value(QStringLiteral("seq")).toInteger(-1);
    const auto bad = [](const QString &why) {
        return makeError(ErrorKind::Validation, tr("The package's manifest is not valid: %1").arg(why));
    };
    static const QStringList kinds = {QStringLiteral("referral"), QStringLiteral("delegation"),
                                      QStringLiteral("return"), QStringLiteral("receipt")};
    if (QUuid::fromString(out.packageId).isNull() || !kinds.contains(out.kind))
        return bad(tr("no package id or an unknown kind"));
    if (m.value(QStringLiteral("device_id")).toString() != out.key.deviceId)
        return bad(tr("the device id does not match the signing key"));
    if (out.senderOrg != out.key.orgCode)
        return makeError(ErrorKind::Rule,
                         tr("The package claims to come from %1 but its key is trusted for %2.")
                             .arg(out.senderOrg, out.key.orgCode));
    if ((out.kind == QLatin1String("receipt")) != (out.seq == 0) || out.seq < 0)
        return bad(tr("the sequence number does not fit the kind"));
    if (!actor.isSystem()) {
        auto inside = Access(m_db).inScope(actor.orgCode, out.recipientOrg);
        if (!inside)
            return inside.error();
        if (!*inside)
            return makeError(ErrorKind::Denied, tr("The package is addressed to %1, outside %2.")
                                                    .arg(out.recipientOrg, actor.orgCode));
    }
    // Only now, with signature and hashes checked, is the JSON of the cases parsed.
    const QStringList listed = toStrings(m.value(QStringLiteral("cases")));
    for (const Part &p : out.package.parts) {
        if (p.name.startsWith(QLatin1String("file:"))) {
            const QString sha = p.name.mid(5);
            if (PackageCodec::sha256Hex(p.data) != sha)
                return bad(tr("a file part does not match its name"));
            out.files.insert(sha, p.data);
            continue;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(p.data, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return bad(tr("part %1 is not a JSON object").arg(p.name));
        if (p.name == QLatin1String("receipt") && out.kind == QLatin1String("receipt")) {
            out.receipt = doc.object();
        } else if (p.name.startsWith(QLatin1String("case:"))
                   && out.kind != QLatin1String("receipt")) {
            const QString id = p.name.mid(5);
            if (doc.object().value(QStringLiteral("case_id")).toString() != id || !listed.contains(id))
                return bad(tr("part %1 does not hold the case it names").arg(p.name));
            out.cases.append({id, doc.object()});
        } else {
            return bad(tr("unexpected part %1").arg(p.name));
        }
    }
    if (out.kind == QLatin1String("receipt") ? out.receipt.isEmpty()
                                              : out.cases.size() != listed.size() || listed.isEmpty())
        return bad(tr("the parts do not match the list of cases"));
    return out;
}

namespace {
enum class Fate { New, Update, Unchanged, Conflict };

Result<Fate> classify(QSqlDatabase db, const QString &caseId, const QString &incomingHash)
{
    Query exists(db, "SELECT 1 FROM cases WHERE id = :c");
    exists.bind("c", caseId);
    TJ_TRY(exists.exec());
    if (!exists.next())
        return Fate::New;
    auto local = TransferService::caseContent(db, caseId, nullptr);
    if (!local)
        return local.error();
    const QString localHash = PackageCodec::sha256Hex(TransferService::canonical(*local));
    if (localHash == incomingHash)
        return Fate::Unchanged;
    auto away = TransferService::isAway(db, caseId);
    if (!away)
        return away.error();
    if (*away)
        return Fate::Update;
    Query s(db, "SELECT content_sha256 FROM transfer_case_state WHERE case_id = :c");
    s.bind("c", caseId);
    TJ_TRY(s.exec());
    const QString last = s.next() ? s.value(0).toString() : QString();
    if (last == localHash)
        return Fate::Update; // changed only on their side
    if (last == incomingHash)
        return Fate::Unchanged; // changed only here: theirs is what we last exchanged
    return Fate::Conflict;
}
} // namespace

Result<ImportSummary> TransferService::verify(const Actor &actor, const QString &path)
{
    auto checked = check(actor, path, false);
    if (!checked)
        return checked.error();
    ImportSummary s;
    s.packageId = checked->packageId;
    s.kind = checked->kind;
    s.senderOrg = checked->senderOrg;
    s.senderDevice = checked->key.deviceId;
    s.fingerprint = checked->key.fingerprint;
    s.seq = checked->seq;
    s.recipientOrg = checked->recipientOrg;
    s.createdAt = checked->createdAt;
    s.files = int(checked->files.size());
    QSqlDatabase db = m_db.connection();
    if (checked->kind == QLatin1String("receipt")) {
        s.deliveredPackage = checked->receipt.value(QStringLiteral("package_id")).toString();
        return s;
    }
    Query dup(db, "SELECT 1 FROM transfer_packages WHERE package_id = :p AND direction = 'in'");
    dup.bind("p", s.packageId);
    TJ_TRY(dup.exec());
    s.duplicate = dup.next();
    Query seq(db, "SELECT last_seq FROM transfer_sequences WHERE device_id = :d "
                  "AND recipient_org = :to");
    seq.bind("d", s.senderDevice).bind("to", s.recipientOrg);
    TJ_TRY(seq.exec());
    const qint64 expected = (seq.next() ? seq.value(0).toLongLong() : 0) + 1;
    if (!s.duplicate && s.seq != expected)
        s.warning = tr("Sequence: expected package %1 from this device, this is %2.")
                        .arg(expected)
                        .arg(s.seq);
    for (const auto &[id, content] : checked->cases) {
        auto fate = classify(db, id, PackageCodec::sha256Hex(canonical(content)));
        if (!fate)
            return fate.error();
        switch (*fate) {
        case Fate::New: s.newCases << id; break;
        case Fate::Update: s.updatedCases << id; break;
        case Fate::Unchanged: s.unchangedCases << id; break;
        case Fate::Conflict: s.queuedCases << id; break;
        }
    }
    return s;
}

Result<ImportSummary> TransferService::import(const Actor &actor, const QString &path,
                                              const ImportOptions &options)
{
    auto checked = check(actor, path, true);
    if (!checked) {
        TJ_TRY(failed(actor, QStringLiteral("package.import"), QFileInfo(path).fileName(),
                      checked.error()));
        return checked.error();
    }
    auto summary = importChecked(actor, *checked, options);
    if (!summary) {
        TJ_TRY(failed(actor, QStringLiteral("package.import"), checked->packageId,
                      summary.error()));
        return summary.error();
    }
    if (summary->applied && checked->kind != QLatin1String("receipt")) {
        const QString out = options.receiptPath.isEmpty()
                                ? path + QStringLiteral(".receipt.tjp")
                                : options.receiptPath;
        auto receipt = writeReceipt(actor, checked->packageId, out);
        if (receipt)
            summary->receiptPath = *receipt;
        else
            summary->warning = (summary->warning.isEmpty() ? QString() : summary->warning + u' ')
                               + receipt.error().message;
    }
    return summary;
}

Result<ImportSummary> TransferService::importChecked(const Actor &actor, Checked &checked,
                                                     const ImportOptions &options)
{
    QSqlDatabase db = m_db.connection();
    ImportSummary s;
    s.packageId = checked.packageId;
    s.kind = checked.kind;
    s.senderOrg = checked.senderOrg;
    s.senderDevice = checked.key.deviceId;
    s.fingerprint = checked.key.fingerprint;
    s.seq = checked.seq;
    s.recipientOrg = checked.recipientOrg;
    s.createdAt = checked.createdAt;
    s.files = int(checked.files.size());

    Transaction tx(db);
    TJ_TRY(tx.begin());
    if (checked.kind == QLatin1String("receipt")) {
        s.deliveredPackage = checked.receipt.value(QStringLiteral("package_id")).toString();
        Query q(db, "SELECT recipient_org, delivered_at, file_sha256 FROM transfer_packages "
                    "WHERE package_id = :p AND direction = 'out'");
        q.bind("p", s.deliveredPackage);
        TJ_TRY(q.exec());
        if (!q.next())
            return makeError(ErrorKind::NotFound,
                             tr("The receipt confirms package %1, which was not sent from here.")
                                 .arg(s.deliveredPackage));
        if (q.value(0).toString() != checked.senderOrg
            || q.value(2).toString()
                   != checked.receipt.value(QStringLiteral("file_sha256")).toString())
            return makeError(ErrorKind::Rule,
                             tr("The receipt does not match package %1 as it was sent.")
                                 .arg(s.deliveredPackage));
        if (!q.value(1).isNull()) {
            s.duplicate = true;
            return s;
        }
        Query up(db, "UPDATE transfer_packages SET delivered_at = :at WHERE package_id = :p "
                     "AND direction = 'out'");
        up.bind("at", nowUtc()).bind("p", s.deliveredPackage);
        TJ_TRY(up.exec());
        TJ_TRY(AuditLog(db).append(AuditEntry::of(actor, QStringLiteral("package.delivered"),
                                                  QStringLiteral("package"), s.deliveredPackage,
                                                  checked.packageId)));
        TJ_TRY(tx.commit());
        s.applied = true;
        return s;
    }

    Query dup(db, "SELECT 1 FROM transfer_packages WHERE package_id = :p AND direction = 'in'");
    dup.bind("p", s.packageId);
    TJ_TRY(dup.exec());
    if (dup.next()) {
        s.duplicate = true;
        tx.rollback();
        return s;
    }
    Query seq(db, "SELECT last_seq FROM transfer_sequences WHERE device_id = :d "
                  "AND recipient_org = :to");
    seq.bind("d", s.senderDevice).bind("to", s.recipientOrg);
    TJ_TRY(seq.exec());
    const qint64 expected = (seq.next() ? seq.value(0).toLongLong() : 0) + 1;
    if (s.seq < expected)
        return makeError(ErrorKind::Rule,
                         tr("Package out of order: expected number %1 from device %2, got %3. A "
                            "newer package from that device has been imported already.")
                             .arg(expected)
                             .arg(s.senderDevice)
                             .arg(s.seq));
    if (s.seq > expected) {
        if (!options.acceptGap)
            return makeError(ErrorKind::Rule,
                             tr("Gap in the sequence: expected number %1 from device %2, got %3. "
                                "Import the missing packages first, or accept the gap "
                                "explicitly.")
                                 .arg(expected)
                                 .arg(s.senderDevice)
                                 .arg(s.seq));
        s.warning = tr("Accepted a gap in the sequence: packages %1 to %2 from device %3 never "
                       "arrived.")
                        .arg(expected)
                        .arg(s.seq - 1)
                        .arg(s.senderDevice);
    }

    const QString now = nowUtc();
    const auto fileOf = [&](const QString &sha) -> Result<QByteArray> {
        if (!checked.files.contains(sha))
            return makeError(ErrorKind::Validation,
                             tr("The package lacks the file %1 a case refers to.").arg(sha));
        return checked.files.value(sha);
    };
    for (const auto &[id, content] : checked.cases) {
        const QString hash = PackageCodec::sha256Hex(canonical(content));
        auto fate = classify(db, id, hash);
        if (!fate)
            return fate.error();
        Query release(db, "DELETE FROM transfer_custody WHERE case_id = :c");
        release.bind("c", id);
        if (*fate == Fate::Conflict) {
            Query q(db, "INSERT INTO transfer_review (id, case_id, package_id, sender_org, "
                        "content, content_sha256, queued_at) VALUES (:id, :c, :p, :o, :content, "
                        ":h, :at)");
            q.bind("id", newId()).bind("c", id).bind("p", s.packageId).bind("o", s.senderOrg)
                .bind("content", QString::fromUtf8(canonical(embedBlobs(content, checked.files))))
                .bind("h", hash).bind("at", now);
            TJ_TRY(q.exec());
            s.queuedCases << id;
            continue;
        }
        TJ_TRY(release.exec());
        if (*fate == Fate::New || *fate == Fate::Update) {
            TJ_TRY(applyCase(db, content, fileOf));
            (*fate == Fate::New ? s.newCases : s.updatedCases) << id;
        } else {
            s.unchangedCases << id;
        }
        Query state(db, "INSERT INTO transfer_case_state (case_id, content_sha256, package_id, "
                        "exchanged_at) VALUES (:c, :h, :p, :at) ON CONFLICT (case_id) DO UPDATE "
                        "SET content_sha256 = excluded.content_sha256, "
                        "package_id = excluded.package_id, exchanged_at = excluded.exchanged_at");
        state.bind("c", id).bind("h", hash).bind("p", s.packageId).bind("at", now);
        TJ_TRY(state.exec());
    }
    Query rec(db, "INSERT INTO transfer_packages (package_id, direction, kind, device_id, seq, "
                  "sender_org, recipient_org, cases, file_sha256, recorded_at) VALUES "
                  "(:p, 'in', :k, :d, :s, :from, :to, :cases, :sha, :at)");
    QStringList ids;
    for (const auto &c : checked.cases)
        ids << c.first;
    rec.bind("p", s.packageId).bind("k", s.kind).bind("d", s.senderDevice).bind("s", s.seq)
        .bind("from", s.senderOrg).bind("to", s.recipientOrg)
        .bind("cases", QString::fromUtf8(QJsonDocument(toArray(ids)).toJson(QJsonDocument::Compact)))
        .bind("sha", checked.package.fileSha256).bind("at", now);
    TJ_TRY(rec.exec());
    Query upSeq(db, "INSERT INTO transfer_sequences (device_id, recipient_org, last_seq) "
                    "VALUES (:d, :to, :s) ON CONFLICT (device_id, recipient_org) "
                    "DO UPDATE SET last_seq = excluded.last_seq");
    upSeq.bind("d", s.senderDevice).bind("to", s.recipientOrg).bind("s", s.seq);
    TJ_TRY(upSeq.exec());
    TJ_TRY(AuditLog(db).append(AuditEntry::of(
        actor, QStringLiteral("package.import"), QStringLiteral("package"), s.packageId,
        QStringLiteral("%1 seq %2 from %3: new %4, updated %5, unchanged %6, queued %7%8")
            .arg(s.kind)
            .arg(s.seq)
            .arg(s.senderOrg)
            .arg(s.newCases.size())
            .arg(s.updatedCases.size())
            .arg(s.unchangedCases.size())
            .arg(s.queuedCases.size())
            .arg(s.warning.isEmpty() ? QString() : QStringLiteral("; ") + s.warning))));
    TJ_TRY(tx.commit());
    s.applied = true;
    return s;
}

Result<QString> TransferService::writeReceipt(const Actor &actor, const QString &packageId,
                                              const QString &outPath)
{
    TJ_TRY(Access::requireCaseRole(actor));
    QSqlDatabase db = m_db.connection();
    Query q(db, "SELECT sender_org, recipient_org, file_sha256, cases FROM transfer_packages "
                "WHERE package_id = :p AND direction = 'in'");
    q.bind("p", packageId);
    TJ_TRY(q.exec());
    if (!q.next())
        return makeError(ErrorKind::NotFound, tr("No package %1 was imported here.").arg(packageId));
    if (QFileInfo::exists(outPath))
        return makeError(ErrorKind::Validation,
                         tr("%1 exists already; choose another file name.").arg(outPath));
    auto identity = DeviceIdentity::loadOrCreate(m_db);
    if (!identity)
        return identity.error();
    const QString receiptId = newId();
    const QJsonObject receipt{
        {QStringLiteral("package_id"), packageId},
        {QStringLiteral("file_sha256"), q.value(2).toString()},
        {QStringLiteral("cases"), QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array()},
        {QStringLiteral("received_at"), nowUtc()},
    };
    const QJsonObject manifest{
        {QStringLiteral("format"), kFormatVersion},
        {QStringLiteral("package_id"), receiptId},
        {QStringLiteral("kind"), QStringLiteral("receipt")},
        {QStringLiteral("sender_org"), q.value(1).toString()},
        {QStringLiteral("device_id"), identity->deviceId},
        {QStringLiteral("seq"), 0},
        {QStringLiteral("created_at"), nowUtc()},
        {QStringLiteral("recipient_org"), q.value(0).toString()},
        {QStringLiteral("cases"), QJsonArray()},
    };
    const QByteArray bytes = PackageCodec::encode(
        identity->secretKey, identity->publicKey, manifest,
        {Part{QStringLiteral("receipt"), QJsonDocument(receipt).toJson(QJsonDocument::Compact)}});
    TJ_TRY(writeSafely(outPath, bytes, "receipt"));
    TJ_TRY(AuditLog(db).record(AuditEntry::of(actor, QStringLiteral("package.receipt"),
                                              QStringLiteral("package"), packageId, receiptId)));
    return outPath;
}

// ---- review ----------------------------------------------------------------------------------

Result<QList<ReviewItem>> TransferService::reviewQueue(const Actor &actor) const
{
    TJ_TRY(Access::requireCaseRole(actor));
    Query q(m_db.connection(),
            "SELECT r.id, r.case_id, COALESCE(c.number, ''), r.package_id, r.sender_org, "
            "r.queued_at FROM transfer_review r LEFT JOIN cases c ON c.id = r.case_id "
            "WHERE r.resolution IS NULL ORDER BY r.queued_at, r.id");
    TJ_TRY(q.exec());
    QList<ReviewItem> out;
    while (q.next())
        out.append(ReviewItem{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    return out;
}

Result<void> TransferService::resolve(const Actor &actor, const QString &reviewId, bool takeTheirs)
{
    TJ_TRY(Access::requireCaseRole(actor));
    QSqlDatabase db = m_db.connection();
    Query q(db, "SELECT case_id, content, content_sha256, package_id FROM transfer_review "
                "WHERE id = :id AND resolution IS NULL");
    q.bind("id", reviewId);
    TJ_TRY(q.exec());
    if (!q.next())
        return makeError(ErrorKind::NotFound, tr("No open review item %1.").arg(reviewId));
    const QString caseId = q.value(0).toString();
    const QByteArray content = q.value(1).toString().toUtf8();
    const QString hash = q.value(2).toString();
    const QString packageId = q.value(3).toString();
    auto c = CaseGuard(m_db).read(actor, caseId, QStringLiteral("package.resolve"), false);
    if (!c)
        return c.error();
    TJ_TRY(CaseGuard(m_db).mayRecord(actor, c->handlingOrg));
    Transaction tx(db);
    TJ_TRY(tx.begin());
    if (takeTheirs) {
        const auto noFile = [](const QString &sha) -> Result<QByteArray> {
            return makeError(ErrorKind::Validation,
                             tr("The queued case lacks the file %1.").arg(sha));
        };
        TJ_TRY(applyCase(db, QJsonDocument::fromJson(content).object(), noFile));
    }
    Query state(db, "INSERT INTO transfer_case_state (case_id, content_sha256, package_id, "
                    "exchanged_at) VALUES (:c, :h, :p, :at) ON CONFLICT (case_id) DO UPDATE "
                    "SET content_sha256 = excluded.content_sha256, "
                    "package_id = excluded.package_id, exchanged_at = excluded.exchanged_at");
    state.bind("c", caseId).bind("h", hash).bind("p", packageId).bind("at", nowUtc());
    TJ_TRY(state.exec());
    Query up(db, "UPDATE transfer_review SET resolution = :r, resolved_by = :by, "
                 "resolved_at = :at WHERE id = :id");
    up.bind("r", takeTheirs ? QStringLiteral("theirs") : QStringLiteral("mine"))
        .bind("by", nullIfEmpty(actor.login)).bind("at", nowUtc()).bind("id", reviewId);
    TJ_TRY(up.exec());
    TJ_TRY(CaseGuard::append(db, actor, QStringLiteral("package.resolve"), c.value(),
                             takeTheirs ? QStringLiteral("theirs") : QStringLiteral("mine")));
    return tx.commit();
}

} // namespace tj::transfer
