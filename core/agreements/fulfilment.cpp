#include "fulfilment.h"

#include <algorithm>

namespace tj {

namespace {
ObligationStatus obligationStatus(const StoredObligation &o, const QList<Payment> &payments,
                                  const QDate &asOf)
{
    ObligationStatus out;
    out.obligation = o;
    QList<StoredInstalment> schedule = o.instalments;
    if (schedule.isEmpty())
        schedule.append(StoredInstalment{QString(), 1, QDate(), o.amountFen});
    std::stable_sort(schedule.begin(), schedule.end(),
                     [](const StoredInstalment &a, const StoredInstalment &b) {
                         return a.due.isValid() && (!b.due.isValid() || a.due < b.due);
                     });
    for (const StoredInstalment &i : schedule)
        out.instalments.append(InstalmentStatus{i, 0, InstalmentState::Due, QDate()});

    QList<Payment> mine;
    for (const Payment &p : payments)
        if (p.obligationId == o.id && p.on <= asOf)
            mine.append(p);
    std::stable_sort(mine.begin(), mine.end(),
                     [](const Payment &a, const Payment &b) { return a.on < b.on; });
    int next = 0;
    for (const Payment &p : std::as_const(mine)) {
        qint64 left = p.amountFen;
        out.paidFen += p.amountFen;
        while (left > 0 && next < out.instalments.size()) {
            InstalmentStatus &s = out.instalments[next];
            const qint64 take = std::min(left, s.instalment.amountFen - s.paidFen);
            s.paidFen += take;
            left -= take;
            if (s.paidFen == s.instalment.amountFen) {
                s.paidOn = p.on;
                ++next;
            }
        }
    }
    for (InstalmentStatus &s : out.instalments) {
        if (s.paidFen >= s.instalment.amountFen)
            s.state = InstalmentState::Paid;
        else if (s.instalment.due.isValid() && asOf > s.instalment.due)
            s.state = InstalmentState::Overdue;
        else
            s.state = s.paidFen > 0 ? InstalmentState::PartlyPaid : InstalmentState::Due;
    }
    return out;
}
} // namespace

Fulfilment computeFulfilment(const Agreement &agreement, const QDate &asOf)
{
    Fulfilment f;
    f.asOf = asOf;
    bool allPaid = true;
    bool anyOverdue = false;
    for (const StoredObligation &o : agreement.obligations) {
        f.obligations.append(obligationStatus(o, agreement.payments, asOf));
        for (const InstalmentStatus &s : f.obligations.last().instalments) {
            allPaid &= s.state == InstalmentState::Paid;
            anyOverdue |= s.state == InstalmentState::Overdue;
        }
    }
    if (agreement.obligations.isEmpty()) {
        const Visit *latest = nullptr;
        for (const Visit &v : agreement.visits)
            if (v.on <= asOf && (!latest || v.on >= latest->on))
                latest = &v;
        const QString seen = latest ? latest->performance : QString();
        f.state = seen == QLatin1String("performed")       ? AgreementState::Performed
                  : seen == QLatin1String("not_performed") ? AgreementState::Breached
                                                           : AgreementState::Performing;
        return f;
    }
    f.state = allPaid ? AgreementState::Performed
                      : anyOverdue ? AgreementState::Breached : AgreementState::Performing;
    return f;
}

} // namespace tj
