#pragma once

#include "cases/case.h"
#include "users/user.h"
#include "common/result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

class QThread;

namespace tj {

class CaseListLoader;
class CaseService;

/// The case list: one row per case, loaded page by page with keyset paging (fetchMore) on a
/// worker thread, filtered in SQL through CaseService; the total is counted there too, so
/// neither blocks the GUI. The model keeps the key (date received, id) of every row it has
/// seen but only kResidentPages pages of cases: a page far from what the view asks for is
/// dropped and read again from its key when it is needed, so memory stays bounded.
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
    static constexpr int kResidentPages = 24;
    static constexpr int CaseIdRole = Qt::UserRole + 1;

    /// Lists what `actor` may see (core decides; see core/security/access.h).
    CaseListModel(CaseService &cases, const Actor &actor, QObject *parent = nullptr);
    ~CaseListModel() override;

    void setFilter(const CaseFilter &filter);
    const CaseFilter &filter() const { return m_filter; }
    /// Cases matching the filter; -1 until the count has arrived.
    qint64 total() const { return m_total; }
    /// The case at `row` while its page is loaded, else nullptr (the page is then requested).
    const Case *caseAt(int row) const;
    void reload();
    /// True while a page or the count is being read.
    bool isLoading() const { return !m_requested.isEmpty() || m_counting; }
    int residentPages() const { return int(m_pages.size()); }
    /// How many pages of cases stay in memory (at least 2).
    void setResidentPageLimit(int pages) { m_residentLimit = std::max(2, pages); }

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
    /// A page arrived (appended or re-read).
    void pageLoaded(int page);

private:
    struct Key
    {
        QDate received;
        QString id;
    };
    void requestPage(int page) const;
    void onPageLoaded(quint64 generation, int page, const QList<tj::Case> &cases);
    void onCounted(quint64 generation, qint64 total);
    void onFailed(quint64 generation, const QString &message);
    void touch(int page) const;
    void evict();
    QVariant display(const Case &c, Column column) const;

    CaseService &m_cases;
    CaseFilter m_filter;
    QList<Key> m_keys;
    mutable QHash<int, QList<Case>> m_pages;
    mutable QList<int> m_recent; ///< resident pages, most recently used last
    mutable QSet<int> m_requested;
    qint64 m_total = -1;
    bool m_atEnd = false;
    bool m_counting = false;
    quint64 m_generation = 0;
    int m_residentLimit = kResidentPages;
    QThread *m_thread;
    CaseListLoader *m_loader;
};

} // namespace tj
