#pragma once

#include "common/result.h"

#include <QCoreApplication>

class QLabel;
class QWidget;

namespace tj {

/// How screens report problems: a message box for a refused action, a red label next to the
/// field for input being typed. Never silent.
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Messages)
public:
    static void showError(QWidget *parent, const Error &error);
    /// A red, word-wrapped label for a field's problem, hidden while there is none.
    static QLabel *fieldErrorLabel();
    static void setFieldError(QLabel *label, const QString &message);
    static QString kindTitle(ErrorKind kind);
};

} // namespace tj
