#pragma once

#include "cases/case.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tj {

/// A party as typed in the intake form: raw text, kept even while invalid so a draft never
/// loses what was typed. Checks use core's Identifiers and money parsing.
struct PartyDraft
{
    PartyRole role = PartyRole::Applicant;
    PartyKind kind = PartyKind::Person;
    QString name;
    QString identity; ///< resident ID for persons, credit code for organisations
    QString phone;
    QString address;
    QString legalRepresentative;
    QString claim; ///< yuan text
    bool representative = false;

    /// Field problems, translated; empty strings when fine.
    QString nameProblem() const;
    QString identityProblem() const;
    QString claimProblem() const;
    /// The first problem of any field, or empty.
    QString problem() const;
    std::optional<qint64> claimFen() const;
    Party toParty() const;

    QJsonObject toJson() const;
    static PartyDraft fromJson(const QJsonObject &o);
};

class PartyDrafts
{
    Q_DECLARE_TR_FUNCTIONS(PartyDrafts)
public:
    /// Parses rows pasted from a spreadsheet: name, ID number, phone, amount separated by tabs
    /// (a header row and blank lines are skipped). Each row becomes a person applicant.
    static QList<PartyDraft> parseClaimantList(const QString &text);
    /// Sum of the claims that parse; nullopt when none is given.
    static std::optional<qint64> claimTotal(const QList<PartyDraft> &parties);
};

} // namespace tj
