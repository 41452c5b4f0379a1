#include "fulfilsim.h"

#include "agreements/agreementservice.h"
#include "agreements/confirmation.h"
#include "casesim.h"
#include "common/clock.h"
#include "common/money.h"
#include "deadlines/rules.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace tj::gen {

namespace {
enum Kind { Pay, Visit, Apply, Accept, Refuse, Extend, Rule };

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QVariant text(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(isoDate(d)) : QVariant();
}

const QStringList &refusalReasons()
{
    static const QStringList list = QString::fromUtf8(
        "申请人未按期补正申请材料|一方当事人撤回申请|协议内容涉及案外人利益，不属于受理范围"
        "|当事人未共同到场，且未委托代理人").split(u'|');
    return list;
}

const QStringList &rejectionReasons()
{
    static const QStringList list = QString::fromUtf8(
        "协议内容违反法律强制性规定|协议内容不明确，无法确认|一方当事人系受胁迫签订协议"
        "|协议损害案外人合法权益").split(u'|');
    return list;
}

const QStringList &visitNotes()
{
    static const QStringList list = QString::fromUtf8(
        "双方按协议履行，关系已恢复正常。|当事人对调解结果表示满意。|矛盾已化解，未再发生纠纷。"
        "|协议履行情况良好，当事人无其他诉求。").split(u'|');
    return list;
}

const QStringList &visitRisks()
{
    static const QStringList list = QString::fromUtf8(
        "义务人以经济困难为由拖延履行，需继续跟进。|双方仍有言语冲突，存在矛盾反复风险。"
        "|权利人表示如不履行将起诉。").split(u'|');
    return list;
}
} // namespace

struct FulfilmentSimulator::Act
{
    QDate on;
    Kind kind = Pay;
    qint64 amount = 0;       ///< a payment's amount
    QString performance;     ///< a visit's finding when the agreement has no money obligation
    QString reason;          ///< refusal or rejection
    QString number;          ///< the ruling's number
    bool valid = true;       ///< the ruling's result
};

struct FulfilmentSimulator::Run
{
    const AgreementFacts &a;
    int &events;
    QString &lastAt;
    qint64 paid = 0;
};

FulfilmentStatements::FulfilmentStatements(sqlite3 *db)
    : payments(db, "INSERT INTO payments (id, case_id, obligation_id, paid_on, amount_fen,"
                   " proof_name, proof_sha256, note, created_by, created_at) VALUES (?, ?, ?, ?, ?,"
                   " NULL, NULL, '', ?, ?)")
    , visits(db, "INSERT INTO visits (id, case_id, visited_on, performance, satisfaction, risks,"
                 " note, visitor, method, visited, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?,"
                 " ?, ?, ?, ?, ?, ?)")
    , confirmations(db, "INSERT INTO confirmations (case_id, court_org, applied_on, documents,"
                        " accepted_on, refused_on, refusal_reason, extended_on, ruled_on, result,"
                        " ruling_number, ruling_reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                        " ?, ?, ?, ?, ?)")
{}

FulfilmentSimulator::FulfilmentSimulator(const County &county, FulfilmentStatements &statements,
                                         BulkStatement &events, Rng &rng, const QDate &until,
                                         const DeadlineRules *rules)
    : m_county(county), m_statements(statements), m_events(events), m_rng(rng), m_until(until),
      m_rules(rules)
{}

QPair<QString, QString> FulfilmentSimulator::recorder(const QString &org) const
{
    const QString login = m_county.orgs.value(org).login;
    if (!login.isEmpty())
        return {login, org};
    return {m_county.adminLogin, m_county.adminLogin.isEmpty() ? org : m_county.adminOrg};
}

