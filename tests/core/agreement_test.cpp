#include "agreements/agreementservice.h"
#include "agreements/fulfilment.h"
#include "agreements/agreementstore.h"
#include "agreements/signing.h"
#include "common/money.h"
#include "db/query.h"
#include "deadlines/deadlinelist.h"
#include "deadlines/rules.h"

#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>

using namespace tj;

namespace {
const QString kVillage = QStringLiteral("QH-DS-A");
const QString kMediator = QStringLiteral("vma");
} // namespace

class AgreementTest : public test::DbFixture
{
protected:
    void SetUp() override
    {
        DbFixture::SetUp();
        buildSmallCounty();
    }

    /// A case at the village settled on 2026-03-10 with a 5000-yuan obligation in two
    /// instalments (3000 by 2026-04-30, 2000 by 2026-05-31).
    Case settled(const QList<Signature> &signatures, const QString &kind = QStringLiteral("written"))
    {
        CaseService cases(*m_db);
        auto c = cases.intake(actor(kMediator), sampleIntake(kVillage));
        EXPECT_OK(c);
        EXPECT_OK(cases.accept(actor(kMediator), c->record.id, QDate(2026, 3, 3)));
        CloseInput close;
        close.outcome = Outcome::Settled;
        close.on = QDate(2026, 3, 10);
        AgreementInput a;
        a.kind = kind;
        a.content = QStringLiteral("被申请人分两期支付5000元。");
        a.obligations = {Obligation{QStringLiteral("青禾县某某服饰有限公司"), QStringLiteral("张某某"),
                                    500000,
                                    {Instalment{QDate(2026, 4, 30), 300000},
                                     Instalment{QDate(2026, 5, 31), 200000}}}};
        a.signatures = signatures;
        close.agreement = a;
        auto closed = cases.close(actor(kMediator), c->record.id, close);
        EXPECT_OK(closed);
        return closed.ok() ? closed.value() : Case{};
    }

    QList<Signature> bothParties(const QDate &applicant, const QDate &respondent)
    {
        return {Signature{QStringLiteral("张某某"), applicant, {}},
                Signature{QStringLiteral("青禾县某某服饰有限公司"), respondent, {}}};
    }

    PaymentInput payment(qint64 fen, const QDate &on)
    {
        PaymentInput p;
        p.amountFen = fen;
        p.on = on;
        return p;
    }
};

TEST(Capitals, AmountsOfTheIssueAreWrittenCorrectly)
{
    EXPECT_EQ(money::capitals(0), QStringLiteral("零元整"));
    EXPECT_EQ(money::capitals(1000), QStringLiteral("壹拾元整"));
    EXPECT_EQ(money::capitals(10000000), QStringLiteral("壹拾万元整"));
    EXPECT_EQ(money::capitals(10000100), QStringLiteral("壹拾万零壹元整"));
    EXPECT_EQ(money::capitals(13510500), QStringLiteral("壹拾叁万伍仟壹佰零伍元整"));
    EXPECT_EQ(money::capitals(100000005), QStringLiteral("壹佰万元零伍分"));
    EXPECT_EQ(money::capitals(1000000000000), QStringLiteral("壹佰亿元整"));
    EXPECT_EQ(money::capitals(1234), QStringLiteral("壹拾贰元叁角肆分"));
    EXPECT_EQ(money::capitals(50), QStringLiteral("伍角整"));
    EXPECT_EQ(money::capitals(105), QStringLiteral("壹元零伍分"));
    EXPECT_EQ(money::capitals(10001000000), QStringLiteral("壹亿零壹万元整"));
    EXPECT_EQ(money::capitals(1010000000), QStringLiteral("壹仟零壹拾万元整"));
}

