#include "ledger/ledgerimportdialog.h"

#include "statsfixture.h"

#include "db/query.h"

#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace tj;
using namespace tj::test;

namespace {
const char kFixture[] = TIAOJIE_TEST_DATA_DIR "/ledger_libreoffice.xlsx";

qint64 caseCount(Database &db)
{
    Query q(db.connection(), "SELECT COUNT(*) FROM cases");
    EXPECT_TRUE(q.exec().ok());
    return q.next() ? q.value(0).toLongLong() : -1;
}

class LedgerImportDialogTest : public StatsFixture
{
protected:
    void SetUp() override
    {
        StatsFixture::SetUp();
        buildSmallCounty();
        m_preset = m_dir.filePath(QStringLiteral("preset.json"));
    }
    QString m_preset;
};
} // namespace

TEST_F(LedgerImportDialogTest, PreviewsMapsValidatesAndImportsALibreOfficeLedger)
{
    LedgerImportDialog dialog(*m_db, Actor::system(), m_preset); // rows of two villages
    ASSERT_TRUE(dialog.load(QString::fromUtf8(kFixture)));
    dialog.show();
    EXPECT_EQ(dialog.previewTable()->rowCount(), 4);
    EXPECT_EQ(dialog.errorList()->count(), 0);
    EXPECT_TRUE(dialog.importButton()->isEnabled());
    EXPECT_EQ(dialog.mappingBox(LedgerField::Applicants)->currentText(), QStringLiteral("当事人"));

    // Pointing the category at the wrong column makes every row wrong and blocks the import.
    QComboBox *category = dialog.mappingBox(LedgerField::Category);
    category->setCurrentIndex(category->findData(QStringLiteral("当事人")));
    EXPECT_EQ(dialog.errorList()->count(), 4);
    EXPECT_FALSE(dialog.importButton()->isEnabled());
    category->setCurrentIndex(category->findData(QStringLiteral("纠纷类别")));
    ASSERT_TRUE(dialog.importButton()->isEnabled());

    QSignalSpy imported(&dialog, &LedgerImportDialog::imported);
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    ASSERT_EQ(imported.count(), 1);
    EXPECT_EQ(imported.first().at(0).toInt(), 4);
    EXPECT_EQ(caseCount(*m_db), 4);
    EXPECT_TRUE(QFile::exists(m_preset)) << "the mapping is remembered";

    // The same ledger again: every row is known, nothing to import.
    LedgerImportDialog again(*m_db, Actor::system(), m_preset);
    ASSERT_TRUE(again.load(QString::fromUtf8(kFixture)));
    EXPECT_EQ(again.preview().duplicates, 4);
    EXPECT_FALSE(again.importButton()->isEnabled());
}

TEST_F(LedgerImportDialogTest, TheRememberedMappingIsUsedForTheNextLedger)
{
    LedgerMapping preset = LedgerMapping::detect({QStringLiteral("收案日期"), QStringLiteral("纠纷类别"),
                                                  QStringLiteral("当事人"), QStringLiteral("对方当事人"),
                                                  QStringLiteral("简要案情"), QStringLiteral("登记单位")});
    preset.columns.insert(LedgerField::Title, QStringLiteral("编号")); // a user's odd but deliberate choice
    ASSERT_OK(preset.save(m_preset));
    LedgerImportDialog dialog(*m_db, Actor::system(), m_preset); // rows of two villages
    ASSERT_TRUE(dialog.load(QString::fromUtf8(kFixture)));
    EXPECT_EQ(dialog.mappingBox(LedgerField::Title)->currentText(), QStringLiteral("编号"));
    EXPECT_EQ(dialog.mappingBox(LedgerField::Outcome)->currentIndex(), 0) << "not in the preset";
}

TEST_F(LedgerImportDialogTest, AnUnreadableFileIsReportedAndNothingCanBeImported)
{
    const QString bad = m_dir.filePath(QStringLiteral("bad.xlsx"));
    QFile file(bad);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("not a spreadsheet");
    file.close();
    LedgerImportDialog dialog(*m_db, Actor::system(), m_preset); // rows of two villages
    EXPECT_FALSE(dialog.load(bad));
    EXPECT_FALSE(dialog.importButton()->isEnabled());
    EXPECT_EQ(caseCount(*m_db), 0);
}
