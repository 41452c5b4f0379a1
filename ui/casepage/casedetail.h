#pragma once

#include "cases/case.h"
#include "cases/workflow.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace tj {

class HistoryView;
class TextTableModel;
class Workspace;

/// One case: summary, parties, the timeline across tiers, sessions, related cases, and the
/// actions the workflow offers the user now. Later features add tabs with registerTab.
class CaseDetail : public QWidget
{
    Q_OBJECT
public:
    /// Makes an extra tab for a case (agreement, fulfilment, documents, deadlines…).
    using TabFactory = std::function<QWidget *(Workspace &, const QString &caseId)>;
    static void registerTab(const QString &key, TabFactory factory);

    CaseDetail(Workspace &ws, const QString &caseId, QWidget *parent = nullptr);

    QString caseId() const { return m_caseId; }
    const Case &record() const { return m_case; }
    QString tabTitle() const;
    void reload();

    /// The button for an action, or nullptr when the workflow does not offer it now.
    QPushButton *actionButton(CaseAction action) const;
    QList<CaseAction> offeredActions() const { return m_offered; }
    /// Runs an action as its button does (opens its dialog when it needs input).
    void runAction(CaseAction action);

    QTabWidget *tabs() const { return m_tabs; }
    HistoryView *history() const { return m_history; }
    TextTableModel *partiesModel() const { return m_parties; }
    TextTableModel *sessionsModel() const { return m_sessions; }
    TextTableModel *relatedModel() const { return m_related; }
    QLabel *headerLabel() const { return m_header; }

Q_SIGNALS:
    void openCase(const QString &caseId);
    void titleChanged(const QString &title);

private:
    QWidget *buildParties();
    QWidget *buildSessions();
    QWidget *buildRelated();
    void buildActions();
    void showSummary();
    void showParties();
    void showSessions();
    void showRelated();
    /// Adds the registered tabs not shown yet that apply to the case now (the agreement tab
    /// once the case is settled).
    void addRegisteredTabs();
    void done(const Result<Case> &result);
    void acceptCase();
    void rejectCase();
    void addSession();
    void transfer(CaseAction action);
    void receiveCase();
    void returnCase();
    void closeCase();

    Workspace &m_ws;
    /// The case as this page last showed it, "ID@VERSION", for every change made from the page.
    QString seenRef() const;
    QString m_caseId;
    Case m_case;
    QList<CaseAction> m_offered;
    QLabel *m_header;
    QWidget *m_actionBar;
    QHash<int, QPushButton *> m_buttons;
    QTabWidget *m_tabs;
    QTextBrowser *m_summary;
    TextTableModel *m_parties;
    QCheckBox *m_showIds;
    TextTableModel *m_sessions;
    QTableView *m_sessionView;
    QTextBrowser *m_sessionRecord;
    QStringList m_sessionTexts;
    HistoryView *m_history;
    TextTableModel *m_related;
    QStringList m_extraTabs;
    std::optional<CaseStatus> m_tabsForStatus;
};

} // namespace tj
