#include "casejson.h"

#include "common/clock.h"
#include "common/money.h"

#include <QJsonArray>

namespace tj {

namespace {
// Reads an optional string field; a present field of another type is an error.
Result<QString> text(const QJsonObject &o, const char *key, bool required, const QString &where)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        if (required)
            return makeError(ErrorKind::Validation,
                             CaseJson::tr("%1: the field \"%2\" is missing.").arg(where, QLatin1String(key)));
        return QString();
    }
    if (!v.isString())
        return makeError(ErrorKind::Validation,
                         CaseJson::tr("%1: the field \"%2\" must be text.").arg(where, QLatin1String(key)));
    return v.toString();
}

Result<QDate> date(const QJsonObject &o, const char *key, bool required, const QString &where)
{
    auto t = text(o, key, required, where);
    if (!t)
        return t.error();
    if (t->isEmpty())
        return QDate();
    const QDate d = parseIsoDate(t.value());
    if (!d.isValid())
        return makeError(ErrorKind::Validation,
                         CaseJson::tr("%1: \"%2\" is not a date of the form YYYY-MM-DD.")
                             .arg(where, t.value()));
    return d;
}

Result<std::optional<qint64>> amount(const QJsonObject &o, const char *key, const QString &where)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return std::optional<qint64>();
    // Money is a decimal string; a JSON number could already have lost precision.
    if (!v.isString())
        return makeError(ErrorKind::Validation,
                         CaseJson::tr("%1: the amount \"%2\" must be a decimal string such as \"135105.00\".")
                             .arg(where, QLatin1String(key)));
    const auto fen = money::parseYuan(v.toString());
    if (!fen)
        return makeError(ErrorKind::Validation,
                         CaseJson::tr("%1: \"%2\" is not an amount in yuan (digits with at most two decimals).")
                             .arg(where, v.toString()));
    return std::optional<qint64>(*fen);
}

Result<QStringList> names(const QJsonObject &o, const char *key, const QString &where)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return QStringList();
    if (!v.isArray())
        return makeError(ErrorKind::Validation,
                         CaseJson::tr("%1: \"%2\" must be a list of names.").arg(where, QLatin1String(key)));
    QStringList out;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString() || item.toString().trimmed().isEmpty())
            return makeError(ErrorKind::Validation,
                             CaseJson::tr("%1: \"%2\" must be a list of names.").arg(where, QLatin1String(key)));
        out.append(item.toString().trimmed());
    }
    return out;
}

Result<Party> partyFromJson(const QJsonObject &o, int index)
{
    const QString where = CaseJson::tr("party %1").arg(index);
    Party p;
    auto role = text(o, "role", true, where);
    if (!role)
        return role.error();
    const auto r = partyRoleFromCode(role.value());
    if (!r)
        return makeError(ErrorKind::Validation,
                         CaseJson::tr("%1: the role \"%2\" is not applicant, respondent or third_party.")
                             .arg(where, role.value()));
    p.role = *r;
    auto kind = text(o, "kind", false, where);
    if (!kind)
        return kind.error();
    const auto k = partyKindFromCode(kind->isEmpty() ? QStringLiteral("person") : kind.value());
    if (!k)
        return makeError(ErrorKind::Validation,
                         CaseJson::tr("%1: the kind \"%2\" is not person or organisation.").arg(where, kind.value()));
    p.kind = *k;
    struct Field { const char *key; QString *target; bool required; };
    const Field fields[] = {{"name", &p.name, true},
                            {"id_number", &p.idNumber, false},
                            {"credit_code", &p.creditCode, false},
                            {"phone", &p.phone, false},
                            {"address", &p.address, false},
                            {"ethnicity", &p.ethnicity, false},
                            {"legal_representative", &p.legalRepresentative, false},
                            {"agent", &p.agent, false}};
    for (const Field &f : fields) {
        auto value = text(o, f.key, f.required, where);
        if (!value)
            return value.error();
        *f.target = value->trimmed();
    }
    p.idNumber = p.idNumber.toUpper();
    p.creditCode = p.creditCode.toUpper();
    auto claim = amount(o, "claim_amount", where);
    if (!claim)
        return claim.error();
    p.claimAmountFen = claim.value();
    const QJsonValue rep = o.value(QLatin1String("representative"));
    if (!rep.isUndefined() && !rep.isNull() && !rep.isBool())
        return makeError(ErrorKind::Validation,
                         CaseJson::tr("%1: \"representative\" must be true or false.").arg(where));
    p.representative = rep.toBool(false);
    return p;
}
} // namespace

