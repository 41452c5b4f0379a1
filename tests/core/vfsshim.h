#pragma once

#include <atomic>

namespace tj::test {

/// An SQLite VFS wrapped around the default one and installed as the default while it lives:
/// it can fail every write after the next `n` with SQLITE_FULL (a full disk), or open every
/// file read-only (read-only media). Qt's SQLite driver uses the same libsqlite3, so the real
/// Database code runs on it unchanged.
class VfsShim
{
public:
    VfsShim();
    ~VfsShim();
    VfsShim(const VfsShim &) = delete;
    VfsShim &operator=(const VfsShim &) = delete;

    /// -1: never fail; n >= 0: the (n+1)th write from now fails, and every one after it.
    void failWritesAfter(int n) { writesLeft = n; }
    void setReadOnly(bool on) { readOnly = on; }

    static inline std::atomic<int> writesLeft{-1};
    static inline std::atomic<bool> readOnly{false};
    static inline std::atomic<int> failures{0};
};

} // namespace tj::test
