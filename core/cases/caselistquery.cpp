#include "caselistquery.h"

#include "db/dialect.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <mutex>
#include <thread>

#include "common/clock.h"
#include "db/query.h"
#include "db/sqlitehandle.h"
#include "search/casesearch.h"

#include <QList>
#include <QPair>

#include <sqlite3.h>

namespace tj {

namespace {
// Counts the documents a search matches above a document number, on a read-only connection and
// a thread of its own, while the caller's connection reads the matches below it; cancel() stops it.
// A common term's exact count is two long doclists read with positions (分期履行 at a million:
// ~30 ms on one connection), and FTS5 reads a range of document numbers as cheaply as its share.
class UpperCount
{
public:
    UpperCount(const QByteArray &path, const QString &match, qint64 above)
    {
        m_thread = std::thread([this, path, utf8 = match.toUtf8(), above] { run(path, utf8, above); });
    }
    ~UpperCount() { cancel(); }
    UpperCount(const UpperCount &) = delete;
    UpperCount &operator=(const UpperCount &) = delete;

    void cancel()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_cancelled = true;
            if (m_db)
                sqlite3_interrupt(m_db);
        }
        join();
    }
    /// The count, or -1 when it failed or was cancelled.
    qint64 result()
    {
        join();
        return m_count;
    }

private:
    void join()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    void run(const QByteArray &path, const QByteArray &match, qint64 above)
    {
        sqlite3 *db = nullptr;
        const bool opened = sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK;
        bool counting = false;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            counting = opened && !m_cancelled;
            if (counting)
                m_db = db;
        }
        if (counting) {
            sqlite3_busy_timeout(db, 5000);
            sqlite3_stmt *stmt = nullptr;
            if (sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM case_fts WHERE case_fts MATCH ?1 AND rowid > ?2",
                                   -1, &stmt, nullptr) == SQLITE_OK) {
                sqlite3_bind_text(stmt, 1, match.constData(), int(match.size()), SQLITE_STATIC);
                sqlite3_bind_int64(stmt, 2, above);
                if (sqlite3_step(stmt) == SQLITE_ROW)
                    m_count = sqlite3_column_int64(stmt, 0);
            }
            sqlite3_finalize(stmt);
            std::lock_guard<std::mutex> lock(m_mutex);
            m_db = nullptr;
        }
        sqlite3_close(db);
    }

    std::mutex m_mutex;
    sqlite3 *m_db = nullptr;
    bool m_cancelled = false;
    qint64 m_count = -1;
    std::thread m_thread;
};

// The document numbers a search matches, in ascending order, read straight from SQLite: at a
// common term's second limit that is 27,000 rows, a few milliseconds through QSqlQuery.
class DocNumbers
{
public:
    DocNumbers(sqlite3 *db, const QString &match, qint64 limit) : m_db(db)
    {
        const QByteArray utf8 = match.toUtf8();
        if (!m_db || sqlite3_prepare_v2(m_db, "SELECT rowid FROM case_fts WHERE case_fts MATCH ?1 ORDER BY rowid LIMIT ?2",
                                        -1, &m_stmt, nullptr) != SQLITE_OK) {
            m_failed = true;
            return;
        }
        sqlite3_bind_text(m_stmt, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(m_stmt, 2, limit);
    }
    ~DocNumbers() { sqlite3_finalize(m_stmt); }
    DocNumbers(const DocNumbers &) = delete;
    DocNumbers &operator=(const DocNumbers &) = delete;

    /// Appends matches to `docs` until it holds `count` or they end.
    void readTo(QList<qint64> &docs, qint64 count)
    {
        while (!m_failed && !m_done && docs.size() < count) {
            const int rc = sqlite3_step(m_stmt);
            if (rc == SQLITE_ROW)
                docs.append(sqlite3_column_int64(m_stmt, 0));
            else if (rc == SQLITE_DONE)
                m_done = true;
            else
                m_failed = true;
        }
    }
    /// The error, when preparing or reading failed.
    std::optional<Error> error() const
    {
        if (!m_failed)
            return std::nullopt;
        return sqliteError(m_db, "reading search matches");
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
    bool m_done = false;
};

// The numbers as a JSON array for json_each.
QString jsonNumbers(const QList<qint64> &numbers)
{
    QByteArray out;
    out.reserve(numbers.size() * 8 + 2);
    out += '[';
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        if (i > 0)
            out += ',';
        out += QByteArray::number(numbers[i]);
    }
    out += ']';
    return QString::fromLatin1(out);
}

// SQL composed from fixed fragments, with the values to bind by name.
struct Sql
{
    QString text;
    QList<QPair<QString, QVariant>> binds;

