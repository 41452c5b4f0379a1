#include "casepage/casedetail.h"
#include "cases/caselistmodel.h"
#include "cases/caselistpage.h"
#include "common/texttablemodel.h"
#include "inbox/transferqueue.h"
#include "mainwindow.h"
#include "review/reviewpage.h"

#include "uitest.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace tj;

namespace {
// The list loads on a worker thread: wait until the page and the count have arrived.
void settle(CaseListModel *model)
{
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 5000);
}
} // namespace

class MainWindowTest : public test::UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        CaseService cases(*m_db);
        for (int i = 0; i < 3; ++i) {
            CaseIntake in = sampleIntake(QStringLiteral("QH-DS-A"));
            in.receivedOn = QDate(2026, 3, 2 + i);
            ASSERT_OK(cases.intake(actor(QStringLiteral("vma")), in));
        }
        CaseIntake other = sampleIntake(QStringLiteral("QH-XH-A"));
        other.title = QStringLiteral("王某与赵某宅基地纠纷");
        other.category = QStringLiteral("房屋宅基地");
        other.receivedOn = QDate(2026, 2, 20);
        ASSERT_OK(cases.intake(Actor::system(), other));
    }
};

TEST_F(MainWindowTest, AMediatorSeesOnlyTheirVillagesCases)
{
    MainWindow window(*m_db, actor(QStringLiteral("vma")));
    test::ModelCheck check(window.caseList()->model());
    QTRY_COMPARE_WITH_TIMEOUT(window.caseList()->model()->rowCount(), 3, 5000);
    EXPECT_MODEL_OK(check);
    MainWindow countyWide(*m_db, actor(QStringLiteral("courtjudge")));
    QTRY_COMPARE_WITH_TIMEOUT(countyWide.caseList()->model()->rowCount(), 4, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(countyWide.caseList()->model()->total(), 4, 5000);
}

TEST_F(MainWindowTest, TypingChineseInSearchFiltersTheList)
{
    MainWindow window(*m_db, actor(QStringLiteral("courtjudge")));
    window.show();
    CaseListPage *list = window.caseList();
    test::typeText(list->searchField(), QStringLiteral("宅基地"));
    EXPECT_EQ(list->searchField()->text(), QStringLiteral("宅基地"));
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, 2000);
    list->searchField()->clear();
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 4, 2000);
}

TEST_F(MainWindowTest, ACommonTermShowsMoreThanTheCapAtOnceThenTheExactCount)
{
    MainWindow window(*m_db, actor(QStringLiteral("courtjudge")));
    window.show();
    CaseListPage *list = window.caseList();
    test::ModelCheck check(list->model());
    settle(list->model());
    list->model()->setCountCap(2); // 4 cases say 纠纷, 1 says 宅基地
    // What the count label said each time a count arrived (the page updates it first).
    QStringList shown;
    QList<bool> exact;
    QObject::connect(list->model(), &CaseListModel::totalChanged, list, [&] {
        shown.append(list->countLabel()->text());
        exact.append(list->model()->totalIsExact());
    });
    test::typeText(list->searchField(), QStringLiteral("纠纷"));
    QTRY_VERIFY_WITH_TIMEOUT(!exact.isEmpty() && exact.last(), 5000);
    ASSERT_EQ(shown.size(), 2);
    EXPECT_FALSE(exact.first());
    EXPECT_EQ(shown.first(), CaseListPage::tr("More than %n cases (counting…)", nullptr, 2));
    EXPECT_EQ(shown.last(), CaseListPage::tr("%n case(s)", nullptr, 4));
    EXPECT_EQ(list->model()->total(), 4);
    settle(list->model());
    EXPECT_EQ(list->model()->rowCount(), 4);

    // At or below the cap the first count is exact: shown once, no second count.
    shown.clear();
    exact.clear();
    list->searchField()->clear();
    test::typeText(list->searchField(), QStringLiteral("宅基地"));
    QTRY_VERIFY_WITH_TIMEOUT(!exact.isEmpty(), 5000);
    settle(list->model());
    EXPECT_EQ(exact, QList<bool>{true});
    EXPECT_EQ(shown, QStringList{CaseListPage::tr("%n case(s)", nullptr, 1)});
    EXPECT_EQ(list->model()->rowCount(), 1);
    EXPECT_MODEL_OK(check);
}

