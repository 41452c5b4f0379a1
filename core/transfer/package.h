#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace tj::transfer {

/// Version of the package framing and manifest written by this program.
inline constexpr int kFormatVersion = 1;
/// Limits checked before anything is read further (see docs/transfer.md).
inline constexpr qint64 kMaxPackageBytes = qint64(1) << 30;  // 1 GiB
inline constexpr qint64 kMaxManifestBytes = qint64(4) << 20; // 4 MiB
inline constexpr qint64 kMaxParts = 100000;
inline constexpr int kPublicKeyBytes = 32;
inline constexpr int kSecretKeyBytes = 64;
inline constexpr int kSignatureBytes = 64;

/// One named part of a package: a case as JSON ("case:ID"), a file's bytes ("file:SHA256") or
/// a receipt ("receipt").
struct Part
{
    QString name;
    QByteArray data;
};

/// The framing of a package file, checked without parsing any JSON: magic, format version,
/// sizes, the sender's public key and where the signed bytes end.
struct Frame
{
    int formatVersion = 0;
    QByteArray publicKey;    ///< 32 bytes, from the header
    QByteArray manifest;     ///< raw manifest bytes (not parsed yet)
    QList<Part> parts;       ///< names empty until the manifest names them
    QByteArray signedBytes;  ///< everything before the signature
    QByteArray signature;    ///< 64 bytes
};

/// A package whose signature and part hashes have been checked.
struct VerifiedPackage
{
    QByteArray publicKey;
    QJsonObject manifest;
    QList<Part> parts; ///< named as the manifest lists them
    QString fileSha256;
};

/// Framing, signing and verification of transfer packages. Pure functions: no database.
class PackageCodec
{
    Q_DECLARE_TR_FUNCTIONS(PackageCodec)
public:
    /// Writes a package: `manifest` gets "parts" (name, size, sha256 of each) added, then the
    /// whole is signed with the Ed25519 secret key.
    static QByteArray encode(const QByteArray &secretKey, const QByteArray &publicKey,
                             QJsonObject manifest, const QList<Part> &parts);
    /// Step 1: magic, version and sizes; no JSON is parsed.
    static Result<Frame> readFrame(const QByteArray &file);
    /// Step 2: the Ed25519 signature over the frame against `publicKey`.
    static Result<void> verifySignature(const Frame &frame, const QByteArray &publicKey);
    /// Step 3 (after the signature): parses the manifest and checks every part's size and
    /// SHA-256 against it. Case JSON is not parsed here.
    static Result<VerifiedPackage> openVerified(const Frame &frame);
    /// All three steps with the header's key (tests, fuzzing; trust is the caller's business).
    static Result<VerifiedPackage> verifyWithHeaderKey(const QByteArray &file);

    static QString sha256Hex(const QByteArray &data);
    /// "ABCD-EFGH-…": base32 of the first 15 bytes of SHA-256 of the key, in groups of four.
    static QString fingerprint(const QByteArray &publicKey);
    /// A device's id, derived from its public key (hex of the first 8 bytes of its SHA-256).
    static QString deviceId(const QByteArray &publicKey);
};

} // namespace tj::transfer
