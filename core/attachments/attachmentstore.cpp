#include "attachmentstore.h"

#include "common/clock.h"
#include "db/query.h"

#include <QCoreApplication>

namespace tj {

namespace {
Attachment fromRow(const Query &q)
{
    Attachment a;
    a.id = q.value("id").toString();
    a.caseId = q.value("case_id").toString();
    a.kind = q.value("kind").toString();
    a.fileName = q.value("file_name").toString();
    a.mime = q.value("mime").toString();
    a.size = q.value("size").toLongLong();
    a.sha256 = q.value("sha256").toString();
    a.note = q.value("note").toString();
    a.addedBy = q.value("added_by").toString();
    a.addedOrg = q.value("added_org").toString();
    a.addedAt = q.value("added_at").toString();
    return a;
}
} // namespace

Result<QList<Attachment>> AttachmentStore::list(const QString &caseId) const
{
    Query q(m_db, "SELECT id, case_id, kind, file_name, mime, size, sha256, note, added_by,"
                  " added_org, added_at FROM attachments WHERE case_id = :case"
                  " ORDER BY added_at, id");
    q.bind("case", caseId);
    TJ_TRY(q.exec());
    QList<Attachment> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Result<Attachment> AttachmentStore::find(const QString &id) const
{
    Query q(m_db, "SELECT id, case_id, kind, file_name, mime, size, sha256, note, added_by,"
                  " added_org, added_at FROM attachments WHERE id = :id");
    q.bind("id", id.trimmed());
    TJ_TRY(q.exec());
    if (!q.next())
        return makeError(ErrorKind::NotFound,
                         QCoreApplication::translate("AttachmentService",
                                                     "There is no attachment %1.")
                             .arg(id.trimmed()));
    return fromRow(q);
}

Result<std::optional<Attachment>> AttachmentStore::findByHash(const QString &caseId,
                                                              const QString &sha256) const
{
    Query q(m_db, "SELECT id, case_id, kind, file_name, mime, size, sha256, note, added_by,"
                  " added_org, added_at FROM attachments WHERE case_id = :case AND sha256 = :sha");
    q.bind("case", caseId).bind("sha", sha256);
    TJ_TRY(q.exec());
    if (!q.next())
        return std::optional<Attachment>();
    return std::optional<Attachment>(fromRow(q));
}

Result<void> AttachmentStore::insert(const Attachment &a, const QByteArray &content)
{
    Query file(m_db, "INSERT INTO attachment_files (sha256, size, content, created_at)"
                     " VALUES (:sha, :size, :content, :now) ON CONFLICT (sha256) DO NOTHING");
    file.bind("sha", a.sha256)
        .bind("size", qint64(content.size()))
        .bind("content", content)
        .bind("now", a.addedAt);
    TJ_TRY(file.exec());
    Query q(m_db, "INSERT INTO attachments (id, case_id, kind, file_name, mime, size, sha256,"
                  " note, added_by, added_org, added_at) VALUES (:id, :case, :kind, :name, :mime,"
                  " :size, :sha, :note, :by, :org, :at)");
    q.bind("id", a.id)
        .bind("case", a.caseId)
        .bind("kind", a.kind)
        .bind("name", a.fileName)
        .bind("mime", a.mime)
        .bind("size", a.size)
        .bind("sha", a.sha256)
        .bind("note", a.note)
        .bind("by", nullIfEmpty(a.addedBy))
        .bind("org", a.addedOrg)
        .bind("at", a.addedAt);
    return q.exec();
}

Result<QByteArray> AttachmentStore::content(const QString &sha256) const
{
    Query q(m_db, "SELECT content FROM attachment_files WHERE sha256 = :sha");
    q.bind("sha", sha256);
    TJ_TRY(q.exec());
    if (!q.next())
        return makeError(ErrorKind::Storage,
                         QCoreApplication::translate("AttachmentService",
                                                     "The content of attachment %1 is missing.")
                             .arg(sha256));
    // An empty file is stored as an empty (not NULL) blob.
    QByteArray bytes = q.value(0).toByteArray();
    if (bytes.isNull())
        bytes = QByteArray("");
    return bytes;
}

} // namespace tj
