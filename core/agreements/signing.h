#pragma once

#include "agreement.h"

#include <QCoreApplication>

namespace tj {

/// Who must sign a written agreement before it takes effect (People's Mediation Law art. 29):
/// - every party on the case: by its own name, its legal representative's or its agent's; the
///   representative of a collective dispute signs for the co-parties of the same role;
/// - at least one mediator (role "mediator");
/// - the mediating organisation's seal (role "seal").
/// The agreement takes effect on the first day on which all of these are recorded. An oral
/// agreement takes effect on the day the mediator records it.
class Signing
{
    Q_DECLARE_TR_FUNCTIONS(Signing)
public:
    static inline const QString kParty = QStringLiteral("party");
    static inline const QString kMediator = QStringLiteral("mediator");
    static inline const QString kSeal = QStringLiteral("seal");

    /// The role a signer has on the case: party when the name is a party's (or its
    /// representative's or agent's), mediator when it is a mediator of a session or `closer`,
    /// seal when it is the organisation's name; empty when unknown.
    static QString roleOf(const Case &c, const QStringList &mediators, const QString &orgName,
                          const QString &who);
    /// The required signatures still missing after `upTo` (all when invalid), as readable names.
    static QStringList missing(const Case &c, const QList<StoredSignature> &signatures,
                               const QDate &upTo = {});
    /// The day the last required signature was recorded; invalid while one is missing.
    static QDate effectiveOn(const Case &c, const QList<StoredSignature> &signatures);
    /// Prepares the signatures of an agreement recorded at closing: assigns their roles and,
    /// for a written agreement, adds the closing mediator's signature and the organisation's
    /// seal on the closing day. Returns the day the agreement takes effect (invalid if not yet).
    static QDate prepareAtClose(const Case &c, const QStringList &mediators,
                                const QString &closer, const QDate &closedOn, AgreementInput &a);
};

} // namespace tj
