#include "backup.h"

#include "access.h"
#include "accounts.h"
#include "audit.h"
#include "settings.h"

#include "common/clock.h"
#include "db/database.h"
#include "db/migrations.h"
#include "db/query.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace tj {

bool syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool syncFolder(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

namespace {
bool renameOver(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

QString tempBeside(const QString &path, const QString &tag)
{
    return QStringLiteral("%1.%2-%3.tmp").arg(path, tag, newId().right(12));
}
} // namespace

Result<void> BackupService::writeCopy(const QString &out)
{
    const QFileInfo info(out);
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(ErrorKind::Storage, tr("Cannot create the folder %1.").arg(info.absolutePath()));
    const QString temp = tempBeside(info.absoluteFilePath(), QStringLiteral("backup"));
    Query q(m_db.connection(), "VACUUM INTO :target");
    q.bind("target", temp);
    if (auto done = q.exec(); !done) {
        QFile::remove(temp);
        return makeError(ErrorKind::Storage, tr("The backup %1 could not be written: %2")
                                                 .arg(out, done.error().message));
    }
    if (!syncFile(temp) || !renameOver(temp, info.absoluteFilePath())) {
        QFile::remove(temp);
        return makeError(ErrorKind::Storage, tr("The backup %1 could not be saved.").arg(out));
    }
    syncFolder(info.absolutePath());
    return {};
}

Result<QString> BackupService::backup(const Actor &actor, const QString &out)
{
    TJ_TRY(Access::mayBackUp(actor));
    if (m_db.isPostgres())
        return serverRefusal().error();
    if (out.isEmpty())
        return makeError(ErrorKind::Usage, tr("Name the backup file."));
    if (QFileInfo::exists(out))
        return makeError(ErrorKind::Validation, tr("%1 exists already; choose a new name.").arg(out));
    AuditLog audit(m_db.connection());
    // The entry goes in first, so the backup holds the record of its own making.
    TJ_TRY(audit.record(AuditEntry::of(actor, QStringLiteral("backup.create"),
                                       QStringLiteral("database"), QFileInfo(out).absoluteFilePath())));
    if (auto written = writeCopy(out); !written) {
        TJ_TRY(audit.record(AuditEntry::of(actor, QStringLiteral("backup.create"),
                                           QStringLiteral("database"), out, written.error().message)
                                .withResult(QStringLiteral("failed"))));
        return written.error();
    }
    return QFileInfo(out).absoluteFilePath();
}

Result<void> BackupService::serverRefusal()
{
    return makeError(ErrorKind::Usage,
                     tr("This workstation works on a PostgreSQL server: backups of a server "
                        "are made there with pg_dump and WAL archiving (see docs/deployment.md), "
                        "not copied by a seat."));
}

Result<std::optional<QString>> BackupService::runDaily(const QDate &today)
{
    // A server is backed up on the server; a seat writes no daily file copy of it.
    if (m_db.isPostgres())
        return std::optional<QString>();
    const Settings settings(m_db);
    const QString folder = settings.value(Settings::kBackupFolder);
    if (folder.isEmpty())
        return std::optional<QString>();
    const QDir dir(folder);
    const QString name = QStringLiteral("tiaojie-%1.sqlite").arg(isoDate(today));
    if (dir.exists(name))
        return std::optional<QString>();
    const QString out = dir.filePath(name);
    TJ_TRY(AuditLog(m_db.connection())
               .record(AuditEntry::of(Actor::system(), QStringLiteral("backup.daily"),
                                      QStringLiteral("database"), out)));
    TJ_TRY(writeCopy(out));
    // Names sort by date; the oldest beyond the number to keep go.
    QStringList all = dir.entryList({QStringLiteral("tiaojie-\?\?\?\?-\?\?-\?\?.sqlite")},
                                    QDir::Files, QDir::Name);
    const int keep = settings.intValue(Settings::kBackupKeep);
    while (all.size() > keep)
        QFile::remove(dir.filePath(all.takeFirst()));
    return std::optional<QString>(out);
}

namespace {
Result<BackupCheck> checkOpen(Database &db)
{
    BackupCheck check;
    Query integrity(db.connection(), "PRAGMA integrity_check");
    TJ_TRY(integrity.exec());
    if (integrity.next() && integrity.value(0).toString() != QLatin1String("ok"))
        return makeError(ErrorKind::Validation, BackupService::tr("The backup is damaged: %1")
                                                    .arg(integrity.value(0).toString()));
    check.schemaVersion = db.schemaVersion();
    auto chain = AuditLog(db.connection()).verify();
    if (!chain)
        return chain.error();
    if (!chain->intact)
        return makeError(ErrorKind::Validation,
                         BackupService::tr("The backup's audit trail is broken: %1").arg(chain->problem));
    check.auditEntries = chain->entries;
    check.auditHead = chain->head;
    Query cases(db.connection(), "SELECT COUNT(*) FROM cases");
    TJ_TRY(cases.exec());
    check.cases = cases.next() ? cases.value(0).toLongLong() : 0;
    return check;
}

void removeWithSidecars(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// Opens a private copy of the candidate (opening migrates and may write, the candidate must stay
// as it is) and checks it.
Result<std::pair<std::unique_ptr<Database>, BackupCheck>> openCopy(const QString &candidate,
                                                                   const QString &copy)
{
    if (!QFileInfo(candidate).isFile())
        return makeError(ErrorKind::NotFound, BackupService::tr("There is no backup %1.").arg(candidate));
    QFile head(candidate);
    if (!head.open(QIODevice::ReadOnly) || !head.read(16).startsWith("SQLite format 3"))
        return makeError(ErrorKind::Validation,
                         BackupService::tr("%1 is not a Tiaojie database backup.").arg(candidate));
    if (!QFile::copy(candidate, copy))
        return makeError(ErrorKind::Storage, BackupService::tr("Cannot copy %1 to %2.").arg(candidate, copy));
    QFile(copy).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    auto db = Database::openSqlite(copy);
    if (!db) {
        removeWithSidecars(copy);
        return makeError(ErrorKind::Validation,
                         BackupService::tr("The backup %1 cannot be used: %2").arg(candidate, db.error().message));
    }
    auto check = checkOpen(*db.value());
    if (!check) {
        db.value().reset();
        removeWithSidecars(copy);
        return check.error();
    }
    return std::pair{std::move(db.value()), check.value()};
}
} // namespace

Result<BackupCheck> BackupService::verify(const QString &candidate)
{
    const QString copy = QDir::temp().filePath(QStringLiteral("tiaojie-verify-%1.sqlite").arg(newId()));
    auto opened = openCopy(candidate, copy);
    if (!opened)
        return opened.error();
    const BackupCheck check = opened->second;
    opened->first.reset();
    removeWithSidecars(copy);
    return check;
}

Result<BackupCheck> BackupService::restore(const QString &candidate, const QString &target,
                                           const QString &login,
                                           const std::function<QString()> &password)
{
    const QFileInfo targetInfo(target);
    if (!QDir().mkpath(targetInfo.absolutePath()))
        return makeError(ErrorKind::Storage, tr("Cannot create the folder %1.").arg(targetInfo.absolutePath()));
    const QString copy = tempBeside(targetInfo.absoluteFilePath(), QStringLiteral("restore"));
    auto opened = openCopy(candidate, copy);
    if (!opened)
        return opened.error();
    std::unique_ptr<Database> db = std::move(opened->first);
    auto fail = [&](const Error &e) -> Result<BackupCheck> {
        db.reset();
        removeWithSidecars(copy);
        return e;
    };
    auto signIn = AccountService(*db).signIn(login, password);
    if (!signIn)
        return fail(signIn.error());
    if (auto allowed = Access::mayRestore(signIn->actor); !allowed)
        return fail(allowed.error());
    auto recorded = AuditLog(db->connection())
                        .record(AuditEntry::of(signIn->actor, QStringLiteral("backup.restore"),
                                               QStringLiteral("database"),
                                               QFileInfo(candidate).absoluteFilePath(), target));
    if (!recorded)
        return fail(recorded.error());
    BackupCheck check = opened->second;
    check.auditEntries += 1;
    Query checkpoint(db->connection(), "PRAGMA wal_checkpoint(TRUNCATE)");
    if (auto done = checkpoint.exec(); !done)
        return fail(done.error());
    db.reset(); // closing the last connection folds the WAL into the file
    if (!syncFile(copy))
        return fail(makeError(ErrorKind::Storage, tr("Cannot write %1 to disk.").arg(copy)));
    // The current file and its WAL move aside together: a stale WAL must never meet the new file.
    if (targetInfo.exists()) {
        const QString aside = QStringLiteral("%1.replaced-%2")
                                  .arg(targetInfo.absoluteFilePath(),
                                       QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
        for (const char *suffix : {"", "-wal", "-shm"}) {
            const QString from = targetInfo.absoluteFilePath() + QLatin1String(suffix);
            if (QFileInfo::exists(from) && !renameOver(from, aside + QLatin1String(suffix)))
                return fail(makeError(ErrorKind::Storage, tr("Cannot move %1 aside.").arg(from)));
        }
    }
    if (!renameOver(copy, targetInfo.absoluteFilePath()))
        return fail(makeError(ErrorKind::Storage, tr("Cannot put the backup in place of %1.").arg(target)));
    QFile::remove(copy + QLatin1String("-shm"));
    QFile::remove(copy + QLatin1String("-wal"));
    syncFolder(targetInfo.absolutePath());
    return check;
}

} // namespace tj
