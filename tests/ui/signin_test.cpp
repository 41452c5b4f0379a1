#include "security/accounts.h"
#include "security/signindialog.h"

#include "testsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace tj;

class SignInTest : public test::DbFixture
{
protected:
    void SetUp() override
    {
        DbFixture::SetUp();
        buildSmallCounty();
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
    QTest::keyClicks(dialog.findChildren<QLineEdit *>().last(), QStringLiteral("My-own-pw-1"));
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
