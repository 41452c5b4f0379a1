#pragma once

#include "agreements/confirmation.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace tj {

class HistoryView;
class TextTableModel;
class Workspace;

/// The judge's queue of applications for judicial confirmation at their court: each with the
/// agreement and the case's full history from the lower tiers, the 3-day acceptance and the
/// 15-day ruling deadlines (overdue in red), and the court's decisions: accept, refuse with a
/// reason, extend the ruling period, rule the agreement valid or reject it with reasons, and
/// a guidance note to the mediators of the lower tier. All decided by ConfirmationService.
class ConfirmationQueue : public QWidget
{
    Q_OBJECT
public:
    explicit ConfirmationQueue(Workspace &ws, QWidget *parent = nullptr);

    void reload();
    bool selectCase(const QString &caseId);
    QString currentCaseId() const;

    void acceptCurrent();
    void refuseCurrent();
    void extendCurrent();
    /// `result` is valid or rejected.
    void ruleCurrent(const QString &result);
    void guideCurrent();

    TextTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    HistoryView *history() const { return m_history; }
    QTextBrowser *agreementView() const { return m_agreement; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *refuseButton() const { return m_refuse; }
    QPushButton *extendButton() const { return m_extend; }
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *guidanceButton() const { return m_guide; }

Q_SIGNALS:
    void openCase(const QString &caseId);
    void countChanged(int count);

private:
    void showCurrent();
    const ConfirmationApplication *current() const;
    void decided(const QString &caseId);

    Workspace &m_ws;
    QList<ConfirmationApplication> m_apps;
    TextTableModel *m_model;
    QTableView *m_view;
    HistoryView *m_history;
    QTextBrowser *m_agreement;
    QLabel *m_error;
    QPushButton *m_accept;
    QPushButton *m_refuse;
    QPushButton *m_extend;
    QPushButton *m_confirm;
    QPushButton *m_reject;
    QPushButton *m_guide;
    QPushButton *m_open;
};

} // namespace tj
