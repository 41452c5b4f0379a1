#pragma once

#include <QByteArray>

#include <cstdio>
#include <cstdlib>

// Shared by the fuzz targets: an input as Qt bytes (copied, so ASan sees reads past the end of the
// fuzzer's buffer, not of a Qt allocation), and a failed invariant as a crash libFuzzer records.
namespace tj::fuzz {

inline QByteArray bytes(const unsigned char *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

[[noreturn]] inline void fail(const char *what)
{
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

} // namespace tj::fuzz

#define TJ_FUZZ_CHECK(cond)                                                                        \
    do {                                                                                           \
        if (!(cond))                                                                               \
            ::tj::fuzz::fail(#cond);                                                               \
    } while (false)
