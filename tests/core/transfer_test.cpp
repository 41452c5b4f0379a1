// Signed transfer packages between three installations (village laptop, township office,
// court), each with its own database file and device key. See docs/transfer.md.
#include "attachments/attachmentservice.h"
#include "db/query.h"
#include "transfer/deviceidentity.h"
#include "transfer/transferservice.h"

#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace tj;
using namespace tj::transfer;

namespace {

struct Site
{
    std::unique_ptr<QTemporaryDir> dir = std::make_unique<QTemporaryDir>();
    std::unique_ptr<Database> db;
    DeviceIdentity id;
};

/// Every field of every row that differs between two copies of a case.
QStringList differences(const QJsonObject &a, const QJsonObject &b)
{
    QStringList out;
    const QJsonObject ta = a.value(QStringLiteral("tables")).toObject();
    const QJsonObject tb = b.value(QStringLiteral("tables")).toObject();
    QStringList tables = ta.keys() + tb.keys();
    tables.removeDuplicates();
    for (const QString &t : tables) {
        const QJsonArray ra = ta.value(t).toArray();
        const QJsonArray rb = tb.value(t).toArray();
        if (ra.size() != rb.size()) {
            out << QStringLiteral("%1: %2 rows vs %3").arg(t).arg(ra.size()).arg(rb.size());
            continue;
        }
        for (int i = 0; i < ra.size(); ++i) {
            const QJsonObject x = ra.at(i).toObject();
            const QJsonObject y = rb.at(i).toObject();
            QStringList cols = x.keys() + y.keys();
            cols.removeDuplicates();
            for (const QString &c : cols)
                if (x.value(c) != y.value(c))
                    out << QStringLiteral("%1[%2].%3").arg(t).arg(i).arg(c);
        }
    }
    return out;
}

} // namespace

class TransferTest : public test::DbFixture
{
protected:
    void SetUp() override
    {
        DbFixture::SetUp();
        for (Site *s : {&village, &township, &court}) {
            ASSERT_TRUE(s->dir->isValid());
            auto db = Database::openSqlite(s->dir->filePath(QStringLiteral("tiaojie.sqlite")));
            ASSERT_OK(db);
            std::swap(m_db, db.value());
            buildSmallCounty();
            std::swap(m_db, db.value());
            s->db = std::move(db.value());
            auto id = DeviceIdentity::loadOrCreate(*s->db);
            ASSERT_OK(id);
            s->id = id.value();
        }
        buildSmallCounty(); // m_db: for actor() only; the same users exist at every site
        const Actor admin = actor(QStringLiteral("admin"));
        ASSERT_OK(TransferService(*village.db).trust(admin, QStringLiteral("QH-DS"),
                                                     township.id.publicKeyHex()));
        ASSERT_OK(TransferService(*township.db).trust(admin, QStringLiteral("QH-DS-A"),
                                                      village.id.publicKeyHex()));
        ASSERT_OK(TransferService(*township.db).trust(admin, QStringLiteral("QH-FT"),
                                                      court.id.publicKeyHex()));
        ASSERT_OK(TransferService(*court.db).trust(admin, QStringLiteral("QH-DS"),
                                                   township.id.publicKeyHex()));
    }

    QString villageCase(const QString &title = {})
    {
        CaseIntake in = sampleIntake(QStringLiteral("QH-DS-A"));
        if (!title.isEmpty())
            in.title = title;
        auto c = CaseService(*village.db).intake(vma(), in);
        EXPECT_OK(c);
        if (!c)
            return {};
        EXPECT_OK(CaseService(*village.db).accept(vma(), c->record.id, QDate(2026, 3, 3)));
        return c->record.id;
    }

    void referUp(const QString &id)
    {
        ASSERT_OK(CaseService(*village.db).refer(vma(), id, QStringLiteral("QH-DS"),
                                                 QStringLiteral("涉及多村，需镇里协调。"),
                                                 QDate(2026, 3, 5)));
    }

