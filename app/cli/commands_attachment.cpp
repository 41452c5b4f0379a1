#include "agreementcli.h"
#include "cli.h"

#include "attachments/attachmentservice.h"
#include "db/database.h"

#include <QDir>
#include <QJsonArray>

namespace tj::cli {

namespace {
QJsonObject attachmentJson(const Attachment &a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("case"), a.caseId},
            {QStringLiteral("kind"), a.kind},
            {QStringLiteral("file_name"), a.fileName},
            {QStringLiteral("mime"), a.mime},
            {QStringLiteral("size"), a.size},
            {QStringLiteral("sha256"), a.sha256},
            {QStringLiteral("note"), a.note},
            {QStringLiteral("added_by"), a.addedBy},
            {QStringLiteral("added_org"), a.addedOrg},
            {QStringLiteral("added_at"), a.addedAt}};
}
} // namespace

Result<Output> Commands::attachment(Context &ctx)
{
    const QString sub = ctx.args.words.value(1);
    const QStringList known = {QStringLiteral("add"), QStringLiteral("list"),
                               QStringLiteral("export")};
    if (!known.contains(sub))
        return usage(tr("Unknown attachment command \"%1\"; use %2.")
                         .arg(sub, known.join(QStringLiteral(", "))));
    const QString ref = ctx.args.words.value(2);
    if (ref.isEmpty())
        return usage(sub == QLatin1String("export")
                         ? tr("Name the attachment by its id.")
                         : tr("Name the case by its id or number."));
    auto actor = ctx.actor();
    if (!actor)
        return actor.error();
    AttachmentService attachments(*ctx.db);

    if (sub == QLatin1String("add")) {
        const QString file = ctx.args.option(QStringLiteral("file"));
        if (file.isEmpty())
            return usage(tr("Give the file to attach with --file F."));
        AttachmentInput in;
        in.path = file;
        if (ctx.args.has(QStringLiteral("kind")))
            in.kind = ctx.args.option(QStringLiteral("kind"));
        in.note = ctx.args.option(QStringLiteral("note"));
        auto a = attachments.add(actor.value(), ref, in);
        if (!a)
            return a.error();
        QJsonObject o = attachmentJson(a.value());
        o.insert(QStringLiteral("duplicate"), a->duplicate);
        return Output{o, a->duplicate
                             ? tr("%1 is already attached as %2 (sha256 %3).")
                                   .arg(QDir::toNativeSeparators(file), a->id, a->sha256)
                             : tr("Attached %1 as %2 (sha256 %3).")
                                   .arg(a->fileName, a->id, a->sha256)};
    }
    if (sub == QLatin1String("list")) {
        auto list = attachments.list(actor.value(), ref);
        if (!list)
            return list.error();
        QJsonArray rows;
        QString text;
        for (const Attachment &a : list.value()) {
            rows.append(attachmentJson(a));
            text += QStringLiteral("%1  %2  %3  %4 B  %5\n")
                        .arg(a.id, AttachmentService::kindName(a.kind), a.fileName)
                        .arg(a.size)
                        .arg(a.sha256);
        }
        if (text.isEmpty())
            text = tr("No attachments.");
        return Output{{{QStringLiteral("case"), ref}, {QStringLiteral("attachments"), rows}}, text};
    }
    const QString folder = ctx.args.option(QStringLiteral("to"));
    if (folder.isEmpty())
        return usage(tr("Give the folder to export to with --to DIR."));
    auto path = attachments.exportTo(actor.value(), ref, folder);
    if (!path)
        return path.error();
    auto a = attachments.find(actor.value(), ref);
    if (!a)
        return a.error();
    return Output{{{QStringLiteral("id"), a->id},
                   {QStringLiteral("file"), path.value()},
                   {QStringLiteral("sha256"), a->sha256},
                   {QStringLiteral("size"), a->size}},
                  tr("Wrote %1.").arg(QDir::toNativeSeparators(path.value()))};
}

} // namespace tj::cli
