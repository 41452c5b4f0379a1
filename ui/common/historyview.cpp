#include "historyview.h"

#include "eventtext.h"
#include "messages.h"
#include "texttablemodel.h"
#include "workspace.h"

#include "common/clock.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace tj {

HistoryView::HistoryView(Workspace &ws, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_model(new TextTableModel(
          {tr("Date"), tr("Organisation"), tr("By"), tr("Event"), tr("Status"), tr("Detail")},
          this))
    , m_view(new QTableView)
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    for (int c = 0; c < 5; ++c)
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_view->setAlternatingRowColors(true);
    // Rows follow the detail column's width as the window is resized.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void HistoryView::setCase(const QString &caseId)
{
    if (caseId.isEmpty()) {
        m_model->setRows({});
        return;
    }
    auto events = m_ws.cases().history(m_ws.actor(), caseId);
    if (!events) {
        m_model->setRows({TextRow{
            {QString(), QString(), QString(), QString(), QString(), events.error().message},
            QString(),
            events.error().message}});
        return;
    }
    QList<TextRow> rows;
    for (const CaseEvent &e : events.value())
        rows.append(
            TextRow{{isoDate(e.on), m_ws.orgName(e.org), e.user, EventText::actionName(e.action),
                     EventText::statusChange(e), EventText::detail(e, m_ws)},
                    QString::number(e.id),
                    QString()});
    m_model->setRows(rows);
}

} // namespace tj
