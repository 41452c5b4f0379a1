// libFuzzer target: the ledger CSV parser (UTF-8 with or without BOM, GB18030).
#include "fuzzsupport.h"
#include "ledger/spreadsheetreader.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, std::size_t size)
{
    using tj::SpreadsheetReader;
    const auto table = SpreadsheetReader::parseCsv(tj::fuzz::bytes(data, size));
    if (!table) {
        // A rejection is a message a user can read, never an empty one.
        TJ_FUZZ_CHECK(!table.error().message.isEmpty());
        return 0;
    }
    TJ_FUZZ_CHECK(table->header.size() <= SpreadsheetReader::kMaxColumns);
    TJ_FUZZ_CHECK(table->rows.size() <= SpreadsheetReader::kMaxRows);
    for (const auto &row : table->rows)
        TJ_FUZZ_CHECK(row.size() <= SpreadsheetReader::kMaxColumns);
    return 0;
}
