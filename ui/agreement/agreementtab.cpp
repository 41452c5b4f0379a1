#include "agreementtab.h"

#include "visitdialog.h"

#include "agreements/agreementservice.h"
#include "agreements/confirmation.h"
#include "casepage/casedetail.h"
#include "common/messages.h"
#include "common/clock.h"
#include "common/money.h"
#include "common/texttablemodel.h"
#include "common/workspace.h"
#include "documents/documentrenderer.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tj {

namespace {
QString instalmentStateName(InstalmentState s)
{
    switch (s) {
    case InstalmentState::Due: return AgreementTab::tr("due");
    case InstalmentState::PartlyPaid: return AgreementTab::tr("partly paid");
    case InstalmentState::Paid: return AgreementTab::tr("paid");
    case InstalmentState::Overdue: return AgreementTab::tr("overdue");
    }
    return {};
}
QString methodName(const QString &method)
{
    if (method == QLatin1String("phone"))
        return AgreementTab::tr("by telephone");
    if (method == QLatin1String("on_site"))
        return AgreementTab::tr("on site");
    return method;
}

QString performanceName(const QString &performance)
{
    if (performance == QLatin1String("performed"))
        return AgreementTab::tr("performed");
    if (performance == QLatin1String("partly"))
        return AgreementTab::tr("partly performed");
    if (performance == QLatin1String("not_performed"))
        return AgreementTab::tr("not performed");
    return performance;
}

QString confirmationText(const Confirmation &k)
{
    QString text = AgreementTab::tr("Judicial confirmation applied for on %1 at %2")
                       .arg(isoDate(k.appliedOn), k.courtName);
    if (k.refusedOn.isValid())
        return text + u' ' + AgreementTab::tr("— not accepted on %1: %2").arg(isoDate(k.refusedOn), k.refusalReason);
    if (k.ruledOn.isValid())
        return text + u' ' + (k.result == QLatin1String("valid")
                                  ? AgreementTab::tr("— confirmed valid on %1 (%2)").arg(isoDate(k.ruledOn), k.rulingNumber)
                                  : AgreementTab::tr("— not confirmed on %1: %2").arg(isoDate(k.ruledOn), k.rulingReason));
    if (k.acceptedOn.isValid())
        return text + u' ' + AgreementTab::tr("— accepted on %1, awaiting the ruling").arg(isoDate(k.acceptedOn));
    return text + u' ' + AgreementTab::tr("— awaiting the court's acceptance");
}

QString paymentsHtml(const Agreement &a)
{
    if (a.payments.isEmpty())
        return {};
    QString html = QStringLiteral("<h4>%1</h4><ul>").arg(AgreementTab::tr("Payments"));
    for (const Payment &p : a.payments) {
        QString line = AgreementTab::tr("%1: %2 yuan").arg(isoDate(p.on), money::formatYuan(p.amountFen));
        if (!p.proofName.isEmpty())
            line += u' ' + AgreementTab::tr("(proof %1, SHA-256 %2…)").arg(p.proofName, p.proofSha256.left(12));
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    }
    return html + QStringLiteral("</ul>");
}

QString visitsHtml(const Agreement &a)
{
    if (a.visits.isEmpty())
        return {};
    QString html = QStringLiteral("<h4>%1</h4><ul>").arg(AgreementTab::tr("Follow-up visits"));
    for (const Visit &v : a.visits) {
        QStringList parts{isoDate(v.on)};
        if (!v.method.isEmpty())
            parts.append(methodName(v.method));
        if (!v.visited.isEmpty())
            parts.append(AgreementTab::tr("reached %1").arg(v.visited));
        parts.append(performanceName(v.performance));
        if (v.satisfaction)
            parts.append(AgreementTab::tr("satisfaction %1/5").arg(*v.satisfaction));
        if (!v.visitor.isEmpty())
            parts.append(AgreementTab::tr("visitor %1").arg(v.visitor));
        QString line = parts.join(QStringLiteral(" · "));
        if (!v.risks.isEmpty())
            line += u' ' + AgreementTab::tr("Risks: %1").arg(v.risks);
        if (!v.note.isEmpty())
            line += u' ' + v.note;
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    }
    return html + QStringLiteral("</ul>");
}
} // namespace

void AgreementTab::registerWithCasePage()
{
    CaseDetail::registerTab(QStringLiteral("agreement"),
                            [](Workspace &ws, const QString &caseId) -> QWidget * {
                                if (!AgreementService(ws.db()).show(ws.actor(), caseId))
                                    return nullptr;
                                return new AgreementTab(ws, caseId);
                            });
}

AgreementTab::AgreementTab(Workspace &ws, const QString &caseId, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_caseId(caseId)
    , m_summary(new QTextBrowser)
    , m_instalments(new TextTableModel(
          {tr("Obligation"), tr("Due"), tr("Amount"), tr("Paid"), tr("State")}, this))
    , m_signer(new QLineEdit)
    , m_amount(new QLineEdit)
    , m_date(new QDateEdit(QDate::currentDate()))
    , m_proof(new QLineEdit)
    , m_document(new QComboBox)
    , m_error(Messages::fieldErrorLabel())
{
    setWindowTitle(tr("A&greement"));
    auto *view = new QTableView;
    view->setModel(m_instalments);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary, 2);
    layout->addWidget(view, 2);
    layout->addWidget(buildActions());
    layout->addWidget(m_error);
    connect(&ws, &Workspace::caseChanged, this, [this](const QString &id) {
        if (id == m_caseId)
            reload();
    });
    reload();
}

