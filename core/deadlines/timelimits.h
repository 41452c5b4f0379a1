#pragma once

#include "common/result.h"
#include "users/user.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tj {

class Database;

/// One changeable value: its key, the default the domain notes give, and what it means.
struct SettingInfo
{
    QString key;
    int defaultValue = 0;
    int minimum = 0;
    int maximum = 0;
    QString description; ///< translated
};

/// Time limits and other values an administrator may change (table `settings`).
/// Keys that were never set take the defaults of docs/deadlines.md.
class TimeLimits
{
    Q_DECLARE_TR_FUNCTIONS(TimeLimits)
public:
    explicit TimeLimits(Database &db) : m_db(db) {}

    static inline const QString kMediationVillageDays = QStringLiteral("mediation.village_days");
    static inline const QString kMediationTownshipDays = QStringLiteral("mediation.township_days");
    static inline const QString kMediationCourtDays = QStringLiteral("mediation.court_days");
    static inline const QString kMediationCourtExtensionDays =
        QStringLiteral("mediation.court_extension_days");
    static inline const QString kReferralAcceptDays = QStringLiteral("referral.accept_days");
    static inline const QString kConfirmationApplyDays = QStringLiteral("confirmation.apply_days");
    static inline const QString kConfirmationAcceptDays = QStringLiteral("confirmation.accept_days");
    static inline const QString kConfirmationRuleDays = QStringLiteral("confirmation.rule_days");
    static inline const QString kConfirmationExtensionDays =
        QStringLiteral("confirmation.extension_days");
    static inline const QString kFeedbackAnswerDays = QStringLiteral("feedback.answer_days");
    static inline const QString kEnforcementYears = QStringLiteral("enforcement.years");

    /// Every known setting with its default.
    static QList<SettingInfo> known();
    static const SettingInfo *info(const QString &key);

    /// The stored value, or the default when none is stored.
    Result<int> value(const QString &key) const;
    /// Stores a value after checking the key and the range.
    Result<void> set(const QString &key, int value);
    /// The same for a user: administrators and security officers only; audited.
    Result<void> set(const Actor &actor, const QString &key, int value);
    /// Every known setting with its current value.
    Result<QList<std::pair<SettingInfo, int>>> list() const;

private:
    Database &m_db;
};

} // namespace tj
