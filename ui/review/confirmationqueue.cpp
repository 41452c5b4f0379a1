#include "confirmationqueue.h"

#include "agreements/agreementservice.h"
#include "cases/guidance.h"
#include "common/actiondialog.h"
#include "common/clock.h"
#include "common/historyview.h"
#include "common/messages.h"
#include "common/money.h"
#include "common/texttablemodel.h"
#include "common/workspace.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tj {

namespace {
QString dueText(const Due &due)
{
    return due.computable() ? isoDate(due.date) : due.error;
}
} // namespace

ConfirmationQueue::ConfirmationQueue(Workspace &ws, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_model(new TextTableModel({tr("Case number"), tr("Title"), tr("Mediated by"),
                                  tr("Applied on"), tr("Accept by"), tr("Accepted on"),
                                  tr("Rule by"), tr("Stage")},
                                 this))
    , m_view(new QTableView)
    , m_history(new HistoryView(ws))
    , m_agreement(new QTextBrowser)
    , m_error(Messages::fieldErrorLabel())
    , m_accept(new QPushButton(tr("&Accept application…")))
    , m_refuse(new QPushButton(tr("Re&fuse with reason…")))
    , m_extend(new QPushButton(tr("E&xtend ruling period…")))
    , m_confirm(new QPushButton(tr("Rule: &confirm…")))
    , m_reject(new QPushButton(tr("Rule: re&ject…")))
    , m_guide(new QPushButton(tr("&Guidance to mediators…")))
    , m_open(new QPushButton(tr("&Open case")))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    auto *lower = new QSplitter(Qt::Horizontal);
    lower->addWidget(m_agreement);
    lower->addWidget(m_history);
    lower->setStretchFactor(0, 1);
    lower->setStretchFactor(1, 2);
    lower->setSizes({420, 900});
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_view);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({160, 480}); // a court sees a few applications at a time

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_open, m_guide})
        buttons->addWidget(b);
    buttons->addStretch(1);
    for (QPushButton *b : {m_accept, m_refuse, m_extend, m_confirm, m_reject})
        buttons->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConfirmationQueue::showCurrent);
    connect(m_view, &QTableView::activated, this, [this] { Q_EMIT openCase(currentCaseId()); });
    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT openCase(currentCaseId()); });
    connect(m_accept, &QPushButton::clicked, this, &ConfirmationQueue::acceptCurrent);
    connect(m_refuse, &QPushButton::clicked, this, &ConfirmationQueue::refuseCurrent);
    connect(m_extend, &QPushButton::clicked, this, &ConfirmationQueue::extendCurrent);
    connect(m_confirm, &QPushButton::clicked, this,
            [this] { ruleCurrent(QStringLiteral("valid")); });
    connect(m_reject, &QPushButton::clicked, this,
            [this] { ruleCurrent(QStringLiteral("rejected")); });
    connect(m_guide, &QPushButton::clicked, this, &ConfirmationQueue::guideCurrent);
    connect(&ws, &Workspace::caseChanged, this, &ConfirmationQueue::reload);
    reload();
}

void ConfirmationQueue::reload()
{
    const QString keep = currentCaseId();
    auto pending = ConfirmationService(m_ws.db()).pending(m_ws.actor());
    m_apps = pending ? pending.value() : QList<ConfirmationApplication>{};
    Messages::setFieldError(m_error, pending ? QString() : pending.error().message);
    const QDate today = QDate::currentDate();
    QList<TextRow> rows;
    for (const ConfirmationApplication &a : std::as_const(m_apps)) {
        const Confirmation &k = a.confirmation;
        QString stage;
        QString problem;
        if (a.awaitingAcceptance()) {
            stage = tr("awaiting acceptance");
            if (a.acceptanceDue.overdueOn(today))
                problem = tr("Acceptance was due on %1.").arg(isoDate(a.acceptanceDue.date));
        } else {
            stage = k.extendedOn.isValid() ? tr("accepted, ruling period extended")
                                           : tr("accepted, awaiting ruling");
            if (a.rulingDue.overdueOn(today))
                problem = tr("The ruling was due on %1.").arg(isoDate(a.rulingDue.date));
        }
        rows.append(TextRow{{a.caseNumber, a.title, a.mediatingOrgName, isoDate(k.appliedOn),
                             dueText(a.acceptanceDue),
                             k.acceptedOn.isValid() ? isoDate(k.acceptedOn) : QString(),
                             k.acceptedOn.isValid() ? dueText(a.rulingDue) : QString(), stage},
                            a.caseId,
                            problem});
    }
    m_model->setRows(rows);
    Q_EMIT countChanged(int(rows.size()));
    if (!selectCase(keep) && !rows.isEmpty())
        m_view->setCurrentIndex(m_model->index(0, 0));
    showCurrent();
}

bool ConfirmationQueue::selectCase(const QString &caseId)
{
    const int row = caseId.isEmpty() ? -1 : m_model->rowOf(caseId);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, 0));
    return true;
}

QString ConfirmationQueue::currentCaseId() const
{
    return m_model->keyAt(m_view->currentIndex().row());
}

const ConfirmationApplication *ConfirmationQueue::current() const
{
    const int row = m_view->currentIndex().row();
    return row >= 0 && row < m_apps.size() ? &m_apps[row] : nullptr;
}

