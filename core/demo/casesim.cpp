#include "casesim.h"

#include "cases/categories.h"
#include "common/clock.h"
#include "common/money.h"
#include "parties/identifiers.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace tj::gen {

namespace {
QVariant text(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(isoDate(d)) : QVariant();
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString compact(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

const QStringList &weightedCategories()
{
    static const QStringList list = QString::fromUtf8(
        "邻里 邻里 邻里 婚姻家庭 婚姻家庭 婚姻家庭 房屋宅基地 房屋宅基地 合同 合同 合同 损害赔偿 损害赔偿"
        " 生产经营 山林土地 山林土地 征地拆迁 环境污染 劳动争议 劳动争议 消费 医疗 道路交通事故 道路交通事故"
        " 物业 其他").split(u' ');
    return list;
}
} // namespace

struct CaseSimulator::State
{
    Case c;
    QDate day;
    int events = 0;
    QString createdAt;
    QString lastAt;
    QString applicant;
    QString respondent;
    std::optional<PendingTransfer> pending;
    QString sentBy;
    int seq = 0;
    QString beforeStatus; ///< the status and organisation after the last step
    QString beforeOrg;
    QString delegatingCourt; ///< the court that delegated the case, once received
    std::optional<AgreementFacts> agreement;
};

void County::prepare()
{
    for (auto it = orgs.begin(); it != orgs.end(); ++it) {
        const int weight = it->tier == OrgTier::Village ? 6 : it->tier == OrgTier::Township ? 3 : 1;
        for (int i = 0; i < weight; ++i)
            registrars.append(it->code);
        if (it->tier != OrgTier::Court && it->tier != OrgTier::Tribunal)
            continue;
        for (const Org &o : std::as_const(orgs))
            if ((o.tier == OrgTier::Township || o.tier == OrgTier::Village) && o.path.startsWith(it->path))
                it->descendants.append(o.code);
        it->descendants.sort();
    }
    registrars.sort();
}

QString County::courtOver(const QString &code) const
{
    for (auto it = orgs.constFind(code); it != orgs.cend(); it = orgs.constFind(it->parent))
        if (it->tier == OrgTier::Court || it->tier == OrgTier::Tribunal)
            return it->code;
    return {};
}

CaseWriter::CaseWriter(sqlite3 *db)
    : cases(db, "INSERT INTO cases (id, number, registering_org, number_year, number_seq,"
                " handling_org, status, source, category, subcategory, title, facts, claims,"
                " amount_fen, risk, received_on, accepted_on, closed_on, closed_org, outcome_reason,"
                " filed_number, created_by, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?,"
                " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    , parties(db, "INSERT INTO parties (id, case_id, seq, role, kind, name, id_number, credit_code,"
                  " sex, birth_date, ethnicity, phone, address, legal_representative, agent,"
                  " claim_amount_fen, representative) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                  " ?, ?, ?, ?, ?)")
    , events(db, "INSERT INTO case_events (case_id, at, on_date, user_login, org_code, action,"
                 " detail, before_status, after_status, before_org, after_org, data) VALUES (?, ?,"
                 " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    , sessions(db, "INSERT INTO sessions (id, case_id, org_code, held_on, place, mediators,"
                   " participants, record, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                   " ?, ?)")
    , referrals(db, "INSERT INTO referrals (id, case_id, kind, from_org, to_org, reason, prev_status,"
                    " sent_on, sent_by, state, answered_on, answered_by, return_reason) VALUES (?, ?,"
                    " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    , agreements(db, "INSERT INTO agreements (case_id, kind, org_code, facts, responsibilities,"
                     " content, manner, place, amount_fen, effective_on, created_at) VALUES (?, ?, ?,"
                     " ?, ?, ?, ?, ?, ?, ?, ?)")
    , obligations(db, "INSERT INTO obligations (id, case_id, seq, debtor, creditor, amount_fen)"
                      " VALUES (?, ?, ?, ?, ?, ?)")
    , instalments(db, "INSERT INTO instalments (id, obligation_id, seq, due_on, amount_fen) VALUES"
                      " (?, ?, ?, ?, ?)")
    , signatures(db, "INSERT INTO signatures (case_id, who, signed_on) VALUES (?, ?, ?)")
    , counter(db, "INSERT INTO case_number_counters (org_code, year, last_seq) VALUES (?, ?, ?)"
                  " ON CONFLICT (org_code, year) DO UPDATE SET last_seq = max(last_seq,"
                  " excluded.last_seq)")
{}

Result<void> CaseWriter::saveCounters(const QMap<QPair<QString, int>, int> &counters)
{
    for (auto it = counters.cbegin(); it != counters.cend(); ++it)
        TJ_TRY(counter.exec({it.key().first, qint64(it.key().second), qint64(it.value())}));
    return {};
}

CaseSimulator::CaseSimulator(County &county, CaseWriter &writer, FulfilmentStatements &after,
                             Rng &rng, Rng &afterRng, const QDate &until, qint64 total,
                             const DeadlineRules *rules)
    : m_county(county), m_writer(writer), m_rng(rng), m_text(rng), m_until(until),
      m_after(county, after, writer.events, afterRng, until, rules)
{
    const qint64 regulars = std::clamp<qint64>(total / 20, 20, 50000);
    for (qint64 i = 0; i < regulars; ++i)
        m_regulars.push_back(m_text.person(QStringLiteral("青禾县")));
}

QString CaseSimulator::stamp(State &s)
{
    const QTime time(8 + std::min(s.events, 11), m_rng.below(60), m_rng.below(60), m_rng.below(1000));
    s.lastAt = QDateTime(s.day, time, Qt::UTC).toString(Qt::ISODateWithMs);
    return s.lastAt;
}

bool CaseSimulator::advance(State &s, int maxDays)
{
    // Now and then a step waits much longer: a party is away, a file waits on a desk.
    const int wait = m_rng.chance(12) ? maxDays * 10 : maxDays;
    const QDate next = s.day.addDays(m_rng.below(wait + 1));
    if (next > m_until)
        return false;
    s.day = next;
    return true;
}

Party CaseSimulator::makePerson(PartyRole role, const QString &village)
{
    const Person p = m_rng.chance(20) ? m_rng.pick(m_regulars) : m_text.person(village);
    Party party;
    party.role = role;
    party.name = p.name;
    party.idNumber = p.idNumber;
    party.phone = p.phone;
    party.address = p.address;
    if (!p.idNumber.isEmpty()) {
        party.birthDate = Identifiers::birthDateOfResidentId(p.idNumber);
        party.sex = Identifiers::sexOfResidentId(p.idNumber);
    }
    party.ethnicity = m_rng.chance(92) ? QStringLiteral("汉族") : QStringLiteral("回族");
    return party;
}

Result<void> CaseSimulator::intake(State &s)
{
    Case &c = s.c;
    const Org &org = m_county.orgs[c.registeringOrg];
    int &seq = m_county.counters[{c.registeringOrg, c.receivedOn.year()}];
    s.seq = ++seq;
    c.id = m_rng.uuid();
    c.number = QStringLiteral("（%1）%2调字第%3号").arg(c.receivedOn.year()).arg(c.registeringOrg).arg(seq);
    c.category = m_rng.pick(weightedCategories());
    if (const Category *cat = CategoryCatalog::instance().find(c.category); cat && m_rng.chance(60)
        && !cat->subcategories.isEmpty())
        c.subcategory = m_rng.pick(cat->subcategories);
    static const CaseSource sources[] = {CaseSource::Application, CaseSource::Application,
                                         CaseSource::Application, CaseSource::Application,
                                         CaseSource::Initiative, CaseSource::Hotline,
                                         CaseSource::Transfer};
    c.source = sources[m_rng.below(7)];
    c.amountFen = m_rng.chance(20) ? 0 : qint64(200 + m_rng.below(60000)) * 100;
    c.risk = m_rng.chance(4);

    const QString village = org.name.left(org.name.indexOf(u'村') + 1);
    QList<Party> parties;
    const int applicants = m_rng.chance(80) ? 1 : 2 + m_rng.below(2);
    for (int i = 0; i < applicants; ++i) {
        Party a = makePerson(PartyRole::Applicant, village);
        if (c.amountFen > 0 && m_rng.chance(50))
            a.claimAmountFen = c.amountFen / applicants;
        a.representative = applicants > 1 && i == 0;
        parties.append(a);
    }
    const bool company = m_rng.chance(c.category == QLatin1String("劳动争议") ? 80 : 12);
    if (company) {
        const Company co = m_text.company();
        Party r;
        r.role = PartyRole::Respondent;
        r.kind = PartyKind::Organisation;
        r.name = co.name;
        r.creditCode = co.creditCode;
        r.legalRepresentative = co.legalRepresentative;
        parties.append(r);
    } else {
        parties.append(makePerson(PartyRole::Respondent, village));
    }
    if (m_rng.chance(5))
        parties.append(makePerson(PartyRole::ThirdParty, village));
    s.applicant = parties.first().name;
    s.respondent = parties[applicants].name;
    c.title = m_text.title(c.category, s.applicant, s.respondent);
    c.facts = m_text.facts(c.category, s.applicant, s.respondent, org.name, c.receivedOn, c.amountFen);
    c.claims = m_text.claims(c.amountFen);

    int pseq = 0;
    for (const Party &p : std::as_const(parties)) {
        TJ_TRY(m_writer.parties.exec(
            {m_rng.uuid(), c.id, qint64(++pseq), partyRoleCode(p.role), partyKindCode(p.kind), p.name,
             text(p.idNumber), text(p.creditCode), text(p.sex), date(p.birthDate), text(p.ethnicity),
             text(p.phone), text(p.address), text(p.legalRepresentative), QVariant(),
             p.claimAmountFen ? QVariant(*p.claimAmountFen) : QVariant(),
             qint64(p.representative ? 1 : 0)}));
    }
    m_stats.parties += parties.size();
    const QJsonObject data{{QStringLiteral("number"), c.number},
                           {QStringLiteral("source"), sourceCode(c.source)},
                           {QStringLiteral("category"), c.category},
                           {QStringLiteral("amount"), money::formatYuan(c.amountFen)},
                           {QStringLiteral("parties"), int(parties.size())}};
    TJ_TRY(step(s, QStringLiteral("intake"), c.title, data));
    s.createdAt = s.lastAt;
    return {};
}

// Writes the history event of a step; the caller has already changed s.c.
Result<void> CaseSimulator::step(State &s, const QString &action, const QString &detail,
                                 const QJsonObject &data, const QString &actorOrg)
{
    const bool isIntake = action == QLatin1String("intake");
    const Org &acting = m_county.orgs[actorOrg.isEmpty() ? s.c.handlingOrg : actorOrg];
    QString login = acting.login;
    QString org = acting.code;
    if (login.isEmpty()) {
        login = m_county.adminLogin;
        org = login.isEmpty() ? s.c.handlingOrg : m_county.adminOrg;
    }
    TJ_TRY(m_writer.events.exec({s.c.id, stamp(s), isoDate(s.day), text(login), text(org), action,
                                 detail, isIntake ? QVariant() : text(s.beforeStatus),
                                 statusCode(s.c.status), isIntake ? QVariant() : text(s.beforeOrg),
                                 s.c.handlingOrg, data.isEmpty() ? QVariant() : QVariant(compact(data))}));
    ++s.events;
    ++m_stats.events;
    s.beforeStatus = statusCode(s.c.status);
    s.beforeOrg = s.c.handlingOrg;
    return {};
}

Result<void> CaseSimulator::mediate(State &s)
{
    const int sessions = 1 + m_rng.below(3);
    for (int i = 0; i < sessions; ++i) {
        if (!advance(s, 10))
            return {};
        const Org &org = m_county.orgs[s.c.handlingOrg];
        const QString id = m_rng.uuid();
        const QString record = m_text.sessionRecord(s.applicant, s.respondent);
        const QStringList mediators{org.userName.isEmpty() ? org.name : org.userName};
        const QString place = org.name;
        TJ_TRY(step(s, QStringLiteral("session"), record.left(200),
                    QJsonObject{{QStringLiteral("session"), id}, {QStringLiteral("place"), place},
                                {QStringLiteral("mediators"), QJsonArray::fromStringList(mediators)}}));
        TJ_TRY(m_writer.sessions.exec({id, s.c.id, s.c.handlingOrg, isoDate(s.day), place,
                                       compact(mediators), compact(QStringList{s.applicant, s.respondent}),
                                       record, text(org.login), s.lastAt}));
        ++m_stats.sessions;
    }
    if (!advance(s, 7))
        return {};
    return close(s);
}

Result<void> CaseSimulator::close(State &s)
{
    const bool court = caseTierOf(m_county.orgs[s.c.handlingOrg].tier) == CaseTier::Court;
    const int r = m_rng.below(100);
    CaseStatus outcome = CaseStatus::Settled;
    if (court && r < 15)
        outcome = CaseStatus::Filed;
    else if (r >= 72)
        outcome = r < 88 ? CaseStatus::Failed : CaseStatus::Withdrawn;
    s.c.status = outcome;
    s.c.closedOn = s.day;
    s.c.closedOrg = s.c.handlingOrg;
    QJsonObject data{{QStringLiteral("outcome"), statusCode(outcome)}};
    QString detail;
    if (outcome == CaseStatus::Failed)
        detail = s.c.outcomeReason = m_text.failureReason();
    else if (outcome == CaseStatus::Withdrawn)
        detail = s.c.outcomeReason = m_text.withdrawReason();
    if (outcome == CaseStatus::Filed) {
        s.c.filedNumber = QStringLiteral("（%1）冀1121民初%2号").arg(s.day.year()).arg(1 + m_rng.below(9000));
        data.insert(QStringLiteral("filed_number"), s.c.filedNumber);
    }
    if (outcome == CaseStatus::Settled) {
        QDate effective;
        TJ_TRY(writeAgreement(s, s.c.amountFen, effective, detail));
        detail = detail.left(200);
        if (effective.isValid())
            data.insert(QStringLiteral("effective_on"), isoDate(effective));
    }
    return step(s, QStringLiteral("close"), detail, data);
}

Result<void> CaseSimulator::writeAgreement(State &s, qint64 amountFen, QDate &effective,
                                           QString &content)
{
    const bool oral = m_rng.chance(15);
    const qint64 agreed = amountFen > 0 ? std::max<qint64>(100, amountFen * (50 + m_rng.below(51)) / 100) : 0;
    content = m_text.agreementContent(s.respondent, s.applicant, agreed);
    QList<Signature> signatures;
    if (!oral)
        signatures = {Signature{s.applicant, s.day}, Signature{s.respondent, s.day}};
    effective = s.day; // the last signature, or the day an oral agreement is recorded
    const QString manner = agreed > 0 ? QStringLiteral("分期给付") : QStringLiteral("当场履行");
    TJ_TRY(m_writer.agreements.exec({s.c.id, oral ? QStringLiteral("oral") : QStringLiteral("written"),
                                     s.c.handlingOrg, s.c.facts.left(80),
                                     QStringLiteral("双方对纠纷的发生均有一定责任。"), content, manner,
                                     m_county.orgs[s.c.handlingOrg].name, agreed, isoDate(effective),
                                     stamp(s)}));
    ++m_stats.agreements;
    AgreementFacts &facts = s.agreement.emplace();
    facts.caseId = s.c.id;
    facts.category = s.c.category;
    facts.subcategory = s.c.subcategory;
    facts.orgCode = s.c.handlingOrg;
    facts.court = s.delegatingCourt.isEmpty() ? m_county.courtOver(s.c.handlingOrg) : s.delegatingCourt;
    facts.written = !oral;
    facts.effective = effective;
    facts.agreed = agreed;
    facts.debtor = s.respondent;
    facts.creditor = s.applicant;
    if (agreed > 0) {
        const QString obligation = m_rng.uuid();
        facts.obligationId = obligation;
        TJ_TRY(m_writer.obligations.exec({obligation, s.c.id, qint64(1), s.respondent, s.applicant, agreed}));
        const int parts = m_rng.chance(40) ? 2 + m_rng.below(3) : 0;
        qint64 left = agreed;
        for (int i = 1; i <= parts; ++i) {
            const qint64 amount = i == parts ? left : std::max<qint64>(1, agreed / parts);
            if (amount <= 0)
                break;
            left -= amount;
            TJ_TRY(m_writer.instalments.exec({m_rng.uuid(), obligation, qint64(i),
                                              isoDate(s.day.addMonths(i)), amount}));
            facts.instalments.append({s.day.addMonths(i), amount});
        }
    }
    for (const Signature &sig : std::as_const(signatures))
        TJ_TRY(m_writer.signatures.exec({s.c.id, sig.who, isoDate(sig.on)}));
    return {};
}

Result<void> CaseSimulator::transfer(State &s, TransferKind kind, const QString &to)
{
    PendingTransfer t;
    t.id = m_rng.uuid();
    t.kind = kind;
    t.fromOrg = s.c.handlingOrg;
    t.toOrg = to;
    t.reason = kind == TransferKind::Refer ? m_text.referReason() : m_text.delegateReason();
    t.sentOn = s.day;
    t.previousStatus = s.c.status;
    s.c.status = kind == TransferKind::Refer ? CaseStatus::Referred : CaseStatus::Delegated;
    s.pending = t;
    s.sentBy = m_county.orgs[t.fromOrg].login.isEmpty() ? m_county.adminLogin : m_county.orgs[t.fromOrg].login;
    ++m_stats.referrals;
    return step(s, kind == TransferKind::Refer ? QStringLiteral("refer") : QStringLiteral("delegate"),
                t.reason,
                QJsonObject{{QStringLiteral("to"), to},
                            {QStringLiteral("to_name"), m_county.orgs[to].name},
                            {QStringLiteral("transfer"), t.id}});
}

Result<void> CaseSimulator::answer(State &s, bool receive)
{
    const PendingTransfer t = *s.pending;
    s.pending.reset();
    const QString by = m_county.orgs[t.toOrg].login.isEmpty() ? m_county.adminLogin : m_county.orgs[t.toOrg].login;
    const QString kind = transferKindCode(t.kind);
    const QString returnReason = receive ? QString() : m_text.returnReason();
    TJ_TRY(m_writer.referrals.exec({t.id, s.c.id, kind, t.fromOrg, t.toOrg, t.reason,
                                    statusCode(t.previousStatus), isoDate(t.sentOn), text(s.sentBy),
                                    receive ? QStringLiteral("accepted") : QStringLiteral("returned"),
                                    isoDate(s.day), text(by), text(returnReason)}));
    if (receive) {
        if (t.kind == TransferKind::Delegate && caseTierOf(m_county.orgs[t.fromOrg].tier) == CaseTier::Court)
            s.delegatingCourt = t.fromOrg; // ConfirmationService::courtFor
        s.c.handlingOrg = t.toOrg;
        s.c.status = CaseStatus::InMediation;
        s.c.closedOn = {};
        s.c.closedOrg.clear();
        s.c.outcomeReason.clear();
        if (!s.c.acceptedOn.isValid())
            s.c.acceptedOn = s.day;
        return step(s, QStringLiteral("receive"), t.reason,
                    QJsonObject{{QStringLiteral("from"), t.fromOrg}, {QStringLiteral("kind"), kind},
                                {QStringLiteral("transfer"), t.id}},
                    t.toOrg);
    }
    s.c.status = t.previousStatus;
    return step(s, QStringLiteral("return"), returnReason,
                QJsonObject{{QStringLiteral("to"), t.fromOrg}, {QStringLiteral("kind"), kind},
                            {QStringLiteral("transfer"), t.id}},
                t.toOrg);
}

Result<void> CaseSimulator::simulate(const QDate &received)
{
    State s;
    s.c.receivedOn = received;
    s.day = received;
    s.c.registeringOrg = m_rng.pick(m_county.registrars);
    s.c.handlingOrg = s.c.registeringOrg;
    s.c.status = CaseStatus::Registered;
    TJ_TRY(intake(s));
    TJ_TRY(play(s));
    // Payments, visits and confirmation steps neither change the case row nor its version.
    const int version = s.events;
    const QString updatedAt = s.lastAt;
    if (s.agreement && s.c.status == CaseStatus::Settled)
        TJ_TRY(m_after.play(*s.agreement, s.events, s.lastAt));
    if (s.pending)
        TJ_TRY(m_writer.referrals.exec({s.pending->id, s.c.id, transferKindCode(s.pending->kind),
                                        s.pending->fromOrg, s.pending->toOrg, s.pending->reason,
                                        statusCode(s.pending->previousStatus),
                                        isoDate(s.pending->sentOn), text(s.sentBy),
                                        QStringLiteral("pending"), QVariant(), QVariant(), QVariant()}));
    // The case row goes last, in its final state: the summary and search triggers see it once.
    const Case &c = s.c;
    return m_writer.cases.exec(
        {c.id, c.number, c.registeringOrg, qint64(c.receivedOn.year()),
         qint64(s.seq), c.handlingOrg,
         statusCode(c.status), sourceCode(c.source), c.category, text(c.subcategory), c.title, c.facts,
         c.claims, c.amountFen, qint64(c.risk ? 1 : 0), isoDate(c.receivedOn), date(c.acceptedOn),
         date(c.closedOn), text(c.closedOrg), text(c.outcomeReason), text(c.filedNumber),
         text(m_county.orgs[c.registeringOrg].login), s.createdAt, updatedAt, qint64(version)});
}

// The steps after intake; each wait that runs past the last date leaves the case where it is.
Result<void> CaseSimulator::play(State &s)
{
    if (!advance(s, 3))
        return {};
    if (m_rng.chance(3)) {
        s.c.status = CaseStatus::NotAccepted;
        s.c.closedOn = s.day;
        s.c.closedOrg = s.c.handlingOrg;
        s.c.outcomeReason = m_text.rejectReason();
        return step(s, QStringLiteral("reject"), s.c.outcomeReason, {});
    }
    const Org &org = m_county.orgs[s.c.handlingOrg];
    if (org.tier == OrgTier::Village && m_rng.chance(12) && !org.parent.isEmpty())
        return referUp(s, org.parent);
    if (caseTierOf(org.tier) == CaseTier::Court && !org.descendants.isEmpty() && m_rng.chance(35)) {
        TJ_TRY(transfer(s, TransferKind::Delegate, m_rng.pick(org.descendants)));
        if (!advance(s, 15))
            return {};
        const bool receive = m_rng.chance(93);
        TJ_TRY(answer(s, receive));
        if (receive || !advance(s, 3))
            return receive ? mediate(s) : Result<void>();
    }
    return acceptAndMediate(s);
}

Result<void> CaseSimulator::acceptAndMediate(State &s)
{
    if (s.c.status == CaseStatus::Registered) {
        s.c.status = CaseStatus::InMediation;
        s.c.acceptedOn = s.day;
        TJ_TRY(step(s, QStringLiteral("accept"), QString(), {}));
    }
    if (s.c.status != CaseStatus::InMediation)
        return {};
    return mediate(s);
}

Result<void> CaseSimulator::referUp(State &s, const QString &to)
{
    // Some villages try first and fail; a failed case may still go up.
    if (m_rng.chance(50)) {
        TJ_TRY(acceptAndMediate(s));
        if (s.c.status != CaseStatus::Failed || !advance(s, 5))
            return {};
    }
    TJ_TRY(transfer(s, TransferKind::Refer, to));
    if (!advance(s, 15))
        return {};
    const bool receive = m_rng.chance(94);
    TJ_TRY(answer(s, receive));
    if (receive)
        return mediate(s);
    if (!advance(s, 3))
        return {};
    return acceptAndMediate(s);
}

} // namespace tj::gen