    QString path(Site &s, const QString &name) { return s.dir->filePath(name); }
    QString path(Site &s, const char *name) { return s.dir->filePath(QString::fromUtf8(name)); }

    QJsonObject content(Site &s, const QString &id)
    {
        auto c = TransferService::caseContent(s.db->connection(), id, nullptr);
        EXPECT_OK(c);
        return c ? c.value() : QJsonObject();
    }

    int count(Site &s, const QString &table)
    {
        Query q(s.db->connection(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(table),
                Query::Trusted);
        EXPECT_OK(q.exec());
        return q.next() ? q.value(0).toInt() : -1;
    }

    /// Counts of every table an import writes (the audit trail aside).
    QString state(Site &s)
    {
        QStringList out;
        for (const char *t :
             {"cases", "parties", "sessions", "referrals", "case_events", "attachments",
              "attachment_files", "transfer_packages", "transfer_sequences",
              "transfer_case_state", "transfer_custody", "transfer_review", "case_counts"})
            out << QStringLiteral("%1=%2").arg(QLatin1String(t)).arg(count(s, QLatin1String(t)));
        Query q(s.db->connection(), "SELECT COALESCE(group_concat(version || updated_at), '') "
                                    "FROM cases");
        EXPECT_OK(q.exec());
        out << (q.next() ? q.value(0).toString() : QString());
        return out.join(u' ');
    }

    Actor vma() { return actor(QStringLiteral("vma")); }
    Actor staff() { return actor(QStringLiteral("staff")); }
    Actor judge() { return actor(QStringLiteral("judge")); }

    Site village, township, court;
};

TEST_F(TransferTest, RoundTripVillageTownshipCourtAndBackWithAttachments)
{
    const QString id = villageCase();
    ASSERT_FALSE(id.isEmpty());
    SessionInput session;
    session.date = QDate(2026, 3, 4);
    session.place = QStringLiteral("村委会");
    session.mediators = {QStringLiteral("王调解员")};
    session.record = QStringLiteral("双方各自陈述，未达成一致。");
    ASSERT_OK(CaseService(*village.db).addSession(vma(), id, session));
    AttachmentInput photo;
    photo.content = QByteArray("\x89PNG\r\n\x1a\n fake photo bytes \x00\x01\x02", 30);
    photo.fileName = QStringLiteral("通道照片.png");
    ASSERT_OK(AttachmentService(*village.db).add(vma(), id, photo));
    referUp(id);

    // Village → township (referral).
    auto up = TransferService(*village.db).exportCases(vma(), {id}, {}, path(village, "up.tjp"));
    ASSERT_OK(up);
    EXPECT_EQ(up->kind, QStringLiteral("referral"));
    EXPECT_EQ(up->recipientOrg, QStringLiteral("QH-DS"));
    EXPECT_EQ(up->seq, 1);
    auto in1 = TransferService(*township.db).import(staff(), up->path);
    ASSERT_OK(in1);
    EXPECT_EQ(in1->newCases, QStringList{id});
    EXPECT_EQ(in1->files, 1);
    EXPECT_EQ(differences(content(village, id), content(township, id)), QStringList());

    // Custody: the village's copy is read-only until the case comes back.
    auto blocked = CaseService(*village.db).addSession(Actor::system(), id, session);
    ASSERT_FALSE(blocked.ok());
    EXPECT_EQ(blocked.error().kind, ErrorKind::Rule);
    EXPECT_EQ(count(village, QStringLiteral("sessions")), 1);
    {
        Query direct(village.db->connection(),
                     "UPDATE cases SET title = 'changed behind core' WHERE id = :id");
        direct.bind("id", id);
        EXPECT_FALSE(direct.exec().ok()) << "the trigger holds custody too";
    }

    // The receipt goes back and marks the package delivered at the village.
    ASSERT_FALSE(in1->receiptPath.isEmpty());
    auto receipt = TransferService(*village.db).import(vma(), in1->receiptPath);
    ASSERT_OK(receipt);
    EXPECT_EQ(receipt->deliveredPackage, up->packageId);
    {
        Query q(village.db->connection(),
                "SELECT delivered_at IS NOT NULL FROM transfer_packages WHERE package_id = :p");
        q.bind("p", up->packageId);
        ASSERT_OK(q.exec());
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), 1);
    }
    auto again = TransferService(*village.db).import(vma(), in1->receiptPath);
    ASSERT_OK(again);
    EXPECT_TRUE(again->duplicate);

    // Township receives, holds a session, refers up to the tribunal.
    ASSERT_OK(CaseService(*township.db).receive(staff(), id, QDate(2026, 3, 6)));
    session.date = QDate(2026, 3, 8);
    session.place = QStringLiteral("镇调解中心");
    ASSERT_OK(CaseService(*township.db).addSession(staff(), id, session));
    ASSERT_OK(CaseService(*township.db).refer(staff(), id, QStringLiteral("QH-FT"),
                                              QStringLiteral("需司法确认指导。"), QDate(2026, 3, 9)));
    auto up2 = TransferService(*township.db).exportCases(staff(), {id}, {}, path(township, "up2.tjp"));
    ASSERT_OK(up2);
    auto in2 = TransferService(*court.db).import(judge(), up2->path);
    ASSERT_OK(in2);
    EXPECT_EQ(in2->newCases, QStringList{id});
    EXPECT_EQ(differences(content(township, id), content(court, id)), QStringList());

    // The tribunal sends it back down; the township then returns it to the village.
    ASSERT_OK(CaseService(*court.db).returnToSender(judge(), id, QStringLiteral("由镇里继续调解。"),
                                                    QDate(2026, 3, 10)));
    auto down = TransferService(*court.db).exportCases(judge(), {id}, QStringLiteral("QH-DS"),
                                                       path(court, "down.tjp"));
    ASSERT_OK(down);
    EXPECT_EQ(down->kind, QStringLiteral("return"));
    auto in3 = TransferService(*township.db).import(staff(), down->path);
    ASSERT_OK(in3);
    EXPECT_EQ(in3->updatedCases, QStringList{id});
    EXPECT_EQ(differences(content(court, id), content(township, id)), QStringList());

    auto back = TransferService(*township.db).exportCases(staff(), {id}, QStringLiteral("QH-DS-A"),
                                                          path(township, "back.tjp"));
    ASSERT_OK(back);
    auto in4 = TransferService(*village.db).import(vma(), back->path);
    ASSERT_OK(in4);
    EXPECT_EQ(in4->updatedCases, QStringList{id});
    const QStringList diff = differences(content(township, id), content(village, id));
    EXPECT_EQ(diff, QStringList());
    EXPECT_EQ(differences(content(court, id), content(village, id)), QStringList());
    EXPECT_EQ(count(village, QStringLiteral("sessions")), 2);
    auto away = TransferService::isAway(village.db->connection(), id);
    ASSERT_OK(away);
    EXPECT_FALSE(*away) << "custody came back with the case";

    // The attachment's content arrived byte for byte.
    auto list = AttachmentService(*village.db).list(vma(), id);
    ASSERT_OK(list);
    ASSERT_EQ(list->size(), 1);
    auto bytes = AttachmentService(*court.db).read(judge(), list->first().id, false);
    ASSERT_OK(bytes);
    EXPECT_EQ(*bytes, photo.content);
}

