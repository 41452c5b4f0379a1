#include "ledgercolumns.h"

#include "parties/identifiers.h"

#include <QRegularExpression>

namespace tj {

namespace {
// Lower case without white space, underscores, brackets and colons (ASCII and full-width).
// Called for every term of every row: a character filter, not a pattern compiled per call.
QString normalised(const QString &text)
{
    QString s = text.trimmed().toLower();
    s.removeIf([](QChar c) {
        return c.isSpace() || c == u'_' || c == u'（' || c == u'）' || c == u'(' || c == u')' || c == u'：'
               || c == u':';
    });
    return s;
}

struct Term
{
    const char *code;
    const char *term;
    const char *alias;
};

const Term kStatusTerms[] = {
    {"registered", "已登记", "登记"},     {"not_accepted", "不予受理", "未受理"},
    {"in_mediation", "调解中", "受理"},   {"referred", "已上报", "上报"},
    {"delegated", "已委派", "委派"},      {"settled", "调解成功", "成功"},
    {"failed", "调解不成", "调解不成功"}, {"withdrawn", "撤回", "撤回申请"},
    {"filed", "已立案", "立案"},
};

const Term kSourceTerms[] = {
    {"application", "当事人申请", "申请"}, {"initiative", "主动调解", "主动排查"},
    {"transfer", "移送", "移交"},          {"delegation", "法院委派", "委派调解"},
    {"hotline", "热线", "12345热线"},
};

template<std::size_t N>
std::optional<QString> codeForTerm(const Term (&terms)[N], const QString &text)
{
    const QString t = normalised(text);
    for (const Term &term : terms)
        if (t == QLatin1String(term.code) || t == normalised(QString::fromUtf8(term.term))
            || t == normalised(QString::fromUtf8(term.alias)))
            return QString::fromLatin1(term.code);
    return std::nullopt;
}

template<std::size_t N>
QString termForCode(const Term (&terms)[N], const QString &code)
{
    for (const Term &term : terms)
        if (code == QLatin1String(term.code))
            return QString::fromUtf8(term.term);
    return code;
}

LedgerColumn col(LedgerField f, const char *key, const char *header, const char *aliases)
{
    return LedgerColumn{f, QString::fromLatin1(key), QString::fromUtf8(header),
                        QString::fromUtf8(aliases).split(u'|', Qt::SkipEmptyParts)};
}
} // namespace

const QList<LedgerColumn> &LedgerVocabulary::columns()
{
    static const QList<LedgerColumn> list = {
        col(LedgerField::Number, "number", "案件编号", "编号|案号|case number"),
        col(LedgerField::Org, "org", "登记单位代码", "登记单位|调委会代码|org code"),
        col(LedgerField::HandlingOrg, "handling_org", "办理单位", "调解组织|handling organisation"),
        col(LedgerField::ReceivedOn, "received_on", "登记日期", "收案日期|受理时间|received"),
        col(LedgerField::AcceptedOn, "accepted_on", "受理日期", "accepted"),
        col(LedgerField::ClosedOn, "closed_on", "结案日期", "办结日期|closed"),
        col(LedgerField::Source, "source", "纠纷来源", "来源|source"),
        col(LedgerField::Category, "category", "纠纷类型", "纠纷类别|类型|category"),
        col(LedgerField::Subcategory, "subcategory", "子类型", "细类|subcategory"),
        col(LedgerField::Title, "title", "纠纷名称", "案由|标题|title"),
        col(LedgerField::Applicants, "applicants", "申请人", "当事人|申请人姓名|applicant"),
        col(LedgerField::Respondents, "respondents", "被申请人", "对方当事人|被申请人姓名|respondent"),
        col(LedgerField::Facts, "facts", "纠纷简要情况", "事实摘要|简要案情|基本案情|facts"),
        col(LedgerField::Claims, "claims", "申请事项", "请求事项|claims"),
        col(LedgerField::Mediators, "mediators", "调解员", "调解人员|mediator"),
        col(LedgerField::Outcome, "outcome", "调解结果", "结果|办理状态|状态|status"),
        col(LedgerField::OutcomeReason, "outcome_reason", "结案说明", "备注|reason"),
        col(LedgerField::Amount, "amount", "涉及金额（元）", "涉及金额|标的额|amount"),
        col(LedgerField::AgreementAmount, "agreement_amount", "协议金额（元）", "协议金额|协议履行金额|agreement amount"),
        col(LedgerField::Performance, "performance", "履行情况", "协议履行情况|performance"),
        col(LedgerField::Days, "days", "办理天数", "用时天数|days"),
    };
    return list;
}

const LedgerColumn &LedgerVocabulary::column(LedgerField field)
{
    return columns().at(int(field));
}

std::optional<LedgerField> LedgerVocabulary::fieldForKey(const QString &key)
{
    for (const LedgerColumn &c : columns())
        if (c.key == key)
            return c.field;
    return std::nullopt;
}

std::optional<LedgerField> LedgerVocabulary::fieldForHeader(const QString &header)
{
    const QString h = normalised(header);
    if (h.isEmpty())
        return std::nullopt;
    for (const LedgerColumn &c : columns()) {
        if (h == normalised(c.key) || h == normalised(c.header))
            return c.field;
        for (const QString &alias : c.aliases)
            if (h == normalised(alias))
                return c.field;
    }
    return std::nullopt;
}

QString LedgerVocabulary::statusTerm(CaseStatus status)
{
    return termForCode(kStatusTerms, statusCode(status));
}

std::optional<CaseStatus> LedgerVocabulary::statusFromTerm(const QString &term)
{
    const auto code = codeForTerm(kStatusTerms, term);
    return code ? statusFromCode(*code) : std::nullopt;
}

QString LedgerVocabulary::sourceTerm(CaseSource source)
{
    return termForCode(kSourceTerms, sourceCode(source));
}

std::optional<CaseSource> LedgerVocabulary::sourceFromTerm(const QString &term)
{
    const auto code = codeForTerm(kSourceTerms, term);
    return code ? sourceFromCode(*code) : std::nullopt;
}

QString LedgerVocabulary::partiesText(const QList<Party> &parties, PartyRole role)
{
    QStringList out;
    for (const Party &p : parties) {
        if (p.role != role)
            continue;
        const QString identity = p.kind == PartyKind::Person ? p.idNumber : p.creditCode;
        out.append(identity.isEmpty() ? p.name : QStringLiteral("%1(%2)").arg(p.name, identity));
    }
    return out.join(QStringLiteral("；"));
}

QList<Party> LedgerVocabulary::partiesFromText(const QString &text, PartyRole role)
{
    static const QRegularExpression split(QStringLiteral("[；;、\\n]"));
    static const QRegularExpression withId(QStringLiteral("^(.+?)[（(]\\s*([0-9A-Za-z]+)\\s*[)）]$"));
    static const QRegularExpression company(
        QStringLiteral("公司|厂|合作社|委员会|村委会|中心|医院|学校|集团|商行|店$"));
    QList<Party> parties;
    for (QString item : text.split(split, Qt::SkipEmptyParts)) {
        item = item.trimmed();
        if (item.isEmpty())
            continue;
        Party p;
        p.role = role;
        p.name = item;
        const auto m = withId.match(item);
        QString identity;
        if (m.hasMatch()) {
            p.name = m.captured(1).trimmed();
            identity = m.captured(2).toUpper();
        }
        // A valid credit code that is no resident ID marks an organisation; without any
        // identity, a company word in the name does.
        const bool organisation =
            identity.isEmpty() ? company.match(p.name).hasMatch()
                               : Identifiers::checkCreditCode(identity).isEmpty()
                                     && !Identifiers::checkResidentId(identity).isEmpty();
        p.kind = organisation ? PartyKind::Organisation : PartyKind::Person;
        (organisation ? p.creditCode : p.idNumber) = identity;
        parties.append(p);
    }
    return parties;
}

} // namespace tj