// Instalments: most debtors pay each one in full around its due date, some late, a few stop
// part-way or never pay. A lump sum (no schedule) is mostly paid within weeks.
void FulfilmentSimulator::planPayments(const AgreementFacts &a, QList<Act> &acts)
{
    if (a.agreed <= 0)
        return;
    QDate previous = a.effective;
    const auto add = [&](QDate on, qint64 amount) {
        on = std::max(on, previous); // a debtor pays the instalments in turn
        previous = on;
        if (amount > 0)
            acts.append(Act{on, Pay, amount, {}, {}, {}, true});
    };
    const auto part = [&](qint64 amount) { return amount * (30 + m_rng.below(41)) / 100; };
    const int r = m_rng.below(100);
    if (a.instalments.isEmpty()) {
        if (r < 88) {
            add(a.effective.addDays(m_rng.below(20)), a.agreed);
        } else if (r < 94) {
            const qint64 first = a.agreed / 2;
            add(a.effective.addDays(m_rng.below(10)), first);
            add(a.effective.addDays(20 + m_rng.below(41)), a.agreed - first);
        } else if (r < 98) {
            add(a.effective.addDays(5 + m_rng.below(40)), part(a.agreed));
        }
        return;
    }
    const int n = int(a.instalments.size());
    // 84 % punctual, 9 % late, 4 % stop after some instalments with a part payment, 3 % default.
    const int paidInFull = r < 93 ? n : r < 97 ? m_rng.below(n) : (m_rng.chance(50) ? 1 : 0);
    for (int i = 0; i < n; ++i) {
        const auto &[due, amount] = a.instalments[i];
        if (i < paidInFull) {
            add(r < 84 ? due.addDays(-m_rng.below(8)) : due.addDays(1 + m_rng.below(45)), amount);
        } else {
            if (r >= 93 && r < 97)
                add(due.addDays(1 + m_rng.below(30)), part(amount));
            break;
        }
    }
}

// Visits: often for an agreement without money (its visit tells whether it was performed),
// sometimes for one with money, a while after the first payment fell due.
void FulfilmentSimulator::planVisit(const AgreementFacts &a, QList<Act> &acts)
{
    Act v{{}, Visit, 0, {}, {}, {}, true};
    if (a.agreed <= 0) {
        if (!m_rng.chance(60))
            return;
        v.on = a.effective.addDays(15 + m_rng.below(60));
        const int r = m_rng.below(100);
        v.performance = QLatin1String(r < 90 ? "performed" : r < 96 ? "partly" : "not_performed");
    } else {
        if (!m_rng.chance(30))
            return;
        const QDate first = a.instalments.isEmpty() ? a.effective : a.instalments.first().first;
        v.on = first.addDays(15 + m_rng.below(45));
    }
    acts.append(v);
}

// Judicial confirmation: some parties of an eligible written agreement apply within the window
// to the competent court, which accepts within days (or refuses) and rules within its period.
void FulfilmentSimulator::planConfirmation(const AgreementFacts &a, QList<Act> &acts)
{
    // Only where a judge of that court can decide: an application nobody can accept would wait
    // for ever.
    if (!a.written || !m_county.judges.contains(a.court) || !m_rules
        || !m_rng.chance(a.agreed > 0 ? 12 : 4))
        return;
    Case c;
    c.category = a.category;
    c.subcategory = a.subcategory;
    if (!ConfirmationService::ineligibility(c).isEmpty())
        return;
    const Due window = m_rules->confirmationWindow(a.effective);
    if (!window.computable()) // the service refuses an application it cannot date
        return;
    const QDate applied = std::min(window.date, a.effective.addDays(1 + m_rng.below(20)));
    acts.append(Act{applied, Apply, 0, {}, {}, {}, true});
    const QDate decided = applied.addDays(m_rng.below(3));
    if (m_rng.chance(7)) {
        acts.append(Act{decided, Refuse, 0, {}, m_rng.pick(refusalReasons()), {}, true});
        return;
    }
    acts.append(Act{decided, Accept, 0, {}, {}, {}, true});
    QDate ruled = decided.addDays(2 + m_rng.below(13));
    if (m_rng.chance(5)) {
        acts.append(Act{decided.addDays(10 + m_rng.below(4)), Extend, 0, {}, {}, {}, true});
        ruled = decided.addDays(15 + m_rng.below(10));
    }
    const bool valid = m_rng.chance(95);
    acts.append(Act{ruled, Rule, 0, {}, valid ? QString() : m_rng.pick(rejectionReasons()),
                    QStringLiteral("（%1）冀1121民特%2号").arg(ruled.year()).arg(1 + m_rng.below(3000)),
                    valid});
}

