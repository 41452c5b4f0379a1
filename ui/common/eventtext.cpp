#include "eventtext.h"

#include "workspace.h"

#include "attachments/attachmentservice.h"

namespace tj {

namespace {
QString statusText(const QString &code)
{
    const auto status = statusFromCode(code);
    return status ? statusName(*status) : code;
}
} // namespace

QString EventText::actionName(const QString &code)
{
    static const struct
    {
        const char *code;
        const char *name;
    } names[] = {
        {"intake", QT_TRANSLATE_NOOP("EventText", "registered")},
        {"accept", QT_TRANSLATE_NOOP("EventText", "accepted for mediation")},
        {"reject", QT_TRANSLATE_NOOP("EventText", "not accepted")},
        {"session", QT_TRANSLATE_NOOP("EventText", "mediation session")},
        {"refer", QT_TRANSLATE_NOOP("EventText", "referred up")},
        {"delegate", QT_TRANSLATE_NOOP("EventText", "delegated down")},
        {"receive", QT_TRANSLATE_NOOP("EventText", "received")},
        {"return", QT_TRANSLATE_NOOP("EventText", "returned")},
        {"close", QT_TRANSLATE_NOOP("EventText", "closed")},
        {"agreement_sign", QT_TRANSLATE_NOOP("EventText", "agreement signed")},
        {"agreement_convert", QT_TRANSLATE_NOOP("EventText", "oral agreement written down")},
        {"payment", QT_TRANSLATE_NOOP("EventText", "payment recorded")},
        {"visit", QT_TRANSLATE_NOOP("EventText", "follow-up visit")},
        {"confirmation_apply", QT_TRANSLATE_NOOP("EventText", "judicial confirmation applied for")},
        {"confirmation_accept", QT_TRANSLATE_NOOP("EventText", "confirmation application accepted")},
        {"confirmation_refuse", QT_TRANSLATE_NOOP("EventText", "confirmation application refused")},
        {"confirmation_extend", QT_TRANSLATE_NOOP("EventText", "confirmation ruling period extended")},
        {"confirmation_rule", QT_TRANSLATE_NOOP("EventText", "confirmation ruling")},
        {"attachment_add", QT_TRANSLATE_NOOP("EventText", "file attached")},
        {"guidance", QT_TRANSLATE_NOOP("EventText", "guidance from the court")},
    };
    for (const auto &n : names)
        if (code == QLatin1String(n.code))
            return tr(n.name);
    return code;
}

QString EventText::statusChange(const CaseEvent &e)
{
    if (e.beforeStatus.isEmpty())
        return statusText(e.afterStatus);
    if (e.beforeStatus == e.afterStatus)
        return QString();
    return tr("%1 → %2").arg(statusText(e.beforeStatus), statusText(e.afterStatus));
}

QString EventText::detail(const CaseEvent &e, const Workspace &ws)
{
    const QString data = [&] {
        const QString to = e.data.value(QStringLiteral("to")).toString();
        const QString from = e.data.value(QStringLiteral("from")).toString();
        if (e.action == QLatin1String("refer") || e.action == QLatin1String("delegate")
            || e.action == QLatin1String("guidance"))
            return tr("to %1").arg(ws.orgName(to));
        if (e.action == QLatin1String("return"))
            return tr("back to %1").arg(ws.orgName(to));
        if (e.action == QLatin1String("receive"))
            return tr("from %1").arg(ws.orgName(from));
        if (e.action == QLatin1String("close")) {
            QString text = statusText(e.data.value(QStringLiteral("outcome")).toString());
            const QString filed = e.data.value(QStringLiteral("filed_number")).toString();
            if (!filed.isEmpty())
                text += u' ' + tr("court number %1").arg(filed);
            return text;
        }
        if (e.action == QLatin1String("confirmation_rule"))
            return e.data.value(QStringLiteral("result")).toString() == QLatin1String("valid")
                       ? tr("agreement confirmed valid")
                       : tr("agreement not confirmed");
        if (e.action == QLatin1String("attachment_add"))
            return AttachmentService::kindName(e.data.value(QStringLiteral("kind")).toString());
        return QString();
    }();
    if (data.isEmpty())
        return e.detail;
    if (e.detail.isEmpty())
        return data;
    return tr("%1: %2").arg(data, e.detail);
}

} // namespace tj
