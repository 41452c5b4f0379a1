#pragma once

#include "case.h"
#include "common/result.h"
#include "search/casesearch.h"

#include <QSqlDatabase>
#include <QStringList>

#include <optional>
#include <utility>

namespace tj {

/// The SQL behind the case list: which cases form a page, and how many match in all. Every
/// shape of filter reads an index in page order (received_on DESC, id DESC) and stops after
/// the page, so a page costs the same at any depth:
/// - a jurisdiction of up to kMergeLimit organisations merges one ordered index range per
///   organisation (UNION ALL … ORDER BY … LIMIT runs as a merge);
/// - a larger one, or none, walks the date index (filtered by status or category when given);
/// - a search reads the trigram index first and orders only the matching cases, or, for a
///   term that matches very many, walks the date index and tests each case's text with LIKE.
/// Totals without a search come from the case_counts summary, with one from the matches
/// (stopping at the filter's totalCap when it has one).
/// Filters these paths cannot serve (an acting user's scope wider than the organisation
/// filter, a tier, a date range, oldest first) run as one plain query over the same indexes.
class CaseListQuery
{
public:
    static constexpr int kMergeLimit = 64;
    /// A search matching more cases than this (more on a large SQLite database, see
    /// probeThreshold) walks the date index; fewer matches are read and sorted. On SQLite the
    /// walk looks each case up among the matches' document numbers, up to
    /// kMemberWalkFactor × the threshold of them, and beyond that (a term so common that a
    /// page comes within a few hundred cases) tests each case's text with LIKE.
    static constexpr int kProbeAbove = 1000;
    static constexpr int kMemberWalkFactor = 5;
    /// The list's first count stops here (CaseFilter::totalCap): reading this many matches
    /// takes a few milliseconds for any term, and "more than 1,000" is a useful answer at once.
    static constexpr qint64 kCountCap = 1000;

    explicit CaseListQuery(QSqlDatabase db, int mergeLimit = kMergeLimit)
        : m_db(std::move(db)), m_mergeLimit(mergeLimit)
    {}

    /// The ids of the page, in list order.
    Result<QStringList> pageIds(const CaseFilter &filter) const;
    /// The number of cases matching the filter; with filter.totalCap above 0, a search or
    /// plain-query count stops after totalCap + 1 matches (a result above the cap means "more").
    Result<qint64> total(const CaseFilter &filter) const;

    /// A page and, when the filter asks for it, the total.
    struct Listing
    {
        QStringList ids;
        qint64 total = 0;
    };
    /// pageIds() and, with filter.withTotal, total() — equal to calling both. A search term
    /// with no other condition is planned once, and when its matches were counted to choose
    /// the page's plan the total follows from that count where it can: a short term's OR of
    /// trigrams is then evaluated twice per list call instead of three times.
    Result<Listing> list(const CaseFilter &filter) const;

    /// Tests only: the match counts that choose a search page's path (probeAbove: sort or
    /// walk; memberWalkUpTo: look up or LIKE), so a small county reaches every path; 0 and 0
    /// restore the computed ones. Process-wide.
    static void setSearchLimitsForTests(qint64 probeAbove, qint64 memberWalkUpTo);

private:
    /// A count of a search's matches that stopped after stoppedAt + 1 rows; rows < 0: none made.
    struct MatchCount
    {
        qint64 rows = -1;
        qint64 stoppedAt = 0;
    };
    /// What total() gives with totalCap `cap` for a search with no other condition, when
    /// `counted` decides it.
    static std::optional<qint64> totalFrom(const MatchCount &counted, qint64 cap);
    /// The filter with its scope dropped when the organisation filter already lies inside it.
    Result<CaseFilter> normalised(const CaseFilter &filter) const;
    static bool needsPlain(const CaseFilter &filter);
    Result<QStringList> plainPage(const CaseFilter &filter) const;
    Result<qint64> plainTotal(const CaseFilter &filter) const;
    /// Organisation codes of the filter's jurisdiction (empty list when filter.org is empty).
    Result<QStringList> jurisdiction(const CaseFilter &filter) const;
    Result<QStringList> mergedPage(const CaseFilter &filter, const QStringList &orgs) const;
    Result<QStringList> scannedPage(const CaseFilter &filter, bool subtree) const;
    Result<QStringList> searchedPage(const CaseFilter &filter, const CaseSearch::Plan &plan,
                                     MatchCount *counted = nullptr) const;
    /// SQLite: reads the matching documents up to `above` + 1, then sorts them or probes.
    Result<QStringList> sortedOrProbedPage(const CaseFilter &filter, const CaseSearch::Plan &plan,
                                           qint64 above, MatchCount *counted) const;
    Result<QStringList> probedPage(const CaseFilter &filter) const;
    /// SQLite: the file and the middle document number when a count may be split between this
    /// connection and a second one (outside a transaction, on a file); nullopt otherwise.
    std::optional<std::pair<QByteArray, qint64>> splitPoint() const;
    /// The documents `match` matches up to `middle`, given the first matches `read` in order.
    Result<qint64> matchesUpTo(const QString &match, const QList<qint64> &read, qint64 middle) const;
    /// How many matches a search must have for probing to pay, given the number of cases.
    Result<qint64> probeThreshold() const;
    /// The highest search document number (about the number of cases).
    Result<qint64> highestDocument() const;
    /// Up to how many matches the walk looks cases up among them rather than testing LIKE.
    static qint64 memberWalkUpTo(qint64 probeAbove);

    QSqlDatabase m_db;
    int m_mergeLimit;
};

} // namespace tj
