#include "admin/adminpage.h"
#include "common/texttablemodel.h"
#include "deadlines/calendar.h"
#include "deadlines/deadlinespage.h"
#include "deadlines/timelimits.h"
#include "cases/caselistpage.h"
#include "cases/caseservice.h"
#include "common/workspace.h"
#include "mainwindow.h"
#include "security/accounts.h"

#include "uitest.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace tj;

class AdminPageTest : public test::UiFixture
{
};

TEST_F(AdminPageTest, AdministratorsStartOnTheAdministrationPageCaseRolesDoNot)
{
    MainWindow admin(*m_db, actor(QStringLiteral("admin")));
    ASSERT_NE(admin.administration(), nullptr);
    EXPECT_EQ(admin.tabs()->currentWidget(), static_cast<QWidget *>(admin.administration()));
    EXPECT_EQ(admin.deadlines(), nullptr);
    MainWindow village(*m_db, actor(QStringLiteral("vma")));
    EXPECT_EQ(village.administration(), nullptr);
    EXPECT_EQ(village.tabs()->currentWidget(), static_cast<QWidget *>(village.caseList()));
    ASSERT_NE(village.deadlines(), nullptr);
}

TEST_F(AdminPageTest, AnOrganisationIsAddedUnderItsParentAndABadOneIsExplained)
{
    MainWindow window(*m_db, actor(QStringLiteral("admin")));
    AdminPage *page = window.administration();
    ASSERT_NE(page, nullptr);
    window.show();
    QTreeWidget *tree = page->orgTree();
    EXPECT_EQ(tree->topLevelItemCount(), 1);

    // A village cannot hold a township: core refuses, the form says why, nothing is added.
    page->orgCodeEdit()->setText(QStringLiteral("QH-DS-C"));
    page->orgNameEdit()->setText(QStringLiteral("桃园村调解室"));
    page->orgTierBox()->setCurrentIndex(page->orgTierBox()->findData(tierCode(OrgTier::Township)));
    page->orgParentBox()->setCurrentIndex(page->orgParentBox()->findData(QStringLiteral("QH-DS-A")));
    QTest::mouseClick(page->addOrgButton(), Qt::LeftButton);
    EXPECT_FALSE(page->orgError()->isHidden());
    EXPECT_FALSE(OrganisationService(*m_db).find(QStringLiteral("QH-DS-C")));

    page->orgPopulationEdit()->setText(QStringLiteral("many"));
    page->orgTierBox()->setCurrentIndex(page->orgTierBox()->findData(tierCode(OrgTier::Village)));
    page->orgParentBox()->setCurrentIndex(page->orgParentBox()->findData(QStringLiteral("QH-DS")));
    QTest::mouseClick(page->addOrgButton(), Qt::LeftButton);
    EXPECT_FALSE(page->orgError()->isHidden());

    page->orgPopulationEdit()->setText(QStringLiteral("1850"));
    QTest::mouseClick(page->addOrgButton(), Qt::LeftButton);
    EXPECT_TRUE(page->orgError()->isHidden()) << page->orgError()->text().toStdString();
    auto added = OrganisationService(*m_db).find(QStringLiteral("QH-DS-C"));
    ASSERT_OK(added);
    EXPECT_EQ(added->parentCode, QStringLiteral("QH-DS"));
    EXPECT_EQ(added->population.value_or(0), 1850);
    EXPECT_FALSE(tree->findItems(QStringLiteral("QH-DS-C"), Qt::MatchExactly | Qt::MatchRecursive, 1)
                     .isEmpty());
}

