#include "agreements/agreementservice.h"
#include "agreements/confirmation.h"
#include "common/actiondialog.h"
#include "common/historyview.h"
#include "common/texttablemodel.h"
#include "mainwindow.h"
#include "review/confirmationqueue.h"
#include "review/reviewpage.h"

#include "uitest.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

using namespace tj;

namespace {
void clickOk(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    ASSERT_NE(buttons, nullptr);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}
} // namespace

// The judge's queue of applications for judicial confirmation on the review desk.
class ConfirmationQueueTest : public test::UiFixture
{
protected:
    /// A case mediated at the village, referred to the township and settled there on
    /// 2026-03-10; the parties apply for confirmation on 2026-03-12.
    QString applied(const QString &title)
    {
        CaseService cases(*m_db);
        CaseIntake in = sampleIntake(QStringLiteral("QH-DS-A"));
        in.title = title;
        auto c = cases.intake(actor(QStringLiteral("vma")), in);
        EXPECT_OK(c);
        const QString id = c->record.id;
        EXPECT_OK(cases.accept(actor(QStringLiteral("vma")), id, QDate(2026, 3, 3)));
        EXPECT_OK(cases.refer(actor(QStringLiteral("vma")), id, QStringLiteral("QH-DS"),
                              QStringLiteral("涉及多村"), QDate(2026, 3, 4)));
        EXPECT_OK(cases.receive(actor(QStringLiteral("staff")), id, QDate(2026, 3, 5)));
        CloseInput close;
        close.outcome = Outcome::Settled;
        close.on = QDate(2026, 3, 10);
        AgreementInput a;
        a.content = QStringLiteral("被申请人于2026年4月30日前支付5000元。");
        a.obligations = {Obligation{QStringLiteral("青禾县某某服饰有限公司"), QStringLiteral("张某某"),
                                    500000, {Instalment{QDate(2026, 4, 30), 500000}}}};
        a.signatures = {Signature{QStringLiteral("张某某"), close.on, {}},
                        Signature{QStringLiteral("青禾县某某服饰有限公司"), close.on, {}}};
        close.agreement = a;
        EXPECT_OK(cases.close(actor(QStringLiteral("staff")), id, close));
        EXPECT_OK(ConfirmationService(*m_db).apply(actor(QStringLiteral("staff")), id,
                                                   QDate(2026, 3, 12)));
        return id;
    }

    Confirmation stored(const QString &id)
    {
        auto v = AgreementService(*m_db).show(Actor::system(), id);
        EXPECT_OK(v);
        return v.ok() && v->agreement.confirmation ? *v->agreement.confirmation : Confirmation{};
    }
};

TEST_F(ConfirmationQueueTest, JudgeSeesTheApplicationWithItsHistoryAndDeadlines)
{
    const QString id = applied(QStringLiteral("张某某与某服饰公司买卖合同纠纷"));
    MainWindow window(*m_db, actor(QStringLiteral("judge")));
    ReviewPage *review = window.review();
    ASSERT_NE(review, nullptr);
    ConfirmationQueue *queue = review->confirmations();
    test::ModelCheck check(queue->model());
    EXPECT_EQ(review->queues()->tabText(review->queues()->indexOf(queue)),
              ConfirmationQueue::tr("Confirmation applications (%1)").arg(1));
    ASSERT_EQ(queue->model()->rowCount(), 1);
    const TextRow &row = queue->model()->rows().first();
    EXPECT_EQ(row.key, id);
    EXPECT_EQ(row.cells[3], QStringLiteral("2026-03-12"));
    EXPECT_EQ(row.cells[4], QStringLiteral("2026-03-16")); // three days, past the weekend
    EXPECT_FALSE(row.problem.isEmpty());                   // long overdue today
    // The lower tiers' whole history: intake, accept, refer, receive, close, apply.
    EXPECT_EQ(queue->history()->model()->rowCount(), 6);
    EXPECT_TRUE(queue->agreementView()->toPlainText().contains(QStringLiteral("5000元")));
    EXPECT_TRUE(queue->acceptButton()->isEnabled());
    EXPECT_FALSE(queue->confirmButton()->isEnabled()); // only after acceptance

    // Courts of other areas do not see it.
    MainWindow other(*m_db, actor(QStringLiteral("courtjudge")));
    EXPECT_EQ(other.review()->confirmations()->model()->rowCount(), 0);
    EXPECT_MODEL_OK(check);
}

