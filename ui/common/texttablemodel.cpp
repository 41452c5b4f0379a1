#include "texttablemodel.h"

#include "modelobserver.h"

#include <QBrush>
#include <QColor>

namespace tj {

TextTableModel::TextTableModel(const QStringList &headers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers(headers)
{
    announceModel(this);
}

void TextTableModel::setRows(const QList<TextRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void TextTableModel::setRow(int row, const TextRow &value)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row] = value;
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

QString TextTableModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].key : QString();
}

int TextTableModel::rowOf(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].key == key)
            return i;
    return -1;
}

int TextTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TextTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant TextTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_headers.size())
        return {};
    const TextRow &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() < row.cells.size() ? row.cells[index.column()] : QString();
    case Qt::ToolTipRole:
        if (!row.problem.isEmpty())
            return row.problem;
        return index.column() < row.cells.size() ? row.cells[index.column()] : QString();
    case Qt::ForegroundRole:
        return row.problem.isEmpty() ? QVariant() : QVariant(QBrush(QColor(0xb0, 0x00, 0x20)));
    case KeyRole:
        return row.key;
    case ProblemRole:
        return row.problem;
    default:
        return {};
    }
}

QVariant TextTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < m_headers.size())
        return m_headers[section];
    return {};
}

} // namespace tj
