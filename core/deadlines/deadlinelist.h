#pragma once

#include "common/result.h"
#include "users/user.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace tj {

class Database;

/// One open time limit of one case.
struct DeadlineItem
{
    QString caseId;
    QString number;
    /// mediation | referral | confirmation_window | court_acceptance | court_ruling |
    /// feedback | instalment | enforcement
    QString kind;
    QString org;    ///< the organisation that must act
    QDate due;      ///< invalid when not computable
    QString error;  ///< why it is not computable
    bool overdue = false;
    QString detail;
};

/// The "due and overdue" list: every open time limit of the cases of an organisation's subtree,
/// soonest first, computed on a day with the deadline rules.
class DeadlineList
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineList)
public:
    explicit DeadlineList(Database &db) : m_db(db) {}

    /// The open limits of `org`'s subtree, which must lie in the actor's jurisdiction; `org`
    /// empty means the actor's own organisation (the whole county for the system actor);
    /// `on` invalid means today. Roles without case content are Denied.
    Result<QList<DeadlineItem>> open(const Actor &actor, const QString &org, const QDate &on) const;

private:
    Database &m_db;
};

} // namespace tj
