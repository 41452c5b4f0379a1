// GUI figures: start to first page painted, and peak memory after scrolling the whole list.
#include "benchsupport.h"

#include "cases/caselistmodel.h"
#include "cases/caselistpage.h"
#include "cases/caseservice.h"
#include "db/query.h"
#include "security/backup.h"
#include "mainwindow.h"
#include "users/user.h"

#include <QApplication>
#include <QFileInfo>
#include <QFuture>
#include <QtConcurrent>
#include <QElapsedTimer>
#include <QTableView>

#include <benchmark/benchmark.h>

using namespace tj;
using namespace tj::bench;

namespace {
// What app/gui/main.cpp does before the user sees the first page, apart from the sign-in dialog:
// open the file (a file above Database::kCheckInBackgroundAbove is structure-checked on a worker
// thread that keeps running meanwhile, as in the app), the demo check, the daily backup, the
// window, and the first page painted.
void BM_GuiStartToFirstPage(benchmark::State &state)
{
    double openMs = 0;
    double checkMs = 0;
    bool deferred = false;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        deferred = QFileInfo(env().path).size() > Database::kCheckInBackgroundAbove;
        auto db = Database::openSqlite(env().path, deferred ? Database::IntegrityCheck::Deferred
                                                            : Database::IntegrityCheck::AtOpen);
        if (!db) {
            state.SkipWithError("cannot open");
            return;
        }
        openMs = double(timer.nsecsElapsed()) / 1e6;
        Database *database = db.value().get();
        if (!database->startBackgroundCheckpoints()) {
            state.SkipWithError("cannot start the checkpoints");
            return;
        }
        QFuture<double> check;
        if (deferred)
            check = QtConcurrent::run([database, &timer] {
                const bool ok = bool(database->quickCheck());
                database->closeThreadConnection();
                return ok ? double(timer.nsecsElapsed()) / 1e6 : -1.0;
            });
        Query organisations(database->connection(), "SELECT COUNT(*) FROM organisations"); // the demo check
        if (!organisations.exec() || !BackupService(*database).runDaily()) {
            state.SkipWithError("start-up step failed");
            return;
        }
        // A village mediator: the case list is the first page (an administrator's is the
        // administration desk, a township's the inbox while referrals wait; StartPage).
        auto actor = UserService(*database).actorFor(QStringLiteral("fengcuizhen"));
        if (!actor) {
            state.SkipWithError("no village mediator fengcuizhen in the benchmark county");
            return;
        }
        {
            MainWindow window(*database, actor.value());
            window.show();
            while (window.caseList()->model()->rowCount() == 0 || !window.caseList()->model()->caseAt(0))
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            window.caseList()->view()->viewport()->repaint();
            state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        }
        if (deferred) {
            check.waitForFinished();
            checkMs = check.result();
        }
    }
    state.counters["open_db_ms"] = openMs;
    state.counters["check_deferred"] = deferred ? 1 : 0;
    state.counters["check_done_ms"] = checkMs;
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