TEST_F(TransferTest, DoubleImportChangesNothing)
{
    const QString id = villageCase();
    referUp(id);
    auto up = TransferService(*village.db).exportCases(vma(), {id}, {}, path(village, "p.tjp"));
    ASSERT_OK(up);
    ImportOptions first;
    first.receiptPath = path(township, "r1.tjp");
    ASSERT_OK(TransferService(*township.db).import(staff(), up->path, first));
    const QString before = state(township);
    auto second = TransferService(*township.db).import(staff(), up->path);
    ASSERT_OK(second);
    EXPECT_TRUE(second->duplicate);
    EXPECT_FALSE(second->applied);
    EXPECT_EQ(state(township), before);
}

TEST_F(TransferTest, GapAndOutOfOrderAreReported)
{
    QStringList files;
    for (int i = 1; i <= 5; ++i) {
        const QString id = villageCase(QStringLiteral("第%1件").arg(i));
        referUp(id);
        auto p = TransferService(*village.db).exportCases(vma(), {id}, {},
                                                          path(village, QStringLiteral("p%1.tjp").arg(i)));
        ASSERT_OK(p);
        EXPECT_EQ(p->seq, i);
        files << p->path;
    }
    TransferService t(*township.db);
    ASSERT_OK(t.import(staff(), files[0]));
    const QString before = state(township);
    auto gap = t.import(staff(), files[2]);
    ASSERT_FALSE(gap.ok());
    EXPECT_EQ(gap.error().kind, ErrorKind::Rule);
    EXPECT_TRUE(gap.error().message.contains(QStringLiteral("expected number 2")))
        << gap.error().message.toStdString();
    EXPECT_TRUE(gap.error().message.contains(QStringLiteral("got 3")));
    EXPECT_EQ(state(township), before);
    ASSERT_OK(t.import(staff(), files[1]));
    ASSERT_OK(t.import(staff(), files[2]));
    // An explicitly accepted gap is applied with a warning; the skipped package is then late.
    ImportOptions accept;
    accept.acceptGap = true;
    auto skipped = t.import(staff(), files[4], accept);
    ASSERT_OK(skipped);
    EXPECT_FALSE(skipped->warning.isEmpty());
    auto late = t.import(staff(), files[3]);
    ASSERT_FALSE(late.ok());
    EXPECT_TRUE(late.error().message.contains(QStringLiteral("out of order")));
    Query q(township.db->connection(),
            "SELECT COUNT(*) FROM audit_log WHERE action = 'package.import' AND result = 'failed'");
    ASSERT_OK(q.exec());
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 2);
}

