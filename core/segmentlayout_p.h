// The room's shared-memory segment, byte by byte. This is the one description of the layout:
// the code, the tests and the fuzzers use these names, and the README shows the diagram below
// (a test checks that it is the same).
//
// Bump Layout::Version for every change a build of another version would misread (an offset,
// a size, a meaning, the record format in wireformat.cpp). Two rules never change, so that
// every version can recognise a room and refuse it with a clear message:
//   - bytes 0..7 are the magic and the version;
//   - bytes 8..39 are the room's identity (see SegmentHeader::identity).
//
// Layout version 5 (8 KiB + the ring + the picture area: 8 + 16 MiB on Linux and Windows,
// 512 KiB + 1 MiB on macOS and other Unix systems; integers little-endian):
//
// layout diagram begins
// 0     header (256 B): magic "SMSC", layout version, identity (SHA-256; bytes 0-39 keep their
//       meaning in every version), generation (random, new at every (re)initialisation), sizes,
//       PID and time namespace of its maker, room name, picture area offset and capacity;
//       bridge in/out sequence numbers (176); then lock word, head, tail, nextSeq, member
//       epoch, next member id, picture area head and tail (byte counters that never wrap, like
//       the ring's), bridge pid (248)
// 256   member table: 32 slots x 128 B: state and member id (one word), pid, heartbeat,
//       name (<= 64 B UTF-8), checksum (XXH3); at 96 typing-until (steady clock ms, owner
//       only); at 104 machine (length + <= 23 B, remote members only)
// 8192  ring of variable-length records; positions are 64-bit byte counters that never wrap
//       (offset = position mod ring size); a record may straddle the end
// record: size | XXH3 | seq | time (ms, UTC) | member id | kind | flags | name length (1 B) |
//         machine length (1 B) | text length | generation tag | name | text | machine |
//         padding to 8 bytes
//         kind 6 (direct): text = recipient's member id (4 B) | the message
// 8192+ring  picture area: encoded pictures (PNG, JPEG, GIF) back to back, each at an 8-byte
//       aligned position; a picture record (kind 5) names it: its text is position (8) |
//       size (4) | XXH3 of the bytes (4) | format (1) | 3 zero bytes | width (4) | height (4) |
//       file name (UTF-8, <= 64 B)
// layout diagram ends
//
// Who writes what, and when: see roomsegment.cpp.
#pragma once

#include "wireformat_p.h"
#include "shmchat_os.h"

#include <QtCore/QtGlobal>

#include <atomic>
#include <cstddef>

