#include "caselistmodel.h"

#include "cases/caseservice.h"
#include "cases/categories.h"
#include "common/clock.h"
#include "common/money.h"

namespace tj {

CaseListModel::CaseListModel(CaseService &cases, const Actor &actor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cases(cases)
    , m_actor(actor)
{}

void CaseListModel::setFilter(const CaseFilter &filter)
{
    m_filter = filter;
    reload();
}

void CaseListModel::reload()
{
    // The first page is read inside the reset so that no rows are inserted while views and
    // proxies are still handling modelReset.
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_atEnd = false;
    auto first = nextPage();
    if (first)
        m_rows = first.value();
    endResetModel();
    if (!first)
        Q_EMIT loadFailed(first.error().message);
    Q_EMIT totalChanged(m_total);
}

Result<QList<Case>> CaseListModel::nextPage()
{
    CaseFilter page = m_filter;
    page.limit = kPageSize;
    if (!m_rows.isEmpty()) {
        page.afterReceivedOn = m_rows.last().receivedOn;
        page.afterId = m_rows.last().id;
    }
    auto result = m_cases.list(m_actor, page);
    if (!result) {
        m_atEnd = true;
        return result.error();
    }
    m_total = result->total;
    if (result->cases.size() < kPageSize)
        m_atEnd = true;
    return result->cases;
}

const Case *CaseListModel::caseAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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
    if (parent.isValid() || m_atEnd)
        return;
    auto result = nextPage();
    if (!result) {
        Q_EMIT loadFailed(result.error().message);
        return;
    }
    if (result->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + result->size() - 1));
    m_rows.append(result.value());
    endInsertRows();
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    const Case *c = index.isValid() ? caseAt(index.row()) : nullptr;
    if (!c)
        return {};
    if (role == CaseIdRole)
        return c->id;
    if (role == Qt::TextAlignmentRole && Column(index.column()) == Column::Amount)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && Column(index.column()) == Column::Title)
        return c->facts;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Column::Number:
        return c->number;
    case Column::Status:
        return statusName(c->status);
    case Column::Tier:
        return caseTierName(c->tier());
    case Column::Organisation:
        return c->handlingOrgName;
    case Column::Category:
        return CategoryCatalog::instance().displayName(c->category);
    case Column::Received:
        return isoDate(c->receivedOn);
    case Column::Title:
        return c->title;
    case Column::Parties: {
        QStringList names;
        for (const Party &p : c->parties)
            names.append(p.name);
        if (names.size() > 3)
            return tr("%1 and %n others", nullptr, int(names.size() - 2))
                .arg(names.mid(0, 2).join(u'、'));
        return names.join(u'、');
    }
    case Column::Amount:
        return c->amountFen ? money::formatYuan(c->amountFen) : QString();
    case Column::Count:
        break;
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
