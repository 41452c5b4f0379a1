#pragma once

#include "common/result.h"

#include <QSqlDatabase>

namespace tj {

/// RAII write transaction. begin() takes the write lock at once (BEGIN IMMEDIATE) so two
/// writers never deadlock on an upgrade; the destructor rolls back unless commit() succeeded.
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
};

} // namespace tj
