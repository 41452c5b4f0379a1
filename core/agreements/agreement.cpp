#include "agreement.h"

#include <QCoreApplication>

namespace tj {

QString instalmentStateCode(InstalmentState state)
{
    switch (state) {
    case InstalmentState::Due: return QStringLiteral("due");
    case InstalmentState::PartlyPaid: return QStringLiteral("partly_paid");
    case InstalmentState::Paid: return QStringLiteral("paid");
    case InstalmentState::Overdue: return QStringLiteral("overdue");
    }
    return {};
}

QString agreementStateCode(AgreementState state)
{
    switch (state) {
    case AgreementState::Performing: return QStringLiteral("performing");
    case AgreementState::Performed: return QStringLiteral("performed");
    case AgreementState::Breached: return QStringLiteral("breached");
    }
    return {};
}

QString agreementStateName(AgreementState state)
{
    switch (state) {
    case AgreementState::Performing:
        return QCoreApplication::translate("AgreementService", "performing");
    case AgreementState::Performed:
        return QCoreApplication::translate("AgreementService", "performed");
    case AgreementState::Breached:
        return QCoreApplication::translate("AgreementService", "breached");
    }
    return {};
}

} // namespace tj