TEST_F(TransferTest, TamperedPackagesAreRejectedWithNothingWritten)
{
    const QString id = villageCase();
    AttachmentInput a;
    a.content = QByteArray(3000, 'x');
    a.fileName = QStringLiteral("scan.pdf");
    ASSERT_OK(AttachmentService(*village.db).add(vma(), id, a));
    referUp(id);
    auto p = TransferService(*village.db).exportCases(vma(), {id}, {}, path(village, "p.tjp"));
    ASSERT_OK(p);
    QFile f(p->path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray good = f.readAll();
    ASSERT_GT(good.size(), 3000);
    const QString before = state(township);
    const QString bad = path(township, "bad.tjp");
    const auto tryImport = [&](const QByteArray &bytes) {
        QFile::remove(bad);
        QFile out(bad);
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        return TransferService(*township.db).import(staff(), bad);
    };
    int rejected = 0;
    const int positions = 200;
    for (int i = 0; i < positions; ++i) {
        // Spread over the file, with the header and the tail covered densely.
        const qint64 pos = i < 60 ? i : i >= 180 ? good.size() - (200 - i) : (qint64(good.size()) * i) / positions;
        QByteArray copy = good;
        copy[pos] = char(copy[pos] ^ 0x01);
        auto r = tryImport(copy);
        if (!r.ok())
            ++rejected;
        else
            ADD_FAILURE() << "flipped byte " << pos << " was accepted";
    }
    EXPECT_EQ(rejected, positions);
    for (int i = 0; i < 20; ++i) {
        const qint64 len = (qint64(good.size()) * i) / 20;
        EXPECT_FALSE(tryImport(good.left(len)).ok()) << "truncated to " << len;
    }
    EXPECT_FALSE(tryImport(good + QByteArray("x")).ok()) << "a trailing byte";
    EXPECT_EQ(state(township), before);
    // The intact package still imports.
    ASSERT_OK(tryImport(good));
    EXPECT_NE(state(township), before);
}

TEST_F(TransferTest, UntrustedOrRevokedKeyIsRefused)
{
    Site stranger;
    {
        auto db = Database::openSqlite(stranger.dir->filePath(QStringLiteral("x.sqlite")));
        ASSERT_OK(db);
        std::swap(m_db, db.value());
        buildSmallCounty();
        std::swap(m_db, db.value());
        stranger.db = std::move(db.value());
    }
    CaseIntake in = sampleIntake(QStringLiteral("QH-DS-A"));
    auto c = CaseService(*stranger.db).intake(vma(), in);
    ASSERT_OK(c);
    ASSERT_OK(CaseService(*stranger.db).accept(vma(), c->record.id, QDate(2026, 3, 3)));
    ASSERT_OK(CaseService(*stranger.db).refer(vma(), c->record.id, QStringLiteral("QH-DS"),
                                              QStringLiteral("理由"), QDate(2026, 3, 5)));
    auto p = TransferService(*stranger.db).exportCases(vma(), {c->record.id}, {},
                                                       path(township, "s.tjp"));
    ASSERT_OK(p);
    const QString before = state(township);
    auto r = TransferService(*township.db).import(staff(), p->path);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("does not trust")));
    auto v = TransferService(*township.db).verify(staff(), p->path);
    EXPECT_FALSE(v.ok());
    EXPECT_EQ(state(township), before);

    // A revoked key no longer opens packages either.
    const QString id = villageCase();
    referUp(id);
    auto good = TransferService(*village.db).exportCases(vma(), {id}, {}, path(village, "g.tjp"));
    ASSERT_OK(good);
    ASSERT_OK(TransferService(*township.db).revoke(actor(QStringLiteral("admin")), village.id.deviceId));
    EXPECT_FALSE(TransferService(*township.db).import(staff(), good->path).ok());
    EXPECT_EQ(state(township), before);
}

