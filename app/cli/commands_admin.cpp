#include "cli.h"

#include "db/database.h"
#include "db/migrations.h"
#include "demo/demoloader.h"
#include "orgs/organisation.h"
#include "security/access.h"
#include "security/accounts.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace tj::cli {

Error Commands::usage(const QString &message)
{
    return makeError(ErrorKind::Usage, message);
}

Result<QJsonObject> Commands::readJsonFile(const QString &path)
{
    if (path.isEmpty())
        return usage(tr("Name the JSON file with --file."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Validation, tr("Cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(ErrorKind::Validation,
                         tr("%1 is not valid JSON (at byte %2): %3")
                             .arg(path)
                             .arg(error.offset)
                             .arg(error.errorString()));
    if (!doc.isObject())
        return makeError(ErrorKind::Validation, tr("%1 must hold one JSON object.").arg(path));
    return doc.object();
}

Result<Output> Commands::init(Context &ctx)
{
    Output out;
    out.json.insert(QStringLiteral("database"), ctx.dbPath);
    out.json.insert(QStringLiteral("schema_version"), ctx.db->schemaVersion());
    if (ctx.args.flags.contains(QStringLiteral("demo"))) {
        auto summary = DemoLoader(*ctx.db).load();
        if (!summary)
            return summary.error();
        out.json.insert(QStringLiteral("demo"),
                        QJsonObject{{QStringLiteral("organisations"), summary->organisations},
                                    {QStringLiteral("users"), summary->users},
                                    {QStringLiteral("cases"), summary->cases},
                                    {QStringLiteral("steps"), summary->steps}});
        out.text = tr("Database %1 ready (schema %2); demo data loaded: %3 organisations, %4 users, %5 cases.")
                       .arg(ctx.dbPath)
                       .arg(ctx.db->schemaVersion())
                       .arg(summary->organisations)
                       .arg(summary->users)
                       .arg(summary->cases);
    } else {
        out.text = tr("Database %1 ready (schema %2).").arg(ctx.dbPath).arg(ctx.db->schemaVersion());
    }
    return out;
}

namespace {
QJsonObject orgJson(const Organisation &o)
{
    QJsonObject j{{QStringLiteral("code"), o.code},
                  {QStringLiteral("name"), o.name},
                  {QStringLiteral("tier"), tierCode(o.tier)},
                  {QStringLiteral("parent"), o.parentCode.isEmpty() ? QJsonValue() : QJsonValue(o.parentCode)}};
    if (o.population)
        j.insert(QStringLiteral("population"), double(*o.population));
    return j;
}

QJsonObject userJson(const User &u)
{
    return QJsonObject{{QStringLiteral("login"), u.login},
                       {QStringLiteral("name"), u.name},
                       {QStringLiteral("org"), u.orgCode},
                       {QStringLiteral("role"), roleCode(u.role)}};
}

QJsonObject accountJson(const User &u, AccountService &accounts)
{
    QJsonObject j = userJson(u);
    if (auto s = accounts.state(u.login)) {
        j.insert(QStringLiteral("has_password"), s->hasPassword);
        j.insert(QStringLiteral("must_change_password"), s->mustChangePassword);
        j.insert(QStringLiteral("locked"), s->lockedUntil.isValid());
    }
    return j;
}
} // namespace

Result<Output> Commands::org(Context &ctx)
{
    const QString sub = ctx.args.words.value(1);
    OrganisationService orgs(*ctx.db);
    if (sub == QLatin1String("add")) {
        auto actor = ctx.actor();
        if (!actor)
            return actor.error();
        TJ_TRY(Access::mayAdminister(actor.value()));
        Organisation o;
        o.code = ctx.args.option(QStringLiteral("code"));
        o.name = ctx.args.option(QStringLiteral("name"));
        o.parentCode = ctx.args.option(QStringLiteral("parent"));
        const QString tier = ctx.args.option(QStringLiteral("tier"));
        const auto t = tierFromCode(tier);
        if (!t)
            return usage(tr("--tier must be court, tribunal, township or village."));
        o.tier = *t;
        if (ctx.args.has(QStringLiteral("population"))) {
            bool ok = false;
            const qint64 population = ctx.args.option(QStringLiteral("population")).toLongLong(&ok);
            if (!ok || population < 0)
                return usage(tr("--population must be a whole number of people."));
            o.population = population;
        }
        auto added = AccountService(*ctx.db).addOrganisation(actor.value(), o);
        if (!added)
            return added.error();
        return Output{orgJson(added.value()), tr("Added %1 %2.").arg(added->code, added->name)};
    }
    if (sub == QLatin1String("list")) {
        TJ_TRY(ctx.actor());
        auto list = orgs.list();
        if (!list)
            return list.error();
        QJsonArray array;
        QString text;
        for (const Organisation &o : list.value()) {
            array.append(orgJson(o));
            text += QStringLiteral("%1%2  %3  (%4)\n")
                        .arg(QString(o.path.count(u'/') * 2 - 4, u' '), o.code, o.name, tierName(o.tier));
        }
        return Output{QJsonObject{{QStringLiteral("organisations"), array}}, text};
    }
    return usage(tr("Use: org add … or org list."));
}

Result<Output> Commands::user(Context &ctx)
{
    const QString sub = ctx.args.words.value(1);
    UserService users(*ctx.db);
    if (sub == QLatin1String("passwd") || sub == QLatin1String("unlock"))
        return userSecurity(ctx);
    if (sub == QLatin1String("add")) {
        auto actor = ctx.actor();
        if (!actor)
            return actor.error();
        TJ_TRY(Access::mayAdminister(actor.value()));
        const auto role = roleFromCode(ctx.args.option(QStringLiteral("role")));
        if (!role)
            return usage(tr("--role must be mediator, staff, judge, admin, security or auditor."));
        User u{ctx.args.option(QStringLiteral("login")), ctx.args.option(QStringLiteral("name")),
               ctx.args.option(QStringLiteral("org")), *role};
        std::optional<QString> password;
        if (ctx.args.flags.contains(QStringLiteral("password-stdin"))) {
            password = Context::readSecret(tr("Initial password: "));
            if (password->isEmpty())
                return usage(tr("Give the initial password on standard input."));
        }
        auto added = AccountService(*ctx.db).addUser(actor.value(), u, password);
        if (!added)
            return added.error();
        return Output{userJson(added.value()), tr("Added user %1.").arg(added->login)};
    }
    if (sub == QLatin1String("list")) {
        TJ_TRY(ctx.actor());
        auto list = users.list();
        if (!list)
            return list.error();
        AccountService accounts(*ctx.db);
        QJsonArray array;
        QString text;
        for (const User &u : list.value()) {
            array.append(accountJson(u, accounts));
            text += QStringLiteral("%1  %2  %3  %4\n").arg(u.login, u.name, u.orgCode, roleName(u.role));
        }
        return Output{QJsonObject{{QStringLiteral("users"), array}}, text};
    }
    return usage(tr("Use: user add …, user list, user passwd [LOGIN] or user unlock LOGIN."));
}

} // namespace tj::cli
