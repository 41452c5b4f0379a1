#include "documentrenderer.h"

#include "security/audit.h"
#include "security/caseguard.h"
#include "security/masking.h"

#include "agreements/agreementstore.h"
#include "agreements/casecode.h"
#include "agreements/confirmation.h"
#include "cases/casestore.h"
#include "common/clock.h"
#include "common/money.h"
#include "db/database.h"
#include "db/query.h"
#include "documentdata.h"
#include "htmltemplate.h"

#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

#include <qrencode.h>

#include <memory>

namespace tj {

namespace {
const QString kQrUrl = QStringLiteral("tiaojie://qr");

// The case code as a QR image: black modules on white with the 4-module quiet zone.
QImage qrImage(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, void (*)(QRcode *)> code(
        QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M), QRcode_free);
    if (!code)
        return {};
    const int scale = 8;
    const int quiet = 4;
    const int size = (code->width + 2 * quiet) * scale;
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            if (code->data[y * code->width + x] & 1)
                painter.fillRect((x + quiet) * scale, (y + quiet) * scale, scale, scale, Qt::black);
    return image;
}

// Latin letters and digits come from a Latin font: text extracted from the PDF (search, copy,
// pdftotext) then keeps its digits, which Qt's PDF output loses for the CJK fonts' digits.
QString latinFamily()
{
    const QStringList families = QFontDatabase::families();
    for (const QString &wanted : {QStringLiteral("DejaVu Sans"), QStringLiteral("Nimbus Sans"),
                                  QStringLiteral("Liberation Sans")})
        if (families.contains(wanted))
            return wanted;
    return {};
}

QString chineseFamily()
{
    const QStringList families = QFontDatabase::families();
    // Droid Sans Fallback first: Qt's PDF text map gives the Noto CJK fonts' shared glyphs the
    // Kangxi radical code points (⼈ for 人), which breaks search and copy in the PDF.
    for (const QString &wanted : {QStringLiteral("Droid Sans Fallback"), QStringLiteral("Noto Sans CJK SC"),
                                  QStringLiteral("Noto Serif CJK SC"),
                                  QStringLiteral("WenQuanYi Zen Hei"), QStringLiteral("AR PL UMing CN")})
        if (families.contains(wanted))
            return wanted;
    return {};
}

Result<QString> readTemplate(const QString &kind)
{
    QFile file(QStringLiteral(":/tiaojie/templates/%1.html").arg(kind));
    QFile style(QStringLiteral(":/tiaojie/templates/style.css"));
    if (!file.open(QIODevice::ReadOnly) || !style.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Storage,
                         DocumentRenderer::tr("The template of %1 is missing from the program.").arg(kind));
    return QString::fromUtf8(file.readAll())
        .replace(QStringLiteral("/*STYLE*/"), QString::fromUtf8(style.readAll()));
}

Result<QVariantList> transfers(QSqlDatabase db, const QString &caseId)
{
    Query q(db, "SELECT r.kind, r.reason, r.sent_on, r.state, r.return_reason, f.name AS from_name,"
                " t.name AS to_name FROM referrals r JOIN organisations f ON f.code = r.from_org"
                " JOIN organisations t ON t.code = r.to_org WHERE r.case_id = :case"
                " ORDER BY r.sent_on DESC, r.rowid DESC");
    q.bind("case", caseId);
    TJ_TRY(q.exec());
    QVariantList out;
    while (q.next()) {
        const bool refer = q.value("kind").toString() == QLatin1String("refer");
        out.append(QVariantMap{
            {QStringLiteral("heading"), refer ? QStringLiteral("矛盾纠纷移交函") : QStringLiteral("委派调解函")},
            {QStringLiteral("verb"), refer ? QStringLiteral("移交") : QStringLiteral("委派")},
            {QStringLiteral("reason"), q.value("reason").toString()},
            {QStringLiteral("sent_on"), DocumentData::chineseDate(parseIsoDate(q.value("sent_on").toString()))},
            {QStringLiteral("from_name"), q.value("from_name").toString()},
            {QStringLiteral("to_name"), q.value("to_name").toString()}});
    }
    return out;
}
} // namespace

