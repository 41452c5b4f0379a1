#include "transfertargets.h"

#include <algorithm>

namespace tj {

namespace {
Result<Organisation> handling(const QList<Organisation> &all, const Case &c)
{
    for (const Organisation &o : all)
        if (o.code == c.handlingOrg)
            return o;
    return makeError(
        ErrorKind::NotFound,
        OrganisationService::tr("There is no organisation with code %1.").arg(c.handlingOrg));
}
} // namespace

Result<QList<Organisation>> TransferTargets::forRefer(Database &db, const Case &c)
{
    auto all = OrganisationService(db).list();
    if (!all)
        return all.error();
    auto own = handling(all.value(), c);
    if (!own)
        return own.error();
    QList<Organisation> out;
    for (const Organisation &o : all.value())
        if (o.code != own->code && own->path.startsWith(o.path))
            out.append(o);
    std::sort(out.begin(), out.end(), [](const Organisation &a, const Organisation &b) {
        return a.path.size() > b.path.size();
    });
    return out;
}

Result<QList<Organisation>> TransferTargets::forDelegate(Database &db, const Case &c)
{
    auto all = OrganisationService(db).list();
    if (!all)
        return all.error();
    auto own = handling(all.value(), c);
    if (!own)
        return own.error();
    QList<Organisation> out;
    if (!own->isCourt())
        return out;
    for (const Organisation &o : all.value())
        if (o.code != own->code && o.path.startsWith(own->path))
            out.append(o);
    return out;
}

} // namespace tj
