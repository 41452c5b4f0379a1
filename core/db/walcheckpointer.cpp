#include "walcheckpointer.h"

#include "database.h"
#include "query.h"

#include <chrono>

namespace tj {

WalCheckpointer::WalCheckpointer(Database &db, int intervalMs)
    : m_db(db)
    , m_intervalMs(intervalMs)
    , m_thread([this] { run(); })
{}

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

int WalCheckpointer::busyRounds() const
{
    std::lock_guard lock(m_mutex);
    return m_busyRounds;
}

WalCheckpointer::Round WalCheckpointer::lastBusyRound() const
{
    std::lock_guard lock(m_mutex);
    return m_last;
}

void WalCheckpointer::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_wake.wait_for(lock, std::chrono::milliseconds(m_intervalMs), [this] { return m_stop; })) {
        lock.unlock();
        Round round;
        {
            // Columns: busy, frames in the WAL, frames checkpointed (-1, -1 when not in WAL mode).
            Query q(m_db.connection(), "PRAGMA wal_checkpoint(PASSIVE)");
            if (q.exec() && q.next()) {
                round.walFrames = q.value(1).toInt();
                round.copiedFrames = q.value(2).toInt();
            }
        }
        lock.lock();
        if (round.walFrames > 0) {
            ++m_busyRounds;
            m_last = round;
        }
    }
    lock.unlock();
    m_db.closeThreadConnection();
}

} // namespace tj