TEST_F(TransferTest, TrustOnlyAboveOrBelowAndOnlyByAnAdministrator)
{
    TransferService t(*village.db);
    EXPECT_EQ(t.trust(vma(), QStringLiteral("QH-DS"), court.id.publicKeyHex()).error().kind,
              ErrorKind::Denied);
    ASSERT_OK(UserService(*village.db).add(
        User{QStringLiteral("vadmin"), QStringLiteral("村管理员"), QStringLiteral("QH-DS-A"), Role::Admin}));
    auto vadmin = UserService(*village.db).actorFor(QStringLiteral("vadmin"));
    ASSERT_OK(vadmin);
    auto sideways = t.trust(*vadmin, QStringLiteral("QH-DS-B"), court.id.publicKeyHex());
    ASSERT_FALSE(sideways.ok());
    EXPECT_EQ(sideways.error().kind, ErrorKind::Rule);
    EXPECT_FALSE(t.trust(*vadmin, QStringLiteral("QH-DS-A"), court.id.publicKeyHex()).ok());
    EXPECT_FALSE(t.trust(*vadmin, QStringLiteral("QH-FY"), QStringLiteral("abcd")).ok());
    ASSERT_OK(t.trust(*vadmin, QStringLiteral("QH-FY"), court.id.publicKeyHex()));
    Query q(village.db->connection(),
            "SELECT COUNT(*) FROM audit_log WHERE action = 'device.trust' AND result = 'ok'");
    ASSERT_OK(q.exec());
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 2); // the fixture's and this one

    // The secret key stays outside the database, readable by the owner only.
    const QFileInfo key(DeviceIdentity::keyFilePath(*village.db));
    ASSERT_TRUE(key.exists());
    EXPECT_EQ(key.size(), 64);
    EXPECT_EQ(int(key.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup
                                       | QFile::WriteOther)),
              0);
    EXPECT_EQ(village.id.fingerprint().size(), 29); // six groups of four, five dashes
}

