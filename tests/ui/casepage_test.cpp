#include "agreement/agreementeditor.h"
#include "casepage/casedetail.h"
#include "casepage/closedialog.h"
#include "common/actiondialog.h"
#include "common/historyview.h"
#include "common/orgpicker.h"
#include "common/texttablemodel.h"
#include "inbox/transferqueue.h"
#include "mainwindow.h"
#include "review/reviewpage.h"

#include "cases/caselistmodel.h"
#include "db/query.h"
#include "parties/identifiers.h"

#include "uitest.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace tj;

namespace {
void clickOk(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    ASSERT_NE(buttons, nullptr);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}
} // namespace

// The workflow as users drive it through the case page, the inbox and the judge's review.
class CasePageTest : public test::UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        CaseIntake in = sampleIntake(QStringLiteral("QH-DS-A"));
        auto done = CaseService(*m_db).intake(actor(QStringLiteral("vma")), in);
        ASSERT_OK(done);
        m_id = done->record.id;
        ASSERT_OK(CaseService(*m_db).accept(actor(QStringLiteral("vma")), m_id, QDate(2026, 3, 3)));
    }

    Case stored()
    {
        auto c = CaseService(*m_db).get(Actor::system(), m_id);
        EXPECT_OK(c);
        return c.ok() ? c.value() : Case{};
    }

    int count(const char *table)
    {
        Query q(m_db->connection(),
                QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)),
                Query::Trusted);
        EXPECT_TRUE(q.exec().ok());
        return q.next() ? q.value(0).toInt() : -1;
    }

    QString m_id;
};

TEST_F(CasePageTest, VillageRefersUpAndTheTownshipReceivesInItsInbox)
{
    {
        MainWindow village(*m_db, actor(QStringLiteral("vma")));
        CaseDetail *page = village.openCase(m_id);
        ASSERT_NE(page, nullptr);
        EXPECT_EQ(page->actionButton(CaseAction::Delegate), nullptr); // villages do not delegate
        EXPECT_EQ(page->actionButton(CaseAction::Accept), nullptr);   // already accepted
        QPushButton *refer = page->actionButton(CaseAction::Refer);
        ASSERT_NE(refer, nullptr);
        test::whenModal<ActionDialog>([](ActionDialog *d) {
            auto *picker = d->findChild<OrgPicker *>();
            ASSERT_NE(picker, nullptr);
            EXPECT_EQ(picker->topLevelItemCount(),
                      3); // township, tribunal, court above the village
            EXPECT_EQ(picker->currentCode(), QStringLiteral("QH-DS"));
            test::typeText(d->findChild<QPlainTextEdit *>(),
                           QStringLiteral("涉及多村，需镇中心协调"));
            clickOk(d);
        });
        QTest::mouseClick(refer, Qt::LeftButton);
        EXPECT_EQ(stored().status, CaseStatus::Referred);
        ASSERT_TRUE(stored().pending.has_value());
        EXPECT_EQ(stored().pending->toOrg, QStringLiteral("QH-DS"));
        EXPECT_EQ(page->actionButton(CaseAction::Refer), nullptr); // the page followed the change
    }

    MainWindow township(*m_db, actor(QStringLiteral("staff")));
    TransferQueue *inbox = township.inbox();
    test::ModelCheck check(inbox->model());
    EXPECT_EQ(township.tabs()->currentWidget(), inbox);
    ASSERT_EQ(inbox->model()->rowCount(), 1);
    EXPECT_EQ(inbox->currentCaseId(), m_id);
    EXPECT_EQ(inbox->history()->model()->rowCount(), 3); // intake, accept, refer at the village
    test::whenModal<ActionDialog>([](ActionDialog *d) { clickOk(d); });
    QTest::mouseClick(inbox->receiveButton(), Qt::LeftButton);
    EXPECT_EQ(stored().status, CaseStatus::InMediation);
    EXPECT_EQ(stored().handlingOrg, QStringLiteral("QH-DS"));
    EXPECT_EQ(inbox->model()->rowCount(), 0);
    EXPECT_MODEL_OK(check);
}

