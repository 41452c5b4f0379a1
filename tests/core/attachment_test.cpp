#include "agreements/agreementservice.h"
#include "agreements/confirmation.h"
#include "attachments/attachmentservice.h"
#include "db/query.h"
#include "security/audit.h"
#include "security/settings.h"

#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

using namespace tj;

class AttachmentTest : public test::DbFixture
{
protected:
    void SetUp() override
    {
        DbFixture::SetUp();
        buildSmallCounty();
        auto c = CaseService(*m_db).intake(actor(QStringLiteral("vma")),
                                           sampleIntake(QStringLiteral("QH-DS-A")));
        ASSERT_OK(c);
        m_id = c->record.id;
        ASSERT_OK(CaseService(*m_db).accept(actor(QStringLiteral("vma")), m_id, QDate(2026, 3, 3)));
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }

    int count(const char *sql)
    {
        Query q(m_db->connection(), sql, Query::Trusted);
        EXPECT_TRUE(q.exec().ok());
        return q.next() ? q.value(0).toInt() : -1;
    }

    int auditCount(const QString &action, const QString &result = QStringLiteral("ok"))
    {
        Query q(m_db->connection(),
                "SELECT COUNT(*) FROM audit_log WHERE action = :a AND result = :r");
        q.bind("a", action).bind("r", result);
        EXPECT_TRUE(q.exec().ok());
        return q.next() ? q.value(0).toInt() : -1;
    }

    AttachmentInput input(const QString &path, const QString &kind = QStringLiteral("evidence"))
    {
        AttachmentInput in;
        in.path = path;
        in.kind = kind;
        return in;
    }

    void settle()
    {
        CloseInput close;
        close.outcome = Outcome::Settled;
        close.on = QDate(2026, 3, 10);
        AgreementInput a;
        a.content = QStringLiteral("被申请人于2026年4月30日前支付5000元。");
        a.obligations = {Obligation{QStringLiteral("青禾县某某服饰有限公司"), QStringLiteral("张某某"),
                                    500000, {Instalment{QDate(2026, 4, 30), 500000}}}};
        a.signatures = {Signature{QStringLiteral("张某某"), close.on, {}},
                        Signature{QStringLiteral("青禾县某某服饰有限公司"), close.on, {}}};
        close.agreement = a;
        ASSERT_OK(CaseService(*m_db).close(actor(QStringLiteral("vma")), m_id, close));
    }

    QString m_id;
};

TEST_F(AttachmentTest, AddedFileIsListedWithItsHashReadBackAndAddedOnlyOncePerCase)
{
    const QByteArray photo = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(3000, 'x');
    const QString path = writeFile(QStringLiteral("现场照片.png"), photo);
    AttachmentService files(*m_db);
    AttachmentInput in = input(path);
    in.note = QStringLiteral("  围墙倒塌处 ");
    auto added = files.add(actor(QStringLiteral("vma")), m_id, in);
    ASSERT_OK(added);
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toHex());
    EXPECT_EQ(added->sha256, sha);
    EXPECT_EQ(added->size, photo.size());
    EXPECT_EQ(added->fileName, QStringLiteral("现场照片.png"));
    EXPECT_EQ(added->mime, QStringLiteral("image/png"));
    EXPECT_EQ(added->note, QStringLiteral("围墙倒塌处"));
    EXPECT_EQ(added->addedOrg, QStringLiteral("QH-DS-A"));
    EXPECT_FALSE(added->duplicate);

    auto again = files.add(actor(QStringLiteral("vma")), m_id, input(path, QStringLiteral("other")));
    ASSERT_OK(again);
    EXPECT_TRUE(again->duplicate);
    EXPECT_EQ(again->id, added->id);
    EXPECT_EQ(again->kind, QStringLiteral("evidence"));

    auto list = files.list(actor(QStringLiteral("staff")), m_id); // the township above reads it
    ASSERT_OK(list);
    ASSERT_EQ(list->size(), 1);
    EXPECT_EQ(list->first().sha256, sha);
    auto bytes = files.read(actor(QStringLiteral("vma")), added->id);
    ASSERT_OK(bytes);
    EXPECT_EQ(bytes.value(), photo);

    EXPECT_EQ(count("SELECT COUNT(*) FROM attachments"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM attachment_files"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM case_events WHERE action = 'attachment_add'"), 1);
    EXPECT_EQ(auditCount(QStringLiteral("attachment.add")), 1);
    EXPECT_EQ(auditCount(QStringLiteral("attachment.list")), 1);
    EXPECT_EQ(auditCount(QStringLiteral("attachment.read")), 1);
    EXPECT_TRUE(AuditLog(m_db->connection()).verify()->intact);
}

