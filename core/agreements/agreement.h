#pragma once

#include "cases/case.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tj {

/// An instalment's state on a given day.
enum class InstalmentState {
    Due,        ///< not yet paid, due date not passed
    PartlyPaid, ///< partly paid, due date not passed
    Paid,       ///< fully paid
    Overdue,    ///< due date passed and not fully paid (partly or not at all)
};
/// An agreement's state on a given day.
enum class AgreementState { Performing, Performed, Breached };

QString instalmentStateCode(InstalmentState state);
QString agreementStateCode(AgreementState state);
QString agreementStateName(AgreementState state);

struct StoredSignature
{
    QString who;
    QDate on;
    QString role; ///< party | mediator | seal
};

struct StoredInstalment
{
    QString id;
    int seq = 0;
    QDate due; ///< invalid for an obligation without a schedule (performance at once)
    qint64 amountFen = 0;
};

struct StoredObligation
{
    QString id;
    int seq = 0;
    QString debtor;
    QString creditor;
    qint64 amountFen = 0;
    QList<StoredInstalment> instalments;
};

struct Payment
{
    QString id;
    QString obligationId;
    QDate on;
    qint64 amountFen = 0;
    QString proofName;
    QString proofSha256;
    qint64 proofSize = 0;
    QString note;
};

/// Performance values a follow-up visit records.
struct Visit
{
    QString id;
    QDate on;
    QString performance; ///< performed | partly | not_performed
    std::optional<int> satisfaction; ///< 1–5
    QString risks;
    QString note;
    QString visitor;
    QString method;  ///< phone | on_site; empty for visits recorded before schema 6
    QString visited; ///< whom the visitor reached (a party, a relative, a village cadre…)
};

/// Judicial confirmation of an agreement, both sides.
struct Confirmation
{
    QString courtOrg;
    QString courtName;
    QDate appliedOn;
    QStringList documents;
    QDate acceptedOn;
    QDate refusedOn;
    QString refusalReason;
    QDate extendedOn;
    QDate ruledOn;
    QString result; ///< valid | rejected | empty while pending
    QString rulingNumber;
    QString rulingReason; ///< required when the agreement is rejected
};

/// A settlement agreement as stored, with everything recorded since.
struct Agreement
{
    QString caseId;
    QString kind; ///< written | oral
    QString orgCode;
    QString facts;
    QString responsibilities;
    QString content;
    QString manner;
    QString place;
    qint64 amountFen = 0;
    QDate effectiveOn; ///< invalid while a required signature is missing
    QList<StoredObligation> obligations;
    QList<StoredSignature> signatures;
    QList<Payment> payments;
    QList<Visit> visits;
    std::optional<Confirmation> confirmation;
};

/// One instalment's standing on a day.
struct InstalmentStatus
{
    StoredInstalment instalment;
    qint64 paidFen = 0;
    InstalmentState state = InstalmentState::Due;
    QDate paidOn; ///< the day it became fully paid
};

struct ObligationStatus
{
    StoredObligation obligation;
    qint64 paidFen = 0;
    QList<InstalmentStatus> instalments;
};

/// The fulfilment of an agreement on a day.
struct Fulfilment
{
    QDate asOf;
    QList<ObligationStatus> obligations;
    AgreementState state = AgreementState::Performing;
};

} // namespace tj
