#include "common/i18n.h"
#include "common/uisettings.h"
#include "db/database.h"
#include "db/query.h"
#include "demo/demoloader.h"
#include "mainwindow.h"
#include "screenshots.h"
#include "security/backup.h"
#include "security/signindialog.h"
#include "users/user.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QStandardPaths>
#include <QtConcurrent>

#include <functional>
#include <memory>

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
    QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("SQLite database file"),
                                QStringLiteral("FILE"));
    QCommandLineOption pgOption(QStringLiteral("pg"),
                                QStringLiteral("PostgreSQL server (\"host=... dbname=... user=...\"; "
                                               "default: the TIAOJIE_PG environment variable)"),
                                QStringLiteral("CONNINFO"));
    QCommandLineOption userOption(QStringLiteral("user"),
                                  QStringLiteral("login of the user (skips the sign-in dialog)"),
                                  QStringLiteral("LOGIN"));
    QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("zh_CN or en"),
                                  QStringLiteral("LANG"));
    QCommandLineOption noDemo(QStringLiteral("no-demo"),
                              QStringLiteral("do not load the demo data into a new database"));
    QCommandLineOption shots(QStringLiteral("screenshot"),
                             QStringLiteral("write screenshots of every screen to DIR and quit"),
                             QStringLiteral("DIR"));
    shots.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({dbOption, pgOption, userOption, langOption, noDemo, shots});
    parser.process(app);
    // Screenshots must not touch the user's drafts and settings.
    if (parser.isSet(shots))
        QStandardPaths::setTestModeEnabled(true);

    const QString lang =
        parser.isSet(langOption) ? parser.value(langOption) : tj::UiSettings::language();
    tj::installTranslators(app, lang);
    const QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : tj::Database::defaultPath();
    // A large file is checked on a worker thread while the user signs in and reads the first page;
    // damage found then closes the workstation with the way out (restore a backup).
    // A shared PostgreSQL server (docs/deployment.md) when --pg or TIAOJIE_PG names one.
    const QString pg = parser.isSet(pgOption)
                           ? parser.value(pgOption)
                           : (parser.isSet(dbOption) ? QString() : qEnvironmentVariable("TIAOJIE_PG"));
    const bool checkLater =
        pg.isEmpty() && QFileInfo(path).size() > tj::Database::kCheckInBackgroundAbove;
    auto db = !pg.isEmpty()
                  ? tj::Database::openPostgres(pg)
                  : tj::Database::openSqlite(path, checkLater ? tj::Database::IntegrityCheck::Deferred
                                                              : tj::Database::IntegrityCheck::AtOpen);
    if (!db) {
        QMessageBox::critical(nullptr, QObject::tr("Tiaojie"), db.error().message);
        return 3;
    }
    // A save waits for its own fsync only: the WAL is copied into the file by a thread of its own.
    if (auto checkpoints = db.value()->startBackgroundCheckpoints(); !checkpoints) {
        QMessageBox::critical(nullptr, QObject::tr("Tiaojie"), checkpoints.error().message);
        return 3;
    }
    QFutureWatcher<tj::Result<void>> structureCheck;
    bool damaged = false;
    if (checkLater) {
        tj::Database *database = db.value().get();
        QObject::connect(&structureCheck, &QFutureWatcher<tj::Result<void>>::finished, &app,
                         [&structureCheck, &damaged] {
                             const tj::Result<void> checked = structureCheck.result();
                             if (checked)
                                 return;
                             damaged = true;
                             QMessageBox::critical(nullptr, QObject::tr("Tiaojie"), checked.error().message);
                             QCoreApplication::exit(3); // leaves the sign-in dialog's loop too
                         });
        structureCheck.setFuture(QtConcurrent::run([database] {
            tj::Result<void> checked = database->quickCheck();
            database->closeThreadConnection();
            return checked;
        }));
    }
    if (!parser.isSet(noDemo)) {
        auto demo = loadDemoIfEmpty(*db.value());
        if (!demo)
            QMessageBox::warning(nullptr, QObject::tr("Tiaojie"), demo.error().message);
    }
    if (parser.isSet(shots))
        return tj::takeScreenshots(*db.value(), parser.value(shots)) ? 0 : 1;

    // The daily backup (setting backup.folder) is due at start and checked again when idle.
    tj::BackupService backups(*db.value());
    if (auto daily = backups.runDaily(); !daily)
        QMessageBox::warning(nullptr, QObject::tr("Tiaojie"), daily.error().message);

    std::unique_ptr<tj::MainWindow> window;
    std::unique_ptr<tj::IdleWatcher> watcher;
    // Signing in (again after an idle sign-out); closing the dialog ends the program.
    std::function<void()> signIn = [&] {
        watcher.reset();
        window.reset();
        tj::SignInDialog dialog(*db.value(), parser.value(userOption));
        if (dialog.exec() != QDialog::Accepted) {
            QCoreApplication::quit();
            return;
        }
        window = std::make_unique<tj::MainWindow>(*db.value(), dialog.signIn().actor);
        window->show();
        watcher = std::make_unique<tj::IdleWatcher>(dialog.signIn().idleMinutes * 60 * 1000);
        QObject::connect(watcher.get(), &tj::IdleWatcher::idle, window.get(), [&] {
            (void)backups.runDaily();
            QMetaObject::invokeMethod(qApp, signIn, Qt::QueuedConnection);
        });
    };
    signIn();
    if (!window || damaged)
        return damaged ? 3 : 0;
    const int code = app.exec();
    structureCheck.waitForFinished();
    return damaged ? 3 : code;
}
