#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tj {
class Database;
}

namespace tj::transfer {

/// This installation's Ed25519 key pair. The secret key lives in a file next to the database
/// (DB.transfer-key, mode 0600), never in the database; the public key and device id are kept
/// in the settings table so a replaced key file is noticed.
struct DeviceIdentity
{
    Q_DECLARE_TR_FUNCTIONS(DeviceIdentity)
public:
    QString deviceId;
    QByteArray publicKey; ///< 32 bytes
    QByteArray secretKey; ///< 64 bytes (libsodium's form, includes the public key)
    QString fingerprint() const;
    QString publicKeyHex() const { return QString::fromLatin1(publicKey.toHex()); }

    static QString keyFilePath(const Database &db);
    /// Loads the key pair, creating it on first use.
    static Result<DeviceIdentity> loadOrCreate(Database &db);
};

} // namespace tj::transfer