TEST_F(ConfirmationQueueTest, JudgeAcceptsThenRejectsOnlyWithReasons)
{
    const QString id = applied(QStringLiteral("甲与乙借款纠纷"));
    MainWindow window(*m_db, actor(QStringLiteral("judge")));
    ConfirmationQueue *queue = window.review()->confirmations();
    test::ModelCheck check(queue->model());
    test::whenModal<ActionDialog>([](ActionDialog *d) { clickOk(d); });
    QTest::mouseClick(queue->acceptButton(), Qt::LeftButton);
    EXPECT_EQ(stored(id).acceptedOn, QDate::currentDate());
    ASSERT_EQ(queue->model()->rowCount(), 1);
    EXPECT_FALSE(queue->model()->rows().first().cells[6].isEmpty()); // the ruling deadline
    EXPECT_FALSE(queue->acceptButton()->isEnabled());
    ASSERT_TRUE(queue->rejectButton()->isEnabled());

    QString refusal;
    test::whenModal<ActionDialog>([&](ActionDialog *d) {
        QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("number")),
                         QStringLiteral("(2026)QH0101-MT-3"));
        clickOk(d); // no reasons: refused inside the dialog
        refusal = d->errorText();
        EXPECT_TRUE(d->isVisible());
        test::typeText(d->findChild<QPlainTextEdit *>(), QStringLiteral("协议约定的利息超过法定上限"));
        clickOk(d);
    });
    QTest::mouseClick(queue->rejectButton(), Qt::LeftButton);
    EXPECT_FALSE(refusal.isEmpty());
    const Confirmation k = stored(id);
    EXPECT_EQ(k.result, QStringLiteral("rejected"));
    EXPECT_EQ(k.rulingReason, QStringLiteral("协议约定的利息超过法定上限"));
    EXPECT_EQ(k.rulingNumber, QStringLiteral("(2026)QH0101-MT-3"));
    EXPECT_EQ(queue->model()->rowCount(), 0); // decided: off the queue
    EXPECT_MODEL_OK(check);
}

TEST_F(ConfirmationQueueTest, RefusalNeedsAReasonAndGuidanceReachesTheLowerTier)
{
    const QString id = applied(QStringLiteral("丙与丁相邻纠纷"));
    MainWindow window(*m_db, actor(QStringLiteral("judge")));
    ConfirmationQueue *queue = window.review()->confirmations();
    test::whenModal<ActionDialog>([](ActionDialog *d) {
        test::typeText(d->findChild<QPlainTextEdit *>(),
                       QStringLiteral("请在协议中写明付款账户及逾期违约责任"));
        clickOk(d);
    });
    QTest::mouseClick(queue->guidanceButton(), Qt::LeftButton);
    auto history = CaseService(*m_db).history(actor(QStringLiteral("staff")), id);
    ASSERT_OK(history);
    EXPECT_EQ(history->last().action, QStringLiteral("guidance"));
    EXPECT_EQ(history->last().detail, QStringLiteral("请在协议中写明付款账户及逾期违约责任"));
    EXPECT_EQ(history->last().org, QStringLiteral("QH-FT"));

    QString refusal;
    test::whenModal<ActionDialog>([&](ActionDialog *d) {
        clickOk(d);
        refusal = d->errorText();
        test::typeText(d->findChild<QPlainTextEdit *>(), QStringLiteral("不属于本院管辖"));
        clickOk(d);
    });
    QTest::mouseClick(queue->refuseButton(), Qt::LeftButton);
    EXPECT_FALSE(refusal.isEmpty());
    EXPECT_EQ(stored(id).refusalReason, QStringLiteral("不属于本院管辖"));
    EXPECT_EQ(queue->model()->rowCount(), 0);
}
