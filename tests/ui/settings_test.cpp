#include "casepage/casedetail.h"
#include "common/uisettings.h"
#include "mainwindow.h"
#include "settingsdialog.h"

#include "uitest.h"

#include <QComboBox>
#include <QLabel>
#include <QTabWidget>
#include <QTest>

using namespace tj;

class SettingsTest : public test::UiFixture
{};

TEST_F(SettingsTest, TheWindowReopensWithTheSizeItWasClosedWith)
{
    {
        MainWindow window(*m_db, actor(QStringLiteral("vma")));
        window.show();
        window.resize(1000, 640);
        QTRY_COMPARE_WITH_TIMEOUT(window.size(), QSize(1000, 640), 2000);
        window.close();
    }
    MainWindow again(*m_db, actor(QStringLiteral("vma")));
    EXPECT_EQ(again.size(), QSize(1000, 640));
}

TEST_F(SettingsTest, ChosenLanguageIsKeptForTheNextStart)
{
    const QString before = UiSettings::language();
    SettingsDialog dialog;
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("en")));
    dialog.accept();
    EXPECT_EQ(UiSettings::language(), QStringLiteral("en"));
    SettingsDialog back;
    EXPECT_EQ(back.languageBox()->currentData().toString(), QStringLiteral("en"));
    back.languageBox()->setCurrentIndex(back.languageBox()->findData(QStringLiteral("zh_CN")));
    back.accept();
    EXPECT_EQ(UiSettings::language(), QStringLiteral("zh_CN"));
    UiSettings::setLanguage(before);
}

TEST_F(SettingsTest, LaterFeaturesAddTabsToTheCasePage)
{
    auto done = CaseService(*m_db).intake(actor(QStringLiteral("vma")),
                                          sampleIntake(QStringLiteral("QH-DS-A")));
    ASSERT_OK(done);
    CaseDetail::registerTab(QStringLiteral("test-extra"), [](Workspace &, const QString &caseId) {
        auto *tab = new QLabel(caseId);
        tab->setWindowTitle(QStringLiteral("Extra"));
        return tab;
    });
    MainWindow window(*m_db, actor(QStringLiteral("vma")));
    CaseDetail *page = window.openCase(done->record.id);
    ASSERT_NE(page, nullptr);
    // Registered tabs follow the built-in ones, in registration order (the main window
    // registers its own features too, so the extra tab need not be the last).
    int extra = -1;
    for (int i = 0; i < page->tabs()->count(); ++i)
        if (page->tabs()->tabText(i) == QLatin1String("Extra"))
            extra = i;
    ASSERT_GT(extra, 4); // after summary, parties, history, sessions, related cases
    auto *label = qobject_cast<QLabel *>(page->tabs()->widget(extra));
    ASSERT_NE(label, nullptr);
    EXPECT_EQ(label->text(), done->record.id);
    CaseDetail::registerTab(QStringLiteral("test-extra"), [](Workspace &, const QString &) {
        return static_cast<QWidget *>(nullptr); // a feature may decline a case
    });
}
