#include "transaction.h"

#include "database.h"
#include "query.h"

namespace tj {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db)) {}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Result<void> Transaction::begin()
{
    Query q(m_db, "BEGIN IMMEDIATE");
    TJ_TRY(q.exec());
    m_active = true;
    return {};
}

Result<void> Transaction::commit()
{
    Query q(m_db, "COMMIT");
    auto result = q.exec();
    if (!result) {
        rollback();
        return result;
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    Query q(m_db, "ROLLBACK");
    if (!q.exec())
        qCWarning(lcDb) << "rollback failed";
    m_active = false;
}

} // namespace tj
