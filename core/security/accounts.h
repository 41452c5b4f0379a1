#pragma once

#include "common/result.h"
#include "orgs/organisation.h"
#include "users/user.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>
#include <optional>

namespace tj {

class Database;

/// The result of signing in.
struct SignIn
{
    Actor actor;
    bool mustChangePassword = false; ///< an initial or reset password: change it before working
    bool withoutPassword = false;    ///< no account has a password yet (demo or new install)
    int idleMinutes = 15;            ///< sign out after this long without input (the GUI applies it)
};

/// What the security officer sees of an account.
struct AccountState
{
    bool hasPassword = false;
    bool mustChangePassword = false;
    int failedAttempts = 0;
    QDateTime lockedUntil; ///< invalid when not locked
};

/// Accounts: sign-in with Argon2id password hashes, lock-out after repeated failures, forced
/// change of initial passwords, and the audited administration of users and organisations.
/// Until the first password is set the installation is open (demo seeds have no passwords).
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)
public:
    explicit AccountService(Database &db);

    /// Tests move time forward to check lock-out windows.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    /// True once any active account has a password: from then on every sign-in needs one.
    Result<bool> passwordsRequired() const;
    /// Asked for the password only when one is needed.
    using PasswordSource = std::function<QString()>;
    /// Signs `login` in (empty: the only administrator). Success and failure are audited.
    Result<SignIn> signIn(const QString &login, const PasswordSource &password);
    Result<SignIn> signIn(const QString &login, const QString &password)
    {
        return signIn(login, [password] { return password; });
    }
    /// Sets another user's password: the security officer always, the administrator only for an
    /// account that has none yet. The user must change it at the next sign-in.
    Result<void> setPassword(const Actor &by, const QString &login, const QString &password);
    /// The user changes their own password, proving the current one.
    Result<void> changeOwnPassword(const Actor &self, const QString &current, const QString &next);
    /// Lifts a lock-out (security officer).
    Result<void> unlock(const Actor &by, const QString &login);
    Result<AccountState> state(const QString &login) const;

    /// Adds a user (administrator), with an initial password when one is given.
    Result<User> addUser(const Actor &by, const User &user,
                         const std::optional<QString> &password = std::nullopt);
    /// Adds an organisation (administrator).
    Result<Organisation> addOrganisation(const Actor &by, const Organisation &org);

private:
    Result<void> recordFailure(const QString &login, const QString &why);
    Result<void> storeHash(const QString &login, const QString &password, bool mustChange);
    QDateTime now() const { return m_now(); }

    Database &m_db;
    std::function<QDateTime()> m_now;
};

} // namespace tj
