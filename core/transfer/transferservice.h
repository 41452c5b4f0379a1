#pragma once

#include "common/result.h"
#include "package.h"
#include "users/user.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace tj {
class Database;
}

namespace tj::transfer {

/// A device key this installation trusts for an organisation.
struct TrustedKey
{
    QString deviceId;
    QString orgCode;
    QString publicKey; ///< hex
    QString fingerprint;
    QString enrolledBy;
    QString enrolledAt;
    QString revokedAt; ///< empty while trusted
};

struct ExportResult
{
    QString packageId;
    QString path;
    QString kind; ///< referral | delegation | return
    qint64 seq = 0;
    qint64 bytes = 0;
    QString recipientOrg;
    QStringList cases;
};

/// What a package brings (verify) or brought (import).
struct ImportSummary
{
    QString packageId;
    QString kind;
    QString senderOrg;
    QString senderDevice;
    QString fingerprint;
    qint64 seq = 0;
    QString recipientOrg;
    QString createdAt;
    QStringList newCases;
    QStringList updatedCases;
    QStringList unchangedCases;
    QStringList queuedCases; ///< changed on both sides: waiting in the review queue
    int files = 0;
    bool duplicate = false; ///< already imported: nothing changed
    bool applied = false;
    QString warning;        ///< e.g. an accepted gap in the sequence
    QString deliveredPackage; ///< for a receipt: the outgoing package it confirms
    QString receiptPath;    ///< the receipt written for the sender
};

struct ImportOptions
{
    bool acceptGap = false;  ///< apply a package that skips sequence numbers (audited)
    QString receiptPath;     ///< where to write the receipt (default: PACKAGE.receipt.tjp)
};

struct ReviewItem
{
    QString id;
    QString caseId;
    QString caseNumber;
    QString packageId;
    QString senderOrg;
    QString queuedAt;
};

/// Signed transfer packages between installations (docs/transfer.md): export with custody
/// hand-over, verified all-or-nothing import, receipts, trust of device keys, review queue.
class TransferService
{
    Q_DECLARE_TR_FUNCTIONS(TransferService)
public:
    explicit TransferService(Database &db) : m_db(db) {}

    Result<TrustedKey> trust(const Actor &actor, const QString &org, const QString &publicKeyHex);
    Result<void> revoke(const Actor &actor, const QString &deviceOrKey);
    Result<QList<TrustedKey>> trusted(const Actor &actor) const;

    /// Exports cases into one signed package at `outPath` (written safely, read back and
    /// verified). With a pending referral or delegation the kind and recipient follow it;
    /// otherwise `toOrg` names the recipient and the kind is "return". The cases become
    /// read-only here until a package brings them back.
    Result<ExportResult> exportCases(const Actor &actor, const QStringList &caseRefs,
                                     const QString &toOrg, const QString &outPath);
    /// Checks a package and says what importing it would do; writes nothing.
    Result<ImportSummary> verify(const Actor &actor, const QString &path);
    /// Applies a package in one transaction (or marks an outgoing package delivered for a
    /// receipt) and writes the receipt for the sender. A refusal is audited as failed.
    Result<ImportSummary> import(const Actor &actor, const QString &path,
                                 const ImportOptions &options = {});
    /// Writes again the receipt of an imported package.
    Result<QString> writeReceipt(const Actor &actor, const QString &packageId,
                                 const QString &outPath);

    Result<QList<ReviewItem>> reviewQueue(const Actor &actor) const;
    /// keep-mine (`takeTheirs` false) or take-theirs for a queued case.
    Result<void> resolve(const Actor &actor, const QString &reviewId, bool takeTheirs);

    /// Whether a case is away in a package (read-only here).
    static Result<bool> isAway(QSqlDatabase db, const QString &caseId);
    /// Everything a case owns, as canonical JSON (rows per table; autoincrement ids left out;
    /// file contents replaced by {"$blob": sha256} and put into `files`).
    static Result<QJsonObject> caseContent(QSqlDatabase db, const QString &caseId,
                                           QMap<QString, QByteArray> *files);
    static QByteArray canonical(const QJsonObject &content);

private:
    struct Checked;
    Result<Checked> check(const Actor &actor, const QString &path, bool forImport);
    Result<ImportSummary> importChecked(const Actor &actor, Checked &checked,
                                        const ImportOptions &options);
    Result<void> applyCase(QSqlDatabase db, const QJsonObject &content,
                           const std::function<Result<QByteArray>(const QString &)> &file);
    Result<void> failed(const Actor &actor, const QString &action, const QString &object,
                        const Error &error) const;

    Database &m_db;
};

} // namespace tj::transfer
