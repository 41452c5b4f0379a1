#include "statsfixture.h"

#include "common/clock.h"
#include "db/query.h"
#include "ledger/ledgerexport.h"
#include "ledger/ledgerimport.h"
#include "ledger/spreadsheetreader.h"
#include "security/audit.h"
#include "stats/statistics.h"
#include "stats/statsjson.h"

#include <QFile>

using namespace tj;
using namespace tj::test;

namespace {
QDate d(int m, int day)
{
    return QDate(2026, m, day);
}

qint64 caseCount(Database &db)
{
    Query q(db.connection(), "SELECT COUNT(*) FROM cases");
    EXPECT_TRUE(q.exec().ok());
    return q.next() ? q.value(0).toLongLong() : -1;
}

class LedgerTest : public StatsFixture
{
protected:
    void SetUp() override
    {
        StatsFixture::SetUp();
        buildSmallCounty();
    }

    /// Seven disputes at several tiers with every outcome, none transferred.
    void buildLedgerCases()
    {
        CaseIntake in = sampleIntake(QStringLiteral("QH-DS-A"));
        in.receivedOn = d(3, 2);
        in.amountFen = 80000;
        auto first = cases().intake(Actor::system(), in);
        ASSERT_OK(first);
        const QString a = first->record.id;
        accept(a, d(3, 3));
        ASSERT_OK(cases().addSession(Actor::system(), a,
                                     SessionInput{d(3, 5), QStringLiteral("村委会"),
                                                  {QStringLiteral("王调解"), QStringLiteral("刘调解")},
                                                  {}, QStringLiteral("双方陈述")}));
        settle(a, d(3, 12), 80000);
        const QString b = registerCase("QH-DS-A", d(3, 5), "婚姻家庭", CaseSource::Initiative, 0);
        accept(b, d(3, 6));
        closeAs(b, Outcome::Withdrawn, d(3, 20));
        const QString c = registerCase("QH-DS-B", d(4, 1), "合同", CaseSource::Application, 300050);
        accept(c, d(4, 2));
        closeAs(c, Outcome::Failed, d(4, 30));
        const QString n = registerCase("QH-DS-B", d(4, 3), "合同", CaseSource::Hotline, 10000);
        ASSERT_OK(cases().reject(Actor::system(), n, QStringLiteral("不属于受理范围"), d(4, 4)));
        const QString f = registerCase("QH-FT", d(4, 10), "合同", CaseSource::Application, 5000000);
        closeAs(f, Outcome::Filed, d(4, 12));
        const QString x = registerCase("QH-XH-A", d(5, 10), "邻里");
        accept(x, d(5, 11));
        registerCase("QH-XH-A", d(6, 20), "邻里");
    }

    QJsonObject figures(Database &db)
    {
        auto f = Statistics(db).compute(StatsQuery{{}, d(1, 1), d(6, 30), d(6, 30)});
        EXPECT_TRUE(f.ok());
        return f.ok() ? StatsJson::toJson(f.value()) : QJsonObject();
    }

    Result<LedgerPreview> importFile(const QString &path)
    {
        auto table = SpreadsheetReader::read(path);
        if (!table)
            return table.error();
        return LedgerImport(*m_db).import(Actor::system(), table.value(),
                                          LedgerMapping::detect(table->header), path);
    }

    void expectSameCases(Database &original)
    {
        CaseFilter all;
        all.limit = 100;
        auto before = CaseService(original).list(Actor::system(), all);
        ASSERT_OK(before);
        EXPECT_EQ(caseCount(*m_db), before->total);
        for (const Case &was : before->cases) {
            auto now = cases().get(Actor::system(), was.number);
            ASSERT_OK(now);
            EXPECT_EQ(now->status, was.status) << was.number.toStdString();
            EXPECT_EQ(now->receivedOn, was.receivedOn);
            EXPECT_EQ(now->acceptedOn, was.acceptedOn);
            EXPECT_EQ(now->closedOn, was.closedOn);
            EXPECT_EQ(now->category, was.category);
            EXPECT_EQ(now->source, was.source);
            EXPECT_EQ(now->amountFen, was.amountFen);
            EXPECT_EQ(now->title, was.title);
            EXPECT_EQ(now->facts, was.facts);
            ASSERT_EQ(now->parties.size(), was.parties.size());
            for (int i = 0; i < was.parties.size(); ++i) {
                EXPECT_EQ(now->parties[i].name, was.parties[i].name);
                EXPECT_EQ(now->parties[i].kind, was.parties[i].kind);
                EXPECT_EQ(now->parties[i].idNumber, was.parties[i].idNumber);
                EXPECT_EQ(now->parties[i].creditCode, was.parties[i].creditCode);
            }
        }
    }

