#include "uisettings.h"

#include <QMainWindow>
#include <QSettings>

namespace tj {

namespace {
QSettings store()
{
    return QSettings(QStringLiteral("Tiaojie"), QStringLiteral("tiaojie"));
}
} // namespace

QString UiSettings::language()
{
    const QString lang = store().value(QStringLiteral("ui/language")).toString();
    return lang == QLatin1String("en") ? lang : QStringLiteral("zh_CN");
}

void UiSettings::setLanguage(const QString &language)
{
    store().setValue(QStringLiteral("ui/language"), language);
}

QString UiSettings::lastLogin()
{
    return store().value(QStringLiteral("ui/lastLogin")).toString();
}

void UiSettings::setLastLogin(const QString &login)
{
    store().setValue(QStringLiteral("ui/lastLogin"), login);
}

void UiSettings::restoreWindow(QWidget *window, const QString &key)
{
    QSettings s = store();
    const QByteArray geometry = s.value(key + QStringLiteral("/geometry")).toByteArray();
    if (!geometry.isEmpty())
        window->restoreGeometry(geometry);
    if (auto *main = qobject_cast<QMainWindow *>(window))
        main->restoreState(s.value(key + QStringLiteral("/state")).toByteArray());
}

void UiSettings::saveWindow(const QWidget *window, const QString &key)
{
    QSettings s = store();
    s.setValue(key + QStringLiteral("/geometry"), window->saveGeometry());
    if (const auto *main = qobject_cast<const QMainWindow *>(window))
        s.setValue(key + QStringLiteral("/state"), main->saveState());
}

QByteArray UiSettings::value(const QString &key)
{
    return store().value(key).toByteArray();
}

void UiSettings::setValue(const QString &key, const QByteArray &value)
{
    store().setValue(key, value);
}

} // namespace tj
