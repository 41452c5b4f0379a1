#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace tj {

class Database;

/// The organisation tree's levels, highest first.
enum class OrgTier { Court, Tribunal, Township, Village };

/// The mediation tier a case is at: tribunals and courts are both the court tier.
enum class CaseTier { Village, Township, Court };

QString tierCode(OrgTier tier);
std::optional<OrgTier> tierFromCode(const QString &code);
QString tierName(OrgTier tier);
QString caseTierCode(CaseTier tier);
QString caseTierName(CaseTier tier);
CaseTier caseTierOf(OrgTier tier);
/// Rank for comparisons: a higher number is a higher tier.
int tierRank(OrgTier tier);

struct Organisation
{
    QString code;
    QString name;
    OrgTier tier = OrgTier::Village;
    QString parentCode;
    std::optional<qint64> population;
    QString path;

    bool isCourt() const { return tier == OrgTier::Court || tier == OrgTier::Tribunal; }
};

/// The organisation tree: county court → tribunals → townships → villages.
/// An organisation's jurisdiction is its subtree.
class OrganisationService
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationService)
public:
    explicit OrganisationService(Database &db) : m_db(db) {}

    /// Adds an organisation under an existing parent whose tier is not lower than the child's.
    Result<Organisation> add(const Organisation &org);
    Result<Organisation> find(const QString &code) const;
    Result<QList<Organisation>> list() const;
    /// True when `ancestor` is a strict ancestor of `code`.
    Result<bool> isAncestor(const QString &ancestor, const QString &code) const;
    /// The court or tribunal whose area holds `code` (itself if it is one).
    Result<Organisation> courtOver(const QString &code) const;

private:
    Database &m_db;
};

} // namespace tj
