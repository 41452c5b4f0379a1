#include "agreements/agreementservice.h"
#include "agreements/casecode.h"
#include "agreements/confirmation.h"
#include "agreements/feedback.h"
#include "cases/guidance.h"
#include "deadlines/calendar.h"
#include "deadlines/deadlinelist.h"

#include "testsupport.h"

using namespace tj;

class ConfirmationTest : public test::DbFixture
{
protected:
    void SetUp() override
    {
        DbFixture::SetUp();
        buildSmallCounty();
    }

    /// Settles a case at `org` on `closedOn`, signed by both parties, effective that day.
    Case settle(const QString &org, const QString &login, const QDate &closedOn,
                CaseIntake in = {})
    {
        CaseService cases(*m_db);
        if (in.org.isEmpty())
            in = sampleIntake(org);
        auto c = cases.intake(actor(login), in);
        EXPECT_OK(c);
        EXPECT_OK(cases.accept(actor(login), c->record.id, in.receivedOn));
        return close(c->record.id, login, closedOn);
    }

    Case close(const QString &id, const QString &login, const QDate &closedOn)
    {
        CloseInput close;
        close.outcome = Outcome::Settled;
        close.on = closedOn;
        AgreementInput a;
        a.content = QStringLiteral("被申请人于2026年4月30日前支付5000元。");
        a.obligations = {Obligation{QStringLiteral("青禾县某某服饰有限公司"), QStringLiteral("张某某"),
                                    500000, {Instalment{QDate(2026, 4, 30), 500000}}}};
        a.signatures = {Signature{QStringLiteral("张某某"), closedOn, {}},
                        Signature{QStringLiteral("青禾县某某服饰有限公司"), closedOn, {}}};
        close.agreement = a;
        auto closed = CaseService(*m_db).close(actor(login), id, close);
        EXPECT_OK(closed);
        return closed.ok() ? closed.value() : Case{};
    }

    QList<DeadlineItem> deadlines(const QString &org, const QDate &on, const QString &kind)
    {
        auto all = DeadlineList(*m_db).open(Actor::system(), org, on);
        EXPECT_OK(all);
        QList<DeadlineItem> out;
        for (const DeadlineItem &d : all.value())
            if (d.kind == kind)
                out.append(d);
        return out;
    }
};

