#include "mainwindow.h"

#include "cases/caselistmodel.h"
#include "cases/caseservice.h"
#include "cases/categories.h"
#include "common/clock.h"
#include "common/money.h"
#include "db/database.h"
#include "orgs/organisation.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace tj {

MainWindow::MainWindow(Database &db, const Actor &actor, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_actor(actor)
    , m_cases(new CaseService(db))
    , m_model(new CaseListModel(*m_cases, this))
    , m_view(new QTableView)
    , m_search(new QLineEdit)
    , m_status(new QComboBox)
    , m_detail(new QTextBrowser)
    , m_count(new QLabel)
{
    setWindowTitle(tr("Tiaojie — dispute mediation workstation"));
    m_search->setPlaceholderText(tr("Search party, ID number, case number or facts"));
    m_search->setClearButtonEnabled(true);
    m_status->addItem(tr("All states"));
    for (CaseStatus s : allStatuses())
        m_status->addItem(statusName(s), statusCode(s));

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("State:")));
    filters->addWidget(m_status);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(int(CaseListModel::Column::Title),
                                                     QHeaderView::Stretch);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    auto *searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, &MainWindow::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    connect(m_model, &CaseListModel::totalChanged, this, &MainWindow::updateCount);
    connect(m_model, &CaseListModel::loadFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                showCase(current.data(CaseListModel::CaseIdRole).toString());
            });

    const QString who = actor.isSystem() ? tr("system") : actor.login;
    statusBar()->showMessage(tr("Signed in as %1 (%2) at %3").arg(who, roleName(actor.role), actor.orgCode));
    resize(1280, 720);
    applyFilter();
}

MainWindow::~MainWindow()
{
    delete m_model; // stops its loader thread, which uses m_cases
    delete m_cases;
}

void MainWindow::applyFilter()
{
    CaseFilter filter;
    // Administrators and the system actor see the whole county; others their jurisdiction.
    if (!m_actor.isAdmin() && !m_actor.isSystem())
        filter.org = m_actor.orgCode;
    filter.search = m_search->text().trimmed();
    const QString status = m_status->currentData().toString();
    if (!status.isEmpty())
        filter.status = statusFromCode(status);
    m_model->setFilter(filter);
}

void MainWindow::updateCount(qint64 total)
{
    if (total < 0)
        return;
    m_count->setText(tr("%n case(s)", nullptr, int(total)));
}

void MainWindow::showCase(const QString &caseId)
{
    if (caseId.isEmpty()) {
        m_detail->clear();
        return;
    }
    auto c = m_cases->get(caseId);
    if (!c) {
        m_detail->setPlainText(c.error().message);
        return;
    }
    QString html;
    html += QStringLiteral("<h3>%1</h3><p><b>%2</b></p>").arg(c->number.toHtmlEscaped(), c->title.toHtmlEscaped());
    html += tr("<p>%1 · %2 · %3 · received %4 · %5 yuan</p>")
                .arg(statusName(c->status), c->handlingOrgName.toHtmlEscaped(),
                     CategoryCatalog::instance().displayName(c->category), isoDate(c->receivedOn),
                     money::formatYuan(c->amountFen));
    html += QStringLiteral("<p>%1</p>").arg(c->facts.toHtmlEscaped());
    auto history = m_cases->history(caseId);
    if (history) {
        html += tr("<h4>History</h4>") + QStringLiteral("<ul>");
        for (const CaseEvent &e : history.value())
            html += QStringLiteral("<li>%1 %2 %3 — %4</li>")
                        .arg(isoDate(e.on), e.org.toHtmlEscaped(), e.action, e.detail.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_detail->setHtml(html);
}

} // namespace tj