TEST_F(AdminPageTest, UsersAreAddedWithAnInitialPasswordAndTheSecurityOfficerUnlocks)
{
    MainWindow window(*m_db, actor(QStringLiteral("admin")));
    AdminPage *page = window.administration();
    ASSERT_NE(page, nullptr);
    test::ModelCheck check(page->userModel());
    page->userLoginEdit()->setText(QStringLiteral("sec"));
    page->userNameEdit()->setText(QStringLiteral("安全员"));
    page->userOrgBox()->setCurrentIndex(page->userOrgBox()->findData(QStringLiteral("QH-FY")));
    page->userRoleBox()->setCurrentIndex(page->userRoleBox()->findData(roleCode(Role::Security)));
    page->userPasswordEdit()->setText(QStringLiteral("Initial-pw-1"));
    QTest::mouseClick(page->addUserButton(), Qt::LeftButton);
    EXPECT_TRUE(page->userError()->isHidden()) << page->userError()->text().toStdString();
    EXPECT_GE(page->userModel()->rowOf(QStringLiteral("sec")), 0);
    AccountService accounts(*m_db);
    EXPECT_TRUE(accounts.state(QStringLiteral("sec"))->mustChangePassword);

    // The same login twice is refused next to the form.
    page->userLoginEdit()->setText(QStringLiteral("sec"));
    page->userNameEdit()->setText(QStringLiteral("重复"));
    QTest::mouseClick(page->addUserButton(), Qt::LeftButton);
    EXPECT_FALSE(page->userError()->isHidden());
    EXPECT_FALSE(page->unlockButton()->isEnabled()); // unlocking is the security officer's

    // The administrator gives vma an initial password through the list.
    page->userView()->setCurrentIndex(
        page->userModel()->index(page->userModel()->rowOf(QStringLiteral("vma")), 0));
    page->setPasswordEdit()->setText(QStringLiteral("Vma-initial-1"));
    QTest::mouseClick(page->setPasswordButton(), Qt::LeftButton);
    EXPECT_TRUE(page->userError()->isHidden()) << page->userError()->text().toStdString();
    EXPECT_TRUE(accounts.state(QStringLiteral("vma"))->hasPassword);

    // vma locks the account with wrong passwords; the security officer unlocks it.
    for (int i = 0; i < 10 && !accounts.state(QStringLiteral("vma"))->lockedUntil.isValid(); ++i)
        (void)accounts.signIn(QStringLiteral("vma"), QStringLiteral("wrong"));
    ASSERT_TRUE(accounts.state(QStringLiteral("vma"))->lockedUntil.isValid());
    auto security = UserService(*m_db).actorFor(QStringLiteral("sec"));
    ASSERT_OK(security);
    MainWindow secWindow(*m_db, security.value());
    AdminPage *secPage = secWindow.administration();
    ASSERT_NE(secPage, nullptr);
    EXPECT_FALSE(secPage->addUserButton()->isEnabled());
    secPage->userView()->setCurrentIndex(
        secPage->userModel()->index(secPage->userModel()->rowOf(QStringLiteral("vma")), 0));
    QTest::mouseClick(secPage->unlockButton(), Qt::LeftButton);
    EXPECT_TRUE(secPage->userError()->isHidden()) << secPage->userError()->text().toStdString();
    EXPECT_FALSE(accounts.state(QStringLiteral("vma"))->lockedUntil.isValid());
    EXPECT_MODEL_OK(check);
}

TEST_F(AdminPageTest, TimeLimitsAreSetWithinTheirRangeAndHolidaysAdded)
{
    MainWindow window(*m_db, actor(QStringLiteral("admin")));
    AdminPage *page = window.administration();
    ASSERT_NE(page, nullptr);
    test::ModelCheck limits(page->limitModel());
    test::ModelCheck holidays(page->holidayModel());
    EXPECT_EQ(page->limitModel()->rowCount(), TimeLimits::known().size());
    const QString key = TimeLimits::kMediationVillageDays;
    page->limitKeyBox()->setCurrentIndex(page->limitKeyBox()->findData(key));
    page->limitValueBox()->setValue(-5);
    QTest::mouseClick(page->setLimitButton(), Qt::LeftButton);
    EXPECT_FALSE(page->limitError()->isHidden());
    const int before = TimeLimits(*m_db).value(key).value();
    page->limitValueBox()->setValue(before + 5);
    QTest::mouseClick(page->setLimitButton(), Qt::LeftButton);
    EXPECT_TRUE(page->limitError()->isHidden()) << page->limitError()->text().toStdString();
    EXPECT_EQ(TimeLimits(*m_db).value(key).value(), before + 5);
    const int row = page->limitModel()->rowOf(key);
    ASSERT_GE(row, 0);
    EXPECT_EQ(page->limitModel()->rows().at(row).cells.at(1), QString::number(before + 5));

    page->holidayDateEdit()->setDate(QDate(2026, 7, 15));
    page->holidayNameEdit()->setText(QStringLiteral("县庆"));
    QTest::mouseClick(page->addHolidayButton(), Qt::LeftButton);
    EXPECT_TRUE(page->holidayError()->isHidden()) << page->holidayError()->text().toStdString();
    EXPECT_EQ(page->holidayYearBox()->value(), 2026);
    EXPECT_GE(page->holidayModel()->rowOf(QStringLiteral("2026-07-15")), 0);
    auto calendar = HolidayCalendar::load(*m_db);
    ASSERT_OK(calendar);
    auto rest = calendar->isRestDay(QDate(2026, 7, 15));
    ASSERT_OK(rest);
    EXPECT_TRUE(rest.value());
    EXPECT_MODEL_OK(limits);
    EXPECT_MODEL_OK(holidays);
}

