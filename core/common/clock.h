#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace tj {

/// Current time as stored in the database: UTC ISO 8601 with milliseconds.
inline QString nowStamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

inline QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

/// Parses a strict YYYY-MM-DD date; an invalid QDate if it is not one.
inline QDate parseIsoDate(const QString &text)
{
    if (text.size() != 10)
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

/// A new record id: a time-ordered UUID (RFC 9562 version 7) in its 36-character text form.
/// The first 48 bits are the Unix time in milliseconds and the next 12 a counter, so the ids one
/// process makes sort in the order it made them, even within one millisecond; the last 62 bits
/// are random, so ids made on different machines (transfer packages) do not collide. Sorted
/// ids make a batch of new rows land side by side in every index keyed by an id (a case's
/// parties, history and agreement by its case id), instead of on a random page each.
QString newId();

/// The same for a given time and counter state (tests): `lastStamp` holds the previous id's
/// 60-bit time-and-counter value and is advanced.
QString newIdAt(qint64 unixMs, quint64 &lastStamp);

} // namespace tj
