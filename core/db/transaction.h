#pragma once

#include "common/result.h"

#include <QSqlDatabase>

namespace tj {

/// RAII write transaction. begin() takes the write lock at once (BEGIN IMMEDIATE) so two
/// writers never deadlock on an upgrade; the destructor rolls back unless commit() succeeded.
/// On PostgreSQL begin() takes a transaction-level advisory lock shared by every seat, so the
/// server has one writer at a time too (case numbers, audit chain, checks then writes).
/// Begun while the connection is already inside a transaction, it becomes a SAVEPOINT, so a
/// service call can run inside a caller's all-or-nothing transaction (ledger import).
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Result<void> begin();
    Result<void> commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_savepoint; ///< set when nested inside an outer transaction
};

} // namespace tj
