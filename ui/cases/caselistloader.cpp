#include "caselistloader.h"

#include "cases/caseservice.h"
#include "db/database.h"

namespace tj {

void CaseListLoader::loadPage(quint64 generation, int page, const CaseFilter &filter)
{
    if (generation != m_latest->load())
        return; // the filter changed while this request waited
    CaseFilter f = filter;
    f.withTotal = false;
    auto result = m_cases.list(m_actor, f);
    if (!result) {
        Q_EMIT failed(generation, result.error().message);
        return;
    }
    Q_EMIT pageLoaded(generation, page, result->cases);
}

void CaseListLoader::loadFirstPage(quint64 generation, const CaseFilter &filter)
{
    if (generation != m_latest->load())
        return;
    CaseFilter f = filter;
    f.withTotal = true;
    f.afterReceivedOn = {};
    f.afterId.clear();
    auto result = m_cases.list(m_actor, f);
    if (!result) {
        Q_EMIT failed(generation, result.error().message);
        return;
    }
    Q_EMIT pageLoaded(generation, 0, result->cases);
    Q_EMIT counted(generation, result->total, result->totalExact);
}

void CaseListLoader::count(quint64 generation, const CaseFilter &filter)
{
    // An exact count of a common term takes a while: one for a filter already replaced (the
    // user typed on) is skipped rather than making the current one wait behind it.
    if (generation != m_latest->load())
        return;
    CaseFilter f = filter;
    f.limit = 1;
    f.afterReceivedOn = {};
    f.afterId.clear();
    auto result = m_cases.list(m_actor, f);
    if (!result) {
        Q_EMIT failed(generation, result.error().message);
        return;
    }
    Q_EMIT counted(generation, result->total, result->totalExact);
}

void CaseListLoader::finish()
{
    m_cases.database().closeThreadConnection();
}

} // namespace tj
