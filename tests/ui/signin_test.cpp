#include "admin/adminpage.h"
#include "cases/caselistpage.h"
#include "review/reviewpage.h"
#include "mainwindow.h"
#include "db/query.h"
#include "inbox/transferqueue.h"
#include "orgs/organisation.h"
#include "security/accounts.h"
#include "security/startpage.h"
#include "security/signindialog.h"
#include "common/texttablemodel.h"
#include "common/uisettings.h"
#include "uitest.h"


#include <QComboBox>
#include <QLabel>
#include <QTableView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace tj;

class SignInTest : public test::UiFixture
{
protected:
    int refusals()
    {
        Query q(m_db->connection(), "SELECT COUNT(*) FROM audit_log WHERE result = 'denied'");
        EXPECT_TRUE(q.exec().ok());
        return q.next() ? q.value(0).toInt() : -1;
    }
};

TEST_F(SignInTest, AnOpenInstallationLetsUsersInWithAVisibleWarning)
{
    SignInDialog dialog(*m_db, QStringLiteral("vma"));
    dialog.show();
    EXPECT_TRUE(dialog.warningLabel()->isVisible());
    QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.signIn().actor.login, QStringLiteral("vma"));
    EXPECT_TRUE(dialog.signIn().withoutPassword);
}

TEST_F(SignInTest, AWrongPasswordIsRefusedAndAnInitialOneMustBeChanged)
{
    AccountService accounts(*m_db);
    ASSERT_OK(accounts.changeOwnPassword(actor(QStringLiteral("admin")), QString(), QStringLiteral("Admin-pass-1")));
    ASSERT_OK(accounts.setPassword(actor(QStringLiteral("admin")), QStringLiteral("vma"), QStringLiteral("Initial-pw-1")));
    SignInDialog dialog(*m_db);
    dialog.show();
    EXPECT_FALSE(dialog.warningLabel()->isVisible());
    dialog.loginField()->clear();
    QTest::keyClicks(dialog.loginField(), QStringLiteral("vma"));
    QTest::keyClicks(dialog.passwordField(), QStringLiteral("wrong-guess"));
    QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.messageLabel()->text().isEmpty());
    EXPECT_TRUE(dialog.passwordField()->text().isEmpty());

    QTest::keyClicks(dialog.passwordField(), QStringLiteral("Initial-pw-1"));
    QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
    EXPECT_TRUE(dialog.isVisible()); // the initial password must be changed first
    ASSERT_TRUE(dialog.newPasswordField()->isVisible());
    QTest::keyClicks(dialog.newPasswordField(), QStringLiteral("My-own-pw-1"));
    QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
    EXPECT_TRUE(dialog.isVisible()); // the repetition differs
    QTest::keyClicks(dialog.repeatField(), QStringLiteral("My-own-pw-1"));
    QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(accounts.state(QStringLiteral("vma"))->mustChangePassword);
    EXPECT_OK(accounts.signIn(QStringLiteral("vma"), QStringLiteral("My-own-pw-1")));
}

TEST_F(SignInTest, IdleWatcherSignsOutOnlyWithoutInput)
{
    QWidget widget;
    widget.show();
    IdleWatcher watcher(300);
    QSignalSpy idle(&watcher, &IdleWatcher::idle);
    for (int i = 0; i < 4; ++i) {
        QTest::qWait(150);
        QTest::keyClick(&widget, Qt::Key_A);
    }
    EXPECT_EQ(idle.count(), 0);
    EXPECT_TRUE(idle.wait(1000));
}

TEST_F(SignInTest, TheListChoosesTheUserTypedAndEnterSignsIn)
{
    SignInDialog dialog(*m_db);
    test::ModelCheck check(dialog.model());
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    EXPECT_EQ(dialog.model()->rowCount(), 7);
    dialog.filterEdit()->setFocus();
    QTest::keyClicks(dialog.filterEdit(), QStringLiteral("staff"));
    EXPECT_EQ(dialog.view()->model()->rowCount(), 2); // staff, xhstaff
    dialog.view()->setCurrentIndex(dialog.view()->model()->index(0, 0));
    QTest::keyClick(dialog.filterEdit(), Qt::Key_Down);
    EXPECT_EQ(dialog.view()->currentIndex().row(), 1);
    EXPECT_EQ(dialog.loginField()->text(), QStringLiteral("xhstaff"));
    QTest::keyClick(dialog.filterEdit(), Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.signIn().actor.login, QStringLiteral("xhstaff"));
    EXPECT_EQ(dialog.signIn().actor.orgCode, QStringLiteral("QH-XH"));
    EXPECT_MODEL_OK(check);

    SignInDialog again(*m_db); // the last login is remembered
    EXPECT_EQ(again.loginField()->text(), QStringLiteral("xhstaff"));
    EXPECT_EQ(again.view()->currentIndex().data(TextTableModel::KeyRole).toString(),
              QStringLiteral("xhstaff"));
}

