#pragma once

#include "cases/case.h"
#include "common/result.h"
#include "ledgercolumns.h"
#include "ledgerexport.h"
#include "users/user.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

namespace tj {

class Database;
class LedgerBulkWriter;

/// Which column of a ledger file holds which field: remembered as a JSON preset
/// {"columns": {"received_on": "收案日期", …}, "org": "QH-DS-A"}.
struct LedgerMapping
{
    QMap<LedgerField, QString> columns; ///< field -> header text in the file
    QString defaultOrg;                 ///< registering organisation when no column names it

    /// Maps every header the vocabulary recognises.
    static LedgerMapping detect(const QStringList &header);
    static Result<LedgerMapping> fromJson(const QJsonObject &o);
    static Result<LedgerMapping> load(const QString &path);
    QJsonObject toJson() const;
    Result<void> save(const QString &path) const;
};

/// A ledger row turned into what the services need, with its workflow history.
struct LedgerImportRow
{
    int row = 0; ///< 1-based line in the file, the header being line 1
    CaseIntake intake;
    CaseStatus status = CaseStatus::Registered;
    QDate acceptedOn;
    QDate closedOn;
    qint64 agreementFen = 0;
    QString reason;
    QStringList mediators;
    QString fingerprint;
    bool duplicate = false; ///< imported before (or earlier in the same file): skipped
};

struct LedgerRowError
{
    int row = 0;
    QString column;
    QString message;
};

struct LedgerPreview
{
    LedgerMapping mapping;
    QStringList unmappedHeaders;
    QList<LedgerImportRow> rows;
    QList<LedgerRowError> errors;
    int duplicates = 0;

    QJsonObject toJson(int sampleRows = 5) const;
    /// One line per bad row, for the error message of a refused import.
    QString errorReport() const;
};

/// Turns ledgers into cases: validates every row (dates, ID numbers, credit codes, amounts,
/// categories, outcomes), then imports all rows or none in one transaction, replaying intake,
/// acceptance, a session and closing with the ledger's dates as CaseService does. A row
/// imported before (same fingerprint) is skipped, so importing a file twice adds nothing.
class LedgerImport
{
    Q_DECLARE_TR_FUNCTIONS(Ledger)
public:
    /// How the rows are written. Both give the same rows and the same refusals.
    enum class WritePath {
        Auto,    ///< SQLite: LedgerBulkWriter (prepared statements, one trigger pass per case);
                 ///< PostgreSQL: CaseService per row
        Service, ///< CaseService per row on either engine (the reference the bulk path is tested against)
    };

    explicit LedgerImport(Database &db) : m_db(db) {}
    void setWritePath(WritePath path) { m_path = path; }

    Result<LedgerPreview> preview(const LedgerTable &table, const LedgerMapping &mapping) const;
    /// Imports; refused with errorReport() when any row is bad. Returns the preview with the
    /// rows imported (duplicates marked).
    Result<LedgerPreview> import(const Actor &actor, const LedgerTable &table,
                                 const LedgerMapping &mapping, const QString &sourceName);

    /// Reads a ledger date: 2026-03-02, 2026/3/2, 2026.3.2, 2026年3月2日 or an Excel serial.
    static QDate parseDate(const QString &text);
    /// Reads a ledger amount in yuan ("1,234.50", "¥800", 1234.5); nullopt when malformed.
    static std::optional<qint64> parseAmount(const QString &text);
    /// The agreement a settled row closes with: written, the reason as its content, and the
    /// agreed amount owed by the first respondent to the first applicant.
    static AgreementInput ledgerAgreement(const LedgerImportRow &row);

private:
    Result<void> importRow(const Actor &actor, const LedgerImportRow &row, const QString &source);
    /// Writes the new rows inside the import's transaction; a refused row is named in `p`.
    /// `bulk` null: through CaseService.
    Result<int> writeRows(LedgerBulkWriter *bulk, const Actor &actor, LedgerPreview &p,
                          const QString &sourceName);

    Database &m_db;
    WritePath m_path = WritePath::Auto;
};

} // namespace tj
