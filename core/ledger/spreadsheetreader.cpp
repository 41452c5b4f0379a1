#include "spreadsheetreader.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <zip.h>

#include <memory>

namespace tj {

namespace {
Error malformed(const QString &why)
{
    return makeError(ErrorKind::Validation, SpreadsheetReader::tr("The spreadsheet cannot be read: %1").arg(why));
}

Result<QString> decodeText(const QByteArray &data)
{
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    QStringDecoder gb("GB18030");
    if (gb.isValid()) {
        text = gb.decode(bytes);
        if (!gb.hasError())
            return text;
    }
    return malformed(SpreadsheetReader::tr("the text is neither UTF-8 nor GB18030."));
}

// Splits CSV text into records (RFC 4180: quoted fields may hold commas, quotes, newlines).
Result<QList<QStringList>> csvRecords(const QString &text, QChar separator)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == u'"' && i + 1 < n && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (ch == u'"') {
                quoted = false;
            } else {
                field += ch;
            }
            continue;
        }
        if (ch == u'"' && !fieldStarted) {
            quoted = fieldStarted = true;
        } else if (ch == separator) {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (ch == u'\r' || ch == u'\n') {
            if (ch == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += ch;
            fieldStarted = true;
        }
        if (records.size() > SpreadsheetReader::kMaxRows)
            return malformed(SpreadsheetReader::tr("more than %1 rows.").arg(SpreadsheetReader::kMaxRows));
    }
    if (quoted)
        return malformed(SpreadsheetReader::tr("a quoted field is not closed."));
    if (fieldStarted || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

LedgerTable toTable(QList<QStringList> records)
{
    LedgerTable table;
    // Blank lines carry no case.
    records.erase(std::remove_if(records.begin(), records.end(),
                                 [](const QStringList &r) {
                                     return std::all_of(r.begin(), r.end(), [](const QString &f) {
                                         return f.trimmed().isEmpty();
                                     });
                                 }),
                  records.end());
    if (records.isEmpty())
        return table;
    table.header = records.takeFirst();
    for (QString &h : table.header)
        h = h.trimmed();
    table.rows = records;
    return table;
}

/// libzip over an in-memory archive.
class ZipArchive
{
public:
    static Result<std::unique_ptr<ZipArchive>> open(const QByteArray &data)
    {
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t *source = zip_source_buffer_create(data.constData(), zip_uint64_t(data.size()), 0, &error);
        if (!source) {
            zip_error_fini(&error);
            return malformed(SpreadsheetReader::tr("not a zip archive."));
        }
        zip_t *archive = zip_open_from_source(source, ZIP_RDONLY, &error);
        if (!archive) {
            zip_source_free(source);
            const QString why = QString::fromUtf8(zip_error_strerror(&error));
            zip_error_fini(&error);
            return malformed(SpreadsheetReader::tr("not an xlsx file (%1).").arg(why));
        }
        zip_error_fini(&error);
        return std::unique_ptr<ZipArchive>(new ZipArchive(archive));
    }
    ~ZipArchive() { zip_discard(m_zip); }

    bool has(const char *name) const { return zip_name_locate(m_zip, name, 0) >= 0; }

    Result<QByteArray> entry(const QString &name) const
    {
        const QByteArray n = name.toUtf8();
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat(m_zip, n.constData(), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE))
            return malformed(SpreadsheetReader::tr("the part %1 is missing.").arg(name));
        if (st.size > zip_uint64_t(SpreadsheetReader::kMaxEntryBytes))
            return malformed(SpreadsheetReader::tr("the part %1 is too large.").arg(name));
        zip_file_t *file = zip_fopen(m_zip, n.constData(), 0);
        if (!file)
            return malformed(SpreadsheetReader::tr("the part %1 cannot be opened.").arg(name));
        QByteArray out(qsizetype(st.size), Qt::Uninitialized);
        const zip_int64_t read = zip_fread(file, out.data(), st.size);
        zip_fclose(file);
        if (read < 0 || zip_uint64_t(read) != st.size)
            return malformed(SpreadsheetReader::tr("the part %1 is damaged.").arg(name));
        return out;
    }

private:
    explicit ZipArchive(zip_t *zip) : m_zip(zip) {}
    zip_t *m_zip;
};

// Text of an <si> or <is> element: its <t> runs, leaving out phonetic guides (<rPh>).
QString inlineText(QXmlStreamReader &xml)
{
    QString text;
    const QString end = xml.name().toString();
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("rPh"))
            ++phonetic;
        else if (xml.isEndElement() && xml.name() == QLatin1String("rPh"))
            --phonetic;
        else if (xml.isStartElement() && xml.name() == QLatin1String("t") && phonetic == 0)
            text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (xml.isEndElement() && xml.name() == end)
            break;
    }
    return text;
}

Result<QStringList> sharedStrings(const ZipArchive &zip)
{
    QStringList strings;
    if (!zip.has("xl/sharedStrings.xml"))
        return strings;
    auto data = zip.entry(QStringLiteral("xl/sharedStrings.xml"));
    if (!data)
        return data.error();
    QXmlStreamReader xml(data.value());
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si"))
            strings.append(inlineText(xml));
    }
    if (xml.hasError())
        return malformed(xml.errorString());
    return strings;
}

