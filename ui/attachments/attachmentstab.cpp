#include "attachmentstab.h"

#include "attachmentmodel.h"
#include "attachments/attachmentservice.h"
#include "filepreview.h"
#include "casepage/casedetail.h"
#include "common/messages.h"
#include "common/workspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace tj {

namespace {
constexpr int kThumbnail = 48;
constexpr int kPreviewWidth = 480;
constexpr int kPreviewPages = 3;
} // namespace

void AttachmentsTab::registerWithCasePage()
{
    CaseDetail::registerTab(QStringLiteral("attachments"),
                            [](Workspace &ws, const QString &caseId) -> QWidget * {
                                return new AttachmentsTab(ws, caseId);
                            });
}

AttachmentsTab::AttachmentsTab(Workspace &ws, const QString &caseId, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_caseId(caseId)
    , m_model(new AttachmentModel(this))
    , m_view(new QTableView)
    , m_kind(new QComboBox)
    , m_note(new QLineEdit)
    , m_add(new QPushButton(tr("&Add…")))
    , m_export(new QPushButton(tr("E&xport…")))
    , m_error(Messages::fieldErrorLabel())
    , m_status(new QLabel)
    , m_info(new QLabel)
    , m_pages(new QWidget)
    , m_pagesLayout(new QVBoxLayout(m_pages))
{
    setWindowTitle(tr("Attach&ments"));
    setAcceptDrops(true);
    for (const QString &kind : AttachmentService::kinds())
        m_kind->addItem(AttachmentService::kindName(kind), kind);
    m_note->setPlaceholderText(tr("what the file shows (optional)"));
    m_view->setModel(m_model);
    m_view->setAcceptDrops(false); // drops go to the tab
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setIconSize(QSize(kThumbnail, kThumbnail));
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(kThumbnail + 6);
    m_view->setTabKeyNavigation(false);
    auto *header = m_view->horizontalHeader();
    header->setSectionResizeMode(int(AttachmentModel::Column::File), QHeaderView::Stretch);
    for (auto c : {AttachmentModel::Column::Kind, AttachmentModel::Column::Size,
                   AttachmentModel::Column::Added, AttachmentModel::Column::Sha256})
        header->setSectionResizeMode(int(c), QHeaderView::ResizeToContents);

    auto *kindLabel = new QLabel(tr("Add &as:"));
    kindLabel->setBuddy(m_kind);
    auto *noteLabel = new QLabel(tr("N&ote:"));
    noteLabel->setBuddy(m_note);
    auto *bar = new QHBoxLayout;
    bar->addWidget(kindLabel);
    bar->addWidget(m_kind);
    bar->addWidget(noteLabel);
    bar->addWidget(m_note, 1);
    bar->addWidget(m_add);
    bar->addWidget(m_export);

    auto *hint = new QLabel(tr("Drop photos, scans or receipts here to attach them. Each file is "
                               "kept with its SHA-256 fingerprint."));
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color:#555"));
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_view);
    split->addWidget(buildPreview());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({780, 520});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(hint);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_error);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Attach files"),
            QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
            tr("Pictures and PDF (*.jpg *.jpeg *.png *.bmp *.gif *.webp *.pdf);;All files (*)"));
        if (!paths.isEmpty())
            addFiles(paths);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Export attachments to"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        if (!folder.isEmpty())
            exportTo(folder);
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AttachmentsTab::updateAddState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &index) { preview(index.row()); });
    connect(&ws, &Workspace::caseChanged, this, [this](const QString &id) {
        if (id == m_caseId)
            reload();
    });
    reload();
    // A settled case takes scans of the signed agreement rather than new evidence.
    auto c = m_ws.cases().get(m_ws.actor(), m_caseId);
    if (c && c->status == CaseStatus::Settled)
        m_kind->setCurrentIndex(m_kind->findData(QStringLiteral("agreement_scan")));
}

QWidget *AttachmentsTab::buildPreview()
{
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_pagesLayout->setContentsMargins(0, 0, 0, 0);
    auto *inner = new QWidget;
    auto *layout = new QVBoxLayout(inner);
    layout->addWidget(m_info);
    layout->addWidget(m_pages);
    layout->addStretch(1);
    m_scroll = new QScrollArea;
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(inner);
    m_scroll->setMinimumWidth(260);
    m_scroll->viewport()->installEventFilter(this);
    return m_scroll;
}

void AttachmentsTab::reload()
{
    AttachmentService files(m_ws.db());
    auto list = files.list(m_ws.actor(), m_caseId);
    if (!list) {
        Messages::setFieldError(m_error, list.error().message);
        m_model->setAttachments({}, {});
        updateAddState();
        return;
    }
    const QString current = m_view->currentIndex().data(AttachmentModel::IdRole).toString();
    QHash<QString, QImage> thumbnails;
    for (const Attachment &a : list.value()) {
        if (!FilePreview::isImage(a.mime) && !FilePreview::isPdf(a.mime))
            continue;
        // The list read above is audited; thumbnails are part of showing it.
        auto bytes = files.read(m_ws.actor(), a.id, false);
        if (bytes)
            thumbnails.insert(a.id, FilePreview::thumbnail(bytes.value(), a.mime, kThumbnail));
    }
    m_model->setAttachments(list.value(), thumbnails);
    const int row = m_model->rowOf(current);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    else
        preview(-1);
    updateAddState();
}

void AttachmentsTab::updateAddState()
{
    auto c = m_ws.cases().get(m_ws.actor(), m_caseId);
    Result<void> allowed = c ? AttachmentService(m_ws.db()).mayAdd(m_ws.actor(), c.value(),
                                                                   m_kind->currentData().toString())
                             : Result<void>(c.error());
    m_add->setEnabled(allowed.ok());
    m_add->setToolTip(allowed ? QString() : allowed.error().message);
    m_export->setEnabled(m_model->rowCount() > 0);
}

