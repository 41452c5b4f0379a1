// Access and audit on the agreements side: agreement views, fulfilment, confirmation, feedback,
// deadline lists and printed documents go through the acting user's rights like CaseService.
#include "testsupport.h"

#include "agreements/agreementservice.h"
#include "agreements/confirmation.h"
#include "agreements/feedback.h"
#include "cases/caseservice.h"
#include "deadlines/deadlinelist.h"
#include "documents/documentrenderer.h"
#include "security/audit.h"

using namespace tj;

namespace {
const QString kVillage = QStringLiteral("QH-DS-A");

class AgreementAccessTest : public test::DbFixture
{
protected:
    void SetUp() override
    {
        DbFixture::SetUp();
        buildSmallCounty();
        m_id = test::makeResidentId(QStringLiteral("131121"), QStringLiteral("19800101"),
                                               QStringLiteral("123"));
        CaseService cases(*m_db);
        auto c = cases.intake(actor(QStringLiteral("vma")), sampleIntake(kVillage, m_id));
        ASSERT_OK(c);
        ASSERT_OK(cases.accept(actor(QStringLiteral("vma")), c->record.id, QDate(2026, 3, 3)));
        CloseInput close;
        close.outcome = Outcome::Settled;
        close.on = QDate(2026, 3, 10);
        AgreementInput a;
        a.content = QStringLiteral("被申请人于2026年4月30日前支付5000元。");
        a.obligations = {Obligation{QStringLiteral("青禾县某某服饰有限公司"), QStringLiteral("张某某"),
                                    500000, {Instalment{QDate(2026, 4, 30), 500000}}}};
        a.signatures = {Signature{QStringLiteral("张某某"), QDate(2026, 3, 10), {}},
                        Signature{QStringLiteral("青禾县某某服饰有限公司"), QDate(2026, 3, 10), {}}};
        close.agreement = a;
        auto closed = cases.close(actor(QStringLiteral("vma")), c->record.id, close);
        ASSERT_OK(closed);
        m_case = closed.value();
    }

    PaymentInput payment(qint64 fen) const
    {
        PaymentInput p;
        p.amountFen = fen;
        p.on = QDate(2026, 4, 20);
        return p;
    }

    /// Audit entries of the case with `action`, newest first.
    QList<AuditEntry> entries(const QString &action) const
    {
        auto all = AuditLog(m_db->connection()).recent(1000, m_case.id);
        EXPECT_OK(all);
        QList<AuditEntry> out;
        for (const AuditEntry &e : all.value())
            if (e.action == action)
                out.append(e);
        return out;
    }

    void expectDenied(const Actor &who)
    {
        AgreementService agreements(*m_db);
        auto shown = agreements.show(who, m_case.id);
        ASSERT_FALSE(shown.ok());
        EXPECT_EQ(shown.error().kind, ErrorKind::Denied);
        auto paid = agreements.pay(who, m_case.id, payment(100000));
        ASSERT_FALSE(paid.ok());
        EXPECT_EQ(paid.error().kind, ErrorKind::Denied);
        auto printed = DocumentRenderer(*m_db).html(who, m_case.id, QStringLiteral("agreement"));
        ASSERT_FALSE(printed.ok());
        EXPECT_EQ(printed.error().kind, ErrorKind::Denied);
        EXPECT_TRUE(agreements.show(actor(QStringLiteral("vma")), m_case.id)->agreement.payments.isEmpty())
            << "a refused payment changes nothing";
    }

    Case m_case;
    QString m_id;
};
} // namespace

TEST_F(AgreementAccessTest, MediatorOfAnotherVillageIsDeniedShowPayAndPrint)
{
    expectDenied(actor(QStringLiteral("vmb")));
    for (const QString &action : {QStringLiteral("agreement.view"), QStringLiteral("agreement.payment"),
                                  QStringLiteral("document.print")}) {
        int denied = 0;
        for (const AuditEntry &e : entries(action))
            denied += e.user == QLatin1String("vmb") && e.result == QLatin1String("denied") ? 1 : 0;
        EXPECT_EQ(denied, 1) << qPrintable(action);
    }
}

TEST_F(AgreementAccessTest, AdministratorIsDeniedCaseContent)
{
    expectDenied(actor(QStringLiteral("admin")));
    auto feedback = FeedbackService(*m_db).list(actor(QStringLiteral("admin")), m_case.id);
    ASSERT_FALSE(feedback.ok());
    EXPECT_EQ(feedback.error().kind, ErrorKind::Denied);
    auto deadlines = DeadlineList(*m_db).open(actor(QStringLiteral("admin")), QString(), QDate(2026, 4, 1));
    ASSERT_FALSE(deadlines.ok());
    EXPECT_EQ(deadlines.error().kind, ErrorKind::Denied);
}

TEST_F(AgreementAccessTest, PaymentIsAuditedWithItsChangeAndARefusedOneIsNot)
{
    AgreementService agreements(*m_db);
    EXPECT_FALSE(agreements.pay(actor(QStringLiteral("vma")), m_case.id, payment(600000)).ok());
    EXPECT_TRUE(entries(QStringLiteral("agreement.payment")).isEmpty())
        << "a payment refused for bad input leaves no audit entry";
    ASSERT_OK(agreements.pay(actor(QStringLiteral("vma")), m_case.id, payment(200000)));
    const auto found = entries(QStringLiteral("agreement.payment"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].result, QStringLiteral("ok"));
    EXPECT_EQ(found[0].user, QStringLiteral("vma"));
    // The township above the village may record too (its jurisdiction holds the village).
    ASSERT_OK(agreements.pay(actor(QStringLiteral("staff")), m_case.id, payment(100000)));
    EXPECT_EQ(entries(QStringLiteral("agreement.payment")).size(), 2);
    auto verified = AuditLog(m_db->connection()).verify();
    ASSERT_OK(verified);
    EXPECT_TRUE(verified->intact);
}

