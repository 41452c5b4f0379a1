#include "screenshots.h"

#include "agreement/agreementeditor.h"
#include "casepage/casedetail.h"
#include "casepage/closedialog.h"
#include "cases/caselistpage.h"
#include "cases/caseservice.h"
#include "common/workspace.h"
#include "inbox/transferqueue.h"
#include "intake/intakepage.h"
#include "intake/partiespanel.h"
#include "mainwindow.h"
#include "parties/identifiers.h"
#include "review/reviewpage.h"
#include "security/signindialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QEventLoop>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace tj {

namespace {
const QSize kScreen(1366, 740); // a 1366×768 laptop minus the task bar

bool save(QWidget *w, const QString &dir, const QString &name)
{
    return saveScreen(w, dir, name);
}
} // namespace

bool saveScreen(QWidget *w, const QString &dir, const QString &name)
{
    w->show();
    QEventLoop loop;
    QTimer::singleShot(150, &loop, &QEventLoop::quit);
    loop.exec();
    const bool ok = w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "FAILED", qPrintable(name));
    return ok;
}

namespace {
QString bestLogin(Database &db, Role role, OrgTier tier)
{
    auto users = UserService(db).list();
    CaseService cases(db);
    QString best;
    qsizetype most = -1;
    if (!users)
        return best;
    for (const User &u : users.value()) {
        auto org = OrganisationService(db).find(u.orgCode);
        if (u.role != role || !org || org->tier != tier)
            continue;
        auto inbox = cases.inbox(Actor::system(), u.orgCode);
        if (inbox && inbox->size() > most) {
            most = inbox->size();
            best = u.login;
        }
    }
    return best;
}

QString richCase(Database &db, const QString &org)
{
    CaseFilter f;
    f.org = org;
    f.status = CaseStatus::InMediation;
    f.limit = 300;
    CaseService cases(db);
    auto page = cases.list(Actor::system(), f);
    QString best;
    qsizetype most = -1;
    // A case in mediation at the organisation itself with the longest history; failing that,
    // any case of its area.
    for (bool own : {true, false}) {
        if (!best.isEmpty())
            break;
        if (!own) {
            f.status.reset();
            page = cases.list(Actor::system(), f);
        }
        if (page)
            for (const Case &c : page->cases)
                if (auto h = cases.history(Actor::system(), c.id);
                    h && (!own || c.handlingOrg == org) && h->size() > most) {
                    most = h->size();
                    best = c.id;
                }
    }
    return best;
}

void fillIntake(IntakePage *intake)
{
    intake->discardDraft();
    intake->titleEdit()->setText(QStringLiteral("钱某等5名工人与某服饰有限公司追索劳动报酬纠纷"));
    intake->categoryBox()->setCurrentIndex(
        intake->categoryBox()->findData(QStringLiteral("劳动争议")));
    intake->subcategoryBox()->setCurrentText(QStringLiteral("农民工工资"));
    intake->factsEdit()->setPlainText(QStringLiteral(
        "5名工人在某服饰有限公司从事缝纫工作，公司拖欠2025年10月至12月工资，多次催要未果。"));
    intake->claimsEdit()->setPlainText(QStringLiteral("请求支付拖欠工资共计19300元。"));
    const char *names[] = {"钱秀英", "孙建国", "李红梅", "周立新", "吴秀兰"};
    QString rows = QStringLiteral("姓名\t身份证号\t电话\t金额\n");
    for (int i = 0; i < 5; ++i) {
        const QString first = QStringLiteral("1311211985%1%2%3")
                                  .arg(i + 3, 2, 10, QLatin1Char('0'))
                                  .arg(10 + i)
                                  .arg(100 + i * 7);
        // The fourth claimant's check character is typed wrong, as the form shows it.
        const QChar check = i == 3 ? QLatin1Char('0') == Identifiers::residentIdCheckChar(first)
                                         ? QLatin1Char('1')
                                         : QLatin1Char('0')
                                   : Identifiers::residentIdCheckChar(first);
        rows += QStringLiteral("%1\t%2%3\t1390318%4\t3860.00\n")
                    .arg(QString::fromUtf8(names[i]), first, check)
                    .arg(1234 + i);
    }
    intake->parties()->pasteClaimants(rows);
    intake->amountEdit()->setText(QStringLiteral("19300.00"));
}
bool shootTownshipDesk(Database &db, const QString &dir)
{
    bool ok = true;
    const QString staff = bestLogin(db, Role::Staff, OrgTier::Township);
    auto staffActor = UserService(db).actorFor(staff);
    if (staffActor) {
        MainWindow window(db, staffActor.value());
        window.resize(kScreen);
        window.tabs()->setCurrentWidget(window.caseList());
        ok &= save(&window, dir, QStringLiteral("caselist"));
        window.tabs()->setCurrentWidget(window.inbox());
        ok &= save(&window, dir, QStringLiteral("inbox"));
        fillIntake(window.newIntake());
        ok &= save(&window, dir, QStringLiteral("intake"));
        window.intakePage()->discardDraft();
        window.close();
    }
    return ok;
}

bool shootCasePage(Database &db, const QString &dir)
{
    bool ok = true;
    // A case in mediation at a township, seen by a user of that township.
    CaseFilter open;
    open.tier = CaseTier::Township;
    open.status = CaseStatus::InMediation;
    auto candidates = CaseService(db).list(Actor::system(), open);
    QString handler;
    if (candidates && !candidates->cases.isEmpty())
        if (auto users = UserService(db).list())
            for (const User &u : users.value())
                if (u.orgCode == candidates->cases.first().handlingOrg && u.role == Role::Staff)
                    handler = u.login;
    auto handlerActor = UserService(db).actorFor(handler);
    if (!handler.isEmpty() && handlerActor) {
        MainWindow window(db, handlerActor.value());
        window.resize(kScreen);
        const QString id = richCase(db, handlerActor->orgCode);
        if (CaseDetail *page = window.openCase(id)) {
            ok &= save(&window, dir, QStringLiteral("casepage"));
            page->tabs()->setCurrentIndex(2);
            ok &= save(&window, dir, QStringLiteral("casepage-history"));
            page->tabs()->setCurrentIndex(3);
            ok &= save(&window, dir, QStringLiteral("casepage-sessions"));
            CloseDialog close(page->record(), &window);
            AgreementEditor *a = close.agreementEditor();
            a->contentEdit()->setPlainText(
                QStringLiteral("被申请人分两期支付申请人款项共计135105元。"));
            a->obligationAmountEdit()->setText(QStringLiteral("135105.00"));
            a->addObligationButton()->click();
            a->instalmentAmountEdit()->setText(QStringLiteral("60000.00"));
            a->addInstalmentButton()->click();
            a->instalmentAmountEdit()->setText(QStringLiteral("75105.00"));
            a->addInstalmentButton()->click();
            a->tabs()->setCurrentIndex(1);
            ok &= save(&close, dir, QStringLiteral("close-settled"));
            close.hide();
            if (page->actionButton(CaseAction::Refer)) {
                QTimer::singleShot(300, [&] {
                    if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                        ok &= save(dialog, dir, QStringLiteral("refer"));
                        dialog->reject();
                    }
                });
                page->runAction(CaseAction::Refer);
            }
        }
        window.close();
    }
    return ok;
}