    Sql &add(const QString &fragment) { text += fragment; return *this; }
    Sql &bind(const QString &name, const QVariant &value)
    {
        binds.append({name, value});
        return *this;
    }
    Result<Query> run(const QSqlDatabase &db) const
    {
        Query q(db, text, Query::Trusted);
        for (const auto &[name, value] : binds)
            q.bind(name, value);
        TJ_TRY(q.exec());
        return q;
    }
};

// Status, category and keyset conditions on the cases alias `a`; `tag` keeps names unique.
void addConditions(Sql &sql, const CaseFilter &f, const QString &a, const QString &tag,
                   bool keyset = true)
{
    if (f.status)
        sql.add(QStringLiteral(" AND %1.status = :st%2").arg(a, tag))
            .bind(QStringLiteral("st") + tag, statusCode(*f.status));
    if (!f.category.isEmpty())
        sql.add(QStringLiteral(" AND %1.category = :ca%2").arg(a, tag))
            .bind(QStringLiteral("ca") + tag, f.category);
    if (keyset && f.afterReceivedOn.isValid())
        sql.add(QStringLiteral(" AND (%1.received_on, %1.id) < (:ad%2, :ai%2)").arg(a, tag))
            .bind(QStringLiteral("ad") + tag, isoDate(f.afterReceivedOn))
            .bind(QStringLiteral("ai") + tag, f.afterId);
}

void addSubtree(Sql &sql, const CaseFilter &f, const QString &column)
{
    if (f.org.isEmpty())
        return;
    sql.add(QStringLiteral(" AND %1 IN (SELECT o.code FROM organisations o, organisations top"
                           " WHERE top.code = :subtree"
                           " AND substr(o.path, 1, length(top.path)) = top.path)")
                .arg(column))
        .bind(QStringLiteral("subtree"), f.org);
}

// No limit is the largest one: LIMIT -1 is SQLite's only.
qint64 limitOf(const CaseFilter &f)
{
    return f.limit > 0 ? qint64(f.limit) : std::numeric_limits<qint64>::max();
}

// Counts the rows of `rows` (a SELECT); with a cap above 0, stops after cap + 1 of them, so a
// result above the cap means "more than cap" and costs no more than reading cap + 1 rows.
Result<qint64> countRows(Sql rows, qint64 cap, const QSqlDatabase &db)
{
    if (cap > 0)
        rows.add(QStringLiteral(" LIMIT :cap")).bind(QStringLiteral("cap"), cap + 1);
    rows.text = QStringLiteral("SELECT COUNT(*) FROM (") + rows.text + QStringLiteral(") AS counted");
    auto q = rows.run(db);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

QStringList idsOf(Query &q)
{
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

// Finishes a newest-first page query and returns its case ids.
Result<QStringList> newestPageIds(Sql &sql, const CaseFilter &f, const QSqlDatabase &db)
{
    sql.add(QStringLiteral(" ORDER BY c.received_on DESC, c.id DESC LIMIT :limit"))
        .bind(QStringLiteral("limit"), limitOf(f));
    auto q = sql.run(db);
    if (!q)
        return q.error();
    return idsOf(q.value());
}

// The term is a substring of case `a`'s number, title or facts or of one of its parties' names,
// ID numbers or credit codes: the exhaustive definition search equals, and for one case a few
// row reads (cheaper than asking the trigram index about one document).
void addTextCondition(Sql &sql, const QSqlDatabase &db, const QString &a, const QString &term)
{
    // SQLite's LIKE ignores the case of ASCII letters; on PostgreSQL both sides are lowered.
    const QString like = CaseSearch::likePattern(CaseSearch::asciiLower(term));
    const auto col = [&db](const QString &column) { return dialect::asciiLowerColumn(db, column); };
    sql.add(QStringLiteral(
        "(%1 LIKE :l1 ESCAPE '\\' OR %2 LIKE :l2 ESCAPE '\\' OR %3 LIKE :l3 ESCAPE '\\'"
        " OR EXISTS (SELECT 1 FROM parties p WHERE p.case_id = %7.id AND (%4 LIKE :l4"
        " ESCAPE '\\' OR %5 LIKE :l5 ESCAPE '\\' OR %6 LIKE :l6 ESCAPE '\\')))")
                .arg(col(a + QStringLiteral(".facts")), col(a + QStringLiteral(".title")),
                     col(a + QStringLiteral(".number")), col(QStringLiteral("p.name")),
                     col(QStringLiteral("p.id_number")), col(QStringLiteral("p.credit_code")), a));
    for (const char *name : {"l1", "l2", "l3", "l4", "l5", "l6"})
        sql.bind(QString::fromLatin1(name), like);
}

// The ids of the cases a search term matches: the trigram index, or an exhaustive scan.
Sql matchedIds(const QSqlDatabase &db, const CaseSearch::Plan &plan, const QString &term)
{
    Sql sql;
    if (plan.kind == CaseSearch::Plan::Kind::Match) {
        sql.add(CaseSearch::matchedIdsSql(db)).bind(QStringLiteral("match"), plan.match);
        return sql;
    }
    if (plan.kind == CaseSearch::Plan::Kind::Identifier) {
        sql.add(QString::fromLatin1(CaseSearch::identifierIdsSql()))
            .bind(QStringLiteral("ident"), plan.identifier)
            .bind(QStringLiteral("ident2"), plan.identifier);
        return sql;
    }
    sql.add(QStringLiteral("SELECT s.id FROM cases s WHERE "));
    addTextCondition(sql, db, QStringLiteral("s"), term);
    return sql;
}
// Every condition of the filter on cases `c` joined to their handling organisation `o`; the
// keyset follows the sort order. A search restricts to the ids CaseSearch matches.
Result<Sql> plainSql(const QSqlDatabase &db, const CaseFilter &f, const QString &select,
                     bool page)
{
    Sql sql;
    sql.add(select).add(QStringLiteral(
        " FROM cases c JOIN organisations o ON o.code = c.handling_org WHERE 1 = 1"));
    const QString term = f.search.trimmed();
    if (!term.isEmpty()) {
        auto plan = CaseSearch(db).plan(term);
        if (!plan)
            return plan.error();
        if (plan->kind == CaseSearch::Plan::Kind::NoMatch) {
            sql.add(QStringLiteral(" AND 0 = 1"));
        } else {
            const Sql matched = matchedIds(db, plan.value(), term);
            sql.add(QStringLiteral(" AND c.id IN (") + matched.text + QStringLiteral(")"));
            sql.binds += matched.binds;
        }
    }
    if (!f.org.isEmpty())
        sql.add(QStringLiteral(" AND o.path LIKE (SELECT path FROM organisations WHERE code = "
                               ":org) || '%'"))
            .bind(QStringLiteral("org"), f.org);
    if (!f.scope.isEmpty())
        sql.add(QStringLiteral(
                    " AND (o.path LIKE (SELECT path FROM organisations WHERE code = :scope1) || '%'"
                    " OR EXISTS (SELECT 1 FROM organisations ro WHERE ro.code = c.registering_org"
                    " AND ro.path LIKE (SELECT path FROM organisations WHERE code = :scope2) || '%')"
                    " OR EXISTS (SELECT 1 FROM referrals r JOIN organisations t ON t.code = r.to_org"
                    " WHERE r.case_id = c.id AND r.state = 'pending'"
                    " AND t.path LIKE (SELECT path FROM organisations WHERE code = :scope3) || '%'))"))
            .bind(QStringLiteral("scope1"), f.scope)
            .bind(QStringLiteral("scope2"), f.scope)
            .bind(QStringLiteral("scope3"), f.scope);
    addConditions(sql, f, QStringLiteral("c"), QStringLiteral("p"), false);
    if (f.tier)
        sql.add(*f.tier == CaseTier::Court
                    ? QStringLiteral(" AND o.tier IN ('court', 'tribunal')")
                    : (*f.tier == CaseTier::Township ? QStringLiteral(" AND o.tier = 'township'")
                                                     : QStringLiteral(" AND o.tier = 'village'")));
    if (f.receivedFrom.isValid())
        sql.add(QStringLiteral(" AND c.received_on >= :from"))
            .bind(QStringLiteral("from"), isoDate(f.receivedFrom));
    if (f.receivedTo.isValid())
        sql.add(QStringLiteral(" AND c.received_on <= :to"))
            .bind(QStringLiteral("to"), isoDate(f.receivedTo));
    if (!page)
        return sql;
    if (f.afterReceivedOn.isValid())
        sql.add(f.oldestFirst ? QStringLiteral(" AND (c.received_on, c.id) > (:after_date, :after_id)")
                              : QStringLiteral(" AND (c.received_on, c.id) < (:after_date, :after_id)"))
            .bind(QStringLiteral("after_date"), isoDate(f.afterReceivedOn))
            .bind(QStringLiteral("after_id"), f.afterId);
    sql.add(f.oldestFirst ? QStringLiteral(" ORDER BY c.received_on ASC, c.id ASC LIMIT :limit")
                          : QStringLiteral(" ORDER BY c.received_on DESC, c.id DESC LIMIT :limit"))
        .bind(QStringLiteral("limit"), limitOf(f));
    return sql;
}
} // namespace

Result<CaseFilter> CaseListQuery::normalised(const CaseFilter &filter) const
{
    if (filter.scope.isEmpty() || filter.org.isEmpty())
        return filter;
    // Cases handled inside the scope are always in it: an organisation filter inside the scope
    // makes the scope condition redundant.
    Query q(m_db, "SELECT 1 FROM organisations o, organisations s WHERE o.code = :org"
                  " AND s.code = :scope AND substr(o.path, 1, length(s.path)) = s.path");
    q.bind("org", filter.org).bind("scope", filter.scope);
    TJ_TRY(q.exec());
    CaseFilter f = filter;
    if (q.next())
        f.scope.clear();
    return f;
}

bool CaseListQuery::needsPlain(const CaseFilter &filter)
{
    return !filter.scope.isEmpty() || filter.tier || filter.receivedFrom.isValid()
           || filter.receivedTo.isValid() || filter.oldestFirst;
}

Result<QStringList> CaseListQuery::plainPage(const CaseFilter &filter) const
{
    auto sql = plainSql(m_db, filter, QStringLiteral("SELECT c.id"), true);
    if (!sql)
        return sql.error();
    auto q = sql->run(m_db);
    if (!q)
        return q.error();
    return idsOf(q.value());
}

Result<qint64> CaseListQuery::plainTotal(const CaseFilter &filter) const
{
    auto sql = plainSql(m_db, filter, QStringLiteral("SELECT 1"), false);
    if (!sql)
        return sql.error();
    return countRows(sql.value(), filter.totalCap, m_db);
}

Result<QStringList> CaseListQuery::jurisdiction(const CaseFilter &filter) const
{
    if (filter.org.isEmpty())
        return QStringList();
    Query q(m_db, "SELECT o.code FROM organisations o, organisations top WHERE top.code = :org"
                  " AND substr(o.path, 1, length(top.path)) = top.path ORDER BY o.path");
    q.bind("org", filter.org);
    TJ_TRY(q.exec());
    return idsOf(q);
}

Result<QStringList> CaseListQuery::pageIds(const CaseFilter &requested) const
{
    auto normal = normalised(requested);
    if (!normal)
        return normal.error();
    const CaseFilter &filter = normal.value();
    if (needsPlain(filter))
        return plainPage(filter);
    const QString term = filter.search.trimmed();
    if (!term.isEmpty()) {
        auto plan = CaseSearch(m_db).plan(term);
        if (!plan)
            return plan.error();
        if (plan->kind == CaseSearch::Plan::Kind::NoMatch)
            return QStringList();
        return searchedPage(filter, plan.value());
    }
    auto orgs = jurisdiction(filter);
    if (!orgs)
        return orgs.error();
    if (!filter.org.isEmpty() && orgs->isEmpty())
        return QStringList();
    if (!orgs->isEmpty() && orgs->size() <= m_mergeLimit)
        return mergedPage(filter, orgs.value());
    return scannedPage(filter, !filter.org.isEmpty());
}

Result<QStringList> CaseListQuery::mergedPage(const CaseFilter &filter,
                                              const QStringList &orgs) const
{
    Sql sql;
    sql.add(QStringLiteral("SELECT id FROM ("));
    for (int i = 0; i < orgs.size(); ++i) {
        const QString tag = QString::number(i);
        if (i > 0)
            sql.add(QStringLiteral(" UNION ALL "));
        sql.add(QStringLiteral("SELECT c.received_on, c.id FROM cases c WHERE c.handling_org = :o%1")
                    .arg(tag))
            .bind(QStringLiteral("o") + tag, orgs[i]);
        addConditions(sql, filter, QStringLiteral("c"), tag);
    }
    sql.add(QStringLiteral(" ORDER BY 1 DESC, 2 DESC LIMIT :limit) AS page"
                           " ORDER BY received_on DESC, id DESC"))
        .bind(QStringLiteral("limit"), limitOf(filter));
    auto q = sql.run(m_db);
    if (!q)
        return q.error();
    return idsOf(q.value());
}

Result<QStringList> CaseListQuery::scannedPage(const CaseFilter &filter, bool subtree) const
{
    Sql sql;
    sql.add(QStringLiteral("SELECT c.id FROM cases c WHERE 1 = 1"));
    addConditions(sql, filter, QStringLiteral("c"), QStringLiteral("x"));
    // "+" keeps the planner on the date-ordered index: a large jurisdiction holds most cases.
    if (subtree)
        addSubtree(sql, filter, dialect::withoutIndex(m_db, QStringLiteral("c.handling_org")));
    return newestPageIds(sql, filter, m_db);
}

Result<QStringList> CaseListQuery::searchedPage(const CaseFilter &filter,
                                                const CaseSearch::Plan &plan, MatchCount *counted) const
{
    // Probing pays for a page; a request for all rows reads the matches directly.
    // Only whether there are more matches than the threshold counts: the count stops there.
    if (plan.kind == CaseSearch::Plan::Kind::Match && filter.limit > 0 && filter.limit <= kProbeAbove / 2) {
        auto above = probeThreshold();
        if (!above)
            return above.error();
        if (!dialect::isPostgres(m_db))
            return sortedOrProbedPage(filter, plan, above.value(), counted);
        Sql rows;
        rows.add(CaseSearch::matchRowsSql(m_db)).bind(QStringLiteral("match"), plan.match);
        auto matches = countRows(rows, above.value(), m_db);
        if (!matches)
            return matches.error();
        if (counted)
            *counted = MatchCount{matches.value(), above.value()};
        if (matches.value() > above.value())
            return probedPage(filter);
    }
    // CROSS JOIN keeps the matches as the outer loop: only matching cases are read and sorted.
    Sql sql = matchedIds(m_db, plan, filter.search.trimmed());
    sql.text = QStringLiteral("SELECT c.id FROM (") + sql.text
               + dialect::outerFirstJoin(m_db, QStringLiteral(") m"), QStringLiteral("cases c ON c.id = m.id WHERE 1 = 1"));
    addConditions(sql, filter, QStringLiteral("c"), QStringLiteral("x"));
    addSubtree(sql, filter, QStringLiteral("c.handling_org"));
    return newestPageIds(sql, filter, m_db);
}

Result<QStringList> CaseListQuery::sortedOrProbedPage(const CaseFilter &filter, const CaseSearch::Plan &plan,
                                                      qint64 above, MatchCount *counted) const
{
    // The matching documents' numbers, stopping after memberWalkUpTo(above): as cheap as
    // counting them. When there are no more than `above` they are the matches, so the page sorts
    // their cases without evaluating the match (a short term's OR of trigrams) a second time;
    // up to the second limit the page walks the date index and looks each case up in them; above
    // it the term is so common that a LIKE test per case finds a page within a few hundred.
    const qint64 upTo = memberWalkUpTo(above);
    DocNumbers matches(sqliteHandle(m_db), plan.match, upTo + 1);
    QList<qint64> docs;
    matches.readTo(docs, above + 1);
    if (const auto failed = matches.error())
        return *failed;
    if (counted)
        *counted = MatchCount{qint64(docs.size()), above};
    if (docs.size() > above) {
        // When the caller wants the exact total (the command line, the list's second count), a
        // second connection starts counting the matches in the upper half of the document numbers
        // now, while this one reads on: if the matches end before the second limit their number
        // is known and the count is cancelled; if not, this connection counts the rest of the lower
        // half from where it stopped reading (the numbers come in ascending order).
        const bool exact = counted && filter.withTotal && (filter.totalCap <= 0 || filter.totalCap > above);
        std::optional<UpperCount> upper;
        qint64 middle = 0;
        if (exact) {
            if (const auto split = splitPoint()) {
                middle = split->second;
                upper.emplace(split->first, plan.match, middle);
            }
        }
        matches.readTo(docs, upTo + 1);
        if (const auto failed = matches.error())
            return *failed;
        if (counted)
            *counted = MatchCount{qint64(docs.size()), upTo};
        if (docs.size() <= upTo) {
            if (upper)
                upper->cancel();
        } else {
            if (upper) {
                const auto low = matchesUpTo(plan.match, docs, middle);
                if (!low)
                    return low.error();
                const qint64 high = upper->result();
                if (high >= 0)
                    *counted = MatchCount{low.value() + high, std::numeric_limits<qint64>::max()};
            }
            return probedPage(filter);
        }
    }
    if (docs.isEmpty())
        return QStringList();
    const QString json = jsonNumbers(docs);
    Sql sql;
    if (docs.size() > above) {
        // Walk the date index; a case is on the page when its document is among the matches
        // (SQLite builds the IN list's lookup table once). An index seek per case tested instead
        // of the LIKE tests (~9 µs a case): 合伙 at a million cases tests ~2,800.
        sql.add(QStringLiteral("SELECT c.id FROM cases c WHERE 1 = 1"));
        addConditions(sql, filter, QStringLiteral("c"), QStringLiteral("x"));
        addSubtree(sql, filter, QStringLiteral("+c.handling_org"));
        sql.add(QStringLiteral(" AND (SELECT d.doc FROM case_fts_docs d WHERE d.case_id = c.id)"
                               " IN (SELECT value FROM json_each(:docs))"))
            .bind(QStringLiteral("docs"), json);
        return newestPageIds(sql, filter, m_db);
    }
    // CROSS JOIN keeps the documents as the outer loop: only matching cases are read and sorted.
    sql.add(QStringLiteral("SELECT c.id FROM json_each(:docs) m CROSS JOIN case_fts_docs d ON d.doc = m.value"
                           " CROSS JOIN cases c ON c.id = d.case_id WHERE 1 = 1"))
        .bind(QStringLiteral("docs"), json);
    addConditions(sql, filter, QStringLiteral("c"), QStringLiteral("x"));
    addSubtree(sql, filter, QStringLiteral("c.handling_org"));
    return newestPageIds(sql, filter, m_db);
}

std::optional<qint64> CaseListQuery::totalFrom(const MatchCount &counted, qint64 cap)
{
    if (counted.rows < 0)
        return std::nullopt;
    // total() counts the same rows, stopping after cap + 1 when there is a cap: the count that
    // stopped after stoppedAt + 1 gives that when it stopped no earlier, or did not stop at all.
    if (cap > 0 && cap <= counted.stoppedAt)
        return std::min(counted.rows, cap + 1);
    if (counted.rows <= counted.stoppedAt)
        return cap > 0 ? std::min(counted.rows, cap + 1) : counted.rows;
    return std::nullopt;
}

Result<CaseListQuery::Listing> CaseListQuery::list(const CaseFilter &requested) const
{
    auto normal = normalised(requested);
    if (!normal)
        return normal.error();
    const CaseFilter &filter = normal.value();
    const QString term = filter.search.trimmed();
    Listing listing;
    // The one shape whose total() counts the very rows searchedPage() may count already.
    const bool termOnly = !term.isEmpty() && !needsPlain(filter) && !filter.status
                          && filter.category.isEmpty() && filter.org.isEmpty();
    MatchCount counted;
    if (termOnly) {
        auto plan = CaseSearch(m_db).plan(term);
        if (!plan)
            return plan.error();
        if (plan->kind == CaseSearch::Plan::Kind::NoMatch)
            return listing;
        auto ids = searchedPage(filter, plan.value(), &counted);
        if (!ids)
            return ids.error();
        listing.ids = ids.value();
    } else {
        auto ids = pageIds(filter);
        if (!ids)
            return ids.error();
        listing.ids = ids.value();
    }
    if (!filter.withTotal)
        return listing;
    if (const auto derived = totalFrom(counted, filter.totalCap)) {
        listing.total = *derived;
        return listing;
    }
    auto all = total(filter);
    if (!all)
        return all.error();
    listing.total = all.value();
    return listing;
}

std::optional<std::pair<QByteArray, qint64>> CaseListQuery::splitPoint() const
{
    // Only outside a transaction (a second connection would not see its uncommitted rows) and on
    // a file. The halves are read a moment apart, each from a committed state.
    sqlite3 *handle = sqliteHandle(m_db);
    if (!handle || sqlite3_get_autocommit(handle) == 0)
        return std::nullopt;
    const char *file = sqlite3_db_filename(handle, "main");
    if (!file || !*file)
        return std::nullopt;
    const auto documents = highestDocument();
    if (!documents)
        return std::nullopt;
    return std::make_pair(QByteArray(file), documents.value() / 2);
}

Result<qint64> CaseListQuery::highestDocument() const
{
    // Documents are numbered from 1 in the order the cases were written: the highest number is
    // about the number of cases, for one index seek.
    Query q(m_db, "SELECT COALESCE(MAX(doc), 0) FROM case_fts_docs");
    TJ_TRY(q.exec());
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<qint64> CaseListQuery::matchesUpTo(const QString &match, const QList<qint64> &read, qint64 middle) const
{
    // `read`: the first matches in ascending order. Those up to `middle`, and past the last of
    // them (when it lies below `middle`) a count of the rest.
    const qint64 known = std::upper_bound(read.cbegin(), read.cend(), middle) - read.cbegin();
    if (read.isEmpty() || read.last() >= middle)
        return known;
    Query rest(m_db, "SELECT COUNT(*) FROM case_fts WHERE case_fts MATCH :match AND rowid > :from AND rowid <= :middle");
    rest.bind("match", match).bind("from", read.last()).bind("middle", middle);
    TJ_TRY(rest.exec());
    return known + (rest.next() ? rest.value(0).toLongLong() : 0);
}

namespace {
std::atomic<qint64> g_testProbeAbove{0};
std::atomic<qint64> g_testMemberWalkUpTo{0};
} // namespace

void CaseListQuery::setSearchLimitsForTests(qint64 probeAbove, qint64 memberWalkUpTo)
{
    g_testProbeAbove = probeAbove;
    g_testMemberWalkUpTo = memberWalkUpTo;
}

qint64 CaseListQuery::memberWalkUpTo(qint64 probeAbove)
{
    // Looking a case up costs an index seek (~1–2 µs) against ~9 µs for the LIKE tests, and
    // reading the m matches' numbers ~0.5 µs each: the look-up walk pays while
    // 50 N / m · 7.5 µs > 0.5 µs · m, i.e. m below ~sqrt(750 N), five times the threshold.
    if (const qint64 set = g_testMemberWalkUpTo.load(); set > 0)
        return set;
    return kMemberWalkFactor * probeAbove;
}

Result<qint64> CaseListQuery::probeThreshold() const
{
    if (const qint64 set = g_testProbeAbove.load(); set > 0)
        return set;
    if (dialect::isPostgres(m_db))
        return qint64(kProbeAbove);
    // Reading and sorting m matches costs ~m row reads; probing finds a page of 50 after
    // ~50 N / m cases. They cost the same near m = sqrt(50 N · probe/read cost) ≈ sqrt(30 N):
    // 1,700 matches at 100,000 cases, 5,500 at a million. N: the highest document number
    // (give or take deleted cases).
    const auto documents = highestDocument();
    if (!documents)
        return documents.error();
    return std::max<qint64>(kProbeAbove, qint64(std::sqrt(30.0 * double(documents.value()))));
}

Result<QStringList> CaseListQuery::probedPage(const CaseFilter &filter) const
{
    // A common term: walk the date index and test each case's text until the page is full,
    // instead of reading and sorting every match. (A MATCH restricted to one document opens an
    // iterator per trigram and index segment for each case: 590 ms for a page of 合伙 at
    // 100,000 cases, against 25 ms for these LIKEs; docs/scale.md.)
    Sql sql;
    sql.add(QStringLiteral("SELECT c.id FROM cases c WHERE 1 = 1"));
    addConditions(sql, filter, QStringLiteral("c"), QStringLiteral("x"));
    addSubtree(sql, filter, dialect::withoutIndex(m_db, QStringLiteral("c.handling_org")));
    sql.add(QStringLiteral(" AND "));
    addTextCondition(sql, m_db, QStringLiteral("c"), filter.search.trimmed());
    return newestPageIds(sql, filter, m_db);
}

Result<qint64> CaseListQuery::total(const CaseFilter &requested) const
{
    auto normal = normalised(requested);
    if (!normal)
        return normal.error();
    const CaseFilter &filter = normal.value();
    if (needsPlain(filter))
        return plainTotal(filter);
    const QString term = filter.search.trimmed();
    Sql sql;
    if (!term.isEmpty()) {
        auto plan = CaseSearch(m_db).plan(term);
        if (!plan)
            return plan.error();
        if (plan->kind == CaseSearch::Plan::Kind::NoMatch)
            return qint64(0);
        const bool plain = !filter.status && filter.category.isEmpty() && filter.org.isEmpty();
        if (plain && plan->kind == CaseSearch::Plan::Kind::Match) {
            sql.add(CaseSearch::matchRowsSql(m_db)).bind(QStringLiteral("match"), plan->match);
        } else {
            sql = matchedIds(m_db, plan.value(), term);
            sql.text = QStringLiteral("SELECT 1 FROM (") + sql.text
                       + dialect::outerFirstJoin(m_db, QStringLiteral(") m"), QStringLiteral("cases c ON c.id = m.id WHERE 1 = 1"));
            addConditions(sql, filter, QStringLiteral("c"), QStringLiteral("x"), false);
            addSubtree(sql, filter, QStringLiteral("c.handling_org"));
        }
        return countRows(sql, filter.totalCap, m_db);
    }
    // The summary holds one row per organisation, month, status and category: exact and cheap,
    // so no cap.
    sql.add(QStringLiteral("SELECT COALESCE(SUM(k.cases), 0) FROM case_counts k WHERE 1 = 1"));
    if (filter.status)
        sql.add(QStringLiteral(" AND k.status = :st")).bind(QStringLiteral("st"), statusCode(*filter.status));
    if (!filter.category.isEmpty())
        sql.add(QStringLiteral(" AND k.category = :ca")).bind(QStringLiteral("ca"), filter.category);
    addSubtree(sql, filter, QStringLiteral("k.org_code"));
    auto q = sql.run(m_db);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

} // namespace tj
