#include "attachmentmodel.h"

#include "attachments/attachmentservice.h"
#include "common/modelobserver.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPixmap>
#include <QStyle>

namespace tj {

AttachmentModel::AttachmentModel(QObject *parent) : QAbstractTableModel(parent)
{
    announceModel(this);
}

void AttachmentModel::setAttachments(const QList<Attachment> &list,
                                     const QHash<QString, QImage> &thumbnails)
{
    beginResetModel();
    m_list = list;
    m_icons.clear();
    for (auto it = thumbnails.begin(); it != thumbnails.end(); ++it)
        if (!it.value().isNull())
            m_icons.insert(it.key(), QIcon(QPixmap::fromImage(it.value())));
    endResetModel();
}

const Attachment *AttachmentModel::at(int row) const
{
    return row >= 0 && row < m_list.size() ? &m_list[row] : nullptr;
}

int AttachmentModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_list.size(); ++i)
        if (m_list[i].id == id)
            return i;
    return -1;
}

int AttachmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_list.size());
}

int AttachmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString AttachmentModel::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QVariant AttachmentModel::data(const QModelIndex &index, int role) const
{
    const Attachment *a = index.isValid() ? at(index.row()) : nullptr;
    if (!a || index.column() >= int(Column::Count))
        return {};
    if (role == IdRole)
        return a->id;
    if (role == Sha256Role)
        return a->sha256;
    const auto column = Column(index.column());
    if (role == Qt::DecorationRole && column == Column::File) {
        const QIcon icon = m_icons.value(a->id);
        return icon.isNull() ? QApplication::style()->standardIcon(QStyle::SP_FileIcon) : icon;
    }
    if (role == Qt::ToolTipRole && column == Column::Sha256)
        return a->sha256;
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::File: return a->fileName;
    case Column::Kind: return AttachmentService::kindName(a->kind);
    case Column::Size: return sizeText(a->size);
    case Column::Added: {
        const QDateTime at = QDateTime::fromString(a->addedAt, Qt::ISODateWithMs).toLocalTime();
        return tr("%1 by %2").arg(at.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                  a->addedBy.isEmpty() ? a->addedOrg : a->addedBy);
    }
    case Column::Sha256: return a->sha256.left(16) + QStringLiteral("…");
    case Column::Note: return a->note;
    case Column::Count: break;
    }
    return {};
}

QVariant AttachmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::File: return tr("File");
    case Column::Kind: return tr("Kind");
    case Column::Size: return tr("Size");
    case Column::Added: return tr("Added");
    case Column::Sha256: return tr("SHA-256");
    case Column::Note: return tr("Note");
    case Column::Count: break;
    }
    return {};
}

} // namespace tj