    void roundTrip(const QString &suffix)
    {
        buildLedgerCases();
        const QString path = m_dir.filePath(QStringLiteral("ledger.") + suffix);
        LedgerExport ledger(*m_db, Actor::system());
        ledger.setReveal(true); // a ledger for another office carries identifiers whole
        auto written = ledger.write(path, CaseFilter{});
        ASSERT_OK(written);
        EXPECT_EQ(written.value(), 7);
        const QJsonObject expected = figures(*m_db);
        std::unique_ptr<Database> original = switchToFreshCounty();
        ASSERT_EQ(caseCount(*m_db), 0);
        auto imported = importFile(path);
        ASSERT_OK(imported);
        EXPECT_EQ(imported->rows.size(), 7);
        expectSameCases(*original);
        EXPECT_EQ(figures(*m_db), expected);
        // The same file again adds nothing.
        auto again = importFile(path);
        ASSERT_OK(again);
        EXPECT_EQ(again->duplicates, 7);
        EXPECT_EQ(caseCount(*m_db), 7);
    }
};
} // namespace

TEST_F(LedgerTest, CsvRoundTripGivesTheSameCasesAndFigures)
{
    roundTrip(QStringLiteral("csv"));
}

TEST_F(LedgerTest, XlsxRoundTripGivesTheSameCasesAndFigures)
{
    roundTrip(QStringLiteral("xlsx"));
}

TEST_F(LedgerTest, CsvStartsWithAByteOrderMarkAndHasTheExpectedColumns)
{
    buildLedgerCases();
    const QString path = m_dir.filePath(QStringLiteral("ledger.csv"));
    CaseFilter village;
    village.org = QStringLiteral("QH-DS-A");
    ASSERT_OK(LedgerExport(*m_db, Actor::system()).write(path, village));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    EXPECT_TRUE(data.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(data.mid(3));
    EXPECT_TRUE(text.startsWith(QStringLiteral("案件编号,登记单位代码,办理单位,登记日期")));
    EXPECT_TRUE(text.contains(QStringLiteral("王调解、刘调解")));
    EXPECT_TRUE(text.contains(QStringLiteral("调解成功")));
    EXPECT_EQ(text.count(QStringLiteral("\r\n")), 3) << "header and the two cases of QH-DS-A";
}

TEST_F(LedgerTest, RefusesAnUnknownFileType)
{
    auto r = LedgerExport(*m_db, Actor::system()).write(m_dir.filePath(QStringLiteral("x.ods")), CaseFilter{});
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::Usage);
}

