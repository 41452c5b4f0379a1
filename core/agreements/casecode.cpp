#include "casecode.h"

#include "common/clock.h"
#include "db/query.h"

#include <QCryptographicHash>

namespace tj {

QString caseCodeFor(const QString &caseId)
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    const QByteArray hash = QCryptographicHash::hash(caseId.toUtf8(), QCryptographicHash::Sha256);
    quint64 bits = 0;
    for (int i = 0; i < 8; ++i)
        bits = (bits << 8) | quint8(hash[i]);
    QString code = QStringLiteral("TJ");
    for (int i = 0; i < 12; ++i) {
        if (i % 4 == 0)
            code += u'-';
        code += QLatin1Char(alphabet[(bits >> (59 - 5 * i)) & 31]);
    }
    return code;
}

Result<QString> ensureCaseCode(QSqlDatabase db, const QString &caseId)
{
    const QString code = caseCodeFor(caseId);
    Query q(db, "INSERT INTO case_codes (case_id, code, created_at) VALUES (:case, :code, :now)"
                " ON CONFLICT DO NOTHING");
    q.bind("case", caseId).bind("code", code).bind("now", nowStamp());
    TJ_TRY(q.exec());
    return code;
}

Result<QString> caseIdForCode(QSqlDatabase db, const QString &code)
{
    Query q(db, "SELECT case_id FROM case_codes WHERE code = :code");
    q.bind("code", code.trimmed().toUpper());
    TJ_TRY(q.exec());
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace tj