Result<CaseIntake> CaseJson::intakeFromJson(const QJsonObject &o)
{
    const QString where = tr("case");
    CaseIntake in;
    struct Field { const char *key; QString *target; bool required; };
    const Field fields[] = {{"org", &in.org, true},          {"category", &in.category, true},
                            {"subcategory", &in.subcategory, false}, {"title", &in.title, true},
                            {"facts", &in.facts, true},      {"claims", &in.claims, false}};
    for (const Field &f : fields) {
        auto value = text(o, f.key, f.required, where);
        if (!value)
            return value.error();
        *f.target = value->trimmed();
    }
    auto received = date(o, "received_on", true, where);
    if (!received)
        return received.error();
    in.receivedOn = received.value();
    auto source = text(o, "source", false, where);
    if (!source)
        return source.error();
    const auto s = sourceFromCode(source->isEmpty() ? QStringLiteral("application") : source.value());
    if (!s)
        return makeError(ErrorKind::Validation,
                         tr("The source \"%1\" is not one of application, initiative, transfer, "
                            "delegation, hotline.").arg(source.value()));
    in.source = *s;
    auto total = amount(o, "amount", where);
    if (!total)
        return total.error();
    in.amountFen = total->value_or(0);
    const QJsonValue risk = o.value(QLatin1String("risk"));
    if (!risk.isUndefined() && !risk.isNull() && !risk.isBool())
        return makeError(ErrorKind::Validation, tr("\"risk\" must be true or false."));
    in.risk = risk.toBool(false);
    const QJsonValue parties = o.value(QLatin1String("parties"));
    if (!parties.isArray() || parties.toArray().isEmpty())
        return makeError(ErrorKind::Validation, tr("The case needs a list of parties."));
    int index = 0;
    for (const QJsonValue &v : parties.toArray()) {
        ++index;
        if (!v.isObject())
            return makeError(ErrorKind::Validation, tr("Party %1 is not an object.").arg(index));
        auto p = partyFromJson(v.toObject(), index);
        if (!p)
            return p.error();
        in.parties.append(p.value());
    }
    return in;
}

Result<SessionInput> CaseJson::sessionFromJson(const QJsonObject &o)
{
    const QString where = tr("session");
    SessionInput s;
    auto d = date(o, "date", true, where);
    if (!d)
        return d.error();
    s.date = d.value();
    auto place = text(o, "place", false, where);
    if (!place)
        return place.error();
    s.place = place.value();
    auto record = text(o, "record", true, where);
    if (!record)
        return record.error();
    s.record = record.value();
    auto mediators = names(o, "mediators", where);
    if (!mediators)
        return mediators.error();
    s.mediators = mediators.value();
    auto participants = names(o, "participants", where);
    if (!participants)
        return participants.error();
    s.participants = participants.value();
    return s;
}

Result<AgreementInput> CaseJson::agreementFromJson(const QJsonObject &o)
{
    const QString where = tr("agreement");
    AgreementInput a;
    struct Field { const char *key; QString *target; bool required; };
    const Field fields[] = {{"kind", &a.kind, false},
                            {"facts", &a.facts, false},
                            {"responsibilities", &a.responsibilities, false},
                            {"content", &a.content, true}};
    for (const Field &f : fields) {
        auto value = text(o, f.key, f.required, where);
        if (!value)
            return value.error();
        *f.target = value->trimmed();
    }
    if (a.kind.isEmpty())
        a.kind = QStringLiteral("written");
    const QJsonObject perf = o.value(QLatin1String("performance")).toObject();
    a.manner = perf.value(QLatin1String("manner")).toString().trimmed();
    a.place = perf.value(QLatin1String("place")).toString().trimmed();
    int index = 0;
    for (const QJsonValue &v : o.value(QLatin1String("obligations")).toArray()) {
        const QJsonObject ob = v.toObject();
        const QString w = tr("obligation %1").arg(++index);
        Obligation obligation;
        auto debtor = text(ob, "debtor", true, w);
        if (!debtor)
            return debtor.error();
        auto creditor = text(ob, "creditor", true, w);
        if (!creditor)
            return creditor.error();
        auto amt = amount(ob, "amount", w);
        if (!amt)
            return amt.error();
        if (!amt.value())
            return makeError(ErrorKind::Validation, tr("%1: the field \"amount\" is missing.").arg(w));
        obligation.debtor = debtor.value();
        obligation.creditor = creditor.value();
        obligation.amountFen = **amt;
        int iIndex = 0;
        for (const QJsonValue &iv : ob.value(QLatin1String("instalments")).toArray()) {
            const QString wi = tr("%1, instalment %2").arg(w).arg(++iIndex);
            auto due = date(iv.toObject(), "due", true, wi);
            if (!due)
                return due.error();
            auto ia = amount(iv.toObject(), "amount", wi);
            if (!ia)
                return ia.error();
            if (!ia.value())
                return makeError(ErrorKind::Validation, tr("%1: the field \"amount\" is missing.").arg(wi));
            obligation.instalments.append(Instalment{due.value(), **ia});
        }
        a.obligations.append(obligation);
    }
    for (const QJsonValue &v : o.value(QLatin1String("signed")).toArray()) {
        auto who = text(v.toObject(), "who", true, where);
        if (!who)
            return who.error();
        auto on = date(v.toObject(), "on", true, where);
        if (!on)
            return on.error();
        a.signatures.append(Signature{who.value(), on.value()});
    }
    return a;
}

