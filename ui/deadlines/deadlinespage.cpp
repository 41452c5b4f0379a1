#include "deadlinespage.h"

#include "common/messages.h"
#include "common/texttablemodel.h"
#include "common/workspace.h"
#include "deadlines/deadlinelist.h"

#include <QDate>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace tj {

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
    top->addWidget(new QLabel(tr("&On:")));
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
    connect(&m_ws, &Workspace::caseChanged, this, &DeadlinesPage::reload);
    reload();
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
    auto items = DeadlineList(m_ws.db()).open(m_ws.actor(), m_ws.jurisdiction(), m_date->date());
    if (!items) {
        Messages::setFieldError(m_error, items.error().message);
        return;
    }
    Messages::setFieldError(m_error, QString());
    QList<TextRow> rows;
    int overdue = 0;
    for (const DeadlineItem &d : items.value()) {
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
}

} // namespace tj
