#include "parties/identifiers.h"
#include "casepage/casedetail.h"
#include "common/texttablemodel.h"
#include "intake/intakepage.h"
#include "intake/partiespanel.h"
#include "mainwindow.h"

#include "db/query.h"

#include "uitest.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace tj;

class IntakeTest : public test::UiFixture
{
protected:
    QString id(int birthDay, int seq) const { return test::workerId(birthDay, seq); }
    QString claimantRows() const { return test::claimantRows(); }

    void fillCase(IntakePage *intake)
    {
        test::typeText(intake->titleEdit(),
                       QStringLiteral("钱某等3人与某服饰公司追索劳动报酬纠纷"));
        intake->categoryBox()->setCurrentIndex(
            intake->categoryBox()->findData(QStringLiteral("劳动争议")));
        test::typeText(intake->factsEdit(), QStringLiteral("三名工人被拖欠三个月工资。"));
        test::typeText(intake->claimsEdit(), QStringLiteral("支付拖欠工资。"));
    }

    int caseCount()
    {
        Query q(m_db->connection(), "SELECT COUNT(*) FROM cases");
        EXPECT_TRUE(q.exec().ok());
        return q.next() ? q.value(0).toInt() : -1;
    }
};

TEST_F(IntakeTest, CollectiveDisputeWithABadIdNumberIsCorrectedThenRegistered)
{
    MainWindow window(*m_db, actor(QStringLiteral("vma")));
    window.show();
    IntakePage *intake = window.newIntake();
    PartiesPanel *parties = intake->parties();
    test::ModelCheck check(parties->model());
    fillCase(intake);

    QGuiApplication::clipboard()->setText(claimantRows());
    QTest::mouseClick(parties->pasteButton(), Qt::LeftButton);
    ASSERT_EQ(parties->parties().size(), 3);
    EXPECT_EQ(parties->problemCount(), 1);
    // The form jumps to the bad row and says what is wrong next to the field.
    EXPECT_EQ(parties->currentRow(), 1);
    EXPECT_TRUE(parties->identityError()->isVisibleTo(intake));
    EXPECT_TRUE(parties->identityError()->text().contains(QStringLiteral("check character")) ||
                parties->identityError()->text().contains(QStringLiteral("校验")))
        << parties->identityError()->text().toStdString();

    // Registering now is refused with the reason, and nothing is stored.
    QTest::mouseClick(intake->saveButton(), Qt::LeftButton);
    EXPECT_FALSE(intake->statusLabel()->text().isEmpty());
    EXPECT_EQ(caseCount(), 0);

    // Correct the ID number as typed: the message goes away as soon as it is valid.
    parties->identityEdit()->clear();
    QTest::keyClicks(parties->identityEdit(), id(12, 222).left(17));
    EXPECT_TRUE(parties->identityError()->isVisibleTo(intake));
    QTest::keyClicks(parties->identityEdit(), id(12, 222).right(1));
    EXPECT_FALSE(parties->identityError()->isVisibleTo(intake));
    EXPECT_EQ(parties->problemCount(), 0);
    parties->selectParty(0);
    parties->findChild<QCheckBox *>()->setChecked(true); // the representative

    QTest::mouseClick(parties->addOrganisationButton(), Qt::LeftButton);
    test::typeText(parties->nameEdit(), QStringLiteral("青禾县某某服饰有限公司"));
    QTest::keyClicks(parties->identityEdit(),
                     test::makeCreditCode(QStringLiteral("91131121MA0ABCDE1")));
    EXPECT_FALSE(parties->identityError()->isVisibleTo(intake));
    QTest::keyClicks(intake->amountEdit(), QStringLiteral("11580.00"));
    EXPECT_EQ(intake->amountWords()->text(), QStringLiteral("壹万壹仟伍佰捌拾元整"));

    QTest::mouseClick(intake->saveButton(), Qt::LeftButton);
    ASSERT_EQ(caseCount(), 1) << intake->statusLabel()->text().toStdString();
    auto *page = qobject_cast<CaseDetail *>(window.tabs()->currentWidget());
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->record().parties.size(), 4);
    EXPECT_EQ(page->record().amountFen, 1158000);
    EXPECT_EQ(page->record().category, QStringLiteral("劳动争议"));
    EXPECT_TRUE(page->record().parties[0].representative);
    EXPECT_EQ(page->record().parties[1].idNumber, Identifiers::maskResidentId(id(12, 222))); // masked in the page
    EXPECT_FALSE(QFile::exists(IntakePage::draftPath(QStringLiteral("vma"))));
    EXPECT_MODEL_OK(check);
}

