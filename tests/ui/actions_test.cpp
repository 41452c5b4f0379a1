#include "casepage/casedetail.h"
#include "casepage/closedialog.h"
#include "common/actiondialog.h"
#include "common/orgpicker.h"
#include "mainwindow.h"

#include "uitest.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace tj;

namespace {
void clickOk(QDialog *dialog)
{
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
}
} // namespace

// The remaining actions of the case page: accept, not accept, withdrawn, delegation down.
class ActionsTest : public test::UiFixture
{
protected:
    QString intakeAt(const QString &org, const QString &login)
    {
        auto done = CaseService(*m_db).intake(actor(login), sampleIntake(org));
        EXPECT_OK(done);
        return done.ok() ? done->record.id : QString();
    }

    Case stored(const QString &id)
    {
        auto c = CaseService(*m_db).get(Actor::system(), id);
        EXPECT_OK(c);
        return c.ok() ? c.value() : Case{};
    }
};

TEST_F(ActionsTest, ARegisteredCaseIsAcceptedWithTheDateChosen)
{
    const QString id = intakeAt(QStringLiteral("QH-DS-A"), QStringLiteral("vma"));
    MainWindow window(*m_db, actor(QStringLiteral("vma")));
    CaseDetail *page = window.openCase(id);
    EXPECT_EQ(page->actionButton(CaseAction::Session), nullptr); // not before acceptance
    test::whenModal<ActionDialog>([](ActionDialog *d) {
        d->dateEdit()->setDate(QDate(2026, 3, 5));
        clickOk(d);
    });
    QTest::mouseClick(page->actionButton(CaseAction::Accept), Qt::LeftButton);
    EXPECT_EQ(stored(id).status, CaseStatus::InMediation);
    EXPECT_EQ(stored(id).acceptedOn, QDate(2026, 3, 5));
    EXPECT_NE(page->actionButton(CaseAction::Session), nullptr);
}

TEST_F(ActionsTest, NotAcceptingNeedsAReason)
{
    const QString id = intakeAt(QStringLiteral("QH-DS-A"), QStringLiteral("vma"));
    MainWindow window(*m_db, actor(QStringLiteral("vma")));
    CaseDetail *page = window.openCase(id);
    QString refusal;
    test::whenModal<ActionDialog>([&](ActionDialog *d) {
        clickOk(d);
        refusal = d->errorText();
        test::typeText(d->findChild<QPlainTextEdit *>(), QStringLiteral("一方明确拒绝调解"));
        clickOk(d);
    });
    QTest::mouseClick(page->actionButton(CaseAction::Reject), Qt::LeftButton);
    EXPECT_FALSE(refusal.isEmpty());
    EXPECT_EQ(stored(id).status, CaseStatus::NotAccepted);
    EXPECT_EQ(stored(id).outcomeReason, QStringLiteral("一方明确拒绝调解"));
}

TEST_F(ActionsTest, WithdrawnCloseAsksForTheReason)
{
    const QString id = intakeAt(QStringLiteral("QH-DS-A"), QStringLiteral("vma"));
    ASSERT_OK(CaseService(*m_db).accept(actor(QStringLiteral("vma")), id, QDate(2026, 3, 3)));
    MainWindow window(*m_db, actor(QStringLiteral("vma")));
    CaseDetail *page = window.openCase(id);
    QString refusal;
    test::whenModal<CloseDialog>([&](CloseDialog *d) {
        ASSERT_TRUE(d->selectOutcome(Outcome::Withdrawn));
        clickOk(d);
        refusal = d->errorText();
        test::typeText(d->reasonEdit(), QStringLiteral("申请人撤回调解申请"));
        clickOk(d);
    });
    QTest::mouseClick(page->actionButton(CaseAction::Close), Qt::LeftButton);
    EXPECT_FALSE(refusal.isEmpty());
    EXPECT_EQ(stored(id).status, CaseStatus::Withdrawn);
}

TEST_F(ActionsTest, ACourtDelegatesOnlyWithinItsArea)
{
    const QString id = intakeAt(QStringLiteral("QH-FT"), QStringLiteral("judge"));
    MainWindow window(*m_db, actor(QStringLiteral("judge")));
    CaseDetail *page = window.openCase(id);
    ASSERT_NE(page->actionButton(CaseAction::Delegate), nullptr);
    QStringList offered;
    test::whenModal<ActionDialog>([&](ActionDialog *d) {
        auto *picker = d->findChild<OrgPicker *>();
        for (int i = 0; i < picker->topLevelItemCount(); ++i)
            offered.append(picker->topLevelItem(i)->data(0, Qt::UserRole).toString());
        ASSERT_TRUE(picker->selectCode(QStringLiteral("QH-DS")));
        test::typeText(d->findChild<QPlainTextEdit *>(),
                       QStringLiteral("经双方同意委派镇调解中心诉前调解"));
        clickOk(d);
    });
    QTest::mouseClick(page->actionButton(CaseAction::Delegate), Qt::LeftButton);
    EXPECT_EQ(offered, (QStringList{QStringLiteral("QH-DS"), QStringLiteral("QH-DS-A"),
                                    QStringLiteral("QH-DS-B"), QStringLiteral("QH-XH"),
                                    QStringLiteral("QH-XH-A")}));
    EXPECT_EQ(stored(id).status, CaseStatus::Delegated);
    ASSERT_TRUE(stored(id).pending.has_value());
    EXPECT_EQ(stored(id).pending->toOrg, QStringLiteral("QH-DS"));
}
