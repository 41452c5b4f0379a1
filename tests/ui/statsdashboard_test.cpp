#include "cases/caselistpage.h"
#include "cases/caselistmodel.h"
#include "cases/categories.h"
#include "charts/charts.h"
#include "mainwindow.h"
#include "stats/statsdashboard.h"

#include "statsfixture.h"

#include <QDockWidget>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace tj;
using namespace tj::test;

namespace {
QDate d(int m, int day)
{
    return QDate(2026, m, day);
}

class DashboardTest : public StatsFixture
{
protected:
    void SetUp() override
    {
        StatsFixture::SetUp();
        buildSmallCounty();
        for (int i = 0; i < 3; ++i) {
            const QString id = registerCase("QH-DS-A", d(3, 2 + i), "邻里");
            accept(id, d(3, 5));
            settle(id, d(3, 9), 10000);
        }
        const QString contract = registerCase("QH-DS-B", d(4, 1), "合同");
        accept(contract, d(4, 2));
        closeAs(contract, Outcome::Failed, d(4, 20));
        const QString labour = registerCase("QH-XH", d(4, 3), "劳动争议");
        accept(labour, d(4, 4)); // open long past the 30-day limit
    }

    /// Shows the dashboard and waits for the worker's figures.
    void showAndWait(StatsDashboard &dashboard)
    {
        QSignalSpy ready(&dashboard, &StatsDashboard::figuresReady);
        dashboard.resize(1200, 800);
        dashboard.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dashboard));
        ASSERT_TRUE(ready.wait(20000));
    }

    int indexOf(const QStringList &list, const QString &text)
    {
        return int(list.indexOf(text));
    }
};
} // namespace

TEST_F(DashboardTest, ComputesInTheBackgroundAndShowsTheFiguresWithDefinitionsAsTooltips)
{
    StatsDashboard dashboard(*m_db, QString());
    dashboard.setPeriod(d(3, 1), d(6, 30));
    showAndWait(dashboard);
    EXPECT_FALSE(dashboard.isComputing());
    EXPECT_EQ(dashboard.figureLabel(QStringLiteral("registered"))->text(), QStringLiteral("5"));
    EXPECT_EQ(dashboard.figureLabel(QStringLiteral("success_rate"))->text(), QStringLiteral("75.00%"));
    EXPECT_EQ(dashboard.figureLabel(QStringLiteral("overdue"))->text(), QStringLiteral("1"));
    EXPECT_FALSE(dashboard.figureLabel(QStringLiteral("litigation_rate"))->toolTip().isEmpty());
    EXPECT_EQ(dashboard.trendChart()->categories(),
              (QStringList{QStringLiteral("26-03"), QStringLiteral("26-04"), QStringLiteral("26-05"),
                           QStringLiteral("26-06")}));
    EXPECT_EQ(dashboard.categoryChart()->sliceCount(), 3);
    EXPECT_EQ(dashboard.ladderChart()->categoryCount(), 3);
    EXPECT_EQ(dashboard.overdueChart()->categoryCount(), 1);
}

TEST_F(DashboardTest, AStaleResultIsDroppedWhenANewerOneWasAskedFor)
{
    StatsDashboard dashboard(*m_db, QString());
    dashboard.setPeriod(d(3, 1), d(3, 31));
    showAndWait(dashboard);
    QSignalSpy ready(&dashboard, &StatsDashboard::figuresReady);
    dashboard.setPeriod(d(3, 1), d(3, 31));
    dashboard.refresh();
    dashboard.setPeriod(d(4, 1), d(4, 30));
    dashboard.refresh();
    EXPECT_TRUE(dashboard.isComputing());
    QTRY_VERIFY_WITH_TIMEOUT(!dashboard.isComputing(), 20000);
    EXPECT_EQ(ready.count(), 1);
    EXPECT_EQ(dashboard.figures().query.from, d(4, 1));
    EXPECT_EQ(dashboard.figureLabel(QStringLiteral("registered"))->text(), QStringLiteral("2"));
}

TEST_F(DashboardTest, ClickingASliceOrABarAsksForTheMatchingCases)
{
    StatsDashboard dashboard(*m_db, QString());
    dashboard.setPeriod(d(3, 1), d(6, 30));
    showAndWait(dashboard);
    QSignalSpy requested(&dashboard, &StatsDashboard::casesRequested);

    charts::PieChart *pie = dashboard.categoryChart();
    const int neighbours = indexOf(pie->labels(), CategoryCatalog::instance().displayName(QStringLiteral("邻里")));
    ASSERT_GE(neighbours, 0);
    QTest::mouseClick(pie->viewport(), Qt::LeftButton, {}, pie->sliceCentre(neighbours));
    ASSERT_EQ(requested.count(), 1);
    CaseFilter filter = requested.takeFirst().at(0).value<CaseFilter>();
    EXPECT_EQ(filter.category, QStringLiteral("邻里"));
    EXPECT_EQ(filter.receivedFrom, d(3, 1));

    charts::BarChart *ladder = dashboard.ladderChart();
    QTest::mouseClick(ladder->viewport(), Qt::LeftButton, {}, ladder->barCentre(0, 0));
    ASSERT_EQ(requested.count(), 1);
    filter = requested.takeFirst().at(0).value<CaseFilter>();
    EXPECT_EQ(filter.status, CaseStatus::Settled);
    EXPECT_EQ(filter.tier, CaseTier::Village);

    charts::BarChart *trend = dashboard.trendChart();
    QTest::mouseClick(trend->viewport(), Qt::LeftButton, {}, trend->barCentre(0, 1));
    ASSERT_EQ(requested.count(), 1);
    filter = requested.takeFirst().at(0).value<CaseFilter>();
    EXPECT_EQ(filter.receivedFrom, d(4, 1)) << "the April bar";
    EXPECT_EQ(filter.receivedTo, d(4, 30));

    charts::BarChart *overdue = dashboard.overdueChart();
    QTest::mouseClick(overdue->viewport(), Qt::LeftButton, {}, overdue->barCentre(0, 0));
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.takeFirst().at(0).value<CaseFilter>().org, QStringLiteral("QH-XH"));
}

TEST_F(DashboardTest, TheMainWindowShowsTheCasesBehindAChart)
{
    MainWindow window(*m_db, actor(QStringLiteral("courtjudge")));
    window.resize(1400, 1000);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(!window.caseList()->model()->isLoading(), 5000);
    EXPECT_EQ(window.caseList()->model()->rowCount(), 5);
    StatsDashboard *dashboard = window.statsDashboard();
    ASSERT_TRUE(dashboard);
    dashboard->setPeriod(d(3, 1), d(6, 30));
    QSignalSpy ready(dashboard, &StatsDashboard::figuresReady);
    window.statsDock()->toggleViewAction()->trigger();
    ASSERT_TRUE(ready.wait(20000));
    charts::BarChart *ladder = dashboard->ladderChart();
    QTest::mouseClick(ladder->viewport(), Qt::LeftButton, {}, ladder->barCentre(0, 0));
    QTRY_VERIFY_WITH_TIMEOUT(!window.caseList()->model()->isLoading(), 5000);
    EXPECT_EQ(window.caseList()->model()->rowCount(), 3) << "the three cases settled in the village";
    EXPECT_EQ(window.caseList()->model()->filter().status, CaseStatus::Settled);
}
