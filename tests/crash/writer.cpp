// The writer of the crash test: performs case operations on a database until it is killed,
// printing one acknowledgement line per committed operation ("intake ID", "accept ID",
// "refer ID"), flushed at once, so the test knows what was durable before the kill.
#include "cases/caseservice.h"
#include "db/database.h"
#include "parties/identifiers.h"
#include "users/user.h"

#include <QCoreApplication>

#include <cstdio>

using namespace tj;

namespace {
CaseIntake intakeAt(const QString &org, int n)
{
    CaseIntake in;
    in.org = org;
    in.receivedOn = QDate(2026, 3, 2);
    in.category = QStringLiteral("邻里");
    in.title = QStringLiteral("相邻通行纠纷 %1").arg(n);
    in.facts = QStringLiteral("双方因通道通行问题发生争执。");
    Party a;
    a.role = PartyRole::Applicant;
    a.name = QStringLiteral("张某%1").arg(n);
    const QString first = QStringLiteral("13112119800101%1").arg(n % 1000, 3, 10, QLatin1Char('0'));
    a.idNumber = first + Identifiers::residentIdCheckChar(first);
    a.phone = QStringLiteral("13800000000");
    Party r;
    r.role = PartyRole::Respondent;
    r.name = QStringLiteral("李某%1").arg(n);
    in.parties = {a, r};
    return in;
}

void ack(const char *what, const QString &id)
{
    std::printf("%s %s\n", what, id.toUtf8().constData());
    std::fflush(stdout);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: tiaojie_crash_writer DB START\n");
        return 2;
    }
    auto db = Database::openSqlite(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        std::fprintf(stderr, "%s\n", db.error().message.toUtf8().constData());
        return 3;
    }
    const Actor mediator = UserService(*db.value()).actorFor(QStringLiteral("vma")).value();
    CaseService cases(*db.value());
    for (int n = std::atoi(argv[2]);; ++n) {
        auto c = cases.intake(mediator, intakeAt(QStringLiteral("QH-DS-A"), n));
        if (!c)
            return 1;
        ack("intake", c->record.id);
        if (!cases.accept(mediator, c->record.id))
            return 1;
        ack("accept", c->record.id);
        if (n % 2 == 0) {
            if (!cases.refer(mediator, c->record.id, QStringLiteral("QH-DS"), QStringLiteral("疑难")))
                return 1;
            ack("refer", c->record.id);
        }
    }
}