QJsonObject CaseJson::toJson(const Party &p)
{
    QJsonObject o{{QStringLiteral("role"), partyRoleCode(p.role)},
                  {QStringLiteral("kind"), partyKindCode(p.kind)},
                  {QStringLiteral("name"), p.name}};
    auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("id_number", p.idNumber);
    put("credit_code", p.creditCode);
    put("sex", p.sex);
    put("birth_date", p.birthDate.isValid() ? isoDate(p.birthDate) : QString());
    put("ethnicity", p.ethnicity);
    put("phone", p.phone);
    put("address", p.address);
    put("legal_representative", p.legalRepresentative);
    put("agent", p.agent);
    if (p.claimAmountFen)
        o.insert(QStringLiteral("claim_amount"), money::formatYuan(*p.claimAmountFen));
    if (p.representative)
        o.insert(QStringLiteral("representative"), true);
    return o;
}

QJsonObject CaseJson::toJson(const Case &c)
{
    QJsonArray parties;
    for (const Party &p : c.parties)
        parties.append(toJson(p));
    QJsonObject o{{QStringLiteral("id"), c.id},
                  {QStringLiteral("number"), c.number},
                  {QStringLiteral("status"), statusCode(c.status)},
                  {QStringLiteral("org"), c.handlingOrg},
                  {QStringLiteral("org_name"), c.handlingOrgName},
                  {QStringLiteral("tier"), caseTierCode(c.tier())},
                  {QStringLiteral("registering_org"), c.registeringOrg},
                  {QStringLiteral("source"), sourceCode(c.source)},
                  {QStringLiteral("category"), c.category},
                  {QStringLiteral("title"), c.title},
                  {QStringLiteral("facts"), c.facts},
                  {QStringLiteral("claims"), c.claims},
                  {QStringLiteral("amount"), money::formatYuan(c.amountFen)},
                  {QStringLiteral("risk"), c.risk},
                  {QStringLiteral("received_on"), isoDate(c.receivedOn)},
                  {QStringLiteral("version"), c.version},
                  {QStringLiteral("parties"), parties}};
    if (!c.subcategory.isEmpty())
        o.insert(QStringLiteral("subcategory"), c.subcategory);
    if (c.acceptedOn.isValid())
        o.insert(QStringLiteral("accepted_on"), isoDate(c.acceptedOn));
    if (c.closedOn.isValid())
        o.insert(QStringLiteral("closed_on"), isoDate(c.closedOn));
    if (!c.closedOrg.isEmpty())
        o.insert(QStringLiteral("closed_org"), c.closedOrg);
    if (!c.outcomeReason.isEmpty())
        o.insert(QStringLiteral("reason"), c.outcomeReason);
    if (!c.filedNumber.isEmpty())
        o.insert(QStringLiteral("filed_number"), c.filedNumber);
    if (c.pending)
        o.insert(QStringLiteral("pending"),
                 QJsonObject{{QStringLiteral("kind"), transferKindCode(c.pending->kind)},
                             {QStringLiteral("from"), c.pending->fromOrg},
                             {QStringLiteral("to"), c.pending->toOrg},
                             {QStringLiteral("reason"), c.pending->reason},
                             {QStringLiteral("sent_on"), isoDate(c.pending->sentOn)}});
    return o;
}

QJsonObject CaseJson::toJson(const Session &s)
{
    return QJsonObject{{QStringLiteral("id"), s.id},
                       {QStringLiteral("org"), s.orgCode},
                       {QStringLiteral("date"), isoDate(s.heldOn)},
                       {QStringLiteral("place"), s.place},
                       {QStringLiteral("mediators"), QJsonArray::fromStringList(s.mediators)},
                       {QStringLiteral("participants"), QJsonArray::fromStringList(s.participants)},
                       {QStringLiteral("record"), s.record}};
}

QJsonObject CaseJson::toJson(const CaseEvent &e)
{
    QJsonObject o{{QStringLiteral("at"), e.at},
                  {QStringLiteral("on"), isoDate(e.on)},
                  {QStringLiteral("user"), e.user.isEmpty() ? QStringLiteral("system") : e.user},
                  {QStringLiteral("org"), e.org},
                  {QStringLiteral("action"), e.action},
                  {QStringLiteral("detail"), e.detail}};
    if (!e.beforeStatus.isEmpty())
        o.insert(QStringLiteral("before"), e.beforeStatus);
    if (!e.afterStatus.isEmpty())
        o.insert(QStringLiteral("after"), e.afterStatus);
    if (!e.beforeOrg.isEmpty())
        o.insert(QStringLiteral("before_org"), e.beforeOrg);
    if (!e.afterOrg.isEmpty())
        o.insert(QStringLiteral("after_org"), e.afterOrg);
    if (!e.data.isEmpty())
        o.insert(QStringLiteral("data"), e.data);
    return o;
}

QJsonObject CaseJson::toJson(const RelatedCase &r)
{
    return QJsonObject{{QStringLiteral("id"), r.caseId},
                       {QStringLiteral("number"), r.number},
                       {QStringLiteral("status"), statusCode(r.status)},
                       {QStringLiteral("title"), r.title},
                       {QStringLiteral("org"), r.handlingOrg},
                       {QStringLiteral("kind"), r.kind},
                       {QStringLiteral("reason"), r.reason}};
}

} // namespace tj
