#include "orgpicker.h"

#include <QHeaderView>

namespace tj {

OrgPicker::OrgPicker(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({tr("Organisation"), tr("Tier")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setStretchLastSection(false);
    setMinimumHeight(140);
}

void OrgPicker::setOrganisations(const QList<Organisation> &orgs)
{
    clear();
    // Indent by depth below the shallowest organisation offered.
    int top = 1000;
    for (const Organisation &o : orgs)
        top = std::min(top, int(o.path.count(u'/')));
    for (const Organisation &o : orgs) {
        const int depth = int(o.path.count(u'/')) - top;
        auto *item =
            new QTreeWidgetItem(this, {QString(depth * 3, u' ') + o.name, tierName(o.tier)});
        item->setData(0, Qt::UserRole, o.code);
        item->setToolTip(0, o.code);
    }
    if (topLevelItemCount() > 0)
        setCurrentItem(topLevelItem(0));
}

QString OrgPicker::currentCode() const
{
    return currentItem() ? currentItem()->data(0, Qt::UserRole).toString() : QString();
}

bool OrgPicker::selectCode(const QString &code)
{
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (topLevelItem(i)->data(0, Qt::UserRole).toString() == code) {
            setCurrentItem(topLevelItem(i));
            return true;
        }
    return false;
}

} // namespace tj
