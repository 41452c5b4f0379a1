#include "actiondialog.h"

#include "messages.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace tj {

ActionDialog::ActionDialog(const QString &title, const QString &okText, QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_date(new QDateEdit(QDate::currentDate()))
    , m_error(Messages::fieldErrorLabel())
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(title);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(QDate::currentDate());
    m_form->addRow(tr("&Date:"), m_date);
    m_buttons->button(QDialogButtonBox::Ok)->setText(okText);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ActionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ActionDialog::reject);
    auto *ctrlEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(ctrlEnter, &QShortcut::activated, this, &ActionDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
}

QDate ActionDialog::date() const
{
    return m_date->date();
}

QPlainTextEdit *ActionDialog::addTextField(const QString &label, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit;
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(placeholder);
    edit->setMinimumHeight(70);
    m_form->addRow(label, edit);
    return edit;
}

QString ActionDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

void ActionDialog::accept()
{
    if (m_submit) {
        const Result<void> done = m_submit();
        if (!done) {
            Messages::setFieldError(m_error, done.error().message);
            return;
        }
    }
    Messages::setFieldError(m_error, QString());
    QDialog::accept();
}

} // namespace tj