TEST_F(AgreementTest, TakesEffectOnTheLastRequiredSignature)
{
    // The respondent signs only after closing: no effect until then.
    const Case c = settled({Signature{QStringLiteral("张某某"), QDate(2026, 3, 9), {}}});
    AgreementService agreements(*m_db);
    auto before = agreements.show(actor(kMediator), c.id, QDate(2026, 3, 12));
    ASSERT_OK(before);
    EXPECT_FALSE(before->agreement.effectiveOn.isValid());
    EXPECT_EQ(before->missingSignatures, QStringList{QStringLiteral("青禾县某某服饰有限公司")});
    // The closing mediator and the seal were recorded on the closing day.
    EXPECT_EQ(before->agreement.signatures.size(), 3);

    EXPECT_FALSE(agreements.sign(actor(kMediator), c.id, QStringLiteral("路人甲"), QDate(2026, 3, 12)).ok());
    auto signedView = agreements.sign(actor(kMediator), c.id, QStringLiteral("青禾县某某服饰有限公司"),
                                      QDate(2026, 3, 12));
    ASSERT_OK(signedView);
    EXPECT_EQ(signedView->agreement.effectiveOn, QDate(2026, 3, 12));
    EXPECT_TRUE(signedView->missingSignatures.isEmpty());
    // 2026-03-12 + 30 = 2026-04-11, a Saturday -> Monday 2026-04-13.
    EXPECT_EQ(signedView->confirmationDeadline.date, QDate(2026, 4, 13));
    // A further signature does not move the effective date.
    ASSERT_OK(agreements.sign(actor(kMediator), c.id, QStringLiteral("张某某"), QDate(2026, 3, 13)));
    EXPECT_EQ(agreements.show(actor(kMediator), c.id)->agreement.effectiveOn, QDate(2026, 3, 12));
}

TEST_F(AgreementTest, SignedByAllBeforeClosingTakesEffectOnClosingDay)
{
    const Case c = settled(bothParties(QDate(2026, 3, 8), QDate(2026, 3, 9)));
    auto v = AgreementService(*m_db).show(actor(kMediator), c.id);
    ASSERT_OK(v);
    EXPECT_EQ(v->agreement.effectiveOn, QDate(2026, 3, 10));
    EXPECT_EQ(v->record.status, CaseStatus::Settled);
}

TEST_F(AgreementTest, CollectiveRepresentativeSignsForCoClaimants)
{
    Case c;
    c.handlingOrgName = QStringLiteral("调解室");
    Party rep;
    rep.name = QStringLiteral("钱某");
    rep.representative = true;
    Party other;
    other.name = QStringLiteral("孙某");
    Party company;
    company.role = PartyRole::Respondent;
    company.kind = PartyKind::Organisation;
    company.name = QStringLiteral("某公司");
    company.legalRepresentative = QStringLiteral("周某");
    c.parties = {rep, other, company};
    QList<StoredSignature> s = {{QStringLiteral("钱某"), QDate(2026, 3, 9), Signing::kParty},
                                {QStringLiteral("周某"), QDate(2026, 3, 10), Signing::kParty},
                                {QStringLiteral("王调解"), QDate(2026, 3, 10), Signing::kMediator}};
    EXPECT_FALSE(Signing::effectiveOn(c, s).isValid()); // the seal is missing
    s.append({QStringLiteral("调解室"), QDate(2026, 3, 11), Signing::kSeal});
    EXPECT_EQ(Signing::effectiveOn(c, s), QDate(2026, 3, 11));
    EXPECT_EQ(Signing::roleOf(c, {QStringLiteral("王调解")}, QStringLiteral("调解室"),
                              QStringLiteral("周某")),
              Signing::kParty);
}

TEST_F(AgreementTest, OralAgreementTakesEffectWhenRecorded)
{
    const Case c = settled({}, QStringLiteral("oral"));
    auto v = AgreementService(*m_db).show(actor(kMediator), c.id);
    ASSERT_OK(v);
    EXPECT_EQ(v->agreement.effectiveOn, QDate(2026, 3, 10));
    EXPECT_FALSE(v->confirmationEligible);
}

TEST_F(AgreementTest, OralAgreementIsWrittenDownKeepingItsDateAndThenSigned)
{
    const Case c = settled({}, QStringLiteral("oral"));
    AgreementService agreements(*m_db);
    EXPECT_EQ(agreements.sign(actor(kMediator), c.id, QStringLiteral("张某某"), QDate(2026, 3, 12))
                  .error()
                  .kind,
              ErrorKind::Rule); // an oral agreement has no signatures
    EXPECT_EQ(agreements.convertToWritten(actor(QStringLiteral("vmb")), c.id, QDate(2026, 3, 12))
                  .error()
                  .kind,
              ErrorKind::Denied); // another village
    auto written = agreements.convertToWritten(actor(kMediator), c.id, QDate(2026, 3, 12));
    ASSERT_OK(written);
    EXPECT_EQ(written->agreement.kind, QStringLiteral("written"));
    EXPECT_EQ(written->agreement.effectiveOn, QDate(2026, 3, 10));
    ASSERT_OK(agreements.sign(actor(kMediator), c.id, QStringLiteral("张某某"), QDate(2026, 3, 12)));
    auto again = agreements.convertToWritten(actor(kMediator), c.id, QDate(2026, 3, 13));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().kind, ErrorKind::Rule);
    auto history = CaseService(*m_db).history(actor(kMediator), c.id);
    ASSERT_OK(history);
    bool recorded = false;
    for (const CaseEvent &e : history.value())
        recorded |= e.action == QStringLiteral("agreement_convert");
    EXPECT_TRUE(recorded);
}

