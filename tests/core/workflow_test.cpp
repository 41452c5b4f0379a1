#include "cases/caseservice.h"
#include "db/query.h"

#include "testsupport.h"

using namespace tj;

class WorkflowTest : public test::DbFixture
{
protected:
    void SetUp() override
    {
        DbFixture::SetUp();
        buildSmallCounty();
    }

    Case intakeAt(const QString &org, const QString &login)
    {
        auto r = CaseService(*m_db).intake(actor(login), sampleIntake(org));
        EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message.toStdString());
        return r.ok() ? r->record : Case{};
    }

    SessionInput session(int day, const QString &record)
    {
        return SessionInput{QDate(2026, 3, day), QStringLiteral("调解室"), {QStringLiteral("王调解")},
                            {QStringLiteral("张某某")}, record};
    }

    AgreementInput agreement()
    {
        AgreementInput a;
        a.facts = QStringLiteral("双方因通行发生争执。");
        a.content = QStringLiteral("被申请人于2026年4月30日前支付5000元。");
        a.obligations = {Obligation{QStringLiteral("青禾县某某服饰有限公司"), QStringLiteral("张某某"), 500000,
                                    {Instalment{QDate(2026, 4, 30), 300000}, Instalment{QDate(2026, 5, 31), 200000}}}};
        a.signatures = {Signature{QStringLiteral("张某某"), QDate(2026, 3, 20)},
                        Signature{QStringLiteral("李某"), QDate(2026, 3, 21)}};
        return a;
    }

    int eventCount(const QString &caseId)
    {
        Query q(m_db->connection(), "SELECT COUNT(*) FROM case_events WHERE case_id = :c");
        q.bind("c", caseId);
        EXPECT_TRUE(q.exec().ok());
        return q.next() ? q.value(0).toInt() : -1;
    }
};

TEST_F(WorkflowTest, WuqiangLadderVillageFailsTownshipFailsTribunalSettles)
{
    CaseService cases(*m_db);
    const Case c = intakeAt(QStringLiteral("QH-DS-A"), QStringLiteral("vma"));
    EXPECT_EQ(c.status, CaseStatus::Registered);
    EXPECT_EQ(c.tier(), CaseTier::Village);

    ASSERT_OK(cases.accept(actor(QStringLiteral("vma")), c.id, QDate(2026, 3, 3)));
    ASSERT_OK(cases.addSession(actor(QStringLiteral("vma")), c.id, session(4, QStringLiteral("双方分歧较大"))));
    auto referred = cases.refer(actor(QStringLiteral("vma")), c.id, QStringLiteral("QH-DS"),
                                QStringLiteral("村级调解不成，移交镇调解中心"), QDate(2026, 3, 5));
    ASSERT_OK(referred);
    EXPECT_EQ(referred->status, CaseStatus::Referred);
    EXPECT_EQ(referred->handlingOrg, QStringLiteral("QH-DS-A")); // custody moves on receipt
    ASSERT_EQ(cases.inbox(actor(QStringLiteral("staff")), QStringLiteral("QH-DS"))->size(), 1);

    auto atTownship = cases.receive(actor(QStringLiteral("staff")), c.id, QDate(2026, 3, 6));
    ASSERT_OK(atTownship);
    EXPECT_EQ(atTownship->status, CaseStatus::InMediation);
    EXPECT_EQ(atTownship->tier(), CaseTier::Township);
    EXPECT_TRUE(cases.inbox(actor(QStringLiteral("staff")), QStringLiteral("QH-DS"))->isEmpty());

    ASSERT_OK(cases.addSession(actor(QStringLiteral("staff")), c.id, session(8, QStringLiteral("三所联动调解未果"))));
    ASSERT_OK(cases.refer(actor(QStringLiteral("staff")), c.id, QStringLiteral("QH-FT"),
                          QStringLiteral("镇级调解不成，提交人民法庭"), QDate(2026, 3, 10)));
    auto atTribunal = cases.receive(actor(QStringLiteral("judge")), c.id, QDate(2026, 3, 11));
    ASSERT_OK(atTribunal);
    EXPECT_EQ(atTribunal->tier(), CaseTier::Court);

    CloseInput close;
    close.outcome = Outcome::Settled;
    close.agreement = agreement();
    close.on = QDate(2026, 3, 21);
    auto settled = cases.close(actor(QStringLiteral("judge")), c.id, close);
    ASSERT_OK(settled);
    EXPECT_EQ(settled->status, CaseStatus::Settled);
    EXPECT_EQ(settled->closedOrg, QStringLiteral("QH-FT"));

    // The whole lower-tier history stays with the case, readable by the tribunal.
    auto history = cases.history(actor(QStringLiteral("judge")), c.number);
    ASSERT_OK(history);
    QStringList actions;
    for (const CaseEvent &e : history.value())
        actions.append(e.action);
    EXPECT_EQ(actions.join(u','), QStringLiteral("intake,accept,session,refer,receive,session,refer,receive,close"));
    EXPECT_EQ(history->at(3).beforeOrg, QStringLiteral("QH-DS-A"));
    EXPECT_EQ(history->at(4).afterOrg, QStringLiteral("QH-DS"));
    EXPECT_EQ(history->at(8).afterStatus, QStringLiteral("settled"));
    EXPECT_EQ(cases.sessions(actor(QStringLiteral("judge")), c.id)->size(), 2);
}