TEST_F(CasePageTest, TheInboxReturnsACaseOnlyWithAReason)
{
    ASSERT_OK(CaseService(*m_db).refer(actor(QStringLiteral("vma")), m_id, QStringLiteral("QH-DS"),
                                       QStringLiteral("复杂"), QDate(2026, 3, 4)));
    MainWindow township(*m_db, actor(QStringLiteral("staff")));
    QString refusal;
    test::whenModal<ActionDialog>([&](ActionDialog *d) {
        clickOk(d); // no reason: refused inside the dialog
        refusal = d->errorText();
        EXPECT_TRUE(d->isVisible());
        test::typeText(d->findChild<QPlainTextEdit *>(),
                       QStringLiteral("属村内纠纷，请村调解室继续调解"));
        clickOk(d);
    });
    QTest::mouseClick(township.inbox()->returnButton(), Qt::LeftButton);
    EXPECT_FALSE(refusal.isEmpty());
    EXPECT_EQ(stored().status, CaseStatus::InMediation);
    EXPECT_EQ(stored().handlingOrg, QStringLiteral("QH-DS-A"));
    EXPECT_FALSE(stored().pending.has_value());
}

TEST_F(CasePageTest, AddingASessionRecordsItAndRefusesAnEmptyRecord)
{
    MainWindow village(*m_db, actor(QStringLiteral("vma")));
    CaseDetail *page = village.openCase(m_id);
    test::ModelCheck check(page->sessionsModel());
    QString refusal;
    test::whenModal<ActionDialog>([&](ActionDialog *d) {
        test::typeText(d->findChild<QLineEdit *>(QStringLiteral("place")),
                       QStringLiteral("柳树村调解室"));
        test::typeText(d->findChild<QLineEdit *>(QStringLiteral("mediators")),
                       QStringLiteral("王调解、李调解"));
        clickOk(d);
        refusal = d->errorText();
        test::typeText(d->findChild<QPlainTextEdit *>(QStringLiteral("record")),
                       QStringLiteral("双方陈述意见，同意各让一步。"));
        clickOk(d);
    });
    QTest::mouseClick(page->actionButton(CaseAction::Session), Qt::LeftButton);
    EXPECT_FALSE(refusal.isEmpty());
    ASSERT_EQ(page->sessionsModel()->rowCount(), 1);
    EXPECT_EQ(page->sessionsModel()->rows()[0].cells[3], QStringLiteral("王调解、李调解"));
    auto sessions = CaseService(*m_db).sessions(Actor::system(), m_id);
    ASSERT_OK(sessions);
    ASSERT_EQ(sessions->size(), 1);
    EXPECT_EQ(sessions->first().mediators,
              (QStringList{QStringLiteral("王调解"), QStringLiteral("李调解")}));
    EXPECT_EQ(page->history()->model()->rowCount(), 3);
    EXPECT_MODEL_OK(check);
}

TEST_F(CasePageTest, ClosingAsSettledRecordsTheAgreementWithTwoInstalments)
{
    MainWindow village(*m_db, actor(QStringLiteral("vma")));
    CaseDetail *page = village.openCase(m_id);
    QString mismatch;
    QString words;
    test::whenModal<CloseDialog>([&](CloseDialog *d) {
        ASSERT_TRUE(d->selectOutcome(Outcome::Settled));
        EXPECT_FALSE(d->selectOutcome(Outcome::Filed)); // only courts file
        AgreementEditor *a = d->agreementEditor();
        test::ModelCheck check(a->obligationsModel());
        test::typeText(a->contentEdit(), QStringLiteral("被申请人分两期向申请人支付5000元。"));
        EXPECT_EQ(a->debtorEdit()->text(), QStringLiteral("青禾县某某服饰有限公司"));
        QTest::keyClicks(a->obligationAmountEdit(), QStringLiteral("5000.00"));
        words = a->obligationWords()->text();
        QTest::mouseClick(a->addObligationButton(), Qt::LeftButton);
        a->instalmentDueEdit()->setDate(QDate(2026, 12, 31));
        QTest::keyClicks(a->instalmentAmountEdit(), QStringLiteral("3000"));
        QTest::mouseClick(a->addInstalmentButton(), Qt::LeftButton);
        clickOk(d); // 3000 of 5000: refused, the dialog stays
        mismatch = d->errorText();
        QTest::keyClicks(a->instalmentAmountEdit(), QStringLiteral("2000"));
        QTest::mouseClick(a->addInstalmentButton(), Qt::LeftButton);
        EXPECT_EQ(a->instalmentsModel()->rowCount(), 2);
        EXPECT_TRUE(a->totalLabel()->text().contains(QStringLiteral("伍仟元整")));
        EXPECT_MODEL_OK(check);
        clickOk(d);
    });
    QTest::mouseClick(page->actionButton(CaseAction::Close), Qt::LeftButton);
    EXPECT_EQ(words, QStringLiteral("伍仟元整"));
    EXPECT_FALSE(mismatch.isEmpty());
    EXPECT_EQ(stored().status, CaseStatus::Settled);
    EXPECT_EQ(count("agreements"), 1);
    EXPECT_EQ(count("obligations"), 1);
    EXPECT_EQ(count("instalments"), 2);
    EXPECT_TRUE(page->offeredActions().isEmpty());
}

