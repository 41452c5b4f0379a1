#include "screenshots.h"

#include "admin/adminpage.h"
#include "agreement/agreementtab.h"
#include "agreement/visitdialog.h"
#include "agreements/confirmation.h"
#include "attachments/attachmentmodel.h"
#include "attachments/attachmentservice.h"
#include "attachments/attachmentstab.h"
#include "casepage/casedetail.h"
#include "cases/caseservice.h"
#include "db/database.h"
#include "deadlines/calendar.h"
#include "documents/documentrenderer.h"
#include "mainwindow.h"
#include "review/confirmationqueue.h"
#include "review/reviewpage.h"
#include "security/backup.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimer>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>

namespace tj {

namespace {
// A photo-like picture of a damaged wall, drawn (no real photographs in the repository).
QImage wallPhoto()
{
    QImage image(1200, 800, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient sky(0, 0, 0, 420);
    sky.setColorAt(0, QColor(120, 170, 220));
    sky.setColorAt(1, QColor(210, 225, 240));
    p.fillRect(0, 0, 1200, 420, sky);
    p.fillRect(0, 420, 1200, 380, QColor(150, 130, 100));
    p.fillRect(80, 250, 1040, 330, QColor(190, 180, 165));
    p.setPen(QPen(QColor(150, 140, 125), 3));
    for (int y = 280; y < 580; y += 40)
        p.drawLine(80, y, 1120, y);
    p.setPen(QPen(QColor(60, 50, 40), 7));
    p.drawPolyline(QPolygon({{600, 250}, {630, 330}, {590, 400}, {650, 480}, {620, 580}}));
    p.setBrush(QColor(120, 110, 95));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QRect(520, 600, 260, 70));
    return image;
}

// A receipt-like picture with the amount written on it.
QImage receipt()
{
    QImage image(900, 600, QImage::Format_RGB32);
    image.fill(QColor(250, 248, 240));
    QPainter p(&image);
    p.setPen(QPen(QColor(200, 40, 40), 4));
    p.drawRect(30, 30, 840, 540);
    QFont f = p.font();
    f.setPixelSize(48);
    p.setFont(f);
    p.drawText(QRect(30, 50, 840, 80), Qt::AlignCenter, QStringLiteral("收  据"));
    f.setPixelSize(32);
    p.setFont(f);
    p.setPen(QColor(40, 40, 60));
    p.drawText(80, 220, QStringLiteral("今收到 青禾县某某服饰有限公司"));
    p.drawText(80, 290, QStringLiteral("工资款 人民币 陆仟元整 ¥6000.00"));
    p.drawText(80, 360, QStringLiteral("收款人：钱秀英"));
    p.drawText(520, 500, QStringLiteral("2026年11月20日"));
    return image;
}

QString writeImage(const QImage &image, const QDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    image.save(path);
    return path;
}

// Settles a case through the services, signed by every party today, with one payment duty.
bool settleToday(Database &db, const Actor &actor, const Case &c)
{
    CloseInput close;
    close.outcome = Outcome::Settled;
    close.on = QDate::currentDate();
    AgreementInput a;
    a.content = QStringLiteral("被申请人于%1前向申请人支付款项，双方就本纠纷再无其他争议。")
                    .arg(close.on.addDays(40).toString(QStringLiteral("yyyy年M月d日")));
    QString debtor;
    QString creditor;
    for (const Party &p : c.parties) {
        (p.role == PartyRole::Respondent ? debtor : creditor) = p.name;
        a.signatures.append(Signature{p.name, close.on, {}});
    }
    const qint64 amount = c.amountFen > 0 ? c.amountFen : 500000;
    if (!debtor.isEmpty() && !creditor.isEmpty())
        a.obligations = {Obligation{debtor, creditor, amount,
                                    {Instalment{close.on.addDays(40), amount}}}};
    close.agreement = a;
    auto closed = CaseService(db).close(actor, c.id, close);
    if (!closed)
        std::fprintf(stderr, "settling %s: %s\n", qPrintable(c.number),
                     qPrintable(closed.error().message));
    return closed.ok();
}

bool fail(const char *why)
{
    std::fprintf(stderr, "FAILED attachments/confirmation screens: %s\n", why);
    return false;
}

QString firstLogin(Database &db, Role role, const QString &org)
{
    if (auto users = UserService(db).list())
        for (const User &u : users.value())
            if (u.role == role && u.orgCode == org)
                return u.login;
    return {};
}
} // namespace

bool shootFilesAndConfirmations(Database &source, const QString &dir)
{
    // These screens need attachments and an application, so they are taken on a copy of the
    // database, changed through the same services a user drives; the original is not changed
    // beyond the audit entry of the copy.
    QTemporaryDir tmp;
    const QString copy = tmp.filePath(QStringLiteral("screenshots.sqlite"));
    if (!tmp.isValid())
        return fail("no temporary folder");
    if (auto copied = BackupService(source).backup(Actor::system(), copy); !copied)
        return fail(qPrintable(copied.error().message));
    auto opened = Database::openSqlite(copy);
    if (!opened)
        return fail(qPrintable(opened.error().message));
    Database &db = *opened.value();
    CaseFilter open;
    open.status = CaseStatus::InMediation;
    open.limit = 100;
    auto list = CaseService(db).list(Actor::system(), open);
    if (!list)
        return fail(qPrintable(list.error().message));
    QList<Case> candidates; // the lower tiers' cases, a township's first
    for (const Case &c : list->cases)
        if (c.handlingOrgTier == OrgTier::Township)
            candidates.prepend(c);
        else if (c.handlingOrgTier == OrgTier::Village)
            candidates.append(c);
    if (candidates.size() < 2)
        return fail("fewer than two cases in mediation at a township or village");
    const Case first = candidates.first();
    const QString staff = first.handlingOrgTier == OrgTier::Township
                              ? firstLogin(db, Role::Staff, first.handlingOrg)
                              : firstLogin(db, Role::Mediator, first.handlingOrg);
    auto actor = UserService(db).actorFor(staff);
    if (staff.isEmpty() || !actor)
        return fail("no user at the organisation handling the case");

    bool ok = true;
    const QDir files(tmp.path());
    AttachmentService attachments(db);
    AttachmentInput photo;
    photo.path = writeImage(wallPhoto(), files, QStringLiteral("现场照片-围墙裂缝.jpg"));
    photo.note = QStringLiteral("申请人提供，东侧围墙");
    ok &= attachments.add(actor.value(), first.id, photo).ok();
    const QString registration = files.filePath(QStringLiteral("登记表.pdf"));
    ok &= DocumentRenderer(db).render(actor.value(), first.id, QStringLiteral("registration"),
                                      registration).ok();
    AttachmentInput form;
    form.path = registration;
    form.kind = QStringLiteral("other");
    form.note = QStringLiteral("双方签字的登记表");
    ok &= attachments.add(actor.value(), first.id, form).ok();
    AttachmentInput slip;
    slip.path = writeImage(receipt(), files, QStringLiteral("收据.png"));
    slip.kind = QStringLiteral("receipt");
    ok &= attachments.add(actor.value(), first.id, slip).ok();
    {
        MainWindow window(db, actor.value());
        window.resize(QSize(1366, 740));
        if (CaseDetail *page = window.openCase(first.id)) {
            if (auto *tab = page->findChild<AttachmentsTab *>()) {
                page->tabs()->setCurrentWidget(tab);
                tab->view()->setCurrentIndex(tab->model()->index(0, 0));
                ok &= saveScreen(&window, dir, QStringLiteral("casepage-attachments"));
                tab->view()->setCurrentIndex(tab->model()->index(1, 0));
                ok &= saveScreen(&window, dir, QStringLiteral("casepage-attachments-pdf"));
            }
        }
        window.close();
    }

    // The court's deadlines may reach into next year, which the shipped holiday table may not
    // cover yet: on this copy the administrator's yearly step is done (New Year's Day).
    {
        HolidayService holidays(db);
        const int next = QDate::currentDate().year() + 1;
        if (auto covered = holidays.list(next); covered && covered->isEmpty()) {
            HolidayEntry newYear;
            newYear.date = QDate(next, 1, 1);
            newYear.name = QStringLiteral("元旦");
            ok &= holidays.add(Actor::system(), newYear).ok();
        }
    }
    // Two agreements before the court: one waiting for acceptance, one accepted.
    ConfirmationService confirm(db);
    QString court;
    int applied = 0;
    for (const Case &c : std::as_const(candidates)) {
        if (applied == 2)
            break;
        const QString login = firstLogin(
            db, c.handlingOrgTier == OrgTier::Township ? Role::Staff : Role::Mediator,
            c.handlingOrg);
        auto handler = UserService(db).actorFor(login);
        if (login.isEmpty() || !handler || !settleToday(db, handler.value(), c))
            continue;
        auto k = confirm.apply(handler.value(), c.id, QDate::currentDate());
        if (!k)
            std::fprintf(stderr, "applying for %s: %s\n", qPrintable(c.number),
                         qPrintable(k.error().message));
        if (!k || (!court.isEmpty() && k->courtOrg != court))
            continue;
        court = k->courtOrg;
        if (++applied == 2)
            if (auto judge = UserService(db).actorFor(firstLogin(db, Role::Judge, court)))
                ok &= confirm.accept(judge.value(), c.id, QDate::currentDate()).ok();
    }
    auto judge = UserService(db).actorFor(firstLogin(db, Role::Judge, court));
    if (court.isEmpty() || !judge)
        return fail("no application reached a court with a judge");
    {
        MainWindow window(db, judge.value());
        window.resize(QSize(1366, 740));
        if (ReviewPage *review = window.review()) {
            review->queues()->setCurrentWidget(review->confirmations());
            ok &= saveScreen(&window, dir, QStringLiteral("review-confirmations"));
        }
        window.close();
    }
    {
        MainWindow window(db, actor.value());
        window.resize(QSize(1366, 740));
        if (CaseDetail *page = window.openCase(first.id))
            if (auto *tab = page->findChild<AgreementTab *>()) {
                page->tabs()->setCurrentWidget(tab);
                ok &= saveScreen(&window, dir, QStringLiteral("casepage-agreement"));
                // The follow-up visit form, filled in and cancelled.
                QTimer::singleShot(300, [&] {
                    auto *d = qobject_cast<VisitDialog *>(QApplication::activeModalWidget());
                    if (!d)
                        return;
                    d->methodBox()->setCurrentIndex(1);
                    d->visitedEdit()->setText(QStringLiteral("马明（申请人）本人"));
                    d->performanceBox()->setCurrentIndex(1);
                    d->satisfactionBox()->setCurrentIndex(4);
                    d->risksEdit()->setText(QStringLiteral("被申请人称资金紧张，或难按期支付"));
                    d->noteEdit()->setPlainText(QStringLiteral("已付1000元，余款约定月底前付清。"));
                    ok &= saveScreen(d, dir, QStringLiteral("visit"));
                    d->reject();
                });
                tab->visit();
            }
        window.close();
    }
    // The auditor's desk opens on the audit trail, here with the changes just made on the copy
    // (the demo county has no auditor; one is added to the copy).
    {
        auto admin = UserService(db).actorFor(QString());
        User auditor{QStringLiteral("shenji"), QStringLiteral("审计员"),
                     admin ? admin->orgCode : QString(), Role::Auditor};
        auto added = UserService(db).add(auditor);
        auto auditorActor = UserService(db).actorFor(auditor.login);
        if (!added || !auditorActor)
            return fail("no auditor could be added to the copy");
        MainWindow window(db, auditorActor.value());
        window.resize(QSize(1366, 740));
        if (AdminPage *page = window.administration(); page && page->auditSection())
            ok &= saveScreen(&window, dir, QStringLiteral("admin-audit"));
        else
            ok = fail("the auditor has no audit section");
        window.close();
    }
    return ok;
}

} // namespace tj
