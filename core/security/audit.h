#pragma once

#include "common/result.h"
#include "users/user.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace tj {

/// One line of the audit trail (全程留痕): who did what to which object, when, with what result.
struct AuditEntry
{
    qint64 id = 0;
    QString at;
    QString user;
    QString action;     ///< e.g. case.intake, case.view, case.reveal, user.sign_in, backup.create
    QString objectType; ///< case, user, org, setting, database, audit
    QString objectId;
    QString result = QStringLiteral("ok"); ///< ok | denied | failed
    QString detail;
    QString prevHash;
    QString hash;

    static AuditEntry of(const Actor &actor, const QString &action, const QString &objectType,
                         const QString &objectId, const QString &detail = QString());
    AuditEntry &withResult(const QString &r)
    {
        result = r;
        return *this;
    }
};

/// The outcome of recomputing the chain.
struct AuditVerification
{
    bool intact = true;
    qint64 entries = 0;
    qint64 firstBroken = 0; ///< id of the first entry that does not check out (0 when intact)
    QString problem;        ///< translated explanation
    QString head;           ///< hash of the last entry
};

/// The hash-chained audit trail in table audit_log. Each entry's SHA-256 covers the previous
/// entry's hash and its own canonical content, so editing, deleting or inserting a row breaks
/// the chain from that row on. Triggers refuse UPDATE and DELETE as a first line of defence.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    explicit AuditLog(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Where the chain ends: the counter's last id and the hash the next entry continues from.
    struct Head
    {
        qint64 lastId = 0;
        QString hash;
    };
    /// Reads the head inside the caller's write transaction.
    Result<Head> head() const;
    /// Makes `entry` the next link after `head` (id, prev_hash, at when empty, hash) and moves
    /// `head` on; a bulk writer inserts the entries in order (ledger import).
    static void chain(Head &head, AuditEntry &entry);

    /// Appends inside the caller's open write transaction, so the entry commits or rolls back
    /// with the change it records.
    Result<void> append(AuditEntry entry);
    /// Appends in a transaction of its own (views, sign-ins, refusals: nothing else to commit).
    Result<void> record(const AuditEntry &entry);
    /// Recomputes the whole chain and names the first broken entry.
    Result<AuditVerification> verify() const;
    /// The newest entries first; `objectId` narrows to one object when given.
    Result<QList<AuditEntry>> recent(int limit, const QString &objectId = QString()) const;

    static QString canonical(const AuditEntry &entry);
    static QString chainHash(const QString &prevHash, const AuditEntry &entry);
    static QString genesisHash();

private:
    QSqlDatabase m_db;
};

} // namespace tj
