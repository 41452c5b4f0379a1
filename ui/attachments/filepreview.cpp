#include "filepreview.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace tj {

bool FilePreview::isImage(const QString &mime)
{
    return mime.startsWith(QLatin1String("image/"))
           && QImageReader::supportedMimeTypes().contains(mime.toLatin1());
}

bool FilePreview::isPdf(const QString &mime)
{
    return mime == QLatin1String("application/pdf");
}

FilePreview::Pages FilePreview::render(const QByteArray &content, const QString &mime,
                                       int maxPages, int width)
{
    Pages out;
    if (isPdf(mime))
        return renderPdf(content, maxPages, width);
    if (!isImage(mime)) {
        out.problem = tr("No preview for files of type %1; export the file to open it.").arg(mime);
        return out;
    }
    QBuffer buffer;
    buffer.setData(content);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // photos from phones carry their rotation in EXIF
    const QImage image = reader.read();
    if (image.isNull()) {
        out.problem = tr("The picture cannot be decoded: %1").arg(reader.errorString());
        return out;
    }
    out.images.append(image.width() > width
                          ? image.scaledToWidth(width, Qt::SmoothTransformation)
                          : image);
    return out;
}

FilePreview::Pages FilePreview::renderPdf(const QByteArray &content, int maxPages, int width)
{
    Pages out;
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (tool.isEmpty()) {
        out.problem = tr("PDF pages are shown with pdftoppm (poppler-utils), which is not "
                         "installed.");
        return out;
    }
    QTemporaryDir dir;
    QFile pdf(dir.filePath(QStringLiteral("in.pdf")));
    if (!dir.isValid() || !pdf.open(QIODevice::WriteOnly) || pdf.write(content) != content.size()) {
        out.problem = tr("No temporary folder to render the PDF in.");
        return out;
    }
    pdf.close();
    // -scale-to-x with -scale-to-y -1 keeps the aspect ratio at the wanted width.
    QProcess p;
    p.start(tool, {QStringLiteral("-png"), QStringLiteral("-f"), QStringLiteral("1"),
                   QStringLiteral("-l"), QString::number(maxPages), QStringLiteral("-scale-to-x"),
                   QString::number(width), QStringLiteral("-scale-to-y"), QStringLiteral("-1"),
                   pdf.fileName(), dir.filePath(QStringLiteral("page"))});
    if (!p.waitForFinished(20000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        p.kill();
        out.problem = tr("The PDF cannot be rendered: %1")
                          .arg(QString::fromLocal8Bit(p.readAllStandardError()).trimmed());
        return out;
    }
    const QStringList pages = QDir(dir.path()).entryList({QStringLiteral("page*.png")},
                                                         QDir::Files, QDir::Name);
    for (const QString &name : pages) {
        QImage image(dir.filePath(name));
        if (!image.isNull())
            out.images.append(image);
    }
    if (out.images.isEmpty())
        out.problem = tr("The PDF has no page to show.");
    return out;
}

QImage FilePreview::thumbnail(const QByteArray &content, const QString &mime, int size)
{
    if (!isImage(mime) && !isPdf(mime))
        return {};
    const Pages pages = render(content, mime, 1, size * 2);
    if (pages.images.isEmpty())
        return {};
    return pages.images.first().scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

} // namespace tj
