#pragma once

#include <QDialog>

class QLineEdit;
class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace tj {

class Workspace;

/// File → Transfer packages…: this device's fingerprint, export of cases to a folder (a USB
/// drive), import of a package after a verified summary, and the review queue. All rules are
/// in core (transfer/transferservice.h); this dialog only shows them.
class TransferDialog : public QDialog
{
    Q_OBJECT
public:
    TransferDialog(Workspace &ws, const QString &currentCase, QWidget *parent = nullptr);

private:
    void exportCases();
    void importPackage();
    void reloadReview();
    void resolveSelected(bool takeTheirs);

    Workspace &m_ws;
    QLineEdit *m_cases;
    QLineEdit *m_to;
    QLineEdit *m_folder;
    QPlainTextEdit *m_log;
    QListWidget *m_review;
};

} // namespace tj