// The first sheet's part name, from the workbook and its relationships.
QString firstSheetPath(const ZipArchive &zip)
{
    const QString fallback = QStringLiteral("xl/worksheets/sheet1.xml");
    auto workbook = zip.entry(QStringLiteral("xl/workbook.xml"));
    auto rels = zip.entry(QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!workbook || !rels)
        return fallback;
    QString rid;
    QXmlStreamReader wx(workbook.value());
    while (!wx.atEnd() && rid.isEmpty()) {
        wx.readNext();
        if (wx.isStartElement() && wx.name() == QLatin1String("sheet"))
            for (const QXmlStreamAttribute &a : wx.attributes())
                if (a.name() == QLatin1String("id"))
                    rid = a.value().toString();
    }
    QXmlStreamReader rx(rels.value());
    while (!rx.atEnd()) {
        rx.readNext();
        if (rx.isStartElement() && rx.name() == QLatin1String("Relationship")
            && rx.attributes().value(QLatin1String("Id")) == rid) {
            QString target = rx.attributes().value(QLatin1String("Target")).toString();
            if (target.startsWith(u'/'))
                return target.mid(1);
            return QStringLiteral("xl/") + target;
        }
    }
    return fallback;
}

// "BC12" -> column 54 (zero-based 54), or -1 when the reference is not a cell.
int columnOf(QStringView ref)
{
    int col = 0;
    int letters = 0;
    for (QChar ch : ref) {
        if (ch >= u'A' && ch <= u'Z') {
            col = col * 26 + (ch.unicode() - u'A' + 1);
            if (++letters > 3)
                return -1;
        } else {
            break;
        }
    }
    return letters == 0 ? -1 : col - 1;
}
} // namespace

Result<LedgerTable> SpreadsheetReader::parseCsv(const QByteArray &data)
{
    auto text = decodeText(data);
    if (!text)
        return text.error();
    const QString firstLine = text->section(u'\n', 0, 0);
    const QChar separator = !firstLine.contains(u',') && firstLine.contains(u'\t') ? QChar(u'\t') : QChar(u',');
    auto records = csvRecords(text.value(), separator);
    if (!records)
        return records.error();
    for (const QStringList &r : records.value())
        if (r.size() > kMaxColumns)
            return malformed(tr("more than %1 columns.").arg(kMaxColumns));
    return toTable(records.value());
}

namespace {
Result<QList<QStringList>> sheetRecords(const QByteArray &sheet, const QStringList &strings)
{
    QList<QStringList> records;
    QXmlStreamReader xml(sheet);
    QStringList *row = nullptr;
    int nextColumn = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("row")) {
            const int number = xml.attributes().value(QLatin1String("r")).toInt();
            if (number > SpreadsheetReader::kMaxRows + 1)
                return malformed(SpreadsheetReader::tr("more than %1 rows.").arg(SpreadsheetReader::kMaxRows));
            // Empty rows are left out of the file; keep the positions so row numbers match.
            while (number > 0 && records.size() < number - 1)
                records.append(QStringList());
            records.append(QStringList());
            row = &records.last();
            nextColumn = 0;
        } else if (xml.name() == QLatin1String("c") && row) {
            const auto attrs = xml.attributes();
            const QString type = attrs.value(QLatin1String("t")).toString();
            const QStringView ref = attrs.value(QLatin1String("r"));
            const int column = ref.isEmpty() ? nextColumn : columnOf(ref);
            if (column < 0 || column >= SpreadsheetReader::kMaxColumns)
                return malformed(SpreadsheetReader::tr("a cell lies outside the first %1 columns.").arg(SpreadsheetReader::kMaxColumns));
            nextColumn = column + 1;
            QString value;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == QLatin1String("c"))
                    break;
                if (xml.isStartElement() && xml.name() == QLatin1String("v"))
                    value = xml.readElementText();
                else if (xml.isStartElement() && xml.name() == QLatin1String("is"))
                    value = inlineText(xml);
            }
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int index = value.toInt(&ok);
                if (!ok || index < 0 || index >= strings.size())
                    return malformed(SpreadsheetReader::tr("a cell names a shared string that does not exist."));
                value = strings.at(index);
            }
            while (row->size() <= column)
                row->append(QString());
            (*row)[column] = value;
        }
    }
    if (xml.hasError())
        return malformed(xml.errorString());
    return records;
}
} // namespace

Result<LedgerTable> SpreadsheetReader::parseXlsx(const QByteArray &data)
{
    auto zip = ZipArchive::open(data);
    if (!zip)
        return zip.error();
    auto strings = sharedStrings(*zip.value());
    if (!strings)
        return strings.error();
    auto sheet = zip.value()->entry(firstSheetPath(*zip.value()));
    if (!sheet)
        return sheet.error();
    auto records = sheetRecords(sheet.value(), strings.value());
    if (!records)
        return records.error();
    return toTable(records.value());
}

Result<LedgerTable> SpreadsheetReader::read(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        return makeError(ErrorKind::Usage, tr("A ledger is read from .xlsx or .csv, not \"%1\".").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::NotFound, tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxEntryBytes)
        return malformed(tr("the file is larger than 64 MiB."));
    const QByteArray data = file.readAll();
    return suffix == QLatin1String("csv") ? parseCsv(data) : parseXlsx(data);
}

} // namespace tj
