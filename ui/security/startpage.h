#pragma once

#include "orgs/organisation.h"
#include "users/user.h"

#include <QCoreApplication>
#include <QString>

namespace tj {

/// What a user sees first after signing in, decided by role and organisation (issue 4: "the
/// user's organisation and role decide what they see first"). One rule for the sign-in dialog,
/// which announces it, and the main window, which follows it.
class StartPage
{
    Q_DECLARE_TR_FUNCTIONS(StartPage)
public:
    enum class Page { Cases, Inbox, Review, Administration };
    /// The section of the administration desk that opens first.
    enum class Section { Organisations, Users, Audit };

    /// `inboxWaiting`: cases wait in the organisation's inbox (township, tribunal, court).
    static Page pageFor(const Actor &actor, OrgTier tier, bool inboxWaiting);
    /// Administrators start on the organisation tree, security officers on the users (lock-outs,
    /// passwords), auditors on the audit trail.
    static Section sectionFor(Role role);
    /// One sentence for the sign-in dialog: what opens first for this role at this tier.
    static QString describe(Role role, OrgTier tier);
};

} // namespace tj
