#include "timelimits.h"

#include "common/clock.h"
#include "db/database.h"
#include "db/query.h"
#include "security/audit.h"

namespace tj {

QList<SettingInfo> TimeLimits::known()
{
    return {
        {kMediationVillageDays, 30, 1, 365, tr("Days a village mediation should conclude in")},
        {kMediationTownshipDays, 30, 1, 365, tr("Days a township mediation should conclude in")},
        {kMediationCourtDays, 30, 1, 365,
         tr("Days a court pre-litigation or delegated mediation should conclude in")},
        {kMediationCourtExtensionDays, 30, 0, 365,
         tr("Days the parties may extend a court mediation by")},
        {kReferralAcceptDays, 3, 1, 60, tr("Days to accept or return a referral or delegation")},
        {kConfirmationApplyDays, 30, 1, 365,
         tr("Days from the agreement taking effect to apply for judicial confirmation")},
        {kConfirmationAcceptDays, 3, 1, 60, tr("Days for the court to accept a confirmation application")},
        {kConfirmationRuleDays, 15, 1, 120, tr("Days for the court to rule after accepting")},
        {kConfirmationExtensionDays, 10, 0, 120, tr("Days the ruling period may be extended by")},
        {kFeedbackAnswerDays, 3, 1, 60, tr("Days to answer a feedback item")},
        {kEnforcementYears, 2, 1, 10, tr("Years to apply for enforcement after the last day of performance")},
    };
}

const SettingInfo *TimeLimits::info(const QString &key)
{
    static const QList<SettingInfo> all = known();
    for (const SettingInfo &s : all)
        if (s.key == key)
            return &s;
    return nullptr;
}

Result<int> TimeLimits::value(const QString &key) const
{
    const SettingInfo *known = info(key);
    if (!known)
        return makeError(ErrorKind::NotFound, tr("There is no setting \"%1\".").arg(key));
    Query q(m_db.connection(), "SELECT value FROM settings WHERE key = :key");
    q.bind("key", key);
    TJ_TRY(q.exec());
    if (!q.next())
        return known->defaultValue;
    bool ok = false;
    const int v = q.value(0).toString().toInt(&ok);
    return ok ? v : known->defaultValue;
}

Result<void> TimeLimits::set(const Actor &actor, const QString &key, int value)
{
    if (!actor.isSystem() && actor.role != Role::Admin && actor.role != Role::Security)
        return makeError(ErrorKind::Denied,
                         tr("Only an administrator or a security officer may change time limits."));
    TJ_TRY(set(key, value));
    return AuditLog(m_db.connection())
        .record(AuditEntry::of(actor, QStringLiteral("setting.change"), QStringLiteral("setting"),
                               key, QString::number(value)));
}

Result<void> TimeLimits::set(const QString &key, int value)
{
    const SettingInfo *known = info(key);
    if (!known)
        return makeError(ErrorKind::NotFound, tr("There is no setting \"%1\".").arg(key));
    if (value < known->minimum || value > known->maximum)
        return makeError(ErrorKind::Validation, tr("%1 takes a value from %2 to %3.")
                                                    .arg(key)
                                                    .arg(known->minimum)
                                                    .arg(known->maximum));
    Query q(m_db.connection(), "INSERT INTO settings (key, value, updated_at) VALUES (:key, :value,"
                               " :now) ON CONFLICT (key) DO UPDATE SET value = excluded.value,"
                               " updated_at = excluded.updated_at");
    q.bind("key", key).bind("value", QString::number(value)).bind("now", nowStamp());
    return q.exec();
}

Result<QList<std::pair<SettingInfo, int>>> TimeLimits::list() const
{
    QList<std::pair<SettingInfo, int>> out;
    for (const SettingInfo &s : known()) {
        auto v = value(s.key);
        if (!v)
            return v.error();
        out.append({s, v.value()});
    }
    return out;
}

} // namespace tj
