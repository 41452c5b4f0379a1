// libFuzzer target: the ledger .xlsx reader (zip container read with libzip, sheet and shared
// strings parsed with QXmlStreamReader).
#include "fuzzsupport.h"
#include "ledger/spreadsheetreader.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, std::size_t size)
{
    using tj::SpreadsheetReader;
    const auto table = SpreadsheetReader::parseXlsx(tj::fuzz::bytes(data, size));
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
