#pragma once

#include "cases/case.h"
#include "cases/caselistquery.h"
#include "users/user.h"
#include "common/result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <atomic>
#include <memory>

class QThread;

namespace tj {

class CaseListLoader;
class CaseService;

/// The case list: one row per case, loaded page by page with keyset paging (fetchMore) on a
/// worker thread, filtered in SQL through CaseService; the total is counted there too, so
/// neither blocks the GUI. The count stops at countCap() matches, so a very common search
/// term shows "more than N" at once; the exact count then runs on a second worker thread
/// (pages keep loading meanwhile) and replaces it. The model keeps the key (date received,
/// id) of every row it has seen but only kResidentPages pages of cases: a page far from what
/// the view asks for is dropped and read again from its key when it is needed, so memory
/// stays bounded.
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
    /// Cases matching the filter; -1 until the count has arrived. While totalIsExact() is
    /// false, more than this many match and the exact count is still running.
    qint64 total() const { return m_total; }
    bool totalIsExact() const { return m_totalExact; }
    qint64 countCap() const { return m_countCap; }
    /// How many matches the first count reads before it says "more than" (at least 1).
    void setCountCap(qint64 cap) { m_countCap = std::max<qint64>(1, cap); }
    /// The case at `row` while its page is loaded, else nullptr (the page is then requested).
    const Case *caseAt(int row) const;
    void reload();
    /// True while a page or the count (the exact one too) is being read.
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
    /// The count arrived: exact, or (totalIsExact() false) a lower bound to be replaced.
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
    void onCounted(quint64 generation, qint64 total, bool exact);
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
    bool m_totalExact = false;
    qint64 m_countCap = CaseListQuery::kCountCap;
    bool m_atEnd = false;
    bool m_counting = false;
    quint64 m_generation = 0;
    /// m_generation as the loaders read it: they skip requests of a replaced filter.
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    int m_residentLimit = kResidentPages;
    QThread *m_thread;
    CaseListLoader *m_loader;   ///< pages and the capped count
    QThread *m_countThread;
    CaseListLoader *m_counter;  ///< exact counts above the cap
};

} // namespace tj