TEST_F(CasePageTest, JudgeReceivesAnEscalationInReviewAndFilesIt)
{
    CaseService cases(*m_db);
    ASSERT_OK(cases.refer(actor(QStringLiteral("vma")), m_id, QStringLiteral("QH-DS"),
                          QStringLiteral("复杂"), QDate(2026, 3, 4)));
    ASSERT_OK(cases.receive(actor(QStringLiteral("staff")), m_id, QDate(2026, 3, 5)));
    ASSERT_OK(cases.refer(actor(QStringLiteral("staff")), m_id, QStringLiteral("QH-FT"),
                          QStringLiteral("镇中心调解不成"), QDate(2026, 3, 9)));

    MainWindow window(*m_db, actor(QStringLiteral("judge")));
    ReviewPage *review = window.review();
    ASSERT_NE(review, nullptr);
    EXPECT_EQ(window.tabs()->currentWidget(), review);
    test::ModelCheck escalations(review->escalations()->model());
    ASSERT_EQ(review->escalations()->model()->rowCount(), 1);
    EXPECT_EQ(review->escalations()->history()->model()->rowCount(), 5); // every lower-tier step
    QTRY_VERIFY_WITH_TIMEOUT(!review->courtCases()->isLoading(), 5000);
    EXPECT_EQ(review->courtCases()->rowCount(), 0);
    test::whenModal<ActionDialog>([](ActionDialog *d) { clickOk(d); });
    QTest::mouseClick(review->escalations()->receiveButton(), Qt::LeftButton);
    EXPECT_EQ(stored().handlingOrg, QStringLiteral("QH-FT"));
    EXPECT_EQ(stored().status, CaseStatus::InMediation);

    test::ModelCheck courtCases(review->courtCases());
    QTRY_VERIFY_WITH_TIMEOUT(!review->courtCases()->isLoading(), 5000);
    ASSERT_EQ(review->courtCases()->rowCount(), 1);
    review->courtCaseView()->setCurrentIndex(review->courtCases()->index(0, 0));
    test::whenModal<ActionDialog>([](ActionDialog *d) {
        QTest::keyClicks(d->findChild<QLineEdit *>(), QStringLiteral("(2026)QH0101-1"));
        clickOk(d);
    });
    QTest::mouseClick(review->fileButton(), Qt::LeftButton);
    EXPECT_EQ(stored().status, CaseStatus::Filed);
    EXPECT_EQ(stored().filedNumber, QStringLiteral("(2026)QH0101-1"));
    QTRY_VERIFY_WITH_TIMEOUT(!review->courtCases()->isLoading(), 5000);
    EXPECT_EQ(review->courtCases()->rowCount(), 0);
    EXPECT_MODEL_OK(escalations);
    EXPECT_MODEL_OK(courtCases);
}

TEST_F(CasePageTest, HistoryAndPartiesAreShownInTheUsersLanguageWithMaskedIds)
{
    MainWindow village(*m_db, actor(QStringLiteral("vma")));
    CaseDetail *page = village.openCase(m_id);
    test::ModelCheck parties(page->partiesModel());
    test::ModelCheck history(page->history()->model());
    const QString fullId = stored().parties[0].idNumber;
    EXPECT_EQ(page->partiesModel()->rows()[0].cells[2], Identifiers::maskResidentId(fullId));
    page->findChild<QCheckBox *>()->setChecked(true);
    EXPECT_EQ(page->partiesModel()->rows()[0].cells[2], fullId);
    ASSERT_EQ(page->history()->model()->rowCount(), 2);
    // Action codes are shown as words, not as "intake" / "accept".
    EXPECT_NE(page->history()->model()->rows()[0].cells[3], QStringLiteral("intake"));
    EXPECT_NE(page->history()->model()->rows()[1].cells[3], QStringLiteral("accept"));
    EXPECT_MODEL_OK(parties);
    EXPECT_MODEL_OK(history);
}
