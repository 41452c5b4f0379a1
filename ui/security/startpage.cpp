#include "startpage.h"

namespace tj {

StartPage::Page StartPage::pageFor(const Actor &actor, OrgTier tier, bool inboxWaiting)
{
    if (!actor.hasCaseRole())
        return Page::Administration; // these roles read no case content
    if (actor.role == Role::Judge && !actor.isSystem())
        return Page::Review;
    if (tier != OrgTier::Village && inboxWaiting)
        return Page::Inbox;
    return Page::Cases;
}

StartPage::Section StartPage::sectionFor(Role role)
{
    switch (role) {
    case Role::Security: return Section::Users;
    case Role::Auditor: return Section::Audit;
    default: return Section::Organisations;
    }
}

QString StartPage::describe(Role role, OrgTier tier)
{
    switch (role) {
    case Role::Judge:
        return tr("Opens the judge's review: escalations and confirmation applications.");
    case Role::Admin:
        return tr("Opens the administration desk: organisations, users, time limits, holidays.");
    case Role::Security:
        return tr("Opens the administration desk at the users: passwords and lock-outs.");
    case Role::Auditor:
        return tr("Opens the audit trail.");
    case Role::Mediator:
    case Role::Staff:
        break;
    }
    if (tier == OrgTier::Village)
        return tr("Opens the village's case list.");
    return tr("Opens the inbox when referred cases wait, otherwise the case list.");
}

} // namespace tj
