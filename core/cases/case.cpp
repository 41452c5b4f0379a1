#include "case.h"

#include "caseservice.h"

namespace tj {

namespace {
template<typename E, std::size_t N>
std::optional<E> fromCode(const QString &code, const E (&all)[N], QString (*toCode)(E))
{
    for (E e : all)
        if (toCode(e) == code)
            return e;
    return std::nullopt;
}

constexpr CaseStatus kStatuses[] = {CaseStatus::Registered, CaseStatus::NotAccepted,
                                    CaseStatus::InMediation, CaseStatus::Referred,
                                    CaseStatus::Delegated,  CaseStatus::Settled,
                                    CaseStatus::Failed,     CaseStatus::Withdrawn,
                                    CaseStatus::Filed};
constexpr CaseSource kSources[] = {CaseSource::Application, CaseSource::Initiative,
                                   CaseSource::Transfer, CaseSource::Delegation,
                                   CaseSource::Hotline};
constexpr PartyRole kRoles[] = {PartyRole::Applicant, PartyRole::Respondent, PartyRole::ThirdParty};
constexpr PartyKind kKinds[] = {PartyKind::Person, PartyKind::Organisation};
constexpr Outcome kOutcomes[] = {Outcome::Settled, Outcome::Failed, Outcome::Withdrawn,
                                 Outcome::Filed};

QString outcomeCode(Outcome o)
{
    return statusCode(statusOf(o));
}
} // namespace

QString statusCode(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Registered: return QStringLiteral("registered");
    case CaseStatus::NotAccepted: return QStringLiteral("not_accepted");
    case CaseStatus::InMediation: return QStringLiteral("in_mediation");
    case CaseStatus::Referred: return QStringLiteral("referred");
    case CaseStatus::Delegated: return QStringLiteral("delegated");
    case CaseStatus::Settled: return QStringLiteral("settled");
    case CaseStatus::Failed: return QStringLiteral("failed");
    case CaseStatus::Withdrawn: return QStringLiteral("withdrawn");
    case CaseStatus::Filed: return QStringLiteral("filed");
    }
    return {};
}

std::optional<CaseStatus> statusFromCode(const QString &code)
{
    return fromCode(code, kStatuses, statusCode);
}

QList<CaseStatus> allStatuses()
{
    return QList<CaseStatus>(std::begin(kStatuses), std::end(kStatuses));
}

QString statusName(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Registered: return CaseService::tr("registered");
    case CaseStatus::NotAccepted: return CaseService::tr("not accepted");
    case CaseStatus::InMediation: return CaseService::tr("in mediation");
    case CaseStatus::Referred: return CaseService::tr("referred up");
    case CaseStatus::Delegated: return CaseService::tr("delegated down");
    case CaseStatus::Settled: return CaseService::tr("settled");
    case CaseStatus::Failed: return CaseService::tr("mediation failed");
    case CaseStatus::Withdrawn: return CaseService::tr("withdrawn");
    case CaseStatus::Filed: return CaseService::tr("filed");
    }
    return {};
}

bool isClosed(CaseStatus status)
{
    switch (status) {
    case CaseStatus::NotAccepted:
    case CaseStatus::Settled:
    case CaseStatus::Failed:
    case CaseStatus::Withdrawn:
    case CaseStatus::Filed: return true;
    default: return false;
    }
}

QString sourceCode(CaseSource source)
{
    switch (source) {
    case CaseSource::Application: return QStringLiteral("application");
    case CaseSource::Initiative: return QStringLiteral("initiative");
    case CaseSource::Transfer: return QStringLiteral("transfer");
    case CaseSource::Delegation: return QStringLiteral("delegation");
    case CaseSource::Hotline: return QStringLiteral("hotline");
    }
    return {};
}

std::optional<CaseSource> sourceFromCode(const QString &code)
{
    return fromCode(code, kSources, sourceCode);
}

QString sourceName(CaseSource source)
{
    switch (source) {
    case CaseSource::Application: return CaseService::tr("party application");
    case CaseSource::Initiative: return CaseService::tr("own initiative");
    case CaseSource::Transfer: return CaseService::tr("transferred");
    case CaseSource::Delegation: return CaseService::tr("court delegation");
    case CaseSource::Hotline: return CaseService::tr("hotline");
    }
    return {};
}

QString partyRoleCode(PartyRole role)
{
    switch (role) {
    case PartyRole::Applicant: return QStringLiteral("applicant");
    case PartyRole::Respondent: return QStringLiteral("respondent");
    case PartyRole::ThirdParty: return QStringLiteral("third_party");
    }
    return {};
}

std::optional<PartyRole> partyRoleFromCode(const QString &code)
{
    return fromCode(code, kRoles, partyRoleCode);
}

QString partyRoleName(PartyRole role)
{
    switch (role) {
    case PartyRole::Applicant: return CaseService::tr("applicant");
    case PartyRole::Respondent: return CaseService::tr("respondent");
    case PartyRole::ThirdParty: return CaseService::tr("third party");
    }
    return {};
}

QString partyKindCode(PartyKind kind)
{
    return kind == PartyKind::Person ? QStringLiteral("person") : QStringLiteral("organisation");
}

std::optional<PartyKind> partyKindFromCode(const QString &code)
{
    return fromCode(code, kKinds, partyKindCode);
}

QString transferKindCode(TransferKind kind)
{
    return kind == TransferKind::Refer ? QStringLiteral("refer") : QStringLiteral("delegate");
}

CaseStatus statusOf(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Settled: return CaseStatus::Settled;
    case Outcome::Failed: return CaseStatus::Failed;
    case Outcome::Withdrawn: return CaseStatus::Withdrawn;
    case Outcome::Filed: return CaseStatus::Filed;
    }
    return CaseStatus::Settled;
}

std::optional<Outcome> outcomeFromCode(const QString &code)
{
    return fromCode(code, kOutcomes, outcomeCode);
}

} // namespace tj
