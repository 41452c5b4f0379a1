// libFuzzer target: the JSON documents users hand to the command line (case intake, session,
// agreement, ledger column mapping) and the identifier and amount checks their fields go through.
#include "cases/casejson.h"
#include "common/money.h"
#include "fuzzsupport.h"
#include "ledger/ledgerimport.h"
#include "parties/identifiers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Every string anywhere in the document goes through the field checks as well.
void checkStrings(const QJsonValue &v, int depth)
{
    if (depth > 32)
        return;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            checkStrings(it.value(), depth + 1);
    } else if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            checkStrings(item, depth + 1);
    } else if (v.isString()) {
        const QString s = v.toString();
        if (tj::Identifiers::checkResidentId(s).isEmpty()) {
            TJ_FUZZ_CHECK(tj::Identifiers::birthDateOfResidentId(s).isValid());
            TJ_FUZZ_CHECK(tj::Identifiers::maskResidentId(s).size() == s.size());
        }
        (void)tj::Identifiers::checkCreditCode(s);
        if (const auto fen = tj::money::parseYuan(s)) {
            TJ_FUZZ_CHECK(*fen >= 0);
            // A parsed amount prints back to a value that parses to the same fen.
            TJ_FUZZ_CHECK(tj::money::parseYuan(tj::money::formatYuan(*fen)) == fen);
            TJ_FUZZ_CHECK(!tj::money::capitals(*fen).isEmpty());
        }
    }
}

template<typename R>
void expectReadable(const R &r)
{
    if (!r)
        TJ_FUZZ_CHECK(!r.error().message.isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, std::size_t size)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(tj::fuzz::bytes(data, size), &error);
    if (doc.isNull())
        return 0;
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        expectReadable(tj::CaseJson::intakeFromJson(o));
        expectReadable(tj::CaseJson::sessionFromJson(o));
        expectReadable(tj::CaseJson::agreementFromJson(o));
        expectReadable(tj::LedgerMapping::fromJson(o));
    }
    checkStrings(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), 0);
    return 0;
}