TEST_F(LedgerTest, BadRowsAreEachReportedAndNothingIsImported)
{
    const QString good = makeResidentId(QStringLiteral("131121"), QStringLiteral("19800101"), QStringLiteral("123"));
    QString badId = good;
    badId[17] = badId[17] == u'1' ? u'2' : u'1';
    const QString csv = QStringLiteral(
        "登记单位代码,登记日期,纠纷类型,申请人,被申请人,纠纷简要情况,涉及金额（元）\n"
        "QH-DS-A,2026-03-02,邻里,张三(%1),李四,通行纠纷,100\n"
        "QH-DS-A,2026-03-02,邻里,张三(%2),李四,通行纠纷,100\n"
        "QH-DS-A,2026-13-45,邻里,张三,李四,通行纠纷,100\n"
        "QH-DS-A,2026-03-02,打架,张三,李四,通行纠纷,100\n"
        "QH-DS-A,2026-03-02,邻里,张三,李四,通行纠纷,一百元\n"
        "QH-DS-A,2099-01-01,邻里,张三,李四,通行纠纷,100\n"
        "QH-NOPE,2026-03-02,邻里,张三,李四,通行纠纷,100\n"
        "QH-DS-A,2026-03-02,邻里,张三,,,100\n").arg(good, badId);
    auto table = SpreadsheetReader::parseCsv(csv.toUtf8());
    ASSERT_OK(table);
    LedgerImport importer(*m_db);
    auto preview = importer.preview(table.value(), LedgerMapping::detect(table->header));
    ASSERT_OK(preview);
    QList<int> badRows;
    for (const LedgerRowError &e : preview->errors)
        if (!badRows.contains(e.row))
            badRows.append(e.row);
    EXPECT_EQ(badRows, (QList<int>{3, 4, 5, 6, 7, 8, 9}));
    auto imported = importer.import(Actor::system(), table.value(),
                                    LedgerMapping::detect(table->header), QStringLiteral("bad.csv"));
    ASSERT_FALSE(imported.ok());
    EXPECT_EQ(imported.error().kind, ErrorKind::Validation);
    EXPECT_TRUE(imported.error().message.contains(QStringLiteral("row 9")));
    EXPECT_EQ(caseCount(*m_db), 0);
}

TEST_F(LedgerTest, ARowRefusedByTheWorkflowRollsBackTheWholeImport)
{
    // A village cannot file a lawsuit: the second row fails inside the transaction.
    const QString csv = QStringLiteral(
        "登记单位代码,登记日期,纠纷类型,申请人,被申请人,纠纷简要情况,调解结果,结案日期\n"
        "QH-DS-A,2026-03-02,邻里,张三,李四,通行纠纷,调解中,\n"
        "QH-DS-A,2026-03-03,邻里,王五,赵六,排水纠纷,已立案,2026-03-04\n");
    auto table = SpreadsheetReader::parseCsv(csv.toUtf8());
    ASSERT_OK(table);
    auto imported = LedgerImport(*m_db).import(Actor::system(), table.value(),
                                               LedgerMapping::detect(table->header), QStringLiteral("x.csv"));
    ASSERT_FALSE(imported.ok());
    EXPECT_TRUE(imported.error().message.contains(QStringLiteral("row 3")));
    EXPECT_EQ(caseCount(*m_db), 0);
}

TEST_F(LedgerTest, ImportsAnXlsxWrittenByLibreOffice)
{
    // tests/data/ledger_libreoffice.xlsx: `soffice --headless --convert-to xlsx` of
    // ledger_source.csv (headers in another ledger's words, dates typed as dates).
    const QString path = QStringLiteral(TIAOJIE_TEST_DATA_DIR "/ledger_libreoffice.xlsx");
    auto table = SpreadsheetReader::read(path);
    ASSERT_OK(table);
    EXPECT_EQ(table->rows.size(), 4);
    const LedgerMapping mapping = LedgerMapping::detect(table->header);
    EXPECT_EQ(mapping.columns.value(LedgerField::Applicants), QStringLiteral("当事人"));
    auto imported = importFile(path);
    ASSERT_OK(imported);
    EXPECT_EQ(caseCount(*m_db), 4);
    CaseFilter filter;
    filter.search = QStringLiteral("张秀英");
    auto found = cases().list(Actor::system(), filter);
    ASSERT_OK(found);
    ASSERT_EQ(found->cases.size(), 1);
    const Case &c = found->cases.first();
    EXPECT_EQ(c.status, CaseStatus::Settled);
    EXPECT_EQ(c.receivedOn, d(3, 2));
    EXPECT_EQ(c.closedOn, d(3, 10));
    EXPECT_EQ(c.amountFen, 150000);
    EXPECT_EQ(c.parties.first().idNumber.size(), 18);
    filter.search = QStringLiteral("吴大力");
    found = cases().list(Actor::system(), filter);
    ASSERT_OK(found);
    ASSERT_EQ(found->cases.size(), 1);
    EXPECT_EQ(found->cases.first().status, CaseStatus::Withdrawn);
    EXPECT_EQ(found->cases.first().parties.size(), 3);
    EXPECT_EQ(found->cases.first().parties.last().kind, PartyKind::Organisation);
}

