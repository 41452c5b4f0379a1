#include "accounts.h"

#include "audit.h"
#include "password.h"
#include "settings.h"

#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"

namespace tj {

namespace {
QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseStamp(const QVariant &v)
{
    if (v.isNull() || v.toString().isEmpty())
        return {};
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

AuditEntry signInEntry(const QString &login, const QString &result, const QString &detail)
{
    AuditEntry e;
    e.user = login;
    e.action = QStringLiteral("user.sign_in");
    e.objectType = QStringLiteral("user");
    e.objectId = login;
    e.result = result;
    e.detail = detail;
    return e;
}
} // namespace

AccountService::AccountService(Database &db)
    : m_db(db)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{}

Result<bool> AccountService::passwordsRequired() const
{
    Query q(m_db.connection(),
            "SELECT EXISTS (SELECT 1 FROM users WHERE password_hash IS NOT NULL AND active = 1)");
    TJ_TRY(q.exec());
    return q.next() && q.value(0).toBool();
}

Result<AccountState> AccountService::state(const QString &login) const
{
    Query q(m_db.connection(),
            "SELECT password_hash, must_change_password, failed_attempts, locked_until"
            " FROM users WHERE login = :login AND active = 1");
    q.bind("login", login);
    TJ_TRY(q.exec());
    if (!q.next())
        return makeError(ErrorKind::NotFound, tr("There is no user %1.").arg(login));
    AccountState s;
    s.hasPassword = !q.value(0).isNull();
    s.mustChangePassword = q.value(1).toBool();
    s.failedAttempts = q.value(2).toInt();
    s.lockedUntil = parseStamp(q.value(3));
    if (s.lockedUntil.isValid() && s.lockedUntil <= now())
        s.lockedUntil = {};
    return s;
}

Result<SignIn> AccountService::signIn(const QString &login, const PasswordSource &passwordSource)
{
    const Settings settings(m_db);
    SignIn result;
    result.idleMinutes = settings.intValue(Settings::kIdleMinutes);
    auto required = passwordsRequired();
    if (!required)
        return required.error();
    auto actor = UserService(m_db).actorFor(login);
    if (!actor) {
        if (actor.error().kind == ErrorKind::NotFound && required.value()) {
            TJ_TRY(AuditLog(m_db.connection()).record(
                signInEntry(login, QStringLiteral("failed"), QStringLiteral("unknown login"))));
            return makeError(ErrorKind::Denied, tr("Wrong login or password."));
        }
        return actor.error();
    }
    result.actor = actor.value();
    if (result.actor.isSystem() || !required.value()) {
        result.withoutPassword = true;
        if (!result.actor.isSystem())
            TJ_TRY(AuditLog(m_db.connection()).record(signInEntry(
                result.actor.login, QStringLiteral("ok"), QStringLiteral("no passwords set"))));
        return result;
    }
    const QString who = result.actor.login;
    Query q(m_db.connection(), "SELECT password_hash, must_change_password, locked_until"
                               " FROM users WHERE login = :login");
    q.bind("login", who);
    TJ_TRY(q.exec());
    if (!q.next())
        return makeError(ErrorKind::NotFound, tr("There is no user %1.").arg(who));
    const QString hash = q.value(0).toString();
    const QDateTime lockedUntil = parseStamp(q.value(2));
    result.mustChangePassword = q.value(1).toBool();
    if (lockedUntil.isValid() && lockedUntil > now()) {
        TJ_TRY(AuditLog(m_db.connection())
                   .record(signInEntry(who, QStringLiteral("denied"), QStringLiteral("locked"))));
        return makeError(ErrorKind::Denied,
                         tr("The account %1 is locked after repeated failed sign-ins until %2 "
                            "(UTC). A security officer can unlock it.")
                             .arg(who, lockedUntil.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
    if (hash.isEmpty()) {
        TJ_TRY(AuditLog(m_db.connection())
                   .record(signInEntry(who, QStringLiteral("denied"), QStringLiteral("no password"))));
        return makeError(ErrorKind::Denied, tr("%1 has no password yet; a security officer must "
                                               "set one.").arg(who));
    }
    const QString password = passwordSource();
    if (password.isEmpty())
        return makeError(ErrorKind::Usage, tr("%1 signs in with a password (environment variable "
                                              "TIAOJIE_PASSWORD or standard input).").arg(who));
    if (!PasswordHash::verify(hash, password)) {
        TJ_TRY(recordFailure(who, QStringLiteral("wrong password")));
        return makeError(ErrorKind::Denied, tr("Wrong login or password."));
    }
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    TJ_TRY(tx.begin());
    Query reset(db, "UPDATE users SET failed_attempts = 0, first_failed_at = NULL,"
                    " locked_until = NULL WHERE login = :login");
    reset.bind("login", who);
    TJ_TRY(reset.exec());
    TJ_TRY(AuditLog(db).append(signInEntry(who, QStringLiteral("ok"), QString())));
    TJ_TRY(tx.commit());
    return result;
}

Result<void> AccountService::recordFailure(const QString &login, const QString &why)
{
    const Settings settings(m_db);
    const int attempts = settings.intValue(Settings::kLockoutAttempts);
    const qint64 window = settings.intValue(Settings::kLockoutWindow) * 60LL;
    const qint64 lockFor = settings.intValue(Settings::kLockoutMinutes) * 60LL;
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    TJ_TRY(tx.begin());
    Query q(db, "SELECT failed_attempts, first_failed_at FROM users WHERE login = :login");
    q.bind("login", login);
    TJ_TRY(q.exec());
    int failed = 0;
    QDateTime first;
    if (q.next()) {
        failed = q.value(0).toInt();
        first = parseStamp(q.value(1));
    }
    const QDateTime t = now();
    if (!first.isValid() || first.secsTo(t) > window) {
        failed = 0;
        first = t;
    }
    ++failed;
    const bool lock = failed >= attempts;
    Query update(db, "UPDATE users SET failed_attempts = :failed, first_failed_at = :first,"
                     " locked_until = :until WHERE login = :login");
    update.bind("failed", lock ? 0 : failed)
        .bind("first", lock ? sqlNull() : QVariant(stamp(first)))
        .bind("until", lock ? QVariant(stamp(t.addSecs(lockFor))) : sqlNull())
        .bind("login", login);
    TJ_TRY(update.exec());
    TJ_TRY(AuditLog(db).append(signInEntry(login, QStringLiteral("failed"), why)));
    if (lock)
        TJ_TRY(AuditLog(db).append(AuditEntry::of(Actor{}, QStringLiteral("user.lock"),
                                                  QStringLiteral("user"), login,
                                                  tr("%1 failed sign-ins").arg(attempts))));
    return tx.commit();
}

Result<void> AccountService::storeHash(const QString &login, const QString &password,
                                       bool mustChange)
{
    const QString hash = PasswordHash::hash(password);
    if (hash.isEmpty())
        return makeError(ErrorKind::Storage, tr("The password could not be hashed (out of memory?)."));
    Query q(m_db.connection(),
            "UPDATE users SET password_hash = :hash, must_change_password = :must,"
            " password_changed_at = :now, failed_attempts = 0, first_failed_at = NULL,"
            " locked_until = NULL WHERE login = :login");
    q.bind("hash", hash).bind("must", mustChange ? 1 : 0).bind("now", stamp(now())).bind("login", login);
    return q.exec();
}

Result<void> AccountService::setPassword(const Actor &by, const QString &login,
                                         const QString &password)
{
    auto target = state(login);
    if (!target)
        return target.error();
    const bool allowed = by.isSystem() || by.role == Role::Security
                         || (by.role == Role::Admin && !target->hasPassword);
    if (!allowed)
        return makeError(ErrorKind::Denied,
                         tr("Only a security officer resets a password; the administrator sets "
                            "only the first password of a new account."));
    if (by.login == login)
        return makeError(ErrorKind::Usage, tr("Change your own password with your current one."));
    if (const QString problem = PasswordHash::checkPolicy(login, password); !problem.isEmpty())
        return makeError(ErrorKind::Validation, problem);
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    TJ_TRY(tx.begin());
    TJ_TRY(storeHash(login, password, !by.isSystem()));
    TJ_TRY(AuditLog(db).append(AuditEntry::of(by, QStringLiteral("user.password_set"),
                                              QStringLiteral("user"), login)));
    return tx.commit();
}

Result<void> AccountService::changeOwnPassword(const Actor &self, const QString &current,
                                               const QString &next)
{
    if (self.isSystem())
        return makeError(ErrorKind::Usage, tr("Name the user whose password changes."));
    auto account = state(self.login);
    if (!account)
        return account.error();
    auto required = passwordsRequired();
    if (!required)
        return required.error();
    // The first password of an open installation is an administrator's: they then give every
    // other account its initial password, so no one is shut out.
    if (!required.value() && self.role != Role::Admin)
        return makeError(ErrorKind::Rule, tr("While no account has a password, the administrator "
                                             "sets the first one."));
    Query q(m_db.connection(), "SELECT password_hash FROM users WHERE login = :login");
    q.bind("login", self.login);
    TJ_TRY(q.exec());
    const QString hash = q.next() ? q.value(0).toString() : QString();
    if (!hash.isEmpty() && !PasswordHash::verify(hash, current)) {
        TJ_TRY(recordFailure(self.login, QStringLiteral("wrong current password")));
        return makeError(ErrorKind::Denied, tr("The current password is wrong."));
    }
    if (!hash.isEmpty() && current == next)
        return makeError(ErrorKind::Validation, tr("The new password must differ from the old one."));
    if (const QString problem = PasswordHash::checkPolicy(self.login, next); !problem.isEmpty())
        return makeError(ErrorKind::Validation, problem);
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    TJ_TRY(tx.begin());
    TJ_TRY(storeHash(self.login, next, false));
    TJ_TRY(AuditLog(db).append(AuditEntry::of(self, QStringLiteral("user.password_change"),
                                              QStringLiteral("user"), self.login)));
    return tx.commit();
}

Result<void> AccountService::unlock(const Actor &by, const QString &login)
{
    if (!by.isSystem() && by.role != Role::Security)
        return makeError(ErrorKind::Denied, tr("Only a security officer unlocks an account."));
    TJ_TRY(state(login));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    TJ_TRY(tx.begin());
    Query q(db, "UPDATE users SET failed_attempts = 0, first_failed_at = NULL, locked_until = NULL"
                " WHERE login = :login");
    q.bind("login", login);
    TJ_TRY(q.exec());
    TJ_TRY(AuditLog(db).append(
        AuditEntry::of(by, QStringLiteral("user.unlock"), QStringLiteral("user"), login)));
    return tx.commit();
}

Result<User> AccountService::addUser(const Actor &by, const User &user,
                                     const std::optional<QString> &password)
{
    if (!by.isSystem() && !by.isAdmin())
        return makeError(ErrorKind::Denied, tr("Only an administrator manages organisations and users."));
    if (password) {
        if (const QString problem = PasswordHash::checkPolicy(user.login, *password);
            !problem.isEmpty())
            return makeError(ErrorKind::Validation, problem);
    }
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    TJ_TRY(tx.begin());
    auto added = UserService(m_db).add(user);
    if (!added)
        return added.error();
    // The first account of an installation sets its own password; others change theirs first.
    if (password)
        TJ_TRY(storeHash(user.login, *password, !by.isSystem()));
    TJ_TRY(AuditLog(db).append(
        AuditEntry::of(by, QStringLiteral("user.add"), QStringLiteral("user"), user.login,
                       QStringLiteral("%1 %2").arg(roleCode(user.role), user.orgCode))));
    TJ_TRY(tx.commit());
    return added;
}

Result<Organisation> AccountService::addOrganisation(const Actor &by, const Organisation &org)
{
    if (!by.isSystem() && !by.isAdmin())
        return makeError(ErrorKind::Denied, tr("Only an administrator manages organisations and users."));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    TJ_TRY(tx.begin());
    auto added = OrganisationService(m_db).add(org);
    if (!added)
        return added.error();
    TJ_TRY(AuditLog(db).append(AuditEntry::of(by, QStringLiteral("org.add"), QStringLiteral("org"),
                                              org.code, org.name)));
    TJ_TRY(tx.commit());
    return added;
}

} // namespace tj
