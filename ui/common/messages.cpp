#include "messages.h"

#include <QLabel>
#include <QMessageBox>

namespace tj {

QString Messages::kindTitle(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Validation:
        return tr("Please check the input");
    case ErrorKind::Rule:
        return tr("Not allowed by the rules");
    case ErrorKind::NotFound:
        return tr("Not found");
    case ErrorKind::Denied:
        return tr("Not permitted");
    case ErrorKind::Conflict:
        return tr("Changed by someone else");
    case ErrorKind::Usage:
        return tr("Cannot do that");
    case ErrorKind::Storage:
        return tr("Database problem");
    }
    return {};
}

void Messages::showError(QWidget *parent, const Error &error)
{
    QMessageBox box(error.kind == ErrorKind::Storage ? QMessageBox::Critical : QMessageBox::Warning,
                    kindTitle(error.kind), error.message, QMessageBox::Ok, parent);
    box.exec();
}

QLabel *Messages::fieldErrorLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void Messages::setFieldError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

} // namespace tj
