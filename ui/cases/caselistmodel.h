#pragma once

#include "cases/case.h"
#include "users/user.h"
#include "common/result.h"

#include <QAbstractTableModel>

namespace tj {

class CaseService;

/// The case list: one row per case, loaded page by page with keyset paging (fetchMore),
/// filtered in SQL through CaseService.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column {
        Number,
        Status,
        Tier,
        Organisation,
        Category,
        Received,
        Title,
        Parties,
        Amount,
        Count
    };
    static constexpr int kPageSize = 200;
    static constexpr int CaseIdRole = Qt::UserRole + 1;

    /// Lists what `actor` may see (core decides; see core/security/access.h).
    CaseListModel(CaseService &cases, const Actor &actor, QObject *parent = nullptr);

    void setFilter(const CaseFilter &filter);
    const CaseFilter &filter() const { return m_filter; }
    qint64 total() const { return m_total; }
    const Case *caseAt(int row) const;
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadFailed(const QString &message);
    void totalChanged(qint64 total);

private:
    /// Reads the page after the last loaded row; sets m_total and m_atEnd.
    Result<QList<Case>> nextPage();

    CaseService &m_cases;
    Actor m_actor;
    CaseFilter m_filter;
    QList<Case> m_rows;
    qint64 m_total = 0;
    bool m_atEnd = false;
};

} // namespace tj