TEST_F(AttachmentTest, ExportWritesIdenticalBytesWithoutOverwriting)
{
    const QByteArray scan = QByteArray("%PDF-1.4\n") + QByteArray(5000, '\1');
    auto added = AttachmentService(*m_db).add(actor(QStringLiteral("vma")), m_id,
                                              input(writeFile(QStringLiteral("协议.pdf"), scan)));
    ASSERT_OK(added);
    EXPECT_EQ(added->mime, QStringLiteral("application/pdf"));
    QDir out(m_dir.filePath(QStringLiteral("out")));
    ASSERT_TRUE(out.mkpath(QStringLiteral(".")));
    AttachmentService files(*m_db);
    auto first = files.exportTo(actor(QStringLiteral("vma")), added->id, out.path());
    ASSERT_OK(first);
    auto second = files.exportTo(actor(QStringLiteral("vma")), added->id, out.path());
    ASSERT_OK(second);
    EXPECT_EQ(QFileInfo(first.value()).fileName(), QStringLiteral("协议.pdf"));
    EXPECT_EQ(QFileInfo(second.value()).fileName(), QStringLiteral("协议 (2).pdf"));
    for (const QString &p : {first.value(), second.value()}) {
        QFile f(p);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        EXPECT_EQ(f.readAll(), scan);
    }
    EXPECT_EQ(out.entryList(QDir::Files).size(), 2); // no temporary file left behind
    EXPECT_EQ(auditCount(QStringLiteral("attachment.export")), 2);
    EXPECT_FALSE(files.exportTo(actor(QStringLiteral("vma")), added->id,
                                m_dir.filePath(QStringLiteral("missing")))
                     .ok());
    auto outsider = files.exportTo(actor(QStringLiteral("xhstaff")), added->id, out.path());
    ASSERT_FALSE(outsider.ok());
    EXPECT_EQ(outsider.error().kind, ErrorKind::Denied);
    EXPECT_EQ(out.entryList(QDir::Files).size(), 2);
}

