#pragma once

#include "attachments/attachmentstore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

namespace tj {

/// The attachments of one case, with a thumbnail for pictures and PDF files.
class AttachmentModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { File, Kind, Size, Added, Sha256, Note, Count };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int Sha256Role = Qt::UserRole + 2;

    explicit AttachmentModel(QObject *parent = nullptr);

    /// Replaces the list; `thumbnails` maps attachment ids to pictures (missing: a file icon).
    void setAttachments(const QList<Attachment> &list, const QHash<QString, QImage> &thumbnails);
    const QList<Attachment> &attachments() const { return m_list; }
    const Attachment *at(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "12.3 KB" in the user's language.
    static QString sizeText(qint64 bytes);

private:
    QList<Attachment> m_list;
    QHash<QString, QIcon> m_icons;
};

} // namespace tj
