#include "monthlyreport.h"

#include "cases/case.h"
#include "cases/categories.h"
#include "common/clock.h"
#include "common/money.h"
#include "db/database.h"
#include "metrics.h"
#include "orgs/organisation.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>

#include <xlsxwriter.h>

namespace tj {

namespace {
using Tr = MonthlyReportService;

QString pct(const std::optional<double> &v)
{
    return v ? QStringLiteral("%1%").arg(*v * 100.0, 0, 'f', 2) : QStringLiteral("—");
}

QString num(qint64 n)
{
    return QString::number(n);
}

QString title(const char *field)
{
    return Metrics::find(QString::fromLatin1(field)).title;
}

QStringList countCells(const StatsCounts &c)
{
    return {num(c.registered), num(c.concluded), num(c.settled), num(c.failed), num(c.withdrawn),
            num(c.filed), num(c.notAccepted), pct(c.successRate()), money::formatYuan(c.amountFen)};
}
} // namespace

MonthlyReport::Table MonthlyReport::summaryTable() const
{
    const Figures &f = figures;
    return {
        {Tr::tr("Figure"), Tr::tr("Value")},
        {title("registered"), num(f.totals.registered)},
        {title("accepted"), num(f.accepted)},
        {title("concluded"), num(f.totals.concluded)},
        {title("settled"), num(f.totals.settled)},
        {title("success_rate"), pct(f.successRate)},
        {title("mediation_withdrawal_rate"), pct(f.mediationWithdrawalRate)},
        {title("litigation_rate"), pct(f.litigationRate)},
        {title("settled_in_village_share"), pct(f.settledInVillageShare)},
        {title("settled_at_or_below_township_share"), pct(f.settledAtOrBelowTownshipShare)},
        {title("cycle_days_average"),
         f.cycleDaysAverage ? QString::number(*f.cycleDaysAverage, 'f', 2) : QStringLiteral("—")},
        {title("overdue"), num(f.totals.overdue)},
        {title("amount_involved"), money::formatYuan(f.totals.amountFen)},
        {title("agreement_amount"), money::formatYuan(f.agreementAmountFen)},
        {Tr::tr("Agreements"), num(f.agreements)},
    };
}

MonthlyReport::Table MonthlyReport::categoryTable() const
{
    Table t{{Tr::tr("Category"), title("registered"), title("concluded"), title("settled"),
             title("failed"), title("withdrawn"), title("filed"), title("not_accepted"),
             title("success_rate"), Tr::tr("Amount involved (yuan)")}};
    for (const Category &category : CategoryCatalog::instance().categories()) {
        StatsCounts counts;
        for (const StatsRow &row : figures.byCategory)
            if (row.key == category.name)
                counts = row.counts;
        t.append(QStringList{CategoryCatalog::instance().displayName(category.name)} + countCells(counts));
    }
    // Categories outside the catalogue (older data) still count in the total.
    t.append(QStringList{Tr::tr("Total")} + countCells(figures.totals));
    return t;
}

MonthlyReport::Table MonthlyReport::sourceTable() const
{
    Table t{{Tr::tr("Source"), title("registered"), title("concluded"), title("settled")}};
    for (CaseSource s : {CaseSource::Application, CaseSource::Initiative, CaseSource::Transfer,
                         CaseSource::Delegation, CaseSource::Hotline}) {
        StatsCounts counts;
        for (const StatsRow &row : figures.bySource)
            if (row.key == sourceCode(s))
                counts = row.counts;
        t.append({sourceName(s), num(counts.registered), num(counts.concluded), num(counts.settled)});
    }
    return t;
}

MonthlyReport::Table MonthlyReport::preventionTable() const
{
    return {{Tr::tr("Prevented"), Tr::tr("Cases"), Tr::tr("Persons")},
            {title("prevented_criminal_cases"), num(figures.preventedCriminalCases),
             num(figures.preventedCriminalPersons)},
            {title("prevented_petition_cases"), num(figures.preventedPetitionCases),
             num(figures.preventedPetitionPersons)}};
}

Result<MonthlyReport> MonthlyReportService::build(const QString &org, const QString &month) const
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto m = re.match(month);
    const QDate first = m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1) : QDate();
    if (!first.isValid())
        return makeError(ErrorKind::Usage, tr("Give the month as YYYY-MM, not \"%1\".").arg(month));
    if (first > QDate::currentDate())
        return makeError(ErrorKind::Validation, tr("The month %1 has not begun.").arg(month));
    MonthlyReport report;
    report.org = org;
    report.year = first.year();
    report.month = first.month();
    report.orgName = tr("Whole county");
    if (!org.isEmpty()) {
        auto found = OrganisationService(m_db).find(org);
        if (!found)
            return found.error();
        report.orgName = found->name;
    }
    const QDate last = first.addMonths(1).addDays(-1);
    StatsQuery query{org, first, last, std::min(last, QDate::currentDate())};
    auto figures = Statistics(m_db).compute(query);
    if (!figures)
        return figures.error();
    report.figures = figures.value();
    return report;
}

