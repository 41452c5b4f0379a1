#include "cli.h"
#include "commands_stats.h"

#include "common/i18n.h"
#include "db/database.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>

namespace tj::cli {

namespace {
enum ExitCode { Done = 0, Refused = 1, WrongUsage = 2, StorageProblem = 3 };

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Usage: return WrongUsage;
    case ErrorKind::Storage: return StorageProblem;
    default: return Refused;
    }
}

const QStringList kFlags = {QStringLiteral("json"),   QStringLiteral("demo"),
                            QStringLiteral("help"),   QStringLiteral("reveal"),
                            QStringLiteral("daily"),  QStringLiteral("password-stdin"),
                            QStringLiteral("dry-run"), QStringLiteral("accept-gap")};

// Splits argv into global options, command words and command options.
Result<std::pair<QMap<QString, QString>, Args>> parse(const QStringList &argv)
{
    const QStringList globals = {QStringLiteral("db"), QStringLiteral("pg"), QStringLiteral("user"),
                                 QStringLiteral("lang")};
    QMap<QString, QString> global;
    Args args;
    for (int i = 1; i < argv.size(); ++i) {
        QString arg = argv[i];
        if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--")) {
            args.words.append(arg);
            continue;
        }
        arg = arg.mid(2);
        QString value;
        bool hasValue = false;
        if (const int eq = arg.indexOf(u'='); eq > 0) {
            value = arg.mid(eq + 1);
            arg = arg.left(eq);
            hasValue = true;
        }
        if (kFlags.contains(arg)) {
            if (arg == QLatin1String("json"))
                global.insert(arg, QStringLiteral("1"));
            else
                args.flags.append(arg);
            continue;
        }
        if (!hasValue) {
            if (i + 1 >= argv.size())
                return Commands::usage(Commands::tr("The option --%1 needs a value.").arg(arg));
            value = argv[++i];
        }
        // The global options may stand anywhere on the line.
        if (globals.contains(arg))
            global.insert(arg, value);
        else
            args.options[arg].append(value);
    }
    return std::pair{global, args};
}

