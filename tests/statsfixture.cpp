#include "statsfixture.h"

#include "db/query.h"

namespace tj::test {

CaseService &StatsFixture::cases()
{
    if (!m_cases)
        m_cases = std::make_unique<CaseService>(*m_db);
    return *m_cases;
}

std::unique_ptr<Database> StatsFixture::switchToFreshCounty()
{
    std::unique_ptr<Database> previous = std::move(m_db);
    m_cases.reset();
    QString pgName;
    auto db = openTestDatabase(m_dir.filePath(QStringLiteral("fresh.sqlite")), &pgName);
    EXPECT_TRUE(db.ok());
    if (!pgName.isEmpty())
        m_extraPgNames.append(pgName);
    if (db.ok())
        m_db = std::move(db.value());
    buildSmallCounty();
    return previous;
}

QString StatsFixture::registerCase(const char *org, const QDate &date, const char *category,
                                   CaseSource source, qint64 amountFen)
{
    CaseIntake in = sampleIntake(QString::fromUtf8(org));
    in.receivedOn = date;
    in.category = QString::fromUtf8(category);
    in.source = source;
    in.amountFen = amountFen;
    // No identity numbers: the related-case checks stay cheap for large generated sets.
    in.parties[0].idNumber.clear();
    in.parties[1].creditCode.clear();
    // Distinct respondents keep the same-respondent lookup from growing with the set.
    in.parties[1].name = QStringLiteral("某某商行%1").arg(++m_counter);
    auto r = cases().intake(Actor::system(), in);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message.toStdString());
    return r.ok() ? r->record.id : QString();
}

void StatsFixture::accept(const QString &id, const QDate &date)
{
    EXPECT_OK(cases().accept(Actor::system(), id, date));
}

void StatsFixture::settle(const QString &id, const QDate &date, qint64 agreementFen)
{
    CloseInput close;
    close.outcome = Outcome::Settled;
    close.on = date;
    AgreementInput a;
    a.kind = agreementFen > 0 ? QStringLiteral("written") : QStringLiteral("oral");
    a.content = QStringLiteral("双方自愿达成协议。");
    if (agreementFen > 0)
        a.obligations.append(Obligation{QStringLiteral("被申请人"), QStringLiteral("申请人"),
                                        agreementFen, {}});
    close.agreement = a;
    EXPECT_OK(cases().close(Actor::system(), id, close));
}

void StatsFixture::closeAs(const QString &id, Outcome outcome, const QDate &date)
{
    CloseInput close;
    close.outcome = outcome;
    close.on = date;
    close.reason = QStringLiteral("测试结案理由");
    close.filedNumber = QStringLiteral("（2026）青民初1号");
    EXPECT_OK(cases().close(Actor::system(), id, close));
}

void StatsFixture::refer(const QString &id, const char *to, const QDate &sent,
                         const QDate &received)
{
    EXPECT_OK(cases().refer(Actor::system(), id, QString::fromUtf8(to), QStringLiteral("疑难"), sent));
    EXPECT_OK(cases().receive(Actor::system(), id, received));
}

void StatsFixture::delegate(const QString &id, const char *to, const QDate &sent,
                            const QDate &received)
{
    EXPECT_OK(cases().delegate(Actor::system(), id, QString::fromUtf8(to), QStringLiteral("委派"), sent));
    EXPECT_OK(cases().receive(Actor::system(), id, received));
}

void StatsFixture::setPopulation(const char *org, qint64 population)
{
    Query q(m_db->connection(), "UPDATE organisations SET population = :p WHERE code = :c");
    q.bind("p", population).bind("c", QString::fromUtf8(org));
    ASSERT_OK(q.exec());
}

} // namespace tj::test
