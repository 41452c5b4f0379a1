#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace tj {

QString installTranslators(QCoreApplication &app, const QString &language)
{
    const QString lang = language.isEmpty() ? QStringLiteral("zh_CN") : language;
    QLocale::setDefault(QLocale(lang));
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/tiaojie_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return lang;
}

} // namespace tj