TEST_F(TransferTest, ChangedOnBothSidesGoesToReviewAndResolveWorks)
{
    const QString id = villageCase();
    referUp(id);
    auto up = TransferService(*village.db).exportCases(vma(), {id}, {}, path(village, "up.tjp"));
    ASSERT_OK(up);
    ASSERT_OK(TransferService(*township.db).import(staff(), up->path));
    ASSERT_OK(CaseService(*township.db).receive(staff(), id, QDate(2026, 3, 6)));
    // The village's copy is released outside the package flow (a restored backup from before
    // the export), and changed there.
    {
        Query q(village.db->connection(), "DELETE FROM transfer_custody WHERE case_id = :c");
        q.bind("c", id);
        ASSERT_OK(q.exec());
    }
    ASSERT_OK(CaseService(*village.db).returnToSender(Actor::system(), id, QStringLiteral("撤回"),
                                                      QDate(2026, 3, 6)));
    const QJsonObject mine = content(village, id);
    auto back = TransferService(*township.db).exportCases(staff(), {id}, QStringLiteral("QH-DS-A"),
                                                          path(township, "back.tjp"));
    ASSERT_OK(back);
    auto preview = TransferService(*village.db).verify(vma(), back->path);
    ASSERT_OK(preview);
    EXPECT_EQ(preview->queuedCases, QStringList{id});
    auto in = TransferService(*village.db).import(vma(), back->path);
    ASSERT_OK(in);
    EXPECT_EQ(in->queuedCases, QStringList{id});
    EXPECT_EQ(differences(content(village, id), mine), QStringList()) << "nothing overwritten";
    auto queue = TransferService(*village.db).reviewQueue(vma());
    ASSERT_OK(queue);
    ASSERT_EQ(queue->size(), 1);
    ASSERT_OK(TransferService(*village.db).resolve(Actor::system(), queue->first().id, true));
    EXPECT_EQ(differences(content(village, id), content(township, id)), QStringList());
    auto empty = TransferService(*village.db).reviewQueue(vma());
    ASSERT_OK(empty);
    EXPECT_TRUE(empty->isEmpty());
    EXPECT_FALSE(TransferService(*village.db).resolve(Actor::system(), queue->first().id, false).ok());
}

// Figures for docs/transfer.md: TIAOJIE_TRANSFER_BENCH=1 to run.
TEST_F(TransferTest, Measure200Cases)
{
    if (qEnvironmentVariableIsEmpty("TIAOJIE_TRANSFER_BENCH"))
        GTEST_SKIP() << "set TIAOJIE_TRANSFER_BENCH=1 to measure";
    QStringList ids;
    for (int i = 0; i < 200; ++i) {
        const QString id = villageCase(QStringLiteral("第%1件").arg(i));
        AttachmentInput a;
        a.content = QByteArray(20000, char('a' + i % 26)) + QByteArray::number(i);
        a.fileName = QStringLiteral("photo.jpg");
        ASSERT_OK(AttachmentService(*village.db).add(vma(), id, a));
        ids << id;
    }
    QElapsedTimer t;
    t.start();
    auto p = TransferService(*village.db).exportCases(vma(), ids, QStringLiteral("QH-DS"),
                                                      path(village, "200.tjp"));
    ASSERT_OK(p);
    const qint64 exportMs = t.restart();
    auto in = TransferService(*township.db).import(staff(), p->path);
    ASSERT_OK(in);
    const qint64 importMs = t.elapsed();
    EXPECT_EQ(in->newCases.size(), 200);
    std::printf("200 cases (each 2 parties, one 20 kB attachment): package %lld bytes, export %lld ms, "
                "import %lld ms\n",
                p->bytes, exportMs, importMs);
}
