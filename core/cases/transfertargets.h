#pragma once

#include "case.h"
#include "common/result.h"
#include "orgs/organisation.h"

namespace tj {

class Database;

/// The organisations a case may be sent to, for pickers: a referral goes up to an organisation
/// above the handling one; a delegation goes down from a court to one in its area. The same
/// rules CaseService::refer and CaseService::delegate enforce.
class TransferTargets
{
public:
    /// Strict ancestors of the handling organisation, nearest first.
    static Result<QList<Organisation>> forRefer(Database &db, const Case &c);
    /// Strict descendants of the handling organisation in tree order; empty unless the case is
    /// at the court tier.
    static Result<QList<Organisation>> forDelegate(Database &db, const Case &c);
};

} // namespace tj