TEST_F(MainWindowTest, StateTierAndDateFiltersNarrowTheList)
{
    MainWindow window(*m_db, actor(QStringLiteral("courtjudge")));
    CaseListPage *list = window.caseList();
    test::ModelCheck check(list->model());
    list->statusFilter()->setCurrentIndex(
        list->statusFilter()->findData(QStringLiteral("settled")));
    settle(list->model());
    EXPECT_EQ(list->model()->rowCount(), 0);
    list->statusFilter()->setCurrentIndex(
        list->statusFilter()->findData(QStringLiteral("registered")));
    settle(list->model());
    EXPECT_EQ(list->model()->rowCount(), 4);
    list->tierFilter()->setCurrentIndex(list->tierFilter()->findData(QStringLiteral("township")));
    settle(list->model());
    EXPECT_EQ(list->model()->rowCount(), 0);
    list->tierFilter()->setCurrentIndex(list->tierFilter()->findData(QStringLiteral("village")));
    settle(list->model());
    EXPECT_EQ(list->model()->rowCount(), 4);
    list->fromDate()->setDate(QDate(2026, 3, 1));
    list->toDate()->setDate(QDate(2026, 3, 3));
    list->dateFilter()->setChecked(true);
    settle(list->model());
    EXPECT_EQ(list->model()->rowCount(), 2);
    list->categoryFilter()->setCurrentIndex(
        list->categoryFilter()->findData(QStringLiteral("房屋宅基地")));
    settle(list->model());
    EXPECT_EQ(list->model()->rowCount(), 0);
    EXPECT_MODEL_OK(check);
}

TEST_F(MainWindowTest, ClickingTheReceivedHeaderSortsOldestFirst)
{
    MainWindow window(*m_db, actor(QStringLiteral("courtjudge")));
    window.show();
    CaseListPage *list = window.caseList();
    const int received = int(CaseListModel::Column::Received);
    settle(list->model());
    EXPECT_EQ(list->model()->index(0, received).data().toString(), QStringLiteral("2026-03-04"));
    QHeaderView *header = list->view()->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(received) + 5, header->height() / 2));
    settle(list->model());
    EXPECT_EQ(list->model()->index(0, received).data().toString(), QStringLiteral("2026-02-20"));
    EXPECT_EQ(header->sortIndicatorOrder(), Qt::AscendingOrder);
}

TEST_F(MainWindowTest, EnterOnARowOpensTheCasePage)
{
    MainWindow window(*m_db, actor(QStringLiteral("vma")));
    window.show();
    QTableView *view = window.caseList()->view();
    settle(window.caseList()->model());
    view->setFocus();
    view->setCurrentIndex(window.caseList()->model()->index(1, 0));
    const QString id =
        window.caseList()->model()->index(1, 0).data(CaseListModel::CaseIdRole).toString();
    QTest::keyClick(view, Qt::Key_Return);
    auto *page = qobject_cast<CaseDetail *>(window.tabs()->currentWidget());
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->caseId(), id);
    EXPECT_TRUE(page->headerLabel()->text().contains(QStringLiteral("调字第")));
    // Opening it again brings the same tab forward instead of a second one.
    const int tabs = window.tabs()->count();
    EXPECT_EQ(window.openCase(id), page);
    EXPECT_EQ(window.tabs()->count(), tabs);
    EXPECT_TRUE(window.closeTab(window.tabs()->indexOf(page)));
    EXPECT_FALSE(window.closeTab(0)); // the fixed pages stay
}

TEST_F(MainWindowTest, RoleAndOrganisationPickTheFirstScreen)
{
    MainWindow village(*m_db, actor(QStringLiteral("vma")));
    EXPECT_EQ(village.tabs()->currentWidget(), village.caseList());
    EXPECT_EQ(village.review(), nullptr);
    MainWindow judge(*m_db, actor(QStringLiteral("judge")));
    ASSERT_NE(judge.review(), nullptr);
    EXPECT_EQ(judge.tabs()->currentWidget(), judge.review());

    CaseService cases(*m_db);
    auto page = cases.list(Actor::system(), CaseFilter{});
    ASSERT_OK(page);
    const Case &c = page->cases.first();
    ASSERT_OK(cases.refer(Actor::system(), c.id, QStringLiteral("QH-DS"), QStringLiteral("复杂"),
                          QDate(2026, 3, 10)));
    MainWindow township(*m_db, actor(QStringLiteral("staff")));
    EXPECT_EQ(township.tabs()->currentWidget(), township.inbox());
    MainWindow quietTownship(*m_db, actor(QStringLiteral("xhstaff")));
    EXPECT_EQ(quietTownship.tabs()->currentWidget(), quietTownship.caseList());
}