QString DocumentRenderer::kindName(const QString &kind)
{
    if (kind == QLatin1String("registration"))
        return tr("Registration form");
    if (kind == QLatin1String("session"))
        return tr("Mediation record");
    if (kind == QLatin1String("agreement"))
        return tr("Mediation agreement");
    if (kind == QLatin1String("referral"))
        return tr("Referral letter");
    if (kind == QLatin1String("confirmation"))
        return tr("Application for judicial confirmation");
    if (kind == QLatin1String("followup"))
        return tr("Follow-up visit record");
    if (kind == QLatin1String("cover"))
        return tr("File cover");
    return kind;
}

QStringList DocumentRenderer::kinds()
{
    return {QStringLiteral("registration"), QStringLiteral("session"),  QStringLiteral("agreement"),
            QStringLiteral("referral"),     QStringLiteral("confirmation"), QStringLiteral("followup"),
            QStringLiteral("cover")};
}

Result<QVariantMap> DocumentRenderer::data(const Actor &actor, const QString &caseRef,
                                           const QString &kind, const QDate &asOf,
                                           bool reveal) const
{
    if (!kinds().contains(kind))
        return makeError(ErrorKind::Usage, tr("There is no document \"%1\"; choose one of %2.")
                                               .arg(kind, kinds().join(QStringLiteral(", "))));
    QSqlDatabase db = m_db.connection();
    CaseStore store(db);
    const QString action = reveal ? QStringLiteral("document.reveal") : QStringLiteral("document.print");
    auto c = CaseGuard(m_db).read(actor, caseRef, action, false);
    if (!c)
        return c.error();
    if (!reveal)
        Masking::maskCase(c.value());
    auto code = ensureCaseCode(db, c->id);
    if (!code)
        return code.error();
    const QDate day = asOf.isValid() ? asOf : QDate::currentDate();
    QVariantMap d = DocumentData::forCase(c.value(), code.value(), day);
    auto sessions = store.sessions(c->id);
    if (!sessions)
        return sessions.error();
    d.insert(QStringLiteral("sessions"), DocumentData::forSessions(sessions.value()));
    auto moves = transfers(db, c->id);
    if (!moves)
        return moves.error();
    d.insert(QStringLiteral("transfers"), moves.value());
    d.insert(QStringLiteral("transfer"), moves->value(0).toMap());

    auto view = AgreementService(m_db).compute(c->id, day);
    if (view && !reveal)
        Masking::maskCase(view->record);
    const bool needsAgreement = kind == QLatin1String("agreement") || kind == QLatin1String("confirmation")
                                || kind == QLatin1String("followup");
    if (!view && (view.error().kind != ErrorKind::NotFound || needsAgreement))
        return view.error();
    if (kind == QLatin1String("session") && sessions->isEmpty())
        return makeError(ErrorKind::Rule, tr("Case %1 has no recorded session.").arg(c->number));
    if (kind == QLatin1String("referral") && moves->isEmpty())
        return makeError(ErrorKind::Rule, tr("Case %1 was never referred or delegated.").arg(c->number));
    if (view) {
        d.insert(DocumentData::forAgreement(view.value()));
        d.insert(QStringLiteral("has_agreement"), true);
        d.insert(QStringLiteral("fulfilment"), DocumentData::forFulfilment(view.value()));
        QVariantList visits;
        for (const Visit &v : view->agreement.visits)
            visits.append(QVariantMap{{QStringLiteral("date"), DocumentData::chineseDate(v.on)},
                                      {QStringLiteral("performance"),
                                       v.performance == QLatin1String("performed") ? QStringLiteral("已履行")
                                       : v.performance == QLatin1String("partly") ? QStringLiteral("部分履行")
                                                                                   : QStringLiteral("未履行")},
                                      {QStringLiteral("satisfaction"), v.satisfaction ? QString::number(*v.satisfaction) : QString()},
                                      {QStringLiteral("risks"), v.risks},
                                      {QStringLiteral("note"), v.note},
                                      {QStringLiteral("visitor"), v.visitor}});
        d.insert(QStringLiteral("visits"), visits);
        QVariantList payments;
        for (const Payment &p : view->agreement.payments)
            payments.append(QVariantMap{{QStringLiteral("date"), DocumentData::chineseDate(p.on)},
                                        {QStringLiteral("amount"), money::formatYuan(p.amountFen)},
                                        {QStringLiteral("proof"), p.proofName},
                                        {QStringLiteral("sha"), p.proofSha256.left(16)}});
        d.insert(QStringLiteral("payments"), payments);
        auto court = ConfirmationService(m_db).courtFor(view->record);
        d.insert(QStringLiteral("court_name"), court ? court->name : QString());
        QVariantList checklist;
        const QStringList supplied = view->agreement.confirmation ? view->agreement.confirmation->documents
                                                                  : ConfirmationService::checklist();
        int seq = 0;
        for (const QString &item : ConfirmationService::checklist())
            checklist.append(QVariantMap{{QStringLiteral("seq"), ++seq},
                                         {QStringLiteral("label"), ConfirmationService::documentLabel(item)},
                                         {QStringLiteral("mark"), supplied.contains(item) ? QStringLiteral("☑") : QStringLiteral("☐")}});
        d.insert(QStringLiteral("checklist"), checklist);
        if (view->agreement.confirmation) {
            const Confirmation &k = *view->agreement.confirmation;
            d.insert(QStringLiteral("applied_on"), DocumentData::chineseDate(k.appliedOn));
            d.insert(QStringLiteral("ruling_number"), k.rulingNumber);
            d.insert(QStringLiteral("ruled_valid"), k.result == QLatin1String("valid"));
        }
    }
    TJ_TRY(AuditLog(db).record(
        AuditEntry::of(actor, action, QStringLiteral("case"), c->id, c->number + u' ' + kind)));
    return d;
}

