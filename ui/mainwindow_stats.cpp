#include "mainwindow.h"

#include "cases/caselistmodel.h"
#include "stats/statsdashboard.h"

#include <QDockWidget>
#include <QMenuBar>
#include <QStatusBar>

namespace tj {

// The statistics dashboard as a dock (View ▸ Statistics). Kept apart from mainwindow.cpp so the
// window's own layout can change without touching it. Clicking a chart shows its cases.
void MainWindow::addStatisticsDock()
{
    const QString area = m_actor.isAdmin() || m_actor.isSystem() ? QString() : m_actor.orgCode;
    m_dashboard = new StatsDashboard(m_db, area);
    m_statsDock = new QDockWidget(tr("Statistics"), this);
    m_statsDock->setObjectName(QStringLiteral("statisticsDock"));
    m_statsDock->setWidget(m_dashboard);
    addDockWidget(Qt::BottomDockWidgetArea, m_statsDock);
    m_statsDock->hide();
    QAction *toggle = m_statsDock->toggleViewAction();
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    menuBar()->addMenu(tr("&View"))->addAction(toggle);
    connect(m_dashboard, &StatsDashboard::casesRequested, this, [this](const CaseFilter &filter) {
        m_model->setFilter(filter);
        statusBar()->showMessage(tr("Showing the cases behind the chart."));
    });
}

} // namespace tj
