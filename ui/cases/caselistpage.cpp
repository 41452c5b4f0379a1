#include "caselistpage.h"

#include "caselistmodel.h"
#include "common/messages.h"
#include "common/workspace.h"

#include "cases/categories.h"

#include <algorithm>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

namespace tj {

CaseListPage::CaseListPage(Workspace &ws, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_model(new CaseListModel(ws.cases(), ws.actor(), this))
    , m_view(new QTableView)
    , m_search(new QLineEdit)
    , m_status(new QComboBox)
    , m_tier(new QComboBox)
    , m_category(new QComboBox)
    , m_useDates(new QCheckBox(tr("Received &between")))
    , m_from(new QDateEdit(QDate::currentDate().addMonths(-1)))
    , m_to(new QDateEdit(QDate::currentDate()))
    , m_count(new QLabel)
    , m_error(Messages::fieldErrorLabel())
    , m_searchDelay(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildFilters());
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    configureView();
    setTabOrder(m_search, m_status);
    setTabOrder(m_status, m_tier);
    setTabOrder(m_tier, m_category);
    setTabOrder(m_category, m_useDates);
    setTabOrder(m_useDates, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_view);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &CaseListPage::applyFilter);
    for (QComboBox *box : {m_status, m_tier, m_category})
        connect(box, &QComboBox::currentIndexChanged, this, &CaseListPage::applyFilter);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &CaseListPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &CaseListPage::applyFilter);
    connect(m_model, &CaseListModel::totalChanged, this, &CaseListPage::updateCount);
    connect(m_model, &CaseListModel::loadFailed, this,
            [this](const QString &message) { Messages::setFieldError(m_error, message); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openCase(index.data(CaseListModel::CaseIdRole).toString());
    });
    connect(&ws, &Workspace::caseChanged, this, &CaseListPage::applyFilter);
    applyFilter();
}

QWidget *CaseListPage::buildFilters()
{
    m_search->setPlaceholderText(tr("Search party, ID number, case number or facts (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_status->addItem(tr("All states"));
    for (CaseStatus s : allStatuses())
        m_status->addItem(statusName(s), statusCode(s));
    m_tier->addItem(tr("All tiers"));
    for (CaseTier t : {CaseTier::Village, CaseTier::Township, CaseTier::Court})
        m_tier->addItem(caseTierName(t), caseTierCode(t));
    m_category->addItem(tr("All categories"));
    for (const Category &c : CategoryCatalog::instance().categories())
        m_category->addItem(CategoryCatalog::instance().displayName(c.name), c.name);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setEnabled(false);
    }

    auto *box = new QWidget;
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *search = new QLabel(tr("&Search:"));
    search->setBuddy(m_search);
    grid->addWidget(search, 0, 0);
    grid->addWidget(m_search, 0, 1, 1, 5);
    grid->addWidget(m_count, 0, 6);
    auto *state = new QLabel(tr("S&tate:"));
    state->setBuddy(m_status);
    grid->addWidget(state, 1, 0);
    grid->addWidget(m_status, 1, 1);
    grid->addWidget(m_tier, 1, 2);
    grid->addWidget(m_category, 1, 3);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_useDates);
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(QStringLiteral("–")));
    dates->addWidget(m_to);
    dates->addStretch(1);
    grid->addLayout(dates, 1, 4, 1, 3);
    grid->setColumnStretch(4, 1);
    return box;
}

void CaseListPage::configureView()
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(int(CaseListModel::Column::Title), QHeaderView::Stretch);
    header->setSectionResizeMode(int(CaseListModel::Column::Number), QHeaderView::ResizeToContents);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(int(CaseListModel::Column::Received), Qt::DescendingOrder);
    header->setSectionsClickable(true);
    connect(header, &QHeaderView::sectionClicked, this, [this](int section) {
        if (section == int(CaseListModel::Column::Received))
            setOldestFirst(!m_oldestFirst);
        else
            m_view->horizontalHeader()->setSortIndicator(int(CaseListModel::Column::Received),
                                                         m_oldestFirst ? Qt::AscendingOrder
                                                                       : Qt::DescendingOrder);
    });
}

void CaseListPage::setOldestFirst(bool oldestFirst)
{
    m_oldestFirst = oldestFirst;
    m_view->horizontalHeader()->setSortIndicator(int(CaseListModel::Column::Received),
                                                 oldestFirst ? Qt::AscendingOrder
                                                             : Qt::DescendingOrder);
    applyFilter();
}

CaseFilter CaseListPage::currentFilter() const
{
    CaseFilter filter;
    filter.org = m_ws.jurisdiction();
    filter.search = m_search->text().trimmed();
    if (const QString s = m_status->currentData().toString(); !s.isEmpty())
        filter.status = statusFromCode(s);
    if (const QString t = m_tier->currentData().toString(); !t.isEmpty()) {
        for (CaseTier tier : {CaseTier::Village, CaseTier::Township, CaseTier::Court})
            if (caseTierCode(tier) == t)
                filter.tier = tier;
    }
    filter.category = m_category->currentData().toString();
    if (m_useDates->isChecked()) {
        filter.receivedFrom = m_from->date();
        filter.receivedTo = m_to->date();
    }
    filter.oldestFirst = m_oldestFirst;
    return filter;
}

void CaseListPage::showCases(const CaseFilter &filter)
{
    const QSignalBlocker blockStatus(m_status);
    const QSignalBlocker blockTier(m_tier);
    const QSignalBlocker blockCategory(m_category);
    const QSignalBlocker blockDates(m_useDates);
    const QSignalBlocker blockSearch(m_search);
    m_search->clear();
    m_status->setCurrentIndex(
        std::max(0, m_status->findData(filter.status ? statusCode(*filter.status) : QString())));
    m_tier->setCurrentIndex(
        std::max(0, m_tier->findData(filter.tier ? caseTierCode(*filter.tier) : QString())));
    m_category->setCurrentIndex(std::max(0, m_category->findData(filter.category)));
    const bool dated = filter.receivedFrom.isValid() || filter.receivedTo.isValid();
    m_useDates->setChecked(dated);
    if (filter.receivedFrom.isValid())
        m_from->setDate(filter.receivedFrom);
    if (filter.receivedTo.isValid())
        m_to->setDate(filter.receivedTo);
    if (!m_ws.actor().hasCaseRole())
        return; // the roles that read no case content ask for no list (core would refuse it)
    CaseFilter shown = currentFilter();
    if (!filter.org.isEmpty())
        shown.org = filter.org; // core still narrows it to the jurisdiction
    Messages::setFieldError(m_error, QString());
    m_model->setFilter(shown);
}

void CaseListPage::applyFilter()
{
    Messages::setFieldError(m_error, QString());
    if (!m_ws.actor().hasCaseRole())
        return; // see showCases
    m_model->setFilter(currentFilter());
}

void CaseListPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CaseListPage::updateCount(qint64 total)
{
    if (total < 0) // still being counted
        return;
    // A common term: the capped count at once, the exact one when the counting thread has it.
    m_count->setText(m_model->totalIsExact()
                         ? tr("%n case(s)", nullptr, int(total))
                         : tr("More than %n cases (counting…)", nullptr, int(total)));
}

} // namespace tj
