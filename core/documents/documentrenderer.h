#pragma once

#include "common/result.h"
#include "users/user.h"

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
    /// The translated name of a document kind (the code itself when unknown).
    static QString kindName(const QString &kind);

    // The actor must be allowed to read the case (Access::mayRead); each document is an audit
    // entry (document.print, or document.reveal when ID numbers are printed whole). Resident
    // ID and phone numbers are masked unless `reveal` is set.

    /// The filled-in HTML of a document (what the PDF shows).
    Result<QString> html(const Actor &actor, const QString &caseRef, const QString &kind,
                         const QDate &asOf = {}, bool reveal = false) const;
    /// Writes the PDF to `outPath`.
    Result<void> render(const Actor &actor, const QString &caseRef, const QString &kind,
                        const QString &outPath, const QDate &asOf = {}, bool reveal = false) const;

private:
    Result<QVariantMap> data(const Actor &actor, const QString &caseRef, const QString &kind,
                             const QDate &asOf, bool reveal) const;

    Database &m_db;
};

} // namespace tj
