#include "user.h"

#include "common/clock.h"
#include "db/database.h"
#include "db/query.h"
#include "orgs/organisation.h"

#include <QRegularExpression>

namespace tj {

QString roleCode(Role role)
{
    switch (role) {
    case Role::Mediator: return QStringLiteral("mediator");
    case Role::Staff: return QStringLiteral("staff");
    case Role::Judge: return QStringLiteral("judge");
    case Role::Admin: return QStringLiteral("admin");
    case Role::Security: return QStringLiteral("security");
    case Role::Auditor: return QStringLiteral("auditor");
    }
    return {};
}

std::optional<Role> roleFromCode(const QString &code)
{
    for (Role r : {Role::Mediator, Role::Staff, Role::Judge, Role::Admin, Role::Security,
                   Role::Auditor})
        if (roleCode(r) == code)
            return r;
    return std::nullopt;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Mediator: return UserService::tr("mediator");
    case Role::Staff: return UserService::tr("township staff");
    case Role::Judge: return UserService::tr("judge");
    case Role::Admin: return UserService::tr("administrator");
    case Role::Security: return UserService::tr("security officer");
    case Role::Auditor: return UserService::tr("auditor");
    }
    return {};
}

namespace {
User fromQuery(const Query &q)
{
    User u;
    u.login = q.value("login").toString();
    u.name = q.value("name").toString();
    u.orgCode = q.value("org_code").toString();
    u.role = roleFromCode(q.value("role").toString()).value_or(Role::Mediator);
    return u;
}
} // namespace

Result<User> UserService::add(const User &input)
{
    static const QRegularExpression loginRe(QStringLiteral("^[a-z][a-z0-9_.-]{1,31}$"));
    if (!loginRe.match(input.login).hasMatch())
        return makeError(ErrorKind::Validation,
                         tr("The login \"%1\" must be 2–32 lower-case letters, digits, dots, "
                            "hyphens or underscores, starting with a letter.")
                             .arg(input.login));
    if (input.name.trimmed().isEmpty())
        return makeError(ErrorKind::Validation, tr("The user needs a name."));
    auto org = OrganisationService(m_db).find(input.orgCode);
    if (!org)
        return org.error();
    if (input.role == Role::Judge && !org->isCourt())
        return makeError(ErrorKind::Rule, tr("A judge must belong to a court or tribunal."));
    if (find(input.login).ok())
        return makeError(ErrorKind::Conflict,
                         tr("A user with login %1 already exists.").arg(input.login));
    Query q(m_db.connection(),
            "INSERT INTO users (login, name, org_code, role, created_at)"
            " VALUES (:login, :name, :org, :role, :now)");
    q.bind("login", input.login)
        .bind("name", input.name.trimmed())
        .bind("org", input.orgCode)
        .bind("role", roleCode(input.role))
        .bind("now", nowStamp());
    TJ_TRY(q.exec());
    return input;
}

Result<User> UserService::find(const QString &login) const
{
    Query q(m_db.connection(),
            "SELECT login, name, org_code, role FROM users WHERE login = :login AND active = 1");
    q.bind("login", login);
    TJ_TRY(q.exec());
    if (!q.next())
        return makeError(ErrorKind::NotFound, tr("There is no user %1.").arg(login));
    return fromQuery(q);
}

Result<QList<User>> UserService::list() const
{
    Query q(m_db.connection(),
            "SELECT login, name, org_code, role FROM users WHERE active = 1 ORDER BY org_code, login");
    TJ_TRY(q.exec());
    QList<User> users;
    while (q.next())
        users.append(fromQuery(q));
    return users;
}

Result<Actor> UserService::actorFor(const QString &login) const
{
    if (!login.isEmpty()) {
        auto user = find(login);
        if (!user)
            return user.error();
        return Actor{user->login, user->orgCode, user->role};
    }
    Query q(m_db.connection(),
            "SELECT login, name, org_code, role FROM users WHERE role = 'admin' AND active = 1");
    TJ_TRY(q.exec());
    QList<User> admins;
    while (q.next())
        admins.append(fromQuery(q));
    if (admins.size() == 1)
        return Actor{admins[0].login, admins[0].orgCode, Role::Admin};
    if (admins.size() > 1)
        return makeError(ErrorKind::Usage,
                         tr("There are several administrators; name the acting user with --user."));
    Query any(m_db.connection(), "SELECT COUNT(*) FROM users");
    TJ_TRY(any.exec());
    if (any.next() && any.value(0).toInt() == 0)
        return Actor::system();
    return makeError(ErrorKind::Usage, tr("Name the acting user with --user."));
}

} // namespace tj
