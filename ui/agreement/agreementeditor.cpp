#include "agreementeditor.h"

#include "common/messages.h"
#include "common/texttablemodel.h"

#include "common/clock.h"
#include "common/money.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tj {

namespace {
QTableView *smallTable(TextTableModel *model)
{
    auto *view = new QTableView;
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setWordWrap(false);
    view->setMinimumHeight(80);
    return view;
}

// Shows an amount's capitals next to its field as it is typed, or what is wrong with it.
void showWords(QLabel *label, const QString &text)
{
    const QString trimmed = text.trimmed();
    const auto fen = money::parseYuan(trimmed);
    label->setStyleSheet(fen || trimmed.isEmpty() ? QStringLiteral("color: #555;")
                                                  : QStringLiteral("color: #b00020;"));
    label->setText(
        fen ? money::capitals(*fen)
            : (trimmed.isEmpty() ? QString() : AgreementEditor::tr("not an amount in yuan")));
}
} // namespace

AgreementEditor::AgreementEditor(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget)
    , m_kind(new QComboBox)
    , m_content(new QPlainTextEdit)
    , m_facts(new QPlainTextEdit)
    , m_responsibilities(new QPlainTextEdit)
    , m_manner(new QLineEdit)
    , m_place(new QLineEdit)
    , m_debtor(new QLineEdit)
    , m_creditor(new QLineEdit)
    , m_obligationAmount(new QLineEdit)
    , m_obligationWords(new QLabel)
    , m_addObligation(new QPushButton(tr("Add &obligation")))
    , m_due(new QDateEdit(QDate::currentDate().addMonths(1)))
    , m_instalmentAmount(new QLineEdit)
    , m_instalmentWords(new QLabel)
    , m_addInstalment(new QPushButton(tr("Add &instalment")))
    , m_signer(new QLineEdit)
    , m_signedOn(new QDateEdit(QDate::currentDate()))
    , m_addSignature(new QPushButton(tr("Add si&gnature")))
    , m_total(new QLabel)
    , m_instalmentSum(new QLabel)
    , m_error(Messages::fieldErrorLabel())
    , m_obligationRows(new TextTableModel(
          {tr("Debtor"), tr("Creditor"), tr("Amount (yuan)"), tr("In capitals"), tr("Instalments")},
          this))
    , m_instalmentRows(
          new TextTableModel({tr("Due"), tr("Amount (yuan)"), tr("In capitals")}, this))
    , m_signatureRows(new TextTableModel({tr("Signed by"), tr("On")}, this))
    , m_obligationView(smallTable(m_obligationRows))
{
    m_tabs->addTab(buildContent(), tr("Agreement"));
    m_tabs->addTab(buildObligations(), tr("Obligations and instalments"));
    m_tabs->addTab(buildSignatures(), tr("Signatures"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_total);
    layout->addWidget(m_error);
    refresh();
}

QWidget *AgreementEditor::buildContent()
{
    m_kind->addItem(tr("written agreement"), QStringLiteral("written"));
    m_kind->addItem(tr("oral agreement recorded by the mediator"), QStringLiteral("oral"));
    for (QPlainTextEdit *e : {m_content, m_facts, m_responsibilities})
        e->setTabChangesFocus(true);
    m_content->setPlaceholderText(tr("What the parties agreed"));
    m_facts->setMaximumHeight(70);
    m_responsibilities->setMaximumHeight(70);
    auto *box = new QWidget;
    auto *form = new QFormLayout(box);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Agreed &content:"), m_content);
    form->addRow(tr("&Facts:"), m_facts);
    form->addRow(tr("&Responsibilities:"), m_responsibilities);
    form->addRow(tr("&Manner of performance:"), m_manner);
    form->addRow(tr("&Place of performance:"), m_place);
    return box;
}

QWidget *AgreementEditor::buildObligations()
{
    for (QDateEdit *d : {m_due, m_signedOn}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_obligationAmount->setPlaceholderText(tr("yuan"));
    m_instalmentAmount->setPlaceholderText(tr("yuan"));
    connect(m_obligationAmount, &QLineEdit::textChanged, this,
            [this](const QString &t) { showWords(m_obligationWords, t); });
    connect(m_instalmentAmount, &QLineEdit::textChanged, this,
            [this](const QString &t) { showWords(m_instalmentWords, t); });
    connect(m_addObligation, &QPushButton::clicked, this, &AgreementEditor::addObligation);
    connect(m_addInstalment, &QPushButton::clicked, this, &AgreementEditor::addInstalment);
    connect(m_obligationView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AgreementEditor::refresh);

    auto *box = new QWidget;
    auto *grid = new QGridLayout(box);
    grid->addWidget(new QLabel(tr("Debtor:")), 0, 0);
    grid->addWidget(m_debtor, 0, 1);
    grid->addWidget(new QLabel(tr("Creditor:")), 0, 2);
    grid->addWidget(m_creditor, 0, 3);
    grid->addWidget(new QLabel(tr("Amount:")), 1, 0);
    grid->addWidget(m_obligationAmount, 1, 1);
    grid->addWidget(m_obligationWords, 1, 2, 1, 1);
    grid->addWidget(m_addObligation, 1, 3);
    grid->addWidget(m_obligationView, 2, 0, 1, 4);
    grid->addWidget(new QLabel(tr("<b>Instalments of the selected obligation</b>")), 3, 0, 1, 4);
    grid->addWidget(new QLabel(tr("Due:")), 4, 0);
    grid->addWidget(m_due, 4, 1);
    grid->addWidget(new QLabel(tr("Amount:")), 4, 2);
    grid->addWidget(m_instalmentAmount, 4, 3);
    grid->addWidget(m_instalmentWords, 5, 1, 1, 2);
    grid->addWidget(m_addInstalment, 5, 3);
    grid->addWidget(smallTable(m_instalmentRows), 6, 0, 1, 4);
    grid->addWidget(m_instalmentSum, 7, 0, 1, 4);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    return box;
}

QWidget *AgreementEditor::buildSignatures()
{
    connect(m_addSignature, &QPushButton::clicked, this, &AgreementEditor::addSignature);
    auto *box = new QWidget;
    auto *grid = new QGridLayout(box);
    grid->addWidget(new QLabel(tr("Signed by:")), 0, 0);
    grid->addWidget(m_signer, 0, 1);
    grid->addWidget(m_signedOn, 0, 2);
    grid->addWidget(m_addSignature, 0, 3);
    grid->addWidget(smallTable(m_signatureRows), 1, 0, 1, 4);
    grid->addWidget(new QLabel(tr("The agreement takes effect on the last signature.")), 2, 0, 1,
                    4);
    grid->setColumnStretch(1, 1);
    return box;
}

void AgreementEditor::suggestParties(const Case &c)
{
    for (const Party &p : c.parties) {
        if (p.role == PartyRole::Respondent && m_debtor->text().isEmpty())
            m_debtor->setText(p.name);
        if (p.role == PartyRole::Applicant && m_creditor->text().isEmpty())
            m_creditor->setText(p.name);
    }
}

void AgreementEditor::addObligation()
{
    const auto fen = money::parseYuan(m_obligationAmount->text().trimmed());
    if (m_debtor->text().trimmed().isEmpty() || m_creditor->text().trimmed().isEmpty() || !fen ||
        *fen <= 0) {
        Messages::setFieldError(m_error, tr("An obligation needs a debtor, a creditor and a "
                                            "positive amount in yuan."));
        return;
    }
    Messages::setFieldError(m_error, QString());
    m_obligations.append(
        Obligation{m_debtor->text().trimmed(), m_creditor->text().trimmed(), *fen, {}});
    m_obligationAmount->clear();
    refresh();
    m_obligationView->setCurrentIndex(m_obligationRows->index(int(m_obligations.size()) - 1, 0));
    m_instalmentAmount->setFocus();
    Q_EMIT changed();
}

void AgreementEditor::addInstalment()
{
    const int row = m_obligationView->currentIndex().row();
    const auto fen = money::parseYuan(m_instalmentAmount->text().trimmed());
    if (row < 0 || row >= m_obligations.size()) {
        Messages::setFieldError(m_error, tr("Choose the obligation the instalment belongs to."));
        return;
    }
    if (!fen || *fen <= 0) {
        Messages::setFieldError(m_error, tr("An instalment needs a positive amount in yuan."));
        return;
    }
    Messages::setFieldError(m_error, QString());
    m_obligations[row].instalments.append(Instalment{m_due->date(), *fen});
    m_instalmentAmount->clear();
    m_due->setDate(m_due->date().addMonths(1));
    refresh();
    Q_EMIT changed();
}

void AgreementEditor::addSignature()
{
    if (m_signer->text().trimmed().isEmpty()) {
        Messages::setFieldError(m_error, tr("Name who signed."));
        return;
    }
    Messages::setFieldError(m_error, QString());
    m_signatures.append(Signature{m_signer->text().trimmed(), m_signedOn->date()});
    m_signer->clear();
    refresh();
    Q_EMIT changed();
}

void AgreementEditor::refresh()
{
    // Restoring the current obligation after the reset signals a row change: no re-entry.
    if (m_refreshing)
        return;
    const QScopedValueRollback guard(m_refreshing, true);
    const int current = m_obligationView->currentIndex().row();
    QList<TextRow> rows;
    qint64 total = 0;
    for (const Obligation &o : std::as_const(m_obligations)) {
        total += o.amountFen;
        rows.append(TextRow{{o.debtor, o.creditor, money::formatYuan(o.amountFen),
                             money::capitals(o.amountFen), QString::number(o.instalments.size())},
                            QString(),
                            QString()});
    }
    m_obligationRows->setRows(rows);
    if (current >= 0 && current < rows.size())
        m_obligationView->setCurrentIndex(m_obligationRows->index(current, 0));
    QList<TextRow> instalments;
    m_instalmentSum->clear();
    if (current >= 0 && current < m_obligations.size()) {
        const Obligation &o = m_obligations[current];
        qint64 sum = 0;
        for (const Instalment &i : o.instalments) {
            sum += i.amountFen;
            instalments.append(TextRow{
                {isoDate(i.due), money::formatYuan(i.amountFen), money::capitals(i.amountFen)},
                QString(),
                QString()});
        }
        if (!o.instalments.isEmpty())
            m_instalmentSum->setText(
                tr("Instalments add up to %1 of %2 yuan.")
                    .arg(money::formatYuan(sum), money::formatYuan(o.amountFen)));
    }
    m_instalmentRows->setRows(instalments);
    QList<TextRow> signatures;
    for (const Signature &s : std::as_const(m_signatures))
        signatures.append(TextRow{{s.who, isoDate(s.on)}, QString(), QString()});
    m_signatureRows->setRows(signatures);
    m_total->setText(
        total ? tr("Total: %1 yuan (%2)").arg(money::formatYuan(total), money::capitals(total))
              : QString());
}

AgreementInput AgreementEditor::agreement() const
{
    AgreementInput a;
    a.kind = m_kind->currentData().toString();
    a.content = m_content->toPlainText();
    a.facts = m_facts->toPlainText();
    a.responsibilities = m_responsibilities->toPlainText();
    a.manner = m_manner->text();
    a.place = m_place->text();
    a.obligations = m_obligations;
    a.signatures = m_signatures;
    return a;
}

} // namespace tj
