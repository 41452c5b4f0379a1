#include "adminpage.h"

#include "common/messages.h"
#include "common/texttablemodel.h"
#include "common/workspace.h"
#include "orgs/organisation.h"
#include "security/accounts.h"
#include "security/startpage.h"
#include "users/user.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tj {

namespace {
QTableView *tableFor(TextTableModel *model)
{
    auto *view = new QTableView;
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    // Codes, names and setting keys are read whole; the last column takes the rest.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}
} // namespace

AdminPage::AdminPage(Workspace &ws, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_sections(new QTabWidget)
{
    m_sections->addTab(buildOrganisations(), tr("Organisations"));
    m_sections->addTab(buildUsers(), tr("Users"));
    m_sections->addTab(buildLimits(), tr("Time limits"));
    m_sections->addTab(buildHolidays(), tr("Holidays"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sections);
    const Role role = ws.actor().role;
    const bool admin = ws.actor().isAdmin() || ws.actor().isSystem();
    // The forms a role cannot use are not offered; core refuses them anyway.
    m_addOrg->setEnabled(admin);
    m_addUser->setEnabled(admin);
    m_setPasswordButton->setEnabled(admin || role == Role::Security);
    m_unlock->setEnabled(role == Role::Security);
    m_setLimit->setEnabled(admin || role == Role::Security);
    m_addHoliday->setEnabled(admin);
    if (role == Role::Auditor) {
        m_auditSection = buildAudit();
        m_sections->addTab(m_auditSection, tr("Audit trail"));
    }
    reload();
    // The section that fits the role opens first (security officers: users; auditors: audit).
    switch (StartPage::sectionFor(role)) {
    case StartPage::Section::Users:
        m_sections->setCurrentIndex(1);
        break;
    case StartPage::Section::Audit:
        if (m_auditSection)
            m_sections->setCurrentWidget(m_auditSection);
        break;
    case StartPage::Section::Organisations:
        break;
    }
}

void AdminPage::reload()
{
    reloadOrganisations();
    reloadUsers();
    reloadLimits();
    reloadHolidays();
    reloadAudit();
}

QWidget *AdminPage::buildOrganisations()
{
    m_orgTree = new QTreeWidget;
    m_orgTree->setHeaderLabels({tr("Organisation"), tr("Code"), tr("Tier"), tr("Population")});
    m_orgTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_orgCode = new QLineEdit;
    m_orgName = new QLineEdit;
    m_orgTier = new QComboBox;
    for (OrgTier t : {OrgTier::Court, OrgTier::Tribunal, OrgTier::Township, OrgTier::Village})
        m_orgTier->addItem(tierName(t), tierCode(t));
    m_orgTier->setCurrentIndex(m_orgTier->count() - 1);
    m_orgParent = new QComboBox;
    m_orgPopulation = new QLineEdit;
    m_orgPopulation->setPlaceholderText(tr("optional"));
    m_addOrg = new QPushButton(tr("&Add organisation"));
    m_orgError = Messages::fieldErrorLabel();
    auto *form = new QFormLayout;
    form->addRow(tr("Code:"), m_orgCode);
    form->addRow(tr("Name:"), m_orgName);
    form->addRow(tr("Tier:"), m_orgTier);
    form->addRow(tr("Parent:"), m_orgParent);
    form->addRow(tr("Population:"), m_orgPopulation);
    form->addRow(QString(), m_orgError);
    form->addRow(QString(), m_addOrg);
    auto *page = new QWidget;
    auto *layout = new QHBoxLayout(page);
    layout->addWidget(m_orgTree, 3);
    layout->addLayout(form, 2);
    connect(m_addOrg, &QPushButton::clicked, this, &AdminPage::addOrganisation);
    connect(m_orgTree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            m_orgParent->setCurrentIndex(m_orgParent->findData(item->text(1)));
    });
    return page;
}

void AdminPage::reloadOrganisations()
{
    m_orgTree->clear();
    m_orgParent->clear();
    auto orgs = OrganisationService(m_ws.db()).list();
    if (!orgs) {
        Messages::setFieldError(m_orgError, orgs.error().message);
        return;
    }
    QHash<QString, QTreeWidgetItem *> items;
    QList<Organisation> sorted = orgs.value();
    std::sort(sorted.begin(), sorted.end(),
              [](const Organisation &a, const Organisation &b) { return a.path < b.path; });
    for (const Organisation &o : sorted) {
        const QStringList cells{o.name, o.code, tierName(o.tier),
                                o.population ? QString::number(*o.population) : QString()};
        QTreeWidgetItem *parent = items.value(o.parentCode);
        auto *item = parent ? new QTreeWidgetItem(parent, cells) : new QTreeWidgetItem(cells);
        if (!parent)
            m_orgTree->addTopLevelItem(item);
        items.insert(o.code, item);
        m_orgParent->addItem(QStringLiteral("%1 (%2)").arg(o.name, o.code), o.code);
    }
    m_orgTree->expandAll();
    m_ws.reloadOrganisations();
}

void AdminPage::addOrganisation()
{
    Organisation org;
    org.code = m_orgCode->text().trimmed();
    org.name = m_orgName->text().trimmed();
    org.tier = tierFromCode(m_orgTier->currentData().toString()).value_or(OrgTier::Village);
    org.parentCode = m_orgParent->currentData().toString();
    const QString population = m_orgPopulation->text().trimmed();
    if (!population.isEmpty()) {
        bool ok = false;
        const qint64 n = population.toLongLong(&ok);
        if (!ok || n < 0) {
            Messages::setFieldError(m_orgError, tr("The population must be a whole number."));
            return;
        }
        org.population = n;
    }
    auto added = AccountService(m_ws.db()).addOrganisation(m_ws.actor(), org);
    if (!added) {
        Messages::setFieldError(m_orgError, added.error().message);
        return;
    }
    Messages::setFieldError(m_orgError, QString());
    m_orgCode->clear();
    m_orgName->clear();
    m_orgPopulation->clear();
    reloadOrganisations();
    reloadUsers();
}

QWidget *AdminPage::buildUsers()
{
    m_users = new TextTableModel(
        {tr("Name"), tr("Login"), tr("Organisation"), tr("Role"), tr("Password")}, this);
    m_userView = tableFor(m_users);
    m_userLogin = new QLineEdit;
    m_userName = new QLineEdit;
    m_userOrg = new QComboBox;
    m_userRole = new QComboBox;
    for (Role r : {Role::Mediator, Role::Staff, Role::Judge, Role::Admin, Role::Security,
                   Role::Auditor})
        m_userRole->addItem(roleName(r), roleCode(r));
    m_userPassword = new QLineEdit;
    m_userPassword->setEchoMode(QLineEdit::Password);
    m_userPassword->setPlaceholderText(tr("optional; to be changed at first sign-in"));
    m_addUser = new QPushButton(tr("Add &user"));
    m_setPassword = new QLineEdit;
    m_setPassword->setEchoMode(QLineEdit::Password);
    m_setPasswordButton = new QPushButton(tr("Set &initial password"));
    m_unlock = new QPushButton(tr("Un&lock"));
    m_userError = Messages::fieldErrorLabel();
    auto *form = new QFormLayout;
    form->addRow(tr("Login:"), m_userLogin);
    form->addRow(tr("Name:"), m_userName);
    form->addRow(tr("Organisation:"), m_userOrg);
    form->addRow(tr("Role:"), m_userRole);
    form->addRow(tr("Initial password:"), m_userPassword);
    form->addRow(QString(), m_addUser);
    form->addRow(new QLabel(tr("<b>Selected user</b>")));
    form->addRow(tr("New password:"), m_setPassword);
    form->addRow(QString(), m_setPasswordButton);
    form->addRow(QString(), m_unlock);
    form->addRow(QString(), m_userError);
    auto *page = new QWidget;
    auto *layout = new QHBoxLayout(page);
    layout->addWidget(m_userView, 3);
    layout->addLayout(form, 2);
    connect(m_addUser, &QPushButton::clicked, this, &AdminPage::addUser);
    connect(m_setPasswordButton, &QPushButton::clicked, this, &AdminPage::setPassword);
    connect(m_unlock, &QPushButton::clicked, this, &AdminPage::unlock);
    return page;
}

void AdminPage::reloadUsers()
{
    m_userOrg->clear();
    if (auto orgs = OrganisationService(m_ws.db()).list())
        for (const Organisation &o : orgs.value())
            m_userOrg->addItem(QStringLiteral("%1 (%2)").arg(o.name, o.code), o.code);
    auto users = UserService(m_ws.db()).list();
    if (!users) {
        Messages::setFieldError(m_userError, users.error().message);
        return;
    }
    AccountService accounts(m_ws.db());
    QList<TextRow> rows;
    for (const User &u : users.value()) {
        QString password = tr("none");
        if (auto state = accounts.state(u.login)) {
            if (state->lockedUntil.isValid())
                password = tr("locked until %1")
                               .arg(state->lockedUntil.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
            else if (state->mustChangePassword)
                password = tr("initial (to be changed)");
            else if (state->hasPassword)
                password = tr("set");
        }
        rows.append(TextRow{{u.name, u.login, m_ws.orgName(u.orgCode), roleName(u.role), password},
                            u.login,
                            QString()});
    }
    const QString selected = selectedLogin();
    m_users->setRows(rows);
    if (const int row = m_users->rowOf(selected); row >= 0)
        m_userView->setCurrentIndex(m_users->index(row, 0));
}

QString AdminPage::selectedLogin() const
{
    const QModelIndex current = m_userView->currentIndex();
    return current.isValid() ? m_users->keyAt(current.row()) : QString();
}

void AdminPage::addUser()
{
    User user;
    user.login = m_userLogin->text().trimmed();
    user.name = m_userName->text().trimmed();
    user.orgCode = m_userOrg->currentData().toString();
    user.role = roleFromCode(m_userRole->currentData().toString()).value_or(Role::Mediator);
    std::optional<QString> password;
    if (!m_userPassword->text().isEmpty())
        password = m_userPassword->text();
    auto added = AccountService(m_ws.db()).addUser(m_ws.actor(), user, password);
    if (!added) {
        Messages::setFieldError(m_userError, added.error().message);
        return;
    }
    Messages::setFieldError(m_userError, QString());
    m_userLogin->clear();
    m_userName->clear();
    m_userPassword->clear();
    reloadUsers();
    m_userView->setCurrentIndex(m_users->index(m_users->rowOf(user.login), 0));
}

void AdminPage::setPassword()
{
    const QString login = selectedLogin();
    if (login.isEmpty()) {
        Messages::setFieldError(m_userError, tr("Choose a user in the list first."));
        return;
    }
    auto set = AccountService(m_ws.db()).setPassword(m_ws.actor(), login, m_setPassword->text());
    if (!set) {
        Messages::setFieldError(m_userError, set.error().message);
        return;
    }
    Messages::setFieldError(m_userError, QString());
    m_setPassword->clear();
    reloadUsers();
}

void AdminPage::unlock()
{
    const QString login = selectedLogin();
    if (login.isEmpty()) {
        Messages::setFieldError(m_userError, tr("Choose a user in the list first."));
        return;
    }
    auto done = AccountService(m_ws.db()).unlock(m_ws.actor(), login);
    if (!done) {
        Messages::setFieldError(m_userError, done.error().message);
        return;
    }
    Messages::setFieldError(m_userError, QString());
    reloadUsers();
}

} // namespace tj
