#pragma once

#include "common/actiondialog.h"

#include "cases/case.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;

namespace tj {

class AgreementEditor;

/// Closing a case at its tier: settled (with the agreement), failed or withdrawn (with the
/// reason), or filed by a court (with the court's case number). Only the outcomes the workflow
/// allows for the case are offered.
class CloseDialog : public ActionDialog
{
    Q_OBJECT
public:
    explicit CloseDialog(const Case &c, QWidget *parent = nullptr);

    CloseInput input() const;
    bool selectOutcome(Outcome outcome);

    QComboBox *outcomeBox() const { return m_outcome; }
    AgreementEditor *agreementEditor() const { return m_agreement; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QLineEdit *filedNumberEdit() const { return m_filedNumber; }

private:
    QComboBox *m_outcome;
    QStackedWidget *m_pages;
    AgreementEditor *m_agreement;
    QPlainTextEdit *m_reason;
    QLineEdit *m_filedNumber;
};

} // namespace tj
