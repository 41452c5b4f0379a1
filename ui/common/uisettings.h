#pragma once

#include <QString>

class QWidget;

namespace tj {

/// The workstation's per-user settings (QSettings under "Tiaojie/tiaojie") with their defaults
/// in one place: interface language, last user, window geometry and state.
class UiSettings
{
public:
    /// "zh_CN" (the default) or "en".
    static QString language();
    static void setLanguage(const QString &language);
    static QString lastLogin();
    static void setLastLogin(const QString &login);

    /// Restores a window's geometry (and a main window's dock/toolbar state) saved under `key`.
    static void restoreWindow(QWidget *window, const QString &key);
    static void saveWindow(const QWidget *window, const QString &key);
    /// Any small per-user value, e.g. a splitter's sizes.
    static QByteArray value(const QString &key);
    static void setValue(const QString &key, const QByteArray &value);
};

} // namespace tj
