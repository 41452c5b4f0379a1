#pragma once

#include <QWidget>

class QDateEdit;
class QLabel;
class QTableView;

namespace tj {

class TextTableModel;
class Workspace;

/// What is due and overdue for the user's organisation (its subtree): every open time limit of
/// its cases, soonest first, computed by core's DeadlineList on a chosen day (today by default).
/// Overdue ones are shown in red. Enter or a double-click opens the case. The list is computed
/// on a worker thread, first when the page is shown: building the main window never waits for it.
class DeadlinesPage : public QWidget
{
    Q_OBJECT
public:
    explicit DeadlinesPage(Workspace &ws, QWidget *parent = nullptr);
    ~DeadlinesPage() override;

    TextTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QDateEdit *dateEdit() const { return m_date; }
    QLabel *summary() const { return m_summary; }
    /// Computes the list again on a worker thread; loaded() follows.
    void reload();
    bool isLoading() const { return m_running > 0; }

    static QString kindName(const QString &kind);

Q_SIGNALS:
    void openCase(const QString &caseId);
    /// The model holds the list of the latest reload (or the error line says why it failed).
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Outcome;
    void display(const Outcome &out);
    void caseChanged();

    Workspace &m_ws;
    TextTableModel *m_model;
    QTableView *m_view;
    QDateEdit *m_date;
    QLabel *m_summary;
    QLabel *m_error;
    quint64 m_generation = 0;
    int m_running = 0;
    bool m_stale = true; ///< the list shown is not that of the data now
};

} // namespace tj
