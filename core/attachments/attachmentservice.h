#pragma once

#include "attachmentstore.h"
#include "common/result.h"
#include "users/user.h"

#include <QCoreApplication>

namespace tj {

class Database;
struct Case;

/// What to attach: a file on disk, or bytes already read (drag and drop, a scanner).
struct AttachmentInput
{
    QString path;      ///< read when `content` is null
    QByteArray content;
    QString fileName;  ///< defaults to the file name of `path`
    QString kind = QStringLiteral("evidence");
    QString note;
};

/// Files attached to a case: evidence photos, scans of the signed agreement, receipts.
/// Contents are stored in the database by SHA-256 (once per hash; a case holds a content once)
/// and checked against their hash whenever they are read. Reading needs Access::mayRead;
/// adding needs custody: while a case is open, only its handling organisation adds files;
/// once settled, the organisation that closed it adds scans of the agreement, receipts and
/// other papers of its fulfilment, but no new evidence; other closed cases take no files.
/// Every addition is a case event and an audit entry in the same transaction; reads and
/// exports are audited.
class AttachmentService
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentService)
public:
    explicit AttachmentService(Database &db) : m_db(db) {}

    /// The kinds, as stored: evidence, agreement_scan, receipt, other.
    static QStringList kinds();
    static QString kindName(const QString &kind);
    /// The largest file accepted, from the setting attachments.max_mb.
    qint64 maxBytes() const;
    /// Whether the actor may add a file of `kind` to the case now (empty message if so).
    Result<void> mayAdd(const Actor &actor, const Case &c, const QString &kind) const;

    /// Attaches a file. Adding a content the case already holds changes nothing and returns
    /// the existing attachment with `duplicate` set.
    Result<Attachment> add(const Actor &actor, const QString &caseRef, const AttachmentInput &input);
    /// The attachments of a case, oldest first.
    Result<QList<Attachment>> list(const Actor &actor, const QString &caseRef) const;
    /// The metadata of one attachment, for an actor who may read its case (not audited).
    Result<Attachment> find(const Actor &actor, const QString &id) const;
    /// The content, verified against its SHA-256 (a mismatch is a Storage error naming the
    /// file). `audit` records the read (previews of a list already audited may skip it).
    Result<QByteArray> read(const Actor &actor, const QString &id, bool audit = true) const;
    /// Writes the verified content into `folder` under its file name (a free variant of it
    /// when taken), through a temporary file that is synced and renamed, then read back and
    /// checked. Returns the path written.
    Result<QString> exportTo(const Actor &actor, const QString &id, const QString &folder) const;

    static QString sha256Hex(const QByteArray &content);

private:
    Result<QByteArray> verified(const Attachment &a) const;

    Database &m_db;
};

} // namespace tj
