#pragma once

#include <QString>

class QCoreApplication;

namespace tj {

/// Installs Tiaojie's and Qt's own translators for `language` ("zh_CN" or "en"; empty picks
/// zh_CN, the default of the workstation). Returns the language installed.
QString installTranslators(QCoreApplication &app, const QString &language);

} // namespace tj
