#include "userpickerdialog.h"

#include "common/messages.h"
#include "common/uisettings.h"
#include "common/texttablemodel.h"

#include "orgs/organisation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tj {

UserPickerDialog::UserPickerDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_model(new TextTableModel({tr("Name"), tr("Login"), tr("Organisation"), tr("Role")}, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView)
    , m_filter(new QLineEdit)
    , m_language(new QComboBox)
    , m_error(Messages::fieldErrorLabel())
{
    setWindowTitle(tr("Sign in — Tiaojie"));
    QHash<QString, QString> orgNames;
    if (auto orgs = OrganisationService(db).list())
        for (const Organisation &o : orgs.value())
            orgNames.insert(o.code, o.name);
    auto users = UserService(db).list();
    QList<TextRow> rows;
    if (users)
        for (const User &u : users.value())
            rows.append(
                TextRow{{u.name, u.login, orgNames.value(u.orgCode, u.orgCode), roleName(u.role)},
                        u.login,
                        QString()});
    else
        Messages::setFieldError(m_error, users.error().message);
    m_model->setRows(rows);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_filter->setPlaceholderText(tr("Type a name, login or organisation"));
    m_filter->setClearButtonEnabled(true);
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(UiSettings::language()));
    auto *restart = new QLabel;
    restart->setStyleSheet(QStringLiteral("color: #555;"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Find:"), m_filter);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), restart);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &UserPickerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UserPickerDialog::reject);
    connect(m_view, &QTableView::activated, this, &UserPickerDialog::accept);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this, restart] {
        UiSettings::setLanguage(m_language->currentData().toString());
        restart->setText(tr("The new language applies from the next start."));
    });
    if (!selectLogin(UiSettings::lastLogin()) && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    m_filter->setFocus();
    resize(720, 520);
}

void UserPickerDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down ||
        event->key() == Qt::Key_PageUp || event->key() == Qt::Key_PageDown) {
        QCoreApplication::sendEvent(m_view, event);
        return;
    }
    QDialog::keyPressEvent(event);
}

bool UserPickerDialog::selectLogin(const QString &login)
{
    const int row = login.isEmpty() ? -1 : m_model->rowOf(login);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    return m_view->currentIndex().isValid();
}

void UserPickerDialog::accept()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        Messages::setFieldError(m_error, tr("Choose who you are from the list."));
        return;
    }
    const QString login = current.data(TextTableModel::KeyRole).toString();
    auto actor = UserService(m_db).actorFor(login);
    if (!actor) {
        Messages::setFieldError(m_error, actor.error().message);
        return;
    }
    m_actor = actor.value();
    UiSettings::setLastLogin(login);
    QDialog::accept();
}

} // namespace tj