TEST_F(ConfirmationTest, JointApplicationGoesToTheCourtOverTheVillageWithinTheWindow)
{
    const Case c = settle(QStringLiteral("QH-DS-A"), QStringLiteral("vma"), QDate(2026, 3, 10));
    ConfirmationService confirm(*m_db);
    auto view = AgreementService(*m_db).show(actor(QStringLiteral("vma")), c.id, QDate(2026, 3, 11));
    ASSERT_OK(view);
    EXPECT_EQ(view->confirmationDeadline.date, QDate(2026, 4, 9));
    auto window = deadlines(QStringLiteral("QH-DS"), QDate(2026, 3, 11), QStringLiteral("confirmation_window"));
    ASSERT_EQ(window.size(), 1);
    EXPECT_EQ(window[0].due, QDate(2026, 4, 9));

    auto late = confirm.apply(actor(QStringLiteral("vma")), c.id, QDate(2026, 4, 10));
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.error().kind, ErrorKind::Rule);
    auto applied = confirm.apply(actor(QStringLiteral("vma")), c.id, QDate(2026, 3, 20));
    ASSERT_OK(applied);
    EXPECT_EQ(applied->courtOrg, QStringLiteral("QH-FT"));
    EXPECT_EQ(applied->documents, ConfirmationService::checklist());
    EXPECT_FALSE(confirm.apply(actor(QStringLiteral("vma")), c.id, QDate(2026, 3, 21)).ok());

    // The court's 3-day acceptance clock: 2026-03-20 + 3 = Monday 03-23.
    auto accepting = deadlines(QStringLiteral("QH-FT"), QDate(2026, 3, 24), QStringLiteral("court_acceptance"));
    ASSERT_EQ(accepting.size(), 1);
    EXPECT_EQ(accepting[0].due, QDate(2026, 3, 23));
    EXPECT_TRUE(accepting[0].overdue);
    EXPECT_TRUE(deadlines(QStringLiteral("QH-XH"), QDate(2026, 3, 24), QStringLiteral("court_acceptance")).isEmpty());

    EXPECT_EQ(confirm.accept(actor(QStringLiteral("vma")), c.id, QDate(2026, 3, 23)).error().kind,
              ErrorKind::Denied);
    ASSERT_OK(confirm.accept(actor(QStringLiteral("judge")), c.id, QDate(2026, 3, 23)));
    // Ruling within 15 days of acceptance: 03-23 + 15 = Tuesday 04-07; extended by 10: 04-17.
    auto ruling = deadlines(QString(), QDate(2026, 3, 24), QStringLiteral("court_ruling"));
    ASSERT_EQ(ruling.size(), 1);
    EXPECT_EQ(ruling[0].due, QDate(2026, 4, 7));
    ASSERT_OK(confirm.extend(actor(QStringLiteral("judge")), c.id, QDate(2026, 4, 3)));
    EXPECT_EQ(deadlines(QString(), QDate(2026, 4, 8), QStringLiteral("court_ruling"))[0].due,
              QDate(2026, 4, 17));
    EXPECT_FALSE(confirm.rule(actor(QStringLiteral("judge")), c.id, QStringLiteral("maybe"),
                              QDate(2026, 4, 10), {}).ok());
    auto ruled = confirm.rule(actor(QStringLiteral("judge")), c.id, QStringLiteral("valid"),
                              QDate(2026, 4, 10), QStringLiteral("（2026）青0101民特12号"));
    ASSERT_OK(ruled);
    EXPECT_EQ(ruled->rulingNumber, QStringLiteral("（2026）青0101民特12号"));
    EXPECT_TRUE(deadlines(QString(), QDate(2026, 4, 11), QStringLiteral("court_ruling")).isEmpty());

    // Confirmed: enforceable. Two years from 2026-04-30 needs 2028, which the table lacks.
    auto confirmed = AgreementService(*m_db).show(actor(QStringLiteral("vma")), c.id, QDate(2026, 5, 2));
    ASSERT_OK(confirmed);
    EXPECT_TRUE(confirmed->enforceable);
    EXPECT_EQ(confirmed->nextSteps.value(0), QStringLiteral("enforcement"));
    const Due until = confirmed->enforcementUntil.begin().value();
    EXPECT_FALSE(until.computable());
    EXPECT_TRUE(until.error.contains(QStringLiteral("2028")));
    // Once 2028 is in the table: 2028-04-30 is a Sunday and 05-01 a holiday -> 2028-05-02.
    ASSERT_OK(HolidayService(*m_db).add(Actor::system(),
                                        HolidayEntry{QDate(2028, 5, 1), false, QStringLiteral("劳动节"), {}}));
    auto enforcement = deadlines(QString(), QDate(2026, 5, 2), QStringLiteral("enforcement"));
    ASSERT_EQ(enforcement.size(), 1);
    EXPECT_EQ(enforcement[0].due, QDate(2028, 5, 2));
}

TEST_F(ConfirmationTest, DelegatedCaseGoesBackToTheDelegatingCourt)
{
    CaseService cases(*m_db);
    CaseIntake in = sampleIntake(QStringLiteral("QH-FY"));
    in.source = CaseSource::Delegation;
    auto c = cases.intake(actor(QStringLiteral("courtjudge")), in);
    ASSERT_OK(c);
    ASSERT_OK(cases.delegate(actor(QStringLiteral("courtjudge")), c->record.id, QStringLiteral("QH-DS"),
                             QStringLiteral("委派调解"), QDate(2026, 3, 3)));
    ASSERT_OK(cases.receive(actor(QStringLiteral("staff")), c->record.id, QDate(2026, 3, 4)));
    close(c->record.id, QStringLiteral("staff"), QDate(2026, 3, 10));
    auto applied = ConfirmationService(*m_db).apply(actor(QStringLiteral("staff")), c->record.id,
                                                    QDate(2026, 3, 12));
    ASSERT_OK(applied);
    EXPECT_EQ(applied->courtOrg, QStringLiteral("QH-FY"));
}

