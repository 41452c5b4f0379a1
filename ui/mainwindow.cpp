#include "mainwindow.h"

#include "transfer/transferdialog.h"

#include "admin/adminpage.h"
#include "casepage/casedetail.h"
#include "cases/caselistpage.h"
#include "common/uisettings.h"
#include "common/texttablemodel.h"
#include "common/workspace.h"
#include "inbox/transferqueue.h"
#include "intake/intakepage.h"
#include "review/reviewpage.h"
#include "security/startpage.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>

namespace tj {

MainWindow::MainWindow(Database &db, const Actor &actor, QWidget *parent)
    : QMainWindow(parent)
    , m_ws(new Workspace(db, actor, this))
    , m_tabs(new QTabWidget)
    , m_list(new CaseListPage(*m_ws))
    , m_inbox(new TransferQueue(*m_ws, tr("Recei&ve for mediation…")))
{
    setWindowTitle(tr("Tiaojie — dispute mediation workstation"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    // Administrators, security officers and auditors read no case content (core refuses it):
    // they get no case list, inbox or review, only their own desk (addRolePages).
    const bool caseWork = actor.hasCaseRole();
    m_list->setVisible(caseWork);
    m_inbox->setVisible(caseWork);
    if (caseWork) {
        m_tabs->addTab(m_list, tr("Cases"));
        m_tabs->addTab(m_inbox, tr("Inbox"));
    } else {
        m_list->setParent(this);
        m_inbox->setParent(this);
    }
    if (actor.role == Role::Judge || (actor.isSystem() && m_ws->organisation().isCourt())) {
        m_review = new ReviewPage(*m_ws);
        m_tabs->addTab(m_review, tr("Review"));
        connect(m_review, &ReviewPage::openCase, this, &MainWindow::openCase);
    }
    m_fixedPages = m_tabs->count();
    for (int i = 0; i < m_fixedPages; ++i)
        m_tabs->tabBar()->setTabButton(i, QTabBar::RightSide, nullptr);
    setCentralWidget(m_tabs);

    connect(m_list, &CaseListPage::openCase, this, &MainWindow::openCase);
    connect(m_inbox, &TransferQueue::openCase, this, &MainWindow::openCase);
    connect(m_inbox, &TransferQueue::countChanged, this, [this](int n) {
        if (const int i = m_tabs->indexOf(m_inbox); i >= 0)
            m_tabs->setTabText(i, n ? tr("Inbox (%1)").arg(n) : tr("Inbox"));
    });
    if (caseWork)
        m_tabs->setTabText(m_tabs->indexOf(m_inbox), m_inbox->model()->rowCount()
                                                         ? tr("Inbox (%1)").arg(m_inbox->model()->rowCount())
                                                         : tr("Inbox"));
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    buildMenus();

    const QString who = actor.isSystem() ? tr("system") : actor.login;
    statusBar()->showMessage(tr("Signed in as %1 (%2) at %3")
                                 .arg(who, roleName(actor.role), m_ws->orgName(actor.orgCode)));
    const QRect screen = QGuiApplication::primaryScreen()
                             ? QGuiApplication::primaryScreen()->availableGeometry()
                             : QRect(0, 0, 1366, 768);
    resize(std::min(1280, screen.width()), std::min(760, screen.height()));
    addStatisticsDock();
    UiSettings::restoreWindow(this, QStringLiteral("mainWindow"));
    addRolePages();
    showFirstPage();
}

MainWindow::~MainWindow()
{
    // The pages use the workspace as they close (the intake form writes its draft), so they go
    // before it; so do the case list and inbox kept out of the tabs for roles without case work.
    const bool detached = m_tabs->indexOf(m_list) < 0;
    delete m_tabs;
    if (detached) {
        delete m_list;
        delete m_inbox;
    }
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New dispute…"), QKeySequence::New, this, &MainWindow::newIntake);
    file->addAction(tr("&Transfer packages…"), this, [this] {
        auto *detail = qobject_cast<CaseDetail *>(m_tabs->currentWidget());
        TransferDialog dialog(*m_ws, detail ? detail->caseId() : QString(), this);
        dialog.exec();
    });
    file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    if (m_tabs->indexOf(m_list) >= 0) {
        view->addAction(tr("&Cases"), QKeySequence(Qt::CTRL | Qt::Key_1), this,
                        [this] { m_tabs->setCurrentWidget(m_list); });
        view->addAction(tr("&Inbox"), QKeySequence(Qt::CTRL | Qt::Key_2), this,
                        [this] { m_tabs->setCurrentWidget(m_inbox); });
        view->addAction(tr("&Find case"), QKeySequence::Find, this, [this] {
            m_tabs->setCurrentWidget(m_list);
            m_list->focusSearch();
        });
    }
    if (m_review)
        view->addAction(tr("&Review"), QKeySequence(Qt::CTRL | Qt::Key_3), this,
                        [this] { m_tabs->setCurrentWidget(m_review); });
    view->addAction(tr("Re&fresh"), QKeySequence::Refresh, this, [this] {
        m_ws->reloadOrganisations();
        Q_EMIT m_ws->caseChanged(QString());
    });
    view->addAction(tr("Close &tab"), QKeySequence::Close, this,
                    [this] { closeTab(m_tabs->currentIndex()); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Tiaojie"), this, [this] {
        QMessageBox::about(this, tr("About Tiaojie"),
                           tr("Tiaojie — a workstation for tiered grassroots dispute mediation: "
                              "village, township and court."));
    });
}

void MainWindow::showFirstPage()
{
    switch (StartPage::pageFor(m_ws->actor(), m_ws->organisation().tier,
                               m_inbox->model()->rowCount() > 0)) {
    case StartPage::Page::Administration:
        if (m_admin) {
            m_tabs->setCurrentWidget(m_admin);
            return;
        }
        break;
    case StartPage::Page::Review:
        if (m_review) {
            m_tabs->setCurrentWidget(m_review);
            return;
        }
        break;
    case StartPage::Page::Inbox:
        m_tabs->setCurrentWidget(m_inbox);
        return;
    case StartPage::Page::Cases:
        break;
    }
    m_tabs->setCurrentWidget(m_list);
}

void MainWindow::addPage(QWidget *page, const QString &title)
{
    m_tabs->insertTab(m_fixedPages, page, title);
    m_tabs->tabBar()->setTabButton(m_fixedPages, QTabBar::RightSide, nullptr);
    ++m_fixedPages;
}

CaseDetail *MainWindow::openCase(const QString &caseId)
{
    if (caseId.isEmpty())
        return nullptr;
    for (int i = m_fixedPages; i < m_tabs->count(); ++i)
        if (auto *page = qobject_cast<CaseDetail *>(m_tabs->widget(i));
            page && page->caseId() == caseId) {
            m_tabs->setCurrentIndex(i);
            return page;
        }
    auto *page = new CaseDetail(*m_ws, caseId);
    const int index = m_tabs->addTab(page, page->tabTitle());
    connect(page, &CaseDetail::openCase, this, &MainWindow::openCase);
    connect(page, &CaseDetail::titleChanged, this, [this, page](const QString &title) {
        m_tabs->setTabText(m_tabs->indexOf(page), title);
    });
    m_tabs->setCurrentIndex(index);
    return page;
}

IntakePage *MainWindow::newIntake()
{
    if (!m_intake) {
        m_intake = new IntakePage(*m_ws);
        m_tabs->addTab(m_intake, tr("New dispute"));
        connect(m_intake, &IntakePage::registered, this,
                [this](const QString &id) { openCase(id); });
        connect(m_intake, &IntakePage::openCase, this, &MainWindow::openCase);
    }
    m_tabs->setCurrentWidget(m_intake);
    return m_intake;
}

bool MainWindow::closeTab(int index)
{
    if (index < m_fixedPages || index >= m_tabs->count())
        return false;
    QWidget *page = m_tabs->widget(index);
    if (page == m_intake)
        m_intake = nullptr; // its draft is written as it closes
    m_tabs->removeTab(index);
    page->deleteLater();
    return true;
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_intake)
        m_intake->saveDraft();
    UiSettings::saveWindow(this, QStringLiteral("mainWindow"));
    QMainWindow::closeEvent(event);
}

} // namespace tj
