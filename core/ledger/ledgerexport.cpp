#include "ledgerexport.h"

#include "security/audit.h"

#include "cases/caseservice.h"
#include "cases/casestore.h"
#include "common/clock.h"
#include "common/money.h"
#include "db/database.h"
#include "db/query.h"
#include "ledgercolumns.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <xlsxwriter.h>

namespace tj {

namespace {
QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n')
        && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

bool isDateField(int column)
{
    const auto f = LedgerField(column);
    return f == LedgerField::ReceivedOn || f == LedgerField::AcceptedOn || f == LedgerField::ClosedOn;
}

bool isAmountField(int column)
{
    const auto f = LedgerField(column);
    return f == LedgerField::Amount || f == LedgerField::AgreementAmount;
}
} // namespace

Result<LedgerTable> LedgerExport::table(const CaseFilter &filter, const QDate &asOf) const
{
    LedgerTable table;
    for (const LedgerColumn &c : LedgerVocabulary::columns())
        table.header.append(c.header);
    CaseService cases(m_db);
    CaseFilter page = filter;
    page.limit = 1000;
    const QDate day = asOf.isValid() ? asOf : QDate::currentDate();
    while (true) {
        auto result = cases.list(m_actor, page);
        if (!result)
            return result.error();
        for (const Case &listed : result->cases) {
            Case c = listed;
            if (m_reveal) {
                auto whole = cases.reveal(m_actor, listed.id);
                if (!whole)
                    return whole.error();
                c = whole.value();
            }
            auto row = rowFor(c, day);
            if (!row)
                return row.error();
            table.rows.prepend(row.value());
        }
        if (result->cases.size() < page.limit)
            break;
        page.afterReceivedOn = result->cases.last().receivedOn;
        page.afterId = result->cases.last().id;
    }
    return table;
}

Result<QStringList> LedgerExport::rowFor(const Case &c, const QDate &asOf) const
{
    QSqlDatabase db = m_db.connection();
    auto sessions = CaseStore(db).sessions(c.id);
    if (!sessions)
        return sessions.error();
    QStringList mediators;
    for (const Session &s : sessions.value())
        for (const QString &m : s.mediators)
            if (!mediators.contains(m))
                mediators.append(m);
    Query q(db, "SELECT amount_fen, effective_on FROM agreements WHERE case_id = :case");
    q.bind("case", c.id);
    TJ_TRY(q.exec());
    QString agreementAmount;
    QString performance;
    if (q.next()) {
        agreementAmount = money::formatYuan(q.value(0).toLongLong());
        const QString effective = q.value(1).toString();
        performance = effective.isEmpty() ? tr("agreement not yet effective")
                                          : tr("agreement effective %1").arg(effective);
    }
    const QDate end = c.closedOn.isValid() ? c.closedOn : asOf;
    const auto date = [](const QDate &d) { return d.isValid() ? isoDate(d) : QString(); };
    QStringList row(static_cast<qsizetype>(LedgerField::Count));
    row[int(LedgerField::Number)] = c.number;
    row[int(LedgerField::Org)] = c.registeringOrg;
    row[int(LedgerField::HandlingOrg)] = c.handlingOrgName;
    row[int(LedgerField::ReceivedOn)] = date(c.receivedOn);
    row[int(LedgerField::AcceptedOn)] = date(c.acceptedOn);
    row[int(LedgerField::ClosedOn)] = date(c.closedOn);
    row[int(LedgerField::Source)] = LedgerVocabulary::sourceTerm(c.source);
    row[int(LedgerField::Category)] = c.category;
    row[int(LedgerField::Subcategory)] = c.subcategory;
    row[int(LedgerField::Title)] = c.title;
    row[int(LedgerField::Applicants)] = LedgerVocabulary::partiesText(c.parties, PartyRole::Applicant);
    row[int(LedgerField::Respondents)] = LedgerVocabulary::partiesText(c.parties, PartyRole::Respondent);
    row[int(LedgerField::Facts)] = c.facts;
    row[int(LedgerField::Claims)] = c.claims;
    row[int(LedgerField::Mediators)] = mediators.join(QStringLiteral("、"));
    row[int(LedgerField::Outcome)] = LedgerVocabulary::statusTerm(c.status);
    row[int(LedgerField::OutcomeReason)] = c.outcomeReason;
    row[int(LedgerField::Amount)] = money::formatYuan(c.amountFen);
    row[int(LedgerField::AgreementAmount)] = agreementAmount;
    row[int(LedgerField::Performance)] = performance;
    row[int(LedgerField::Days)] = QString::number(c.receivedOn.daysTo(end));
    return row;
}

Result<int> LedgerExport::write(const QString &path, const CaseFilter &filter) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        return makeError(ErrorKind::Usage, tr("A ledger is written as .xlsx or .csv, not \"%1\".").arg(path));
    auto t = table(filter);
    if (!t)
        return t.error();
    TJ_TRY(suffix == QLatin1String("csv") ? writeCsv(path, t.value()) : writeXlsx(path, t.value()));
    TJ_TRY(AuditLog(m_db.connection())
               .record(AuditEntry::of(m_actor, QStringLiteral("ledger.export"),
                                      QStringLiteral("case"), QString(),
                                      QStringLiteral("%1 cases to %2")
                                          .arg(t->rows.size())
                                          .arg(QFileInfo(path).fileName()))));
    return int(t->rows.size());
}