TEST_F(AgreementTest, InstalmentStatesFollowPaymentsAndTheDate)
{
    const Case c = settled(bothParties(QDate(2026, 3, 10), QDate(2026, 3, 10)));
    AgreementService agreements(*m_db);
    auto state = [&](const QDate &on, int i) {
        return agreements.show(actor(kMediator), c.id, on)->fulfilment.obligations[0].instalments[i].state;
    };
    EXPECT_EQ(agreements.show(actor(kMediator), c.id, QDate(2026, 4, 1))->fulfilment.state, AgreementState::Performing);
    EXPECT_EQ(state(QDate(2026, 4, 1), 0), InstalmentState::Due);

    ASSERT_OK(agreements.pay(actor(kMediator), c.id, payment(100000, QDate(2026, 4, 20))));
    EXPECT_EQ(state(QDate(2026, 4, 25), 0), InstalmentState::PartlyPaid);
    EXPECT_EQ(state(QDate(2026, 4, 30), 0), InstalmentState::PartlyPaid); // due day itself
    EXPECT_EQ(state(QDate(2026, 5, 1), 0), InstalmentState::Overdue);
    EXPECT_EQ(agreements.show(actor(kMediator), c.id, QDate(2026, 5, 1))->fulfilment.state, AgreementState::Breached);
    EXPECT_EQ(agreements.show(actor(kMediator), c.id, QDate(2026, 5, 1))->nextSteps,
              (QStringList{QStringLiteral("re_mediation"), QStringLiteral("suit")}));
    // A payment before the date it is looked at counts; one after does not.
    EXPECT_EQ(state(QDate(2026, 4, 19), 0), InstalmentState::Due);

    ASSERT_OK(agreements.pay(actor(kMediator), c.id, payment(250000, QDate(2026, 5, 3))));
    auto v = agreements.show(actor(kMediator), c.id, QDate(2026, 5, 4));
    EXPECT_EQ(v->fulfilment.obligations[0].instalments[0].state, InstalmentState::Paid);
    EXPECT_EQ(v->fulfilment.obligations[0].instalments[0].paidOn, QDate(2026, 5, 3));
    EXPECT_EQ(v->fulfilment.obligations[0].instalments[1].state, InstalmentState::PartlyPaid);
    EXPECT_EQ(v->fulfilment.obligations[0].instalments[1].paidFen, 50000);
    EXPECT_EQ(v->fulfilment.state, AgreementState::Performing);

    // Paying more than is owed is refused and changes nothing.
    EXPECT_FALSE(agreements.pay(actor(kMediator), c.id, payment(150001, QDate(2026, 5, 20))).ok());
    EXPECT_FALSE(agreements.pay(actor(kMediator), c.id, payment(0, QDate(2026, 5, 20))).ok());
    EXPECT_FALSE(agreements.pay(actor(QStringLiteral("vmb")), c.id, payment(1, QDate(2026, 5, 20))).ok());
    ASSERT_OK(agreements.pay(actor(kMediator), c.id, payment(150000, QDate(2026, 5, 20))));
    EXPECT_EQ(agreements.show(actor(kMediator), c.id, QDate(2026, 6, 30))->fulfilment.state, AgreementState::Performed);
}

