#pragma once

#include "cases/case.h"
#include "users/user.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace tj {

class CaseService;

/// Runs case-list queries on one of the model's worker threads, each on that thread's own
/// database connection. Results carry the request's generation so the model can drop stale
/// ones; a request whose generation is no longer the model's latest is not run at all.
class CaseListLoader : public QObject
{
    Q_OBJECT
public:
    CaseListLoader(CaseService &cases, const Actor &actor,
                   std::shared_ptr<const std::atomic<quint64>> latest)
        : m_cases(cases), m_actor(actor), m_latest(std::move(latest))
    {}

public Q_SLOTS:
    void loadPage(quint64 generation, int page, const tj::CaseFilter &filter);
    /// The first page and the count up to filter.totalCap in one list call: a search term's
    /// matches are then found once for both (CaseListQuery::list).
    void loadFirstPage(quint64 generation, const tj::CaseFilter &filter);
    /// Counts the cases of `filter`, up to filter.totalCap when that is above 0.
    void count(quint64 generation, const tj::CaseFilter &filter);
    /// Closes this thread's connection; the model calls it before stopping the thread.
    void finish();

Q_SIGNALS:
    void pageLoaded(quint64 generation, int page, const QList<tj::Case> &cases);
    /// `exact` false: more than `total` cases match (the filter's cap was reached).
    void counted(quint64 generation, qint64 total, bool exact);
    void failed(quint64 generation, const QString &message);

private:
    /// Lists `filter` unless the request is stale; emits failed() on an error.
    std::optional<tj::CasePage> run(quint64 generation, const tj::CaseFilter &filter);

    CaseService &m_cases;
    Actor m_actor; ///< whose view of the cases is listed
    std::shared_ptr<const std::atomic<quint64>> m_latest; ///< the model's current generation
};

} // namespace tj
