#pragma once

#include <QImage>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMimeData;
class QPushButton;
class QScrollArea;
class QTableView;
class QVBoxLayout;

namespace tj {

class AttachmentModel;
class Workspace;

/// The case page's "Attachments" tab: evidence photos, scans of the signed agreement and
/// receipts. Files are added by dropping them on the tab or with Add…, listed with thumbnails
/// and their SHA-256, previewed (pictures scaled, the first pages of a PDF) and exported to a
/// folder. Core (AttachmentService) decides who may add what and checks every read.
class AttachmentsTab : public QWidget
{
    Q_OBJECT
public:
    AttachmentsTab(Workspace &ws, const QString &caseId, QWidget *parent = nullptr);

    /// Registers the tab with CaseDetail (every case page the user may read).
    static void registerWithCasePage();

    AttachmentModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *previewInfo() const { return m_info; }
    /// The pictures the preview pane shows now.
    const QList<QImage> &previewImages() const { return m_previewImages; }

    void reload();
    /// Attaches files as the chosen kind with the note; reports each refusal. True if all
    /// were attached (or were already there).
    bool addFiles(const QStringList &paths);
    /// Exports the selected attachments (all when none is selected) into `folder`.
    bool exportTo(const QString &folder);
    /// Shows the attachment in `row` in the preview pane.
    void preview(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *buildPreview();
    /// Shows the preview pictures at the width of the pane.
    void fitPreview();
    void updateAddState();
    static QStringList localFiles(const QMimeData *mime);

    Workspace &m_ws;
    QString m_caseId;
    AttachmentModel *m_model;
    QTableView *m_view;
    QComboBox *m_kind;
    QLineEdit *m_note;
    QPushButton *m_add;
    QPushButton *m_export;
    QLabel *m_error;
    QLabel *m_status;
    QLabel *m_info;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_pages;
    QVBoxLayout *m_pagesLayout;
    QList<QImage> m_previewImages;
};

} // namespace tj
