#include "cli.h"

#include "db/database.h"
#include "transfer/deviceidentity.h"
#include "transfer/transferservice.h"

#include <QDir>
#include <QJsonArray>

namespace tj::cli {

namespace {
using transfer::ImportSummary;
using transfer::TransferService;

QJsonObject summaryJson(const ImportSummary &s)
{
    return {{QStringLiteral("package_id"), s.packageId},
            {QStringLiteral("kind"), s.kind},
            {QStringLiteral("sender_org"), s.senderOrg},
            {QStringLiteral("sender_device"), s.senderDevice},
            {QStringLiteral("fingerprint"), s.fingerprint},
            {QStringLiteral("seq"), s.seq},
            {QStringLiteral("recipient_org"), s.recipientOrg},
            {QStringLiteral("created_at"), s.createdAt},
            {QStringLiteral("new"), QJsonArray::fromStringList(s.newCases)},
            {QStringLiteral("updated"), QJsonArray::fromStringList(s.updatedCases)},
            {QStringLiteral("unchanged"), QJsonArray::fromStringList(s.unchangedCases)},
            {QStringLiteral("queued"), QJsonArray::fromStringList(s.queuedCases)},
            {QStringLiteral("files"), s.files},
            {QStringLiteral("duplicate"), s.duplicate},
            {QStringLiteral("applied"), s.applied},
            {QStringLiteral("warning"), s.warning},
            {QStringLiteral("delivered_package"), s.deliveredPackage},
            {QStringLiteral("receipt"), s.receiptPath}};
}

QString summaryText(const ImportSummary &s, bool verifyOnly)
{
    QString text = Commands::tr("Package %1 (%2, number %3) from %4, device %5 (fingerprint %6), "
                                "to %7.\n")
                       .arg(s.packageId, s.kind)
                       .arg(s.seq)
                       .arg(s.senderOrg, s.senderDevice, s.fingerprint, s.recipientOrg);
    if (s.kind == QLatin1String("receipt")) {
        text += s.duplicate ? Commands::tr("Package %1 was already marked delivered.\n")
                                  .arg(s.deliveredPackage)
                            : (verifyOnly ? Commands::tr("Confirms delivery of package %1.\n")
                                          : Commands::tr("Package %1 is now marked delivered.\n"))
                                  .arg(s.deliveredPackage);
        return text;
    }
    if (s.duplicate)
        return text + Commands::tr("Already imported: nothing changed.\n");
    text += Commands::tr("New cases: %1; updated: %2; unchanged: %3; for review (changed on both "
                         "sides): %4; files: %5.\n")
                .arg(s.newCases.size())
                .arg(s.updatedCases.size())
                .arg(s.unchangedCases.size())
                .arg(s.queuedCases.size())
                .arg(s.files);
    if (!s.warning.isEmpty())
        text += Commands::tr("Warning: %1\n").arg(s.warning);
    if (verifyOnly)
        text += Commands::tr("Signature and hashes are valid; nothing was written.\n");
    else if (!s.receiptPath.isEmpty())
        text += Commands::tr("Receipt for the sender: %1\n")
                    .arg(QDir::toNativeSeparators(s.receiptPath));
    return text;
}
} // namespace

Result<Output> Commands::package(Context &ctx)
{
    const QString sub = ctx.args.words.value(1);
    const QStringList known = {QStringLiteral("export"),  QStringLiteral("import"),
                               QStringLiteral("verify"),  QStringLiteral("receipt"),
                               QStringLiteral("review"),  QStringLiteral("resolve")};
    if (!known.contains(sub))
        return usage(tr("Unknown package command \"%1\"; use %2.")
                         .arg(sub, known.join(QStringLiteral(", "))));
    const QStringList rest = ctx.args.words.mid(2);
    if (sub != QLatin1String("review") && rest.isEmpty())
        return usage(sub == QLatin1String("export")
                         ? tr("Name the cases to export.")
                         : sub == QLatin1String("resolve")
                               ? tr("Name the review item.")
                               : sub == QLatin1String("receipt") ? tr("Name the imported package.")
                                                                 : tr("Name the package file."));
    auto actor = ctx.actor();
    if (!actor)
        return actor.error();
    TransferService service(*ctx.db);

    if (sub == QLatin1String("export")) {
        const QString out = ctx.args.option(QStringLiteral("out"));
        if (out.isEmpty())
            return usage(tr("Give the package file to write with --out F."));
        auto r = service.exportCases(actor.value(), rest, ctx.args.option(QStringLiteral("to")), out);
        if (!r)
            return r.error();
        return Output{{{QStringLiteral("package_id"), r->packageId},
                       {QStringLiteral("file"), r->path},
                       {QStringLiteral("kind"), r->kind},
                       {QStringLiteral("seq"), r->seq},
                       {QStringLiteral("bytes"), r->bytes},
                       {QStringLiteral("recipient_org"), r->recipientOrg},
                       {QStringLiteral("cases"), QJsonArray::fromStringList(r->cases)}},
                      tr("Wrote package %1 (%2, number %3, %4 case(s), %5 bytes) for %6 to %7; "
                         "it was read back and verified. The cases are read-only here until "
                         "they come back.")
                          .arg(r->packageId, r->kind)
                          .arg(r->seq)
                          .arg(r->cases.size())
                          .arg(r->bytes)
                          .arg(r->recipientOrg, QDir::toNativeSeparators(r->path))};
    }
    if (sub == QLatin1String("verify") || sub == QLatin1String("import")) {
        const bool verifyOnly = sub == QLatin1String("verify");
        transfer::ImportOptions options;
        options.acceptGap = ctx.args.has(QStringLiteral("accept-gap"));
        options.receiptPath = ctx.args.option(QStringLiteral("receipt"));
        auto s = verifyOnly ? service.verify(actor.value(), rest.first())
                            : service.import(actor.value(), rest.first(), options);
        if (!s)
            return s.error();
        return Output{summaryJson(s.value()), summaryText(s.value(), verifyOnly)};
    }
    if (sub == QLatin1String("receipt")) {
        const QString out = ctx.args.option(QStringLiteral("out"));
        if (out.isEmpty())
            return usage(tr("Give the receipt file to write with --out F."));
        auto r = service.writeReceipt(actor.value(), rest.first(), out);
        if (!r)
            return r.error();
        return Output{{{QStringLiteral("package_id"), rest.first()}, {QStringLiteral("file"), *r}},
                      tr("Wrote the receipt of %1 to %2.")
                          .arg(rest.first(), QDir::toNativeSeparators(*r))};
    }
    if (sub == QLatin1String("review")) {
        auto list = service.reviewQueue(actor.value());
        if (!list)
            return list.error();
        QJsonArray rows;
        QString text;
        for (const auto &item : list.value()) {
            rows.append(QJsonObject{{QStringLiteral("id"), item.id},
                                    {QStringLiteral("case"), item.caseId},
                                    {QStringLiteral("number"), item.caseNumber},
                                    {QStringLiteral("package_id"), item.packageId},
                                    {QStringLiteral("sender_org"), item.senderOrg},
                                    {QStringLiteral("queued_at"), item.queuedAt}});
            text += QStringLiteral("%1  %2  %3  %4\n")
                        .arg(item.id, item.caseNumber, item.senderOrg, item.queuedAt);
        }
        if (text.isEmpty())
            text = tr("Nothing waits for review.");
        return Output{{{QStringLiteral("items"), rows}}, text};
    }
    const QString choice = ctx.args.option(QStringLiteral("keep"));
    if (choice != QLatin1String("mine") && choice != QLatin1String("theirs"))
        return usage(tr("Choose with --keep mine or --keep theirs."));
    TJ_TRY(service.resolve(actor.value(), rest.first(), choice == QLatin1String("theirs")));
    return Output{{{QStringLiteral("id"), rest.first()}, {QStringLiteral("kept"), choice}},
                  choice == QLatin1String("theirs") ? tr("Took the incoming version.")
                                                    : tr("Kept this installation's version.")};
}

Result<Output> Commands::device(Context &ctx)
{
    const QString sub = ctx.args.words.value(1);
    const QStringList known = {QStringLiteral("show"), QStringLiteral("trust"),
                               QStringLiteral("trusted"), QStringLiteral("revoke")};
    if (!known.contains(sub))
        return usage(tr("Unknown device command \"%1\"; use %2.")
                         .arg(sub, known.join(QStringLiteral(", "))));
    if (sub == QLatin1String("show")) {
        auto id = transfer::DeviceIdentity::loadOrCreate(*ctx.db);
        if (!id)
            return id.error();
        return Output{{{QStringLiteral("device_id"), id->deviceId},
                       {QStringLiteral("public_key"), id->publicKeyHex()},
                       {QStringLiteral("fingerprint"), id->fingerprint()}},
                      tr("Device %1\nPublic key: %2\nFingerprint (read it aloud to compare): %3")
                          .arg(id->deviceId, id->publicKeyHex(), id->fingerprint())};
    }
    auto actor = ctx.actor();
    if (!actor)
        return actor.error();
    TransferService service(*ctx.db);
    if (sub == QLatin1String("trust")) {
        const QString org = ctx.args.words.value(2);
        const QString key = ctx.args.option(QStringLiteral("key"));
        if (org.isEmpty() || key.isEmpty())
            return usage(tr("Use: device trust ORG --key PUBLIC_KEY."));
        auto t = service.trust(actor.value(), org, key);
        if (!t)
            return t.error();
        return Output{{{QStringLiteral("device_id"), t->deviceId},
                       {QStringLiteral("org"), t->orgCode},
                       {QStringLiteral("fingerprint"), t->fingerprint}},
                      tr("Trusted device %1 of %2. Compare the fingerprint with its owner: %3")
                          .arg(t->deviceId, t->orgCode, t->fingerprint)};
    }
    if (sub == QLatin1String("revoke")) {
        const QString ref = ctx.args.words.value(2);
        if (ref.isEmpty())
            return usage(tr("Name the device (id, key or fingerprint)."));
        TJ_TRY(service.revoke(actor.value(), ref));
        return Output{{{QStringLiteral("revoked"), ref}}, tr("Revoked %1.").arg(ref)};
    }
    auto list = service.trusted(actor.value());
    if (!list)
        return list.error();
    QJsonArray rows;
    QString text;
    for (const auto &t : list.value()) {
        rows.append(QJsonObject{{QStringLiteral("device_id"), t.deviceId},
                                {QStringLiteral("org"), t.orgCode},
                                {QStringLiteral("public_key"), t.publicKey},
                                {QStringLiteral("fingerprint"), t.fingerprint},
                                {QStringLiteral("enrolled_by"), t.enrolledBy},
                                {QStringLiteral("enrolled_at"), t.enrolledAt},
                                {QStringLiteral("revoked_at"), t.revokedAt}});
        text += QStringLiteral("%1  %2  %3  %4\n")
                    .arg(t.deviceId, t.orgCode, t.fingerprint,
                         t.revokedAt.isEmpty() ? tr("trusted") : tr("revoked %1").arg(t.revokedAt));
    }
    if (text.isEmpty())
        text = tr("No trusted devices.");
    return Output{{{QStringLiteral("devices"), rows}}, text};
}

} // namespace tj::cli
