#include "password.h"

#include <sodium.h>

namespace tj {

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

QString PasswordHash::hash(const QString &password)
{
    if (!sodiumReady())
        return {};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES] = {};
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), kOpsLimit, kMemLimit,
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {};
    return QString::fromLatin1(out);
}

bool PasswordHash::verify(const QString &encoded, const QString &password)
{
    if (!sodiumReady() || encoded.isEmpty())
        return false;
    const QByteArray stored = encoded.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

QString PasswordHash::checkPolicy(const QString &login, const QString &password)
{
    if (password.size() < kMinLength)
        return tr("A password needs at least %1 characters.").arg(kMinLength);
    if (password.size() > kMaxLength)
        return tr("A password has at most %1 characters.").arg(kMaxLength);
    if (password.compare(login, Qt::CaseInsensitive) == 0)
        return tr("The password cannot be the login.");
    if (password.trimmed() != password)
        return tr("A password cannot begin or end with a space.");
    return {};
}

} // namespace tj
