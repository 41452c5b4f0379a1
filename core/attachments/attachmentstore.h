#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace tj {

/// A file attached to a case, as listed (the content is read separately).
struct Attachment
{
    QString id;
    QString caseId;
    QString kind; ///< evidence | agreement_scan | receipt | other
    QString fileName;
    QString mime;
    qint64 size = 0;
    QString sha256; ///< lower-case hex of the content
    QString note;
    QString addedBy; ///< login; empty for the system actor
    QString addedOrg;
    QString addedAt; ///< UTC ISO 8601
    bool duplicate = false; ///< set by add() when the case already held this content
};

/// The SQL of attachments (tables attachments and attachment_files). Callers hold the
/// transaction for writes; nothing here checks rules or access.
class AttachmentStore
{
public:
    explicit AttachmentStore(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QList<Attachment>> list(const QString &caseId) const;
    /// NotFound when there is no attachment with that id.
    Result<Attachment> find(const QString &id) const;
    /// The attachment of a case with that content, if any.
    Result<std::optional<Attachment>> findByHash(const QString &caseId, const QString &sha256) const;
    /// Stores the content once per hash, then the attachment row.
    Result<void> insert(const Attachment &a, const QByteArray &content);
    /// The stored bytes as they are (not verified).
    Result<QByteArray> content(const QString &sha256) const;

private:
    QSqlDatabase m_db;
};

} // namespace tj
