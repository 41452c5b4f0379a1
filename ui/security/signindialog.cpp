#include "signindialog.h"

#include "common/messages.h"
#include "common/modelobserver.h"
#include "common/texttablemodel.h"
#include "common/uisettings.h"
#include "orgs/organisation.h"
#include "security/startpage.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QSortFilterProxyModel>
#include <QTableView>
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
    , m_model(new TextTableModel({tr("Name"), tr("Login"), tr("Organisation"), tr("Role")}, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView)
    , m_filter(new QLineEdit)
    , m_language(new QComboBox)
    , m_languageNote(new QLabel)
    , m_login(new QLineEdit)
    , m_password(new QLineEdit)
    , m_newPassword(new QLineEdit)
    , m_repeat(new QLineEdit)
    , m_form(new QFormLayout)
    , m_message(Messages::fieldErrorLabel())
    , m_warning(new QLabel)
    , m_role(new QLabel)
    , m_button(new QPushButton(tr("&Sign in")))
{
    setWindowTitle(tr("Tiaojie — sign in"));
    buildUserList();
    for (QLineEdit *field : {m_password, m_newPassword, m_repeat})
        field->setEchoMode(QLineEdit::Password);
    m_filter->setPlaceholderText(tr("Type a name, login or organisation"));
    m_filter->setClearButtonEnabled(true);
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(UiSettings::language()));
    m_languageNote->setStyleSheet(QStringLiteral("color: #555;"));
    auto *top = new QFormLayout;
    top->addRow(tr("&Find:"), m_filter);
    m_form->addRow(tr("&Login:"), m_login);
    m_form->addRow(tr("&Password:"), m_password);
    m_form->addRow(tr("New password:"), m_newPassword);
    m_form->addRow(tr("Repeat new password:"), m_repeat);
    m_form->addRow(tr("L&anguage:"), m_language);
    m_form->addRow(QString(), m_languageNote);
    m_form->setRowVisible(m_newPassword, false);
    m_form->setRowVisible(m_repeat, false);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #a15c00; font-weight: bold"));
    auto required = AccountService(m_db).passwordsRequired();
    if (required && !required.value())
        m_warning->setText(tr("No account has a password yet (demo or new installation): anyone "
                              "can sign in as any user. The administrator sets passwords before "
                              "real cases are entered."));
    m_warning->setVisible(!m_warning->text().isEmpty());
    m_role->setTextFormat(Qt::PlainText);
    m_role->setWordWrap(true);
    m_role->setStyleSheet(QStringLiteral("padding: 4px; background: #eef3f8; border: 1px solid #c8d4e0;"));
    connect(m_login, &QLineEdit::textChanged, this, &SignInDialog::showRole);
    auto *quit = new QPushButton(tr("&Quit"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_button);
    buttons->addWidget(quit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_warning);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_role);
    layout->addLayout(m_form);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    m_button->setDefault(true);
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_changing)
            changePassword();
        else
            trySignIn();
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        UiSettings::setLanguage(m_language->currentData().toString());
        m_languageNote->setText(tr("The new language applies from the next start."));
    });
    const QString preset = login.isEmpty() ? UiSettings::lastLogin() : login;
    if (!selectLogin(preset))
        m_login->setText(login);
    showRole();
    if (m_login->text().isEmpty())
        m_filter->setFocus();
    else
        m_password->setFocus();
    resize(720, 600);
}

void SignInDialog::buildUserList()
{
    QHash<QString, Organisation> orgs;
    if (auto list = OrganisationService(m_db).list())
        for (const Organisation &o : list.value())
            orgs.insert(o.code, o);
    QList<TextRow> rows;
    if (auto users = UserService(m_db).list())
        for (const User &u : users.value()) {
            const Organisation org = orgs.value(u.orgCode);
            const QString orgName = org.name.isEmpty() ? u.orgCode : org.name;
            m_listed.insert(u.login, Listed{u, orgName, org.tier});
            rows.append(TextRow{{u.name, u.login, orgName, roleName(u.role)}, u.login, QString()});
        }
    m_model->setRows(rows);
    m_proxy->setSourceModel(m_model);
    announceModel(m_proxy);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && !m_changing)
                    m_login->setText(current.data(TextTableModel::KeyRole).toString());
            });
    connect(m_view, &QTableView::activated, this, [this] { m_password->setFocus(); });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        if (m_proxy->rowCount() > 0 && !m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });
}

void SignInDialog::showRole()
{
    const auto found = m_listed.constFind(m_login->text().trimmed());
    if (found == m_listed.constEnd()) {
        m_role->setText(tr("Choose who you are: your organisation and role decide what opens first."));
        return;
    }
    m_role->setText(tr("%1 — %2 at %3.\n%4")
                        .arg(found->user.name, roleName(found->user.role), found->orgName,
                             StartPage::describe(found->user.role, found->tier)));
}

bool SignInDialog::selectLogin(const QString &login)
{
    const int row = login.isEmpty() ? -1 : m_model->rowOf(login);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    m_login->setText(login);
    return m_view->currentIndex().isValid();
}

void SignInDialog::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (m_filter->hasFocus() && (key == Qt::Key_Up || key == Qt::Key_Down ||
                                 key == Qt::Key_PageUp || key == Qt::Key_PageDown)) {
        QCoreApplication::sendEvent(m_view, event);
        return;
    }
    QDialog::keyPressEvent(event);
}

void SignInDialog::trySignIn()
{
    AccountService accounts(m_db);
    const QString login = m_login->text().trimmed();
    if (login.isEmpty()) {
        Messages::setFieldError(m_message, tr("Choose who you are from the list or type your login."));
        return;
    }
    auto result = accounts.signIn(login, m_password->text());
    if (!result) {
        Messages::setFieldError(m_message, result.error().message);
        m_password->clear();
        return;
    }
    m_signIn = result.value();
    if (!m_signIn.mustChangePassword) {
        UiSettings::setLastLogin(login);
        accept();
        return;
    }
    m_changing = true;
    m_login->setEnabled(false);
    m_password->setEnabled(false);
    m_form->setRowVisible(m_newPassword, true);
    m_form->setRowVisible(m_repeat, true);
    m_button->setText(tr("Change password"));
    m_view->setEnabled(false);
    m_filter->setEnabled(false);
    Messages::setFieldError(m_message,
                            tr("This is an initial password: choose your own before you go on."));
    m_newPassword->setFocus();
}

void SignInDialog::changePassword()
{
    if (m_newPassword->text() != m_repeat->text()) {
        Messages::setFieldError(m_message, tr("The two new passwords differ."));
        return;
    }
    auto changed = AccountService(m_db).changeOwnPassword(m_signIn.actor, m_password->text(),
                                                          m_newPassword->text());
    if (!changed) {
        Messages::setFieldError(m_message, changed.error().message);
        return;
    }
    m_signIn.mustChangePassword = false;
    UiSettings::setLastLogin(m_signIn.actor.login);
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
