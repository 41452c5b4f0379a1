#include "ledgerimportdialog.h"

#include "common/clock.h"
#include "ledger/spreadsheetreader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tj {

LedgerImportDialog::LedgerImportDialog(Database &db, const Actor &actor, QString presetPath,
                                       QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_presetPath(std::move(presetPath))
    , m_preview(new QTableWidget)
    , m_errors(new QListWidget)
    , m_summary(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Import a ledger"));
    auto *form = new QFormLayout;
    for (const LedgerColumn &c : LedgerVocabulary::columns()) {
        auto *box = new QComboBox;
        m_boxes.insert(c.field, box);
        form->addRow(c.header, box);
        connect(box, &QComboBox::currentIndexChanged, this, &LedgerImportDialog::updatePreview);
    }
    auto *formHolder = new QWidget;
    formHolder->setLayout(form);
    auto *scroll = new QScrollArea;
    scroll->setWidget(formHolder);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(320);

    const QStringList headings = {tr("Row"), tr("Organisation"), tr("Received"), tr("Category"),
                                  tr("Title"), tr("Outcome"), tr("Already imported")};
    m_preview->setColumnCount(int(headings.size()));
    m_preview->setHorizontalHeaderLabels(headings);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->verticalHeader()->hide();

    auto *right = new QVBoxLayout;
    right->addWidget(m_summary);
    right->addWidget(m_preview, 3);
    right->addWidget(new QLabel(tr("Problems (nothing is imported while any row is wrong):")));
    right->addWidget(m_errors, 1);
    auto *body = new QHBoxLayout;
    body->addWidget(scroll);
    body->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_buttons);
    QPushButton *import = m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    import->setEnabled(false);
    connect(import, &QPushButton::clicked, this, [this] {
        if (importNow() >= 0)
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(1100, 700);
}

QPushButton *LedgerImportDialog::importButton() const
{
    for (QAbstractButton *b : m_buttons->buttons())
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            return static_cast<QPushButton *>(b);
    return nullptr;
}

bool LedgerImportDialog::load(const QString &path)
{
    auto table = SpreadsheetReader::read(path);
    if (!table) {
        m_summary->setText(table.error().message);
        importButton()->setEnabled(false);
        return false;
    }
    m_file = path;
    m_table = table.value();
    // The remembered preset applies when the ledger has all its columns; else recognise anew.
    LedgerMapping mapping = LedgerMapping::detect(m_table.header);
    if (QFile::exists(m_presetPath)) {
        auto preset = LedgerMapping::load(m_presetPath);
        const bool fits = preset && std::all_of(preset->columns.cbegin(), preset->columns.cend(),
                                                [this](const QString &h) { return m_table.header.contains(h); });
        if (fits)
            mapping = preset.value();
    }
    setMapping(mapping);
    updatePreview();
    return true;
}

void LedgerImportDialog::setMapping(const LedgerMapping &mapping)
{
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        QComboBox *box = it.value();
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(tr("(not in this ledger)"), QString());
        for (const QString &h : std::as_const(m_table.header))
            if (!h.isEmpty())
                box->addItem(h, h);
        box->setCurrentIndex(std::max(0, box->findData(mapping.columns.value(it.key()))));
    }
}

LedgerMapping LedgerImportDialog::currentMapping() const
{
    LedgerMapping mapping;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        if (const QString h = it.value()->currentData().toString(); !h.isEmpty())
            mapping.columns.insert(it.key(), h);
    // A ledger without an organisation column is the importing user's own.
    mapping.defaultOrg = m_actor.orgCode;
    return mapping;
}

void LedgerImportDialog::updatePreview()
{
    m_errors->clear();
    m_preview->setRowCount(0);
    auto preview = LedgerImport(m_db).preview(m_table, currentMapping());
    if (!preview) {
        m_summary->setText(preview.error().message);
        importButton()->setEnabled(false);
        return;
    }
    m_last = preview.value();
    m_preview->setRowCount(int(std::min<qsizetype>(m_last.rows.size(), 200)));
    for (int i = 0; i < m_preview->rowCount(); ++i) {
        const LedgerImportRow &r = m_last.rows[i];
        const QStringList cells = {QString::number(r.row), r.intake.org, isoDate(r.intake.receivedOn),
                                   r.intake.category, r.intake.title, statusName(r.status),
                                   r.duplicate ? tr("yes") : QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_preview->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    for (const LedgerRowError &e : std::as_const(m_last.errors))
        m_errors->addItem(tr("Row %1, %2: %3").arg(e.row).arg(e.column, e.message));
    m_summary->setText(tr("%1: %2 row(s), %3 already imported, %4 problem(s).")
                           .arg(QFileInfo(m_file).fileName())
                           .arg(m_last.rows.size())
                           .arg(m_last.duplicates)
                           .arg(m_last.errors.size()));
    importButton()->setEnabled(m_last.errors.isEmpty() && m_last.rows.size() > m_last.duplicates);
}

int LedgerImportDialog::importNow()
{
    const LedgerMapping mapping = currentMapping();
    auto done = LedgerImport(m_db).import(m_actor, m_table, mapping, QFileInfo(m_file).fileName());
    if (!done) {
        m_errors->addItem(done.error().message);
        return -1;
    }
    if (!m_presetPath.isEmpty() && !mapping.save(m_presetPath))
        m_errors->addItem(tr("The column mapping could not be remembered."));
    const int count = int(done->rows.size()) - done->duplicates;
    Q_EMIT imported(count);
    return count;
}

} // namespace tj