TEST_F(AgreementTest, PaymentProofIsStoredWithItsHash)
{
    const Case c = settled(bothParties(QDate(2026, 3, 10), QDate(2026, 3, 10)));
    const QString path = m_dir.filePath(QStringLiteral("转账凭证.png"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("proof bytes");
    file.close();
    PaymentInput p = payment(300000, QDate(2026, 4, 28));
    p.proofPath = path;
    AgreementService agreements(*m_db);
    auto paid = agreements.pay(actor(kMediator), c.id, p);
    ASSERT_OK(paid);
    EXPECT_EQ(QString::fromLatin1(
                  QCryptographicHash::hash("proof bytes", QCryptographicHash::Sha256).toHex()),
              paid->proofSha256);
    EXPECT_EQ(agreements.proof(actor(kMediator), paid->proofSha256).value(), QByteArray("proof bytes"));
    auto v = agreements.show(actor(kMediator), c.id);
    ASSERT_EQ(v->agreement.payments.size(), 1);
    EXPECT_EQ(v->agreement.payments[0].proofName, QStringLiteral("转账凭证.png"));
    EXPECT_EQ(v->agreement.payments[0].proofSize, 11);
    p.proofPath = m_dir.filePath(QStringLiteral("missing.png"));
    EXPECT_FALSE(agreements.pay(actor(kMediator), c.id, p).ok());
}

TEST_F(AgreementTest, FollowUpVisitIsRecordedAndChecked)
{
    const Case c = settled(bothParties(QDate(2026, 3, 10), QDate(2026, 3, 10)));
    AgreementService agreements(*m_db);
    VisitInput v{QDate(2026, 5, 2), QStringLiteral("partly"), 4, QStringLiteral("双方关系仍紧张"),
                 QStringLiteral("第一期已付"), QStringLiteral("王调解"), {}, {}};
    ASSERT_OK(agreements.visit(actor(kMediator), c.id, v));
    v.satisfaction = 6;
    EXPECT_FALSE(agreements.visit(actor(kMediator), c.id, v).ok());
    v.satisfaction = 3;
    v.performance = QStringLiteral("maybe");
    EXPECT_FALSE(agreements.visit(actor(kMediator), c.id, v).ok());
    auto shown = agreements.show(actor(kMediator), c.id);
    ASSERT_EQ(shown->agreement.visits.size(), 1);
    EXPECT_EQ(shown->agreement.visits[0].risks, QStringLiteral("双方关系仍紧张"));
    EXPECT_EQ(*shown->agreement.visits[0].satisfaction, 4);
}

TEST_F(AgreementTest, CaseWithoutAgreementIsNotFound)
{
    auto c = CaseService(*m_db).intake(actor(kMediator), sampleIntake(kVillage));
    ASSERT_OK(c);
    auto v = AgreementService(*m_db).show(actor(kMediator), c->record.id);
    ASSERT_FALSE(v.ok());
    EXPECT_EQ(v.error().kind, ErrorKind::NotFound);
}

namespace {
/// The deadlines page's instalment items computed the long way: every agreement read whole.
QStringList instalmentItemsReadingEveryAgreement(Database &db, const QDate &on)
{
    QStringList out;
    Query q(db.connection(), "SELECT a.case_id, c.number FROM agreements a JOIN cases c"
                             " ON c.id = a.case_id ORDER BY a.case_id");
    EXPECT_OK(q.exec());
    const AgreementStore store(db.connection());
    while (q.next()) {
        auto a = store.load(q.value(0).toString(), q.value(1).toString());
        EXPECT_OK(a);
        for (const ObligationStatus &o : computeFulfilment(a.value(), on).obligations)
            for (const InstalmentStatus &i : o.instalments)
                if (i.state != InstalmentState::Paid)
                    out.append(QStringLiteral("%1 %2 %3").arg(q.value(1).toString(),
                                                             i.instalment.due.toString(Qt::ISODate),
                                                             QString::number(i.instalment.amountFen - i.paidFen)));
    }
    out.sort();
    return out;
}

QStringList instalmentItemsOfTheList(Database &db, const QDate &on)
{
    QStringList out;
    auto items = DeadlineList(db).open(Actor::system(), QString(), on);
    EXPECT_OK(items);
    for (const DeadlineItem &d : items.value())
        if (d.kind == QLatin1String("instalment"))
            out.append(QStringLiteral("%1 %2 %3").arg(d.number, d.due.toString(Qt::ISODate),
                                                     QString::number(money::parseYuan(d.detail.section(u' ', -1)).value_or(-1))));
    out.sort();
    return out;
}

QString paidOffOn(Database &db, const QString &caseId)
{
    Query q(db.connection(), "SELECT paid_off_on FROM obligations WHERE case_id = :c");
    q.bind("c", caseId);
    EXPECT_OK(q.exec());
    return q.next() ? q.value(0).toString() : QStringLiteral("(none)");
}
} // namespace

TEST_F(AgreementTest, DeadlineListReadsOnlyObligationsNotPaidOffYetAndAgreesWithEveryAgreement)
{
    AgreementService agreements(*m_db);
    const Case unpaid = settled(bothParties(QDate(2026, 3, 10), QDate(2026, 3, 10)));
    const Case partly = settled(bothParties(QDate(2026, 3, 10), QDate(2026, 3, 10)));
    const Case late = settled(bothParties(QDate(2026, 3, 10), QDate(2026, 3, 10)));
    const Case early = settled(bothParties(QDate(2026, 3, 10), QDate(2026, 3, 10)));
    ASSERT_OK(agreements.pay(actor(kMediator), partly.id, payment(100000, QDate(2026, 4, 20))));
    ASSERT_OK(agreements.pay(actor(kMediator), late.id, payment(300000, QDate(2026, 5, 3))));
    ASSERT_OK(agreements.pay(actor(kMediator), late.id, payment(200000, QDate(2026, 6, 15))));
    ASSERT_OK(agreements.pay(actor(kMediator), early.id, payment(500000, QDate(2026, 3, 20))));

    // The day the payments in date order reached the amount, kept by the schema's triggers.
    EXPECT_TRUE(paidOffOn(*m_db, unpaid.id).isEmpty());
    EXPECT_TRUE(paidOffOn(*m_db, partly.id).isEmpty());
    EXPECT_EQ(paidOffOn(*m_db, late.id), QStringLiteral("2026-06-15"));
    EXPECT_EQ(paidOffOn(*m_db, early.id), QStringLiteral("2026-03-20"));

    for (QDate on(2026, 3, 15); on <= QDate(2026, 7, 1); on = on.addDays(6)) {
        SCOPED_TRACE(on.toString(Qt::ISODate).toStdString());
        EXPECT_EQ(instalmentItemsOfTheList(*m_db, on), instalmentItemsReadingEveryAgreement(*m_db, on));
    }
    EXPECT_EQ(instalmentItemsOfTheList(*m_db, QDate(2026, 5, 10)).size(), 5); // 2 + 2 + 1 + 0

    // A payment taken out (a correction, or a transfer package replacing the case's rows)
    // reopens the obligation; one put back with another date moves the day.
    {
        Query del(m_db->connection(), "DELETE FROM payments WHERE case_id = :c AND paid_on = '2026-06-15'");
        del.bind("c", late.id);
        ASSERT_OK(del.exec());
    }
    EXPECT_TRUE(paidOffOn(*m_db, late.id).isEmpty());
    {
        Query move(m_db->connection(), "UPDATE payments SET paid_on = '2026-04-01' WHERE case_id = :c");
        move.bind("c", early.id);
        ASSERT_OK(move.exec());
    }
    EXPECT_EQ(paidOffOn(*m_db, early.id), QStringLiteral("2026-04-01"));
    EXPECT_EQ(instalmentItemsOfTheList(*m_db, QDate(2026, 3, 25)),
              instalmentItemsReadingEveryAgreement(*m_db, QDate(2026, 3, 25)));
    EXPECT_EQ(instalmentItemsOfTheList(*m_db, QDate(2026, 7, 1)),
              instalmentItemsReadingEveryAgreement(*m_db, QDate(2026, 7, 1)));
}

TEST(DeadlineRulesTest, ConfirmationWindowsOpenFromIsTheFirstEffectiveDayStillOpen)
{
    auto db = Database::openSqlite(QStringLiteral(":memory:"));
    ASSERT_OK(db);
    auto rules = DeadlineRules::load(*db.value());
    ASSERT_OK(rules);
    ASSERT_TRUE(rules->calendar().covers(2025));
    // Around the Spring Festival, National Day and ordinary weeks of the covered years.
    for (QDate on(2024, 3, 1); on <= QDate(2026, 12, 31); on = on.addDays(5)) {
        SCOPED_TRACE(on.toString(Qt::ISODate).toStdString());
        const QDate from = rules->confirmationWindowOpenFrom(on);
        const Due first = rules->confirmationWindow(from);
        EXPECT_TRUE(!first.computable() || first.date >= on);
        const Due before = rules->confirmationWindow(from.addDays(-1));
        ASSERT_TRUE(before.computable());
        EXPECT_LT(before.date, on);
    }
    // Before the table's first year nothing is computable: the search stops a year back.
    const QDate early(2024, 1, 2);
    EXPECT_EQ(rules->confirmationWindowOpenFrom(early), early.addDays(-30).addYears(-1));
}
