#pragma once

#include <QWidget>

class QTableView;

namespace tj {

class TextTableModel;
class Workspace;

/// A case's timeline across tiers: date, organisation, who, what, status change and detail,
/// in the user's language. Used by the case page, the inbox and the judge's review.
class HistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryView(Workspace &ws, QWidget *parent = nullptr);

    void setCase(const QString &caseId);
    TextTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    Workspace &m_ws;
    TextTableModel *m_model;
    QTableView *m_view;
};

} // namespace tj
