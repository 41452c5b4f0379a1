#include "deviceidentity.h"

#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "package.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <sodium.h>

namespace tj::transfer {

namespace {
const QString kDeviceIdKey = QStringLiteral("transfer.device_id");
const QString kPublicKeyKey = QStringLiteral("transfer.public_key");

Result<QString> setting(QSqlDatabase db, const QString &key)
{
    Query q(db, "SELECT value FROM settings WHERE key = :k");
    q.bind("k", key);
    TJ_TRY(q.exec());
    return q.next() ? q.value(0).toString() : QString();
}
} // namespace

QString DeviceIdentity::fingerprint() const
{
    return PackageCodec::fingerprint(publicKey);
}

QString DeviceIdentity::keyFilePath(const Database &db)
{
    if (db.backend() == Database::Backend::Sqlite)
        return db.path() + QStringLiteral(".transfer-key");
    // A shared server has no file beside it: the seat that exchanges packages keeps the key in
    // its own data folder, named by the server and database (docs/transfer.md).
    const QByteArray server = QCryptographicHash::hash(db.path().toUtf8(), QCryptographicHash::Sha256);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("server-%1.transfer-key")
                      .arg(QString::fromLatin1(server.toHex().left(16))));
}

Result<DeviceIdentity> DeviceIdentity::loadOrCreate(Database &db)
{
    if (sodium_init() < 0)
        return makeError(ErrorKind::Storage, tr("The cryptography library could not start."));
    QSqlDatabase conn = db.connection();
    auto storedKey = setting(conn, kPublicKeyKey);
    if (!storedKey)
        return storedKey.error();
    const QString path = keyFilePath(db);
    QFile file(path);
    DeviceIdentity id;
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorKind::Storage,
                             tr("Cannot read the device key %1: %2").arg(path, file.errorString()));
        id.secretKey = file.readAll();
        if (id.secretKey.size() != kSecretKeyBytes)
            return makeError(ErrorKind::Storage, tr("The device key %1 is damaged.").arg(path));
        id.publicKey = id.secretKey.right(kPublicKeyBytes);
        if (!storedKey->isEmpty() && *storedKey != id.publicKeyHex())
            return makeError(ErrorKind::Storage,
                             tr("The device key %1 does not belong to this database.").arg(path));
    } else {
        if (!storedKey->isEmpty())
            return makeError(ErrorKind::Storage,
                             tr("The device key %1 is missing; packages cannot be signed. Restore "
                                "it from the backup of this installation.")
                                 .arg(path));
        unsigned char pk[crypto_sign_PUBLICKEYBYTES];
        unsigned char sk[crypto_sign_SECRETKEYBYTES];
        crypto_sign_keypair(pk, sk);
        id.publicKey = QByteArray(reinterpret_cast<const char *>(pk), sizeof pk);
        id.secretKey = QByteArray(reinterpret_cast<const char *>(sk), sizeof sk);
        sodium_memzero(sk, sizeof sk);
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || file.write(id.secretKey) != id.secretKey.size() || !file.flush()) {
            const QString why = file.errorString();
            file.close();
            QFile::remove(path);
            return makeError(ErrorKind::Storage,
                             tr("Cannot write the device key %1: %2").arg(path, why));
        }
        file.close();
    }
    id.deviceId = PackageCodec::deviceId(id.publicKey);
    if (storedKey->isEmpty()) {
        Transaction tx(conn);
        TJ_TRY(tx.begin());
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        for (const auto &[key, value] : {std::pair{kPublicKeyKey, id.publicKeyHex()},
                                        std::pair{kDeviceIdKey, id.deviceId}}) {
            Query q(conn, "INSERT INTO settings (key, value, updated_at) VALUES (:k, :v, :at) "
                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                          "updated_at = excluded.updated_at");
            q.bind("k", key).bind("v", value).bind("at", now);
            TJ_TRY(q.exec());
        }
        TJ_TRY(tx.commit());
    }
    return id;
}

} // namespace tj::transfer
