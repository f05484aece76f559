// libFuzzer target: the record decoder, fed any bytes; and the one-pass text decoder, held to
// Qt's own UTF-8 decoder and the plain rules on the same bytes.
#include "referencetext.h"
#include "wireformat_p.h"

#include <cstddef>
#include <cstdint>

using namespace ShmChat;

namespace {

void checkTextPath(QByteArrayView bytes)
{
    QString expected;
    QString actual;
    const bool expectText = TestSupport::referenceDecode(bytes, true, &expected);
    if (Wire::decodeMessageText(bytes, &actual) != expectText || (expectText && actual != expected))
        __builtin_trap();
    const bool expectName = TestSupport::referenceDecodeName(bytes, &expected);
    if (Wire::decodeName(bytes, &actual) != expectName || (expectName && actual != expected))
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Wire::Record record;
    Wire::NameCache names;
    if (Wire::decode(bytes, &record, &names) == Wire::DecodeError::None) {
        // Whatever decodes must re-encode to the same bytes: nothing is lost or invented.
        Wire::Outgoing again;
        again.kind = record.kind;
        again.flags = record.flags;
        again.memberId = record.memberId;
        again.recipientId = record.recipientId; // a direct message's prefix
        again.timeMs = record.timeMs;
        again.name = record.name.toUtf8();
        again.text = record.text.toUtf8();
        again.machine = record.machine.toUtf8();
        const QByteArray encoded = Wire::encode(again, record.seq, record.generationTag);
        if (encoded != bytes.first(encoded.size()).toByteArray())
            __builtin_trap();
        // A second decode through the reader's name cache gives the same record.
        Wire::Record cached;
        if (Wire::decode(bytes, &cached, &names) != Wire::DecodeError::None || cached.name != record.name
            || cached.text != record.text || cached.recipientId != record.recipientId || cached.machine != record.machine)
            __builtin_trap();
        // Only a direct message names a recipient, and never member 0.
        if ((record.kind == Wire::RecordKind::Direct) != (record.recipientId != 0))
            __builtin_trap();
    }
    Wire::peekRecordSize(bytes);
    // Text longer than a record can carry is never decoded; keep each input's work bounded.
    checkTextPath(bytes.first(qMin<qsizetype>(bytes.size(), Wire::MaxTextBytes)));
    return 0;
}
