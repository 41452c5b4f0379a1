#include "benchsupport.h"

#include "db/query.h"
#include "demo/generator.h"

#include <QFile>
#include <QHash>
#include <QTextStream>

#include <sqlite3.h>

namespace tj::bench {

Env &env()
{
    static Env e;
    return e;
}

bool setUp()
{
    Env &e = env();
    e.cases = qEnvironmentVariableIsSet("TIAOJIE_BENCH_CASES")
                  ? qEnvironmentVariable("TIAOJIE_BENCH_CASES").toLongLong()
                  : 1'000'000;
    e.path = qEnvironmentVariableIsSet("TIAOJIE_BENCH_DB")
                 ? qEnvironmentVariable("TIAOJIE_BENCH_DB")
                 : QStringLiteral("/tmp/tiaojie-bench-%1.sqlite").arg(e.cases);
    QTextStream err(stderr);
    const bool exists = QFile::exists(e.path);
    // Opened as the workstation opens a large file: its structure check deferred (a check is
    // not what any figure measures; BM_GuiStartToFirstPage opens as the app does).
    // TIAOJIE_BENCH_CHECK_AT_OPEN=1 checks at open instead, as the command line does.
    const bool checkAtOpen = qEnvironmentVariableIntValue("TIAOJIE_BENCH_CHECK_AT_OPEN") != 0;
    auto db = Database::openSqlite(e.path, checkAtOpen ? Database::IntegrityCheck::AtOpen
                                                       : Database::IntegrityCheck::Deferred);
    if (!db) {
        err << db.error().message << Qt::endl;
        return false;
    }
    e.db = std::move(db.value());
    if (!exists) {
        err << "generating " << e.cases << " cases into " << e.path << Qt::endl;
        GeneratorOptions options;
        options.cases = e.cases;
        options.seed = 1;
        options.until = QDate(2026, 6, 30);
        auto made = DemoGenerator(*e.db).generate(options, [&](qint64 done) {
            err << done << " cases" << Qt::endl;
        });
        if (!made) {
            err << made.error().message << Qt::endl;
            return false;
        }
    }
    // As in the workstation, commits do not checkpoint; a thread does (Database::startBackgroundCheckpoints).
    if (!e.db->startBackgroundCheckpoints().ok())
        return false;
    Query q(e.db->connection(), "SELECT code FROM organisations WHERE path LIKE '%/QH-DS/%' ORDER BY path");
    if (!q.exec().ok())
        return false;
    while (q.next())
        e.township.append(q.value(0).toString());
    if (sqlite3_open_v2(e.path.toUtf8().constData(), &e.bare, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        return false;
    sqlite3_exec(e.bare, "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA wal_autocheckpoint = 0",
                 nullptr, nullptr, nullptr);
    return true;
}

qint64 bare(const std::string &sql, std::initializer_list<std::string> binds)
{
    static QHash<QByteArray, sqlite3_stmt *> cache;
    const QByteArray key = QByteArray::fromStdString(sql);
    sqlite3_stmt *stmt = cache.value(key);
    if (!stmt) {
        if (sqlite3_prepare_v2(env().bare, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
            QTextStream(stderr) << "bare SQL failed: " << sqlite3_errmsg(env().bare) << " in "
                                << QString::fromStdString(sql) << Qt::endl;
            return -1;
        }
        cache.insert(key, stmt);
    }
    int i = 0;
    for (const std::string &b : binds)
        sqlite3_bind_text(stmt, ++i, b.c_str(), int(b.size()), SQLITE_TRANSIENT);
    qint64 rows = 0;
    size_t bytes = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        ++rows;
        for (int c = 0; c < sqlite3_column_count(stmt); ++c)
            if (const unsigned char *text = sqlite3_column_text(stmt, c))
                bytes += size_t(text[0]);
    }
    sqlite3_reset(stmt);
    static volatile size_t sink = 0;
    sink = sink + bytes;
    return rows;
}

double peakMemoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

} // namespace tj::bench
