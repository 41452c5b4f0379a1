#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

namespace tj {

/// Pictures of an attached file: images are decoded by Qt; PDF pages are rendered by
/// poppler's `pdftoppm` (Qt 6.4 on Debian 12 has no Qt PDF module in the build dependencies).
class FilePreview
{
    Q_DECLARE_TR_FUNCTIONS(FilePreview)
public:
    struct Pages
    {
        QList<QImage> images;
        QString problem; ///< why nothing could be shown (translated); empty when shown
    };

    static bool isImage(const QString &mime);
    static bool isPdf(const QString &mime);
    /// The first `maxPages` pages (an image has one), about `width` pixels wide.
    static Pages render(const QByteArray &content, const QString &mime, int maxPages, int width);
    /// A small picture for a list, or a null image for files that have none.
    static QImage thumbnail(const QByteArray &content, const QString &mime, int size);

private:
    static Pages renderPdf(const QByteArray &content, int maxPages, int width);
};

} // namespace tj
