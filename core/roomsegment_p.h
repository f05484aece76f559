// The room's shared-memory segment: opening it (roomsegment.cpp), its lock (roomlock.cpp), its
// ring (ring.cpp) and its member table (members.cpp). The layout is in segmentlayout_p.h; how
// a room's segment is found, in rendezvous_p.h; the protocol (who writes what, and when) at the
// top of roomsegment.cpp.
#pragma once

#include "platform_p.h"
#include "rendezvous_p.h"
#include "segmentlayout_p.h"
#include "wireformat_p.h"

#include <QtCore/QList>
#include <QtCore/QLoggingCategory>
#include <QtCore/QString>

Q_DECLARE_LOGGING_CATEGORY(lcSegment)

namespace ShmChat {

struct RoomMemberEntry
{
    int slot = -1;
    quint32 id = 0;
    qint64 pid = 0;
    qint64 heartbeatMs = 0;
    bool left = false; // left normally; its leave is still to be announced
    QString name;
    QString machine; // a member on another machine, listed by the bridge; empty when local
};

// Where a reader is in the ring. Each reader owns one; nothing of it lives in the segment.
struct RingCursor
{
    quint64 generation = 0;
    quint64 pos = 0;        // byte position (never wraps) of the next record to read
    quint64 nextSeq = 0;    // sequence number expected there
    bool seqKnown = false;  // false right after a resynchronisation: accept what comes next...
    quint64 lastSeq = 0;    // ...unless it is not newer than what we delivered: never twice
    Wire::NameCache names;  // the last sender's name, decoded
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
    // Intact records (framing, checksum and generation hold) whose name or text no sender may
    // write, skipped one by one: forged by a process of the user, not damage.
    int refused = 0;
    bool notReady = false;  // the header is not valid right now (being initialised, or garbage)
};

class RoomSegment
{
public:
    enum class LockResult { Acquired, Recovered, Busy };
    enum class OpenError {
        None,
        Busy,                // the user's lock or the room's lock is held: try again
        FolderUnusable,      // the rendezvous folder cannot be created or used
        FolderForeign,       // the rendezvous folder belongs to another user
        KeyOccupied,         // every key tried leads to somebody else's segment
        SystemLimit,         // the system's limits on shared memory (or semaphores) are reached
        IncompatibleVersion, // the room is in use by a build with another layout
        OtherNamespace,      // the room is in use from another PID or time namespace
        System,              // anything else the system refused
    };
    struct OpenResult
    {
        enum class Status { Opened, Retry, Failed } status = Status::Failed;
        OpenError error = OpenError::None;
        QString detail; // what went wrong, in the user's language (Retry: why we wait)
        QString notice; // Opened: what was found and reset, once
    };
    enum class MemberError { None, RoomFull };
    class Locked;

    RoomSegment();
    ~RoomSegment();
    RoomSegment(const RoomSegment &) = delete;
    RoomSegment &operator=(const RoomSegment &) = delete;

    // --- opening and ownership (roomsegment.cpp) ---
    // One attempt to find, create or repair the room's segment and map it. It waits for nothing
    // but the room's lock, and that at most lockBudgetMs; Retry means a transient obstacle.
    OpenResult tryOpen(const QString &room, int lockBudgetMs);
    // Attempts again until budgetMs have passed. Sleeps between attempts: not for a GUI thread.
    OpenResult open(const QString &room, int budgetMs);
    void close();
    // Works on memory that is not shared (fuzzing and tests); size must be Layout::SegmentSize.
    void attachBuffer(void *memory, const RoomIdentity &identity = RoomIdentity::of(QStringLiteral("(buffer)")));
    bool isOpen() const { return m_header != nullptr; }
    QString nativeKey() const { return m_rendezvous.nativeKey(); }
    // False once a newcomer would no longer find this segment (its key folder was removed).
    bool keyStillLeadsHere() const { return m_rendezvous.keyStillLeadsHere(); }
    static void removeIfUnused(const QString &room) { Rendezvous::removeIfUnused(room); }
    bool headerValid() const;
    // The bridge's words in the header (shmchat-bridge only).
    SegmentHeader *header() const { return m_header; }