QString helpText()
{
    return Commands::tr(
        "Usage: tiaojie-cli [--db FILE | --pg CONNINFO] [--user LOGIN] [--json] [--lang zh_CN|en] COMMAND ...\n"
        "Commands:\n"
        "  init [--demo]\n"
        "  org add --code C --name N --tier court|tribunal|township|village [--parent C] "
        "[--population N]\n"
        "  org list\n"
        "  user add --login L --name N --org C --role mediator|staff|judge|admin|security|auditor\n"
        "           [--password-stdin]\n"
        "  user list | user passwd [LOGIN] | user unlock LOGIN\n"
        "  case intake --file case.json\n"
        "  case show CASE [--reveal] | case history|related CASE\n"
        "  case list [--org C] [--status S] [--category K] [--search TEXT] [--limit N]\n"
        "  case inbox --org C\n"
        "  case accept CASE [--on D] | case reject CASE --reason R [--on D]\n"
        "  case session CASE --file session.json\n"
        "  case refer|delegate CASE --to C --reason R [--on D]\n"
        "  case receive CASE [--on D] | case return CASE --reason R [--on D]\n"
        "  case close CASE --outcome settled|failed|withdrawn|filed [--reason R]\n"
        "             [--agreement agreement.json] [--filed-number N] [--on D]\n"
        "  audit verify | audit list [--limit N] [--object ID]\n"
        "  backup --out FILE | backup --daily | restore FILE\n"
        "  settings list | settings set KEY VALUE\n"
        "Once an account has a password, the acting user's password is read from TIAOJIE_PASSWORD\n"
        "or the first line of stdin (new passwords follow on the next lines).\n"
        "  agreement show CASE [--on D] | agreement sign CASE --who NAME --on D [--as party|mediator|seal]\n"
        "  agreement pay CASE --amount X --on D [--proof FILE] [--obligation N]\n"
        "  agreement visit CASE --file visit.json\n"
        "  confirm apply|accept|extend CASE --on D | confirm refuse CASE --reason R [--on D]\n"
        "  confirm rule CASE --result valid|rejected --on D [--number N] [--reason R]\n"
        "  confirm pending | case guide CASE --text T [--on D]\n"
        "  attachment add CASE --file F [--kind evidence|agreement_scan|receipt|other] [--note T]\n"
        "  attachment list CASE | attachment export ID --to DIR\n"
        "  package export CASE... --out F [--to ORG] | package verify F\n"
        "  package import F [--accept-gap] [--receipt R] | package receipt PACKAGE_ID --out F\n"
        "  package review | package resolve ID --keep mine|theirs\n"
        "  device show | device trust ORG --key KEY | device trusted | device revoke DEVICE\n"
        "  feedback add CASE|CODE --kind consult|complaint|rating [--text T] [--rating 1-5] --on D\n"
        "  feedback answer ID --text T --on D [--callback-on D] | feedback list [CASE] [--org C]\n"
        "  deadlines [--org C] [--on D]\n"
        "  holiday add --date D --kind rest|work --name N | holiday list [--year Y]\n"
        "  setting list | setting set KEY VALUE\n"
        "  doc render CASE --kind registration|session|agreement|referral|confirmation|followup|cover"
        " --out F.pdf\n"
        "  stats [--org C] [--from D] [--to D] [--as-of D]\n"
        "  prevention record CASE --kind criminal|mass_petition [--persons N] [--on D]\n"
        "  prevention list CASE\n"
        "  ledger export [--org C] [--status S] [--category K] --out F.xlsx|F.csv\n"
        "  ledger import F.xlsx|F.csv [--mapping M.json] [--org C] [--dry-run]\n"
        "  report monthly --month YYYY-MM [--org C] --out F.pdf|F.xlsx\n"
        "  demo generate --cases N [--seed S] [--until D] [--years Y]\n"
        "See docs/cli.md for the JSON fields.\n");
}

void printError(const QString &message)
{
    QTextStream err(stderr);
    err << Commands::tr("error: %1").arg(message) << Qt::endl;
}
} // namespace

int finish(const Context &ctx, const Result<Output> &result);

