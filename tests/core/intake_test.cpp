#include "cases/caseservice.h"
#include "db/query.h"

#include "testsupport.h"

#include <QSet>
#include <thread>

using namespace tj;

class IntakeTest : public test::DbFixture
{
protected:
    void SetUp() override
    {
        DbFixture::SetUp();
        buildSmallCounty();
    }
    int caseCount()
    {
        Query q(m_db->connection(), "SELECT (SELECT COUNT(*) FROM cases) + (SELECT COUNT(*) FROM parties)");
        EXPECT_TRUE(q.exec().ok());
        return q.next() ? q.value(0).toInt() : -1;
    }
};

TEST_F(IntakeTest, RegistersADisputeWithANumberPerOrganisationAndYear)
{
    CaseService cases(*m_db);
    auto first = cases.intake(actor(QStringLiteral("vma")), sampleIntake(QStringLiteral("QH-DS-A")));
    ASSERT_OK(first);
    EXPECT_EQ(first->record.number, QStringLiteral("（2026）QH-DS-A调字第1号"));
    EXPECT_EQ(first->record.status, CaseStatus::Registered);
    EXPECT_EQ(first->record.parties.size(), 2);
    // The birth date is the masked middle of the ID number: revealed only on request.
    EXPECT_FALSE(first->record.parties[0].birthDate.isValid());
    auto whole = cases.reveal(actor(QStringLiteral("vma")), first->record.id);
    ASSERT_OK(whole);
    EXPECT_EQ(whole->parties[0].birthDate, QDate(1980, 1, 1));
    EXPECT_EQ(whole->parties[0].sex, QStringLiteral("male"));
    auto second = cases.intake(actor(QStringLiteral("vma")), sampleIntake(QStringLiteral("QH-DS-A")));
    EXPECT_EQ(second->record.number, QStringLiteral("（2026）QH-DS-A调字第2号"));
    CaseIntake lastYear = sampleIntake(QStringLiteral("QH-DS-A"));
    lastYear.receivedOn = QDate(2025, 12, 30);
    EXPECT_EQ(cases.intake(actor(QStringLiteral("vma")), lastYear)->record.number,
              QStringLiteral("（2025）QH-DS-A调字第1号"));
    auto other = cases.intake(actor(QStringLiteral("vmb")), sampleIntake(QStringLiteral("QH-DS-B")));
    EXPECT_EQ(other->record.number, QStringLiteral("（2026）QH-DS-B调字第1号"));
    EXPECT_EQ(cases.get(actor(QStringLiteral("vma")), first->record.number)->id, first->record.id);
}

TEST_F(IntakeTest, RefusesInvalidIdentifiersAndSavesNothing)
{
    CaseService cases(*m_db);
    CaseIntake in = sampleIntake(QStringLiteral("QH-DS-A"));
    QString id = in.parties[0].idNumber;
    id[17] = id[17] == u'1' ? u'2' : u'1';
    in.parties[0].idNumber = id;
    auto r = cases.intake(actor(QStringLiteral("vma")), in);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::Validation);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("张某某")));

    CaseIntake badCode = sampleIntake(QStringLiteral("QH-DS-A"));
    badCode.parties[1].creditCode = QStringLiteral("91131121MA0ABCDE10");
    EXPECT_EQ(cases.intake(actor(QStringLiteral("vma")), badCode).error().kind, ErrorKind::Validation);

    CaseIntake noRespondent = sampleIntake(QStringLiteral("QH-DS-A"));
    noRespondent.parties.removeLast();
    EXPECT_EQ(cases.intake(actor(QStringLiteral("vma")), noRespondent).error().kind, ErrorKind::Validation);

    CaseIntake badCategory = sampleIntake(QStringLiteral("QH-DS-A"));
    badCategory.category = QStringLiteral("吵架");
    EXPECT_EQ(cases.intake(actor(QStringLiteral("vma")), badCategory).error().kind, ErrorKind::Validation);

    CaseIntake future = sampleIntake(QStringLiteral("QH-DS-A"));
    future.receivedOn = QDate::currentDate().addDays(3);
    EXPECT_EQ(cases.intake(actor(QStringLiteral("vma")), future).error().kind, ErrorKind::Validation);
    EXPECT_EQ(caseCount(), 0);
}

TEST_F(IntakeTest, AMediatorRegistersOnlyAtTheirOwnOrganisation)
{
    auto r = CaseService(*m_db).intake(actor(QStringLiteral("vmb")), sampleIntake(QStringLiteral("QH-DS-A")));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::Denied);
}

TEST_F(IntakeTest, CollectiveDisputeWithThirtyFiveClaimants)
{
    CaseIntake in = sampleIntake(QStringLiteral("QH-DS"));
    in.category = QStringLiteral("劳动争议");
    in.subcategory = QStringLiteral("农民工工资");
    in.parties.removeFirst();
    qint64 total = 0;
    for (int i = 0; i < 35; ++i) {
        Party p;
        p.role = PartyRole::Applicant;
        p.name = QStringLiteral("工人%1").arg(i + 1);
        p.idNumber = test::makeResidentId(QStringLiteral("131121"), QStringLiteral("19900101"),
                                          QStringLiteral("%1").arg(100 + i, 3, 10, QLatin1Char('0')));
        p.claimAmountFen = 386000 + i;
        p.representative = i == 0;
        total += *p.claimAmountFen;
        in.parties.append(p);
    }
    in.amountFen = total;
    auto r = CaseService(*m_db).intake(actor(QStringLiteral("staff")), in);
    ASSERT_OK(r);
    EXPECT_EQ(r->record.parties.size(), 36);
    EXPECT_TRUE(r->record.parties[1].representative);

    in.parties[2].representative = true; // two representatives
    EXPECT_EQ(CaseService(*m_db).intake(actor(QStringLiteral("staff")), in).error().kind, ErrorKind::Validation);
}

