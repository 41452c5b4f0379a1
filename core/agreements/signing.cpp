#include "signing.h"

#include <algorithm>

namespace tj {

namespace {
bool signsFor(const Party &p, const QString &who)
{
    return who == p.name || (!p.legalRepresentative.isEmpty() && who == p.legalRepresentative)
           || (!p.agent.isEmpty() && who == p.agent);
}

bool hasRole(const QList<StoredSignature> &signatures, const QString &role, const QDate &upTo)
{
    return std::any_of(signatures.begin(), signatures.end(), [&](const StoredSignature &s) {
        return s.role == role && (!upTo.isValid() || s.on <= upTo);
    });
}

bool partySigned(const Party &p, const QList<StoredSignature> &signatures, const QDate &upTo)
{
    return std::any_of(signatures.begin(), signatures.end(), [&](const StoredSignature &s) {
        return s.role == Signing::kParty && (!upTo.isValid() || s.on <= upTo)
               && signsFor(p, s.who.trimmed());
    });
}
} // namespace

QString Signing::roleOf(const Case &c, const QStringList &mediators, const QString &orgName,
                        const QString &who)
{
    const QString name = who.trimmed();
    for (const Party &p : c.parties)
        if (signsFor(p, name))
            return kParty;
    if (mediators.contains(name))
        return kMediator;
    if (name == orgName || name == c.handlingOrgName)
        return kSeal;
    return {};
}

QStringList Signing::missing(const Case &c, const QList<StoredSignature> &signatures,
                             const QDate &upTo)
{
    QStringList out;
    for (const Party &p : c.parties) {
        if (partySigned(p, signatures, upTo))
            continue;
        // The representative of a collective dispute signs for the co-parties of its side.
        const bool coveredByRepresentative = std::any_of(
            c.parties.begin(), c.parties.end(), [&](const Party &r) {
                return r.representative && r.role == p.role && partySigned(r, signatures, upTo);
            });
        if (!coveredByRepresentative)
            out.append(p.name);
    }
    if (!hasRole(signatures, kMediator, upTo))
        out.append(tr("a mediator"));
    if (!hasRole(signatures, kSeal, upTo))
        out.append(tr("the organisation's seal"));
    return out;
}

QDate Signing::effectiveOn(const Case &c, const QList<StoredSignature> &signatures)
{
    QList<QDate> days;
    for (const StoredSignature &s : signatures)
        if (s.on.isValid() && !days.contains(s.on))
            days.append(s.on);
    std::sort(days.begin(), days.end());
    for (const QDate &day : std::as_const(days))
        if (missing(c, signatures, day).isEmpty())
            return day;
    return {};
}

QDate Signing::prepareAtClose(const Case &c, const QStringList &mediators, const QString &closer,
                              const QDate &closedOn, AgreementInput &a)
{
    QStringList known = mediators;
    known.append(closer);
    for (Signature &s : a.signatures) {
        s.who = s.who.trimmed();
        const QString role = roleOf(c, known, c.handlingOrgName, s.who);
        s.role = role.isEmpty() ? kParty : role;
    }
    if (a.kind == QLatin1String("oral"))
        return closedOn;
    // Recording the settled agreement is the closing mediator's signature and the seal.
    const QString mediator =
        closer.isEmpty() ? tr("Mediator of %1").arg(c.handlingOrgName) : closer;
    a.signatures.append(Signature{mediator, closedOn, kMediator});
    a.signatures.append(Signature{c.handlingOrgName, closedOn, kSeal});
    QList<StoredSignature> stored;
    for (const Signature &s : a.signatures)
        stored.append(StoredSignature{s.who, s.on, s.role});
    return effectiveOn(c, stored);
}

} // namespace tj
