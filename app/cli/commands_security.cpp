#include "cli.h"

#include "db/database.h"
#include "security/access.h"
#include "security/accounts.h"
#include "security/audit.h"
#include "security/backup.h"
#include "deadlines/timelimits.h"
#include "security/settings.h"

#include <QJsonArray>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace tj::cli {

QString Context::readSecret(const QString &prompt)
{
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal) {
        QTextStream err(stderr);
        err << prompt << Qt::flush;
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QByteArray line;
    for (int ch = std::getchar(); ch != EOF && ch != '\n'; ch = std::getchar())
        line.append(char(ch));
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        QTextStream err(stderr);
        err << Qt::endl;
    }
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

Result<Actor> Context::actor() const
{
    if (m_actor)
        return *m_actor;
    AccountService accounts(*db);
    auto signIn = accounts.signIn(userLogin, [this] {
        m_password = qEnvironmentVariableIsSet("TIAOJIE_PASSWORD")
                         ? qEnvironmentVariable("TIAOJIE_PASSWORD")
                         : readSecret(Commands::tr("Password: "));
        return m_password;
    });
    if (!signIn)
        return signIn.error();
    if (signIn->mustChangePassword && !allowMustChange)
        return makeError(ErrorKind::Denied,
                         Commands::tr("The password of %1 must be changed first: tiaojie-cli --user "
                                      "%1 user passwd (current, then new password on stdin).")
                             .arg(signIn->actor.login));
    m_actor = signIn->actor;
    return *m_actor;
}

namespace {
QJsonObject entryJson(const AuditEntry &e)
{
    return QJsonObject{{QStringLiteral("id"), double(e.id)},
                       {QStringLiteral("at"), e.at},
                       {QStringLiteral("user"), e.user},
                       {QStringLiteral("action"), e.action},
                       {QStringLiteral("object_type"), e.objectType},
                       {QStringLiteral("object"), e.objectId},
                       {QStringLiteral("result"), e.result},
                       {QStringLiteral("detail"), e.detail},
                       {QStringLiteral("hash"), e.hash}};
}

QJsonObject checkJson(const BackupCheck &c)
{
    return QJsonObject{{QStringLiteral("schema_version"), c.schemaVersion},
                       {QStringLiteral("cases"), double(c.cases)},
                       {QStringLiteral("audit_entries"), double(c.auditEntries)},
                       {QStringLiteral("audit_head"), c.auditHead}};
}

Result<QString> newPassword(const Context &ctx)
{
    const QString password = Context::readSecret(Commands::tr("New password: "));
    if (password.isEmpty())
        return Commands::usage(Commands::tr("Give the new password on standard input."));
    Q_UNUSED(ctx);
    return password;
}
} // namespace

Result<Output> Commands::audit(Context &ctx)
{
    const QString sub = ctx.args.words.value(1);
    auto actor = ctx.actor();
    if (!actor)
        return actor.error();
    TJ_TRY(Access::mayAudit(actor.value()));
    AuditLog log(ctx.db->connection());
    if (sub == QLatin1String("verify")) {
        auto v = log.verify();
        if (!v)
            return v.error();
        TJ_TRY(log.record(AuditEntry::of(actor.value(), QStringLiteral("audit.verify"),
                                         QStringLiteral("audit"), QString(),
                                         v->intact ? QStringLiteral("intact") : v->problem)
                              .withResult(v->intact ? QStringLiteral("ok") : QStringLiteral("failed"))));
        QJsonObject json{{QStringLiteral("intact"), v->intact},
                         {QStringLiteral("entries"), double(v->entries)},
                         {QStringLiteral("head"), v->head}};
        if (!v->intact) {
            json.insert(QStringLiteral("first_broken"), double(v->firstBroken));
            json.insert(QStringLiteral("problem"), v->problem);
            // A broken trail is a refusal (exit 1) with the JSON still printed for scripts.
            return makeError(ErrorKind::Rule, tr("The audit trail is broken at entry %1: %2")
                                                  .arg(v->firstBroken)
                                                  .arg(v->problem));
        }
        return Output{json, tr("The audit trail is intact: %1 entries, head %2.")
                                .arg(v->entries)
                                .arg(v->head)};
    }
    if (sub == QLatin1String("list")) {
        int limit = 100;
        if (ctx.args.has(QStringLiteral("limit"))) {
            bool ok = false;
            limit = ctx.args.option(QStringLiteral("limit")).toInt(&ok);
            if (!ok || limit <= 0)
                return usage(tr("--limit takes a positive number."));
        }
        if (actor->role == Role::Security)
            return makeError(ErrorKind::Denied, tr("Only an auditor reads the audit entries."));
        auto entries = log.recent(limit, ctx.args.option(QStringLiteral("object")));
        if (!entries)
            return entries.error();
        QJsonArray array;
        QString text;
        for (const AuditEntry &e : entries.value()) {
            array.append(entryJson(e));
            text += QStringLiteral("%1  %2  %3  %4  %5 %6  %7\n")
                        .arg(e.id).arg(e.at, e.user, e.action, e.objectType, e.objectId, e.result);
        }
        return Output{QJsonObject{{QStringLiteral("entries"), array}}, text};
    }
    return usage(tr("Use: audit verify or audit list [--limit N] [--object ID]."));
}

