#include "signindialog.h"

#include <QApplication>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace tj {

SignInDialog::SignInDialog(Database &db, const QString &login, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_login(new QLineEdit(login))
    , m_password(new QLineEdit)
    , m_newPassword(new QLineEdit)
    , m_repeat(new QLineEdit)
    , m_form(new QFormLayout)
    , m_message(new QLabel)
    , m_warning(new QLabel)
    , m_button(new QPushButton(tr("Sign in")))
{
    setWindowTitle(tr("Tiaojie — sign in"));
    for (QLineEdit *field : {m_password, m_newPassword, m_repeat})
        field->setEchoMode(QLineEdit::Password);
    m_form->addRow(tr("Login:"), m_login);
    m_form->addRow(tr("Password:"), m_password);
    m_form->addRow(tr("New password:"), m_newPassword);
    m_form->addRow(tr("Repeat new password:"), m_repeat);
    m_form->setRowVisible(m_newPassword, false);
    m_form->setRowVisible(m_repeat, false);
    m_message->setWordWrap(true);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #a15c00; font-weight: bold"));
    auto required = AccountService(m_db).passwordsRequired();
    if (required && !required.value())
        m_warning->setText(tr("No account has a password yet (demo or new installation): anyone "
                              "can sign in as any user. The administrator sets passwords before "
                              "real cases are entered."));
    m_warning->setVisible(!m_warning->text().isEmpty());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_warning);
    layout->addLayout(m_form);
    layout->addWidget(m_message);
    layout->addWidget(m_button);
    m_button->setDefault(true);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_changing)
            changePassword();
        else
            trySignIn();
    });
}

void SignInDialog::trySignIn()
{
    AccountService accounts(m_db);
    auto result = accounts.signIn(m_login->text().trimmed(), m_password->text());
    if (!result) {
        m_message->setText(result.error().message);
        m_password->clear();
        return;
    }
    m_signIn = result.value();
    if (!m_signIn.mustChangePassword) {
        accept();
        return;
    }
    m_changing = true;
    m_login->setEnabled(false);
    m_password->setEnabled(false);
    m_form->setRowVisible(m_newPassword, true);
    m_form->setRowVisible(m_repeat, true);
    m_button->setText(tr("Change password"));
    m_message->setText(tr("This is an initial password: choose your own before you go on."));
    m_newPassword->setFocus();
}

void SignInDialog::changePassword()
{
    if (m_newPassword->text() != m_repeat->text()) {
        m_message->setText(tr("The two new passwords differ."));
        return;
    }
    auto changed = AccountService(m_db).changeOwnPassword(m_signIn.actor, m_password->text(),
                                                          m_newPassword->text());
    if (!changed) {
        m_message->setText(changed.error().message);
        return;
    }
    m_signIn.mustChangePassword = false;
    accept();
}

IdleWatcher::IdleWatcher(int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(timeoutMs);
    connect(m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    qApp->installEventFilter(this);
    m_timer->start();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::InputMethod:
        m_timer->start();
        break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tj
