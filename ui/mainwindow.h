#pragma once

#include "users/user.h"

#include <QMainWindow>

class QDockWidget;
class QTabWidget;

namespace tj {

class AdminPage;
class CaseListPage;
class DeadlinesPage;
class CaseDetail;
class Database;
class IntakePage;
class ReviewPage;
class TransferQueue;
class StatsDashboard;
class Workspace;

/// The workstation's window: fixed pages (case list, inbox, judge's review) and closable tabs
/// for the intake form and open cases. The user's organisation and role pick the first page.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Database &db, const Actor &actor, QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace &workspace() const { return *m_ws; }
    QTabWidget *tabs() const { return m_tabs; }
    CaseListPage *caseList() const { return m_list; }
    TransferQueue *inbox() const { return m_inbox; }
    /// The judge's review desk; nullptr for users who are not judges.
    ReviewPage *review() const { return m_review; }
    /// The open intake form, or nullptr.
    IntakePage *intakePage() const { return m_intake; }
    /// Adds a page (statistics, deadlines, administration…) after the fixed ones.
    void addPage(QWidget *page, const QString &title);
    StatsDashboard *statsDashboard() const { return m_dashboard; }
    /// The administration desk of administrators, security officers and auditors, or nullptr.
    AdminPage *administration() const { return m_admin; }
    /// The deadlines of the user's organisation (case roles), or nullptr.
    DeadlinesPage *deadlines() const { return m_deadlines; }
    QDockWidget *statsDock() const { return m_statsDock; }

public Q_SLOTS:
    /// Opens (or brings forward) a case's page.
    CaseDetail *openCase(const QString &caseId);
    IntakePage *newIntake();
    bool closeTab(int index);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void showFirstPage();
    void showSettings();
    void addStatisticsDock(); // mainwindow_stats.cpp
    void addLedgerMenu();
    void addRolePages(); // mainwindow_pages.cpp

    Workspace *m_ws;
    QTabWidget *m_tabs;
    CaseListPage *m_list;
    TransferQueue *m_inbox;
    ReviewPage *m_review = nullptr;
    IntakePage *m_intake = nullptr;
    int m_fixedPages = 0;
    StatsDashboard *m_dashboard = nullptr;
    QDockWidget *m_statsDock = nullptr;
    class QMenu *m_viewMenu = nullptr;
    AdminPage *m_admin = nullptr;
    DeadlinesPage *m_deadlines = nullptr;
};

} // namespace tj