TEST_F(IntakeTest, WarnsOfDuplicatesAndRelatedCases)
{
    CaseService cases(*m_db);
    auto first = cases.intake(actor(QStringLiteral("vma")), sampleIntake(QStringLiteral("QH-DS-A")));
    ASSERT_OK(first);
    EXPECT_TRUE(first->warnings.isEmpty());

    // Same applicant and respondent, same category, first still open: a possible duplicate.
    auto again = cases.intake(actor(QStringLiteral("vma")), sampleIntake(QStringLiteral("QH-DS-A")));
    ASSERT_OK(again);
    ASSERT_FALSE(again->warnings.isEmpty());
    EXPECT_EQ(again->warnings[0].kind, QStringLiteral("duplicate"));
    EXPECT_EQ(again->warnings[0].caseId, first->record.id);

    // Another applicant against the same company at another village: related by respondent.
    CaseIntake creditor = sampleIntake(QStringLiteral("QH-DS-B"),
                                       test::makeResidentId(QStringLiteral("131121"), QStringLiteral("19700505"), QStringLiteral("456")));
    creditor.category = QStringLiteral("合同");
    auto third = cases.intake(actor(QStringLiteral("vmb")), creditor);
    ASSERT_OK(third);
    ASSERT_EQ(third->warnings.size(), 2);
    EXPECT_EQ(third->warnings[0].kind, QStringLiteral("same_party")); // by credit code

    auto related = cases.related(actor(QStringLiteral("vma")), first->record.number);
    ASSERT_OK(related);
    EXPECT_EQ(related->size(), 2);
}

TEST_F(IntakeTest, ConcurrentWritersNeverShareACaseNumber)
{
    constexpr int kPerThread = 25;
    QStringList numbers[2];
    auto work = [this](QStringList *out) {
        CaseService cases(*m_db);
        for (int i = 0; i < kPerThread; ++i) {
            auto r = cases.intake(Actor::system(), sampleIntake(QStringLiteral("QH-DS-A")));
            if (r)
                out->append(r->record.number);
        }
        m_db->closeThreadConnection();
    };
    std::thread a(work, &numbers[0]);
    std::thread b(work, &numbers[1]);
    a.join();
    b.join();
    ASSERT_EQ(numbers[0].size(), kPerThread);
    ASSERT_EQ(numbers[1].size(), kPerThread);
    QSet<QString> all(numbers[0].cbegin(), numbers[0].cend());
    all.unite(QSet<QString>(numbers[1].cbegin(), numbers[1].cend()));
    EXPECT_EQ(all.size(), 2 * kPerThread);
    EXPECT_TRUE(all.contains(QStringLiteral("（2026）QH-DS-A调字第50号")));
}

// Two seats (two connections, as two office PCs on the shared server) have the same case open;
// the first one's change lands, the second one's change made on the version it saw is refused
// with a Conflict and changes nothing.
TEST_F(IntakeTest, TheSecondOfTwoSeatsEditingOneCaseIsToldNotOverwritten)
{
    auto registered = CaseService(*m_db).intake(actor(QStringLiteral("vma")),
                                                sampleIntake(QStringLiteral("QH-DS-A")));
    ASSERT_OK(registered);
    const Case seen = registered->record;
    auto second = openSecondSeat();
    ASSERT_OK(second);
    CaseService seatA(*m_db);
    CaseService seatB(*second.value());
    const QString ref = seen.id + u'@' + QString::number(seen.version);

    ASSERT_OK(seatA.accept(actor(QStringLiteral("vma")), ref, QDate(2026, 3, 3)));
    auto late = seatB.reject(actor(QStringLiteral("vma")), ref, QStringLiteral("不属于调解范围"),
                             QDate(2026, 3, 3));
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.error().kind, ErrorKind::Conflict) << late.error().message.toStdString();
    auto now = seatB.get(actor(QStringLiteral("vma")), seen.id);
    ASSERT_OK(now);
    EXPECT_EQ(now->status, CaseStatus::InMediation);
    EXPECT_EQ(now->version, seen.version + 1);
    // Reloaded, the second seat's change goes through.
    auto referred = seatB.refer(actor(QStringLiteral("vma")), seen.id + u'@' + QString::number(now->version),
                                QStringLiteral("QH-DS"), QStringLiteral("双方分歧较大"), QDate(2026, 3, 4));
    ASSERT_OK(referred);
    EXPECT_EQ(referred->version, now->version + 1);
    // A version that is not a number is a usage error, not a silent ignore.
    auto bad = seatA.accept(actor(QStringLiteral("vma")), seen.id + QStringLiteral("@x"), QDate(2026, 3, 3));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().kind, ErrorKind::Usage);
}
