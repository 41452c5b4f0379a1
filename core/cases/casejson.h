#pragma once

#include "case.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tj {

/// The JSON forms of docs/cli.md: input documents (case.json, session.json, agreement.json)
/// and the printed cases, events and related cases. Field names are a stable contract.
class CaseJson
{
    Q_DECLARE_TR_FUNCTIONS(CaseJson)
public:
    static Result<CaseIntake> intakeFromJson(const QJsonObject &o);
    static Result<SessionInput> sessionFromJson(const QJsonObject &o);
    static Result<AgreementInput> agreementFromJson(const QJsonObject &o);

    static QJsonObject toJson(const Case &c);
    static QJsonObject toJson(const Party &p);
    static QJsonObject toJson(const Session &s);
    static QJsonObject toJson(const CaseEvent &e);
    static QJsonObject toJson(const RelatedCase &r);
};

} // namespace tj