Result<QString> DocumentRenderer::html(const Actor &actor, const QString &caseRef,
                                       const QString &kind, const QDate &asOf, bool reveal) const
{
    auto values = data(actor, caseRef, kind, asOf, reveal);
    if (!values)
        return values.error();
    auto text = readTemplate(kind);
    if (!text)
        return text.error();
    return renderTemplate(text.value(), values.value());
}

Result<void> DocumentRenderer::render(const Actor &actor, const QString &caseRef,
                                      const QString &kind, const QString &outPath,
                                      const QDate &asOf, bool reveal) const
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return makeError(ErrorKind::Usage, tr("Rendering documents needs a GUI application object."));
    auto values = data(actor, caseRef, kind, asOf, reveal);
    if (!values)
        return values.error();
    auto text = readTemplate(kind);
    if (!text)
        return text.error();
    const QString family = chineseFamily();
    if (family.isEmpty())
        return makeError(ErrorKind::Storage, tr("No font with Chinese characters is installed "
                                                "(install fonts-noto-cjk)."));
    QPdfWriter writer(outPath);
    if (!writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                          QMarginsF(20, 18, 20, 18), QPageLayout::Millimeter)))
        return makeError(ErrorKind::Storage, tr("The page layout cannot be set."));
    writer.setResolution(300);
    writer.setTitle(values->value(QStringLiteral("number")).toString());
    writer.setCreator(QStringLiteral("Tiaojie"));

    QTextDocument document;
    QFont font(family);
    const QString latin = latinFamily();
    if (!latin.isEmpty())
        font.setFamilies({latin, family});
    font.setPointSizeF(11);
    document.setDefaultFont(font);
    document.addResource(QTextDocument::ImageResource, QUrl(kQrUrl),
                         qrImage(values->value(QStringLiteral("code")).toString()));
    document.setHtml(renderTemplate(text.value(), values.value()));
    document.print(&writer);
    QFile check(outPath);
    if (!check.exists() || check.size() == 0)
        return makeError(ErrorKind::Storage, tr("The PDF %1 could not be written.").arg(outPath));
    return {};
}

} // namespace tj
