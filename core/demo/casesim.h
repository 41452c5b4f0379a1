#pragma once

#include "bulkwriter.h"
#include "cases/case.h"
#include "fulfilsim.h"
#include "generatortext.h"
#include "orgs/organisation.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>

#include <memory>
#include <vector>

namespace tj::gen {

struct Org
{
    QString code;
    QString name;
    OrgTier tier = OrgTier::Village;
    QString parent;
    QString path;
    QString login;    ///< a user who acts for it (empty: the administrator acts)
    QString userName;
    QStringList descendants; ///< townships and villages below a court or tribunal
};

struct County
{
    QHash<QString, Org> orgs;
    QStringList registrars; ///< weighted: villages several times, courts once
    QString adminLogin;
    QString adminOrg;
    QHash<QString, QString> judges; ///< a judge of each court that has one
    QMap<QPair<QString, int>, int> counters;

    void prepare();
    /// The organisation itself if it is a court or tribunal, else the nearest one above it
    /// (OrganisationService::courtOver); empty if there is none.
    QString courtOver(const QString &code) const;
};

/// The prepared statements of a bulk load.
class CaseWriter
{
public:
    explicit CaseWriter(sqlite3 *db);

    BulkStatement cases;
    BulkStatement parties;
    BulkStatement events;
    BulkStatement sessions;
    BulkStatement referrals;
    BulkStatement agreements;
    BulkStatement obligations;
    BulkStatement instalments;
    BulkStatement signatures;
    BulkStatement counter;

    Result<void> saveCounters(const QMap<QPair<QString, int>, int> &counters);
};

struct SimStats
{
    qint64 parties = 0;
    qint64 events = 0;
    qint64 sessions = 0;
    qint64 referrals = 0;
    qint64 agreements = 0;
};

/// Plays one case through the workflow as users would, writing each step's rows.
class CaseSimulator
{
public:
    /// `afterRng` draws what follows agreements, so that the cases themselves stay those that
    /// `rng` alone gives (the same seed gives the same cases as before payments were written).
    CaseSimulator(County &county, CaseWriter &writer, FulfilmentStatements &after, Rng &rng,
                  Rng &afterRng, const QDate &until, qint64 total, const DeadlineRules *rules);

    Result<void> simulate(const QDate &received);
    const SimStats &stats() const { return m_stats; }
    const FulfilmentStats &fulfilment() const { return m_after.stats(); }

private:
    struct State;
    Result<void> intake(State &s);
    Result<void> step(State &s, const QString &action, const QString &detail,
                      const QJsonObject &data, const QString &actorOrg = QString());
    bool advance(State &s, int maxDays);
    Result<void> play(State &s);
    Result<void> acceptAndMediate(State &s);
    Result<void> referUp(State &s, const QString &to);
    Result<void> mediate(State &s);
    Result<void> close(State &s);
    Result<void> transfer(State &s, TransferKind kind, const QString &to);
    Result<void> answer(State &s, bool receive);
    Result<void> writeAgreement(State &s, qint64 amountFen, QDate &effective, QString &content);
    Party makePerson(PartyRole role, const QString &village);
    QString stamp(State &s);

    County &m_county;
    CaseWriter &m_writer;
    Rng &m_rng;
    TextMaker m_text;
    QDate m_until;
    std::vector<Person> m_regulars; ///< people who come back in several cases
    SimStats m_stats;
    FulfilmentSimulator m_after;
};

} // namespace tj::gen
