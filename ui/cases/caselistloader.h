#pragma once

#include "cases/case.h"
#include "users/user.h"

#include <QObject>

namespace tj {

class CaseService;

/// Runs case-list queries on the model's worker thread, each on that thread's own database
/// connection. Results carry the request's generation so the model can drop stale ones.
class CaseListLoader : public QObject
{
    Q_OBJECT
public:
    CaseListLoader(CaseService &cases, const Actor &actor) : m_cases(cases), m_actor(actor) {}

public Q_SLOTS:
    void loadPage(quint64 generation, int page, const tj::CaseFilter &filter);
    void count(quint64 generation, const tj::CaseFilter &filter);
    /// Closes this thread's connection; the model calls it before stopping the thread.
    void finish();

Q_SIGNALS:
    void pageLoaded(quint64 generation, int page, const QList<tj::Case> &cases);
    void counted(quint64 generation, qint64 total);
    void failed(quint64 generation, const QString &message);

private:
    CaseService &m_cases;
    Actor m_actor; ///< whose view of the cases is listed
};

} // namespace tj
