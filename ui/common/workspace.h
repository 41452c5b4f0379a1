#pragma once

#include "cases/caseservice.h"
#include "orgs/organisation.h"
#include "users/user.h"

#include <QHash>
#include <QObject>

namespace tj {

class Database;

/// What every screen of a signed-in user shares: the database, who acts, the case service and
/// the organisation names. Screens announce changes through caseChanged so the others reload.
class Workspace : public QObject
{
    Q_OBJECT
public:
    Workspace(Database &db, const Actor &actor, QObject *parent = nullptr);

    Database &db() const { return m_db; }
    const Actor &actor() const { return m_actor; }
    CaseService &cases() { return m_cases; }
    /// The actor's organisation, or an empty one for the system actor.
    const Organisation &organisation() const { return m_org; }
    /// "Name (CODE)" for a code; the code itself when unknown.
    QString orgName(const QString &code) const;
    /// The organisation subtree the actor's lists cover: empty (whole county) for administrators.
    QString jurisdiction() const;
    void reloadOrganisations();

Q_SIGNALS:
    /// A screen changed this case (or registered it); lists and open pages reload.
    void caseChanged(const QString &caseId);

private:
    Database &m_db;
    Actor m_actor;
    CaseService m_cases;
    Organisation m_org;
    QHash<QString, QString> m_orgNames;
};

} // namespace tj
