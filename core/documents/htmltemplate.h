#pragma once

#include <QString>
#include <QVariantMap>

namespace tj {

/// A small logic-less template language for the document templates in resources/templates:
/// `{{name}}` writes a value HTML-escaped; `{{{name}}}` writes it as is (for trusted markup
/// built by core, e.g. line breaks); `{{#name}}…{{/name}}` repeats the block for each map of
/// a list (the map's keys shadowing the outer ones) or shows it once when the value is true or
/// a non-empty string; `{{^name}}…{{/name}}` shows the block when the value is false or empty.
/// Unknown names write nothing.
QString renderTemplate(const QString &text, const QVariantMap &data);

} // namespace tj
