#include "partiespanel.h"

#include "common/messages.h"
#include "common/texttablemodel.h"

#include "common/money.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace tj {

namespace {
QWidget *withError(QWidget *field, QLabel *error)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}
} // namespace

PartiesPanel::PartiesPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new TextTableModel({tr("Role"), tr("Name"), tr("ID number / credit code"),
                                  tr("Phone"), tr("Claim (yuan)"), tr("Problem")},
                                 this))
    , m_view(new QTableView)
    , m_role(new QComboBox)
    , m_kind(new QComboBox)
    , m_name(new QLineEdit)
    , m_identity(new QLineEdit)
    , m_phone(new QLineEdit)
    , m_address(new QLineEdit)
    , m_legal(new QLineEdit)
    , m_claim(new QLineEdit)
    , m_representative(new QCheckBox(tr("Re&presentative of the claimants")))
    , m_identityLabel(new QLabel)
    , m_nameError(Messages::fieldErrorLabel())
    , m_identityError(Messages::fieldErrorLabel())
    , m_claimError(Messages::fieldErrorLabel())
    , m_claimWords(new QLabel)
    , m_summary(new QLabel)
    , m_paste(new QPushButton(tr("Paste &claimants")))
    , m_addPerson(new QPushButton(tr("Add &person")))
    , m_addOrganisation(new QPushButton(tr("Add &organisation")))
    , m_editor(nullptr)
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->setDefaultSectionSize(22);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    for (int c = 0; c < 5; ++c)
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_view->setToolTip(tr("Paste rows copied from a spreadsheet with Ctrl+V: name, ID number, "
                          "phone, amount"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildButtons());
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    m_editor = buildEditor();
    layout->addWidget(m_editor);
    setTabOrder(m_role, m_kind);
    setTabOrder(m_kind, m_name);
    setTabOrder(m_name, m_identity);
    setTabOrder(m_identity, m_phone);
    setTabOrder(m_phone, m_claim);
    setTabOrder(m_claim, m_address);
    setTabOrder(m_address, m_legal);
    setTabOrder(m_legal, m_representative);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &index) {
                m_current = index.isValid() ? index.row() : -1;
                loadEditor();
            });
    auto *paste = new QShortcut(QKeySequence::Paste, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(paste, &QShortcut::activated, m_paste, &QPushButton::click);
    auto *remove =
        new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &PartiesPanel::removeCurrent);
    refreshRows();
    loadEditor();
}

QWidget *PartiesPanel::buildButtons()
{
    QPushButton *person = m_addPerson;
    QPushButton *org = m_addOrganisation;
    auto *remove = new QPushButton(tr("&Remove"));
    m_paste->setToolTip(tr("Adds claimants copied from a spreadsheet: name, ID number, phone, "
                           "amount, one per row"));
    connect(person, &QPushButton::clicked, this,
            [this] { addParty(PartyKind::Person, PartyRole::Applicant); });
    connect(org, &QPushButton::clicked, this,
            [this] { addParty(PartyKind::Organisation, PartyRole::Respondent); });
    connect(remove, &QPushButton::clicked, this, &PartiesPanel::removeCurrent);
    connect(m_paste, &QPushButton::clicked, this, [this] {
        const int added = pasteClaimants(QGuiApplication::clipboard()->text());
        if (added == 0)
            m_summary->setText(tr("The clipboard holds no rows to paste. Copy the columns name, "
                                  "ID number, phone and amount from the spreadsheet first."));
    });
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("<b>Parties</b>")));
    row->addStretch(1);
    for (QPushButton *b : {person, org, m_paste, remove})
        row->addWidget(b);
    return bar;
}

