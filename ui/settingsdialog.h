#pragma once

#include <QDialog>

class QComboBox;

namespace tj {

/// The user's settings: the interface language (applies at the next start).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    void accept() override;

private:
    QComboBox *m_language;
};

} // namespace tj
