#pragma once

#include "security/accounts.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tj {

class Database;

/// Sign-in: login and password checked by AccountService (lock-out and audit in core). While
/// no account has a password (the demo county, a new installation) anyone may enter without
/// one, and a warning says so. An initial or reset password must be changed before going on.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(Database &db, const QString &login = QString(), QWidget *parent = nullptr);

    /// Valid after the dialog was accepted.
    const SignIn &signIn() const { return m_signIn; }

    QLineEdit *loginField() const { return m_login; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *newPasswordField() const { return m_newPassword; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *warningLabel() const { return m_warning; }
    QPushButton *signInButton() const { return m_button; }

private:
    void trySignIn();
    void changePassword();

    Database &m_db;
    SignIn m_signIn;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLineEdit *m_newPassword;
    QLineEdit *m_repeat;
    QFormLayout *m_form;
    QLabel *m_message;
    QLabel *m_warning;
    QPushButton *m_button;
    bool m_changing = false;
};

/// Signs the user out after a time without keyboard or mouse input (setting
/// session.idle_minutes, kept in core): watches the whole application.
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(int timeoutMs, QObject *parent = nullptr);

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    class QTimer *m_timer;
};

} // namespace tj
