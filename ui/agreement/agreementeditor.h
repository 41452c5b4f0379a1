#pragma once

#include "cases/case.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace tj {

class TextTableModel;

/// Edits a settlement agreement: its content, the obligations with their instalment plans and
/// the signatures. Every amount is shown in capital numerals as it is typed, as legal documents
/// require. The agreement feature adds printing and fulfilment around it.
class AgreementEditor : public QWidget
{
    Q_OBJECT
public:
    explicit AgreementEditor(QWidget *parent = nullptr);

    AgreementInput agreement() const;
    /// Prefills debtor and creditor names from the case's parties.
    void suggestParties(const Case &c);

    QPlainTextEdit *contentEdit() const { return m_content; }
    QLineEdit *debtorEdit() const { return m_debtor; }
    QLineEdit *creditorEdit() const { return m_creditor; }
    QLineEdit *obligationAmountEdit() const { return m_obligationAmount; }
    QLabel *obligationWords() const { return m_obligationWords; }
    QPushButton *addObligationButton() const { return m_addObligation; }
    QDateEdit *instalmentDueEdit() const { return m_due; }
    QLineEdit *instalmentAmountEdit() const { return m_instalmentAmount; }
    QLabel *instalmentWords() const { return m_instalmentWords; }
    QPushButton *addInstalmentButton() const { return m_addInstalment; }
    QLineEdit *signerEdit() const { return m_signer; }
    QPushButton *addSignatureButton() const { return m_addSignature; }
    QLabel *totalLabel() const { return m_total; }
    QLabel *errorLabel() const { return m_error; }
    TextTableModel *obligationsModel() const { return m_obligationRows; }
    TextTableModel *instalmentsModel() const { return m_instalmentRows; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void changed();

private:
    QWidget *buildContent();
    QWidget *buildObligations();
    QWidget *buildSignatures();
    void addObligation();
    void addInstalment();
    void addSignature();
    void refresh();

    QTabWidget *m_tabs;
    QComboBox *m_kind;
    QPlainTextEdit *m_content;
    QPlainTextEdit *m_facts;
    QPlainTextEdit *m_responsibilities;
    QLineEdit *m_manner;
    QLineEdit *m_place;
    QLineEdit *m_debtor;
    QLineEdit *m_creditor;
    QLineEdit *m_obligationAmount;
    QLabel *m_obligationWords;
    QPushButton *m_addObligation;
    QDateEdit *m_due;
    QLineEdit *m_instalmentAmount;
    QLabel *m_instalmentWords;
    QPushButton *m_addInstalment;
    QLineEdit *m_signer;
    QDateEdit *m_signedOn;
    QPushButton *m_addSignature;
    QLabel *m_total;
    QLabel *m_instalmentSum;
    QLabel *m_error;
    TextTableModel *m_obligationRows;
    TextTableModel *m_instalmentRows;
    TextTableModel *m_signatureRows;
    QTableView *m_obligationView;
    QList<Obligation> m_obligations;
    QList<Signature> m_signatures;
    bool m_refreshing = false;
};

} // namespace tj
