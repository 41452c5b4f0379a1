#include "settings.h"

#include "common/clock.h"

#include "audit.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"

namespace tj {

namespace {
struct Range
{
    int min;
    int max;
};

const QMap<QString, Range> &ranges()
{
    static const QMap<QString, Range> r{{Settings::kLockoutAttempts, {3, 20}},
                                        {Settings::kLockoutWindow, {1, 1440}},
                                        {Settings::kLockoutMinutes, {1, 1440}},
                                        {Settings::kIdleMinutes, {1, 480}},
                                        {Settings::kBackupKeep, {1, 365}},
                                        {Settings::kAttachmentMaxMb, {1, 200}}};
    return r;
}
} // namespace

QMap<QString, QString> Settings::defaults()
{
    return {{kLockoutAttempts, QStringLiteral("5")}, {kLockoutWindow, QStringLiteral("15")},
            {kLockoutMinutes, QStringLiteral("15")}, {kIdleMinutes, QStringLiteral("15")},
            {kBackupFolder, QString()},              {kBackupKeep, QStringLiteral("7")},
            {kAttachmentMaxMb, QStringLiteral("20")}};
}

QString Settings::value(const QString &key) const
{
    Query q(m_db.connection(), "SELECT value FROM settings WHERE key = :key");
    q.bind("key", key);
    if (q.exec().ok() && q.next())
        return q.value(0).toString();
    return defaults().value(key);
}

int Settings::intValue(const QString &key) const
{
    bool ok = false;
    const int v = value(key).toInt(&ok);
    return ok ? v : defaults().value(key).toInt();
}

Result<QMap<QString, QString>> Settings::all() const
{
    QMap<QString, QString> out = defaults();
    Query q(m_db.connection(), "SELECT key, value FROM settings");
    TJ_TRY(q.exec());
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

Result<void> Settings::set(const Actor &actor, const QString &key, const QString &value)
{
    if (!actor.isSystem() && actor.role != Role::Security)
        return makeError(ErrorKind::Denied, tr("Only a security officer changes the settings."));
    if (!defaults().contains(key))
        return makeError(ErrorKind::Validation, tr("There is no setting \"%1\".").arg(key));
    if (ranges().contains(key)) {
        bool ok = false;
        const int v = value.toInt(&ok);
        const Range r = ranges().value(key);
        if (!ok || v < r.min || v > r.max)
            return makeError(ErrorKind::Validation, tr("%1 takes a whole number from %2 to %3.")
                                                        .arg(key)
                                                        .arg(r.min)
                                                        .arg(r.max));
    }
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    TJ_TRY(tx.begin());
    Query q(db, "INSERT INTO settings (key, value, updated_at) VALUES (:key, :value, :now)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value,"
                " updated_at = excluded.updated_at");
    q.bind("key", key).bind("value", value).bind("now", nowStamp());
    TJ_TRY(q.exec());
    TJ_TRY(AuditLog(db).append(
        AuditEntry::of(actor, QStringLiteral("setting.change"), QStringLiteral("setting"), key,
                       value)));
    return tx.commit();
}

} // namespace tj
