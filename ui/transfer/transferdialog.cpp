#include "transferdialog.h"

#include "common/messages.h"
#include "common/workspace.h"
#include "transfer/deviceidentity.h"
#include "transfer/transferservice.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tj {

using transfer::TransferService;

TransferDialog::TransferDialog(Workspace &ws, const QString &currentCase, QWidget *parent)
    : QDialog(parent), m_ws(ws)
{
    setWindowTitle(tr("Transfer packages"));
    auto *layout = new QVBoxLayout(this);
    auto identity = transfer::DeviceIdentity::loadOrCreate(ws.db());
    auto *own = new QLabel(identity ? tr("This device: %1 — fingerprint <b>%2</b>")
                                          .arg(identity->deviceId, identity->fingerprint())
                                    : identity.error().message);
    own->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(own);

    auto *tabs = new QTabWidget;
    layout->addWidget(tabs);

    auto *exportPage = new QWidget;
    auto *form = new QFormLayout(exportPage);
    m_cases = new QLineEdit(currentCase);
    m_cases->setPlaceholderText(tr("Case numbers or ids, separated by spaces"));
    form->addRow(tr("Cases:"), m_cases);
    m_to = new QLineEdit;
    m_to->setPlaceholderText(tr("Only when the case has no pending referral or delegation"));
    form->addRow(tr("Send to organisation:"), m_to);
    auto *folderRow = new QHBoxLayout;
    m_folder = new QLineEdit;
    auto *browse = new QPushButton(tr("Choose…"));
    folderRow->addWidget(m_folder);
    folderRow->addWidget(browse);
    form->addRow(tr("Folder (USB drive):"), folderRow);
    auto *exportButton = new QPushButton(tr("Export package"));
    form->addRow(exportButton);
    tabs->addTab(exportPage, tr("Export"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the package"));
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    connect(exportButton, &QPushButton::clicked, this, &TransferDialog::exportCases);

    auto *importPage = new QWidget;
    auto *importLayout = new QVBoxLayout(importPage);
    auto *importButton = new QPushButton(tr("Import a package…"));
    importLayout->addWidget(importButton);
    importLayout->addWidget(new QLabel(tr("The package is checked first; you see what arrives "
                                          "before anything is applied.")));
    tabs->addTab(importPage, tr("Import"));
    connect(importButton, &QPushButton::clicked, this, &TransferDialog::importPackage);

    auto *reviewPage = new QWidget;
    auto *reviewLayout = new QVBoxLayout(reviewPage);
    reviewLayout->addWidget(new QLabel(tr("Cases changed here and at the sender since the last "
                                          "exchange. Nothing was overwritten; choose which "
                                          "version to keep.")));
    m_review = new QListWidget;
    reviewLayout->addWidget(m_review);
    auto *reviewButtons = new QHBoxLayout;
    auto *mine = new QPushButton(tr("Keep mine"));
    auto *theirs = new QPushButton(tr("Take theirs"));
    reviewButtons->addWidget(mine);
    reviewButtons->addWidget(theirs);
    reviewLayout->addLayout(reviewButtons);
    tabs->addTab(reviewPage, tr("Review"));
    connect(mine, &QPushButton::clicked, this, [this] { resolveSelected(false); });
    connect(theirs, &QPushButton::clicked, this, [this] { resolveSelected(true); });

    m_log = new QPlainTextEdit;
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(200);
    layout->addWidget(m_log);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 480);
    reloadReview();
}

void TransferDialog::exportCases()
{
    const QStringList refs = m_cases->text().split(u' ', Qt::SkipEmptyParts);
    if (refs.isEmpty() || m_folder->text().isEmpty()) {
        QMessageBox::information(this, windowTitle(), tr("Name the cases and choose a folder."));
        return;
    }
    const QString name = QStringLiteral("tiaojie-%1.tjp")
                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    auto r = TransferService(m_ws.db()).exportCases(m_ws.actor(), refs, m_to->text().trimmed(),
                                                    QDir(m_folder->text()).filePath(name));
    if (!r) {
        Messages::showError(this, r.error());
        return;
    }
    m_log->appendPlainText(tr("Wrote %1: %2 case(s) for %3, %4 bytes, read back and verified. "
                              "The cases are read-only here until they come back.")
                               .arg(QDir::toNativeSeparators(r->path))
                               .arg(r->cases.size())
                               .arg(r->recipientOrg)
                               .arg(r->bytes));
}

void TransferDialog::importPackage()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a package"), QString(),
                                                      tr("Transfer packages (*.tjp)"));
    if (path.isEmpty())
        return;
    TransferService service(m_ws.db());
    auto preview = service.verify(m_ws.actor(), path);
    if (!preview) {
        Messages::showError(this, preview.error());
        return;
    }
    QString text = tr("From %1 (device fingerprint %2), number %3, to %4.")
                       .arg(preview->senderOrg, preview->fingerprint)
                       .arg(preview->seq)
                       .arg(preview->recipientOrg);
    if (preview->kind == QLatin1String("receipt"))
        text += u'\n' + tr("A receipt for package %1.").arg(preview->deliveredPackage);
    else if (preview->duplicate)
        text += u'\n' + tr("This package was imported already; nothing would change.");
    else
        text += u'\n'
                + tr("New cases: %1; updated: %2; unchanged: %3; for review: %4; files: %5.")
                      .arg(preview->newCases.size())
                      .arg(preview->updatedCases.size())
                      .arg(preview->unchangedCases.size())
                      .arg(preview->queuedCases.size())
                      .arg(preview->files);
    if (!preview->warning.isEmpty())
        text += u'\n' + preview->warning;
    if (QMessageBox::question(this, tr("Apply the package?"), text) != QMessageBox::Yes)
        return;
    auto s = service.import(m_ws.actor(), path);
    if (!s) {
        Messages::showError(this, s.error());
        return;
    }
    m_log->appendPlainText(s->duplicate ? tr("Already imported; nothing changed.")
                                        : tr("Applied %1.").arg(QDir::toNativeSeparators(path)));
    if (!s->receiptPath.isEmpty())
        m_log->appendPlainText(tr("Carry the receipt back to the sender: %1")
                                   .arg(QDir::toNativeSeparators(s->receiptPath)));
    reloadReview();
}

void TransferDialog::reloadReview()
{
    m_review->clear();
    auto items = TransferService(m_ws.db()).reviewQueue(m_ws.actor());
    if (!items)
        return;
    for (const auto &item : items.value()) {
        auto *row = new QListWidgetItem(tr("%1 — from %2, %3")
                                            .arg(item.caseNumber, item.senderOrg, item.queuedAt));
        row->setData(Qt::UserRole, item.id);
        m_review->addItem(row);
    }
}

void TransferDialog::resolveSelected(bool takeTheirs)
{
    auto *item = m_review->currentItem();
    if (!item)
        return;
    auto r = TransferService(m_ws.db()).resolve(m_ws.actor(), item->data(Qt::UserRole).toString(),
                                                takeTheirs);
    if (!r) {
        Messages::showError(this, r.error());
        return;
    }
    m_log->appendPlainText(takeTheirs ? tr("Took the incoming version of %1.").arg(item->text())
                                      : tr("Kept this installation's version of %1.").arg(item->text()));
    reloadReview();
}

} // namespace tj
