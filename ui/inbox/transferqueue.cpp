#include "transferqueue.h"

#include "common/actiondialog.h"
#include "common/historyview.h"
#include "common/messages.h"
#include "common/texttablemodel.h"
#include "common/workspace.h"

#include "cases/categories.h"
#include "common/clock.h"
#include "common/money.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tj {

TransferQueue::TransferQueue(Workspace &ws, const QString &receiveText, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_model(new TextTableModel(
          {tr("Case number"), tr("Title"), tr("Sent"), tr("From"), tr("Sent on"), tr("Reason")},
          this))
    , m_view(new QTableView)
    , m_history(new HistoryView(ws))
    , m_detail(new QLabel)
    , m_error(Messages::fieldErrorLabel())
    , m_receive(new QPushButton(receiveText))
    , m_return(new QPushButton(tr("Re&turn with reason…")))
    , m_open(new QPushButton(tr("&Open case")))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *lower = new QWidget;
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_detail);
    lowerLayout->addWidget(m_history, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_view);
    split->addWidget(lower);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_return);
    buttons->addWidget(m_receive);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TransferQueue::showCurrent);
    connect(m_view, &QTableView::activated, this, [this] { Q_EMIT openCase(currentCaseId()); });
    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT openCase(currentCaseId()); });
    connect(m_receive, &QPushButton::clicked, this, &TransferQueue::receiveCurrent);
    connect(m_return, &QPushButton::clicked, this, &TransferQueue::returnCurrent);
    connect(&ws, &Workspace::caseChanged, this, &TransferQueue::reload);
    reload();
}

void TransferQueue::reload()
{
    if (!m_ws.actor().hasCaseRole())
        return; // administrators, security officers and auditors have no inbox (core refuses it)
    const QString keep = currentCaseId();
    auto items = m_ws.cases().inbox(m_ws.actor(), m_ws.actor().orgCode);
    if (!items) {
        Messages::setFieldError(m_error, items.error().message);
        m_model->setRows({});
        return;
    }
    Messages::setFieldError(m_error, QString());
    QList<TextRow> rows;
    for (const InboxItem &item : items.value()) {
        const PendingTransfer &t = item.transfer;
        rows.append(
            TextRow{{item.summary.number, item.summary.title,
                     t.kind == TransferKind::Refer ? tr("referred up") : tr("delegated down"),
                     m_ws.orgName(t.fromOrg), isoDate(t.sentOn), t.reason},
                    item.summary.id,
                    QString()});
    }
    m_model->setRows(rows);
    if (!selectCase(keep) && !rows.isEmpty())
        m_view->setCurrentIndex(m_model->index(0, 0));
    showCurrent();
    Q_EMIT countChanged(int(rows.size()));
}

bool TransferQueue::selectCase(const QString &caseId)
{
    const int row = caseId.isEmpty() ? -1 : m_model->rowOf(caseId);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, 0));
    return true;
}

QString TransferQueue::currentCaseId() const
{
    return m_model->keyAt(m_view->currentIndex().row());
}

void TransferQueue::showCurrent()
{
    const QString id = currentCaseId();
    for (QPushButton *b : {m_receive, m_return, m_open})
        b->setEnabled(!id.isEmpty());
    m_history->setCase(id);
    if (id.isEmpty()) {
        m_detail->setText(tr("Nothing is waiting for your organisation."));
        return;
    }
    auto c = m_ws.cases().get(m_ws.actor(), id);
    if (!c) {
        m_detail->setText(c.error().message);
        return;
    }
    QStringList names;
    for (const Party &p : c->parties)
        names.append(p.name);
    m_detail->setText(
        tr("<b>%1</b> · %2 · %3 yuan · parties: %4<br>%5")
            .arg(c->title.toHtmlEscaped(), CategoryCatalog::instance().displayName(c->category),
                 money::formatYuan(c->amountFen),
                 names.mid(0, 6).join(u'、').toHtmlEscaped() +
                     (names.size() > 6 ? tr(" and %n more", nullptr, int(names.size() - 6))
                                       : QString()),
                 c->facts.left(300).toHtmlEscaped()));
}

void TransferQueue::receiveCurrent()
{
    const QString id = currentCaseId();
    if (id.isEmpty())
        return;
    const QString number = m_model->rows()[m_view->currentIndex().row()].cells.value(0);
    ActionDialog dialog(tr("Receive %1").arg(number), tr("Recei&ve"), this);
    dialog.setSubmit([&]() -> Result<void> {
        auto r = m_ws.cases().receive(m_ws.actor(), id, dialog.date());
        if (!r)
            return r.error();
        Q_EMIT m_ws.caseChanged(id);
        return {};
    });
    dialog.exec();
}

void TransferQueue::returnCurrent()
{
    const QString id = currentCaseId();
    if (id.isEmpty())
        return;
    const QString number = m_model->rows()[m_view->currentIndex().row()].cells.value(0);
    ActionDialog dialog(tr("Return %1 to the sender").arg(number), tr("Re&turn"), this);
    QPlainTextEdit *reason = dialog.addTextField(tr("&Reason:"), tr("Why it goes back"));
    dialog.setSubmit([&]() -> Result<void> {
        auto r =
            m_ws.cases().returnToSender(m_ws.actor(), id, reason->toPlainText(), dialog.date());
        if (!r)
            return r.error();
        Q_EMIT m_ws.caseChanged(id);
        return {};
    });
    dialog.exec();
}

} // namespace tj
