#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace tj {

class HistoryView;
class TextTableModel;
class Workspace;

/// Cases sent to the user's organisation and waiting for it (referred up or delegated down):
/// each with its full history from the lower tiers, to receive or return with a reason.
class TransferQueue : public QWidget
{
    Q_OBJECT
public:
    TransferQueue(Workspace &ws, const QString &receiveText, QWidget *parent = nullptr);

    void reload();
    /// Selects the row of a case; false when it is not waiting here.
    bool selectCase(const QString &caseId);
    QString currentCaseId() const;
    void receiveCurrent();
    void returnCurrent();

    TextTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    HistoryView *history() const { return m_history; }
    QPushButton *receiveButton() const { return m_receive; }
    QPushButton *returnButton() const { return m_return; }

Q_SIGNALS:
    void openCase(const QString &caseId);
    void countChanged(int count);

private:
    void showCurrent();

    Workspace &m_ws;
    TextTableModel *m_model;
    QTableView *m_view;
    HistoryView *m_history;
    QLabel *m_detail;
    QLabel *m_error;
    QPushButton *m_receive;
    QPushButton *m_return;
    QPushButton *m_open;
};

} // namespace tj
