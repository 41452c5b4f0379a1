#pragma once

#include "common/result.h"

#include <QDialog>

#include <functional>

class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;

namespace tj {

/// A dialog for one workflow action: a form, the action's date, and OK/Cancel. OK runs the
/// submit function; when core refuses, the message is shown in the dialog and what was typed
/// stays, so nothing is lost. Enter confirms (Ctrl+Enter inside a text box), Escape cancels.
class ActionDialog : public QDialog
{
    Q_OBJECT
public:
    using Submit = std::function<Result<void>()>;

    ActionDialog(const QString &title, const QString &okText, QWidget *parent = nullptr);

    QFormLayout *form() const { return m_form; }
    QDateEdit *dateEdit() const { return m_date; }
    QDate date() const;
    /// Adds a multi-line text field (reason, record) with its label.
    QPlainTextEdit *addTextField(const QString &label, const QString &placeholder = QString());
    void setSubmit(Submit submit) { m_submit = std::move(submit); }
    /// The message core returned for the last refused OK, if any.
    QString errorText() const;
    QLabel *errorLabel() const { return m_error; }

    void accept() override;

private:
    QFormLayout *m_form;
    QDateEdit *m_date;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    Submit m_submit;
};

} // namespace tj
