#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace tj {

class CaseListModel;
class ConfirmationQueue;
class HistoryView;
class TransferQueue;
class Workspace;

/// The judge's desk: escalations referred into the court, each with its lower-tier history,
/// to receive for pre-litigation mediation or return; the court's cases in pre-litigation
/// mediation, to file as lawsuits or open; applications for judicial confirmation of the
/// lower tiers' agreements (ConfirmationQueue). Further queues join through addQueue.
class ReviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPage(Workspace &ws, QWidget *parent = nullptr);

    /// Adds a queue (e.g. confirmation applications) as a tab of the review desk.
    void addQueue(QWidget *queue, const QString &title);

    TransferQueue *escalations() const { return m_escalations; }
    ConfirmationQueue *confirmations() const { return m_confirmations; }
    CaseListModel *courtCases() const { return m_courtCases; }
    QTableView *courtCaseView() const { return m_courtView; }
    QPushButton *fileButton() const { return m_file; }
    QTabWidget *queues() const { return m_tabs; }
    QString currentCourtCase() const;
    void fileCurrent();

Q_SIGNALS:
    void openCase(const QString &caseId);

private:
    QWidget *buildCourtCases();
    void reloadCourtCases();

    Workspace &m_ws;
    QTabWidget *m_tabs;
    TransferQueue *m_escalations;
    ConfirmationQueue *m_confirmations;
    CaseListModel *m_courtCases;
    QTableView *m_courtView;
    HistoryView *m_courtHistory;
    QPushButton *m_file;
    QPushButton *m_open;
};

} // namespace tj