    // --- the lock (roomlock.cpp) ---
    // The lock lives in the segment. A dead holder's lock is taken over at once (Recovered,
    // after the ring has been repaired); a live one is waited for at most budgetMs, after which
    // the result is empty (Busy). Holding it is the only way to what needs it.
    Locked lock(int budgetMs);

    // --- the ring, without the lock (ring.cpp) ---
    enum class CursorStart { Tail, Head };
    // Takes the lock for a moment if it can get it within the budget, to learn the sequence
    // number at the start; without it the cursor learns it from the first record it reads.
    RingCursor cursorAt(CursorStart start, int lockBudgetMs);
    // Idle check: a handful of atomic loads, no system call.
    bool hasNews(const RingCursor &cursor, quint32 knownEpoch) const;
    quint64 headPosition() const;
    ReadResult read(RingCursor &cursor, int maxRecords) const;

    // --- the picture area, without the lock (pictures.cpp) ---
    enum class PictureCopy { Ok, Gone, Damaged };
    // Copies a picture out and verifies it against its reference: Gone when the area no longer
    // holds it (overwritten by newer pictures, or the room was reset since generation), Damaged
    // when the bytes are not what the reference says (forged or damaged).
    PictureCopy copyPicture(quint64 generation, const Wire::PictureRef &ref, QByteArray *out) const;
    quint64 generation() const;

    // --- the member table, without the lock (members.cpp) ---
    quint32 memberEpoch() const;
    // False when the table was changing during every try; try again at the next poll.
    bool readMembers(QList<RoomMemberEntry> *members) const;
    void heartbeat(int slot, qint64 nowMs);
    // The typing indicator: written by the slot's owner without the lock (0: not typing); read
    // by anyone, for the member that holds the slot now.
    void setTypingUntil(int slot, qint64 untilMs);
    bool isTyping(int slot, quint32 memberId, qint64 nowMs) const;
    bool slotHolds(int slot, quint32 memberId) const;
    // Marks our own slot as left, for whoever next holds the lock to announce. False when the
    // slot is no longer ours.
    bool markLeft(int slot, quint32 memberId);
    // True when the member table lists someone (not counting members that left) and every one
    // listed is dead.
    bool onlyDeadMembers(qint64 nowMs) const;
    static bool memberIsDead(const RoomMemberEntry &member, qint64 nowMs);
    // One slot's bytes (copied out of the segment), validated as readMembers() does: false for
    // a free slot and for one that fails any check.
    static bool parseSlot(const char *raw, int index, RoomMemberEntry *entry);

private:
    friend class Locked;
    // opening
    enum class Verdict { Fresh, Ours, Foreign, OtherLayout, OtherNamespace, Damaged };
    Verdict classify(QByteArrayView head, quint32 *version) const;
    OpenResult tryOpenLocked(int lockBudgetMs);
    bool abandoned(qint64 othersAttached) const;
    void mapped();
    void initialise();
    // lock
    LockResult tryLock(int budgetMs);
    void unlock();
    quint64 nextLockValue();
    // ring
    quint64 append(const QList<Wire::Outgoing> &records);
    bool repairRing();
    void copyOut(quint64 pos, char *dst, quint32 size) const;
    void copyIn(quint64 pos, const char *src, quint32 size);
    enum class Copy { Ok, Overwritten, Invalid };
    Copy copyRecord(quint64 pos, quint64 head, char *buffer, quint32 *size) const;
    bool ringConsistent(quint64 head, quint64 tail) const;
    quint32 generationTag() const;
    bool decodeAt(quint64 pos, quint64 head, quint32 tag, char *buffer, quint32 *size,
                  Wire::Record *record, Copy *copy, Wire::NameCache *names = nullptr,
                  quint64 *refusedSeq = nullptr) const;
    // pictures
    bool storePicture(QByteArrayView bytes, quint64 *position);
    void copyPictureOut(quint64 pos, char *dst, quint32 size) const;
    // members
    MemberError addMember(const QByteArray &nameUtf8, qint64 pid, int *slot, quint32 *memberId,
                          const QByteArray &machineUtf8 = QByteArray());
    void removeMember(int slot);
    bool renameMember(int slot, quint32 memberId, const QByteArray &nameUtf8);
    bool repairMembers();
    void clearMembers();
    void beginMemberChange();
    void endMemberChange();
    MemberSlot *slotAt(int slot) const;
    void writeSlot(int slot, qint64 pid, const QByteArray &nameUtf8, quint32 memberId,
                   const QByteArray &machineUtf8);

