#pragma once

#include "bulkwriter.h"
#include "generatortext.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

namespace tj {
class DeadlineRules;
}

namespace tj::gen {

struct County;

/// What a settled case's agreement holds, for what happens after it takes effect.
struct AgreementFacts
{
    QString caseId;
    QString category;
    QString subcategory;
    QString orgCode;      ///< the organisation that made the agreement (and records its fulfilment)
    QString court;        ///< where a confirmation goes: the delegating court or the court above
    bool written = false;
    QDate effective;
    qint64 agreed = 0;    ///< the one money obligation's amount (0: no money obligation)
    QString obligationId;
    QString debtor;
    QString creditor;
    QList<QPair<QDate, qint64>> instalments; ///< due date and amount, in order of due date
};

/// The prepared statements of the rows written after an agreement.
struct FulfilmentStatements
{
    explicit FulfilmentStatements(sqlite3 *db);

    BulkStatement payments;
    BulkStatement visits;
    BulkStatement confirmations;
};

struct FulfilmentStats
{
    qint64 payments = 0;
    qint64 visits = 0;
    qint64 confirmations = 0;
    qint64 events = 0;
};

/// Plays what follows an agreement as the services record it: the debtor's payments (most
/// instalments paid in full around their due date, a few late or in part, a few agreements
/// abandoned), follow-up visits (回访) that see the state of performance on their day, and for
/// some eligible written agreements the judicial confirmation (application within the window,
/// acceptance or refusal, a ruling). Nothing is dated after the last date: what would come
/// later has not happened yet, so only recent instalments and a few breached agreements stay
/// unpaid, and only recent applications wait at a court.
class FulfilmentSimulator
{
public:
    FulfilmentSimulator(const County &county, FulfilmentStatements &statements,
                        BulkStatement &events, Rng &rng, const QDate &until,
                        const DeadlineRules *rules);

    /// Writes the rows and their history events. `events` counts the case's events so far (it
    /// sets the hour of a stamp) and `lastAt` is its latest stamp; both move on.
    Result<void> play(const AgreementFacts &a, int &events, QString &lastAt);
    const FulfilmentStats &stats() const { return m_stats; }

private:
    struct Act;
    struct Run;
    void planPayments(const AgreementFacts &a, QList<Act> &acts);
    void planVisit(const AgreementFacts &a, QList<Act> &acts);
    void planConfirmation(const AgreementFacts &a, QList<Act> &acts);
    Result<void> pay(Run &run, const Act &act);
    Result<void> visit(Run &run, const Act &act);
    Result<void> confirm(Run &run, const Act &act, const QList<Act> &acts);
    Result<void> event(Run &run, const QDate &on, const QString &login, const QString &org,
                       const QString &action, const QString &detail, const QString &data);
    /// The user who records for `org` and the organisation the event names.
    QPair<QString, QString> recorder(const QString &org) const;

    const County &m_county;
    FulfilmentStatements &m_statements;
    BulkStatement &m_events;
    Rng &m_rng;
    QDate m_until;
    const DeadlineRules *m_rules;
    FulfilmentStats m_stats;
};

} // namespace tj::gen
