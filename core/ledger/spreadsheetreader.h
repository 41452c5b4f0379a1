#pragma once

#include "common/result.h"
#include "ledgerexport.h"

#include <QByteArray>
#include <QCoreApplication>

namespace tj {

/// Reads the first sheet of an .xlsx (unzipped with libzip, sheet XML and shared strings parsed
/// with QXmlStreamReader) or a .csv (UTF-8 with or without BOM, or GB18030 as Excel saves it
/// in China) into a header and rows of text. Cells keep their stored text: a date typed in
/// Excel arrives as its serial number. Malformed input is an error, never a crash.
class SpreadsheetReader
{
    Q_DECLARE_TR_FUNCTIONS(Ledger)
public:
    static constexpr int kMaxRows = 100000;
    static constexpr int kMaxColumns = 256;
    static constexpr qint64 kMaxEntryBytes = 64 * 1024 * 1024;

    static Result<LedgerTable> read(const QString &path);
    static Result<LedgerTable> parseCsv(const QByteArray &data);
    static Result<LedgerTable> parseXlsx(const QByteArray &data);
};

} // namespace tj