    Rendezvous m_rendezvous;
    RoomIdentity m_identity;
    Platform::Namespaces m_namespaces;
    SegmentHeader *m_header = nullptr;
    char *m_base = nullptr;
    char *m_ring = nullptr;
    char *m_pictures = nullptr;
    qint64 m_damagedSinceMs = 0; // when an opener first found the header unreadable
    const quint64 m_pidBits;  // our pid, in the lock word's upper half
    quint32 m_acquisitions;   // the lower half: new for every acquisition
    quint64 m_heldLock = 0;   // the value we stored, while we hold the lock
    // Who held the lock when we last found it taken, and since when: a holder that neither dies
    // nor lets go for LockStaleMs is treated as gone (a stopped or hostile process).
    mutable quint64 m_seenHolder = 0;
    mutable qint64 m_seenHolderSinceMs = 0;
    // What happened while we held the lock, logged once it is released: writing to stderr can
    // block (a full pipe nobody reads yet, a paused terminal), and every member waits for the
    // lock meanwhile.
    struct LockNotes
    {
        quint64 tookOverFrom = 0; // the holder's lock word
        bool heldTooLong = false;
        bool repaired = false;
        bool refusedRecord = false;
    };
    LockNotes m_lockNotes;
};

// Holding the room's lock, as a scope: what needs the lock is reachable only through it, and it
// is released when the object goes (or at unlock()). Move-only.
class RoomSegment::Locked
{
public:
    Locked() = default;
    Locked(Locked &&other) noexcept;
    Locked &operator=(Locked &&other) noexcept;
    ~Locked() { unlock(); }
    Locked(const Locked &) = delete;
    Locked &operator=(const Locked &) = delete;

    explicit operator bool() const { return m_segment != nullptr; }
    // Acquired, or Recovered from a dead or stuck holder; Busy when empty.
    LockResult result() const { return m_result; }
    void unlock();

    // Appends records in order and returns the sequence number of the first one, or 0 when
    // nothing was written: the lock was taken over meanwhile (we were stopped too long), or a
    // record breaks the layout's limits.
    quint64 append(const QList<Wire::Outgoing> &records) { return m_segment->append(records); }
    // machineUtf8: a member on another machine (the bridge lists it), pid the bridge's.
    MemberError addMember(const QByteArray &nameUtf8, qint64 pid, int *slot, quint32 *memberId,
                          const QByteArray &machineUtf8 = QByteArray())
    {
        return m_segment->addMember(nameUtf8, pid, slot, memberId, machineUtf8);
    }
    void removeMember(int slot) { m_segment->removeMember(slot); }
    // Copies a picture into the area (retiring the oldest pictures to make room) and says where;
    // false when it is larger than the layout allows or the lock was taken over meanwhile. The
    // record that names it is appended separately, after.
    bool storePicture(QByteArrayView bytes, quint64 *position) { return m_segment->storePicture(bytes, position); }
    bool renameMember(int slot, quint32 memberId, const QByteArray &nameUtf8)
    {
        return m_segment->renameMember(slot, memberId, nameUtf8);
    }
    // Re-validates the ring and the member table and fixes what is wrong; true if anything was.
    bool repair();
    // Starts the room's life anew: header, empty ring, empty member table.
    void initialise() { m_segment->initialise(); }

private:
    friend class RoomSegment;
    Locked(RoomSegment *segment, LockResult result) : m_segment(segment), m_result(result) {}

    RoomSegment *m_segment = nullptr;
    LockResult m_result = LockResult::Busy;
};

} // namespace ShmChat
