#include "documentdata.h"

#include "agreements/confirmation.h"
#include "agreements/signing.h"
#include "common/clock.h"
#include "common/money.h"

namespace tj {

namespace {
QString roleWord(PartyRole role)
{
    switch (role) {
    case PartyRole::Applicant: return QStringLiteral("申请人");
    case PartyRole::Respondent: return QStringLiteral("被申请人");
    case PartyRole::ThirdParty: return QStringLiteral("第三人");
    }
    return {};
}

QString sourceWord(CaseSource source)
{
    switch (source) {
    case CaseSource::Application: return QStringLiteral("当事人申请");
    case CaseSource::Initiative: return QStringLiteral("主动排查");
    case CaseSource::Transfer: return QStringLiteral("移送/交办");
    case CaseSource::Delegation: return QStringLiteral("法院委派");
    case CaseSource::Hotline: return QStringLiteral("热线转办");
    }
    return {};
}

QString stateWord(InstalmentState s)
{
    switch (s) {
    case InstalmentState::Due: return QStringLiteral("未到期");
    case InstalmentState::PartlyPaid: return QStringLiteral("部分履行");
    case InstalmentState::Paid: return QStringLiteral("已履行");
    case InstalmentState::Overdue: return QStringLiteral("逾期");
    }
    return {};
}

QString agreementStateWord(AgreementState s)
{
    switch (s) {
    case AgreementState::Performing: return QStringLiteral("履行中");
    case AgreementState::Performed: return QStringLiteral("已履行完毕");
    case AgreementState::Breached: return QStringLiteral("未按期履行");
    }
    return {};
}

QString signedOn(const QList<StoredSignature> &signatures, const Party &p)
{
    for (const StoredSignature &s : signatures)
        if (s.role == Signing::kParty
            && (s.who == p.name || (!p.legalRepresentative.isEmpty() && s.who == p.legalRepresentative)
                || (!p.agent.isEmpty() && s.who == p.agent)))
            return DocumentData::chineseDate(s.on);
    return {};
}
} // namespace

QString DocumentData::multiline(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>"));
}

QString DocumentData::chineseCount(int n)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (n < 0 || n > 99)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    const QString tens = n / 10 == 1 ? QString() : QString(digits.at(n / 10));
    return tens + u'十' + (n % 10 ? QString(digits.at(n % 10)) : QString());
}

QString DocumentData::chineseDate(const QDate &d)
{
    return d.isValid() ? QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day())
                       : QString();
}

QString DocumentData::amountInWords(qint64 fen)
{
    return QStringLiteral("人民币%1（¥%2）").arg(money::capitals(fen), money::formatYuan(fen));
}

QVariantMap DocumentData::forCase(const Case &c, const QString &code, const QDate &printedOn)
{
    QVariantList parties;
    for (const Party &p : c.parties) {
        const bool person = p.kind == PartyKind::Person;
        parties.append(QVariantMap{
            {QStringLiteral("role"), roleWord(p.role)},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("person"), person},
            {QStringLiteral("id"), person ? p.idNumber : p.creditCode},
            {QStringLiteral("sex"), p.sex == QLatin1String("male")     ? QStringLiteral("男")
                                    : p.sex == QLatin1String("female") ? QStringLiteral("女")
                                                                       : QString()},
            {QStringLiteral("birth"), chineseDate(p.birthDate)},
            {QStringLiteral("ethnicity"), p.ethnicity},
            {QStringLiteral("phone"), p.phone},
            {QStringLiteral("address"), p.address},
            {QStringLiteral("legal_rep"), p.legalRepresentative},
            {QStringLiteral("agent"), p.agent},
            {QStringLiteral("claim"), p.claimAmountFen ? money::formatYuan(*p.claimAmountFen) : QString()},
        });
    }
    return {
        {QStringLiteral("number"), c.number},
        {QStringLiteral("case_title"), c.title},
        {QStringLiteral("org_name"), c.handlingOrgName},
        {QStringLiteral("code"), code},
        {QStringLiteral("printed_on"), chineseDate(printedOn)},
        {QStringLiteral("category"), c.category},
        {QStringLiteral("subcategory"), c.subcategory},
        {QStringLiteral("source"), sourceWord(c.source)},
        {QStringLiteral("received_on"), chineseDate(c.receivedOn)},
        {QStringLiteral("accepted_on"), chineseDate(c.acceptedOn)},
        {QStringLiteral("closed_on"), chineseDate(c.closedOn)},
        {QStringLiteral("status"), statusName(c.status)},
        {QStringLiteral("facts"), multiline(c.facts)},
        {QStringLiteral("claims"), multiline(c.claims)},
        {QStringLiteral("amount_words"), amountInWords(c.amountFen)},
        {QStringLiteral("risk"), c.risk},
        {QStringLiteral("outcome_reason"), c.outcomeReason},
        {QStringLiteral("parties"), parties},
    };
}

