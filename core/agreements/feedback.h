#pragma once

#include "common/result.h"
#include "deadlines/rules.h"
#include "users/user.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tj {

class Database;

/// A consultation, complaint or rating left through a case code.
struct FeedbackItem
{
    qint64 id = 0;
    QString caseId;
    QString caseNumber;
    QString orgCode; ///< the organisation that answers (the case's handling organisation)
    QString kind;    ///< consult | complaint | rating
    QString text;
    std::optional<int> rating;
    QDate receivedOn;
    QString answer;
    QDate answeredOn;
    QString answeredBy;
    QDate callbackOn;
    Due due; ///< answer deadline
};

/// Satisfaction from ratings: share of ratings of 4 or 5 and the average.
struct Satisfaction
{
    int ratings = 0;
    double average = 0;
    double satisfiedShare = 0;
};

/// Feedback by case code (一案一码): each item is answered within 3 days and called back.
/// Recording needs a case role that may read the case; answering, one whose jurisdiction holds
/// the handling organisation; each change is audited.
class FeedbackService
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackService)
public:
    explicit FeedbackService(Database &db) : m_db(db) {}

    /// `ref` is a case id, number or case code.
    Result<FeedbackItem> add(const Actor &actor, const QString &ref, const QString &kind,
                             const QString &text, std::optional<int> rating, const QDate &on);
    Result<FeedbackItem> answer(const Actor &actor, qint64 id, const QString &text,
                                const QDate &on, const QDate &callbackOn = {});
    /// Items of one case (ref) or, with an empty ref, of an organisation's subtree (the
    /// actor's jurisdiction when `org` is empty); only what the actor may read (audited).
    Result<QList<FeedbackItem>> list(const Actor &actor, const QString &ref,
                                     const QString &org = {}) const;
    static Satisfaction satisfaction(const QList<FeedbackItem> &items);

private:
    Result<FeedbackItem> find(qint64 id) const;

    Database &m_db;
};

} // namespace tj