TEST_F(AgreementAccessTest, PrintMasksResidentIdUnlessRevealedAndIsAudited)
{
    DocumentRenderer docs(*m_db);
    auto masked = docs.html(actor(QStringLiteral("vma")), m_case.id, QStringLiteral("agreement"));
    ASSERT_OK(masked);
    EXPECT_FALSE(masked->contains(m_id));
    EXPECT_TRUE(masked->contains(m_id.left(4))) << "the masked number keeps its first digits";
    ASSERT_EQ(entries(QStringLiteral("document.print")).size(), 1);
    EXPECT_TRUE(entries(QStringLiteral("document.reveal")).isEmpty());

    auto whole = docs.html(actor(QStringLiteral("vma")), m_case.id, QStringLiteral("agreement"), {}, true);
    ASSERT_OK(whole);
    EXPECT_TRUE(whole->contains(m_id));
    const auto revealed = entries(QStringLiteral("document.reveal"));
    ASSERT_EQ(revealed.size(), 1);
    EXPECT_TRUE(revealed[0].detail.contains(QStringLiteral("agreement")));
}

TEST_F(AgreementAccessTest, AgreementViewIsMaskedAndAudited)
{
    auto v = AgreementService(*m_db).show(actor(QStringLiteral("staff")), m_case.id);
    ASSERT_OK(v);
    EXPECT_NE(v->record.parties[0].idNumber, m_id);
    EXPECT_EQ(entries(QStringLiteral("agreement.view")).size(), 1);
}

TEST_F(AgreementAccessTest, CourtDecisionsAreForJudgesOfTheCourtAppliedTo)
{
    ConfirmationService confirm(*m_db);
    auto denied = confirm.apply(actor(QStringLiteral("vmb")), m_case.id, QDate(2026, 3, 12));
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().kind, ErrorKind::Denied);
    auto applied = confirm.apply(actor(QStringLiteral("vma")), m_case.id, QDate(2026, 3, 12));
    ASSERT_OK(applied);
    EXPECT_EQ(applied->courtOrg, QStringLiteral("QH-FT"));
    for (const QString &login : {QStringLiteral("vma"), QStringLiteral("staff"),
                                 QStringLiteral("courtjudge"), QStringLiteral("admin")}) {
        auto r = confirm.accept(actor(login), m_case.id, QDate(2026, 3, 13));
        ASSERT_FALSE(r.ok()) << qPrintable(login);
        EXPECT_EQ(r.error().kind, ErrorKind::Denied) << qPrintable(login);
    }
    ASSERT_OK(confirm.accept(actor(QStringLiteral("judge")), m_case.id, QDate(2026, 3, 13)));
    EXPECT_EQ(entries(QStringLiteral("confirmation_accept")).size(), 5);
    EXPECT_EQ(entries(QStringLiteral("confirmation_apply")).size(), 1);
    EXPECT_TRUE(AuditLog(m_db->connection()).verify()->intact);
}

TEST_F(AgreementAccessTest, DeadlineListIsScopedToTheActorsJurisdiction)
{
    DeadlineList list(*m_db);
    auto other = list.open(actor(QStringLiteral("vmb")), kVillage, QDate(2026, 4, 1));
    ASSERT_FALSE(other.ok());
    EXPECT_EQ(other.error().kind, ErrorKind::Denied);
    auto own = list.open(actor(QStringLiteral("vmb")), QString(), QDate(2026, 4, 1));
    ASSERT_OK(own);
    EXPECT_TRUE(own->isEmpty()) << "nothing of the other village shows";
    auto mine = list.open(actor(QStringLiteral("vma")), QString(), QDate(2026, 4, 1));
    ASSERT_OK(mine);
    EXPECT_FALSE(mine->isEmpty());
    auto township = list.open(actor(QStringLiteral("staff")), kVillage, QDate(2026, 4, 1));
    ASSERT_OK(township);
    EXPECT_EQ(township->size(), mine->size());
}

TEST_F(AgreementAccessTest, FeedbackAnswerNeedsTheJurisdictionAndIsAudited)
{
    FeedbackService feedback(*m_db);
    auto denied = feedback.add(actor(QStringLiteral("vmb")), m_case.id, QStringLiteral("consult"),
                               QStringLiteral("何时付款？"), std::nullopt, QDate(2026, 4, 1));
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().kind, ErrorKind::Denied);
    auto asked = feedback.add(actor(QStringLiteral("vma")), m_case.id, QStringLiteral("consult"),
                              QStringLiteral("何时付款？"), std::nullopt, QDate(2026, 4, 1));
    ASSERT_OK(asked);
    EXPECT_FALSE(feedback.answer(actor(QStringLiteral("vmb")), asked->id, QStringLiteral("答"),
                                 QDate(2026, 4, 2)).ok());
    ASSERT_OK(feedback.answer(actor(QStringLiteral("vma")), asked->id, QStringLiteral("答"),
                              QDate(2026, 4, 2)));
    const auto answers = entries(QStringLiteral("feedback.answer"));
    ASSERT_EQ(answers.size(), 2);
    EXPECT_EQ(answers[0].result, QStringLiteral("ok"));
    EXPECT_EQ(answers[1].result, QStringLiteral("denied"));
}
