#pragma once

#include <condition_variable>
#include <mutex>
#include <thread>

namespace tj {

class Database;

/// A thread of its own that copies committed WAL pages into the database file
/// (PRAGMA wal_checkpoint(PASSIVE)) every interval, on its own connection. With it, the
/// workstation's connections do not checkpoint when they commit (wal_autocheckpoint = 0): a
/// save then waits for its own WAL fsync only, not for a checkpoint of the pages of the last
/// dozen saves and the file's fsync (each save writes ~60 pages; SQLite checkpoints on the commit
/// that passes 1,000). PASSIVE never waits for readers or writers; frames a reader still needs
/// are copied on a later round.
class WalCheckpointer
{
public:
    struct Round
    {
        int walFrames = 0;    ///< frames in the WAL when the round ran
        int copiedFrames = 0; ///< of them, now in the database file
    };

    WalCheckpointer(Database &db, int intervalMs);
    ~WalCheckpointer(); ///< stops the thread after its current round and closes its connection

    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    /// Rounds run so far that found frames in the WAL, and the last such round.
    int busyRounds() const;
    Round lastBusyRound() const;

private:
    void run();

    Database &m_db;
    const int m_intervalMs;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    int m_busyRounds = 0;
    Round m_last;
    std::thread m_thread;
};

} // namespace tj
