#pragma once

#include "security/accounts.h"
#include "orgs/organisation.h"
#include "users/user.h"

#include <QHash>

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace tj {

class Database;
class TextTableModel;

/// The one sign-in dialog. The users of this workstation are listed with their organisation and
/// role (type to filter, Up/Down, the last login preselected); choosing one fills the login.
/// Login and password are checked by AccountService (lock-out and audit in core). While no
/// account has a password (the demo county, a new installation) anyone may enter without one,
/// and a warning says so. An initial or reset password must be changed before going on. The
/// interface language is chosen here too (it applies from the next start).
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(Database &db, const QString &login = QString(), QWidget *parent = nullptr);

    /// Valid after the dialog was accepted.
    const SignIn &signIn() const { return m_signIn; }
    /// Selects a user of the list (and fills the login field); false if not listed.
    bool selectLogin(const QString &login);

    QLineEdit *loginField() const { return m_login; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *newPasswordField() const { return m_newPassword; }
    QLineEdit *repeatField() const { return m_repeat; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *warningLabel() const { return m_warning; }
    QPushButton *signInButton() const { return m_button; }
    TextTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *languageBox() const { return m_language; }
    /// Who the chosen login is: name, role and organisation, and the page that opens first.
    QLabel *roleLabel() const { return m_role; }

protected:
    /// Up and Down move through the list while typing in the search field.
    void keyPressEvent(QKeyEvent *event) override;

private:
    void buildUserList();
    void trySignIn();
    void changePassword();
    void showRole();

    Database &m_db;
    SignIn m_signIn;
    TextTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLineEdit *m_newPassword;
    QLineEdit *m_repeat;
    QFormLayout *m_form;
    QLabel *m_message;
    QLabel *m_warning;
    QLabel *m_role;
    struct Listed
    {
        User user;
        QString orgName;
        OrgTier tier = OrgTier::Village;
    };
    QHash<QString, Listed> m_listed; ///< by login
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
