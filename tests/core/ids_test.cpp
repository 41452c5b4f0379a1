// Record ids (common/clock.h newId): time-ordered UUIDs (RFC 9562 version 7).
#include "common/clock.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <gtest/gtest.h>

#include <thread>
#include <vector>

using namespace tj;

namespace {
const QRegularExpression kShape(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));

qint64 millisOf(const QString &id)
{
    return QStringView(id).left(8).toLongLong(nullptr, 16) << 16 | QStringView(id).mid(9, 4).toLongLong(nullptr, 16);
}
} // namespace

TEST(Ids, AreVersionSevenWithTheCurrentTimeInFront)
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const QString id = newId();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    EXPECT_TRUE(kShape.match(id).hasMatch()) << id.toStdString();
    EXPECT_EQ(id.at(14), u'7'); // the version (Qt 6.4's QUuid::version() knows 1 to 5 only)
    EXPECT_EQ(int(QUuid::fromString(id).variant()), int(QUuid::DCE));
    // An id made after another may carry a millisecond borrowed by a burst (never more here).
    EXPECT_GE(millisOf(id), before);
    EXPECT_LE(millisOf(id), after + 1);
}

TEST(Ids, SortInTheOrderTheyWereMadeAndNeverRepeat)
{
    QStringList ids;
    for (int i = 0; i < 50'000; ++i)
        ids.append(newId());
    QSet<QString> seen;
    for (int i = 0; i < ids.size(); ++i) {
        ASSERT_TRUE(kShape.match(ids[i]).hasMatch()) << ids[i].toStdString();
        if (i > 0) {
            ASSERT_LT(ids[i - 1], ids[i]) << i;
        }
        seen.insert(ids[i]);
    }
    EXPECT_EQ(seen.size(), ids.size());
}

TEST(Ids, AMillisecondWithMoreIdsThanTheCounterHoldsCarriesIntoTheTime)
{
    quint64 last = 0;
    const qint64 ms = 1'790'000'000'000; // 2026-09
    QString previous;
    QString id;
    for (int i = 0; i < 4096 + 10; ++i) {
        id = newIdAt(ms, last);
        if (!previous.isEmpty()) {
            ASSERT_LT(previous, id) << i;
        }
        previous = id;
    }
    EXPECT_EQ(millisOf(id), ms + 1);
    // The clock stepping back (a corrected laptop clock) does not break the order either.
    const QString after = newIdAt(ms - 60'000, last);
    EXPECT_LT(id, after);
    // A later millisecond starts its counter at zero again.
    const QString later = newIdAt(ms + 10, last);
    EXPECT_EQ(millisOf(later), ms + 10);
    EXPECT_EQ(QStringView(later).mid(15, 3), u"000");
}

TEST(Ids, ThreadsMakingIdsAtOnceGetDistinctOnes)
{
    std::vector<QStringList> made(4);
    std::vector<std::thread> threads;
    for (auto &list : made)
        threads.emplace_back([&list] {
            for (int i = 0; i < 20'000; ++i)
                list.append(newId());
        });
    for (auto &t : threads)
        t.join();
    QSet<QString> all;
    for (const auto &list : made) {
        for (int i = 1; i < list.size(); ++i)
            ASSERT_LT(list[i - 1], list[i]);
        for (const auto &id : list)
            all.insert(id);
    }
    EXPECT_EQ(all.size(), 80'000);
}
