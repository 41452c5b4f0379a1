#include "ledgerimport.h"

#include "cases/caseservice.h"
#include "cases/categories.h"
#include "common/clock.h"
#include "common/money.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "ledgerbulkwriter.h"
#include "orgs/organisation.h"
#include "parties/identifiers.h"
#include "security/audit.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <cmath>

namespace tj {

LedgerMapping LedgerMapping::detect(const QStringList &header)
{
    LedgerMapping m;
    for (const QString &h : header)
        if (const auto f = LedgerVocabulary::fieldForHeader(h); f && !m.columns.contains(*f))
            m.columns.insert(*f, h);
    return m;
}

Result<LedgerMapping> LedgerMapping::fromJson(const QJsonObject &o)
{
    LedgerMapping m;
    const QJsonObject columns = o.value(QStringLiteral("columns")).toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const auto field = LedgerVocabulary::fieldForKey(it.key());
        if (!field)
            return makeError(ErrorKind::Validation,
                             LedgerImport::tr("The mapping names an unknown field \"%1\".").arg(it.key()));
        m.columns.insert(*field, it.value().toString());
    }
    m.defaultOrg = o.value(QStringLiteral("org")).toString();
    return m;
}

Result<LedgerMapping> LedgerMapping::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::NotFound, LedgerImport::tr("Cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return makeError(ErrorKind::Validation,
                         LedgerImport::tr("%1 is not a JSON mapping: %2").arg(path, error.errorString()));
    return fromJson(doc.object());
}

QJsonObject LedgerMapping::toJson() const
{
    QJsonObject columnsJson;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        columnsJson.insert(LedgerVocabulary::column(it.key()).key, it.value());
    QJsonObject o{{QStringLiteral("columns"), columnsJson}};
    if (!defaultOrg.isEmpty())
        o.insert(QStringLiteral("org"), defaultOrg);
    return o;
}

