#pragma once

#include "users/user.h"

#include "cases/case.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace tj {

class Database;

/// A ledger as a table of text: the header and one row per case, in LedgerVocabulary order.
struct LedgerTable
{
    QStringList header;
    QList<QStringList> rows;
};

/// Writes the cases of a CaseFilter as a ledger (台账): xlsx (libxlsxwriter, typed dates and
/// amounts) or csv (UTF-8 with BOM, so Excel shows Chinese). Oldest case first.
class LedgerExport
{
    Q_DECLARE_TR_FUNCTIONS(Ledger)
public:
    /// Exports what `actor` may read (core narrows the filter to their jurisdiction; identifiers
    /// come masked as in every list). Each written ledger is an audit entry.
    LedgerExport(Database &db, const Actor &actor) : m_db(db), m_actor(actor) {}
    /// Writes ID and phone numbers whole (each case is an audited reveal; refused to users who
    /// may not reveal) — needed for a ledger that another office will import.
    void setReveal(bool reveal) { m_reveal = reveal; }

    /// Every case the filter matches (its limit is ignored); days of open cases run to `asOf`.
    Result<LedgerTable> table(const CaseFilter &filter, const QDate &asOf = {}) const;
    /// Writes by the file's extension (.xlsx or .csv); returns the number of cases written.
    Result<int> write(const QString &path, const CaseFilter &filter) const;

    static Result<void> writeCsv(const QString &path, const LedgerTable &table);
    static Result<void> writeXlsx(const QString &path, const LedgerTable &table);

private:
    Result<QStringList> rowFor(const Case &c, const QDate &asOf) const;

    Database &m_db;
    Actor m_actor;
    bool m_reveal = false;
};

} // namespace tj