TEST_F(ConfirmationTest, MarriageMattersAreNotConfirmedAndRefusalIsRecorded)
{
    CaseIntake in = sampleIntake(QStringLiteral("QH-DS-A"));
    in.category = QStringLiteral("婚姻家庭");
    in.subcategory = QStringLiteral("离婚");
    const Case divorce = settle(QStringLiteral("QH-DS-A"), QStringLiteral("vma"), QDate(2026, 3, 10), in);
    ConfirmationService confirm(*m_db);
    auto refused = confirm.apply(actor(QStringLiteral("vma")), divorce.id, QDate(2026, 3, 12));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Rule);
    EXPECT_TRUE(deadlines(QString(), QDate(2026, 3, 12), QStringLiteral("confirmation_window")).isEmpty());

    const Case other = settle(QStringLiteral("QH-DS-A"), QStringLiteral("vma"), QDate(2026, 3, 10));
    ASSERT_OK(confirm.apply(actor(QStringLiteral("vma")), other.id, QDate(2026, 3, 12)));
    EXPECT_FALSE(confirm.refuse(actor(QStringLiteral("judge")), other.id, QString(), QDate(2026, 3, 13)).ok());
    auto r = confirm.refuse(actor(QStringLiteral("judge")), other.id, QStringLiteral("不属于本院管辖"),
                            QDate(2026, 3, 13));
    ASSERT_OK(r);
    EXPECT_EQ(r->refusalReason, QStringLiteral("不属于本院管辖"));
    EXPECT_FALSE(confirm.accept(actor(QStringLiteral("judge")), other.id, QDate(2026, 3, 13)).ok());
    EXPECT_FALSE(confirm.rule(actor(QStringLiteral("judge")), other.id, QStringLiteral("valid"),
                              QDate(2026, 3, 14), {}).ok());
}

TEST_F(ConfirmationTest, FeedbackByCaseCodeHasAThreeDayAnswerDeadline)
{
    const Case c = settle(QStringLiteral("QH-DS-A"), QStringLiteral("vma"), QDate(2026, 3, 10));
    FeedbackService feedback(*m_db);
    auto code = ensureCaseCode(m_db->connection(), c.id);
    ASSERT_OK(code);
    EXPECT_TRUE(code->startsWith(QStringLiteral("TJ-")));
    EXPECT_EQ(code.value(), caseCodeFor(c.id));

    EXPECT_FALSE(feedback.add(Actor::system(), code.value(), QStringLiteral("rating"), {}, std::nullopt,
                              QDate(2026, 9, 30)).ok());
    EXPECT_FALSE(feedback.add(Actor::system(), code.value(), QStringLiteral("praise"), QStringLiteral("x"),
                              std::nullopt, QDate(2026, 9, 30)).ok());
    auto asked = feedback.add(Actor::system(), code.value(), QStringLiteral("consult"),
                              QStringLiteral("第二期何时支付？"), std::nullopt, QDate(2026, 9, 30));
    ASSERT_OK(asked);
    // 2026-09-30 + 3 = 10-03, inside the National Day holiday (10-01…07) -> 10-08.
    EXPECT_EQ(asked->due.date, QDate(2026, 10, 8));
    auto open = deadlines(QStringLiteral("QH-DS-A"), QDate(2026, 10, 9), QStringLiteral("feedback"));
    ASSERT_EQ(open.size(), 1);
    EXPECT_TRUE(open[0].overdue);

    EXPECT_FALSE(feedback.answer(actor(QStringLiteral("vmb")), asked->id, QStringLiteral("答复"),
                                 QDate(2026, 10, 8)).ok());
    auto answered = feedback.answer(actor(QStringLiteral("vma")), asked->id,
                                    QStringLiteral("已电话答复"), QDate(2026, 10, 8), QDate(2026, 10, 9));
    ASSERT_OK(answered);
    EXPECT_EQ(answered->callbackOn, QDate(2026, 10, 9));
    EXPECT_FALSE(feedback.answer(actor(QStringLiteral("vma")), asked->id, QStringLiteral("再答"),
                                 QDate(2026, 10, 9)).ok());
    EXPECT_TRUE(deadlines(QString(), QDate(2026, 10, 9), QStringLiteral("feedback")).isEmpty());

    for (int score : {5, 4, 2})
        ASSERT_OK(feedback.add(Actor::system(), c.number, QStringLiteral("rating"), {}, score,
                               QDate(2026, 10, 10)));
    auto items = feedback.list(actor(QStringLiteral("vma")), code.value());
    ASSERT_OK(items);
    EXPECT_EQ(items->size(), 4);
    const Satisfaction s = FeedbackService::satisfaction(items.value());
    EXPECT_EQ(s.ratings, 3);
    EXPECT_NEAR(s.average, 11.0 / 3, 1e-9);
    EXPECT_NEAR(s.satisfiedShare, 2.0 / 3, 1e-9);
}

