#pragma once

#include "cases/case.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tj {

/// The columns of a mediation ledger (台账), in export order. `key` is stable (mapping files
/// use it); `header` is what county ledgers write at the top of the column.
enum class LedgerField {
    Number,
    Org,
    HandlingOrg,
    ReceivedOn,
    AcceptedOn,
    ClosedOn,
    Source,
    Category,
    Subcategory,
    Title,
    Applicants,
    Respondents,
    Facts,
    Claims,
    Mediators,
    Outcome,
    OutcomeReason,
    Amount,
    AgreementAmount,
    Performance,
    Days,
    Count
};

struct LedgerColumn
{
    LedgerField field;
    QString key;
    QString header;
    QStringList aliases; ///< other headers that mean the same column on import
};

/// The ledger vocabulary: columns, and how ledgers write statuses and sources. The Chinese
/// terms are data (like the category names), so a ledger reads the same in any UI language.
class LedgerVocabulary
{
    Q_DECLARE_TR_FUNCTIONS(Ledger)
public:
    static const QList<LedgerColumn> &columns();
    static const LedgerColumn &column(LedgerField field);
    static std::optional<LedgerField> fieldForKey(const QString &key);
    /// The column a header names (key, header or alias; case and blanks ignored).
    static std::optional<LedgerField> fieldForHeader(const QString &header);

    static QString statusTerm(CaseStatus status);
    static std::optional<CaseStatus> statusFromTerm(const QString &term);
    static QString sourceTerm(CaseSource source);
    static std::optional<CaseSource> sourceFromTerm(const QString &term);

    /// Parties as a ledger writes them: "张某某(131121…)；某公司(91131121…)".
    static QString partiesText(const QList<Party> &parties, PartyRole role);
    /// Reads that form back; an organisation is recognised by a credit code or a company word.
    static QList<Party> partiesFromText(const QString &text, PartyRole role);
};

} // namespace tj