TEST_F(WorkflowTest, CourtDelegatesDownToTownshipWhichSettles)
{
    CaseService cases(*m_db);
    CaseIntake in = sampleIntake(QStringLiteral("QH-FT"));
    in.source = CaseSource::Delegation;
    auto created = cases.intake(actor(QStringLiteral("judge")), in);
    ASSERT_OK(created);
    const QString id = created->record.id;
    EXPECT_EQ(created->record.tier(), CaseTier::Court);

    auto delegated = cases.delegate(actor(QStringLiteral("judge")), id, QStringLiteral("QH-DS"),
                                    QStringLiteral("经当事人同意委派诉前调解"), QDate(2026, 3, 3));
    ASSERT_OK(delegated);
    EXPECT_EQ(delegated->status, CaseStatus::Delegated);
    ASSERT_OK(cases.receive(actor(QStringLiteral("staff")), id, QDate(2026, 3, 4)));
    CloseInput close;
    close.outcome = Outcome::Settled;
    close.agreement = agreement();
    close.on = QDate(2026, 3, 21);
    auto settled = cases.close(actor(QStringLiteral("staff")), id, close);
    ASSERT_OK(settled);
    EXPECT_EQ(settled->status, CaseStatus::Settled);
    EXPECT_EQ(settled->tier(), CaseTier::Township);
}

TEST_F(WorkflowTest, ReturnWithReasonRestoresTheSendersState)
{
    CaseService cases(*m_db);
    const Case c = intakeAt(QStringLiteral("QH-DS-A"), QStringLiteral("vma"));
    ASSERT_OK(cases.accept(actor(QStringLiteral("vma")), c.id, QDate(2026, 3, 3)));
    ASSERT_OK(cases.refer(actor(QStringLiteral("vma")), c.id, QStringLiteral("QH-DS"),
                          QStringLiteral("疑难"), QDate(2026, 3, 4)));
    auto bad = cases.returnToSender(actor(QStringLiteral("staff")), c.id, QString(), QDate(2026, 3, 5));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().kind, ErrorKind::Validation);
    auto returned = cases.returnToSender(actor(QStringLiteral("staff")), c.id,
                                         QStringLiteral("材料不全，请补充当事人身份证明"), QDate(2026, 3, 5));
    ASSERT_OK(returned);
    EXPECT_EQ(returned->status, CaseStatus::InMediation);
    EXPECT_EQ(returned->handlingOrg, QStringLiteral("QH-DS-A"));
    EXPECT_FALSE(returned->pending.has_value());
    auto history = cases.history(actor(QStringLiteral("vma")), c.id);
    EXPECT_EQ(history->last().action, QStringLiteral("return"));
    EXPECT_EQ(history->last().detail, QStringLiteral("材料不全，请补充当事人身份证明"));
}