Result<Output> Commands::backup(Context &ctx)
{
    auto actor = ctx.actor();
    if (!actor)
        return actor.error();
    BackupService backups(*ctx.db);
    if (ctx.args.flags.contains(QStringLiteral("daily"))) {
        TJ_TRY(Access::mayBackUp(actor.value()));
        auto written = backups.runDaily();
        if (!written)
            return written.error();
        const QString path = written->value_or(QString());
        return Output{QJsonObject{{QStringLiteral("backup"), path.isEmpty() ? QJsonValue() : QJsonValue(path)}},
                      path.isEmpty() ? tr("No daily backup was due (or no backup folder is set).")
                                     : tr("Daily backup written to %1.").arg(path)};
    }
    const QString out = ctx.args.option(QStringLiteral("out"));
    if (out.isEmpty())
        return usage(tr("Name the backup file with --out."));
    auto written = backups.backup(actor.value(), out);
    if (!written)
        return written.error();
    auto check = BackupService::verify(written.value());
    if (!check)
        return check.error();
    QJsonObject json = checkJson(check.value());
    json.insert(QStringLiteral("backup"), written.value());
    return Output{json, tr("Backup written to %1 and verified (%2 cases).").arg(written.value()).arg(check->cases)};
}

Result<Output> Commands::restore(Context &ctx)
{
    const QString from = ctx.args.words.value(1);
    if (from.isEmpty())
        return usage(tr("Name the backup file: restore FILE."));
    QString password;
    const auto source = [&password] {
        password = qEnvironmentVariableIsSet("TIAOJIE_PASSWORD") ? qEnvironmentVariable("TIAOJIE_PASSWORD")
                                                                 : Context::readSecret(tr("Password: "));
        return password;
    };
    auto check = BackupService::restore(from, ctx.dbPath, ctx.userLogin, source);
    if (!check)
        return check.error();
    QJsonObject json = checkJson(check.value());
    json.insert(QStringLiteral("restored"), ctx.dbPath);
    return Output{json, tr("Restored %1 from %2 (%3 cases, audit trail intact).")
                            .arg(ctx.dbPath, from)
                            .arg(check->cases)};
}

Result<Output> Commands::settings(Context &ctx)
{
    const QString sub = ctx.args.words.value(1);
    auto actor = ctx.actor();
    if (!actor)
        return actor.error();
    Settings settings(*ctx.db);
    TimeLimits limits(*ctx.db);
    if (sub == QLatin1String("set")) {
        const QString key = ctx.args.words.value(2);
        if (key.isEmpty() || ctx.args.words.size() < 4)
            return usage(tr("Use: settings set KEY VALUE."));
        if (TimeLimits::info(key)) {
            bool ok = false;
            const int value = ctx.args.words.value(3).toInt(&ok);
            if (!ok)
                return usage(tr("A time limit is a whole number."));
            TJ_TRY(limits.set(actor.value(), key, value));
        } else {
            TJ_TRY(settings.set(actor.value(), key, ctx.args.words.value(3)));
        }
    } else if (sub != QLatin1String("list")) {
        return usage(tr("Use: settings list or settings set KEY VALUE."));
    }
    auto all = settings.all();
    if (!all)
        return all.error();
    QJsonObject json;
    QString text;
    for (auto it = all->cbegin(); it != all->cend(); ++it) {
        json.insert(it.key(), it.value());
        text += QStringLiteral("%1 = %2\n").arg(it.key(), it.value());
    }
    auto timeLimits = limits.list();
    if (!timeLimits)
        return timeLimits.error();
    for (const auto &[info, value] : timeLimits.value()) {
        json.insert(info.key, QString::number(value));
        text += QStringLiteral("%1 = %2  (%3)\n").arg(info.key).arg(value).arg(info.description);
    }
    return Output{QJsonObject{{QStringLiteral("settings"), json}}, text};
}

Result<Output> Commands::userSecurity(Context &ctx)
{
    const QString sub = ctx.args.words.value(1);
    const QString login = ctx.args.words.value(2);
    ctx.allowMustChange = sub == QLatin1String("passwd") && login.isEmpty();
    auto actor = ctx.actor();
    if (!actor)
        return actor.error();
    AccountService accounts(*ctx.db);
    if (sub == QLatin1String("unlock")) {
        if (login.isEmpty())
            return usage(tr("Use: user unlock LOGIN."));
        TJ_TRY(accounts.unlock(actor.value(), login));
        return Output{QJsonObject{{QStringLiteral("login"), login}, {QStringLiteral("locked"), false}},
                      tr("%1 is unlocked.").arg(login)};
    }
    auto next = newPassword(ctx);
    if (!next)
        return next.error();
    if (login.isEmpty() || login == actor->login) {
        TJ_TRY(accounts.changeOwnPassword(actor.value(), ctx.signInPassword(), next.value()));
        return Output{QJsonObject{{QStringLiteral("login"), actor->login},
                                  {QStringLiteral("must_change_password"), false}},
                      tr("Your password is changed.")};
    }
    TJ_TRY(accounts.setPassword(actor.value(), login, next.value()));
    return Output{QJsonObject{{QStringLiteral("login"), login},
                              {QStringLiteral("must_change_password"), true}},
                  tr("The password of %1 is set; they change it at their next sign-in.").arg(login)};
}

} // namespace tj::cli
