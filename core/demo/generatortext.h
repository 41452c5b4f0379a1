#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace tj::gen {

/// A small, fast, deterministic random source (splitmix64): the same seed gives the same data
/// on every platform, which std:: distributions do not promise.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next();
    /// Uniform in [0, n).
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename List>
    const auto &pick(const List &list) { return list[below(int(list.size()))]; }
    /// A random UUID (version 4 layout) as text.
    QString uuid();

private:
    quint64 m_state;
};

struct Person
{
    QString name;
    QString idNumber; ///< empty for a person who gave none
    QString phone;
    QString address;
};

struct Company
{
    QString name;
    QString creditCode;
    QString legalRepresentative;
};

/// Chinese names, identities and the text of disputes.
class TextMaker
{
public:
    explicit TextMaker(Rng &rng) : m_rng(rng) {}

    QString personName();
    /// A person with a valid resident ID (GB 11643 check character) most of the time.
    Person person(const QString &village);
    /// A company with a valid unified social credit code (GB 32100 check character).
    Company company();
    QString title(const QString &category, const QString &applicant, const QString &respondent);
    /// About 200 characters of facts for a dispute of `category`.
    QString facts(const QString &category, const QString &applicant, const QString &respondent,
                  const QString &place, const QDate &on, qint64 amountFen);
    QString claims(qint64 amountFen);
    QString sessionRecord(const QString &applicant, const QString &respondent);
    QString agreementContent(const QString &debtor, const QString &creditor, qint64 amountFen);
    QString failureReason();
    QString rejectReason();
    QString withdrawReason();
    QString referReason();
    QString delegateReason();
    QString returnReason();

private:
    Rng &m_rng;
};

} // namespace tj::gen
