#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QDateEdit;

namespace tj {

class TextTableModel;
class Workspace;

/// The case page's "Agreement" tab for settled cases: the agreement with its amount in capital
/// numerals, the instalments and their states on today's date, and the fulfilment actions
/// (signature, payment with an optional proof file, follow-up visit), the application for
/// judicial confirmation and "Print…" of any document kind to a PDF. All through core services.
class AgreementTab : public QWidget
{
    Q_OBJECT
public:
    AgreementTab(Workspace &ws, const QString &caseId, QWidget *parent = nullptr);

    /// Registers the tab with CaseDetail (shown only for cases with an agreement).
    static void registerWithCasePage();

    TextTableModel *instalments() const { return m_instalments; }
    QTextBrowser *summary() const { return m_summary; }
    QLineEdit *signerEdit() const { return m_signer; }
    QLineEdit *amountEdit() const { return m_amount; }
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *proofEdit() const { return m_proof; }
    QComboBox *documentBox() const { return m_document; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *payButton() const { return m_payButton; }
    QPushButton *visitButton() const { return m_visitButton; }
    QPushButton *applyButton() const { return m_applyButton; }
    /// "Print…": asks for a PDF file name, then prints the chosen document kind to it.
    QPushButton *printButton() const { return m_printButton; }
    void reload();
    bool sign();
    bool pay();
    bool visit();
    bool applyForConfirmation();
    /// Renders the chosen document kind to `path`.
    bool print(const QString &path);

private:
    QWidget *buildActions();
    bool report(const QString &error);

    Workspace &m_ws;
    QString m_caseId;
    QTextBrowser *m_summary;
    TextTableModel *m_instalments;
    QLineEdit *m_signer;
    QLineEdit *m_amount;
    QDateEdit *m_date;
    QLineEdit *m_proof;
    QComboBox *m_document;
    QLabel *m_error;
    QPushButton *m_payButton = nullptr;
    QPushButton *m_visitButton = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_printButton = nullptr;
};

} // namespace tj
