#pragma once

#include "cases/case.h"
#include "stats/statistics.h"

#include <QDate>
#include <QFutureWatcher>
#include <QWidget>

class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;

namespace tj {

class Database;

namespace charts {
class BarChart;
class PieChart;
} // namespace charts

/// What a background computation hands back to the GUI thread.
struct StatsOutcome
{
    quint64 generation = 0;
    bool ok = false;
    Figures figures;
    QString error;
};

/// One screen a township head reads at a glance: headline figures (definitions as tooltips),
/// trend by month, category mix, the ladder of settlements per tier, litigation rate by
/// tribunal area and overdue cases per organisation. Figures are computed on a worker thread;
/// a newer request makes older results stale. Clicking a bar or slice asks for the matching
/// case list through casesRequested().
class StatsDashboard : public QWidget
{
    Q_OBJECT
public:
    StatsDashboard(Database &db, const QString &org, QWidget *parent = nullptr);
    ~StatsDashboard() override;

    void setPeriod(const QDate &from, const QDate &to);
    /// Starts a computation for the current period; the result arrives via figuresReady().
    void refresh();
    bool isComputing() const { return m_running > 0; }
    const Figures &figures() const { return m_figures; }

    charts::BarChart *trendChart() const { return m_trend; }
    charts::PieChart *categoryChart() const { return m_categories; }
    charts::BarChart *ladderChart() const { return m_ladder; }
    charts::BarChart *litigationChart() const { return m_litigation; }
    charts::BarChart *overdueChart() const { return m_overdue; }
    QLabel *figureLabel(const QString &field) const;
    QPushButton *refreshButton() const { return m_refresh; }

Q_SIGNALS:
    void casesRequested(const tj::CaseFilter &filter);
    void figuresReady();
    void failed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildControls(QGridLayout *tiles);
    void finished(QFutureWatcher<StatsOutcome> *watcher);
    void display(const Figures &f);
    void displayCharts(const Figures &f);
    void connectDrillDown();
    CaseFilter baseFilter() const;

    Database &m_db;
    QString m_org;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_refresh;
    QLabel *m_state;
    QList<std::pair<QString, QLabel *>> m_tiles;
    charts::BarChart *m_trend;
    charts::PieChart *m_categories;
    charts::BarChart *m_ladder;
    charts::BarChart *m_litigation;
    charts::BarChart *m_overdue;
    Figures m_figures;
    QStringList m_months; ///< YYYY-MM of each trend bar
    QStringList m_overdueOrgs;
    QStringList m_areaOrgs;
    quint64 m_generation = 0;
    int m_running = 0;
    bool m_loadedOnce = false;
};

} // namespace tj
