#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace tj {

/// The trigram full-text index over cases (migration 005: case_fts, case_fts_docs,
/// case_fts_terms). A term matches a case when it is a substring, ASCII letters compared
/// without case as LIKE does, of the case number, title or facts, or of a party's name, ID
/// number or credit code. Terms of three or more characters are one FTS5 phrase; one- and
/// two-character terms are expanded through the index vocabulary to the trigrams that begin
/// with them (every field ends with separators, so every occurrence begins a trigram).
/// On PostgreSQL the index is pg_trgm over case_search (migrations/pg/005): :match is then a
/// LIKE pattern of the lower-cased term, exact for terms of any length.
class CaseSearch
{
public:
    explicit CaseSearch(QSqlDatabase db) : m_db(std::move(db)) {}

    /// What to run for a term.
    struct Plan
    {
        enum class Kind { Match, NoMatch, Scan, Identifier } kind = Kind::NoMatch;
        QString match;      ///< the FTS5 MATCH expression when kind is Match
        QString identifier; ///< the whole ID number or credit code (upper case) when Identifier
    };

    /// Match for a usable term, NoMatch when the index proves nothing matches, Scan when the
    /// term holds the separator character and only an exhaustive LIKE scan is exact, Identifier
    /// for a complete, valid resident ID number or credit code: the cases of the parties that
    /// hold it, read from the identifier indexes (an 18-character identifier can be a substring
    /// of no other identifier or case number; mentions in titles and facts are not looked for).
    Result<Plan> plan(const QString &term) const;

    /// Lower-cases ASCII letters only, as SQLite's lower() and LIKE do.
    static QString asciiLower(const QString &text);
    /// Escapes % _ and \ for LIKE … ESCAPE '\' and wraps the text in %.
    static QString likePattern(const QString &text);
    /// A SELECT of the ids (column `id`) of the cases matching :match.
    static QString matchedIdsSql(const QSqlDatabase &db);
    /// A SELECT of one row per case matching :match (to count, with or without a LIMIT).
    static QString matchRowsSql(const QSqlDatabase &db);
    /// Vocabulary steps tried before a short term's trigrams are listed from the 'row' table.
    static constexpr int kSkipScanTerms = 32;
    /// A SELECT of the ids (column `id`) of the cases with a party holding :ident / :ident2.
    static const char *identifierIdsSql();

private:
    /// The index's trigrams that begin with a 1- or 2-character term.
    Result<QStringList> trigramsStartingWith(const QString &term) const;

    QSqlDatabase m_db;
};

} // namespace tj