QVariantMap DocumentData::forAgreement(const AgreementView &v)
{
    const Agreement &a = v.agreement;
    QVariantList obligations;
    for (const StoredObligation &o : a.obligations) {
        QVariantList instalments;
        for (const StoredInstalment &i : o.instalments)
            instalments.append(QVariantMap{{QStringLiteral("seq"), chineseCount(i.seq)},
                                           {QStringLiteral("due"), chineseDate(i.due)},
                                           {QStringLiteral("amount_words"), amountInWords(i.amountFen)}});
        obligations.append(QVariantMap{{QStringLiteral("debtor"), o.debtor},
                                       {QStringLiteral("creditor"), o.creditor},
                                       {QStringLiteral("amount_words"), amountInWords(o.amountFen)},
                                       {QStringLiteral("instalments"), instalments}});
    }
    QVariantList partySigners;
    for (const Party &p : v.record.parties)
        partySigners.append(QVariantMap{{QStringLiteral("role"), roleWord(p.role)},
                                        {QStringLiteral("name"), p.name},
                                        {QStringLiteral("signed_on"), signedOn(a.signatures, p)}});
    QVariantList mediators;
    QString sealOn;
    for (const StoredSignature &s : a.signatures) {
        if (s.role == Signing::kMediator)
            mediators.append(QVariantMap{{QStringLiteral("name"), s.who},
                                         {QStringLiteral("signed_on"), chineseDate(s.on)}});
        else if (s.role == Signing::kSeal && sealOn.isEmpty())
            sealOn = chineseDate(s.on);
    }
    const int copies = int(v.record.parties.size()) + 1;
    return {
        {QStringLiteral("oral"), a.kind == QLatin1String("oral")},
        {QStringLiteral("agreement_facts"), multiline(a.facts)},
        {QStringLiteral("responsibilities"), multiline(a.responsibilities)},
        {QStringLiteral("content"), multiline(a.content)},
        {QStringLiteral("manner"), a.manner},
        {QStringLiteral("place"), a.place},
        {QStringLiteral("total_words"), amountInWords(a.amountFen)},
        {QStringLiteral("has_money"), a.amountFen > 0},
        {QStringLiteral("obligations"), obligations},
        {QStringLiteral("signers"), partySigners},
        {QStringLiteral("mediators"), mediators},
        {QStringLiteral("seal_on"), sealOn},
        {QStringLiteral("effective_on"), chineseDate(a.effectiveOn)},
        {QStringLiteral("copies"), chineseCount(copies)},
        {QStringLiteral("party_copies"), chineseCount(copies - 1)},
        {QStringLiteral("confirmation_deadline"), chineseDate(v.confirmationDeadline.date)},
        {QStringLiteral("state"), agreementStateWord(v.fulfilment.state)},
        {QStringLiteral("enforceable"), v.enforceable},
    };
}

QVariantList DocumentData::forSessions(const QList<Session> &sessions)
{
    QVariantList out;
    int seq = 0;
    for (const Session &s : sessions)
        out.append(QVariantMap{{QStringLiteral("seq"), chineseCount(++seq)},
                               {QStringLiteral("date"), chineseDate(s.heldOn)},
                               {QStringLiteral("place"), s.place},
                               {QStringLiteral("mediators_list"), s.mediators.join(QStringLiteral("、"))},
                               {QStringLiteral("participants"), s.participants.join(QStringLiteral("、"))},
                               {QStringLiteral("record"), multiline(s.record)}});
    return out;
}

QVariantList DocumentData::forFulfilment(const AgreementView &v)
{
    QVariantList rows;
    for (const ObligationStatus &o : v.fulfilment.obligations)
        for (const InstalmentStatus &i : o.instalments)
            rows.append(QVariantMap{
                {QStringLiteral("debtor"), o.obligation.debtor},
                {QStringLiteral("creditor"), o.obligation.creditor},
                {QStringLiteral("due"), i.instalment.due.isValid() ? chineseDate(i.instalment.due)
                                                                   : QStringLiteral("即时履行")},
                {QStringLiteral("amount"), money::formatYuan(i.instalment.amountFen)},
                {QStringLiteral("paid"), money::formatYuan(i.paidFen)},
                {QStringLiteral("state"), stateWord(i.state)}});
    return rows;
}

} // namespace tj
