#include "casesearch.h"

#include "db/dialect.h"
#include "db/query.h"
#include "parties/identifiers.h"

namespace tj {

namespace {
constexpr char16_t kSeparator = 0x1f;

QString quoted(const QString &term)
{
    QString q = term;
    q.replace(u'"', QStringLiteral("\"\""));
    return u'"' + q + u'"';
}
} // namespace

QString CaseSearch::asciiLower(const QString &text)
{
    QString out = text;
    for (QChar &c : out)
        if (c.unicode() >= u'A' && c.unicode() <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    return out;
}

QString CaseSearch::likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

QString CaseSearch::matchedIdsSql(const QSqlDatabase &db)
{
    if (dialect::isPostgres(db))
        return QStringLiteral("SELECT s.case_id AS id FROM case_search s"
                              " WHERE s.body LIKE :match ESCAPE '\\'");
    return QStringLiteral("SELECT d.case_id AS id FROM case_fts f JOIN case_fts_docs d ON d.doc = f.rowid"
                          " WHERE case_fts MATCH :match");
}

QString CaseSearch::matchCountSql(const QSqlDatabase &db)
{
    if (dialect::isPostgres(db))
        return QStringLiteral("SELECT COUNT(*) FROM case_search WHERE body LIKE :match ESCAPE '\\'");
    return QStringLiteral("SELECT COUNT(*) FROM case_fts WHERE case_fts MATCH :match");
}

QString CaseSearch::matchOfCaseSql(const QSqlDatabase &db, const QString &caseId)
{
    if (dialect::isPostgres(db))
        return QStringLiteral("SELECT 1 FROM case_search f WHERE f.case_id = %1"
                              " AND f.body LIKE :match ESCAPE '\\'").arg(caseId);
    return QStringLiteral("SELECT 1 FROM case_fts f WHERE case_fts MATCH :match"
                          " AND f.rowid = (SELECT d.doc FROM case_fts_docs d WHERE d.case_id = %1)")
        .arg(caseId);
}

const char *CaseSearch::identifierIdsSql()
{
    return "SELECT p.case_id AS id FROM parties p WHERE p.id_number = :ident"
           " UNION SELECT p.case_id FROM parties p WHERE p.credit_code = :ident2";
}

Result<CaseSearch::Plan> CaseSearch::plan(const QString &rawTerm) const
{
    const QString term = asciiLower(rawTerm);
    Plan plan;
    // A whole identifier is a phrase of sixteen very common digit trigrams for the text index,
    // but one probe of an identifier index.
    const QString upper = rawTerm.trimmed().toUpper();
    if (upper.size() == 18
        && (Identifiers::checkResidentId(upper).isEmpty() || Identifiers::checkCreditCode(upper).isEmpty())) {
        plan.kind = Plan::Kind::Identifier;
        plan.identifier = upper;
        return plan;
    }
    if (term.isEmpty() || term.contains(QChar(kSeparator))) {
        plan.kind = Plan::Kind::Scan;
        return plan;
    }
    if (dialect::isPostgres(m_db)) {
        // The trigram index serves LIKE itself, for a term of any length.
        plan.kind = Plan::Kind::Match;
        plan.match = likePattern(term);
        return plan;
    }
    const qsizetype characters = term.toUcs4().size();
    if (characters >= 3) {
        plan.kind = Plan::Kind::Match;
        plan.match = quoted(term);
        return plan;
    }
    // Every trigram that begins with the term: the greatest code point closes the range.
    Query q(m_db, "SELECT term FROM case_fts_terms WHERE term >= :low AND term < :high");
    q.bind("low", term).bind("high", term + QString::fromUcs4(U"\U0010FFFF", 1));
    TJ_TRY(q.exec());
    QStringList terms;
    while (q.next())
        terms.append(quoted(q.value(0).toString()));
    if (terms.isEmpty())
        return plan;
    plan.kind = Plan::Kind::Match;
    plan.match = terms.join(QStringLiteral(" OR "));
    return plan;
}

} // namespace tj