void ConfirmationQueue::showCurrent()
{
    const ConfirmationApplication *a = current();
    m_history->setCase(a ? a->caseId : QString());
    m_accept->setEnabled(a && a->awaitingAcceptance());
    m_refuse->setEnabled(a && a->awaitingAcceptance());
    m_extend->setEnabled(a && !a->awaitingAcceptance() && !a->confirmation.extendedOn.isValid());
    m_confirm->setEnabled(a && !a->awaitingAcceptance());
    m_reject->setEnabled(a && !a->awaitingAcceptance());
    m_guide->setEnabled(a != nullptr);
    m_open->setEnabled(a != nullptr);
    if (!a) {
        m_agreement->setHtml(QStringLiteral("<p>%1</p>")
                                 .arg(tr("No application for judicial confirmation is waiting.")));
        return;
    }
    auto view = AgreementService(m_ws.db()).show(m_ws.actor(), a->caseId);
    if (!view) {
        m_agreement->setPlainText(view.error().message);
        return;
    }
    const Agreement &g = view->agreement;
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Agreement of %1, mediated by %2")
                                                         .arg(a->caseNumber, a->mediatingOrgName)
                                                         .toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(g.content.toHtmlEscaped());
    if (g.amountFen)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Amount: %1 yuan (%2)")
                             .arg(money::formatYuan(g.amountFen), money::capitals(g.amountFen))
                             .toHtmlEscaped());
    for (const StoredObligation &o : g.obligations) {
        QStringList parts;
        for (const StoredInstalment &i : o.instalments)
            parts.append(tr("%1 yuan by %2").arg(money::formatYuan(i.amountFen), isoDate(i.due)));
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("%1 pays %2: %3")
                             .arg(o.debtor, o.creditor, parts.join(QStringLiteral("; ")))
                             .toHtmlEscaped());
    }
    QStringList signers;
    for (const StoredSignature &s : g.signatures)
        signers.append(s.who);
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Signed by %1; in effect since %2.")
                         .arg(signers.join(QStringLiteral("、")),
                              g.effectiveOn.isValid() ? isoDate(g.effectiveOn) : tr("not yet"))
                         .toHtmlEscaped());
    QStringList documents;
    for (const QString &d : a->confirmation.documents)
        documents.append(ConfirmationService::documentLabel(d).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p><ul><li>%2</li></ul>")
                .arg(tr("Applied on %1 with:").arg(isoDate(a->confirmation.appliedOn)),
                     documents.join(QStringLiteral("</li><li>")));
    m_agreement->setHtml(html);
}

void ConfirmationQueue::decided(const QString &caseId)
{
    Q_EMIT m_ws.caseChanged(caseId); // reloads this queue and the open case pages
}

void ConfirmationQueue::acceptCurrent()
{
    const QString id = currentCaseId();
    if (id.isEmpty())
        return;
    ActionDialog dialog(tr("Accept the application"), tr("&Accept"), this);
    dialog.setSubmit([&]() -> Result<void> {
        auto r = ConfirmationService(m_ws.db()).accept(m_ws.actor(), id, dialog.date());
        if (!r)
            return r.error();
        decided(id);
        return {};
    });
    dialog.exec();
}

void ConfirmationQueue::refuseCurrent()
{
    const QString id = currentCaseId();
    if (id.isEmpty())
        return;
    ActionDialog dialog(tr("Refuse the application"), tr("&Refuse"), this);
    QPlainTextEdit *reason = dialog.addTextField(tr("&Reason:"), tr("why the court does not accept it"));
    dialog.setSubmit([&]() -> Result<void> {
        auto r = ConfirmationService(m_ws.db()).refuse(m_ws.actor(), id, reason->toPlainText(),
                                                       dialog.date());
        if (!r)
            return r.error();
        decided(id);
        return {};
    });
    dialog.exec();
}

void ConfirmationQueue::extendCurrent()
{
    const QString id = currentCaseId();
    if (id.isEmpty())
        return;
    ActionDialog dialog(tr("Extend the ruling period"), tr("E&xtend"), this);
    dialog.setSubmit([&]() -> Result<void> {
        auto r = ConfirmationService(m_ws.db()).extend(m_ws.actor(), id, dialog.date());
        if (!r)
            return r.error();
        decided(id);
        return {};
    });
    dialog.exec();
}

void ConfirmationQueue::ruleCurrent(const QString &result)
{
    const QString id = currentCaseId();
    if (id.isEmpty())
        return;
    const bool valid = result == QLatin1String("valid");
    ActionDialog dialog(valid ? tr("Rule the agreement valid") : tr("Reject the agreement"),
                        valid ? tr("&Confirm") : tr("Re&ject"), this);
    auto *number = new QLineEdit;
    number->setObjectName(QStringLiteral("number"));
    number->setPlaceholderText(tr("e.g. (2026)青0101民特12号"));
    dialog.form()->addRow(tr("Ruling &number:"), number);
    QPlainTextEdit *reason =
        valid ? nullptr : dialog.addTextField(tr("&Reasons:"), tr("why the agreement is not confirmed"));
    dialog.setSubmit([&]() -> Result<void> {
        auto r = ConfirmationService(m_ws.db()).rule(m_ws.actor(), id, result, dialog.date(),
                                                     number->text(),
                                                     reason ? reason->toPlainText() : QString());
        if (!r)
            return r.error();
        decided(id);
        return {};
    });
    dialog.exec();
}

void ConfirmationQueue::guideCurrent()
{
    const ConfirmationApplication *a = current();
    if (!a)
        return;
    const QString id = a->caseId;
    ActionDialog dialog(tr("Guidance to %1").arg(a->mediatingOrgName), tr("&Send"), this);
    QPlainTextEdit *text = dialog.addTextField(
        tr("&Guidance:"), tr("e.g. state the payment account and the consequences of default"));
    dialog.setSubmit([&]() -> Result<void> {
        auto r = Guidance(m_ws.db()).note(m_ws.actor(), id, text->toPlainText(), dialog.date());
        if (!r)
            return r.error();
        decided(id);
        return {};
    });
    dialog.exec();
}

} // namespace tj