TEST_F(WorkflowTest, RefusesIllegalTransitionsAndChangesNothing)
{
    CaseService cases(*m_db);
    const Case c = intakeAt(QStringLiteral("QH-DS-A"), QStringLiteral("vma"));
    const int before = eventCount(c.id);
    const Actor vma = actor(QStringLiteral("vma"));

    CloseInput settle;
    settle.outcome = Outcome::Settled;
    settle.agreement = agreement();
    auto r1 = cases.close(vma, c.id, settle); // not accepted yet
    ASSERT_FALSE(r1.ok());
    EXPECT_EQ(r1.error().kind, ErrorKind::Rule);
    EXPECT_FALSE(cases.receive(actor(QStringLiteral("staff")), c.id).ok()); // nothing pending
    EXPECT_FALSE(cases.addSession(vma, c.id, session(3, QStringLiteral("x"))).ok());
    // A village cannot delegate, refer sideways or down, or file.
    EXPECT_FALSE(cases.delegate(vma, c.id, QStringLiteral("QH-DS-B"), QStringLiteral("x")).ok());
    EXPECT_FALSE(cases.refer(vma, c.id, QStringLiteral("QH-DS-B"), QStringLiteral("x")).ok());
    EXPECT_FALSE(cases.refer(vma, c.id, QStringLiteral("QH-XH"), QStringLiteral("x")).ok());
    ASSERT_OK(cases.accept(vma, c.id, QDate(2026, 3, 3)));
    CloseInput file;
    file.outcome = Outcome::Filed;
    file.filedNumber = QStringLiteral("（2026）冀1121民初1号");
    EXPECT_EQ(cases.close(vma, c.id, file).error().kind, ErrorKind::Rule);
    // Another village's mediator may not touch the case (refused before its state is told).
    EXPECT_EQ(cases.accept(actor(QStringLiteral("vmb")), c.id).error().kind, ErrorKind::Denied);
    EXPECT_EQ(cases.addSession(actor(QStringLiteral("vmb")), c.id, session(4, QStringLiteral("x"))).error().kind,
              ErrorKind::Denied);
    // Closing needs its particulars.
    CloseInput failed;
    failed.outcome = Outcome::Failed;
    EXPECT_EQ(cases.close(vma, c.id, failed).error().kind, ErrorKind::Validation);
    // Settled at a closed case is refused.
    failed.reason = QStringLiteral("双方分歧过大，告知可向法院起诉");
    ASSERT_OK(cases.close(vma, c.id, failed));
    EXPECT_FALSE(cases.close(vma, c.id, settle).ok());
    EXPECT_FALSE(cases.accept(vma, c.id).ok());
    EXPECT_EQ(eventCount(c.id), before + 2); // accept and close only
    EXPECT_EQ(cases.get(actor(QStringLiteral("vma")), c.id)->status, CaseStatus::Failed);
}

TEST_F(WorkflowTest, OnlyTheReceivingOrganisationReceives)
{
    CaseService cases(*m_db);
    const Case c = intakeAt(QStringLiteral("QH-DS-A"), QStringLiteral("vma"));
    ASSERT_OK(cases.refer(actor(QStringLiteral("vma")), c.id, QStringLiteral("QH-DS"), QStringLiteral("疑难")));
    auto wrong = cases.receive(actor(QStringLiteral("xhstaff")), c.id);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().kind, ErrorKind::Denied);
    EXPECT_EQ(cases.get(actor(QStringLiteral("vma")), c.id)->status, CaseStatus::Referred);
}

TEST_F(WorkflowTest, CourtFilesACaseWithItsNumber)
{
    CaseService cases(*m_db);
    const Case c = intakeAt(QStringLiteral("QH-FT"), QStringLiteral("judge"));
    CloseInput file;
    file.outcome = Outcome::Filed;
    EXPECT_EQ(cases.close(actor(QStringLiteral("judge")), c.id, file).error().kind, ErrorKind::Validation);
    file.filedNumber = QStringLiteral("（2026）冀1121民初88号");
    auto filed = cases.close(actor(QStringLiteral("judge")), c.id, file);
    ASSERT_OK(filed);
    EXPECT_EQ(filed->status, CaseStatus::Filed);
    EXPECT_EQ(filed->filedNumber, QStringLiteral("（2026）冀1121民初88号"));
}

TEST_F(WorkflowTest, DelegationOnlyIntoTheCourtsArea)
{
    CaseService cases(*m_db);
    const Case c = intakeAt(QStringLiteral("QH-FT"), QStringLiteral("judge"));
    // The county court is above the tribunal: not "down".
    auto r = cases.delegate(actor(QStringLiteral("judge")), c.id, QStringLiteral("QH-FY"), QStringLiteral("x"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::Rule);
    EXPECT_OK(cases.delegate(actor(QStringLiteral("judge")), c.id, QStringLiteral("QH-XH-A"), QStringLiteral("就地调解")));
}

TEST_F(WorkflowTest, AvailableActionsFollowTheStateAndTheActor)
{
    CaseService cases(*m_db);
    const Case c = intakeAt(QStringLiteral("QH-DS-A"), QStringLiteral("vma"));
    auto offered = Workflow::available(actor(QStringLiteral("vma")), cases.get(actor(QStringLiteral("vma")), c.id).value());
    EXPECT_TRUE(offered.contains(CaseAction::Accept));
    EXPECT_TRUE(offered.contains(CaseAction::Refer));
    EXPECT_FALSE(offered.contains(CaseAction::Delegate));
    EXPECT_FALSE(offered.contains(CaseAction::Close));
    EXPECT_TRUE(Workflow::available(actor(QStringLiteral("vmb")), cases.get(actor(QStringLiteral("vma")), c.id).value()).isEmpty());
}
