#include "caselistmodel.h"

#include "caselistloader.h"

#include "cases/caseservice.h"
#include "cases/categories.h"
#include "common/clock.h"
#include "common/modelobserver.h"
#include "common/money.h"

#include <QThread>

namespace tj {

CaseListModel::CaseListModel(CaseService &cases, const Actor &actor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cases(cases)
    , m_thread(new QThread(this))
    , m_loader(new CaseListLoader(cases, actor, m_latest))
    , m_countThread(new QThread(this))
    , m_counter(new CaseListLoader(cases, actor, m_latest))
{
    qRegisterMetaType<tj::CaseFilter>();
    qRegisterMetaType<QList<tj::Case>>();
    for (auto [thread, loader] : {std::pair{m_thread, m_loader}, std::pair{m_countThread, m_counter}}) {
        loader->moveToThread(thread);
        connect(thread, &QThread::finished, loader, &QObject::deleteLater);
        connect(loader, &CaseListLoader::pageLoaded, this, &CaseListModel::onPageLoaded);
        connect(loader, &CaseListLoader::counted, this, &CaseListModel::onCounted);
        connect(loader, &CaseListLoader::failed, this, &CaseListModel::onFailed);
    }
    m_thread->setObjectName(QStringLiteral("case list loader"));
    m_countThread->setObjectName(QStringLiteral("case list counter"));
    m_thread->start();
    m_countThread->start();
    // Administrators, security officers and auditors read no cases: nothing to fetch until a
    // filter is set (their pages set none), so a view asks core for nothing it would refuse.
    m_atEnd = !actor.hasCaseRole();
    announceModel(this);
}

CaseListModel::~CaseListModel()
{
    m_latest->store(++m_generation); // queued requests are skipped
    for (auto [thread, loader] : {std::pair{m_thread, m_loader}, std::pair{m_countThread, m_counter}}) {
        QMetaObject::invokeMethod(loader, &CaseListLoader::finish, Qt::BlockingQueuedConnection);
        thread->quit();
        thread->wait();
    }
}

void CaseListModel::setFilter(const CaseFilter &filter)
{
    m_filter = filter;
    reload();
}

void CaseListModel::reload()
{
    beginResetModel();
    m_latest->store(++m_generation); // answers to earlier requests are dropped
    m_keys.clear();
    m_pages.clear();
    m_recent.clear();
    m_requested.clear();
    m_total = -1;
    m_totalExact = false;
    m_atEnd = false;
    endResetModel();
    // The first page comes with the count up to the cap (one search of the term for both).
    m_requested.insert(0);
    m_counting = true;
    const quint64 generation = m_generation;
    CaseFilter filter = m_filter;
    filter.limit = kPageSize;
    filter.totalCap = m_countCap;
    QMetaObject::invokeMethod(m_loader, [loader = m_loader, generation, filter] {
        loader->loadFirstPage(generation, filter);
    });
}

void CaseListModel::requestPage(int page) const
{
    if (m_requested.contains(page))
        return;
    CaseFilter filter = m_filter;
    filter.limit = kPageSize;
    if (page > 0) {
        const Key &before = m_keys[qsizetype(page) * kPageSize - 1];
        filter.afterReceivedOn = before.received;
        filter.afterId = before.id;
    }
    m_requested.insert(page);
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(m_loader, [loader = m_loader, generation, page, filter] {
        loader->loadPage(generation, page, filter);
    });
}

void CaseListModel::onPageLoaded(quint64 generation, int page, const QList<Case> &cases)
{
    if (generation != m_generation)
        return;
    m_requested.remove(page);
    const qsizetype first = qsizetype(page) * kPageSize;
    m_pages.insert(page, cases);
    touch(page);
    if (first == m_keys.size()) {
        if (cases.size() < kPageSize)
            m_atEnd = true;
        if (!cases.isEmpty()) {
            beginInsertRows({}, int(first), int(first + cases.size() - 1));
            for (const Case &c : cases)
                m_keys.append(Key{c.receivedOn, c.id});
            endInsertRows();
        }
    } else if (!cases.isEmpty()) {
        Q_EMIT dataChanged(index(int(first), 0),
                           index(int(first + cases.size() - 1), int(Column::Count) - 1));
    }
    evict();
    Q_EMIT pageLoaded(page);
}

void CaseListModel::onCounted(quint64 generation, qint64 total, bool exact)
{
    if (generation != m_generation)
        return;
    m_total = total;
    m_totalExact = exact;
    m_counting = !exact;
    if (!exact) {
        // Shown at once as "more than"; the exact count follows from the counting thread.
        CaseFilter filter = m_filter;
        filter.totalCap = 0;
        QMetaObject::invokeMethod(m_counter, [counter = m_counter, generation, filter] {
            counter->count(generation, filter);
        });
    }
    Q_EMIT totalChanged(total);
}

void CaseListModel::onFailed(quint64 generation, const QString &message)
{
    if (generation != m_generation)
        return;
    m_requested.clear();
    m_counting = false;
    m_atEnd = true;
    Q_EMIT loadFailed(message);
}

void CaseListModel::touch(int page) const
{
    if (!m_recent.isEmpty() && m_recent.last() == page)
        return;
    m_recent.removeOne(page);
    m_recent.append(page);
}

void CaseListModel::evict()
{
    while (m_recent.size() > m_residentLimit)
        m_pages.remove(m_recent.takeFirst());
}

const Case *CaseListModel::caseAt(int row) const
{
    if (row < 0 || row >= m_keys.size())
        return nullptr;
    const int page = row / kPageSize;
    const auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        requestPage(page);
        return nullptr;
    }
    touch(page);
    const int offset = row % kPageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_keys.size() % kPageSize != 0)
        return;
    requestPage(int(m_keys.size() / kPageSize));
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_keys.size())
        return {};
    if (role == CaseIdRole)
        return m_keys[index.row()].id;
    const Case *c = caseAt(index.row());
    if (!c)
        return role == Qt::DisplayRole && Column(index.column()) == Column::Received
                   ? QVariant(isoDate(m_keys[index.row()].received))
                   : QVariant();
    if (role == Qt::TextAlignmentRole && Column(index.column()) == Column::Amount)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && Column(index.column()) == Column::Title)
        return c->facts;
    if (role != Qt::DisplayRole)
        return {};
    return display(*c, Column(index.column()));
}

QVariant CaseListModel::display(const Case &c, Column column) const
{
    switch (column) {
    case Column::Number: return c.number;
    case Column::Status: return statusName(c.status);
    case Column::Tier: return caseTierName(c.tier());
    case Column::Organisation: return c.handlingOrgName;
    case Column::Category: return CategoryCatalog::instance().displayName(c.category);
    case Column::Received: return isoDate(c.receivedOn);
    case Column::Title: return c.title;
    case Column::Parties: {
        QStringList names;
        for (const Party &p : c.parties)
            names.append(p.name);
        if (names.size() > 3)
            return tr("%1 and %n others", nullptr, int(names.size() - 2))
                .arg(names.mid(0, 2).join(u'、'));
        return names.join(u'、');
    }
    case Column::Amount: return c.amountFen ? money::formatYuan(c.amountFen) : QString();
    case Column::Count: break;
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Number:
        return tr("Case number");
    case Column::Status:
        return tr("Status");
    case Column::Tier:
        return tr("Tier");
    case Column::Organisation:
        return tr("Handled by");
    case Column::Category:
        return tr("Category");
    case Column::Received:
        return tr("Received");
    case Column::Title:
        return tr("Title");
    case Column::Parties:
        return tr("Parties");
    case Column::Amount:
        return tr("Amount (yuan)");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace tj