TEST_F(AttachmentTest, OnlyTheOrganisationHoldingTheCaseAddsFiles)
{
    const QString path = writeFile(QStringLiteral("收据.jpg"), QByteArray("\xff\xd8\xff\xe0", 4) + "jpeg");
    AttachmentService files(*m_db);
    auto above = files.add(actor(QStringLiteral("staff")), m_id, input(path));
    ASSERT_FALSE(above.ok());
    EXPECT_EQ(above.error().kind, ErrorKind::Denied);
    auto outside = files.add(actor(QStringLiteral("xhstaff")), m_id, input(path));
    ASSERT_FALSE(outside.ok());
    EXPECT_EQ(outside.error().kind, ErrorKind::Denied);
    EXPECT_FALSE(files.list(actor(QStringLiteral("xhstaff")), m_id).ok());
    EXPECT_FALSE(files.add(actor(QStringLiteral("admin")), m_id, input(path)).ok());
    EXPECT_EQ(auditCount(QStringLiteral("attachment.add"), QStringLiteral("denied")), 3);

    // Referred: the village keeps custody until the township receives the case.
    CaseService cases(*m_db);
    ASSERT_OK(cases.refer(actor(QStringLiteral("vma")), m_id, QStringLiteral("QH-DS"),
                          QStringLiteral("复杂"), QDate(2026, 3, 4)));
    EXPECT_FALSE(files.add(actor(QStringLiteral("staff")), m_id, input(path)).ok());
    ASSERT_OK(files.add(actor(QStringLiteral("vma")), m_id, input(path)));
    ASSERT_OK(cases.receive(actor(QStringLiteral("staff")), m_id, QDate(2026, 3, 5)));
    EXPECT_FALSE(files.add(actor(QStringLiteral("vma")), m_id,
                           input(writeFile(QStringLiteral("b.txt"), "later")))
                     .ok());
    auto township = files.add(actor(QStringLiteral("staff")), m_id,
                              input(writeFile(QStringLiteral("b.txt"), "later")));
    ASSERT_OK(township);
    EXPECT_EQ(township->addedOrg, QStringLiteral("QH-DS"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM attachments"), 2);
}

TEST_F(AttachmentTest, SettledCaseTakesAgreementScansAndReceiptsButNoNewEvidence)
{
    settle();
    AttachmentService files(*m_db);
    const QString path = writeFile(QStringLiteral("签字协议.jpg"), "signed agreement scan");
    auto evidence = files.add(actor(QStringLiteral("vma")), m_id, input(path));
    ASSERT_FALSE(evidence.ok());
    EXPECT_EQ(evidence.error().kind, ErrorKind::Rule);
    ASSERT_OK(files.add(actor(QStringLiteral("vma")), m_id, input(path, QStringLiteral("agreement_scan"))));
    ASSERT_OK(files.add(actor(QStringLiteral("vma")), m_id,
                        input(writeFile(QStringLiteral("r.jpg"), "receipt"), QStringLiteral("receipt"))));
    EXPECT_EQ(files.add(actor(QStringLiteral("vmb")), m_id,
                        input(writeFile(QStringLiteral("x.jpg"), "x"), QStringLiteral("receipt")))
                  .error()
                  .kind,
              ErrorKind::Denied);
    EXPECT_EQ(count("SELECT COUNT(*) FROM attachments"), 2);
}

TEST_F(AttachmentTest, WithdrawnCaseTakesNoFiles)
{
    CloseInput close;
    close.outcome = Outcome::Withdrawn;
    close.reason = QStringLiteral("申请人撤回");
    close.on = QDate(2026, 3, 6);
    ASSERT_OK(CaseService(*m_db).close(actor(QStringLiteral("vma")), m_id, close));
    auto r = AttachmentService(*m_db).add(actor(QStringLiteral("vma")), m_id,
                                          input(writeFile(QStringLiteral("a.txt"), "a"),
                                                QStringLiteral("other")));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::Rule);
}

TEST_F(AttachmentTest, BadInputIsRefusedAndNothingIsStored)
{
    AttachmentService files(*m_db);
    ASSERT_OK(Settings(*m_db).set(Actor::system(), Settings::kAttachmentMaxMb, QStringLiteral("1")));
    EXPECT_EQ(files.maxBytes(), 1024 * 1024);
    const QString big = writeFile(QStringLiteral("big.bin"), QByteArray(1024 * 1024 + 1, 'b'));
    auto tooBig = files.add(actor(QStringLiteral("vma")), m_id, input(big));
    ASSERT_FALSE(tooBig.ok());
    EXPECT_EQ(tooBig.error().kind, ErrorKind::Validation);
    EXPECT_TRUE(tooBig.error().message.contains(QStringLiteral("big.bin")));
    EXPECT_FALSE(files.add(actor(QStringLiteral("vma")), m_id,
                           input(writeFile(QStringLiteral("empty.txt"), QByteArray())))
                     .ok());
    EXPECT_FALSE(files.add(actor(QStringLiteral("vma")), m_id,
                           input(m_dir.filePath(QStringLiteral("nothing.jpg"))))
                     .ok());
    auto kind = files.add(actor(QStringLiteral("vma")), m_id,
                          input(writeFile(QStringLiteral("a.txt"), "a"), QStringLiteral("photo")));
    ASSERT_FALSE(kind.ok());
    EXPECT_EQ(kind.error().kind, ErrorKind::Validation);
    EXPECT_FALSE(Settings(*m_db).set(Actor::system(), Settings::kAttachmentMaxMb,
                                     QStringLiteral("0")).ok());
    EXPECT_EQ(count("SELECT COUNT(*) FROM attachments"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM attachment_files"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM case_events WHERE action = 'attachment_add'"), 0);
}

TEST_F(AttachmentTest, DamagedContentIsReportedOnReadAndNotExported)
{
    AttachmentService files(*m_db);
    auto added = files.add(actor(QStringLiteral("vma")), m_id,
                           input(writeFile(QStringLiteral("照片.jpg"), "original bytes")));
    ASSERT_OK(added);
    // Stored contents are immutable by trigger; a damaged disk page does not ask.
    Query update(m_db->connection(), "UPDATE attachment_files SET content = :c");
    update.bind("c", QByteArray("original bytez"));
    EXPECT_FALSE(update.exec().ok());
    Query drop(m_db->connection(),
               test::onPostgres() ? "DROP TRIGGER attachment_files_immutable ON attachment_files"
                                  : "DROP TRIGGER attachment_files_immutable",
               Query::Trusted);
    ASSERT_TRUE(drop.exec().ok());
    ASSERT_TRUE(update.exec().ok());

    auto read = files.read(actor(QStringLiteral("vma")), added->id);
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().kind, ErrorKind::Storage);
    EXPECT_TRUE(read.error().message.contains(QStringLiteral("照片.jpg")));
    EXPECT_EQ(auditCount(QStringLiteral("attachment.read"), QStringLiteral("failed")), 1);
    QDir out(m_dir.filePath(QStringLiteral("out")));
    ASSERT_TRUE(out.mkpath(QStringLiteral(".")));
    EXPECT_FALSE(files.exportTo(actor(QStringLiteral("vma")), added->id, out.path()).ok());
    EXPECT_TRUE(out.entryList(QDir::Files).isEmpty());
}