TEST_F(AdminPageTest, TheDeadlinesPageListsTheOrganisationsOpenTimeLimits)
{
    MainWindow window(*m_db, actor(QStringLiteral("staff")));
    DeadlinesPage *page = window.deadlines();
    ASSERT_NE(page, nullptr);
    test::ModelCheck check(page->model());
    EXPECT_EQ(page->model()->rowCount(), 0);
    CaseService cases(*m_db);
    auto registered = cases.intake(actor(QStringLiteral("staff")), sampleIntake(QStringLiteral("QH-DS")));
    ASSERT_OK(registered);
    const QDate received = registered->record.receivedOn;
    (void)cases.accept(actor(QStringLiteral("staff")), registered->record.id, received);
    // Building the window computed nothing; a change of day computes off the GUI thread.
    EXPECT_FALSE(page->isLoading());
    QSignalSpy loaded(page, &DeadlinesPage::loaded);
    page->dateEdit()->setDate(received.addDays(1));
    EXPECT_TRUE(page->isLoading());
    ASSERT_TRUE(loaded.wait(10000));
    ASSERT_GE(page->model()->rowCount(), 1);
    EXPECT_TRUE(page->model()->rows().first().problem.isEmpty()); // not overdue the next day
    EXPECT_EQ(page->model()->keyAt(0), registered->record.id);
    page->dateEdit()->setDate(received.addYears(1));
    ASSERT_TRUE(loaded.wait(10000));
    ASSERT_GE(page->model()->rowCount(), 1);
    EXPECT_FALSE(page->model()->rows().first().problem.isEmpty()); // overdue a year later
    EXPECT_MODEL_OK(check);
}

TEST_F(AdminPageTest, TheDeadlinesPageComputesWhenShownAndAfterAChangeWhileVisible)
{
    CaseService cases(*m_db);
    auto registered = cases.intake(actor(QStringLiteral("staff")), sampleIntake(QStringLiteral("QH-DS")));
    ASSERT_OK(registered);
    MainWindow window(*m_db, actor(QStringLiteral("staff")));
    DeadlinesPage *page = window.deadlines();
    ASSERT_NE(page, nullptr);
    // Building the window computed nothing, although a limit is open.
    EXPECT_FALSE(page->isLoading());
    EXPECT_EQ(page->model()->rowCount(), 0);
    // A change while the page is hidden is kept for when it is shown.
    Q_EMIT window.workspace().caseChanged(registered->record.id);
    EXPECT_FALSE(page->isLoading());

    QSignalSpy loaded(page, &DeadlinesPage::loaded);
    window.show();
    window.tabs()->setCurrentWidget(page);
    ASSERT_TRUE(loaded.count() > 0 || loaded.wait(10000));
    EXPECT_EQ(page->model()->rowCount(), 1);
    EXPECT_EQ(page->model()->keyAt(0), registered->record.id);

    // Shown, it follows the cases the other screens change.
    auto second = cases.intake(actor(QStringLiteral("staff")), sampleIntake(QStringLiteral("QH-DS")));
    ASSERT_OK(second);
    loaded.clear();
    Q_EMIT window.workspace().caseChanged(second->record.id);
    EXPECT_TRUE(page->isLoading());
    ASSERT_TRUE(loaded.wait(10000));
    EXPECT_EQ(page->model()->rowCount(), 2);
}
