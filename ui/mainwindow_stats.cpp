#include "mainwindow.h"

#include "cases/caselistmodel.h"
#include "cases/caselistpage.h"
#include "common/workspace.h"
#include "ledger/ledgerexport.h"
#include "ledger/ledgerimportdialog.h"
#include "stats/statsdashboard.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

#include <QDockWidget>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>

namespace tj {

// The statistics dashboard as a dock (View ▸ Statistics). Kept apart from mainwindow.cpp so the
// window's own layout can change without touching it. Clicking a chart shows its cases.
void MainWindow::addStatisticsDock()
{
    const Actor &actor = m_ws->actor();
    const QString area = actor.isAdmin() || actor.isSystem() ? QString() : actor.orgCode;
    m_dashboard = new StatsDashboard(m_ws->db(), area);
    m_statsDock = new QDockWidget(tr("Statistics"), this);
    m_statsDock->setObjectName(QStringLiteral("statisticsDock"));
    m_statsDock->setWidget(m_dashboard);
    addDockWidget(Qt::BottomDockWidgetArea, m_statsDock);
    m_statsDock->hide();
    QAction *toggle = m_statsDock->toggleViewAction();
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    (m_viewMenu ? m_viewMenu : menuBar()->addMenu(tr("&View")))->addAction(toggle);
    addLedgerMenu();
    connect(m_dashboard, &StatsDashboard::casesRequested, this, [this](const CaseFilter &filter) {
        if (m_tabs->indexOf(m_list) < 0) {
            statusBar()->showMessage(tr("Your role reads no case content: the figures are all "
                                        "the dashboard shows you."));
            return;
        }
        m_list->showCases(filter);
        m_tabs->setCurrentWidget(m_list);
        statusBar()->showMessage(tr("Showing the cases behind the chart."));
    });
}

void MainWindow::addLedgerMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Ledger"));
    menu->addAction(tr("&Import a ledger…"), this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Import a ledger"), QString(),
                                                          tr("Ledgers (*.xlsx *.csv)"));
        if (file.isEmpty())
            return;
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
        QDir().mkpath(dir);
        LedgerImportDialog dialog(m_ws->db(), m_ws->actor(), QDir(dir).filePath(QStringLiteral("ledger-mapping.json")), this);
        if (dialog.load(file) && dialog.exec() == QDialog::Accepted)
            m_list->model()->reload();
    });
    menu->addAction(tr("&Export the case list…"), this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export the case list"), QString(),
                                                          tr("Excel (*.xlsx);;CSV (*.csv)"));
        if (file.isEmpty())
            return;
        auto written = LedgerExport(m_ws->db(), m_ws->actor()).write(file, m_list->model()->filter());
        if (written)
            statusBar()->showMessage(tr("%n case(s) written to the ledger.", nullptr, written.value()));
        else
            QMessageBox::warning(this, tr("Export the case list"), written.error().message);
    });
}

} // namespace tj