Result<void> LedgerExport::writeCsv(const QString &path, const LedgerTable &table)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorKind::Storage, tr("Cannot write %1: %2").arg(path, file.errorString()));
    QByteArray out("\xEF\xBB\xBF"); // BOM: Excel then reads the file as UTF-8
    auto line = [&](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted.append(csvField(f));
        out += quoted.join(u',').toUtf8() + "\r\n";
    };
    line(table.header);
    for (const QStringList &row : table.rows)
        line(row);
    if (file.write(out) != out.size() || !file.commit())
        return makeError(ErrorKind::Storage, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Result<void> LedgerExport::writeXlsx(const QString &path, const LedgerTable &table)
{
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook *book = workbook_new(file.constData());
    if (!book)
        return makeError(ErrorKind::Storage, tr("Cannot write %1.").arg(path));
    lxw_worksheet *sheet = workbook_add_worksheet(book, tr("Ledger").toUtf8().constData());
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format *dateFormat = workbook_add_format(book);
    format_set_num_format(dateFormat, "yyyy-mm-dd");
    lxw_format *moneyFormat = workbook_add_format(book);
    format_set_num_format(moneyFormat, "0.00");
    for (int c = 0; c < table.header.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), table.header[c].toUtf8().constData(), bold);
    worksheet_freeze_panes(sheet, 1, 0);
    for (int r = 0; r < table.rows.size(); ++r) {
        const QStringList &row = table.rows[r];
        const auto xr = lxw_row_t(r + 1);
        for (int c = 0; c < row.size(); ++c) {
            const QString &v = row[c];
            const auto xc = lxw_col_t(c);
            if (v.isEmpty())
                continue;
            const QDate date = parseIsoDate(v);
            if (isDateField(c) && date.isValid()) {
                lxw_datetime dt{date.year(), date.month(), date.day(), 0, 0, 0.0};
                worksheet_write_datetime(sheet, xr, xc, &dt, dateFormat);
            } else if (isAmountField(c) || LedgerField(c) == LedgerField::Days) {
                worksheet_write_number(sheet, xr, xc, v.toDouble(),
                                       isAmountField(c) ? moneyFormat : nullptr);
            } else {
                worksheet_write_string(sheet, xr, xc, v.toUtf8().constData(), nullptr);
            }
        }
    }
    worksheet_set_column(sheet, 0, lxw_col_t(table.header.size() - 1), 14, nullptr);
    const lxw_error error = workbook_close(book);
    if (error != LXW_NO_ERROR)
        return makeError(ErrorKind::Storage,
                         tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(error))));
    return {};
}

} // namespace tj
