#pragma once

#include "cases/case.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace tj {

class CaseListModel;
class Workspace;

/// The case list of the user's jurisdiction: filters by state, tier, category, date received
/// and words; sorted by date (click the "Received" header); Enter or a double-click opens a case.
class CaseListPage : public QWidget
{
    Q_OBJECT
public:
    explicit CaseListPage(Workspace &ws, QWidget *parent = nullptr);

    CaseListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    /// "N cases", or "more than N" while a common term is still being counted exactly.
    QLabel *countLabel() const { return m_count; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *tierFilter() const { return m_tier; }
    QComboBox *categoryFilter() const { return m_category; }
    QCheckBox *dateFilter() const { return m_useDates; }
    QDateEdit *fromDate() const { return m_from; }
    QDateEdit *toDate() const { return m_to; }
    /// The filter the widgets describe now.
    CaseFilter currentFilter() const;
    void setOldestFirst(bool oldestFirst);
    /// Shows the cases a chart or report points at: the widgets take the filter's values and
    /// the list follows it (an organisation inside the jurisdiction included) until the user
    /// changes a filter.
    void showCases(const CaseFilter &filter);

public Q_SLOTS:
    void applyFilter();
    void focusSearch();

Q_SIGNALS:
    void openCase(const QString &caseId);

private:
    QWidget *buildFilters();
    void configureView();
    void updateCount(qint64 total);

    Workspace &m_ws;
    CaseListModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_tier;
    QComboBox *m_category;
    QCheckBox *m_useDates;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_count;
    QLabel *m_error;
    QTimer *m_searchDelay;
    bool m_oldestFirst = false;
};

} // namespace tj