QWidget *AgreementTab::buildActions()
{
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_signer->setPlaceholderText(tr("who signs"));
    m_amount->setPlaceholderText(tr("yuan, e.g. 6000.00"));
    m_proof->setPlaceholderText(tr("optional receipt file"));
    for (const QString &kind : DocumentRenderer::kinds())
        m_document->addItem(DocumentRenderer::kindName(kind), kind);
    auto *browse = new QPushButton(tr("&Browse…"));
    auto *signButton = new QPushButton(tr("Record &signature"));
    auto *payButton = m_payButton = new QPushButton(tr("Record &payment"));
    auto *visitButton = m_visitButton = new QPushButton(tr("Record follow-up &visit…"));
    auto *applyButton = m_applyButton = new QPushButton(tr("Apply for judicial &confirmation"));
    auto *printButton = m_printButton = new QPushButton(tr("P&rint…"));
    auto *box = new QWidget;
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("Date:")), 0, 0);
    grid->addWidget(m_date, 0, 1);
    grid->addWidget(m_signer, 0, 2);
    grid->addWidget(signButton, 0, 3);
    grid->addWidget(visitButton, 0, 4);
    grid->addWidget(m_amount, 1, 1);
    grid->addWidget(m_proof, 1, 2);
    grid->addWidget(browse, 1, 3);
    grid->addWidget(payButton, 1, 4);
    grid->addWidget(applyButton, 2, 1, 1, 2);
    grid->addWidget(m_document, 2, 3);
    grid->addWidget(printButton, 2, 4);
    grid->setColumnStretch(2, 1);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Proof of payment"));
        if (!path.isEmpty())
            m_proof->setText(path);
    });
    connect(signButton, &QPushButton::clicked, this, &AgreementTab::sign);
    connect(payButton, &QPushButton::clicked, this, &AgreementTab::pay);
    connect(visitButton, &QPushButton::clicked, this, &AgreementTab::visit);
    connect(applyButton, &QPushButton::clicked, this, &AgreementTab::applyForConfirmation);
    connect(printButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Print to PDF"),
            QStringLiteral("%1-%2.pdf").arg(m_caseId, m_document->currentData().toString()),
            tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            print(path);
    });
    return box;
}

void AgreementTab::reload()
{
    auto view = AgreementService(m_ws.db()).show(m_ws.actor(), m_caseId, QDate::currentDate());
    if (!view) {
        report(view.error().message);
        return;
    }
    const Agreement &a = view->agreement;
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Agreement of %1").arg(view->record.number.toHtmlEscaped()));
    html += QStringLiteral("<p>%1</p>").arg(a.content.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Amount: %1 yuan (%2)")
                         .arg(money::formatYuan(a.amountFen), money::capitals(a.amountFen))
                         .toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("State: %1").arg(agreementStateName(view->fulfilment.state)).toHtmlEscaped());
    if (!view->missingSignatures.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Signatures missing: %1").arg(view->missingSignatures.join(QStringLiteral(", "))));
    if (a.effectiveOn.isValid())
        html += QStringLiteral("<p>%1</p>").arg(tr("In effect since %1").arg(a.effectiveOn.toString(Qt::ISODate)));
    if (a.confirmation)
        html += QStringLiteral("<p>%1</p>").arg(confirmationText(*a.confirmation).toHtmlEscaped());
    html += paymentsHtml(a);
    html += visitsHtml(a);
    m_summary->setHtml(html);
    QList<TextRow> rows;
    for (const ObligationStatus &o : view->fulfilment.obligations)
        for (const InstalmentStatus &i : o.instalments)
            rows.append(TextRow{{QStringLiteral("%1 → %2").arg(o.obligation.debtor, o.obligation.creditor),
                                 i.instalment.due.toString(Qt::ISODate),
                                 money::formatYuan(i.instalment.amountFen),
                                 money::formatYuan(i.paidFen), instalmentStateName(i.state)},
                                i.instalment.id,
                                i.state == InstalmentState::Overdue ? tr("Overdue") : QString()});
    m_instalments->setRows(rows);
}

bool AgreementTab::report(const QString &error)
{
    Messages::setFieldError(m_error, error);
    if (error.isEmpty())
        Q_EMIT m_ws.caseChanged(m_caseId);
    return error.isEmpty();
}

bool AgreementTab::sign()
{
    auto done = AgreementService(m_ws.db()).sign(m_ws.actor(), m_caseId, m_signer->text().trimmed(),
                                                 m_date->date());
    return report(done ? QString() : done.error().message);
}

bool AgreementTab::pay()
{
    const auto fen = money::parseYuan(m_amount->text().trimmed());
    if (!fen)
        return report(tr("Type the amount in yuan, e.g. 6000.00."));
    PaymentInput input;
    input.amountFen = *fen;
    input.on = m_date->date();
    input.proofPath = m_proof->text().trimmed();
    auto done = AgreementService(m_ws.db()).pay(m_ws.actor(), m_caseId, input);
    if (done) {
        m_amount->clear();
        m_proof->clear();
    }
    return report(done ? QString() : done.error().message);
}

bool AgreementTab::visit()
{
    VisitDialog dialog(m_ws, m_caseId, this);
    dialog.dateEdit()->setDate(m_date->date());
    const bool recorded = dialog.exec() == QDialog::Accepted;
    Messages::setFieldError(m_error, QString());
    return recorded;
}

bool AgreementTab::applyForConfirmation()
{
    auto done = ConfirmationService(m_ws.db()).apply(m_ws.actor(), m_caseId, m_date->date());
    return report(done ? QString() : done.error().message);
}

bool AgreementTab::print(const QString &path)
{
    auto done = DocumentRenderer(m_ws.db()).render(m_ws.actor(), m_caseId, m_document->currentData().toString(), path);
    Messages::setFieldError(m_error, done ? QString() : done.error().message);
    return done.ok();
}

} // namespace tj