Result<void> FulfilmentSimulator::play(const AgreementFacts &a, int &events, QString &lastAt)
{
    QList<Act> acts;
    planPayments(a, acts);
    planVisit(a, acts);
    planConfirmation(a, acts);
    std::stable_sort(acts.begin(), acts.end(), [](const Act &x, const Act &y) {
        return x.on != y.on ? x.on < y.on : x.kind < y.kind;
    });
    Run run{a, events, lastAt};
    for (const Act &act : std::as_const(acts)) {
        if (act.on > m_until) // later steps have not happened yet
            break;
        if (act.kind == Pay)
            TJ_TRY(pay(run, act));
        else if (act.kind == Visit)
            TJ_TRY(visit(run, act));
        else
            TJ_TRY(confirm(run, act, acts));
    }
    return {};
}

Result<void> FulfilmentSimulator::event(Run &run, const QDate &on, const QString &login,
                                        const QString &org, const QString &action,
                                        const QString &detail, const QString &data)
{
    const QTime time(8 + std::min(run.events, 11), m_rng.below(60), m_rng.below(60), m_rng.below(1000));
    QDateTime at(on, time, Qt::UTC);
    // Recorded after the step before it, also on a busy day.
    const QDateTime last = QDateTime::fromString(run.lastAt, Qt::ISODateWithMs);
    if (last.isValid() && at <= last)
        at = last.addMSecs(1 + m_rng.below(1000));
    run.lastAt = at.toString(Qt::ISODateWithMs);
    TJ_TRY(m_events.exec({run.a.caseId, run.lastAt, isoDate(on), text(login), text(org), action,
                          detail, QVariant(), QVariant(), QVariant(), QVariant(), text(data)}));
    ++run.events;
    ++m_stats.events;
    return {};
}

// As AgreementService::pay records it.
Result<void> FulfilmentSimulator::pay(Run &run, const Act &act)
{
    const AgreementFacts &a = run.a;
    const qint64 amount = std::min(act.amount, a.agreed - run.paid);
    if (amount <= 0)
        return {};
    run.paid += amount;
    const QString id = m_rng.uuid();
    const auto [login, org] = recorder(a.orgCode);
    const QString yuan = money::formatYuan(amount);
    TJ_TRY(event(run, act.on, login, org, QStringLiteral("payment"),
                 AgreementService::tr("%1 paid %2 yuan to %3").arg(a.debtor, yuan, a.creditor),
                 compact(QJsonObject{{QStringLiteral("payment"), id},
                                     {QStringLiteral("amount"), yuan},
                                     {QStringLiteral("proof_sha256"), QString()}})));
    TJ_TRY(m_statements.payments.exec({id, a.caseId, a.obligationId, isoDate(act.on), amount,
                                       text(login), run.lastAt}));
    ++m_stats.payments;
    return {};
}

