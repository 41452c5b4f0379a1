#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace tj {

class Database;

struct GeneratorOptions
{
    qint64 cases = 1000;
    quint64 seed = 1;
    QDate until = QDate::currentDate(); ///< the last business date any step may have
    int years = 10;                     ///< cases are received over this many years before `until`
    int batch = 20000;                  ///< cases per transaction (progress step of a load set aside)
    /// Into an empty database, load with the search and summary triggers set aside and build
    /// those tables set-based at the end, in one transaction (gen::DerivedTables). Tests turn
    /// it off to compare with a load through the triggers.
    bool setAsideTriggers = true;
};

struct GeneratorSummary
{
    qint64 cases = 0;
    qint64 parties = 0;
    qint64 events = 0;
    qint64 sessions = 0;
    qint64 referrals = 0;
    qint64 agreements = 0;
    qint64 payments = 0;
    qint64 visits = 0;
    qint64 confirmations = 0;
    qint64 milliseconds = 0;
};

/// Writes realistic synthetic cases fast: the rows the services would write (cases with
/// numbers from the per-organisation counters, parties with valid identities, the history,
/// sessions, referrals and delegations, agreements with obligations, instalments and
/// signatures, then the payments, follow-up visits and judicial confirmations that follow an
/// agreement up to `until`), following the workflow's rules, with bulk prepared statements in large
/// transactions. The schema's triggers keep the search index and the summary counts as they
/// do for a service write; into an empty database they are set aside during the load and the
/// same tables built set-based at its end, in the load's one transaction. The same seed and date give the same data. An empty database first
/// gets the demo county's organisations and users.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
public:
    explicit DemoGenerator(Database &db) : m_db(db) {}

    using Progress = std::function<void(qint64 done)>;
    Result<GeneratorSummary> generate(const GeneratorOptions &options, const Progress &progress = {});

private:
    Result<void> ensureCounty();

    Database &m_db;
};

} // namespace tj
