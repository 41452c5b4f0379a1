#pragma once

#include "ledger/ledgerimport.h"
#include "users/user.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace tj {

class Database;

/// Imports an Excel or csv ledger: shows how its columns map to the ledger fields (each one
/// changeable), a preview of the rows and every row's problems, and imports only when no row
/// is wrong. The mapping is remembered in a JSON preset file for the next ledger.
class LedgerImportDialog : public QDialog
{
    Q_OBJECT
public:
    LedgerImportDialog(Database &db, const Actor &actor, QString presetPath,
                       QWidget *parent = nullptr);

    /// Reads the ledger; false (with the reason shown) when it cannot be read.
    bool load(const QString &path);
    /// Imports after the preview; the case count, or -1 when refused (the reason is shown).
    int importNow();

    QComboBox *mappingBox(LedgerField field) const { return m_boxes.value(field); }
    QTableWidget *previewTable() const { return m_preview; }
    QListWidget *errorList() const { return m_errors; }
    QPushButton *importButton() const;
    const LedgerPreview &preview() const { return m_last; }

Q_SIGNALS:
    void imported(int cases);

private:
    LedgerMapping currentMapping() const;
    void setMapping(const LedgerMapping &mapping);
    void updatePreview();

    Database &m_db;
    Actor m_actor;
    QString m_presetPath;
    QString m_file;
    LedgerTable m_table;
    LedgerPreview m_last;
    QMap<LedgerField, QComboBox *> m_boxes;
    QTableWidget *m_preview;
    QListWidget *m_errors;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
};

} // namespace tj
