#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tj {

struct Category
{
    QString code;
    QString name; ///< the MoJ name, as stored and as the command line takes it
    QString englishName;
    QStringList subcategories;
};

/// The MoJ dispute categories, read from the data table resources/data/categories.json.
class CategoryCatalog
{
public:
    static const CategoryCatalog &instance();

    const QList<Category> &categories() const { return m_categories; }
    /// Finds a category by its Chinese name, English name or code.
    const Category *find(const QString &nameOrCode) const;
    /// The name to show in the current UI language.
    QString displayName(const QString &name) const;

private:
    CategoryCatalog();
    QList<Category> m_categories;
};

} // namespace tj
