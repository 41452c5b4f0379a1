#include "intakepage.h"

#include "partiespanel.h"

#include "common/messages.h"
#include "common/texttablemodel.h"
#include "common/workspace.h"

#include "cases/categories.h"
#include "common/money.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace tj {

IntakePage::IntakePage(Workspace &ws, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_received(new QDateEdit(QDate::currentDate()))
    , m_source(new QComboBox)
    , m_category(new QComboBox)
    , m_subcategory(new QComboBox)
    , m_title(new QLineEdit)
    , m_titleError(Messages::fieldErrorLabel())
    , m_amount(new QLineEdit)
    , m_amountError(Messages::fieldErrorLabel())
    , m_amountWords(new QLabel)
    , m_risk(new QCheckBox(tr("Risk of &violence or a criminal case (report to police)")))
    , m_facts(new QPlainTextEdit)
    , m_claims(new QPlainTextEdit)
    , m_parties(new PartiesPanel)
    , m_warnings(
          new TextTableModel({tr("Case number"), tr("Status"), tr("Title"), tr("Why")}, this))
    , m_warningView(new QTableView)
    , m_status(new QLabel)
    , m_save(new QPushButton(tr("&Register dispute")))
    , m_draftTimer(new QTimer(this))
    , m_relatedTimer(new QTimer(this))
{
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(buildCaseFields());
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_parties, 3);
    rightLayout->addWidget(buildWarnings(), 1);
    split->addWidget(right);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 5);
    split->setChildrenCollapsible(false);

    auto *discard = new QPushButton(tr("&Discard draft"));
    m_save->setDefault(true);
    m_save->setToolTip(tr("Ctrl+S"));
    m_status->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(discard);
    bar->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addLayout(bar);

    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(400);
    m_relatedTimer->setSingleShot(true);
    m_relatedTimer->setInterval(700);
    connect(m_draftTimer, &QTimer::timeout, this, &IntakePage::saveDraft);
    connect(m_relatedTimer, &QTimer::timeout, this, &IntakePage::checkRelated);
    connect(m_save, &QPushButton::clicked, this, &IntakePage::save);
    connect(discard, &QPushButton::clicked, this, &IntakePage::discardDraft);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this,
            &IntakePage::save);
    connect(m_parties, &PartiesPanel::changed, this, [this] {
        onEdited();
        m_relatedTimer->start();
    });
    for (QLineEdit *e : {m_title, m_amount})
        connect(e, &QLineEdit::textChanged, this, &IntakePage::onEdited);
    for (QPlainTextEdit *e : {m_facts, m_claims})
        connect(e, &QPlainTextEdit::textChanged, this, &IntakePage::onEdited);
    for (QComboBox *b : {m_source, m_category, m_subcategory})
        connect(b, &QComboBox::currentTextChanged, this, &IntakePage::onEdited);
    connect(m_category, &QComboBox::currentIndexChanged, this, &IntakePage::fillSubcategories);
    connect(m_received, &QDateEdit::dateChanged, this, &IntakePage::onEdited);
    connect(m_risk, &QCheckBox::toggled, this, &IntakePage::onEdited);
    connect(m_amount, &QLineEdit::textChanged, this, &IntakePage::updateAmount);

    m_restoring = true;
    fillSubcategories();
    m_restoring = false;
    restoreDraft(QJsonObject());
}

IntakePage::~IntakePage()
{
    if (!m_saved)
        saveDraft();
}

QWidget *IntakePage::buildCaseFields()
{
    m_received->setCalendarPopup(true);
    m_received->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_received->setMaximumDate(QDate::currentDate());
    for (CaseSource s : {CaseSource::Application, CaseSource::Initiative, CaseSource::Transfer,
                         CaseSource::Delegation, CaseSource::Hotline})
        m_source->addItem(sourceName(s), sourceCode(s));
    for (const Category &c : CategoryCatalog::instance().categories())
        m_category->addItem(CategoryCatalog::instance().displayName(c.name), c.name);
    m_subcategory->setEditable(true);
    m_subcategory->setInsertPolicy(QComboBox::NoInsert);
    m_amount->setPlaceholderText(tr("yuan, e.g. 135105.00"));
    m_amountWords->setStyleSheet(QStringLiteral("color: #555;"));
    m_facts->setTabChangesFocus(true);
    m_claims->setTabChangesFocus(true);
    m_facts->setPlaceholderText(tr("What happened, between whom, since when"));
    m_claims->setPlaceholderText(tr("What the applicant asks for"));

    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    auto *sum = new QPushButton(tr("= s&um of claims"));
    sum->setToolTip(tr("Sets the amount to the total of the claimants' claims"));
    amountRow->addWidget(sum);
    connect(sum, &QPushButton::clicked, this, [this] {
        if (auto total = PartyDrafts::claimTotal(m_parties->parties()))
            m_amount->setText(money::formatYuan(*total));
    });

    auto *box = new QWidget;
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Recei&ved on:"), m_received);
    form->addRow(tr("S&ource:"), m_source);
    form->addRow(tr("Cate&gory:"), m_category);
    form->addRow(tr("Su&bcategory:"), m_subcategory);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(QString(), m_titleError);
    auto *amountLabel = new QLabel(tr("&Amount:"));
    amountLabel->setBuddy(m_amount);
    form->addRow(amountLabel, amountRow);
    form->addRow(QString(), m_amountError);
    form->addRow(QString(), m_amountWords);
    form->addRow(QString(), m_risk);
    form->addRow(tr("&Facts:"), m_facts);
    form->addRow(tr("C&laims:"), m_claims);
    return box;
}

