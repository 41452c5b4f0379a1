#include "ledger/ledgerexport.h"
#include "ledger/spreadsheetreader.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include "testsupport.h"

#include <gtest/gtest.h>
#include <zip.h>

using namespace tj;

namespace {
// Writes a zip archive with the given parts (libzip), as a stand-in for hand-broken xlsx files.
QByteArray makeZip(const QList<std::pair<const char *, QByteArray>> &parts)
{
    QTemporaryDir dir;
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("x.zip")));
    int error = 0;
    zip_t *zip = zip_open(path.constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    EXPECT_TRUE(zip);
    QList<QByteArray> keep; // libzip reads the buffers when the archive is closed
    for (const auto &[name, data] : parts) {
        keep.append(data);
        zip_source_t *source = zip_source_buffer(zip, keep.last().constData(), zip_uint64_t(keep.last().size()), 0);
        zip_file_add(zip, name, source, ZIP_FL_OVERWRITE);
    }
    zip_close(zip);
    QFile file(dir.filePath(QStringLiteral("x.zip")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray sheet(const QByteArray &rows)
{
    return "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
           "spreadsheetml/2006/main\"><sheetData>" + rows + "</sheetData></worksheet>";
}

QByteArray validXlsx()
{
    LedgerTable t;
    t.header = {QStringLiteral("登记日期"), QStringLiteral("纠纷类型"), QStringLiteral("申请人")};
    t.rows = {{QStringLiteral("2026-03-02"), QStringLiteral("邻里"), QStringLiteral("张三")},
              {QStringLiteral("2026-03-05"), QStringLiteral("合同"), QStringLiteral("李四,\"王五\"")}};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v.xlsx"));
    EXPECT_TRUE(LedgerExport::writeXlsx(path, t).ok());
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

TEST(SpreadsheetReader, ReadsSharedAndInlineStringsAndKeepsEmptyRowPositions)
{
    TJ_SKIP_ON_POSTGRES("reads files only, no database: runs once, in the SQLite pass");
    const QByteArray strings = "<sst><si><t>登记日期</t></si><si><r><t>纠纷</t></r><r><t>类型</t></r>"
                               "<rPh><t>ジ</t></rPh></si></sst>";
    const QByteArray rows = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\"><v>1</v></c></row>"
                            "<row r=\"3\"><c r=\"A3\"><v>46083</v></c><c r=\"C3\" t=\"inlineStr\"><is><t>邻里</t></is></c></row>";
    auto t = SpreadsheetReader::parseXlsx(makeZip({{"xl/sharedStrings.xml", strings},
                                                   {"xl/worksheets/sheet1.xml", sheet(rows)}}));
    ASSERT_TRUE(t.ok()) << t.error().message.toStdString();
    EXPECT_EQ(t->header, (QStringList{QStringLiteral("登记日期"), QString(), QStringLiteral("纠纷类型")}));
    ASSERT_EQ(t->rows.size(), 1) << "the empty row 2 is dropped";
    EXPECT_EQ(t->rows[0], (QStringList{QStringLiteral("46083"), QString(), QStringLiteral("邻里")}));
}

TEST(SpreadsheetReader, MalformedXlsxGivesErrorsNotCrashes)
{
    TJ_SKIP_ON_POSTGRES("reads files only, no database: runs once, in the SQLite pass");
    const QList<QByteArray> broken = {
        QByteArray(),
        QByteArray("PK\x03\x04 not really a zip"),
        makeZip({{"xl/other.xml", "<x/>"}}),
        makeZip({{"xl/worksheets/sheet1.xml", "<worksheet><sheetData><row><c"}}),
        makeZip({{"xl/worksheets/sheet1.xml", sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>")}}),
        makeZip({{"xl/worksheets/sheet1.xml", sheet("<row r=\"1\"><c r=\"ZZZZ1\"><v>1</v></c></row>")}}),
        makeZip({{"xl/worksheets/sheet1.xml", sheet("<row r=\"999999999\"><c r=\"A1\"><v>1</v></c></row>")}}),
        makeZip({{"xl/sharedStrings.xml", "<sst><si><t>x</si>"},
                 {"xl/worksheets/sheet1.xml", sheet("")}}),
    };
    for (const QByteArray &data : broken) {
        auto t = SpreadsheetReader::parseXlsx(data);
        EXPECT_FALSE(t.ok());
        if (!t.ok()) {
            EXPECT_EQ(t.error().kind, ErrorKind::Validation);
        }
    }
}

TEST(SpreadsheetReader, RandomlyDamagedXlsxNeverCrashes)
{
    TJ_SKIP_ON_POSTGRES("reads files only, no database: runs once, in the SQLite pass");
    const QByteArray valid = validXlsx();
    ASSERT_TRUE(SpreadsheetReader::parseXlsx(valid).ok());
    QRandomGenerator random(20260323);
    int refused = 0;
    for (int i = 0; i < 400; ++i) {
        QByteArray data = valid;
        const int damage = 1 + random.bounded(8);
        for (int k = 0; k < damage; ++k)
            data[random.bounded(int(data.size()))] = char(random.bounded(256));
        if (i % 5 == 0)
            data.truncate(random.bounded(int(data.size())));
        refused += SpreadsheetReader::parseXlsx(data).ok() ? 0 : 1;
    }
    EXPECT_GT(refused, 0);
}

TEST(SpreadsheetReader, CsvHandlesQuotesNewlinesBomAndGb18030)
{
    TJ_SKIP_ON_POSTGRES("reads files only, no database: runs once, in the SQLite pass");
    auto t = SpreadsheetReader::parseCsv(
        "\xEF\xBB\xBF" "a,b\r\n\"x, \"\"quoted\"\"\",\"two\nlines\"\r\n\r\n1,2");
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t->header, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    ASSERT_EQ(t->rows.size(), 2);
    EXPECT_EQ(t->rows[0][0], QStringLiteral("x, \"quoted\""));
    EXPECT_EQ(t->rows[0][1], QStringLiteral("two\nlines"));
    // "纠纷" in GB18030, as Excel saves a csv on a Chinese Windows.
    auto gb = SpreadsheetReader::parseCsv(QByteArray("\xBE\xC0\xB7\xD7,x\n1,2"));
    ASSERT_TRUE(gb.ok());
    EXPECT_EQ(gb->header.first(), QStringLiteral("纠纷"));
    EXPECT_FALSE(SpreadsheetReader::parseCsv("a,\"unclosed\n1,2").ok());
}

TEST(SpreadsheetReader, RandomCsvBytesNeverCrash)
{
    TJ_SKIP_ON_POSTGRES("reads files only, no database: runs once, in the SQLite pass");
    QRandomGenerator random(7);
    const char alphabet[] = "ab,\"\r\n\t\xE7\xBA\xA0 ";
    for (int i = 0; i < 500; ++i) {
        QByteArray data;
        const int n = random.bounded(200);
        for (int k = 0; k < n; ++k)
            data += i % 2 ? char(random.bounded(256)) : alphabet[random.bounded(int(sizeof alphabet - 1))];
        auto t = SpreadsheetReader::parseCsv(data);
        if (t.ok()) {
            EXPECT_LE(t->header.size(), SpreadsheetReader::kMaxColumns);
        }
    }
}
