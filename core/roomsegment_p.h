// The room's shared-memory segment: layout, lock, ring and member table. Only this class sees
// QSharedMemory. See the top of roomsegment.cpp for the layout and the protocol.
#pragma once

#include "wireformat_p.h"

#include <QtCore/QList>
#include <QtCore/QSharedMemory>
#include <QtCore/QString>

#include <cstddef>

namespace ShmChat {

struct SegmentHeader;
struct MemberSlot;

namespace Layout {
constexpr quint32 Magic = 0x43534d53;     // "SMSC" in memory order
// 2: records carry the generation tag (version 1 had a reserved zero there).
constexpr quint32 Version = 2;
constexpr quint32 HeaderSize = 256;
constexpr quint32 MemberSlotCount = 32;
constexpr quint32 MemberSlotSize = 128;
constexpr quint32 MemberTableOffset = HeaderSize;
constexpr quint32 RingOffset = 8192;
// A power of two, so that positions wrap by masking. The ring bounds the loss-free rate (about
// capacity / the longest time a reader goes unscheduled) and the history a newcomer sees.
// macOS allows 4 MB per System V segment by default; Linux far more.
#if defined(Q_OS_LINUX)
constexpr quint32 RingCapacity = 8u * 1024 * 1024;
#else
constexpr quint32 RingCapacity = 2u * 1024 * 1024;
#endif
constexpr quint32 SegmentSize = RingOffset + RingCapacity;
// Upper bound on records in the ring: any walk over it is bounded by this, not by the segment.
constexpr quint32 MaxRecordsInRing = RingCapacity / Wire::RecordHeaderSize;
static_assert((RingCapacity & (RingCapacity - 1)) == 0);
static_assert(MemberTableOffset + MemberSlotCount * MemberSlotSize <= RingOffset);
} // namespace Layout

struct RoomMemberEntry
{
    int slot = -1;
    quint32 id = 0;
    qint64 pid = 0;
    qint64 heartbeatMs = 0;
    QString name;
};

// Where a reader is in the ring. Each reader owns one; nothing of it lives in the segment.
struct RingCursor
{
    quint64 generation = 0;
    quint64 pos = 0;        // byte position (never wraps) of the next record to read
    quint64 nextSeq = 0;    // sequence number expected there
    bool seqKnown = false;  // false right after a resynchronisation: accept what comes next...
    quint64 lastSeq = 0;    // ...unless it is not newer than what we delivered: never twice
};

struct ReadItem
{
    enum class Type { Record, Missed } type = Type::Record;
    Wire::Record record;
    quint64 missed = 0;
    quint64 pos = 0;
};

struct ReadResult
{
    QList<ReadItem> items;
    bool more = false;      // stopped at the batch limit with records left
    bool reset = false;     // the segment was re-initialised since the cursor's generation
    bool damaged = false;   // a record or the ring's bookkeeping failed validation
    bool notReady = false;  // the header is not valid right now (being initialised, or garbage)
};

class RoomSegment
{
public:
    enum class LockResult { Acquired, Recovered, Busy };
    enum class OpenError { None, InvalidRoom, Busy, Foreign, TooSmall, System };
    enum class MemberError { None, RoomFull };

    RoomSegment();
    ~RoomSegment();
    RoomSegment(const RoomSegment &) = delete;
    RoomSegment &operator=(const RoomSegment &) = delete;

    // "shmc_" and 16 hex digits of SHA-1(user, room): per user and room, short for macOS.
    static QString keyForRoom(const QString &room);
    // Points shm at a key the way every ShmChat build does, whatever the Qt version.
    static void applyKey(QSharedMemory &shm, const QString &key);
    // Removes a room's segment if nobody is attached any more (tests, and left-over cleanup).
    static void removeIfUnused(const QString &room);

    // Attaches, creating and initialising the segment when needed; re-initialises a segment that
    // is garbage, of another layout, or left by crashed instances (then *recovered says why).
    // Waits at most lockBudgetMs for the room's lock.
    OpenError open(const QString &room, int lockBudgetMs, QString *detail, QString *recovered);
    void close();
    // Works on memory that is not shared (fuzzing and tests); size must be Layout::SegmentSize.
    void attachBuffer(void *memory);
    bool isOpen() const { return m_header != nullptr; }
    QString key() const { return m_key; }

    // The lock lives in the segment. A dead holder's lock is taken over (Recovered, after the
    // ring has been repaired); a live one is waited for at most budgetMs, then Busy.
    LockResult tryLock(int budgetMs);
    void unlock();

    // --- under the lock ---
    // Appends records in order and returns the sequence number of the first one, or 0 when the
    // lock turned out to have been taken over (we were stopped too long): nothing is published.
    quint64 append(const QList<Wire::Outgoing> &records);
    MemberError addMember(const QByteArray &nameUtf8, qint64 pid, int *slot, quint32 *memberId);
    void removeMember(int slot);
    bool renameMember(int slot, quint32 memberId, const QByteArray &nameUtf8);
    // Re-validates the ring and member table; fixes what is wrong. Returns true if it changed anything.
    bool repair();
    void initialise();
    // True when the member table lists someone and every listed member is dead.
    bool onlyDeadMembers(qint64 nowMs) const;

    enum class CursorStart { Tail, Head };
    // Takes the lock for a moment if it can get it within the budget, to learn the sequence
    // number at the start; without it the cursor learns it from the first record it reads.
    RingCursor cursorAt(CursorStart start, int lockBudgetMs);

    // --- without the lock ---
    // Idle check: a handful of atomic loads, no system call.
    bool hasNews(const RingCursor &cursor, quint32 knownEpoch) const;
    quint32 memberEpoch() const;
    bool headerValid() const;
    quint64 headPosition() const;
    ReadResult read(RingCursor &cursor, int maxRecords) const;
    // False when the table was changing during every try; try again at the next poll.
    bool readMembers(QList<RoomMemberEntry> *members) const;
    void heartbeat(int slot, qint64 nowMs);
    bool slotHolds(int slot, quint32 memberId) const;

    static bool memberIsDead(const RoomMemberEntry &member, qint64 nowMs);

private:
    void copyOut(quint64 pos, char *dst, quint32 size) const;
    void copyIn(quint64 pos, const char *src, quint32 size);
    enum class Copy { Ok, Overwritten, Invalid };
    Copy copyRecord(quint64 pos, quint64 head, char *buffer, quint32 *size) const;
    bool ringConsistent(quint64 head, quint64 tail) const;
    void beginMemberChange();
    void endMemberChange();
    MemberSlot *slotAt(int slot) const;
    void writeSlot(int slot, quint32 memberId, qint64 pid, const QByteArray &nameUtf8);
    bool checkOwnership(QString *detail) const;
    quint32 generationTag() const;
    bool decodeAt(quint64 pos, quint64 head, quint32 tag, char *buffer, quint32 *size,
                  Wire::Record *record, Copy *copy) const;

    QSharedMemory m_shm;
    QString m_key;
    SegmentHeader *m_header = nullptr;
    char *m_base = nullptr;
    char *m_ring = nullptr;
    quint64 nextLockValue();
    const quint64 m_pidBits;  // our pid, in the lock word's upper half
    quint32 m_acquisitions;   // the lower half: new for every acquisition
    quint64 m_heldLock = 0;   // the value we stored, while we hold the lock
    // Who held the lock when we last found it taken, and since when: a holder that neither dies
    // nor lets go for LockStaleMs is treated as gone (a stopped or hostile process).
    mutable quint64 m_seenHolder = 0;
    mutable qint64 m_seenHolderSinceMs = 0;
};

} // namespace ShmChat
