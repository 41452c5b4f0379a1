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
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
