#pragma once

#include "common/result.h"
#include "statistics.h"

#include <QCoreApplication>
#include <QStringList>

namespace tj {

class Database;

/// The MoJ people's-mediation monthly report of an area: headline figures, categories ×
/// outcomes (all fifteen categories, zeros included), sources, amounts and prevented counts.
struct MonthlyReport
{
    QString org;     ///< empty for the whole county
    QString orgName; ///< display name of the area
    int year = 0;
    int month = 0;
    Figures figures;

    /// A table as rows of cells; the first row holds the headings.
    using Table = QList<QStringList>;
    Table summaryTable() const;
    Table categoryTable() const; ///< last row is the total
    Table sourceTable() const;
    Table preventionTable() const;
};

/// Builds the report and writes it as xlsx (libxlsxwriter) or PDF (QPdfWriter + QTextDocument
/// over the HTML template resources/templates/monthly_report.html). PDF needs a
/// QGuiApplication (fonts); the command line makes one for `report`.
class MonthlyReportService
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReport)
public:
    explicit MonthlyReportService(Database &db) : m_db(db) {}

    /// `month` as YYYY-MM.
    Result<MonthlyReport> build(const QString &org, const QString &month) const;
    /// Writes by the extension of `path` (.pdf or .xlsx).
    static Result<void> write(const MonthlyReport &report, const QString &path);
    static Result<void> writeXlsx(const MonthlyReport &report, const QString &path);
    static Result<void> writePdf(const MonthlyReport &report, const QString &path);
    static QString html(const MonthlyReport &report);

private:
    Database &m_db;
};

} // namespace tj
