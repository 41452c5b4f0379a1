#pragma once

#include "db/database.h"

#include <QString>
#include <QStringList>

#include <initializer_list>
#include <memory>
#include <string>

struct sqlite3;

namespace tj::bench {

/// The generated database the benchmarks share (TIAOJIE_BENCH_CASES, TIAOJIE_BENCH_DB).
struct Env
{
    QString path;
    qint64 cases = 0;
    std::unique_ptr<Database> db;
    sqlite3 *bare = nullptr; ///< a second connection for the bare SQL of each figure
    QStringList township;    ///< QH-DS and its villages
};

Env &env();
/// Opens (generating first if the file is missing) the benchmark database.
bool setUp();

/// Runs SQL through the SQLite C API, reading every column of every row; returns the rows.
qint64 bare(const std::string &sql, std::initializer_list<std::string> binds = {});
/// Peak resident memory of the process (VmHWM), in MiB.
double peakMemoryMiB();

} // namespace tj::bench
