#include "package.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

#include <sodium.h>

namespace tj::transfer {

namespace {
// "TJPKG", NUL, CR, LF: a text tool that mangles line ends breaks the magic at once.
const QByteArray kMagic("TJPKG\0\r\n", 8);
constexpr int kHeaderBytes = 8 + 2 + kPublicKeyBytes + 4;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

void putU16(QByteArray &out, quint16 v)
{
    char b[2];
    qToBigEndian(v, b);
    out.append(b, 2);
}
void putU32(QByteArray &out, quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}
void putU64(QByteArray &out, quint64 v)
{
    char b[8];
    qToBigEndian(v, b);
    out.append(b, 8);
}
} // namespace

QString PackageCodec::sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString PackageCodec::fingerprint(const QByteArray &publicKey)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    const QByteArray digest =
        QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(15);
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : digest) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            out.append(QLatin1Char(alphabet[(buffer >> (bits - 5)) & 31]));
            bits -= 5;
        }
    }
    QStringList groups;
    for (int i = 0; i < out.size(); i += 4)
        groups << out.mid(i, 4);
    return groups.join(QLatin1Char('-'));
}

QString PackageCodec::deviceId(const QByteArray &publicKey)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(8).toHex());
}

QByteArray PackageCodec::encode(const QByteArray &secretKey, const QByteArray &publicKey,
                                QJsonObject manifest, const QList<Part> &parts)
{
    QJsonArray list;
    for (const Part &p : parts)
        list.append(QJsonObject{{QStringLiteral("name"), p.name},
                                {QStringLiteral("size"), qint64(p.data.size())},
                                {QStringLiteral("sha256"), sha256Hex(p.data)}});
    manifest.insert(QStringLiteral("parts"), list);
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Compact);

    QByteArray out = kMagic;
    putU16(out, quint16(kFormatVersion));
    out.append(publicKey);
    putU32(out, quint32(manifestBytes.size()));
    out.append(manifestBytes);
    putU32(out, quint32(parts.size()));
    for (const Part &p : parts) {
        putU64(out, quint64(p.data.size()));
        out.append(p.data);
    }
    unsigned char sig[crypto_sign_BYTES];
    if (!sodiumReady() || secretKey.size() != kSecretKeyBytes)
        return {};
    crypto_sign_detached(sig, nullptr, reinterpret_cast<const unsigned char *>(out.constData()),
                         quint64(out.size()),
                         reinterpret_cast<const unsigned char *>(secretKey.constData()));
    out.append(reinterpret_cast<const char *>(sig), crypto_sign_BYTES);
    return out;
}

Result<Frame> PackageCodec::readFrame(const QByteArray &file)
{
    const auto bad = [](const QString &why) {
        return makeError(ErrorKind::Validation, tr("This is not a valid transfer package: %1").arg(why));
    };
    const qint64 size = file.size();
    if (size > kMaxPackageBytes)
        return bad(tr("it is larger than %1 bytes").arg(kMaxPackageBytes));
    if (size < kHeaderBytes + 4 + kSignatureBytes || !file.startsWith(kMagic))
        return bad(tr("the file does not start like a package"));
    const auto *p = reinterpret_cast<const uchar *>(file.constData());
    Frame frame;
    frame.formatVersion = qFromBigEndian<quint16>(p + 8);
    if (frame.formatVersion != kFormatVersion)
        return bad(tr("format version %1 is not understood by this program (it reads %2)")
                       .arg(frame.formatVersion)
                       .arg(kFormatVersion));
    frame.publicKey = file.mid(10, kPublicKeyBytes);
    const qint64 signedEnd = size - kSignatureBytes;
    qint64 pos = 10 + kPublicKeyBytes;
    const qint64 manifestSize = qFromBigEndian<quint32>(p + pos);
    pos += 4;
    if (manifestSize > kMaxManifestBytes || manifestSize > signedEnd - pos - 4)
        return bad(tr("the manifest size is out of bounds"));
    frame.manifest = file.mid(pos, manifestSize);
    pos += manifestSize;
    const qint64 count = qFromBigEndian<quint32>(p + pos);
    pos += 4;
    if (count > kMaxParts)
        return bad(tr("it lists too many parts"));
    for (qint64 i = 0; i < count; ++i) {
        if (signedEnd - pos < 8)
            return bad(tr("it ends inside part %1").arg(i + 1));
        const quint64 len = qFromBigEndian<quint64>(p + pos);
        pos += 8;
        if (len > quint64(signedEnd - pos))
            return bad(tr("part %1 is longer than the file").arg(i + 1));
        frame.parts.append(Part{QString(), file.mid(pos, qint64(len))});
        pos += qint64(len);
    }
    if (pos != signedEnd)
        return bad(tr("there are stray bytes before the signature"));
    frame.signedBytes = file.left(signedEnd);
    frame.signature = file.mid(signedEnd);
    return frame;
}

Result<void> PackageCodec::verifySignature(const Frame &frame, const QByteArray &publicKey)
{
    if (!sodiumReady())
        return makeError(ErrorKind::Storage, tr("The cryptography library could not start."));
    if (publicKey.size() != kPublicKeyBytes || frame.signature.size() != kSignatureBytes
        || crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(frame.signature.constData()),
               reinterpret_cast<const unsigned char *>(frame.signedBytes.constData()),
               quint64(frame.signedBytes.size()),
               reinterpret_cast<const unsigned char *>(publicKey.constData()))
               != 0)
        return makeError(ErrorKind::Rule, tr("The package's signature does not match its sender's "
                                             "key: it was changed or damaged after signing."));
    return {};
}

Result<VerifiedPackage> PackageCodec::openVerified(const Frame &frame)
{
    const auto bad = [](const QString &why) {
        return makeError(ErrorKind::Validation, tr("The package's manifest is not valid: %1").arg(why));
    };
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(frame.manifest, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return bad(tr("it is not a JSON object"));
    const QJsonObject manifest = doc.object();
    if (manifest.value(QStringLiteral("format")).toInt() != kFormatVersion)
        return bad(tr("its format version differs from the header's"));
    const QJsonArray list = manifest.value(QStringLiteral("parts")).toArray();
    if (list.size() != frame.parts.size())
        return bad(tr("it lists %1 parts, the file holds %2").arg(list.size()).arg(frame.parts.size()));
    VerifiedPackage out;
    out.publicKey = frame.publicKey;
    out.manifest = manifest;
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject entry = list.at(i).toObject();
        Part part = frame.parts.at(i);
        part.name = entry.value(QStringLiteral("name")).toString();
        if (part.name.isEmpty())
            return bad(tr("part %1 has no name").arg(i + 1));
        if (entry.value(QStringLiteral("size")).toInteger(-1) != part.data.size()
            || entry.value(QStringLiteral("sha256")).toString() != sha256Hex(part.data))
            return bad(tr("part %1 (%2) does not match its hash").arg(i + 1).arg(part.name));
        out.parts.append(part);
    }
    out.fileSha256 = sha256Hex(frame.signedBytes + frame.signature);
    return out;
}

Result<VerifiedPackage> PackageCodec::verifyWithHeaderKey(const QByteArray &file)
{
    auto frame = readFrame(file);
    if (!frame)
        return frame.error();
    TJ_TRY(verifySignature(*frame, frame->publicKey));
    return openVerified(*frame);
}

} // namespace tj::transfer