// Follow-up visits say how and whom they reached; a rejected confirmation gives its reasons.
TEST_F(AttachmentTest, VisitRecordsMethodAndPersonAndRejectionNeedsReasons)
{
    settle();
    AgreementService agreements(*m_db);
    VisitInput v;
    v.on = QDate(2026, 5, 3);
    v.performance = QStringLiteral("partly");
    v.satisfaction = 4;
    v.method = QStringLiteral("by_letter");
    EXPECT_EQ(agreements.visit(actor(QStringLiteral("vma")), m_id, v).error().kind,
              ErrorKind::Validation);
    v.method = QStringLiteral("phone");
    v.visited = QStringLiteral("张某某");
    v.note = QStringLiteral("已付3000元");
    ASSERT_OK(agreements.visit(actor(QStringLiteral("vma")), m_id, v));
    auto view = agreements.show(actor(QStringLiteral("vma")), m_id, QDate(2026, 5, 3));
    ASSERT_OK(view);
    ASSERT_EQ(view->agreement.visits.size(), 1);
    EXPECT_EQ(view->agreement.visits[0].method, QStringLiteral("phone"));
    EXPECT_EQ(view->agreement.visits[0].visited, QStringLiteral("张某某"));
    EXPECT_EQ(view->agreement.visits[0].satisfaction, 4);

    ConfirmationService confirm(*m_db);
    ASSERT_OK(confirm.apply(actor(QStringLiteral("vma")), m_id, QDate(2026, 3, 12)));
    auto queue = confirm.pending(actor(QStringLiteral("judge")));
    ASSERT_OK(queue);
    ASSERT_EQ(queue->size(), 1);
    EXPECT_TRUE(queue->first().awaitingAcceptance());
    EXPECT_EQ(queue->first().acceptanceDue.date, QDate(2026, 3, 16)); // 03-15 is a Sunday
    EXPECT_TRUE(confirm.pending(actor(QStringLiteral("courtjudge")))->isEmpty());
    EXPECT_EQ(confirm.pending(actor(QStringLiteral("vma"))).error().kind, ErrorKind::Denied);
    ASSERT_OK(confirm.accept(actor(QStringLiteral("judge")), m_id, QDate(2026, 3, 13)));
    EXPECT_EQ(confirm.pending(actor(QStringLiteral("judge")))->first().rulingDue.date,
              QDate(2026, 3, 30)); // 03-28 is a Saturday
    EXPECT_EQ(confirm.rule(actor(QStringLiteral("judge")), m_id, QStringLiteral("rejected"),
                           QDate(2026, 3, 20), {}, QStringLiteral("  "))
                  .error()
                  .kind,
              ErrorKind::Validation);
    auto ruled = confirm.rule(actor(QStringLiteral("judge")), m_id, QStringLiteral("rejected"),
                              QDate(2026, 3, 20), QStringLiteral("（2026）青0101民特3号"),
                              QStringLiteral("协议内容违反法律强制性规定"));
    ASSERT_OK(ruled);
    auto stored = agreements.show(actor(QStringLiteral("vma")), m_id, QDate(2026, 3, 21));
    ASSERT_OK(stored);
    EXPECT_EQ(stored->agreement.confirmation->rulingReason, QStringLiteral("协议内容违反法律强制性规定"));
    EXPECT_TRUE(confirm.pending(actor(QStringLiteral("judge")))->isEmpty());
}

