#pragma once

#include "common/result.h"
#include "users/user.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace tj {

class Database;

/// Installation-wide settings kept in the database (table settings), with defaults. Security
/// officers change them; every change is audited.
class Settings
{
    Q_DECLARE_TR_FUNCTIONS(Settings)
public:
    static inline const QString kLockoutAttempts = QStringLiteral("lockout.attempts");
    static inline const QString kLockoutWindow = QStringLiteral("lockout.window_minutes");
    static inline const QString kLockoutMinutes = QStringLiteral("lockout.minutes");
    static inline const QString kIdleMinutes = QStringLiteral("session.idle_minutes");
    static inline const QString kBackupFolder = QStringLiteral("backup.folder");
    static inline const QString kBackupKeep = QStringLiteral("backup.keep");
    /// The largest attachment accepted, in MB (the content is kept in the database).
    static inline const QString kAttachmentMaxMb = QStringLiteral("attachments.max_mb");

    explicit Settings(Database &db) : m_db(db) {}

    /// Every known key with its default.
    static QMap<QString, QString> defaults();
    QString value(const QString &key) const;
    int intValue(const QString &key) const;
    Result<QMap<QString, QString>> all() const;
    /// Validates and stores a value; only the security role (or the system actor) may.
    Result<void> set(const Actor &actor, const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace tj
