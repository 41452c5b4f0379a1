#pragma once

#include "users/user.h"

#include <QMainWindow>

class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;

namespace tj {

class CaseListModel;
class CaseService;
class Database;
class StatsDashboard;

/// The workstation's main window: the case list of the user's jurisdiction with filters,
/// and the selected case's summary and history.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Database &db, const Actor &actor, QWidget *parent = nullptr);
    ~MainWindow() override;

    CaseListModel *caseModel() const { return m_model; }
    QTableView *caseView() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *statusFilter() const { return m_status; }
    QTextBrowser *detailView() const { return m_detail; }
    StatsDashboard *statsDashboard() const { return m_dashboard; }
    QDockWidget *statsDock() const { return m_statsDock; }

private:
    void applyFilter();
    void showCase(const QString &caseId);
    void updateCount(qint64 total);
    void addStatisticsDock(); // mainwindow_stats.cpp
    void addLedgerMenu();

    Database &m_db;
    Actor m_actor;
    CaseService *m_cases;
    CaseListModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_status;
    QTextBrowser *m_detail;
    QLabel *m_count;
    StatsDashboard *m_dashboard = nullptr;
    QDockWidget *m_statsDock = nullptr;
};

} // namespace tj
