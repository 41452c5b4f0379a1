// libFuzzer target: the XML inside an .xlsx. Random bytes rarely survive the zip container's
// checksums, so this target takes the parts themselves (workbook, its relations, shared strings
// and the first sheet, separated by the byte 0x1E), zips them in memory with libzip and hands
// the archive to the reader, so the fuzzer's mutations reach the XML parsing.
#include "fuzzsupport.h"
#include "ledger/spreadsheetreader.h"

#include <QList>

#include <zip.h>

namespace {

QByteArray zipped(const QList<QByteArray> &parts)
{
    static const char *const names[] = {"xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                                        "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"};
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer)
        return {};
    zip_t *archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!archive) {
        zip_source_free(buffer);
        return {};
    }
    zip_source_keep(buffer); // read the bytes back after the archive is closed
    for (int i = 0; i < parts.size() && i < 4; ++i) {
        zip_source_t *part = zip_source_buffer(archive, parts[i].constData(), zip_uint64_t(parts[i].size()), 0);
        if (part && zip_file_add(archive, names[i], part, ZIP_FL_OVERWRITE) < 0)
            zip_source_free(part);
    }
    QByteArray out;
    if (zip_close(archive) == 0 && zip_source_open(buffer) == 0) {
        char chunk[8192];
        zip_int64_t n = 0;
        while ((n = zip_source_read(buffer, chunk, sizeof chunk)) > 0)
            out.append(chunk, qsizetype(n));
        zip_source_close(buffer);
    } else {
        zip_discard(archive);
    }
    zip_source_free(buffer);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, std::size_t size)
{
    using tj::SpreadsheetReader;
    const QList<QByteArray> parts = tj::fuzz::bytes(data, size).split('\x1e');
    const QByteArray archive = zipped(parts);
    if (archive.isEmpty())
        return 0;
    const auto table = SpreadsheetReader::parseXlsx(archive);
    if (!table) {
        TJ_FUZZ_CHECK(!table.error().message.isEmpty());
        return 0;
    }
    TJ_FUZZ_CHECK(table->header.size() <= SpreadsheetReader::kMaxColumns);
    TJ_FUZZ_CHECK(table->rows.size() <= SpreadsheetReader::kMaxRows);
    for (const auto &row : table->rows)
        TJ_FUZZ_CHECK(row.size() <= SpreadsheetReader::kMaxColumns);
    return 0;
}