TEST_F(IntakeTest, ADraftSurvivesClosingTheWindow)
{
    {
        MainWindow window(*m_db, actor(QStringLiteral("vma")));
        IntakePage *intake = window.newIntake();
        fillCase(intake);
        intake->parties()->pasteClaimants(claimantRows());
        QTest::keyClicks(intake->amountEdit(), QStringLiteral("12a"));
        window.close();
    }
    EXPECT_TRUE(QFile::exists(IntakePage::draftPath(QStringLiteral("vma"))));
    MainWindow window(*m_db, actor(QStringLiteral("vma")));
    IntakePage *intake = window.newIntake();
    EXPECT_EQ(intake->titleEdit()->text(), QStringLiteral("钱某等3人与某服饰公司追索劳动报酬纠纷"));
    EXPECT_EQ(intake->factsEdit()->toPlainText(), QStringLiteral("三名工人被拖欠三个月工资。"));
    EXPECT_EQ(intake->categoryBox()->currentData().toString(), QStringLiteral("劳动争议"));
    EXPECT_EQ(intake->amountEdit()->text(), QStringLiteral("12a")); // kept as typed, even invalid
    EXPECT_EQ(intake->parties()->parties().size(), 3);
    EXPECT_EQ(intake->parties()->problemCount(), 1);
    // Another user's form starts empty.
    MainWindow other(*m_db, actor(QStringLiteral("vmb")));
    EXPECT_TRUE(other.newIntake()->titleEdit()->text().isEmpty());
}

TEST_F(IntakeTest, RelatedCasesAreShownBeforeSaving)
{
    CaseIntake earlier = sampleIntake(QStringLiteral("QH-DS-A"), id(11, 111));
    earlier.category = QStringLiteral("劳动争议");
    ASSERT_OK(CaseService(*m_db).intake(actor(QStringLiteral("vma")), earlier));

    MainWindow window(*m_db, actor(QStringLiteral("vma")));
    IntakePage *intake = window.newIntake();
    test::ModelCheck check(intake->warningsModel());
    fillCase(intake);
    intake->parties()->pasteClaimants(QStringLiteral("钱秀英\t%1\t\t3860\n").arg(id(11, 111)));
    QTest::mouseClick(intake->parties()->addOrganisationButton(), Qt::LeftButton);
    test::typeText(intake->parties()->nameEdit(), QStringLiteral("另一家公司"));

    QTest::mouseClick(intake->saveButton(), Qt::LeftButton);
    EXPECT_EQ(caseCount(), 1); // only the earlier case: the first press shows the warnings
    ASSERT_EQ(intake->warningsModel()->rowCount(), 1);
    EXPECT_TRUE(intake->warningsModel()->rows()[0].cells.join(QString()).contains(id(11, 111)));
    QTest::mouseClick(intake->saveButton(), Qt::LeftButton);
    EXPECT_EQ(caseCount(), 2);
    EXPECT_MODEL_OK(check);
}

TEST_F(IntakeTest, CoreRefusalIsShownAndTheFormKeepsItsText)
{
    MainWindow window(*m_db, actor(QStringLiteral("vma")));
    IntakePage *intake = window.newIntake();
    fillCase(intake);
    intake->parties()->pasteClaimants(QStringLiteral("钱秀英\t%1\t\t3860\n").arg(id(11, 111)));
    // No respondent: core refuses, the message is shown, nothing is lost.
    QTest::mouseClick(intake->saveButton(), Qt::LeftButton);
    EXPECT_EQ(caseCount(), 0);
    EXPECT_FALSE(intake->statusLabel()->text().isEmpty());
    EXPECT_EQ(intake->titleEdit()->text(), QStringLiteral("钱某等3人与某服饰公司追索劳动报酬纠纷"));
    EXPECT_EQ(intake->parties()->parties().size(), 1);
}

TEST(PartyDraftTest, SpreadsheetRowsBecomeClaimantsAndHeaderIsSkipped)
{
    const auto rows = PartyDrafts::parseClaimantList(
        QStringLiteral("姓名\t身份证号\t电话\t金额\r\n张三\t110105199001011234\t139\t1,200."
                       "50\r\n\r\n李四\t\t\t\n"));
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].name, QStringLiteral("张三"));
    EXPECT_EQ(rows[0].claimFen(), 120050);
    EXPECT_EQ(rows[1].name, QStringLiteral("李四"));
    EXPECT_FALSE(rows[1].claimFen().has_value());
    EXPECT_EQ(PartyDrafts::claimTotal(rows), 120050);
}
