#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace tj {

/// One row of a small read-only list: its cells, a key (usually a case id) and an optional
/// problem, shown in red with the problem as tooltip.
struct TextRow
{
    QStringList cells;
    QString key;
    QString problem;
};

/// A small in-memory table (parties, history, sessions, inbox, related cases). Large lists use
/// CaseListModel instead.
class TextTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int KeyRole = Qt::UserRole + 1;
    static constexpr int ProblemRole = Qt::UserRole + 2;

    explicit TextTableModel(const QStringList &headers, QObject *parent = nullptr);

    void setRows(const QList<TextRow> &rows);
    /// Replaces one existing row in place (keeps the view's selection).
    void setRow(int row, const TextRow &value);
    const QList<TextRow> &rows() const { return m_rows; }
    QString keyAt(int row) const;
    /// The row holding `key`, or -1.
    int rowOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<TextRow> m_rows;
};

} // namespace tj