namespace {
QString htmlRows(const MonthlyReport::Table &table, bool lastIsTotal = false)
{
    QString html;
    for (int r = 0; r < table.size(); ++r) {
        const bool total = lastIsTotal && r == table.size() - 1;
        html += total ? QStringLiteral("<tr class=\"total\">") : QStringLiteral("<tr>");
        for (int c = 0; c < table[r].size(); ++c) {
            const QString cell = table[r][c].toHtmlEscaped();
            if (r == 0)
                html += QStringLiteral("<th>%1</th>").arg(cell);
            else
                html += c == 0 ? QStringLiteral("<td>%1</td>").arg(cell)
                               : QStringLiteral("<td class=\"num\" align=\"right\">%1</td>").arg(cell);
        }
        html += QStringLiteral("</tr>\n");
    }
    return html;
}

QString reportTitle(const MonthlyReport &r)
{
    return Tr::tr("People's mediation monthly report, %1-%2")
        .arg(r.year).arg(r.month, 2, 10, QLatin1Char('0'));
}
} // namespace

QString MonthlyReportService::html(const MonthlyReport &report)
{
    QFile file(QStringLiteral(":/tiaojie/templates/monthly_report.html"));
    QString html = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    const Figures &f = report.figures;
    const QList<std::pair<const char *, QString>> values = {
        {"title", reportTitle(report).toHtmlEscaped()},
        {"org", report.orgName.toHtmlEscaped()},
        {"period", tr("%1 to %2").arg(isoDate(f.query.from), isoDate(f.query.to))},
        {"summary_heading", tr("Summary").toHtmlEscaped()},
        {"category_heading", tr("Disputes by category and outcome").toHtmlEscaped()},
        {"source_heading", tr("Disputes by source").toHtmlEscaped()},
        {"prevention_heading", tr("Prevention").toHtmlEscaped()},
        {"summary_rows", htmlRows(report.summaryTable())},
        {"category_rows", htmlRows(report.categoryTable(), true)},
        {"source_rows", htmlRows(report.sourceTable())},
        {"prevention_rows", htmlRows(report.preventionTable())},
        {"generated", tr("Generated %1 by Tiaojie; definitions in docs/metrics.md.")
                          .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                          .toHtmlEscaped()},
    };
    for (const auto &[key, value] : values)
        html.replace(QStringLiteral("{{%1}}").arg(QLatin1String(key)), value);
    return html;
}

Result<void> MonthlyReportService::writePdf(const MonthlyReport &report, const QString &path)
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return makeError(ErrorKind::Storage, tr("Cannot write %1: %2").arg(path, probe.errorString()));
    }
    QPdfWriter writer(path);
    writer.setTitle(reportTitle(report));
    writer.setCreator(QStringLiteral("Tiaojie"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter));
    QTextDocument document;
    document.setHtml(html(report));
    document.print(&writer);
    return {};
}

namespace {
void writeSheet(lxw_workbook *book, const QString &name, const QString &heading,
                const MonthlyReport::Table &table, lxw_format *bold)
{
    lxw_worksheet *sheet = workbook_add_worksheet(book, name.toUtf8().constData());
    worksheet_write_string(sheet, 0, 0, heading.toUtf8().constData(), bold);
    for (int r = 0; r < table.size(); ++r) {
        for (int c = 0; c < table[r].size(); ++c) {
            const QString &cell = table[r][c];
            bool isNumber = false;
            const double value = cell.toDouble(&isNumber);
            const auto xr = lxw_row_t(r + 2);
            const auto xc = lxw_col_t(c);
            if (r > 0 && c > 0 && isNumber)
                worksheet_write_number(sheet, xr, xc, value, nullptr);
            else
                worksheet_write_string(sheet, xr, xc, cell.toUtf8().constData(), r == 0 ? bold : nullptr);
        }
    }
    worksheet_set_column(sheet, 0, 0, 26, nullptr);
    worksheet_set_column(sheet, 1, 12, 12, nullptr);
}
} // namespace

Result<void> MonthlyReportService::writeXlsx(const MonthlyReport &report, const QString &path)
{
    lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
    if (!book)
        return makeError(ErrorKind::Storage, tr("Cannot write %1.").arg(path));
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    const QString heading = reportTitle(report) + QStringLiteral(" — ") + report.orgName;
    writeSheet(book, tr("Summary"), heading, report.summaryTable(), bold);
    writeSheet(book, tr("Categories"), heading, report.categoryTable(), bold);
    writeSheet(book, tr("Sources"), heading, report.sourceTable(), bold);
    writeSheet(book, tr("Prevention"), heading, report.preventionTable(), bold);
    const lxw_error error = workbook_close(book);
    if (error != LXW_NO_ERROR)
        return makeError(ErrorKind::Storage,
                         tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(error))));
    return {};
}

Result<void> MonthlyReportService::write(const MonthlyReport &report, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return writePdf(report, path);
    if (suffix == QLatin1String("xlsx"))
        return writeXlsx(report, path);
    return makeError(ErrorKind::Usage, tr("The report is written as .pdf or .xlsx, not \"%1\".").arg(path));
}

} // namespace tj
