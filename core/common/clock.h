#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QUuid>

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

inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace tj
