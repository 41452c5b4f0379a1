#include "attachmentservice.h"

#include "cases/casestore.h"
#include "common/clock.h"
#include "db/database.h"
#include "db/transaction.h"
#include "security/access.h"
#include "security/audit.h"
#include "security/caseguard.h"
#include "security/settings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>

namespace tj {

namespace {
// A name that is safe as the last part of a path on Windows and Linux.
QString safeFileName(const QString &name)
{
    QString out = QFileInfo(name.trimmed()).fileName();
    static const QString forbidden = QStringLiteral("\\/:*?\"<>|");
    for (QChar &ch : out)
        if (forbidden.contains(ch) || ch.unicode() < 0x20)
            ch = u'_';
    while (out.startsWith(u'.'))
        out.remove(0, 1);
    return out.left(200);
}

// `name` inside `folder`, or "name (2).ext", "name (3).ext"… when taken.
QString freePath(const QDir &folder, const QString &name)
{
    const QFileInfo info(name);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : u'.' + info.suffix();
    QString path = folder.filePath(name);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = folder.filePath(QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(suffix));
    return path;
}
} // namespace

QStringList AttachmentService::kinds()
{
    return {QStringLiteral("evidence"), QStringLiteral("agreement_scan"),
            QStringLiteral("receipt"), QStringLiteral("other")};
}

QString AttachmentService::kindName(const QString &kind)
{
    if (kind == QLatin1String("evidence"))
        return tr("Evidence");
    if (kind == QLatin1String("agreement_scan"))
        return tr("Scan of the signed agreement");
    if (kind == QLatin1String("receipt"))
        return tr("Receipt");
    if (kind == QLatin1String("other"))
        return tr("Other");
    return kind;
}

QString AttachmentService::sha256Hex(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

qint64 AttachmentService::maxBytes() const
{
    return qint64(Settings(m_db).intValue(Settings::kAttachmentMaxMb)) * 1024 * 1024;
}

Result<void> AttachmentService::mayAdd(const Actor &actor, const Case &c, const QString &kind) const
{
    TJ_TRY(Access::requireCaseRole(actor));
    if (!kinds().contains(kind))
        return makeError(ErrorKind::Validation,
                         tr("An attachment is evidence, agreement_scan, receipt or other, not "
                            "\"%1\".")
                             .arg(kind));
    if (!isClosed(c.status)) {
        if (actor.isSystem() || actor.orgCode == c.handlingOrg)
            return {};
        return makeError(ErrorKind::Denied, tr("Case %1 is in the custody of %2; %3 cannot add "
                                               "files to it.")
                                                .arg(c.number, c.handlingOrgName, actor.login));
    }
    if (c.status != CaseStatus::Settled)
        return makeError(ErrorKind::Rule, tr("Case %1 is closed (%2) and takes no more files.")
                                              .arg(c.number, statusName(c.status)));
    if (kind == QLatin1String("evidence"))
        return makeError(ErrorKind::Rule, tr("Case %1 is settled: evidence is no longer added; "
                                             "attach scans of the agreement, receipts or other "
                                             "papers of its fulfilment.")
                                              .arg(c.number));
    const QString keeper = c.closedOrg.isEmpty() ? c.handlingOrg : c.closedOrg;
    if (actor.isSystem() || actor.orgCode == keeper)
        return {};
    return makeError(ErrorKind::Denied, tr("Case %1 was settled by %2; %3 cannot add files to it.")
                                            .arg(c.number, keeper, actor.login));
}

Result<Attachment> AttachmentService::add(const Actor &actor, const QString &caseRef,
                                          const AttachmentInput &input)
{
    const QString kind = input.kind.trimmed().isEmpty() ? QStringLiteral("evidence")
                                                        : input.kind.trimmed();
    if (!kinds().contains(kind))
        return makeError(ErrorKind::Validation,
                         tr("An attachment is evidence, agreement_scan, receipt or other, not "
                            "\"%1\".")
                             .arg(kind));
    QByteArray content = input.content;
    const qint64 limit = maxBytes();
    if (content.isNull()) {
        QFile file(input.path);
        const QFileInfo info(file);
        if (input.path.isEmpty() || !info.isFile())
            return makeError(ErrorKind::Validation, tr("There is no file %1.").arg(input.path));
        if (info.size() > limit)
            return makeError(ErrorKind::Validation,
                             tr("%1 is larger than the %2 MB an attachment may have.")
                                 .arg(info.fileName())
                                 .arg(limit / (1024 * 1024)));
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorKind::Validation,
                             tr("The file %1 cannot be read: %2").arg(input.path, file.errorString()));
        content = file.readAll();
    }
    const QString name = safeFileName(input.fileName.isEmpty() ? QFileInfo(input.path).fileName()
                                                               : input.fileName);
    if (name.isEmpty())
        return makeError(ErrorKind::Validation, tr("Give the attachment a file name."));
    if (content.isEmpty())
        return makeError(ErrorKind::Validation, tr("The file %1 is empty.").arg(name));
    if (content.size() > limit)
        return makeError(ErrorKind::Validation,
                         tr("%1 is larger than the %2 MB an attachment may have.")
                             .arg(name)
                             .arg(limit / (1024 * 1024)));

    Attachment a;
    a.id = newId();
    a.kind = kind;
    a.fileName = name;
    a.mime = QMimeDatabase().mimeTypeForFileNameAndData(name, content).name();
    a.size = content.size();
    a.sha256 = sha256Hex(content);
    a.note = input.note.trimmed();
    a.addedBy = actor.login;
    a.addedAt = nowStamp();

    QSqlDatabase db = m_db.connection();
    const CaseGuard guard(m_db);
    auto readable = guard.read(actor, caseRef, QStringLiteral("attachment.add"), false);
    if (!readable)
        return readable.error();
    Transaction tx(db);
    TJ_TRY(tx.begin());
    CaseStore cases(db);
    auto c = cases.load(readable->id); // again, inside the transaction
    if (!c)
        return c.error();
    if (auto allowed = mayAdd(actor, c.value(), kind); !allowed) {
        tx.rollback();
        if (allowed.error().kind == ErrorKind::Denied)
            TJ_TRY(guard.denied(actor, QStringLiteral("attachment.add"), c.value()));
        return allowed.error();
    }
    AttachmentStore store(db);
    auto existing = store.findByHash(c->id, a.sha256);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        Attachment same = **existing;
        same.duplicate = true;
        return same; // nothing written; the transaction rolls back
    }
    a.caseId = c->id;
    a.addedOrg = actor.isSystem() ? c->handlingOrg : actor.orgCode;
    TJ_TRY(store.insert(a, content));
    CaseEvent e;
    e.caseId = c->id;
    e.on = QDate::currentDate();
    e.user = actor.login;
    e.org = a.addedOrg;
    e.action = QStringLiteral("attachment_add");
    e.detail = a.fileName;
    e.data = QJsonObject{{QStringLiteral("attachment"), a.id},
                         {QStringLiteral("kind"), a.kind},
                         {QStringLiteral("sha256"), a.sha256}};
    TJ_TRY(cases.appendEvent(e));
    TJ_TRY(CaseGuard::append(db, actor, QStringLiteral("attachment.add"), c.value(),
                             a.fileName + QStringLiteral(" sha256:") + a.sha256));
    TJ_TRY(tx.commit());
    return a;
}

