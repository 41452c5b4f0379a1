#include "common/modelobserver.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

// One main for every test binary: a QApplication (offscreen in CTest) so core and widget tests
// share one set-up; test mode keeps QStandardPaths away from the user's real data.
int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    // Every model the workstation creates in any test runs under QAbstractItemModelTester for
    // its whole life: a broken rule stops the binary with the tester's message (Fatal), so the
    // test that drove the model fails.
    tj::setModelObserver([](QAbstractItemModel *model) {
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal,
                                     model);
    });
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