QWidget *PartiesPanel::buildEditor()
{
    for (PartyRole r : {PartyRole::Applicant, PartyRole::Respondent, PartyRole::ThirdParty})
        m_role->addItem(partyRoleName(r), partyRoleCode(r));
    m_kind->addItem(tr("person"), partyKindCode(PartyKind::Person));
    m_kind->addItem(tr("organisation"), partyKindCode(PartyKind::Organisation));
    m_claim->setPlaceholderText(tr("yuan, e.g. 3860.00"));
    m_claimWords->setStyleSheet(QStringLiteral("color: #555;"));

    auto *box = new QWidget;
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 4, 0, 0);
    int row = 0;
    auto label = [&](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text);
        l->setBuddy(buddy);
        return l;
    };
    grid->addWidget(label(tr("Ro&le:"), m_role), row, 0);
    grid->addWidget(m_role, row, 1);
    grid->addWidget(label(tr("&Kind:"), m_kind), row, 2);
    grid->addWidget(m_kind, row++, 3);
    grid->addWidget(label(tr("&Name:"), m_name), row, 0);
    grid->addWidget(withError(m_name, m_nameError), row++, 1, 1, 3);
    m_identityLabel->setBuddy(m_identity);
    grid->addWidget(m_identityLabel, row, 0);
    grid->addWidget(withError(m_identity, m_identityError), row++, 1, 1, 3);
    grid->addWidget(label(tr("P&hone:"), m_phone), row, 0);
    grid->addWidget(m_phone, row, 1);
    grid->addWidget(label(tr("Cla&im:"), m_claim), row, 2);
    grid->addWidget(withError(m_claim, m_claimError), row++, 3);
    grid->addWidget(m_claimWords, row++, 3);
    grid->addWidget(label(tr("Addr&ess:"), m_address), row, 0);
    grid->addWidget(m_address, row++, 1, 1, 3);
    grid->addWidget(label(tr("Le&gal rep.:"), m_legal), row, 0);
    grid->addWidget(m_legal, row, 1);
    grid->addWidget(m_representative, row++, 2, 1, 2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    for (QLineEdit *e : {m_name, m_identity, m_phone, m_address, m_legal, m_claim})
        connect(e, &QLineEdit::textChanged, this, &PartiesPanel::storeEditor);
    connect(m_role, &QComboBox::currentIndexChanged, this, &PartiesPanel::storeEditor);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PartiesPanel::storeEditor);
    connect(m_representative, &QCheckBox::toggled, this, &PartiesPanel::storeEditor);
    return box;
}

void PartiesPanel::setParties(const QList<PartyDraft> &parties)
{
    m_parties = parties;
    m_current = -1;
    refreshRows();
    selectParty(m_parties.isEmpty() ? -1 : 0);
}

void PartiesPanel::addParty(PartyKind kind, PartyRole role)
{
    PartyDraft d;
    d.kind = kind;
    d.role = role;
    m_parties.append(d);
    refreshRows();
    selectParty(int(m_parties.size()) - 1);
    m_name->setFocus(Qt::OtherFocusReason);
    Q_EMIT changed();
}

int PartiesPanel::pasteClaimants(const QString &text)
{
    const QList<PartyDraft> rows = PartyDrafts::parseClaimantList(text);
    if (rows.isEmpty())
        return 0;
    const int first = int(m_parties.size());
    m_parties.append(rows);
    refreshRows();
    const int bad = problemCount();
    selectParty(first);
    // Jump to the first claimant with a problem so it can be corrected at once.
    for (int i = first; i < m_parties.size(); ++i)
        if (!m_parties[i].problem().isEmpty()) {
            selectParty(i);
            break;
        }
    m_summary->setText(
        tr("%n claimant(s) added.", nullptr, int(rows.size())) + u' ' +
        (bad ? tr("%n row(s) need correcting (shown in red).", nullptr, bad) : QString()));
    Q_EMIT changed();
    return int(rows.size());
}

void PartiesPanel::removeCurrent()
{
    if (m_current < 0 || m_current >= m_parties.size())
        return;
    m_parties.removeAt(m_current);
    const int next = std::min(m_current, int(m_parties.size()) - 1);
    m_current = -1;
    refreshRows();
    selectParty(next);
    Q_EMIT changed();
}

