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
/// Overdue ones are shown in red. Enter or a double-click opens the case.
class DeadlinesPage : public QWidget
{
    Q_OBJECT
public:
    explicit DeadlinesPage(Workspace &ws, QWidget *parent = nullptr);

    TextTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QDateEdit *dateEdit() const { return m_date; }
    QLabel *summary() const { return m_summary; }
    void reload();

    static QString kindName(const QString &kind);

Q_SIGNALS:
    void openCase(const QString &caseId);

private:
    Workspace &m_ws;
    TextTableModel *m_model;
    QTableView *m_view;
    QDateEdit *m_date;
    QLabel *m_summary;
    QLabel *m_error;
};

} // namespace tj
