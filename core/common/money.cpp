#include "money.h"

#include <QRegularExpression>

namespace tj::money {

namespace {
constexpr qint64 kMaxFen = 1'000'000'000'000'000LL; // 10^13 yuan

const QChar kDigits[] = {u'零', u'壹', u'贰', u'叁', u'肆', u'伍', u'陆', u'柒', u'捌', u'玖'};
const QChar kSmallUnits[] = {QChar(), u'拾', u'佰', u'仟'};
const QChar kBigUnits[] = {QChar(), u'万', u'亿', u'兆'};

// Writes 1..9999 with its small units, a 零 standing for each run of inner zeros.
QString group(int value)
{
    QString out;
    bool pendingZero = false;
    for (int pos = 3; pos >= 0; --pos) {
        int divisor = 1;
        for (int i = 0; i < pos; ++i)
            divisor *= 10;
        const int digit = (value / divisor) % 10;
        if (digit == 0) {
            if (!out.isEmpty())
                pendingZero = true;
            continue;
        }
        if (pendingZero)
            out += kDigits[0];
        pendingZero = false;
        out += kDigits[digit];
        if (!kSmallUnits[pos].isNull())
            out += kSmallUnits[pos];
    }
    return out;
}
} // namespace

std::optional<qint64> parseYuan(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,13})(?:\\.(\\d{1,2}))?$"));
    const auto match = re.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 yuan = match.captured(1).toLongLong();
    QString decimals = match.captured(2);
    while (decimals.size() < 2)
        decimals += u'0';
    const qint64 fen = yuan * 100 + decimals.toLongLong();
    if (fen > kMaxFen)
        return std::nullopt;
    return fen;
}

QString formatYuan(qint64 fen)
{
    const bool negative = fen < 0;
    const qint64 abs = negative ? -fen : fen;
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(abs / 100)
        .arg(abs % 100, 2, 10, QLatin1Char('0'));
}

QString capitals(qint64 fen)
{
    if (fen < 0)
        return QStringLiteral("负") + capitals(-fen);
    qint64 yuan = fen / 100;
    const int jiao = int((fen / 10) % 10);
    const int cents = int(fen % 10);

    QString out;
    if (yuan == 0) {
        if (jiao == 0 && cents == 0)
            return QStringLiteral("零元整");
    } else {
        int groups[4] = {0, 0, 0, 0};
        int count = 0;
        while (yuan > 0 && count < 4) {
            groups[count++] = int(yuan % 10000);
            yuan /= 10000;
        }
        bool higherWritten = false;
        for (int g = count - 1; g >= 0; --g) {
            if (groups[g] == 0) {
                continue;
            }
            // Zeros between two written digits across a group boundary read as one 零.
            const bool gapBefore = higherWritten && (groups[g] < 1000 || groups[g + 1] % 10 == 0);
            out += group(groups[g]).prepend(gapBefore ? QString(kDigits[0]) : QString());
            if (!kBigUnits[g].isNull())
                out += kBigUnits[g];
            higherWritten = true;
        }
        out += u'元';
    }
    if (jiao == 0 && cents == 0)
        return out + u'整';
    if (jiao > 0) {
        out += kDigits[jiao];
        out += u'角';
    } else if (!out.isEmpty()) {
        out += kDigits[0];
    }
    if (cents > 0) {
        out += kDigits[cents];
        out += u'分';
    } else {
        out += u'整';
    }
    return out;
}

} // namespace tj::money
