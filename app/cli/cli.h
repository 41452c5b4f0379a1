#pragma once

#include "common/result.h"
#include "users/user.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <memory>
#include <optional>

namespace tj {
class Database;
}

namespace tj::cli {

/// The command line after the global options: command words and the command's options.
struct Args
{
    QStringList words;
    QMap<QString, QStringList> options;
    QStringList flags;

    QString option(const QString &name) const { return options.value(name).value(0); }
    bool has(const QString &name) const { return options.contains(name) || flags.contains(name); }
};

/// What a command runs with. Commands return a JSON document (printed as is with --json,
/// rendered as text otherwise) or an error.
struct Context
{
    Database *db = nullptr;
    QString dbPath;
    bool postgres = false; ///< on a shared PostgreSQL server (--pg); dbPath then names nothing
    QString userLogin;
    bool json = false;
    Args args;

    /// `user passwd` may run while the acting user's password must be changed.
    bool allowMustChange = false;

    /// The acting user (--user, else the only administrator), signed in once: with a password
    /// from TIAOJIE_PASSWORD or the first line of stdin as soon as any account has one.
    Result<Actor> actor() const;
    /// The password the acting user signed in with (empty when none was needed).
    QString signInPassword() const { return m_password; }
    /// The next line of stdin (a password); on a terminal it prompts without echo.
    static QString readSecret(const QString &prompt);

private:
    mutable std::optional<Actor> m_actor;
    mutable QString m_password;
};

struct Output
{
    QJsonObject json;
    QString text; ///< human-readable form; when empty the JSON is printed indented
};

class Commands
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static Result<Output> init(Context &ctx);
    static Result<Output> org(Context &ctx);
    static Result<Output> user(Context &ctx);
    static Result<Output> caseCommand(Context &ctx);
    static Result<Output> audit(Context &ctx);
    static Result<Output> backup(Context &ctx);
    /// Runs before the current database is opened: it may be the damaged one being replaced.
    static Result<Output> restore(Context &ctx);
    static Result<Output> settings(Context &ctx);
    /// `user passwd [LOGIN]`, `user unlock LOGIN`.
    static Result<Output> userSecurity(Context &ctx);
    // commands_agreement.cpp, commands_deadlines.cpp
    static Result<Output> agreement(Context &ctx);
    static Result<Output> confirm(Context &ctx);
    static Result<Output> feedback(Context &ctx);
    static Result<Output> deadlines(Context &ctx);
    static Result<Output> holiday(Context &ctx);
    static Result<Output> setting(Context &ctx);
    static Result<Output> doc(Context &ctx);
    static Result<Output> demo(Context &ctx);
    // commands_attachment.cpp
    static Result<Output> attachment(Context &ctx);
    // commands_transfer.cpp
    static Result<Output> package(Context &ctx);
    static Result<Output> device(Context &ctx);

    /// Reads and parses a JSON file named by an option.
    static Result<QJsonObject> readJsonFile(const QString &path);
    static Error usage(const QString &message);
};

} // namespace tj::cli
