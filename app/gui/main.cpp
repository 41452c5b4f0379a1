#include "common/i18n.h"
#include "db/database.h"
#include "demo/demoloader.h"
#include "db/query.h"
#include "mainwindow.h"
#include "users/user.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

namespace {
// A new, empty database gets the demo county on first run so a new user sees a working desk.
tj::Result<void> loadDemoIfEmpty(tj::Database &db)
{
    tj::Query q(db.connection(), "SELECT COUNT(*) FROM organisations");
    TJ_TRY(q.exec());
    if (q.next() && q.value(0).toInt() > 0)
        return {};
    auto loaded = tj::DemoLoader(db).load();
    if (!loaded)
        return loaded.error();
    return {};
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tiaojie"));
    QApplication::setApplicationDisplayName(QStringLiteral("调解 Tiaojie"));

    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("SQLite database file"), QStringLiteral("FILE"));
    QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("login of the user"), QStringLiteral("LOGIN"));
    QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("zh_CN or en"), QStringLiteral("LANG"));
    QCommandLineOption noDemo(QStringLiteral("no-demo"), QStringLiteral("do not load the demo data into a new database"));
    parser.addOptions({dbOption, userOption, langOption, noDemo});
    parser.process(app);

    tj::installTranslators(app, parser.value(langOption));
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : tj::Database::defaultPath();
    auto db = tj::Database::openSqlite(path);
    if (!db) {
        QMessageBox::critical(nullptr, QObject::tr("Tiaojie"), db.error().message);
        return 3;
    }
    if (!parser.isSet(noDemo)) {
        auto demo = loadDemoIfEmpty(*db.value());
        if (!demo)
            QMessageBox::warning(nullptr, QObject::tr("Tiaojie"), demo.error().message);
    }
    auto actor = tj::UserService(*db.value()).actorFor(parser.value(userOption));
    if (!actor) {
        QMessageBox::critical(nullptr, QObject::tr("Tiaojie"), actor.error().message);
        return 2;
    }
    tj::MainWindow window(*db.value(), actor.value());
    window.show();
    return app.exec();
}
