#pragma once

#include "common/actiondialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace tj {

class Workspace;

/// The follow-up visit (回访) form: when and how (phone or on site) the visit was made, whom
/// the visitor reached, the performance observed, the party's satisfaction, risks and notes.
/// OK records it through AgreementService::visit; a refusal stays in the dialog.
class VisitDialog : public ActionDialog
{
    Q_OBJECT
public:
    VisitDialog(Workspace &ws, const QString &caseId, QWidget *parent = nullptr);

    QComboBox *methodBox() const { return m_method; }
    QLineEdit *visitedEdit() const { return m_visited; }
    QComboBox *performanceBox() const { return m_performance; }
    QComboBox *satisfactionBox() const { return m_satisfaction; }
    QLineEdit *risksEdit() const { return m_risks; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QLineEdit *visitorEdit() const { return m_visitor; }

private:
    QComboBox *m_method;
    QLineEdit *m_visited;
    QComboBox *m_performance;
    QComboBox *m_satisfaction;
    QLineEdit *m_risks;
    QPlainTextEdit *m_note;
    QLineEdit *m_visitor;
};

} // namespace tj