TEST_F(AttachmentTest, PaymentProofJoinsTheAttachmentsAsAReceiptOnce)
{
    settle();
    const QString slip = writeFile(QStringLiteral("转账凭证.jpg"), "bank transfer slip");
    AgreementService agreements(*m_db);
    PaymentInput pay;
    pay.amountFen = 200000;
    pay.on = QDate(2026, 4, 1);
    pay.proofPath = slip;
    auto paid = agreements.pay(actor(QStringLiteral("vma")), m_id, pay);
    ASSERT_OK(paid);
    pay.on = QDate(2026, 4, 2); // the same slip shown again for a second payment
    ASSERT_OK(agreements.pay(actor(QStringLiteral("vma")), m_id, pay));
    auto list = AttachmentService(*m_db).list(actor(QStringLiteral("vma")), m_id);
    ASSERT_OK(list);
    ASSERT_EQ(list->size(), 1);
    EXPECT_EQ(list->first().kind, QStringLiteral("receipt"));
    EXPECT_EQ(list->first().sha256, paid->proofSha256);
    EXPECT_EQ(list->first().fileName, QStringLiteral("转账凭证.jpg"));
    auto bytes = AttachmentService(*m_db).read(actor(QStringLiteral("vma")), list->first().id);
    ASSERT_OK(bytes);
    EXPECT_EQ(bytes.value(), QByteArray("bank transfer slip"));
}

TEST_F(AttachmentTest, ExportNeverLeavesTheChosenFolder)
{
    // A row that did not come through add() (a transfer package, an old import) with a path in
    // its name.
    Attachment a;
    a.id = QStringLiteral("11111111-2222-3333-4444-555555555555");
    a.caseId = m_id;
    a.kind = QStringLiteral("other");
    a.fileName = QStringLiteral("../../escape.txt");
    a.mime = QStringLiteral("text/plain");
    const QByteArray bytes("outside?");
    a.size = bytes.size();
    a.sha256 = AttachmentService::sha256Hex(bytes);
    a.addedOrg = QStringLiteral("QH-DS-A");
    a.addedAt = QStringLiteral("2026-03-05T00:00:00.000Z");
    ASSERT_OK(AttachmentStore(m_db->connection()).insert(a, bytes));
    QDir out(m_dir.filePath(QStringLiteral("deep/out")));
    ASSERT_TRUE(out.mkpath(QStringLiteral(".")));
    auto path = AttachmentService(*m_db).exportTo(actor(QStringLiteral("vma")), a.id, out.path());
    ASSERT_OK(path);
    EXPECT_EQ(QFileInfo(path.value()).absolutePath(), out.absolutePath());
    EXPECT_EQ(QFileInfo(path.value()).fileName(), QStringLiteral("escape.txt"));
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("escape.txt"))));
}
