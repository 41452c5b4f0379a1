#include "attachments/attachmentmodel.h"
#include "attachments/attachmentservice.h"
#include "attachments/attachmentstab.h"
#include "casepage/casedetail.h"
#include "common/historyview.h"
#include "common/texttablemodel.h"
#include "mainwindow.h"

#include "uitest.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUrl>

using namespace tj;

class AttachmentsTabTest : public test::UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        auto done = CaseService(*m_db).intake(actor(QStringLiteral("vma")),
                                              sampleIntake(QStringLiteral("QH-DS-A")));
        ASSERT_OK(done);
        m_id = done->record.id;
        ASSERT_OK(CaseService(*m_db).accept(actor(QStringLiteral("vma")), m_id, QDate(2026, 3, 3)));
    }

    static AttachmentsTab *tabOf(CaseDetail *page)
    {
        return page ? page->findChild<AttachmentsTab *>() : nullptr;
    }

    QString photo(const QString &name, const QColor &color)
    {
        QImage image(120, 80, QImage::Format_RGB32);
        image.fill(color);
        const QString path = m_dir.filePath(name);
        EXPECT_TRUE(image.save(path, "PNG"));
        return path;
    }

    /// A two-page PDF drawn with Qt.
    QString pdf(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A5));
        QPainter painter(&writer);
        painter.drawText(QPointF(200, 400), QStringLiteral("page one"));
        writer.newPage();
        painter.drawText(QPointF(200, 400), QStringLiteral("page two"));
        painter.end();
        return path;
    }

    static QByteArray contents(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    /// Drags the files over the widget and drops them, as the window system delivers it.
    static bool drop(QWidget *target, const QStringList &paths)
    {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString &p : paths)
            urls.append(QUrl::fromLocalFile(p));
        mime.setUrls(urls);
        const QPoint at = target->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent dropped(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &dropped);
        return dropped.isAccepted();
    }

    QString m_id;
};

TEST_F(AttachmentsTabTest, DroppedPhotoIsListedWithItsHashPreviewedAndExportedByteForByte)
{
    MainWindow window(*m_db, actor(QStringLiteral("vma")));
    CaseDetail *page = window.openCase(m_id);
    AttachmentsTab *tab = tabOf(page);
    ASSERT_NE(tab, nullptr);
    test::ModelCheck check(tab->model());
    EXPECT_EQ(tab->model()->rowCount(), 0);
    EXPECT_TRUE(tab->addButton()->isEnabled());

    const QString path = photo(QStringLiteral("围墙照片.png"), Qt::red);
    const QByteArray bytes = contents(path);
    test::typeText(tab->noteEdit(), QStringLiteral("东侧围墙"));
    ASSERT_TRUE(drop(tab, {path}));
    ASSERT_EQ(tab->model()->rowCount(), 1) << tab->errorLabel()->text().toStdString();
    const QModelIndex first = tab->model()->index(0, 0);
    EXPECT_EQ(first.data().toString(), QStringLiteral("围墙照片.png"));
    EXPECT_EQ(first.data(AttachmentModel::Sha256Role).toString(),
              QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(tab->model()->index(0, int(AttachmentModel::Column::Note)).data().toString(),
              QStringLiteral("东侧围墙"));
    // The list shows a thumbnail of the picture, not the generic file icon.
    const QIcon icon = first.data(Qt::DecorationRole).value<QIcon>();
    const QImage thumb = icon.pixmap(48, 48).toImage();
    ASSERT_FALSE(thumb.isNull());
    EXPECT_EQ(QColor(thumb.pixel(thumb.width() / 2, thumb.height() / 2)), QColor(Qt::red));

    // Preview: selecting the row shows the picture (narrower than the pane: not scaled).
    tab->view()->setCurrentIndex(first);
    ASSERT_EQ(tab->previewImages().size(), 1);
    EXPECT_EQ(tab->previewImages().first().size(), QSize(120, 80));
    const QString sha = first.data(AttachmentModel::Sha256Role).toString();
    EXPECT_TRUE(tab->previewInfo()->text().contains(sha.left(32))); // the whole hash, two lines
    EXPECT_TRUE(tab->previewInfo()->text().contains(sha.mid(32)));

    // Dropping the same file again adds nothing.
    ASSERT_TRUE(drop(tab, {path}));
    EXPECT_EQ(tab->model()->rowCount(), 1);
    EXPECT_FALSE(tab->statusLabel()->text().isEmpty());

    // Export writes the very bytes that were attached.
    const QString out = m_dir.filePath(QStringLiteral("export"));
    ASSERT_TRUE(QDir().mkpath(out));
    ASSERT_TRUE(tab->exportTo(out));
    EXPECT_EQ(contents(QDir(out).filePath(QStringLiteral("围墙照片.png"))), bytes);

    // The case history tells who attached what.
    const auto &rows = page->history()->model()->rows();
    EXPECT_TRUE(std::any_of(rows.begin(), rows.end(), [](const TextRow &r) {
        return r.cells.join(u' ').contains(QStringLiteral("围墙照片.png"));
    }));
    EXPECT_MODEL_OK(check);
}

TEST_F(AttachmentsTabTest, PdfScanShowsItsFirstPages)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
        GTEST_SKIP() << "pdftoppm (poppler-utils) is not installed";
    MainWindow window(*m_db, actor(QStringLiteral("vma")));
    AttachmentsTab *tab = tabOf(window.openCase(m_id));
    ASSERT_NE(tab, nullptr);
    tab->kindBox()->setCurrentIndex(tab->kindBox()->findData(QStringLiteral("other")));
    ASSERT_TRUE(tab->addFiles({pdf(QStringLiteral("询问笔录.pdf"))}))
        << tab->errorLabel()->text().toStdString();
    ASSERT_EQ(tab->model()->rowCount(), 1);
    EXPECT_EQ(tab->model()->attachments().first().mime, QStringLiteral("application/pdf"));
    EXPECT_EQ(tab->model()->attachments().first().kind, QStringLiteral("other"));
    tab->view()->setCurrentIndex(tab->model()->index(0, 0));
    ASSERT_EQ(tab->previewImages().size(), 2);
    EXPECT_EQ(tab->previewImages().first().width(), 480);
    EXPECT_GT(tab->previewImages().first().height(), tab->previewImages().first().width()); // A5 portrait
}

TEST_F(AttachmentsTabTest, AnotherOrganisationCannotAddAndIsToldWhy)
{
    MainWindow township(*m_db, actor(QStringLiteral("staff")));
    AttachmentsTab *tab = tabOf(township.openCase(m_id));
    ASSERT_NE(tab, nullptr);
    EXPECT_FALSE(tab->addButton()->isEnabled());
    EXPECT_FALSE(tab->addButton()->toolTip().isEmpty());
    ASSERT_TRUE(drop(tab, {photo(QStringLiteral("a.png"), Qt::blue)}));
    EXPECT_EQ(tab->model()->rowCount(), 0);
    EXPECT_FALSE(tab->errorLabel()->text().isEmpty());
    EXPECT_TRUE(tab->errorLabel()->isVisibleTo(tab));
    auto list = AttachmentService(*m_db).list(Actor::system(), m_id);
    ASSERT_OK(list);
    EXPECT_TRUE(list->isEmpty());
}
