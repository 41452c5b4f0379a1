#pragma once

#include "common/result.h"
#include "users/user.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <memory>

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
    QString userLogin;
    bool json = false;
    Args args;

    /// The acting user: --user, else the only administrator.
    Result<Actor> actor() const;
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
    static Result<Output> demo(Context &ctx);

    /// Reads and parses a JSON file named by an option.
    static Result<QJsonObject> readJsonFile(const QString &path);
    static Error usage(const QString &message);
};

} // namespace tj::cli
