#include "caselistloader.h"

#include "cases/caseservice.h"
#include "db/database.h"

namespace tj {

std::optional<CasePage> CaseListLoader::run(quint64 generation, const CaseFilter &filter)
{
    // A request for a filter already replaced (the user typed on) is skipped rather than
    // making the current one wait behind it.
    if (generation != m_latest->load())
        return std::nullopt;
    auto result = m_cases.list(m_actor, filter);
    if (!result) {
        Q_EMIT failed(generation, result.error().message);
        return std::nullopt;
    }
    return std::move(result.value());
}

void CaseListLoader::loadPage(quint64 generation, int page, const CaseFilter &filter)
{
    CaseFilter f = filter;
    f.withTotal = false;
    if (auto result = run(generation, f))
        Q_EMIT pageLoaded(generation, page, result->cases);
}

void CaseListLoader::loadFirstPage(quint64 generation, const CaseFilter &filter)
{
    CaseFilter f = filter;
    f.withTotal = true;
    f.afterReceivedOn = {};
    f.afterId.clear();
    if (auto result = run(generation, f)) {
        Q_EMIT pageLoaded(generation, 0, result->cases);
        Q_EMIT counted(generation, result->total, result->totalExact);
    }
}

void CaseListLoader::count(quint64 generation, const CaseFilter &filter)
{
    CaseFilter f = filter;
    f.limit = 1;
    f.afterReceivedOn = {};
    f.afterId.clear();
    if (auto result = run(generation, f))
        Q_EMIT counted(generation, result->total, result->totalExact);
}

void CaseListLoader::finish()
{
    m_cases.database().closeThreadConnection();
}

} // namespace tj
