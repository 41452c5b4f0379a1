#include "partydraft.h"

#include "common/money.h"
#include "parties/identifiers.h"

#include <QRegularExpression>

namespace tj {

QString PartyDraft::nameProblem() const
{
    return name.trimmed().isEmpty() ? PartyDrafts::tr("Give the party's name.") : QString();
}

QString PartyDraft::identityProblem() const
{
    const QString id = identity.trimmed();
    if (id.isEmpty())
        return QString();
    return kind == PartyKind::Person ? Identifiers::checkResidentId(id)
                                     : Identifiers::checkCreditCode(id);
}

QString PartyDraft::claimProblem() const
{
    if (claim.trimmed().isEmpty() || money::parseYuan(claim.trimmed()))
        return QString();
    return PartyDrafts::tr("\"%1\" is not an amount in yuan (for example 3860.00).")
        .arg(claim.trimmed());
}

QString PartyDraft::problem() const
{
    for (const QString &p : {nameProblem(), identityProblem(), claimProblem()})
        if (!p.isEmpty())
            return p;
    return QString();
}

std::optional<qint64> PartyDraft::claimFen() const
{
    if (claim.trimmed().isEmpty())
        return std::nullopt;
    return money::parseYuan(claim.trimmed());
}

Party PartyDraft::toParty() const
{
    Party p;
    p.role = role;
    p.kind = kind;
    p.name = name.trimmed();
    if (kind == PartyKind::Person)
        p.idNumber = identity.trimmed().toUpper();
    else
        p.creditCode = identity.trimmed().toUpper();
    p.phone = phone.trimmed();
    p.address = address.trimmed();
    p.legalRepresentative = legalRepresentative.trimmed();
    p.claimAmountFen = claimFen();
    p.representative = representative;
    return p;
}

QJsonObject PartyDraft::toJson() const
{
    return QJsonObject{{QStringLiteral("role"), partyRoleCode(role)},
                       {QStringLiteral("kind"), partyKindCode(kind)},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("identity"), identity},
                       {QStringLiteral("phone"), phone},
                       {QStringLiteral("address"), address},
                       {QStringLiteral("legal_representative"), legalRepresentative},
                       {QStringLiteral("claim"), claim},
                       {QStringLiteral("representative"), representative}};
}

PartyDraft PartyDraft::fromJson(const QJsonObject &o)
{
    PartyDraft d;
    d.role = partyRoleFromCode(o.value(QStringLiteral("role")).toString())
                 .value_or(PartyRole::Applicant);
    d.kind =
        partyKindFromCode(o.value(QStringLiteral("kind")).toString()).value_or(PartyKind::Person);
    d.name = o.value(QStringLiteral("name")).toString();
    d.identity = o.value(QStringLiteral("identity")).toString();
    d.phone = o.value(QStringLiteral("phone")).toString();
    d.address = o.value(QStringLiteral("address")).toString();
    d.legalRepresentative = o.value(QStringLiteral("legal_representative")).toString();
    d.claim = o.value(QStringLiteral("claim")).toString();
    d.representative = o.value(QStringLiteral("representative")).toBool();
    return d;
}

QList<PartyDraft> PartyDrafts::parseClaimantList(const QString &text)
{
    static const QRegularExpression lineBreak(QStringLiteral("\r\n|\n|\r"));
    QList<PartyDraft> out;
    for (const QString &line : text.split(lineBreak)) {
        if (line.trimmed().isEmpty())
            continue;
        const QStringList cells = line.split(u'\t');
        PartyDraft d;
        d.name = cells.value(0).trimmed();
        d.identity = cells.value(1).trimmed();
        d.phone = cells.value(2).trimmed();
        d.claim = cells.value(3).trimmed().remove(u',').remove(u'，');
        // A header row: an identity column that holds no digit at all.
        if (out.isEmpty() && !d.identity.isEmpty() &&
            !d.identity.contains(QRegularExpression(QStringLiteral("[0-9]"))))
            continue;
        out.append(d);
    }
    return out;
}

std::optional<qint64> PartyDrafts::claimTotal(const QList<PartyDraft> &parties)
{
    std::optional<qint64> total;
    for (const PartyDraft &p : parties)
        if (auto fen = p.claimFen())
            total = total.value_or(0) + *fen;
    return total;
}

} // namespace tj
