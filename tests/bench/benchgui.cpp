// GUI figures: start to first page painted, and peak memory after scrolling the whole list.
#include "benchsupport.h"

#include "cases/caselistmodel.h"
#include "cases/caselistpage.h"
#include "cases/caseservice.h"
#include "mainwindow.h"
#include "users/user.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>

#include <benchmark/benchmark.h>

using namespace tj;
using namespace tj::bench;

namespace {
// Opening the database (migrations, quick_check), the window, and the first page painted.
void BM_GuiStartToFirstPage(benchmark::State &state)
{
    double openMs = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        auto db = Database::openSqlite(env().path);
        if (!db) {
            state.SkipWithError("cannot open");
            return;
        }
        openMs = double(timer.nsecsElapsed()) / 1e6;
        auto actor = UserService(*db.value()).actorFor(QStringLiteral("admin"));
        {
            MainWindow window(*db.value(), actor.value());
            window.show();
            while (window.caseList()->model()->rowCount() == 0 || !window.caseList()->model()->caseAt(0))
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            window.caseList()->view()->viewport()->repaint();
            state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        }
    }
    state.counters["open_db_ms"] = openMs;
}

// Scrolls from the first case to the last, as a user holding the scroll bar down would.
void BM_ScrollWholeList(benchmark::State &state)
{
    CaseService cases(*env().db);
    const double before = peakMemoryMiB();
    qint64 rows = 0;
    for (auto _ : state) {
        CaseListModel model(cases, Actor::system());
        model.reload();
        while (model.isLoading())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        while (model.canFetchMore({})) {
            const int had = model.rowCount();
            model.fetchMore({});
            while (model.rowCount() == had && model.canFetchMore({}))
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            model.data(model.index(model.rowCount() - 1, 0)); // the view paints the newest rows
        }
        rows = model.rowCount();
    }
    state.counters["rows"] = double(rows);
    state.counters["peak_MiB"] = peakMemoryMiB();
    state.counters["peak_before_MiB"] = before;
}
} // namespace

BENCHMARK(BM_GuiStartToFirstPage)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_ScrollWholeList)->Unit(benchmark::kMillisecond)->Iterations(1);
