#include "screenshots.h"

#include "admin/adminpage.h"
#include "cases/caseservice.h"
#include "common/workspace.h"
#include "deadlines/deadlinespage.h"
#include "ledger/ledgerimportdialog.h"
#include "mainwindow.h"
#include "orgs/organisation.h"
#include "settingsdialog.h"
#include "stats/statsdashboard.h"
#include "transfer/transferdialog.h"
#include "users/user.h"

#include <QDate>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace tj {

namespace {
const QSize kScreen(1366, 740);

QString loginWith(Database &db, Role role, std::optional<OrgTier> tier = std::nullopt)
{
    if (auto users = UserService(db).list())
        for (const User &u : users.value()) {
            if (u.role != role)
                continue;
            auto org = OrganisationService(db).find(u.orgCode);
            if (!tier || (org && org->tier == *tier))
                return u.login;
        }
    return {};
}

// A ledger kept in a spreadsheet by one of the county's villages, one row with a mistyped
// ID number (the dialog lists it and will not import).
QString sampleLedger(Database &db, const QDir &dir)
{
    QString village;
    if (auto orgs = OrganisationService(db).list())
        for (const Organisation &o : orgs.value())
            if (o.tier == OrgTier::Village) {
                village = o.code;
                break;
            }
    const QString path = dir.filePath(QStringLiteral("台账-2026.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    const QString rows =
        QStringLiteral("编号,登记单位,收案日期,纠纷类别,当事人,对方当事人,简要案情,调解结果,受理日期,"
                       "结案日期,协议金额,涉及金额,调解人员\n"
                       "1,%1,2026-03-02,邻里,张秀英(131121198001011232),李建国(131121197505122310),"
                       "两家因院墙外排水沟堵塞互相指责，雨天积水流入张家院内。,调解成功,2026-03-03,"
                       "2026-03-10,1500,1500,王调解、刘调解\n"
                       "2,%1,2026-03-15,婚姻家庭,赵桂兰,孙志强,赡养费给付纠纷，老人要求儿子按月给付赡养费。,"
                       "调解中,2026-03-16,,,0,\n"
                       "3,%1,2026-04-01,合同,周明(131121199003033457),青禾县某某农资有限公司,"
                       "购买化肥质量问题，要求退款并赔偿减产损失。,调解不成,2026-04-02,2026-04-20,,8600.50,"
                       "陈调解\n")
            .arg(village);
    file.write(rows.toUtf8());
    return path;
}

bool shootAdministration(Database &db, const QString &dir)
{
    bool ok = true;
    auto admin = UserService(db).actorFor(loginWith(db, Role::Admin));
    if (!admin) {
        std::fprintf(stderr, "FAILED administration: no administrator\n");
        return false;
    }
    MainWindow window(db, admin.value());
    window.resize(kScreen);
    AdminPage *page = window.administration();
    if (!page)
        return false;
    window.tabs()->setCurrentWidget(page);
    const char *names[] = {"admin-organisations", "admin-users", "admin-limits", "admin-holidays"};
    for (int i = 0; i < 4 && i < page->sections()->count(); ++i) {
        page->sections()->setCurrentIndex(i);
        ok &= saveScreen(&window, dir, QString::fromLatin1(names[i]));
    }
    for (int i = 4; i < page->sections()->count(); ++i) {
        page->sections()->setCurrentIndex(i);
        ok &= saveScreen(&window, dir, QStringLiteral("admin-%1").arg(i));
    }
    window.close();
    return ok;
}

bool shootTownshipDesks(Database &db, const QString &dir)
{
    bool ok = true;
    auto staff = UserService(db).actorFor(loginWith(db, Role::Staff, OrgTier::Township));
    if (!staff) {
        std::fprintf(stderr, "FAILED deadlines: no township staff\n");
        return false;
    }
    MainWindow window(db, staff.value());
    window.resize(kScreen);
    if (window.deadlines()) {
        // The page computes its list on a worker thread once it is shown.
        QEventLoop loop;
        QObject::connect(window.deadlines(), &DeadlinesPage::loaded, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        window.tabs()->setCurrentWidget(window.deadlines());
        window.show();
        if (window.deadlines()->isLoading())
            loop.exec();
        ok &= saveScreen(&window, dir, QStringLiteral("deadlines"));
    }

    // The statistics dashboard of the whole county (as the administrator and the county's
    // office read it) over the demo's two years, once its figures are in.
    {
        StatsDashboard stats(db, QString());
        stats.resize(kScreen);
        stats.setPeriod(QDate(QDate::currentDate().year() - 1, 1, 1), QDate::currentDate());
        QEventLoop loop;
        QObject::connect(&stats, &StatsDashboard::figuresReady, &loop, &QEventLoop::quit);
        QObject::connect(&stats, &StatsDashboard::failed, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        stats.show();
        if (stats.isComputing())
            loop.exec();
        ok &= saveScreen(&stats, dir, QStringLiteral("statistics"));
    }

    {
        TransferDialog transfer(window.workspace(), QString(), &window);
        ok &= saveScreen(&transfer, dir, QStringLiteral("transfer"));
    }
    {
        SettingsDialog settings(&window);
        ok &= saveScreen(&settings, dir, QStringLiteral("settings"));
    }
    QTemporaryDir tmp;
    const QString ledger = tmp.isValid() ? sampleLedger(db, QDir(tmp.path())) : QString();
    if (!ledger.isEmpty()) {
        LedgerImportDialog import(db, staff.value(), tmp.filePath(QStringLiteral("preset.json")),
                                  &window);
        import.load(ledger);
        import.resize(1200, 640);
        ok &= saveScreen(&import, dir, QStringLiteral("ledger-import"));
    } else {
        ok = false;
    }
    window.close();
    return ok;
}
} // namespace

bool shootDesks(Database &db, const QString &dir)
{
    bool ok = shootAdministration(db, dir);
    ok &= shootTownshipDesks(db, dir);
    return ok;
}

} // namespace tj
