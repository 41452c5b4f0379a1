#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace tj {

class Database;

struct DemoSummary
{
    int organisations = 0;
    int users = 0;
    int cases = 0;
    int steps = 0;
    int payments = 0; ///< payments replayed (those dated after today are left out)
};

/// Loads the demo county (seeds/organisations.json, users.json, cases.json, embedded as
/// resources under :/seeds) by replaying every case's steps through the real services, so the
/// demo data obeys the same rules as typed data. Refuses a database that already has cases.
class DemoLoader
{
    Q_DECLARE_TR_FUNCTIONS(DemoLoader)
public:
    explicit DemoLoader(Database &db) : m_db(db) {}

    /// `dir` is a folder holding the three files; empty for the embedded copy.
    Result<DemoSummary> load(const QString &dir = QString());
    /// Only the organisations and users of the demo county, in one transaction (the synthetic
    /// generator builds on them). Fills `organisations` and `users` of the summary.
    Result<DemoSummary> loadCounty(const QString &dir = QString());

private:
    Database &m_db;
};

} // namespace tj