int run(QCoreApplication &app)
{
    auto parsed = parse(app.arguments());
    QString lang = qEnvironmentVariable("TIAOJIE_LANG");
    if (parsed && parsed->first.contains(QStringLiteral("lang")))
        lang = parsed->first.value(QStringLiteral("lang"));
    if (!lang.isEmpty() && lang != QLatin1String("zh_CN") && lang != QLatin1String("en")) {
        installTranslators(app, QStringLiteral("zh_CN"));
        printError(Commands::tr("The language \"%1\" is not available; use zh_CN or en.").arg(lang));
        return WrongUsage;
    }
    installTranslators(app, lang);
    if (!parsed) {
        printError(parsed.error().message);
        return WrongUsage;
    }
    const auto &[global, args] = parsed.value();
    if (args.words.isEmpty() || args.flags.contains(QStringLiteral("help"))) {
        QTextStream(args.words.isEmpty() ? stderr : stdout) << helpText();
        return args.words.isEmpty() ? WrongUsage : Done;
    }
    // A shared PostgreSQL server (docs/deployment.md): --pg CONNINFO, or TIAOJIE_PG in the
    // environment when neither --pg nor --db is given.
    QString pg = global.value(QStringLiteral("pg"));
    if (pg.isEmpty() && !global.contains(QStringLiteral("db")))
        pg = qEnvironmentVariable("TIAOJIE_PG");
    if (global.contains(QStringLiteral("pg")) && global.contains(QStringLiteral("db"))) {
        printError(Commands::tr("Give either --db FILE or --pg CONNINFO, not both."));
        return WrongUsage;
    }

    Context ctx;
    ctx.dbPath = global.value(QStringLiteral("db"), Database::defaultPath());
    ctx.postgres = !pg.isEmpty();
    ctx.userLogin = global.value(QStringLiteral("user"));
    ctx.json = global.contains(QStringLiteral("json"));
    ctx.args = args;

    const QString command = args.words.first();
    // restore runs without opening the current database, which may be the damaged one.
    Result<Output> result = Commands::usage(Commands::tr("Unknown command \"%1\".").arg(command));
    if (command == QLatin1String("restore")) {
        if (ctx.postgres) {
            printError(Commands::tr("A PostgreSQL server is restored with pg_restore or from its WAL "
                                    "archive (docs/deployment.md), not by the workstation."));
            return WrongUsage;
        }
        return finish(ctx, Commands::restore(ctx));
    }

    auto db = ctx.postgres ? Database::openPostgres(pg) : Database::openSqlite(ctx.dbPath);
    if (!db) {
        printError(db.error().message);
        return exitCodeFor(db.error().kind);
    }
    ctx.db = db.value().get();

    if (command == QLatin1String("init"))
        result = Commands::init(ctx);
    else if (command == QLatin1String("org"))
        result = Commands::org(ctx);
    else if (command == QLatin1String("user"))
        result = Commands::user(ctx);
    else if (command == QLatin1String("case"))
        result = Commands::caseCommand(ctx);
    else if (command == QLatin1String("audit"))
        result = Commands::audit(ctx);
    else if (command == QLatin1String("backup"))
        result = Commands::backup(ctx);
    else if (command == QLatin1String("settings"))
        result = Commands::settings(ctx);
    else if (command == QLatin1String("agreement"))
        result = Commands::agreement(ctx);
    else if (command == QLatin1String("confirm"))
        result = Commands::confirm(ctx);
    else if (command == QLatin1String("feedback"))
        result = Commands::feedback(ctx);
    else if (command == QLatin1String("deadlines"))
        result = Commands::deadlines(ctx);
    else if (command == QLatin1String("holiday"))
        result = Commands::holiday(ctx);
    else if (command == QLatin1String("setting"))
        result = Commands::setting(ctx);
    else if (command == QLatin1String("doc"))
        result = Commands::doc(ctx);
    else if (command == QLatin1String("stats"))
        result = statsCommand(ctx);
    else if (command == QLatin1String("prevention"))
        result = preventionCommand(ctx);
    else if (command == QLatin1String("ledger"))
        result = ledgerCommand(ctx);
    else if (command == QLatin1String("report"))
        result = reportCommand(ctx);
    else if (command == QLatin1String("demo"))
        result = Commands::demo(ctx);
    else if (command == QLatin1String("attachment"))
        result = Commands::attachment(ctx);
    else if (command == QLatin1String("package"))
        result = Commands::package(ctx);
    else if (command == QLatin1String("device"))
        result = Commands::device(ctx);
    return finish(ctx, result);
}

int finish(const Context &ctx, const Result<Output> &result)
{
    if (!result) {
        printError(result.error().message);
        return exitCodeFor(result.error().kind);
    }
    QTextStream out(stdout);
    if (ctx.json)
        out << QString::fromUtf8(QJsonDocument(result->json).toJson(QJsonDocument::Indented));
    else if (!result->text.isEmpty())
        out << result->text << (result->text.endsWith(u'\n') ? "" : "\n");
    else
        out << QString::fromUtf8(QJsonDocument(result->json).toJson(QJsonDocument::Indented));
    return Done;
}

} // namespace tj::cli

// Rendering documents lays out text with fonts, which needs a GUI application object; the
// offscreen platform is enough, so the command line works without a display.
static bool needsGui(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "doc") == 0 || qstrcmp(argv[i], "report") == 0)
            return true;
    return false;
}

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> holder;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        holder = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        holder = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *holder;
    QCoreApplication::setApplicationName(QStringLiteral("tiaojie"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TIAOJIE_VERSION));
    return tj::cli::run(app);
}
