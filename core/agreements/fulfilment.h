#pragma once

#include "agreement.h"

namespace tj {

/// Fulfilment on a day, from the schedule and the payments recorded up to that day. Payments
/// of an obligation settle its instalments in order of due date. An instalment is overdue from
/// the day after its due date while not fully paid; an agreement is breached while one is
/// overdue, performed when all are paid. An agreement without money obligations takes its
/// state from the latest follow-up visit.
Fulfilment computeFulfilment(const Agreement &agreement, const QDate &asOf);

} // namespace tj
