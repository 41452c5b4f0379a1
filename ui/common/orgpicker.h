#pragma once

#include "orgs/organisation.h"

#include <QTreeWidget>

namespace tj {

/// Chooses an organisation among the allowed ones, shown as a tree by their paths (tier and
/// name); only those passed in can be chosen.
class OrgPicker : public QTreeWidget
{
    Q_OBJECT
public:
    explicit OrgPicker(QWidget *parent = nullptr);

    void setOrganisations(const QList<Organisation> &orgs);
    QString currentCode() const;
    bool selectCode(const QString &code);
};

} // namespace tj