namespace ShmChat {

namespace Layout {
constexpr quint32 Magic = 0x43534d53; // "SMSC" in memory order
// 5: a picture area after the ring, referenced by picture records (kind 5); record kind 6 is a
//    direct message; member slots carry typing-until at byte 96. For shmchat-bridge: remote
//    records (flag 0x10, the machine's name after the text, so the name length is one byte),
//    kind 10 (missed), a remote member's machine in its slot, the bridge's header words.
// 4: records and member slots are checksummed with XXH3 (low 32 bits) instead of CRC-32.
// (3: the header carries the room's identity and the namespaces of its members; member slots
//    hold state and id in one word. 2: records carry the generation tag.)
constexpr quint32 Version = 5;
constexpr quint32 HeaderSize = 256;
constexpr quint32 IdentitySize = 32;
constexpr quint32 MemberSlotCount = 32;
constexpr quint32 MemberSlotSize = 128;
constexpr quint32 MemberTableOffset = HeaderSize;
constexpr quint32 RingOffset = 8192;
// A power of two, so that positions wrap by masking. The ring bounds the loss-free rate (about
// capacity / the longest time a reader goes unscheduled) and the history a newcomer sees.
// macOS allows 4 MB per System V segment by default, but also only 1,024 pages (4 MiB) for all
// segments together and 8 attached per process: with 512 KiB a room took 520 KiB, so seven fit
// beside each other where 2 MiB let one room exist at a time (with the picture area of layout 5,
// 1.5 MiB: two). Linux's limits are far higher, and
// a Windows mapping has none of these. (No build for macOS has shipped, so no room of the old
// size can meet one of the new: the layout version stays.)
#if defined(SHMCHAT_OS_LINUX) || defined(SHMCHAT_OS_WIN)
constexpr quint32 RingCapacity = 8u * 1024 * 1024;
#else
constexpr quint32 RingCapacity = 512u * 1024;
#endif
// Pictures travel in an area of their own after the ring, so that a few of them cannot retire
// thousands of messages. It holds at least four of the largest pictures; on macOS it is small
// for the same reason as the ring (1.5 MiB a room: two rooms fit its 4 MiB for all segments).
constexpr quint32 PictureAreaOffset = RingOffset + RingCapacity;
#if defined(SHMCHAT_OS_LINUX) || defined(SHMCHAT_OS_WIN)
constexpr quint32 PictureAreaCapacity = 16u * 1024 * 1024;
#else
constexpr quint32 PictureAreaCapacity = 1024u * 1024;
#endif
constexpr quint32 MaxPictureBytes = PictureAreaCapacity / 4;
constexpr quint32 SegmentSize = PictureAreaOffset + PictureAreaCapacity;
// Upper bound on records in the ring: any walk over it is bounded by this, not by the segment.
constexpr quint32 MaxRecordsInRing = RingCapacity / Wire::RecordHeaderSize;
static_assert((RingCapacity & (RingCapacity - 1)) == 0);
static_assert((PictureAreaCapacity & (PictureAreaCapacity - 1)) == 0);
static_assert(MaxPictureBytes <= Wire::MaxPictureBytes);
static_assert(MemberTableOffset + MemberSlotCount * MemberSlotSize <= RingOffset);
} // namespace Layout

// Member slot states, in the upper half of MemberSlot::stateAndId.
enum class SlotState : quint32 {
    Free = 0,
    Used = 1,
    // The member left normally but could not get the lock to say so; whoever next holds the
    // lock announces its leave (as a normal one) and frees the slot.
    Left = 2,
};

constexpr quint64 slotWord(SlotState state, quint32 memberId)
{
    return (quint64(state) << 32) | memberId;
}
constexpr SlotState slotStateOf(quint64 word) { return SlotState(quint32(word >> 32)); }
constexpr quint32 slotMemberOf(quint64 word) { return quint32(word); }

struct SegmentHeader
{
    // Written once when the segment is (re)initialised; magic last, with release order.
    std::atomic<quint32> magic;
    quint32 version;
    // SHA-256("ShmChat room" 0x1f user 0x1f room name): which room of which user this is. An
    // opener never uses a segment that names another room (ftok() collisions merge keys).
    unsigned char identity[Layout::IdentitySize];
    std::atomic<quint64> generation; // random, new at every (re)initialisation; never 0
    quint32 segmentSize;
    quint32 memberTableOffset;
    quint32 memberSlotCount;
    quint32 memberSlotSize;
    quint32 ringOffset;
    quint32 ringCapacity;
    // The PID and time namespaces of the process that initialised the room (0: not known).
    // Members compare pids and steady clocks, which only mean something within one namespace.
    quint64 pidNamespace;
    quint64 timeNamespace;
    quint32 roomNameLength;
    char roomName[Wire::MaxNameBytes];
    quint32 pictureAreaOffset;
    quint32 pictureAreaCapacity;
    char reserved1[176 - 164];
    // shmchat-bridge's own bookkeeping, written by the bridge only: the last NATS stream
    // sequence it appended here, and the last local sequence number it published.
    std::atomic<quint64> bridgeInSeq;
    std::atomic<quint64> bridgeOutSeq;
    // Changed while the room is in use. Each on its own cache line would cost 4 lines of the
    // header for little: all but the lock word are written by the lock holder only.
    std::atomic<quint64> lockWord; // 0 = free, else (pid << 32 | a value new at every acquisition)
    std::atomic<quint64> head;     // byte position after the last committed record
    std::atomic<quint64> tail;     // byte position of the oldest record still intact
    std::atomic<quint64> nextSeq;  // sequence number of the next record
    std::atomic<quint32> memberEpoch;  // odd while the member table changes (a seqlock)
    std::atomic<quint32> nextMemberId;
    // The picture area, written under the lock like head and tail: a writer moves pictureTail
    // past what it will overwrite, copies, then publishes pictureHead.
    std::atomic<quint64> pictureHead;
    std::atomic<quint64> pictureTail;
    // The pid of the room's bridge (0: none): one bridge per room per machine.
    std::atomic<quint64> bridgePid;
};

struct MemberSlot
{
    // State and member id in one word, so that a member can mark its own slot Left with a
    // compare-and-swap that cannot hit a slot freed and reused meanwhile.
    std::atomic<quint64> stateAndId;
    qint64 pid;
    std::atomic<qint64> heartbeat; // steady clock ms; written by its owner without the lock
    quint32 nameLength;
    quint32 checksum; // Wire::checksum(name, seeded with checksum(memberId, pid, nameLength))
    char name[Wire::MaxNameBytes];
    // Until when (steady clock ms) its owner has unsent text in the composer; 0: not typing.
    // Written by the owner without the lock, like the heartbeat; not under the checksum.
    std::atomic<qint64> typingUntil;
    // A member on another machine, listed here by that room's bridge: its machine's name
    // (0: a local member). Covered by the checksum when not empty.
    quint8 machineLength;
    char machine[Wire::MaxMachineBytes];
};

// The layout is a contract between processes, possibly built by different compilers.
static_assert(std::atomic<quint64>::is_always_lock_free);
static_assert(std::atomic<quint32>::is_always_lock_free);
static_assert(sizeof(std::atomic<quint64>) == 8 && sizeof(std::atomic<quint32>) == 4);
static_assert(sizeof(SegmentHeader) == Layout::HeaderSize);
static_assert(offsetof(SegmentHeader, version) == 4);
static_assert(offsetof(SegmentHeader, identity) == 8);
static_assert(offsetof(SegmentHeader, generation) == 40);
static_assert(offsetof(SegmentHeader, segmentSize) == 48);
static_assert(offsetof(SegmentHeader, pidNamespace) == 72);
static_assert(offsetof(SegmentHeader, roomNameLength) == 88);
static_assert(offsetof(SegmentHeader, roomName) == 92);
static_assert(offsetof(SegmentHeader, lockWord) == 192);
static_assert(offsetof(SegmentHeader, head) == 200);
static_assert(offsetof(SegmentHeader, tail) == 208);
static_assert(offsetof(SegmentHeader, nextSeq) == 216);
static_assert(offsetof(SegmentHeader, memberEpoch) == 224);
static_assert(offsetof(SegmentHeader, nextMemberId) == 228);
static_assert(offsetof(SegmentHeader, pictureAreaOffset) == 156);
static_assert(offsetof(SegmentHeader, pictureAreaCapacity) == 160);
static_assert(offsetof(SegmentHeader, pictureHead) == 232);
static_assert(offsetof(SegmentHeader, pictureTail) == 240);
static_assert(offsetof(SegmentHeader, bridgeInSeq) == 176);
static_assert(offsetof(SegmentHeader, bridgeOutSeq) == 184);
static_assert(offsetof(SegmentHeader, bridgePid) == 248);
static_assert(sizeof(MemberSlot) == Layout::MemberSlotSize);
static_assert(offsetof(MemberSlot, pid) == 8);
static_assert(offsetof(MemberSlot, heartbeat) == 16);
static_assert(offsetof(MemberSlot, nameLength) == 24);
static_assert(offsetof(MemberSlot, checksum) == 28);
static_assert(offsetof(MemberSlot, name) == 32);
static_assert(offsetof(MemberSlot, typingUntil) == 96);
static_assert(offsetof(MemberSlot, machineLength) == 104);

} // namespace ShmChat
