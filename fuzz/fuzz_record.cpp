// libFuzzer target: the record decoder, fed any bytes.
#include "wireformat_p.h"

#include <cstddef>
#include <cstdint>

using namespace ShmChat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Wire::Record record;
    if (Wire::decode(bytes, &record) == Wire::DecodeError::None) {
        // Whatever decodes must re-encode to the same bytes: nothing is lost or invented.
        Wire::Outgoing again;
        again.kind = record.kind;
        again.flags = record.flags;
        again.memberId = record.memberId;
        again.timeMs = record.timeMs;
        again.name = record.name.toUtf8();
        again.text = record.text.toUtf8();
        const QByteArray encoded = Wire::encode(again, record.seq, record.generationTag);
        if (encoded != bytes.first(encoded.size()).toByteArray())
            __builtin_trap();
    }
    Wire::peekRecordSize(bytes);
    return 0;
}
