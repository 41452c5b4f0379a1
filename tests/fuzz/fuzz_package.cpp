// libFuzzer target: transfer package files from removable media (core/transfer/package.*). The
// framing is read without any JSON; the manifest and part hashes are checked whether or not the
// signature holds (so the fuzzer reaches them), and every refusal carries a message.
#include "fuzzsupport.h"
#include "transfer/package.h"

#include <QJsonArray>

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, std::size_t size)
{
    using tj::transfer::PackageCodec;
    const QByteArray file = tj::fuzz::bytes(data, size);
    auto frame = PackageCodec::readFrame(file);
    if (!frame) {
        TJ_FUZZ_CHECK(!frame.error().message.isEmpty());
        TJ_FUZZ_CHECK(!PackageCodec::verifyWithHeaderKey(file).ok());
        return 0;
    }
    // A frame accounts for every byte: header, manifest, parts and the signature.
    qint64 total = 8 + 2 + 32 + 4 + frame->manifest.size() + 4 + 64;
    for (const auto &part : frame->parts)
        total += 8 + part.data.size();
    TJ_FUZZ_CHECK(total == file.size());
    TJ_FUZZ_CHECK(frame->publicKey.size() == 32 && frame->signature.size() == 64);

    const auto signature = PackageCodec::verifySignature(*frame, frame->publicKey);
    if (!signature)
        TJ_FUZZ_CHECK(!signature.error().message.isEmpty());
    auto opened = PackageCodec::openVerified(*frame);
    if (!opened) {
        TJ_FUZZ_CHECK(!opened.error().message.isEmpty());
        return 0;
    }
    const QJsonArray listed = opened->manifest.value(QStringLiteral("parts")).toArray();
    TJ_FUZZ_CHECK(listed.size() == opened->parts.size());
    for (int i = 0; i < opened->parts.size(); ++i) {
        TJ_FUZZ_CHECK(!opened->parts.at(i).name.isEmpty());
        TJ_FUZZ_CHECK(listed.at(i).toObject().value(QStringLiteral("sha256")).toString()
                      == PackageCodec::sha256Hex(opened->parts.at(i).data));
    }
    TJ_FUZZ_CHECK(PackageCodec::verifyWithHeaderKey(file).ok() == signature.ok());
    return 0;
}
