#include "benchsupport.h"

#include <QApplication>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (!tj::bench::setUp())
        return 1;
    benchmark::AddCustomContext("cases", std::to_string(tj::bench::env().cases));
    benchmark::AddCustomContext("database", tj::bench::env().path.toStdString());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    // Close the database before the application object goes.
    sqlite3_close(tj::bench::env().bare);
    tj::bench::env().db.reset();
    return 0;
}
