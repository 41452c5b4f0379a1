#include "deadlinespage.h"

#include "common/messages.h"
#include "common/texttablemodel.h"
#include "common/workspace.h"
#include "db/database.h"
#include "deadlines/deadlinelist.h"

#include <QDate>
#include <QDateEdit>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace tj {

struct DeadlinesPage::Outcome
{
    quint64 generation = 0;
    Result<QList<DeadlineItem>> items = QList<DeadlineItem>();
};

DeadlinesPage::DeadlinesPage(Workspace &ws, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_model(new TextTableModel(
          {tr("Due"), tr("Case"), tr("Time limit"), tr("Who acts"), tr("Detail")}, this))
    , m_view(new QTableView)
    , m_date(new QDateEdit(QDate::currentDate()))
    , m_summary(new QLabel)
    , m_error(Messages::fieldErrorLabel())
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *top = new QHBoxLayout;
    auto *onLabel = new QLabel(tr("&On:"));
    onLabel->setBuddy(m_date); // Alt+O moves to the day; without a buddy the & would show
    top->addWidget(onLabel);
    top->addWidget(m_date);
    top->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);
    connect(m_date, &QDateEdit::dateChanged, this, &DeadlinesPage::reload);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openCase(m_model->keyAt(index.row()));
    });
    connect(&m_ws, &Workspace::caseChanged, this, &DeadlinesPage::caseChanged);
}

DeadlinesPage::~DeadlinesPage()
{
    // Workers hold a reference to the database: let them finish before it can go away.
    for (auto *watcher : findChildren<QFutureWatcher<Outcome> *>())
        watcher->waitForFinished();
}

void DeadlinesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void DeadlinesPage::caseChanged()
{
    // A hidden page is brought up to date when it is shown again.
    if (isVisible())
        reload();
    else
        m_stale = true;
}

QString DeadlinesPage::kindName(const QString &kind)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("mediation"), QT_TR_NOOP("Mediation period")},
        {QStringLiteral("referral"), QT_TR_NOOP("Referral to accept")},
        {QStringLiteral("confirmation_window"), QT_TR_NOOP("Apply for judicial confirmation")},
        {QStringLiteral("court_acceptance"), QT_TR_NOOP("Court to accept the application")},
        {QStringLiteral("court_ruling"), QT_TR_NOOP("Court to rule")},
        {QStringLiteral("feedback"), QT_TR_NOOP("Feedback to answer")},
        {QStringLiteral("instalment"), QT_TR_NOOP("Instalment due")},
        {QStringLiteral("enforcement"), QT_TR_NOOP("Apply for enforcement")},
    };
    const char *name = names.value(kind);
    return name ? tr(name) : kind;
}

void DeadlinesPage::reload()
{
    m_stale = false;
    const quint64 generation = ++m_generation;
    ++m_running;
    m_summary->setText(tr("Computing the time limits…"));
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        const Outcome out = watcher->result();
        watcher->deleteLater();
        --m_running;
        if (out.generation == m_generation) // else a newer request is under way
            display(out);
    });
    Database *db = &m_ws.db();
    watcher->setFuture(QtConcurrent::run(
        [db, generation, actor = m_ws.actor(), org = m_ws.jurisdiction(), on = m_date->date()] {
            Outcome out;
            out.generation = generation;
            out.items = DeadlineList(*db).open(actor, org, on);
            // Pool threads are reused: each task closes the connection it opened.
            db->closeThreadConnection();
            return out;
        }));
}

void DeadlinesPage::display(const Outcome &out)
{
    if (!out.items) {
        m_summary->clear();
        Messages::setFieldError(m_error, out.items.error().message);
        Q_EMIT loaded();
        return;
    }
    Messages::setFieldError(m_error, QString());
    QList<TextRow> rows;
    int overdue = 0;
    for (const DeadlineItem &d : out.items.value()) {
        overdue += d.overdue ? 1 : 0;
        const QString due = d.due.isValid() ? d.due.toString(Qt::ISODate) : d.error;
        rows.append(TextRow{{due, d.number, kindName(d.kind), m_ws.orgName(d.org), d.detail},
                            d.caseId,
                            d.overdue ? tr("Overdue") : QString()});
    }
    m_model->setRows(rows);
    m_view->resizeColumnsToContents();
    m_summary->setText(tr("%n open time limit(s)", nullptr, int(rows.size())) +
                       (overdue ? tr(", %n overdue", nullptr, overdue) : QString()));
    Q_EMIT loaded();
}

} // namespace tj
