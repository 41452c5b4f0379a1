#pragma once

#include "partydraft.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace tj {

class TextTableModel;
struct TextRow;

/// The intake form's parties: a list (persons, organisations, a collective of claimants pasted
/// from a spreadsheet) and an editor for the selected party that checks fields as they are typed
/// and shows each problem next to its field.
class PartiesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PartiesPanel(QWidget *parent = nullptr);

    const QList<PartyDraft> &parties() const { return m_parties; }
    void setParties(const QList<PartyDraft> &parties);
    /// Adds the claimants of tab-separated text; returns how many were added.
    int pasteClaimants(const QString &text);
    void selectParty(int row);
    int currentRow() const { return m_current; }
    int problemCount() const;

    TextTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *identityEdit() const { return m_identity; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QLineEdit *claimEdit() const { return m_claim; }
    QComboBox *roleBox() const { return m_role; }
    QComboBox *kindBox() const { return m_kind; }
    QLabel *identityError() const { return m_identityError; }
    QPushButton *pasteButton() const { return m_paste; }
    QPushButton *addPersonButton() const { return m_addPerson; }
    QPushButton *addOrganisationButton() const { return m_addOrganisation; }
    QLabel *summaryLabel() const { return m_summary; }

Q_SIGNALS:
    void changed();

private:
    QWidget *buildEditor();
    QWidget *buildButtons();
    void addParty(PartyKind kind, PartyRole role);
    void removeCurrent();
    void loadEditor();
    void storeEditor();
    void refreshRows();
    void updateSummary();
    TextRow rowOf(const PartyDraft &p) const;
    void showProblems();

    QList<PartyDraft> m_parties;
    int m_current = -1;
    bool m_loading = false;
    TextTableModel *m_model;
    QTableView *m_view;
    QComboBox *m_role;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QLineEdit *m_identity;
    QLineEdit *m_phone;
    QLineEdit *m_address;
    QLineEdit *m_legal;
    QLineEdit *m_claim;
    QCheckBox *m_representative;
    QLabel *m_identityLabel;
    QLabel *m_nameError;
    QLabel *m_identityError;
    QLabel *m_claimError;
    QLabel *m_claimWords;
    QLabel *m_summary;
    QPushButton *m_paste;
    QPushButton *m_addPerson;
    QPushButton *m_addOrganisation;
    QWidget *m_editor;
};

} // namespace tj