QWidget *IntakePage::buildWarnings()
{
    m_warningView->setModel(m_warnings);
    m_warningView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_warningView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_warningView->verticalHeader()->hide();
    m_warningView->horizontalHeader()->setStretchLastSection(true);
    m_warningView->setTabKeyNavigation(false);
    connect(m_warningView, &QTableView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT openCase(m_warnings->keyAt(index.row())); });
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("<b>Related and possibly duplicate cases</b>")));
    layout->addWidget(m_warningView);
    return box;
}

void IntakePage::fillSubcategories()
{
    const QString typed = m_subcategory->currentText();
    m_subcategory->blockSignals(true);
    m_subcategory->clear();
    m_subcategory->addItem(QString());
    if (const Category *c = CategoryCatalog::instance().find(m_category->currentData().toString()))
        m_subcategory->addItems(c->subcategories);
    m_subcategory->setCurrentText(typed);
    m_subcategory->blockSignals(false);
}

void IntakePage::onEdited()
{
    if (m_restoring)
        return;
    m_saved = false;
    Messages::setFieldError(m_titleError,
                            m_title->text().size() > 200
                                ? tr("The title is too long (200 characters at most).")
                                : QString());
    m_draftTimer->start();
}

void IntakePage::updateAmount()
{
    const QString text = m_amount->text().trimmed();
    const auto fen = money::parseYuan(text);
    Messages::setFieldError(
        m_amountError,
        text.isEmpty() || fen
            ? QString()
            : tr("\"%1\" is not an amount in yuan (for example 135105.00).").arg(text));
    m_amountWords->setText(fen ? money::capitals(*fen) : QString());
}

void IntakePage::showStatus(const QString &message, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_status->setText(message);
}

Result<CaseIntake> IntakePage::intake() const
{
    CaseIntake in;
    in.org = m_ws.actor().orgCode;
    in.receivedOn = m_received->date();
    in.source =
        sourceFromCode(m_source->currentData().toString()).value_or(CaseSource::Application);
    in.category = m_category->currentData().toString();
    in.subcategory = m_subcategory->currentText().trimmed();
    in.title = m_title->text();
    in.facts = m_facts->toPlainText();
    in.claims = m_claims->toPlainText();
    in.risk = m_risk->isChecked();
    const QString amount = m_amount->text().trimmed();
    if (!amount.isEmpty()) {
        const auto fen = money::parseYuan(amount);
        if (!fen)
            return makeError(
                ErrorKind::Validation,
                tr("\"%1\" is not an amount in yuan (for example 135105.00).").arg(amount));
        in.amountFen = *fen;
    }
    int index = 0;
    for (const PartyDraft &p : m_parties->parties()) {
        ++index;
        if (const QString problem = p.problem(); !problem.isEmpty())
            return makeError(ErrorKind::Validation,
                             tr("Party %1 (%2): %3").arg(index).arg(p.name.trimmed(), problem));
        in.parties.append(p.toParty());
    }
    return in;
}

void IntakePage::checkRelated()
{
    auto in = intake();
    CaseIntake probe = in ? in.value() : CaseIntake();
    if (!in)
        for (const PartyDraft &p : m_parties->parties())
            probe.parties.append(p.toParty());
    probe.category = m_category->currentData().toString();
    auto related = m_ws.cases().checkRelated(probe);
    if (!related) {
        showStatus(related.error().message, true);
        return;
    }
    QList<TextRow> rows;
    m_shownWarnings.clear();
    for (const RelatedCase &r : related.value()) {
        rows.append(TextRow{{r.number, statusName(r.status), r.title, r.reason},
                            r.caseId,
                            r.kind == QLatin1String("duplicate") ? r.reason : QString()});
        m_shownWarnings.append(r.caseId);
    }
    m_warnings->setRows(rows);
}

void IntakePage::save()
{
    auto in = intake();
    if (!in) {
        showStatus(in.error().message, true);
        for (int i = 0; i < m_parties->parties().size(); ++i)
            if (!m_parties->parties()[i].problem().isEmpty()) {
                m_parties->selectParty(i);
                break;
            }
        return;
    }
    const QStringList before = m_shownWarnings;
    checkRelated();
    if (!m_shownWarnings.isEmpty() && m_shownWarnings != before) {
        showStatus(tr("%n related case(s) found. Check them below; press Register again to "
                      "register the dispute anyway.",
                      nullptr, int(m_shownWarnings.size())),
                   true);
        return;
    }
    auto done = m_ws.cases().intake(m_ws.actor(), in.value());
    if (!done) {
        showStatus(done.error().message, true);
        return;
    }
    const QString id = done->record.id;
    const QString number = done->record.number;
    discardDraft();
    showStatus(tr("Registered as %1.").arg(number), false);
    Q_EMIT m_ws.caseChanged(id);
    Q_EMIT registered(id);
}

} // namespace tj
