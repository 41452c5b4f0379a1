#include "workspace.h"

namespace tj {

Workspace::Workspace(Database &db, const Actor &actor, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_actor(actor)
    , m_cases(db)
{
    reloadOrganisations();
}

void Workspace::reloadOrganisations()
{
    m_orgNames.clear();
    auto orgs = OrganisationService(m_db).list();
    if (!orgs)
        return;
    for (const Organisation &o : orgs.value()) {
        m_orgNames.insert(o.code, o.name);
        if (o.code == m_actor.orgCode)
            m_org = o;
    }
}

QString Workspace::orgName(const QString &code) const
{
    const QString name = m_orgNames.value(code);
    return name.isEmpty() ? code : name;
}

QString Workspace::jurisdiction() const
{
    return m_actor.isAdmin() || m_actor.isSystem() ? QString() : m_actor.orgCode;
}

} // namespace tj