TEST_F(SignInTest, NoUserChosenOrAnUnknownLoginIsRefusedWithAMessage)
{
    SignInDialog dialog(*m_db);
    dialog.show();
    QTest::keyClicks(dialog.filterEdit(), QStringLiteral("nobody-here"));
    EXPECT_EQ(dialog.view()->model()->rowCount(), 0);
    dialog.loginField()->clear();
    QTest::keyClick(dialog.filterEdit(), Qt::Key_Return);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(dialog.messageLabel()->isVisible());
    QTest::keyClicks(dialog.loginField(), QStringLiteral("nobody-here"));
    QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.messageLabel()->text().isEmpty());
}

TEST_F(SignInTest, TheLanguageChosenIsKeptForTheNextStart)
{
    SignInDialog dialog(*m_db);
    dialog.show();
    const int en = dialog.languageBox()->findData(QStringLiteral("en"));
    const int zh = dialog.languageBox()->findData(QStringLiteral("zh_CN"));
    ASSERT_GE(en, 0);
    ASSERT_GE(zh, 0);
    dialog.languageBox()->setCurrentIndex(en);
    EXPECT_EQ(UiSettings::language(), QStringLiteral("en"));
    dialog.languageBox()->setCurrentIndex(zh);
    EXPECT_EQ(UiSettings::language(), QStringLiteral("zh_CN"));
}

// The dialog says who the chosen login is (organisation, role) and what opens first; the window
// signed in with it opens that page (and, on the administration desk, the section of the role).
TEST_F(SignInTest, TheChosenUserSeesOrganisationRoleAndTheirFirstPage)
{
    UserService users(*m_db);
    ASSERT_OK(users.add(User{QStringLiteral("sec"), QStringLiteral("安全员"), QStringLiteral("QH-FY"),
                             Role::Security}));
    ASSERT_OK(users.add(User{QStringLiteral("aud"), QStringLiteral("审计员"), QStringLiteral("QH-FY"),
                             Role::Auditor}));
    struct Expect
    {
        const char *login;
        const char *org;
        Role role;
    };
    for (const Expect &c :
         {Expect{"vma", "QH-DS-A", Role::Mediator}, Expect{"judge", "QH-FT", Role::Judge},
          Expect{"admin", "QH-FY", Role::Admin}, Expect{"sec", "QH-FY", Role::Security},
          Expect{"aud", "QH-FY", Role::Auditor}}) {
        const QString login = QString::fromLatin1(c.login);
        SCOPED_TRACE(c.login);
        SignInDialog dialog(*m_db);
        dialog.show();
        dialog.loginField()->clear();
        EXPECT_FALSE(dialog.roleLabel()->text().isEmpty()); // asks to choose
        QTest::keyClicks(dialog.loginField(), login);
        auto org = OrganisationService(*m_db).find(QString::fromLatin1(c.org));
        ASSERT_OK(org);
        const QString said = dialog.roleLabel()->text();
        EXPECT_TRUE(said.contains(org->name)) << said.toStdString();
        EXPECT_TRUE(said.contains(roleName(c.role))) << said.toStdString();
        EXPECT_TRUE(said.contains(StartPage::describe(c.role, org->tier))) << said.toStdString();
        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        ASSERT_EQ(dialog.result(), QDialog::Accepted);

        const int refusedBefore = refusals();
        MainWindow window(*m_db, dialog.signIn().actor);
        window.show();
        QWidget *first = window.tabs()->currentWidget();
        switch (c.role) {
        case Role::Mediator:
            EXPECT_EQ(first, static_cast<QWidget *>(window.caseList()));
            break;
        case Role::Judge:
            EXPECT_EQ(first, static_cast<QWidget *>(window.review()));
            break;
        default: {
            ASSERT_EQ(first, static_cast<QWidget *>(window.administration()));
            // No case list, inbox or review for roles that read no case content, and nothing
            // asked of core that it would refuse.
            EXPECT_EQ(window.tabs()->indexOf(window.caseList()), -1);
            EXPECT_EQ(window.tabs()->indexOf(window.inbox()), -1);
            EXPECT_EQ(window.review(), nullptr);
            EXPECT_EQ(refusals(), refusedBefore);
            AdminPage *admin = window.administration();
            QWidget *section = admin->sections()->currentWidget();
            if (c.role == Role::Admin) {
                EXPECT_EQ(admin->sections()->currentIndex(), 0); // the organisation tree
                EXPECT_EQ(admin->auditSection(), nullptr);
            } else if (c.role == Role::Security) {
                EXPECT_EQ(admin->sections()->currentIndex(), 1); // the users: lock-outs
                EXPECT_TRUE(admin->unlockButton()->isEnabled());
            } else {
                ASSERT_NE(admin->auditSection(), nullptr);
                EXPECT_EQ(section, admin->auditSection());
                // The sign-in just made is the newest entry of the trail.
                ASSERT_GT(admin->auditModel()->rowCount(), 0);
                EXPECT_TRUE(admin->auditModel()->rows().first().cells.contains(QStringLiteral("aud")));
                QTest::mouseClick(admin->verifyAuditButton(), Qt::LeftButton);
                EXPECT_TRUE(admin->auditError()->text().isEmpty())
                    << admin->auditError()->text().toStdString();
                EXPECT_FALSE(admin->auditState()->text().isEmpty());
                // The check itself is recorded and listed.
                EXPECT_EQ(admin->auditModel()->rows().first().cells.value(3),
                          QStringLiteral("audit.verify"));
            }
        }
        }
    }
}
