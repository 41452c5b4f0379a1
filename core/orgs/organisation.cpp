#include "organisation.h"

#include "common/clock.h"
#include "db/database.h"
#include "db/query.h"

#include <QRegularExpression>

namespace tj {

QString tierCode(OrgTier tier)
{
    switch (tier) {
    case OrgTier::Court: return QStringLiteral("court");
    case OrgTier::Tribunal: return QStringLiteral("tribunal");
    case OrgTier::Township: return QStringLiteral("township");
    case OrgTier::Village: return QStringLiteral("village");
    }
    return {};
}

std::optional<OrgTier> tierFromCode(const QString &code)
{
    for (OrgTier t : {OrgTier::Court, OrgTier::Tribunal, OrgTier::Township, OrgTier::Village})
        if (tierCode(t) == code)
            return t;
    return std::nullopt;
}

QString tierName(OrgTier tier)
{
    switch (tier) {
    case OrgTier::Court: return OrganisationService::tr("court");
    case OrgTier::Tribunal: return OrganisationService::tr("tribunal");
    case OrgTier::Township: return OrganisationService::tr("township");
    case OrgTier::Village: return OrganisationService::tr("village");
    }
    return {};
}

CaseTier caseTierOf(OrgTier tier)
{
    switch (tier) {
    case OrgTier::Village: return CaseTier::Village;
    case OrgTier::Township: return CaseTier::Township;
    case OrgTier::Court:
    case OrgTier::Tribunal: return CaseTier::Court;
    }
    return CaseTier::Village;
}

QString caseTierCode(CaseTier tier)
{
    switch (tier) {
    case CaseTier::Village: return QStringLiteral("village");
    case CaseTier::Township: return QStringLiteral("township");
    case CaseTier::Court: return QStringLiteral("court");
    }
    return {};
}

QString caseTierName(CaseTier tier)
{
    switch (tier) {
    case CaseTier::Village: return OrganisationService::tr("village");
    case CaseTier::Township: return OrganisationService::tr("township");
    case CaseTier::Court: return OrganisationService::tr("court");
    }
    return {};
}

int tierRank(OrgTier tier)
{
    switch (tier) {
    case OrgTier::Court: return 4;
    case OrgTier::Tribunal: return 3;
    case OrgTier::Township: return 2;
    case OrgTier::Village: return 1;
    }
    return 0;
}

namespace {
Organisation fromQuery(const Query &q)
{
    Organisation org;
    org.code = q.value("code").toString();
    org.name = q.value("name").toString();
    org.tier = tierFromCode(q.value("tier").toString()).value_or(OrgTier::Village);
    org.parentCode = q.value("parent_code").toString();
    if (!q.value("population").isNull())
        org.population = q.value("population").toLongLong();
    org.path = q.value("path").toString();
    return org;
}
} // namespace

Result<Organisation> OrganisationService::add(const Organisation &input)
{
    static const QRegularExpression codeRe(QStringLiteral("^[A-Z0-9][A-Z0-9-]{0,15}$"));
    if (!codeRe.match(input.code).hasMatch())
        return makeError(ErrorKind::Validation,
                         tr("The organisation code \"%1\" must be 1–16 capital letters, digits "
                            "or hyphens.")
                             .arg(input.code));
    if (input.name.trimmed().isEmpty())
        return makeError(ErrorKind::Validation, tr("The organisation needs a name."));
    if (input.population && *input.population < 0)
        return makeError(ErrorKind::Validation, tr("The population cannot be negative."));
    if (find(input.code).ok())
        return makeError(ErrorKind::Conflict,
                         tr("An organisation with code %1 already exists.").arg(input.code));

    Organisation org = input;
    org.name = org.name.trimmed();
    if (org.parentCode.isEmpty()) {
        if (org.tier != OrgTier::Court)
            return makeError(ErrorKind::Rule,
                             tr("Only a court can stand at the top of the tree; give %1 a parent.")
                                 .arg(org.code));
        org.path = u'/' + org.code + u'/';
    } else {
        auto parent = find(org.parentCode);
        if (!parent)
            return parent.error();
        const bool sameCourt = parent->tier == OrgTier::Court && org.tier == OrgTier::Court;
        if (tierRank(parent->tier) <= tierRank(org.tier) && !sameCourt)
            return makeError(ErrorKind::Rule,
                             tr("A %1 cannot be placed under a %2.")
                                 .arg(tierName(org.tier), tierName(parent->tier)));
        org.path = parent->path + org.code + u'/';
    }
    Query q(m_db.connection(),
            "INSERT INTO organisations (code, name, tier, parent_code, path, population, created_at)"
            " VALUES (:code, :name, :tier, :parent, :path, :population, :now)");
    q.bind("code", org.code)
        .bind("name", org.name)
        .bind("tier", tierCode(org.tier))
        .bind("parent", nullIfEmpty(org.parentCode))
        .bind("path", org.path)
        .bind("population", org.population ? QVariant(*org.population)
                                            : sqlNull())
        .bind("now", nowStamp());
    TJ_TRY(q.exec());
    return org;
}

Result<Organisation> OrganisationService::find(const QString &code) const
{
    Query q(m_db.connection(),
            "SELECT code, name, tier, parent_code, path, population FROM organisations"
            " WHERE code = :code");
    q.bind("code", code);
    TJ_TRY(q.exec());
    if (!q.next())
        return makeError(ErrorKind::NotFound, tr("There is no organisation with code %1.").arg(code));
    return fromQuery(q);
}

Result<QList<Organisation>> OrganisationService::list() const
{
    Query q(m_db.connection(),
            "SELECT code, name, tier, parent_code, path, population FROM organisations"
            " ORDER BY path");
    TJ_TRY(q.exec());
    QList<Organisation> orgs;
    while (q.next())
        orgs.append(fromQuery(q));
    return orgs;
}

Result<bool> OrganisationService::isAncestor(const QString &ancestor, const QString &code) const
{
    auto a = find(ancestor);
    if (!a)
        return a.error();
    auto c = find(code);
    if (!c)
        return c.error();
    return c->path.startsWith(a->path) && c->code != a->code;
}

Result<Organisation> OrganisationService::courtOver(const QString &code) const
{
    auto org = find(code);
    while (org && !org->isCourt()) {
        if (org->parentCode.isEmpty())
            return makeError(ErrorKind::NotFound, tr("No court is above %1.").arg(code));
        org = find(org->parentCode);
    }
    return org;
}

} // namespace tj