void PartiesPanel::selectParty(int row)
{
    if (row < 0 || row >= m_parties.size()) {
        m_current = -1;
        loadEditor();
        return;
    }
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->scrollTo(m_model->index(row, 0));
    m_current = row;
    loadEditor();
}

int PartiesPanel::problemCount() const
{
    int n = 0;
    for (const PartyDraft &p : m_parties)
        n += p.problem().isEmpty() ? 0 : 1;
    return n;
}

void PartiesPanel::loadEditor()
{
    const bool has = m_current >= 0 && m_current < m_parties.size();
    m_editor->setEnabled(has);
    const PartyDraft d = has ? m_parties[m_current] : PartyDraft();
    m_loading = true;
    m_role->setCurrentIndex(m_role->findData(partyRoleCode(d.role)));
    m_kind->setCurrentIndex(m_kind->findData(partyKindCode(d.kind)));
    m_name->setText(d.name);
    m_identity->setText(d.identity);
    m_phone->setText(d.phone);
    m_address->setText(d.address);
    m_legal->setText(d.legalRepresentative);
    m_claim->setText(d.claim);
    m_representative->setChecked(d.representative);
    m_loading = false;
    showProblems();
}

void PartiesPanel::storeEditor()
{
    if (m_loading || m_current < 0 || m_current >= m_parties.size())
        return;
    PartyDraft &d = m_parties[m_current];
    d.role = partyRoleFromCode(m_role->currentData().toString()).value_or(PartyRole::Applicant);
    d.kind = partyKindFromCode(m_kind->currentData().toString()).value_or(PartyKind::Person);
    d.name = m_name->text();
    d.identity = m_identity->text();
    d.phone = m_phone->text();
    d.address = m_address->text();
    d.legalRepresentative = m_legal->text();
    d.claim = m_claim->text();
    d.representative = m_representative->isChecked();
    if (d.representative)
        for (int i = 0; i < m_parties.size(); ++i)
            if (i != m_current)
                m_parties[i].representative = false;
    showProblems();
    if (d.representative)
        refreshRows();
    else
        m_model->setRow(m_current, rowOf(d));
    updateSummary();
    Q_EMIT changed();
}

void PartiesPanel::showProblems()
{
    const bool has = m_current >= 0 && m_current < m_parties.size();
    const PartyDraft d = has ? m_parties[m_current] : PartyDraft();
    const bool person = d.kind == PartyKind::Person;
    m_identityLabel->setText(person ? tr("&ID number:") : tr("Credit &code:"));
    m_legal->setEnabled(!person);
    Messages::setFieldError(m_nameError, has ? d.nameProblem() : QString());
    Messages::setFieldError(m_identityError, has ? d.identityProblem() : QString());
    Messages::setFieldError(m_claimError, has ? d.claimProblem() : QString());
    const auto fen = d.claimFen();
    m_claimWords->setText(fen ? money::capitals(*fen) : QString());
}

TextRow PartiesPanel::rowOf(const PartyDraft &p) const
{
    QString role = partyRoleName(p.role);
    if (p.kind == PartyKind::Organisation)
        role += tr(" (organisation)");
    if (p.representative)
        role += tr(" (representative)");
    return TextRow{
        {role, p.name, p.identity, p.phone, p.claim, p.problem()}, QString(), p.problem()};
}

void PartiesPanel::refreshRows()
{
    QList<TextRow> rows;
    for (const PartyDraft &p : std::as_const(m_parties))
        rows.append(rowOf(p));
    const int keep = m_current;
    m_model->setRows(rows);
    if (keep >= 0 && keep < rows.size()) {
        m_loading = true;
        m_view->setCurrentIndex(m_model->index(keep, 0));
        m_loading = false;
    }
    updateSummary();
}

void PartiesPanel::updateSummary()
{
    const auto total = PartyDrafts::claimTotal(m_parties);
    m_summary->setText(tr("%n party(ies)", nullptr, int(m_parties.size())) +
                       (total ? tr(", claims %1 yuan").arg(money::formatYuan(*total)) : QString()));
}

} // namespace tj