bool shootReview(Database &db, const QString &dir)
{
    bool ok = true;
    const QString judge = bestLogin(db, Role::Judge, OrgTier::Tribunal);
    auto judgeActor = UserService(db).actorFor(judge);
    if (judgeActor) {
        MainWindow window(db, judgeActor.value());
        window.resize(kScreen);
        ok &= save(&window, dir, QStringLiteral("review"));
        if (window.review()) {
            window.review()->queues()->setCurrentIndex(1);
            ok &= save(&window, dir, QStringLiteral("review-court-cases"));
        }
        window.close();
    }
    return ok;
}

} // namespace

bool takeScreenshots(Database &db, const QString &dir)
{
    QDir().mkpath(dir);
    bool ok = true;
    {
        SignInDialog signIn(db);
        signIn.resize(720, 600);
        // A township's staff member chosen: the dialog says where they work and what opens first.
        signIn.selectLogin(bestLogin(db, Role::Staff, OrgTier::Township));
        ok &= save(&signIn, dir, QStringLiteral("signin"));
    }
    ok &= shootTownshipDesk(db, dir);
    ok &= shootCasePage(db, dir);
    ok &= shootReview(db, dir);
    ok &= shootFilesAndConfirmations(db, dir);
    ok &= shootDesks(db, dir);
    return ok;
}

} // namespace tj