TEST_F(ConfirmationTest, DeadlineListCoversMediationReferralAndInstalments)
{
    CaseService cases(*m_db);
    auto open = cases.intake(actor(QStringLiteral("vma")), sampleIntake(QStringLiteral("QH-DS-A")));
    ASSERT_OK(open);
    ASSERT_OK(cases.accept(actor(QStringLiteral("vma")), open->record.id, QDate(2026, 3, 3)));
    auto mediation = deadlines(QStringLiteral("QH-DS"), QDate(2026, 4, 3), QStringLiteral("mediation"));
    ASSERT_EQ(mediation.size(), 1);
    EXPECT_EQ(mediation[0].due, QDate(2026, 4, 2)); // 03-03 + 30
    EXPECT_TRUE(mediation[0].overdue);
    ASSERT_OK(cases.refer(actor(QStringLiteral("vma")), open->record.id, QStringLiteral("QH-DS"),
                          QStringLiteral("村调不成"), QDate(2026, 4, 30)));
    auto referral = deadlines(QStringLiteral("QH-DS"), QDate(2026, 5, 1), QStringLiteral("referral"));
    ASSERT_EQ(referral.size(), 1);
    EXPECT_EQ(referral[0].due, QDate(2026, 5, 6)); // 04-30 + 3 = 05-03 in the May Day holiday
    EXPECT_TRUE(deadlines(QStringLiteral("QH-DS"), QDate(2026, 5, 1), QStringLiteral("mediation")).isEmpty());

    const Case c = settle(QStringLiteral("QH-DS-A"), QStringLiteral("vma"), QDate(2026, 3, 10));
    auto instalments = deadlines(QStringLiteral("QH-DS-A"), QDate(2026, 5, 1), QStringLiteral("instalment"));
    ASSERT_EQ(instalments.size(), 1);
    EXPECT_EQ(instalments[0].number, c.number);
    EXPECT_EQ(instalments[0].due, QDate(2026, 4, 30));
    EXPECT_TRUE(instalments[0].overdue);
    EXPECT_TRUE(deadlines(QStringLiteral("QH-XH"), QDate(2026, 5, 1), QStringLiteral("instalment")).isEmpty());
    EXPECT_FALSE(DeadlineList(*m_db).open(Actor::system(), QStringLiteral("NOPE"), QDate(2026, 5, 1)).ok());
}

TEST_F(ConfirmationTest, JudgesGuideTheLowerTiersWithoutTakingTheCase)
{
    CaseService cases(*m_db);
    auto c = cases.intake(actor(QStringLiteral("vma")), sampleIntake(QStringLiteral("QH-DS-A")));
    ASSERT_OK(c);
    const QString id = c->record.id;
    Guidance guidance(*m_db);
    EXPECT_EQ(guidance.note(actor(QStringLiteral("judge")), id, QStringLiteral("  "), QDate(2026, 3, 3))
                  .error()
                  .kind,
              ErrorKind::Validation);
    EXPECT_EQ(guidance.note(actor(QStringLiteral("staff")), id, QStringLiteral("建议"), QDate(2026, 3, 3))
                  .error()
                  .kind,
              ErrorKind::Denied); // the township above reads the case but does not guide
    auto note = guidance.note(actor(QStringLiteral("judge")), id, QStringLiteral("注意核实工资台账"),
                              QDate(2026, 3, 3));
    ASSERT_OK(note);
    EXPECT_EQ(note->org, QStringLiteral("QH-FT"));
    auto history = cases.history(actor(QStringLiteral("vma")), id);
    ASSERT_OK(history);
    EXPECT_EQ(history->last().action, QStringLiteral("guidance"));
    EXPECT_EQ(history->last().detail, QStringLiteral("注意核实工资台账"));
    auto after = cases.get(Actor::system(), id);
    ASSERT_OK(after);
    EXPECT_EQ(after->handlingOrg, QStringLiteral("QH-DS-A")); // custody unchanged
    EXPECT_EQ(after->status, CaseStatus::Registered);

    // A case the court handles itself takes sessions, not guidance.
    ASSERT_OK(cases.refer(actor(QStringLiteral("vma")), id, QStringLiteral("QH-FT"),
                          QStringLiteral("复杂"), QDate(2026, 3, 4)));
    ASSERT_OK(cases.receive(actor(QStringLiteral("judge")), id, QDate(2026, 3, 5)));
    EXPECT_EQ(guidance.note(actor(QStringLiteral("judge")), id, QStringLiteral("x"), QDate(2026, 3, 5))
                  .error()
                  .kind,
              ErrorKind::Rule);
}
