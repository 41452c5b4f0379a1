#pragma once

#include "cases/case.h"

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace tj {

class PartiesPanel;
class TextTableModel;
class Workspace;

/// Registering a new dispute: the case's fields, its parties, related-case warnings before
/// saving, and a draft written as you type so nothing is lost when the window closes.
class IntakePage : public QWidget
{
    Q_OBJECT
public:
    explicit IntakePage(Workspace &ws, QWidget *parent = nullptr);
    ~IntakePage() override;

    /// Where this user's draft lives (a JSON file in the application's data folder).
    static QString draftPath(const QString &login);
    QJsonObject draft() const;
    void restoreDraft(const QJsonObject &draft);
    /// Writes the draft now (it is also written shortly after each change).
    void saveDraft();
    void discardDraft();
    /// The intake the form describes; problems of the typed text are returned as an error.
    Result<CaseIntake> intake() const;

    PartiesPanel *parties() const { return m_parties; }
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *amountEdit() const { return m_amount; }
    QLabel *amountWords() const { return m_amountWords; }
    QPlainTextEdit *factsEdit() const { return m_facts; }
    QPlainTextEdit *claimsEdit() const { return m_claims; }
    QComboBox *categoryBox() const { return m_category; }
    QComboBox *subcategoryBox() const { return m_subcategory; }
    QComboBox *sourceBox() const { return m_source; }
    QDateEdit *receivedEdit() const { return m_received; }
    QCheckBox *riskBox() const { return m_risk; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *statusLabel() const { return m_status; }
    TextTableModel *warningsModel() const { return m_warnings; }

public Q_SLOTS:
    /// Checks for related cases and registers the dispute; the first press that finds new
    /// related cases only shows them.
    void save();
    void checkRelated();

Q_SIGNALS:
    void registered(const QString &caseId);
    void openCase(const QString &caseId);

private:
    QWidget *buildCaseFields();
    QWidget *buildWarnings();
    void fillSubcategories();
    void onEdited();
    void updateAmount();
    void showStatus(const QString &message, bool error);
    void clearForm();

    Workspace &m_ws;
    QDateEdit *m_received;
    QComboBox *m_source;
    QComboBox *m_category;
    QComboBox *m_subcategory;
    QLineEdit *m_title;
    QLabel *m_titleError;
    QLineEdit *m_amount;
    QLabel *m_amountError;
    QLabel *m_amountWords;
    QCheckBox *m_risk;
    QPlainTextEdit *m_facts;
    QPlainTextEdit *m_claims;
    PartiesPanel *m_parties;
    TextTableModel *m_warnings;
    QTableView *m_warningView;
    QLabel *m_status;
    QPushButton *m_save;
    QTimer *m_draftTimer;
    QTimer *m_relatedTimer;
    QStringList m_shownWarnings;
    bool m_restoring = false;
    bool m_saved = false;
};

} // namespace tj
