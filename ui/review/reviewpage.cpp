#include "reviewpage.h"

#include "cases/caselistmodel.h"
#include "common/actiondialog.h"
#include "common/historyview.h"
#include "common/texttablemodel.h"
#include "common/workspace.h"
#include "inbox/transferqueue.h"
#include "review/confirmationqueue.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tj {

ReviewPage::ReviewPage(Workspace &ws, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_tabs(new QTabWidget)
    , m_escalations(new TransferQueue(ws, tr("Receive for &pre-litigation mediation…")))
    , m_confirmations(new ConfirmationQueue(ws))
    , m_courtCases(new CaseListModel(ws.cases(), ws.actor(), this))
    , m_courtView(new QTableView)
    , m_courtHistory(new HistoryView(ws))
    , m_file(new QPushButton(tr("&File as a lawsuit…")))
    , m_open(new QPushButton(tr("&Open case")))
{
    m_tabs->addTab(m_escalations, tr("Escalations awaiting decision"));
    m_tabs->addTab(buildCourtCases(), tr("In pre-litigation mediation"));
    m_tabs->addTab(m_confirmations, tr("Confirmation applications"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    connect(m_escalations, &TransferQueue::openCase, this, &ReviewPage::openCase);
    connect(m_escalations, &TransferQueue::countChanged, this, [this](int n) {
        m_tabs->setTabText(0, tr("Escalations awaiting decision (%1)").arg(n));
    });
    m_tabs->setTabText(
        0, tr("Escalations awaiting decision (%1)").arg(m_escalations->model()->rowCount()));
    connect(m_confirmations, &ConfirmationQueue::openCase, this, &ReviewPage::openCase);
    const auto confirmationTitle = [this](int n) {
        m_tabs->setTabText(2, tr("Confirmation applications (%1)").arg(n));
    };
    connect(m_confirmations, &ConfirmationQueue::countChanged, this, confirmationTitle);
    confirmationTitle(m_confirmations->model()->rowCount());
    // The list counts on its worker thread: the tab shows the total once it has arrived.
    connect(m_courtCases, &CaseListModel::totalChanged, this, [this](qint64 total) {
        m_tabs->setTabText(1, total < 0 ? tr("In pre-litigation mediation")
                                        : tr("In pre-litigation mediation (%1)").arg(total));
    });
    connect(&ws, &Workspace::caseChanged, this, &ReviewPage::reloadCourtCases);
    reloadCourtCases();
}

void ReviewPage::addQueue(QWidget *queue, const QString &title)
{
    m_tabs->addTab(queue, title);
}

QWidget *ReviewPage::buildCourtCases()
{
    m_courtView->setModel(m_courtCases);
    m_courtView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_courtView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_courtView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_courtView->setTabKeyNavigation(false);
    m_courtView->verticalHeader()->hide();
    m_courtView->horizontalHeader()->setSectionResizeMode(int(CaseListModel::Column::Title),
                                                          QHeaderView::Stretch);
    connect(m_courtView, &QTableView::activated, this,
            [this] { Q_EMIT openCase(currentCourtCase()); });
    connect(m_courtView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_courtHistory->setCase(currentCourtCase());
        m_file->setEnabled(!currentCourtCase().isEmpty());
        m_open->setEnabled(!currentCourtCase().isEmpty());
    });
    connect(m_file, &QPushButton::clicked, this, &ReviewPage::fileCurrent);
    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT openCase(currentCourtCase()); });

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_courtView);
    split->addWidget(m_courtHistory);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_file);
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    return box;
}

void ReviewPage::reloadCourtCases()
{
    CaseFilter filter;
    filter.org = m_ws.jurisdiction();
    filter.tier = CaseTier::Court;
    filter.status = CaseStatus::InMediation;
    m_courtCases->setFilter(filter);
    m_courtHistory->setCase(QString());
    m_file->setEnabled(false);
    m_open->setEnabled(false);
}

QString ReviewPage::currentCourtCase() const
{
    return m_courtView->currentIndex().data(CaseListModel::CaseIdRole).toString();
}

void ReviewPage::fileCurrent()
{
    const QString id = currentCourtCase();
    if (id.isEmpty())
        return;
    ActionDialog dialog(tr("File as a lawsuit"), tr("&File"), this);
    auto *number = new QLineEdit;
    number->setPlaceholderText(tr("the number the court gave the lawsuit"));
    dialog.form()->addRow(tr("Court case &number:"), number);
    dialog.setSubmit([&]() -> Result<void> {
        CloseInput in;
        in.outcome = Outcome::Filed;
        in.filedNumber = number->text();
        in.on = dialog.date();
        auto r = m_ws.cases().close(m_ws.actor(), id, in);
        if (!r)
            return r.error();
        Q_EMIT m_ws.caseChanged(id);
        return {};
    });
    dialog.exec();
}

} // namespace tj
