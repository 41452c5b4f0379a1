#include "htmltemplate.h"

#include <QVariantList>

namespace tj {

namespace {
bool truthy(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return false;
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    if (v.typeId() == QMetaType::QVariantList)
        return !v.toList().isEmpty();
    return !v.toString().isEmpty();
}

QVariant lookup(const QList<QVariantMap> &scopes, const QString &name)
{
    for (auto it = scopes.crbegin(); it != scopes.crend(); ++it)
        if (it->contains(name))
            return it->value(name);
    return {};
}

// Index of the `{{/name}}` closing the section opened before `from`, honouring nesting.
qsizetype findClose(const QString &text, const QString &name, qsizetype from)
{
    const QString open1 = QStringLiteral("{{#") + name + QStringLiteral("}}");
    const QString open2 = QStringLiteral("{{^") + name + QStringLiteral("}}");
    const QString close = QStringLiteral("{{/") + name + QStringLiteral("}}");
    int depth = 1;
    qsizetype pos = from;
    while (true) {
        const qsizetype c = text.indexOf(close, pos);
        if (c < 0)
            return -1;
        qsizetype o = text.indexOf(open1, pos);
        const qsizetype o2 = text.indexOf(open2, pos);
        if (o < 0 || (o2 >= 0 && o2 < o))
            o = o2;
        if (o >= 0 && o < c) {
            ++depth;
            pos = o + open1.size();
            continue;
        }
        if (--depth == 0)
            return c;
        pos = c + close.size();
    }
}

QString render(const QString &text, QList<QVariantMap> &scopes)
{
    QString out;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype start = text.indexOf(QStringLiteral("{{"), pos);
        if (start < 0) {
            out += text.mid(pos);
            break;
        }
        out += text.mid(pos, start - pos);
        const bool raw = text.mid(start, 3) == QLatin1String("{{{");
        const qsizetype end = text.indexOf(raw ? QStringLiteral("}}}") : QStringLiteral("}}"), start);
        if (end < 0) {
            out += text.mid(start);
            break;
        }
        const QString tag = text.mid(start + (raw ? 3 : 2), end - start - (raw ? 3 : 2)).trimmed();
        pos = end + (raw ? 3 : 2);
        if (raw) {
            out += lookup(scopes, tag).toString();
            continue;
        }
        const QChar sigil = tag.isEmpty() ? QChar() : tag.front();
        if (sigil != u'#' && sigil != u'^') {
            out += lookup(scopes, tag).toString().toHtmlEscaped();
            continue;
        }
        const QString name = tag.mid(1).trimmed();
        const qsizetype close = findClose(text, name, pos);
        if (close < 0)
            break;
        const QString block = text.mid(pos, close - pos);
        pos = close + name.size() + 5;
        const QVariant value = lookup(scopes, name);
        if (sigil == u'^') {
            if (!truthy(value))
                out += render(block, scopes);
        } else if (value.typeId() == QMetaType::QVariantList) {
            for (const QVariant &item : value.toList()) {
                scopes.append(item.toMap());
                out += render(block, scopes);
                scopes.removeLast();
            }
        } else if (truthy(value)) {
            out += render(block, scopes);
        }
    }
    return out;
}
} // namespace

QString renderTemplate(const QString &text, const QVariantMap &data)
{
    QList<QVariantMap> scopes{data};
    return render(text, scopes);
}

} // namespace tj