Result<QList<Attachment>> AttachmentService::list(const Actor &actor, const QString &caseRef) const
{
    auto c = CaseGuard(m_db).read(actor, caseRef, QStringLiteral("attachment.list"), true);
    if (!c)
        return c.error();
    return AttachmentStore(m_db.connection()).list(c->id);
}

Result<Attachment> AttachmentService::find(const Actor &actor, const QString &id) const
{
    auto a = AttachmentStore(m_db.connection()).find(id);
    if (!a)
        return a.error();
    TJ_TRY(CaseGuard(m_db).read(actor, a->caseId, QStringLiteral("attachment.read"), false));
    return a;
}

Result<QByteArray> AttachmentService::verified(const Attachment &a) const
{
    auto bytes = AttachmentStore(m_db.connection()).content(a.sha256);
    if (!bytes)
        return bytes.error();
    if (bytes->size() != a.size || sha256Hex(bytes.value()) != a.sha256)
        return makeError(ErrorKind::Storage,
                         tr("The stored content of %1 no longer matches its SHA-256 %2: the "
                            "database is damaged. Restore it from a backup.")
                             .arg(a.fileName, a.sha256));
    return bytes;
}

Result<QByteArray> AttachmentService::read(const Actor &actor, const QString &id, bool audit) const
{
    auto a = AttachmentStore(m_db.connection()).find(id);
    if (!a)
        return a.error();
    auto c = CaseGuard(m_db).read(actor, a->caseId, QStringLiteral("attachment.read"), false);
    if (!c)
        return c.error();
    auto bytes = verified(a.value());
    if (audit) {
        AuditEntry entry = AuditEntry::of(actor, QStringLiteral("attachment.read"),
                                          QStringLiteral("case"), c->id,
                                          c->number + u' ' + a->fileName);
        if (!bytes)
            entry.result = QStringLiteral("failed");
        TJ_TRY(AuditLog(m_db.connection()).record(entry));
    }
    return bytes;
}

Result<QString> AttachmentService::exportTo(const Actor &actor, const QString &id,
                                            const QString &folder) const
{
    auto a = find(actor, id);
    if (!a)
        return a.error();
    const QDir dir(folder);
    if (folder.isEmpty() || !dir.exists())
        return makeError(ErrorKind::Validation, tr("There is no folder %1.").arg(folder));
    auto c = CaseStore(m_db.connection()).load(a->caseId);
    if (!c)
        return c.error();
    auto bytes = verified(a.value());
    if (!bytes) {
        TJ_TRY(AuditLog(m_db.connection())
                   .record(AuditEntry::of(actor, QStringLiteral("attachment.export"),
                                          QStringLiteral("case"), c->id,
                                          c->number + u' ' + a->fileName)
                               .withResult(QStringLiteral("failed"))));
        return bytes.error();
    }
    // The stored name was cleaned on entry; clean it again in case it arrived another way
    // (a transfer package), so an export never leaves the chosen folder.
    QString name = safeFileName(a->fileName);
    if (name.isEmpty())
        name = a->sha256;
    const QString path = freePath(dir, name);
    QSaveFile out(path); // a temporary file, synced and renamed on commit
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes.value()) != bytes->size()
        || !out.commit())
        return makeError(ErrorKind::Storage,
                         tr("%1 cannot be written: %2").arg(path, out.errorString()));
    QFile back(path);
    if (!back.open(QIODevice::ReadOnly) || sha256Hex(back.readAll()) != a->sha256)
        return makeError(ErrorKind::Storage,
                         tr("%1 was written but does not read back as it should.").arg(path));
    TJ_TRY(AuditLog(m_db.connection())
               .record(AuditEntry::of(actor, QStringLiteral("attachment.export"),
                                      QStringLiteral("case"), c->id,
                                      c->number + u' ' + a->fileName + QStringLiteral(" → ")
                                          + QDir::toNativeSeparators(path))));
    return path;
}

} // namespace tj
