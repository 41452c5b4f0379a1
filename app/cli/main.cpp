#include "cli.h"

#include "common/i18n.h"
#include "db/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

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

const QStringList kFlags = {QStringLiteral("json"), QStringLiteral("demo"), QStringLiteral("help")};

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
        "Usage: tiaojie-cli [--db FILE] [--user LOGIN] [--json] [--lang zh_CN|en] COMMAND ...\n"
        "Commands:\n"
        "  init [--demo]\n"
        "  org add --code C --name N --tier court|tribunal|township|village [--parent C] "
        "[--population N]\n"
        "  org list\n"
        "  user add --login L --name N --org C --role mediator|staff|judge|admin\n"
        "  user list\n"
        "  case intake --file case.json\n"
        "  case show|history|related CASE\n"
        "  case list [--org C] [--status S] [--category K] [--search TEXT] [--limit N]\n"
        "  case inbox --org C\n"
        "  case accept CASE [--on D] | case reject CASE --reason R [--on D]\n"
        "  case session CASE --file session.json\n"
        "  case refer|delegate CASE --to C --reason R [--on D]\n"
        "  case receive CASE [--on D] | case return CASE --reason R [--on D]\n"
        "  case close CASE --outcome settled|failed|withdrawn|filed [--reason R]\n"
        "             [--agreement agreement.json] [--filed-number N] [--on D]\n"
        "  demo generate --cases N [--seed S] [--until D] [--years Y]\n"
        "See docs/cli.md for the JSON fields.\n");
}

void printError(const QString &message)
{
    QTextStream err(stderr);
    err << Commands::tr("error: %1").arg(message) << Qt::endl;
}
} // namespace

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
    if (global.contains(QStringLiteral("pg"))) {
        printError(Commands::tr("This build has no PostgreSQL support yet; use --db FILE."));
        return StorageProblem;
    }

    Context ctx;
    ctx.dbPath = global.value(QStringLiteral("db"), Database::defaultPath());
    ctx.userLogin = global.value(QStringLiteral("user"));
    ctx.json = global.contains(QStringLiteral("json"));
    ctx.args = args;

    auto db = Database::openSqlite(ctx.dbPath);
    if (!db) {
        printError(db.error().message);
        return exitCodeFor(db.error().kind);
    }
    ctx.db = db.value().get();

    const QString command = args.words.first();
    Result<Output> result = Commands::usage(Commands::tr("Unknown command \"%1\".").arg(command));
    if (command == QLatin1String("init"))
        result = Commands::init(ctx);
    else if (command == QLatin1String("org"))
        result = Commands::org(ctx);
    else if (command == QLatin1String("user"))
        result = Commands::user(ctx);
    else if (command == QLatin1String("case"))
        result = Commands::caseCommand(ctx);
    else if (command == QLatin1String("demo"))
        result = Commands::demo(ctx);

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

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tiaojie"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TIAOJIE_VERSION));
    return tj::cli::run(app);
}
