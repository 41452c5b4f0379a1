#include "clock.h"

#include <QRandomGenerator>
#include <QUuid>

#include <atomic>

namespace tj {

namespace {
std::atomic<quint64> g_lastStamp{0};

// Time (ms, 48 bits) and counter (12 bits) as one number: the next one after `last` that is not
// before `unixMs`. A counter that runs over carries into the time, so the order holds even for
// more than 4,096 ids in one millisecond (the id is then a millisecond ahead of the clock).
quint64 nextStamp(qint64 unixMs, quint64 last)
{
    const quint64 now = quint64(unixMs) << 12;
    return now > last ? now : last + 1;
}

QString format(quint64 stamp)
{
    const quint64 random = QRandomGenerator::global()->generate64();
    const quint64 ms = stamp >> 12;
    const auto counter = ushort(stamp & 0x0fff);
    // Layout (RFC 9562 §5.7): unix_ts_ms(48) | ver(4)=7 | rand_a(12) | var(2)=10 | rand_b(62).
    const QUuid id(uint(ms >> 16), ushort(ms & 0xffff), ushort(0x7000 | counter),
                   uchar(0x80 | ((random >> 56) & 0x3f)), uchar(random >> 48), uchar(random >> 40),
                   uchar(random >> 32), uchar(random >> 24), uchar(random >> 16), uchar(random >> 8),
                   uchar(random));
    return id.toString(QUuid::WithoutBraces);
}
} // namespace

QString newIdAt(qint64 unixMs, quint64 &lastStamp)
{
    lastStamp = nextStamp(unixMs, lastStamp);
    return format(lastStamp);
}

QString newId()
{
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    quint64 last = g_lastStamp.load(std::memory_order_relaxed);
    quint64 next = nextStamp(ms, last);
    while (!g_lastStamp.compare_exchange_weak(last, next, std::memory_order_relaxed))
        next = nextStamp(ms, last);
    return format(next);
}

} // namespace tj