Result<void> LedgerMapping::save(const QString &path) const
{
    QSaveFile file(path);
    const QByteArray data = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return makeError(ErrorKind::Storage, LedgerImport::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

QJsonObject LedgerPreview::toJson(int sampleRows) const
{
    QJsonArray errorsJson;
    for (const LedgerRowError &e : errors)
        errorsJson.append(QJsonObject{{QStringLiteral("row"), e.row},
                                      {QStringLiteral("column"), e.column},
                                      {QStringLiteral("message"), e.message}});
    QJsonArray sample;
    for (const LedgerImportRow &r : rows) {
        if (sample.size() >= sampleRows)
            break;
        sample.append(QJsonObject{{QStringLiteral("row"), r.row},
                                  {QStringLiteral("org"), r.intake.org},
                                  {QStringLiteral("received_on"), isoDate(r.intake.receivedOn)},
                                  {QStringLiteral("category"), r.intake.category},
                                  {QStringLiteral("title"), r.intake.title},
                                  {QStringLiteral("status"), statusCode(r.status)},
                                  {QStringLiteral("duplicate"), r.duplicate}});
    }
    return QJsonObject{{QStringLiteral("mapping"), mapping.toJson()},
                       {QStringLiteral("unmapped"), QJsonArray::fromStringList(unmappedHeaders)},
                       {QStringLiteral("rows"), int(rows.size())},
                       {QStringLiteral("duplicates"), duplicates},
                       {QStringLiteral("imported"), int(rows.size()) - duplicates},
                       {QStringLiteral("errors"), errorsJson},
                       {QStringLiteral("preview"), sample}};
}

QString LedgerPreview::errorReport() const
{
    QStringList lines;
    for (const LedgerRowError &e : errors)
        lines.append(e.column.isEmpty() ? LedgerImport::tr("row %1: %2").arg(e.row).arg(e.message)
                                        : LedgerImport::tr("row %1, %2: %3").arg(e.row).arg(e.column, e.message));
    return LedgerImport::tr("%n row(s) of the ledger are wrong; nothing was imported.", nullptr,
                            int(errors.size()))
           + u'\n' + lines.join(u'\n');
}

QDate LedgerImport::parseDate(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    bool numeric = false;
    const double serial = t.toDouble(&numeric);
    if (numeric) // Excel's day count from 1899-12-30 (a date cell read as its number)
        return serial >= 1 && serial < 100000 ? QDate(1899, 12, 30).addDays(qint64(serial)) : QDate();
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    const auto m = re.match(t.left(20).section(u' ', 0, 0).section(u'T', 0, 0));
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

std::optional<qint64> LedgerImport::parseAmount(const QString &text)
{
    QString t = text.trimmed();
    t.remove(u',').remove(u'，').remove(u'¥').remove(u'￥').remove(QStringLiteral("元"));
    if (t.isEmpty())
        return qint64(0);
    if (auto exact = money::parseYuan(t))
        return exact;
    // Spreadsheet numbers may carry binary noise ("1234.5000000001"): accept whole fen only.
    bool ok = false;
    const double value = t.toDouble(&ok);
    if (!ok || value < 0 || value > 1e13)
        return std::nullopt;
    const double fen = value * 100.0;
    if (std::abs(fen - std::round(fen)) > 1e-4)
        return std::nullopt;
    return qint64(std::llround(fen));
}

namespace {
struct RowReader
{
    const LedgerTable &table;
    const LedgerMapping &mapping;
    QMap<LedgerField, int> index;
    QList<LedgerRowError> *errors;
    int rowNumber = 0;
    const QStringList *cells = nullptr;

    QString get(LedgerField f) const
    {
        const int i = index.value(f, -1);
        return i >= 0 && i < cells->size() ? cells->at(i).trimmed() : QString();
    }
    void fail(LedgerField f, const QString &message) const
    {
        errors->append(LedgerRowError{rowNumber, mapping.columns.value(f, LedgerVocabulary::column(f).header), message});
    }
    QDate date(LedgerField f, bool required) const
    {
        const QString text = get(f);
        if (text.isEmpty()) {
            if (required)
                fail(f, LedgerImport::tr("the date is missing."));
            return {};
        }
        const QDate d = LedgerImport::parseDate(text);
        if (!d.isValid())
            fail(f, LedgerImport::tr("\"%1\" is not a date.").arg(text));
        else if (d > QDate::currentDate())
            fail(f, LedgerImport::tr("%1 lies in the future.").arg(isoDate(d)));
        return d;
    }
};

void checkParties(const RowReader &r, LedgerField f, const QList<Party> &parties)
{
    if (parties.isEmpty())
        r.fail(f, LedgerImport::tr("no party is named."));
    for (const Party &p : parties) {
        const QString problem = p.kind == PartyKind::Person
                                    ? (p.idNumber.isEmpty() ? QString() : Identifiers::checkResidentId(p.idNumber))
                                    : (p.creditCode.isEmpty() ? QString() : Identifiers::checkCreditCode(p.creditCode));
        if (!problem.isEmpty())
            r.fail(f, QStringLiteral("%1: %2").arg(p.name, problem));
    }
}

QString fingerprintOf(const LedgerImportRow &row, const QString &applicants, const QString &respondents)
{
    const QStringList parts = {row.intake.org, isoDate(row.intake.receivedOn), row.intake.category,
                               row.intake.title, applicants, respondents, row.intake.facts};
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256).toHex());
}

void readOutcome(const RowReader &r, LedgerImportRow &row)
{
    const QString outcome = r.get(LedgerField::Outcome);
    if (!outcome.isEmpty()) {
        const auto status = LedgerVocabulary::statusFromTerm(outcome);
        if (!status)
            r.fail(LedgerField::Outcome, LedgerImport::tr("\"%1\" is not an outcome.").arg(outcome));
        // A transfer still waiting is not replayed: the case arrives in mediation at the
        // organisation that registered it.
        else if (*status == CaseStatus::Referred || *status == CaseStatus::Delegated)
            row.status = CaseStatus::InMediation;
        else
            row.status = *status;
    }
    row.acceptedOn = r.date(LedgerField::AcceptedOn, false);
    row.closedOn = r.date(LedgerField::ClosedOn, isClosed(row.status));
    row.reason = r.get(LedgerField::OutcomeReason);
    if (row.reason.isEmpty() && row.status != CaseStatus::Settled)
        row.reason = LedgerImport::tr("Recorded in the ledger.");
    if (row.status != CaseStatus::Registered && row.status != CaseStatus::NotAccepted
        && !row.acceptedOn.isValid())
        row.acceptedOn = row.intake.receivedOn;
    const QDate received = row.intake.receivedOn;
    if (received.isValid() && row.acceptedOn.isValid() && row.acceptedOn < received)
        r.fail(LedgerField::AcceptedOn, LedgerImport::tr("accepted before it was received."));
    if (row.closedOn.isValid() && (row.closedOn < received || (row.acceptedOn.isValid() && row.closedOn < row.acceptedOn)))
        r.fail(LedgerField::ClosedOn, LedgerImport::tr("closed before it was received or accepted."));
    const auto agreement = LedgerImport::parseAmount(r.get(LedgerField::AgreementAmount));
    if (!agreement)
        r.fail(LedgerField::AgreementAmount, LedgerImport::tr("\"%1\" is not an amount in yuan.").arg(r.get(LedgerField::AgreementAmount)));
    row.agreementFen = agreement.value_or(0);
    // Compiled once: compiling the pattern for each row was a fifth of an import's time.
    static const QRegularExpression mediatorSeparators(QStringLiteral("[、,，;；\\s]+"));
    row.mediators = r.get(LedgerField::Mediators).split(mediatorSeparators, Qt::SkipEmptyParts);
}
// Reads one row's dispute and history; problems go to the reader's error list.
LedgerImportRow readRow(const RowReader &r, OrganisationService &orgs, QSet<QString> &knownOrgs,
                        QString &applicants, QString &respondents)
{
    LedgerImportRow row;
    row.row = r.rowNumber;
    CaseIntake &in = row.intake;
    in.org = r.get(LedgerField::Org).isEmpty() ? r.mapping.defaultOrg : r.get(LedgerField::Org);
    if (!knownOrgs.contains(in.org)) {
        if (orgs.find(in.org))
            knownOrgs.insert(in.org);
        else
            r.fail(LedgerField::Org, LedgerImport::tr("there is no organisation \"%1\".").arg(in.org));
    }
    in.receivedOn = r.date(LedgerField::ReceivedOn, true);
    const Category *category = CategoryCatalog::instance().find(r.get(LedgerField::Category));
    if (!category)
        r.fail(LedgerField::Category, LedgerImport::tr("\"%1\" is not one of the dispute categories.").arg(r.get(LedgerField::Category)));
    else
        in.category = category->name;
    in.subcategory = r.get(LedgerField::Subcategory);
    if (!r.get(LedgerField::Source).isEmpty()) {
        const auto source = LedgerVocabulary::sourceFromTerm(r.get(LedgerField::Source));
        if (!source)
            r.fail(LedgerField::Source, LedgerImport::tr("\"%1\" is not a case source.").arg(r.get(LedgerField::Source)));
        in.source = source.value_or(CaseSource::Application);
    }
    applicants = r.get(LedgerField::Applicants);
    respondents = r.get(LedgerField::Respondents);
    in.parties = LedgerVocabulary::partiesFromText(applicants, PartyRole::Applicant);
    checkParties(r, LedgerField::Applicants, in.parties);
    const QList<Party> others = LedgerVocabulary::partiesFromText(respondents, PartyRole::Respondent);
    checkParties(r, LedgerField::Respondents, others);
    in.parties += others;
    in.facts = r.get(LedgerField::Facts);
    if (in.facts.isEmpty())
        r.fail(LedgerField::Facts, LedgerImport::tr("the facts are missing."));
    in.claims = r.get(LedgerField::Claims);
    in.title = r.get(LedgerField::Title);
    if (in.title.isEmpty() && !in.parties.isEmpty() && category)
        in.title = LedgerImport::tr("%1 and %2: %3 dispute").arg(in.parties.first().name, others.value(0).name, category->name);
    const auto amount = LedgerImport::parseAmount(r.get(LedgerField::Amount));
    if (!amount)
        r.fail(LedgerField::Amount, LedgerImport::tr("\"%1\" is not an amount in yuan.").arg(r.get(LedgerField::Amount)));
    in.amountFen = amount.value_or(0);
    readOutcome(r, row);
    return row;
}
} // namespace

Result<LedgerPreview> LedgerImport::preview(const LedgerTable &table, const LedgerMapping &mapping) const
{
    LedgerPreview p;
    p.mapping = mapping;
    RowReader r{table, mapping, {}, &p.errors};
    for (auto it = mapping.columns.cbegin(); it != mapping.columns.cend(); ++it) {
        const int i = table.header.indexOf(it.value());
        if (i < 0)
            return makeError(ErrorKind::Validation, tr("The ledger has no column \"%1\" (mapped to %2).")
                                                        .arg(it.value(), LedgerVocabulary::column(it.key()).key));
        r.index.insert(it.key(), i);
    }
    for (const QString &h : table.header)
        if (!h.isEmpty() && !mapping.columns.values().contains(h))
            p.unmappedHeaders.append(h);
    for (LedgerField required : {LedgerField::ReceivedOn, LedgerField::Category, LedgerField::Applicants,
                                 LedgerField::Respondents, LedgerField::Facts})
        if (!r.index.contains(required))
            return makeError(ErrorKind::Validation, tr("No column of the ledger is mapped to %1.")
                                                        .arg(LedgerVocabulary::column(required).header));
    if (!r.index.contains(LedgerField::Org) && mapping.defaultOrg.isEmpty())
        return makeError(ErrorKind::Usage, tr("The ledger has no organisation column: name the organisation (--org)."));

    OrganisationService orgs(m_db);
    QSet<QString> knownOrgs;
    QSet<QString> seen;
    // One statement for every row's look-up, prepared once.
    Query known(m_db.connection(), "SELECT 1 FROM ledger_imports WHERE fingerprint = :f");
    for (int i = 0; i < table.rows.size(); ++i) {
        r.rowNumber = i + 2;
        r.cells = &table.rows[i];
        if (std::all_of(r.cells->begin(), r.cells->end(), [](const QString &c) { return c.trimmed().isEmpty(); }))
            continue;
        const int errorsBefore = int(p.errors.size());
        QString applicants;
        QString respondents;
        LedgerImportRow row = readRow(r, orgs, knownOrgs, applicants, respondents);
        if (int(p.errors.size()) != errorsBefore)
            continue;
        row.fingerprint = fingerprintOf(row, applicants, respondents);
        known.bind("f", row.fingerprint);
        TJ_TRY(known.exec());
        row.duplicate = known.next() || seen.contains(row.fingerprint);
        seen.insert(row.fingerprint);
        p.duplicates += row.duplicate ? 1 : 0;
        p.rows.append(row);
    }
    return p;
}

AgreementInput LedgerImport::ledgerAgreement(const LedgerImportRow &row)
{
    AgreementInput a;
    a.kind = QStringLiteral("written");
    a.content = row.reason.isEmpty() ? tr("Agreement recorded in the ledger.") : row.reason;
    const Party *debtor = nullptr;
    const Party *creditor = nullptr;
    for (const Party &p : row.intake.parties) {
        if (p.role == PartyRole::Respondent && !debtor)
            debtor = &p;
        if (p.role == PartyRole::Applicant && !creditor)
            creditor = &p;
    }
    if (row.agreementFen > 0 && debtor && creditor)
        a.obligations.append(Obligation{debtor->name, creditor->name, row.agreementFen, {}});
    return a;
}

Result<void> LedgerImport::importRow(const Actor &actor, const LedgerImportRow &row, const QString &source)
{
    CaseService cases(m_db);
    auto created = cases.intake(actor, row.intake);
    if (!created)
        return created.error();
    const QString id = created->record.id;
    if (row.status == CaseStatus::NotAccepted) {
        TJ_TRY(cases.reject(actor, id, row.reason, row.closedOn));
    } else if (row.status != CaseStatus::Registered && row.status != CaseStatus::Filed) {
        TJ_TRY(cases.accept(actor, id, row.acceptedOn));
        if (!row.mediators.isEmpty()) {
            SessionInput s{row.closedOn.isValid() ? row.closedOn : row.acceptedOn, QString(), row.mediators, {},
                           tr("Mediation recorded in the ledger.")};
            TJ_TRY(cases.addSession(actor, id, s));
        }
    }
    if (isClosed(row.status) && row.status != CaseStatus::NotAccepted) {
        CloseInput close;
        close.outcome = row.status == CaseStatus::Settled ? Outcome::Settled
                        : row.status == CaseStatus::Failed ? Outcome::Failed
                        : row.status == CaseStatus::Withdrawn ? Outcome::Withdrawn : Outcome::Filed;
        close.on = row.closedOn;
        close.reason = row.reason;
        close.filedNumber = row.reason;
        if (row.status == CaseStatus::Settled)
            close.agreement = ledgerAgreement(row);
        TJ_TRY(cases.close(actor, id, close));
    }
    Query q(m_db.connection(), "INSERT INTO ledger_imports (fingerprint, case_id, source_file, source_row,"
                               " imported_at) VALUES (:f, :case, :file, :row, :now)");
    q.bind("f", row.fingerprint).bind("case", id).bind("file", source).bind("row", row.row).bind("now", nowStamp());
    return q.exec();
}

Result<int> LedgerImport::writeRows(LedgerBulkWriter *bulk, const Actor &actor, LedgerPreview &p,
                                    const QString &sourceName)
{
    if (bulk)
        TJ_TRY(bulk->begin());
    int imported = 0;
    for (const LedgerImportRow &row : std::as_const(p.rows)) {
        if (row.duplicate)
            continue;
        auto done = bulk ? bulk->write(row) : importRow(actor, row, sourceName);
        if (!done) {
            p.errors.append(LedgerRowError{row.row, QString(), done.error().message});
            return done.error();
        }
        ++imported;
    }
    if (bulk)
        TJ_TRY(bulk->finish());
    return imported;
}

Result<LedgerPreview> LedgerImport::import(const Actor &actor, const LedgerTable &table,
                                          const LedgerMapping &mapping, const QString &sourceName)
{
    // A refused import is on the record too (in its own transaction: nothing else was written).
    const auto refused = [&](const Error &error, int badRows) -> Error {
        const auto logged = AuditLog(m_db.connection())
                                .record(AuditEntry::of(actor, QStringLiteral("ledger.import"), QStringLiteral("case"),
                                                       QString(),
                                                       QStringLiteral("%1: refused, bad rows: %2")
                                                           .arg(QFileInfo(sourceName).fileName())
                                                           .arg(badRows))
                                            .withResult(QStringLiteral("failed")));
        return logged ? error : logged.error();
    };
    auto p = preview(table, mapping);
    if (!p)
        return p.error();
    if (!p->errors.isEmpty())
    {
        QSet<int> badRows;
        for (const LedgerRowError &e : p->errors)
            badRows.insert(e.row);
        return refused(makeError(ErrorKind::Validation, p->errorReport()), int(badRows.size()));
    }
    int imported = 0;
    {
        std::optional<LedgerBulkWriter> bulk;
        if (m_path == WritePath::Auto && !m_db.isPostgres()) {
            bulk.emplace(m_db, actor, sourceName);
            bulk->tune();
        }
        Transaction tx(m_db.connection());
        TJ_TRY(tx.begin());
        auto written = writeRows(bulk ? &bulk.value() : nullptr, actor, p.value(), sourceName);
        if (!written) {
            tx.rollback();
            if (p->errors.isEmpty())
                return written.error();
            return refused(Error{written.error().kind, p->errorReport()}, 1);
        }
        imported = written.value();
        // The import itself is one entry, committed with the cases it created.
        TJ_TRY(AuditLog(m_db.connection())
                   .append(AuditEntry::of(actor, QStringLiteral("ledger.import"), QStringLiteral("case"), QString(),
                                          QStringLiteral("%1: %2 rows imported, %3 already imported")
                                              .arg(QFileInfo(sourceName).fileName())
                                              .arg(imported)
                                              .arg(p->duplicates))));
        TJ_TRY(tx.commit());
    }
    return p;
}

} // namespace tj
