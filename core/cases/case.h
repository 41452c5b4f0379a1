#pragma once

#include "orgs/organisation.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tj {

enum class CaseStatus {
    Registered,
    NotAccepted,
    InMediation,
    Referred,
    Delegated,
    Settled,
    Failed,
    Withdrawn,
    Filed,
};

enum class CaseSource { Application, Initiative, Transfer, Delegation, Hotline };
enum class PartyRole { Applicant, Respondent, ThirdParty };
enum class PartyKind { Person, Organisation };
enum class TransferKind { Refer, Delegate };

QString statusCode(CaseStatus status);
std::optional<CaseStatus> statusFromCode(const QString &code);
QString statusName(CaseStatus status);
bool isClosed(CaseStatus status);
QList<CaseStatus> allStatuses();

QString sourceCode(CaseSource source);
std::optional<CaseSource> sourceFromCode(const QString &code);
QString sourceName(CaseSource source);

QString partyRoleCode(PartyRole role);
std::optional<PartyRole> partyRoleFromCode(const QString &code);
QString partyRoleName(PartyRole role);
QString partyKindCode(PartyKind kind);
std::optional<PartyKind> partyKindFromCode(const QString &code);

QString transferKindCode(TransferKind kind);

struct Party
{
    QString id;
    PartyRole role = PartyRole::Applicant;
    PartyKind kind = PartyKind::Person;
    QString name;
    QString idNumber;   ///< resident ID, persons
    QString creditCode; ///< unified social credit code, organisations
    QString sex;        ///< male | female, derived from the ID number when given
    QDate birthDate;    ///< derived from the ID number when given
    QString ethnicity;
    QString phone;
    QString address;
    QString legalRepresentative;
    QString agent;
    std::optional<qint64> claimAmountFen;
    bool representative = false;
};

/// What a registering organisation records about a new dispute.
struct CaseIntake
{
    QString org;
    QDate receivedOn;
    CaseSource source = CaseSource::Application;
    QString category;
    QString subcategory;
    QString title;
    QString facts;
    QString claims;
    qint64 amountFen = 0;
    bool risk = false;
    QList<Party> parties;
};

/// A referral up or a delegation down waiting for the receiving organisation.
struct PendingTransfer
{
    QString id;
    TransferKind kind = TransferKind::Refer;
    QString fromOrg;
    QString toOrg;
    QString reason;
    QDate sentOn;
    CaseStatus previousStatus = CaseStatus::InMediation;
};

struct Case
{
    QString id;
    QString number;
    CaseStatus status = CaseStatus::Registered;
    QString registeringOrg;
    QString handlingOrg;
    QString handlingOrgName;
    OrgTier handlingOrgTier = OrgTier::Village;
    CaseSource source = CaseSource::Application;
    QString category;
    QString subcategory;
    QString title;
    QString facts;
    QString claims;
    qint64 amountFen = 0;
    bool risk = false;
    QDate receivedOn;
    QDate acceptedOn;
    QDate closedOn;
    QString closedOrg;
    QString outcomeReason;
    QString filedNumber;
    int version = 0;
    QList<Party> parties;
    std::optional<PendingTransfer> pending;

    CaseTier tier() const { return caseTierOf(handlingOrgTier); }
};

struct Session
{
    QString id;
    QString caseId;
    QString orgCode;
    QDate heldOn;
    QString place;
    QStringList mediators;
    QStringList participants;
    QString record;
    QString createdBy;
};

struct CaseEvent
{
    qint64 id = 0;
    QString caseId;
    QString at;
    QDate on;
    QString user;
    QString org;
    QString action;
    QString detail;
    QString beforeStatus;
    QString afterStatus;
    QString beforeOrg;
    QString afterOrg;
    QJsonObject data;
};

/// Another case linked to this one by a party's identity or the same respondent.
struct RelatedCase
{
    QString caseId;
    QString number;
    CaseStatus status = CaseStatus::Registered;
    QString title;
    QString handlingOrg;
    QString kind;   ///< duplicate | same_party | same_respondent
    QString reason; ///< translated explanation
};

struct Instalment
{
    QDate due;
    qint64 amountFen = 0;
};

struct Obligation
{
    QString debtor;
    QString creditor;
    qint64 amountFen = 0;
    QList<Instalment> instalments;
};

struct Signature
{
    QString who;
    QDate on;
    QString role = {}; ///< party, mediator or seal; empty means party (agreements/signing.h)
};

/// The settlement agreement recorded when a case closes as settled.
struct AgreementInput
{
    QString kind = QStringLiteral("written"); ///< written | oral
    QString facts;
    QString responsibilities;
    QString content;
    QString manner;
    QString place;
    QList<Obligation> obligations;
    QList<Signature> signatures;
};

enum class Outcome { Settled, Failed, Withdrawn, Filed };
std::optional<Outcome> outcomeFromCode(const QString &code);
CaseStatus statusOf(Outcome outcome);

struct CloseInput
{
    Outcome outcome = Outcome::Settled;
    QString reason;
    std::optional<AgreementInput> agreement;
    QString filedNumber;
    QDate on;
};

struct SessionInput
{
    QDate date;
    QString place;
    QStringList mediators;
    QStringList participants;
    QString record;
};

/// A page of the case list, sorted by date received (newest first unless `oldestFirst`);
/// `after*` continue after a row (keyset).
struct CaseFilter
{
    QString org; ///< handling organisation's subtree; empty for all
    /// The acting user's organisation: only cases handled, registered or awaiting receipt in its
    /// subtree are listed (set by Access::scoped, never by the caller); empty for all.
    QString scope;
    std::optional<CaseStatus> status;
    QString category;
    QString search;
    std::optional<CaseTier> tier; ///< tier the case is handled at now
    QDate receivedFrom;           ///< inclusive; invalid for no lower bound
    QDate receivedTo;             ///< inclusive; invalid for no upper bound
    bool oldestFirst = false;     ///< sort by date received ascending instead of newest first
    int limit = 50;
    QDate afterReceivedOn;
    QString afterId;
    bool withTotal = true; ///< false skips counting (later pages of a list already know it)
    /// Above 0: count at most this many matching cases, so the total of a very common search
    /// term costs no more than the cap (the list shows "more than N" and counts exactly later).
    qint64 totalCap = 0;
};

struct CasePage
{
    QList<Case> cases;
    /// The number of matching cases; when `totalExact` is false, more than this many match.
    qint64 total = 0;
    bool totalExact = true; ///< false only when the filter's totalCap was reached
};

/// A transfer waiting in an organisation's inbox.
struct InboxItem
{
    PendingTransfer transfer;
    Case summary;
};

} // namespace tj
