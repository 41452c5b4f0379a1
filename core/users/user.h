#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace tj {

class Database;

/// Case roles (mediator, staff, judge) work on disputes; the administrator manages organisations
/// and users, the security officer passwords, lock-outs, settings and restores, and the auditor
/// reads the audit trail. Only case roles read case content.
enum class Role { Mediator, Staff, Judge, Admin, Security, Auditor };

QString roleCode(Role role);
std::optional<Role> roleFromCode(const QString &code);
QString roleName(Role role);

struct User
{
    QString login;
    QString name;
    QString orgCode;
    Role role = Role::Mediator;
};

/// Who performs an operation: every change is recorded under this identity, and the
/// organisation and role decide what the actor may do.
struct Actor
{
    QString login; ///< empty for the built-in system actor of an installation without users
    QString orgCode;
    Role role = Role::Admin;

    static Actor system() { return Actor{}; }
    bool isSystem() const { return login.isEmpty(); }
    bool isAdmin() const { return role == Role::Admin; }
    /// Mediators, township staff and judges work on cases; the system actor stands in for them
    /// while an installation has no users.
    bool hasCaseRole() const
    {
        return isSystem() || role == Role::Mediator || role == Role::Staff || role == Role::Judge;
    }
};

class UserService
{
    Q_DECLARE_TR_FUNCTIONS(UserService)
public:
    explicit UserService(Database &db) : m_db(db) {}

    Result<User> add(const User &user);
    Result<User> find(const QString &login) const;
    Result<QList<User>> list() const;
    /// The actor for a login, or, for an empty login, the only administrator
    /// (or the system actor while no user exists).
    Result<Actor> actorFor(const QString &login) const;

private:
    Database &m_db;
};

} // namespace tj