bool AttachmentsTab::addFiles(const QStringList &paths)
{
    AttachmentService files(m_ws.db());
    QStringList problems;
    QStringList added;
    QStringList already;
    QString last;
    for (const QString &path : paths) {
        AttachmentInput in;
        in.path = path;
        in.kind = m_kind->currentData().toString();
        in.note = m_note->text();
        auto a = files.add(m_ws.actor(), m_caseId, in);
        if (!a) {
            problems.append(a.error().message);
            continue;
        }
        (a->duplicate ? already : added).append(a->fileName);
        last = a->id;
    }
    Messages::setFieldError(m_error, problems.join(u'\n'));
    QStringList status;
    if (!added.isEmpty())
        status.append(tr("Attached: %1.").arg(added.join(QStringLiteral(", "))));
    if (!already.isEmpty())
        status.append(tr("Already attached to this case: %1.").arg(already.join(QStringLiteral(", "))));
    m_status->setText(status.join(u' '));
    if (!added.isEmpty()) {
        m_note->clear();
        Q_EMIT m_ws.caseChanged(m_caseId); // the history shows the additions; this tab reloads
    }
    if (const int row = m_model->rowOf(last); row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    return problems.isEmpty();
}

bool AttachmentsTab::exportTo(const QString &folder)
{
    QStringList ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids.append(index.data(AttachmentModel::IdRole).toString());
    if (ids.isEmpty())
        for (const Attachment &a : m_model->attachments())
            ids.append(a.id);
    AttachmentService files(m_ws.db());
    QStringList problems;
    int written = 0;
    for (const QString &id : std::as_const(ids)) {
        auto path = files.exportTo(m_ws.actor(), id, folder);
        if (path)
            ++written;
        else
            problems.append(path.error().message);
    }
    Messages::setFieldError(m_error, problems.join(u'\n'));
    m_status->setText(tr("Exported %n file(s) to %1.", nullptr, written)
                          .arg(QDir::toNativeSeparators(folder)));
    return problems.isEmpty();
}

void AttachmentsTab::preview(int row)
{
    m_previewImages.clear();
    while (QLayoutItem *item = m_pagesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const Attachment *a = m_model->at(row);
    if (!a) {
        m_info->setText(tr("Choose a file to see it here."));
        return;
    }
    const QDateTime at = QDateTime::fromString(a->addedAt, Qt::ISODateWithMs).toLocalTime();
    QString info = QStringLiteral("<b>%1</b><br>%2 · %3 · %4<br>")
                       .arg(a->fileName.toHtmlEscaped(), AttachmentService::kindName(a->kind),
                            AttachmentModel::sizeText(a->size), a->mime.toHtmlEscaped());
    info += tr("Added %1 by %2 (%3)")
                .arg(at.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     a->addedBy.isEmpty() ? tr("system") : a->addedBy, m_ws.orgName(a->addedOrg))
                .toHtmlEscaped();
    info += QStringLiteral("<br>SHA-256<br><span style='font-family:monospace'>%1<br>%2</span>")
                .arg(a->sha256.left(32), a->sha256.mid(32));
    if (!a->note.isEmpty())
        info += QStringLiteral("<p>%1</p>").arg(a->note.toHtmlEscaped());
    auto bytes = AttachmentService(m_ws.db()).read(m_ws.actor(), a->id);
    if (!bytes) {
        info += QStringLiteral("<p style='color:#b00020'>%1</p>")
                    .arg(bytes.error().message.toHtmlEscaped());
        m_info->setText(info);
        return;
    }
    const FilePreview::Pages pages =
        FilePreview::render(bytes.value(), a->mime, kPreviewPages, kPreviewWidth);
    if (!pages.problem.isEmpty())
        info += QStringLiteral("<p>%1</p>").arg(pages.problem.toHtmlEscaped());
    else if (FilePreview::isPdf(a->mime))
        info += QStringLiteral("<p>%1</p>")
                    .arg(tr("%n page(s) from the start:", nullptr, int(pages.images.size())));
    m_info->setText(info);
    m_previewImages = pages.images;
    for (int i = 0; i < pages.images.size(); ++i) {
        auto *label = new QLabel;
        label->setFrameShape(QFrame::Box);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_pagesLayout->addWidget(label);
    }
    fitPreview();
}

void AttachmentsTab::fitPreview()
{
    // The pane's width less the margins of its layout and the frame of each picture.
    const int width = std::max(120, m_scroll->viewport()->width() - 30);
    for (int i = 0; i < m_previewImages.size(); ++i) {
        auto *label = qobject_cast<QLabel *>(m_pagesLayout->itemAt(i)->widget());
        const QImage &image = m_previewImages[i];
        if (label)
            label->setPixmap(QPixmap::fromImage(
                image.width() > width ? image.scaledToWidth(width, Qt::SmoothTransformation)
                                      : image));
    }
}

bool AttachmentsTab::eventFilter(QObject *watched, QEvent *event)
{
    // The pane changes width with the window and with the splitter.
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        fitPreview();
    return QWidget::eventFilter(watched, event);
}

QStringList AttachmentsTab::localFiles(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            paths.append(url.toLocalFile());
    return paths;
}

void AttachmentsTab::dragEnterEvent(QDragEnterEvent *event)
{
    // Refusals (a closed case, another organisation's custody) are explained after the drop.
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void AttachmentsTab::dragMoveEvent(QDragMoveEvent *event)
{
    // Refusals (a closed case, another organisation's custody) are explained after the drop.
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void AttachmentsTab::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(paths);
}

} // namespace tj
