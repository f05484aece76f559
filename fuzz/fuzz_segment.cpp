// libFuzzer target: a whole segment of hostile bytes, scanned the way a peer does: header
// check, member table, ring reads from tail, repair and a write under the lock.
#include "roomsegment_p.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>

using namespace ShmChat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The input is the start of the segment; the rest stays zero, as a fresh segment would be.
    // (The picture area after the ring is only ever read here: zeroed once.)
    static const std::unique_ptr<char[]> memory(new char[Layout::SegmentSize]());
    std::memset(memory.get(), 0, Layout::PictureAreaOffset);
    std::memcpy(memory.get(), data, qMin<size_t>(size, Layout::SegmentSize));

    RoomSegment segment;
    segment.attachBuffer(memory.get());
    if (!segment.headerValid())
        return 0;

    QList<RoomMemberEntry> members;
    segment.readMembers(&members);
    segment.onlyDeadMembers(0);
    // The typing words, as a reader looks at them, for every slot and any member id.
    for (const RoomMemberEntry &member : std::as_const(members))
        segment.isTyping(member.slot, member.id, 1000);
    for (int slot = -1; slot <= int(Layout::MemberSlotCount); ++slot)
        segment.isTyping(slot, 1, 0);

    RingCursor cursor = segment.cursorAt(RoomSegment::CursorStart::Tail, 0);
    for (int i = 0; i < 4; ++i) {
        const ReadResult result = segment.read(cursor, 64);
        for (const ReadItem &item : result.items) {
            if (item.type == ReadItem::Type::Record && item.record.text.size() > 4096)
                __builtin_trap(); // validation let an oversize text through
            if (item.type == ReadItem::Type::Record
                && (item.record.kind == Wire::RecordKind::Direct) != (item.record.recipientId != 0))
                __builtin_trap(); // a direct message without a recipient, or a recipient on another kind
            if (item.type == ReadItem::Type::Record && item.record.kind == Wire::RecordKind::Picture) {
                QByteArray bytes;
                if (segment.copyPicture(cursor.generation, item.record.picture, &bytes) == RoomSegment::PictureCopy::Ok
                    && (bytes.size() != qsizetype(item.record.picture.size) || Wire::checksum(bytes) != item.record.picture.checksum)) {
                    __builtin_trap(); // handed out bytes that are not what the record names
                }
            }
        }
        if (!result.more)
            break;
    }

    if (RoomSegment::Locked held = segment.lock(0)) {
        held.repair();
        Wire::Outgoing record;
        record.name = "fuzz";
        record.text = "after repair";
        Wire::Outgoing direct = record;
        direct.kind = Wire::RecordKind::Direct;
        direct.recipientId = 2;
        held.append({ record, direct });
        held.unlock();
        // After a repair and a write, a reader from tail must read cleanly to the end.
        RingCursor fresh = segment.cursorAt(RoomSegment::CursorStart::Tail, 0);
        const ReadResult result = segment.read(fresh, 1 << 20);
        if (result.damaged)
            __builtin_trap();
    }
    return 0;
}
