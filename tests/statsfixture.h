#pragma once

#include "testsupport.h"

namespace tj::test {

/// A DbFixture with short helpers that drive CaseService with explicit dates, for tests that
/// build a known set of cases and check figures computed from them.
class StatsFixture : public DbFixture
{
protected:
    /// Registers a dispute at `org` received on `date`; returns its id (empty on failure).
    QString registerCase(const char *org, const QDate &date, const char *category,
                         CaseSource source = CaseSource::Application, qint64 amountFen = 0);
    void accept(const QString &id, const QDate &date);
    /// Closes as settled with one obligation of `agreementFen` (none when 0, an oral agreement).
    void settle(const QString &id, const QDate &date, qint64 agreementFen);
    void closeAs(const QString &id, Outcome outcome, const QDate &date);
    void refer(const QString &id, const char *to, const QDate &sent, const QDate &received);
    void delegate(const QString &id, const char *to, const QDate &sent, const QDate &received);
    /// Sets an organisation's population (organisation data the admin maintains).
    void setPopulation(const char *org, qint64 population);

    CaseService &cases();
    /// Keeps the current database aside and continues on a fresh one with the same county
    /// (for round trips between two installations). Returns the previous database.
    std::unique_ptr<Database> switchToFreshCounty();

private:
    std::unique_ptr<CaseService> m_cases;
    int m_counter = 0;
};

} // namespace tj::test
