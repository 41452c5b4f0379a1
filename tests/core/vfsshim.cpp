#include "vfsshim.h"

#include <sqlite3.h>

#include <cstring>

namespace tj::test {

namespace {
sqlite3_vfs *g_base = nullptr;
sqlite3_vfs g_shim;

struct ShimFile
{
    sqlite3_file base;
    sqlite3_file *real;
};

sqlite3_file *real(sqlite3_file *f)
{
    return reinterpret_cast<ShimFile *>(f)->real;
}

int shimClose(sqlite3_file *f)
{
    const int rc = real(f)->pMethods ? real(f)->pMethods->xClose(real(f)) : SQLITE_OK;
    return rc;
}
int shimRead(sqlite3_file *f, void *b, int n, sqlite3_int64 o)
{
    return real(f)->pMethods->xRead(real(f), b, n, o);
}
int shimWrite(sqlite3_file *f, const void *b, int n, sqlite3_int64 o)
{
    int left = VfsShim::writesLeft.load();
    while (left > 0 && !VfsShim::writesLeft.compare_exchange_weak(left, left - 1)) {
    }
    if (left == 0) {
        ++VfsShim::failures;
        return SQLITE_FULL;
    }
    return real(f)->pMethods->xWrite(real(f), b, n, o);
}
int shimTruncate(sqlite3_file *f, sqlite3_int64 s) { return real(f)->pMethods->xTruncate(real(f), s); }
int shimSync(sqlite3_file *f, int flags) { return real(f)->pMethods->xSync(real(f), flags); }
int shimFileSize(sqlite3_file *f, sqlite3_int64 *s) { return real(f)->pMethods->xFileSize(real(f), s); }
int shimLock(sqlite3_file *f, int l) { return real(f)->pMethods->xLock(real(f), l); }
int shimUnlock(sqlite3_file *f, int l) { return real(f)->pMethods->xUnlock(real(f), l); }
int shimCheck(sqlite3_file *f, int *r) { return real(f)->pMethods->xCheckReservedLock(real(f), r); }
int shimControl(sqlite3_file *f, int op, void *a) { return real(f)->pMethods->xFileControl(real(f), op, a); }
int shimSector(sqlite3_file *f) { return real(f)->pMethods->xSectorSize(real(f)); }
int shimDevice(sqlite3_file *f) { return real(f)->pMethods->xDeviceCharacteristics(real(f)); }
int shimShmMap(sqlite3_file *f, int i, int sz, int w, void volatile **p)
{
    return real(f)->pMethods->xShmMap(real(f), i, sz, w, p);
}
int shimShmLock(sqlite3_file *f, int o, int n, int fl) { return real(f)->pMethods->xShmLock(real(f), o, n, fl); }
void shimShmBarrier(sqlite3_file *f) { real(f)->pMethods->xShmBarrier(real(f)); }
int shimShmUnmap(sqlite3_file *f, int d) { return real(f)->pMethods->xShmUnmap(real(f), d); }
int shimFetch(sqlite3_file *f, sqlite3_int64 o, int n, void **p) { return real(f)->pMethods->xFetch(real(f), o, n, p); }
int shimUnfetch(sqlite3_file *f, sqlite3_int64 o, void *p) { return real(f)->pMethods->xUnfetch(real(f), o, p); }

const sqlite3_io_methods g_methods = {3,           shimClose,    shimRead,      shimWrite,    shimTruncate,
                                      shimSync,    shimFileSize, shimLock,      shimUnlock,   shimCheck,
                                      shimControl, shimSector,   shimDevice,    shimShmMap,   shimShmLock,
                                      shimShmBarrier, shimShmUnmap, shimFetch, shimUnfetch};

int shimOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    auto *file = reinterpret_cast<ShimFile *>(f);
    file->real = reinterpret_cast<sqlite3_file *>(file + 1);
    std::memset(file->real, 0, std::size_t(g_base->szOsFile));
    if (VfsShim::readOnly) {
        flags &= ~(SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        flags |= SQLITE_OPEN_READONLY;
    }
    const int rc = g_base->xOpen(g_base, name, file->real, flags, outFlags);
    file->base.pMethods = rc == SQLITE_OK ? &g_methods : nullptr;
    return rc;
}
int shimDelete(sqlite3_vfs *, const char *n, int s) { return g_base->xDelete(g_base, n, s); }
int shimAccess(sqlite3_vfs *, const char *n, int fl, int *r) { return g_base->xAccess(g_base, n, fl, r); }
int shimFullPath(sqlite3_vfs *, const char *n, int sz, char *out) { return g_base->xFullPathname(g_base, n, sz, out); }
int shimRandom(sqlite3_vfs *, int n, char *out) { return g_base->xRandomness(g_base, n, out); }
int shimSleep(sqlite3_vfs *, int us) { return g_base->xSleep(g_base, us); }
int shimTime(sqlite3_vfs *, sqlite3_int64 *t) { return g_base->xCurrentTimeInt64(g_base, t); }
int shimLastError(sqlite3_vfs *, int n, char *b) { return g_base->xGetLastError(g_base, n, b); }
} // namespace

VfsShim::VfsShim()
{
    writesLeft = -1;
    readOnly = false;
    failures = 0;
    g_base = sqlite3_vfs_find(nullptr);
    std::memset(&g_shim, 0, sizeof g_shim);
    g_shim.iVersion = 2;
    g_shim.szOsFile = int(sizeof(ShimFile)) + g_base->szOsFile;
    g_shim.mxPathname = g_base->mxPathname;
    g_shim.zName = "tiaojie-test-shim";
    g_shim.xOpen = shimOpen;
    g_shim.xDelete = shimDelete;
    g_shim.xAccess = shimAccess;
    g_shim.xFullPathname = shimFullPath;
    g_shim.xRandomness = shimRandom;
    g_shim.xSleep = shimSleep;
    g_shim.xCurrentTimeInt64 = shimTime;
    g_shim.xGetLastError = shimLastError;
    sqlite3_vfs_register(&g_shim, 1);
}

VfsShim::~VfsShim()
{
    sqlite3_vfs_unregister(&g_shim);
    sqlite3_vfs_register(g_base, 1);
}

} // namespace tj::test
