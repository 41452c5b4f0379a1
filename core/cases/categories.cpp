#include "categories.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace tj {

CategoryCatalog::CategoryCatalog()
{
    QFile file(QStringLiteral(":/tiaojie/data/categories.json"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonArray list = QJsonDocument::fromJson(file.readAll()).object().value(u"categories").toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject o = value.toObject();
        Category c;
        c.code = o.value(u"code").toString();
        c.name = o.value(u"name").toString();
        c.englishName = o.value(u"en").toString();
        for (const QJsonValue &sub : o.value(u"subcategories").toArray())
            c.subcategories.append(sub.toString());
        m_categories.append(c);
    }
}

const CategoryCatalog &CategoryCatalog::instance()
{
    static const CategoryCatalog catalog;
    return catalog;
}

const Category *CategoryCatalog::find(const QString &nameOrCode) const
{
    for (const Category &c : m_categories)
        if (c.name == nameOrCode || c.code == nameOrCode
            || c.englishName.compare(nameOrCode, Qt::CaseInsensitive) == 0)
            return &c;
    return nullptr;
}

QString CategoryCatalog::displayName(const QString &name) const
{
    const Category *c = find(name);
    if (!c)
        return name;
    return QLocale().language() == QLocale::Chinese ? c->name : c->englishName;
}

} // namespace tj
