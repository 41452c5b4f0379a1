#pragma once

#include <QCoreApplication>
#include <QString>

namespace tj {

/// Password hashing with libsodium's Argon2id (`crypto_pwhash_str_alg`), at or above OWASP's
/// minimum: 19 MiB of memory and 2 iterations. The stored string carries its own parameters and
/// salt, so stronger settings later still verify old hashes.
class PasswordHash
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHash)
public:
    static constexpr qsizetype kMinLength = 8;
    static constexpr qsizetype kMaxLength = 256;
    static constexpr unsigned long long kOpsLimit = 2;
    static constexpr std::size_t kMemLimit = std::size_t(19) * 1024 * 1024;

    /// The encoded hash, or an empty string when hashing failed (out of memory).
    static QString hash(const QString &password);
    static bool verify(const QString &encoded, const QString &password);
    /// Empty when the password is acceptable for `login`, else what is wrong (translated).
    static QString checkPolicy(const QString &login, const QString &password);
};

} // namespace tj