TEST_F(LedgerTest, EveryImportAndEveryRefusalIsAnAuditEntry)
{
    const QString path = QStringLiteral(TIAOJIE_TEST_DATA_DIR "/ledger_libreoffice.xlsx");
    ASSERT_OK(importFile(path));
    ASSERT_OK(importFile(path)); // the second time every row is already there
    const QString bad = QStringLiteral("登记单位代码,登记日期,纠纷类型,申请人,被申请人,纠纷简要情况\n"
                                       "QH-NOPE,2026-03-02,邻里,张三,李四,通行纠纷\n");
    auto table = SpreadsheetReader::parseCsv(bad.toUtf8());
    ASSERT_OK(table);
    ASSERT_FALSE(LedgerImport(*m_db)
                     .import(Actor::system(), table.value(), LedgerMapping::detect(table->header),
                             QStringLiteral("/media/usb/bad.csv"))
                     .ok());
    auto entries = AuditLog(m_db->connection()).recent(200);
    ASSERT_OK(entries);
    QStringList imports;
    for (const AuditEntry &e : entries.value())
        if (e.action == QLatin1String("ledger.import"))
            imports.prepend(e.result + QLatin1Char(' ') + e.detail);
    EXPECT_EQ(imports, (QStringList{QStringLiteral("ok ledger_libreoffice.xlsx: 4 rows imported, 0 already imported"),
                                    QStringLiteral("ok ledger_libreoffice.xlsx: 0 rows imported, 4 already imported"),
                                    QStringLiteral("failed bad.csv: refused, bad rows: 1")}));
    auto chain = AuditLog(m_db->connection()).verify();
    ASSERT_OK(chain);
    EXPECT_TRUE(chain->intact);
}

TEST_F(LedgerTest, MappingPresetSurvivesASaveAndLoad)
{
    LedgerMapping m;
    m.columns.insert(LedgerField::ReceivedOn, QStringLiteral("收案时间"));
    m.columns.insert(LedgerField::Category, QStringLiteral("类别"));
    m.defaultOrg = QStringLiteral("QH-DS-A");
    const QString path = m_dir.filePath(QStringLiteral("mapping.json"));
    ASSERT_OK(m.save(path));
    auto loaded = LedgerMapping::load(path);
    ASSERT_OK(loaded);
    EXPECT_EQ(loaded->columns, m.columns);
    EXPECT_EQ(loaded->defaultOrg, m.defaultOrg);
    EXPECT_FALSE(LedgerMapping::fromJson(QJsonObject{{QStringLiteral("columns"),
                                                      QJsonObject{{QStringLiteral("nope"), QStringLiteral("x")}}}})
                     .ok());
}

TEST(LedgerParsing, ReadsTheDateAndAmountFormsLedgersUse)
{
    EXPECT_EQ(LedgerImport::parseDate(QStringLiteral("2026-03-02")), QDate(2026, 3, 2));
    EXPECT_EQ(LedgerImport::parseDate(QStringLiteral("2026/3/2")), QDate(2026, 3, 2));
    EXPECT_EQ(LedgerImport::parseDate(QStringLiteral("2026年3月2日")), QDate(2026, 3, 2));
    EXPECT_EQ(LedgerImport::parseDate(QStringLiteral("46083")), QDate(2026, 3, 2));
    EXPECT_FALSE(LedgerImport::parseDate(QStringLiteral("2026-02-30")).isValid());
    EXPECT_FALSE(LedgerImport::parseDate(QStringLiteral("三月")).isValid());
    EXPECT_EQ(LedgerImport::parseAmount(QStringLiteral("1,234.50")), 123450);
    EXPECT_EQ(LedgerImport::parseAmount(QStringLiteral("¥800")), 80000);
    EXPECT_EQ(LedgerImport::parseAmount(QStringLiteral("3000.5")), 300050);
    EXPECT_EQ(LedgerImport::parseAmount(QStringLiteral("")), 0);
    EXPECT_FALSE(LedgerImport::parseAmount(QStringLiteral("-5")).has_value());
    EXPECT_FALSE(LedgerImport::parseAmount(QStringLiteral("1.234")).has_value());
}