// As AgreementService::visit records it; the visitor finds the performance of that day.
Result<void> FulfilmentSimulator::visit(Run &run, const Act &act)
{
    const AgreementFacts &a = run.a;
    QString performance = act.performance;
    if (a.agreed > 0) // visits come after the first payment fell due
        performance = QLatin1String(run.paid >= a.agreed ? "performed"
                                    : run.paid > 0       ? "partly"
                                                         : "not_performed");
    const bool good = performance == QLatin1String("performed");
    const QVariant satisfaction = m_rng.chance(10) ? QVariant()
                                  : QVariant(qint64(good ? 4 + m_rng.below(2)
                                                         : 1 + m_rng.below(3)));
    const QString risks = good ? QString() : m_rng.pick(visitRisks());
    const QString note = good ? m_rng.pick(visitNotes()) : QString();
    const QString method = m_rng.chance(70) ? QStringLiteral("phone") : QStringLiteral("on_site");
    const Org &org = m_county.orgs.value(a.orgCode);
    const QString visitor = org.userName.isEmpty() ? org.name : org.userName;
    const QString visited = m_rng.chance(80) ? a.creditor : a.debtor;
    const QString id = m_rng.uuid();
    const auto [login, eventOrg] = recorder(a.orgCode);
    QJsonObject data{{QStringLiteral("performance"), performance},
                     {QStringLiteral("method"), method}};
    TJ_TRY(event(run, act.on, login, eventOrg, QStringLiteral("visit"), risks.isEmpty() ? note : risks,
                 compact(data)));
    TJ_TRY(m_statements.visits.exec({id, a.caseId, isoDate(act.on), performance, satisfaction, risks,
                                     note, visitor, method, visited, text(login), run.lastAt}));
    ++m_stats.visits;
    return {};
}

// As ConfirmationService records it: the application inserts the row, the court's steps update
// it. The row is written once, at the application, in its state on the last date.
Result<void> FulfilmentSimulator::confirm(Run &run, const Act &act, const QList<Act> &acts)
{
    const AgreementFacts &a = run.a;
    const QString court = a.court;
    if (act.kind == Apply) {
        QDate accepted, refused, extended, ruled;
        const Act *refusal = nullptr, *ruling = nullptr;
        for (const Act &later : acts) {
            if (later.on > m_until)
                continue;
            if (later.kind == Accept)
                accepted = later.on;
            else if (later.kind == Refuse)
                refused = later.on, refusal = &later;
            else if (later.kind == Extend)
                extended = later.on;
            else if (later.kind == Rule)
                ruled = later.on, ruling = &later;
        }
        const auto [login, org] = recorder(a.orgCode);
        const QString courtName = m_county.orgs.value(court).name;
        TJ_TRY(event(run, act.on, login, org, QStringLiteral("confirmation_apply"), courtName,
                     compact(QJsonObject{{QStringLiteral("court"), court}})));
        static const QString documents = QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(ConfirmationService::checklist()))
                .toJson(QJsonDocument::Compact));
        TJ_TRY(m_statements.confirmations.exec(
            {a.caseId, court, isoDate(act.on), documents, date(accepted), date(refused),
             refusal ? QVariant(refusal->reason) : QVariant(), date(extended), date(ruled),
             ruling ? QVariant(QLatin1String(ruling->valid ? "valid" : "rejected")) : QVariant(),
             ruling ? QVariant(ruling->number) : QVariant(),
             ruling && !ruling->reason.isEmpty() ? QVariant(ruling->reason) : QVariant(),
             run.lastAt}));
        ++m_stats.confirmations;
        return {};
    }
    // The court's side is recorded by one of its judges.
    const QString judge = m_county.judges.value(court);
    switch (act.kind) {
    case Accept:
        return event(run, act.on, judge, court, QStringLiteral("confirmation_accept"), QString(), {});
    case Refuse:
        return event(run, act.on, judge, court, QStringLiteral("confirmation_refuse"), act.reason, {});
    case Extend:
        return event(run, act.on, judge, court, QStringLiteral("confirmation_extend"), QString(), {});
    default:
        return event(run, act.on, judge, court, QStringLiteral("confirmation_rule"),
                     act.reason.isEmpty() ? act.number : act.number + u' ' + act.reason,
                     compact(QJsonObject{{QStringLiteral("result"),
                                          act.valid ? QStringLiteral("valid")
                                                    : QStringLiteral("rejected")}}));
    }
}

} // namespace tj::gen
