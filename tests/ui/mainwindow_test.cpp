#include "cases/caselistmodel.h"
#include "mainwindow.h"

#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace tj;

class MainWindowTest : public test::DbFixture
{
protected:
    void SetUp() override
    {
        DbFixture::SetUp();
        buildSmallCounty();
        CaseService cases(*m_db);
        for (int i = 0; i < 3; ++i)
            ASSERT_OK(cases.intake(actor(QStringLiteral("vma")), sampleIntake(QStringLiteral("QH-DS-A"))));
        CaseIntake other = sampleIntake(QStringLiteral("QH-XH-A"));
        other.title = QStringLiteral("王某与赵某宅基地纠纷");
        other.category = QStringLiteral("房屋宅基地");
        ASSERT_OK(cases.intake(Actor::system(), other));
    }
};

TEST_F(MainWindowTest, AMediatorSeesOnlyTheirVillagesCases)
{
    MainWindow window(*m_db, actor(QStringLiteral("vma")));
    QAbstractItemModelTester tester(window.caseModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    QTRY_COMPARE_WITH_TIMEOUT(window.caseModel()->rowCount(), 3, 5000);
    MainWindow countyWide(*m_db, actor(QStringLiteral("admin")));
    QTRY_COMPARE_WITH_TIMEOUT(countyWide.caseModel()->rowCount(), 4, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(countyWide.caseModel()->total(), 4, 5000);
}

TEST_F(MainWindowTest, TypingASearchFiltersTheList)
{
    MainWindow window(*m_db, actor(QStringLiteral("admin")));
    window.show();
    // Chinese text arrives through the input method, as from a pinyin IME.
    window.searchField()->setFocus();
    QInputMethodEvent commit;
    commit.setCommitString(QStringLiteral("宅基地"));
    QCoreApplication::sendEvent(window.searchField(), &commit);
    EXPECT_EQ(window.searchField()->text(), QStringLiteral("宅基地"));
    QTRY_COMPARE_WITH_TIMEOUT(window.caseModel()->rowCount(), 1, 2000);
    window.searchField()->clear();
    QTRY_COMPARE_WITH_TIMEOUT(window.caseModel()->rowCount(), 4, 2000);
}

TEST_F(MainWindowTest, StateFilterAndSelectionShowTheCase)
{
    MainWindow window(*m_db, actor(QStringLiteral("admin")));
    window.show();
    const int registered = window.statusFilter()->findData(QStringLiteral("registered"));
    window.statusFilter()->setCurrentIndex(registered);
    QTRY_COMPARE_WITH_TIMEOUT(window.caseModel()->rowCount(), 4, 5000);
    window.statusFilter()->setCurrentIndex(window.statusFilter()->findData(QStringLiteral("settled")));
    QTRY_VERIFY_WITH_TIMEOUT(!window.caseModel()->isLoading(), 5000);
    EXPECT_EQ(window.caseModel()->rowCount(), 0);
    EXPECT_EQ(window.caseModel()->total(), 0);
    window.statusFilter()->setCurrentIndex(0);
    QTRY_COMPARE_WITH_TIMEOUT(window.caseModel()->rowCount(), 4, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(window.caseModel()->caseAt(0) != nullptr, 5000);
    window.caseView()->setFocus();
    window.caseView()->selectRow(0);
    EXPECT_TRUE(window.detailView()->toPlainText().contains(QStringLiteral("调字第")));
}
