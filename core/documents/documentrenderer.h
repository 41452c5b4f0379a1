#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace tj {

class Database;

/// Printed documents of a case, rendered by core to A4 PDF from the HTML templates in
/// resources/templates (embedded at :/tiaojie/templates) with a Chinese font and the case
/// code as a QR code. Needs a QGuiApplication (the offscreen platform is enough).
class DocumentRenderer
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRenderer)
public:
    explicit DocumentRenderer(Database &db) : m_db(db) {}

    /// registration, session, agreement, referral, confirmation, followup, cover
    static QStringList kinds();

    /// The filled-in HTML of a document (what the PDF shows).
    Result<QString> html(const QString &caseRef, const QString &kind, const QDate &asOf = {}) const;
    /// Writes the PDF to `outPath`.
    Result<void> render(const QString &caseRef, const QString &kind, const QString &outPath,
                        const QDate &asOf = {}) const;

private:
    Result<QVariantMap> data(const QString &caseRef, const QString &kind, const QDate &asOf) const;

    Database &m_db;
};

} // namespace tj
