// A room is one shared-memory segment. This file is the only place that knows its layout.
//
// Segment layout (layout version 2; all integers little-endian, as the host writes them)
//
//   0      header, 256 bytes
//            0  u32 magic        "SMSC"; stored last when (re)initialising, with release order
//            4  u32 version      Layout::Version
//            8  u32 segmentSize, 12 u32 memberTableOffset, 16 u32 memberSlotCount,
//           20  u32 memberSlotSize, 24 u32 ringOffset, 28 u32 ringCapacity
//           32  u64 generation   random, new at every (re)initialisation
//           40  u64 lockWord     0 = free, else (pid << 32 | a value new at every acquisition)
//           48  u64 head         byte position after the last committed record (never wraps)
//           56  u64 tail         byte position of the oldest record still intact
//           64  u64 nextSeq      sequence number of the next record
//           72  u32 memberEpoch  odd while the member table changes (a seqlock)
//           76  u32 nextMemberId
//   256    member table: 32 slots of 128 bytes
//            0  u32 state (0 free, 1 used)   4 u32 memberId   8 i64 pid
//           16  i64 heartbeat (steady clock ms; written by its owner without the lock)
//           24  u32 nameLength   28 u32 crc32(memberId, pid, nameLength, name)   32 name[64]
//   8192   ring: Layout::RingCapacity bytes (8 MiB on Linux, 2 MiB elsewhere) of variable-length
//          records; position p lives at offset p % capacity,
//          and a record may wrap around the end. Record format: see wireformat.cpp
//            0 u32 size (multiple of 8)  4 u32 crc32(bytes 8..end of text)  8 u64 seq
//           16 i64 time (ms since epoch, UTC)  24 u32 memberId  28 u8 kind  29 u8 flags
//           30 u16 nameLength  32 u32 textLength  36 u32 generation tag (low half of the segment generation)  40 name, text, padding
//
// Who writes what, and when
//   - Everything but heartbeats is written under the lock word. Taking it is one CAS; a holder
//     keeps it for microseconds. Nobody sleeps on it: callers spin for a budget of a few
//     milliseconds and report "busy" after that. We do not use QSystemSemaphore for this: in
//     Qt 6.4 it cannot time out, the first process to create it deletes it on exit while others
//     hold it, and on Windows and POSIX keys a killed holder never gives it back.
//   - A holder that died (the OS says its pid is gone) loses the lock at once; so does one that
//     holds it for LockStaleMs (stopped, or a value written by a hostile process). The taker
//     repairs the ring before writing: nothing a dead writer left half-done is ever published.
//   - A writer first moves tail past the records it is about to overwrite, then writes, then
//     publishes head. Readers take no lock: they copy a record out, then re-read tail; if tail
//     passed the record meanwhile, the copy may be torn and is thrown away (a seqlock). The
//     checksum, the sequence number and the UTF-8 rules catch everything else.
//   - A reader whose cursor is behind tail was lapped: the sequence number at tail tells it
//     exactly how many records it lost.
//   - Nothing read from the segment is trusted: sizes, positions and counts are validated
//     against the constants below, and every loop is bounded by a constant.
#include "roomsegment_p.h"

#include "platform_p.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QCryptographicHash>
#include <QtCore/QFileInfo>
#include <QtCore/QLoggingCategory>
#include <QtCore/QRandomGenerator>
#include <QtCore/QStringDecoder>
#include <QtCore/QThread>
#include <QtCore/QtEndian>

#include <atomic>
#include <cstring>

#if defined(Q_OS_UNIX) && !defined(QT_POSIX_IPC)
#  include <sys/ipc.h>
#  include <sys/shm.h>
#  include <unistd.h>
#  define SHMCHAT_SYSV_OWNERSHIP_CHECK 1
#endif

Q_LOGGING_CATEGORY(lcSegment, "shmchat.segment", QtWarningMsg)

namespace ShmChat {

namespace {
// Legitimate holders keep the lock for microseconds; one that keeps it for a second is stopped
// (SIGSTOP, a debugger) or is a value written by a hostile process.
constexpr qint64 LockStaleMs = 1000;
constexpr qint64 MemberTimeoutMs = 5000;
constexpr int OpenAttempts = 5;
constexpr int MemberReadAttempts = 4;
constexpr quint32 SlotFree = 0;
constexpr quint32 SlotUsed = 1;
// Positions and sequence numbers grow by a few million a second at most: 2^62 is centuries
// away. Larger values can only be damage, and arithmetic on values near 2^64 would wrap.
constexpr quint64 MaxSaneCounter = quint64(1) << 62;
// Writers start a new life well before that, so that no write can carry a counter past it.
constexpr quint64 RenewCounterAt = MaxSaneCounter / 2;

bool countersWornOut(quint64 head, quint64 nextSeq)
{
    return head >= RenewCounterAt || nextSeq == 0 || nextSeq >= RenewCounterAt;
}
} // namespace

struct SegmentHeader
{
    std::atomic<quint32> magic;
    quint32 version;
    quint32 segmentSize;
    quint32 memberTableOffset;
    quint32 memberSlotCount;
    quint32 memberSlotSize;
    quint32 ringOffset;
    quint32 ringCapacity;
    std::atomic<quint64> generation;
    std::atomic<quint64> lockWord;
    std::atomic<quint64> head;
    std::atomic<quint64> tail;
    std::atomic<quint64> nextSeq;
    std::atomic<quint32> memberEpoch;
    std::atomic<quint32> nextMemberId;
};

struct MemberSlot
{
    std::atomic<quint32> state;
    quint32 memberId;
    qint64 pid;
    std::atomic<qint64> heartbeat;
    quint32 nameLength;
    quint32 checksum;
    char name[Wire::MaxNameBytes];
    char reserved[Layout::MemberSlotSize - 32 - Wire::MaxNameBytes];
};

// The layout above is a contract between processes, possibly built by different compilers.
static_assert(std::atomic<quint64>::is_always_lock_free);
static_assert(std::atomic<quint32>::is_always_lock_free);
static_assert(sizeof(SegmentHeader) <= Layout::HeaderSize);
static_assert(offsetof(SegmentHeader, generation) == 32);
static_assert(offsetof(SegmentHeader, lockWord) == 40);
static_assert(offsetof(SegmentHeader, head) == 48);
static_assert(offsetof(SegmentHeader, nextSeq) == 64);
static_assert(offsetof(SegmentHeader, memberEpoch) == 72);
static_assert(sizeof(MemberSlot) == Layout::MemberSlotSize);
static_assert(offsetof(MemberSlot, heartbeat) == 16);
static_assert(offsetof(MemberSlot, name) == 32);

namespace {

quint32 slotChecksum(quint32 memberId, qint64 pid, QByteArrayView name)
{
    char fixed[16];
    qToLittleEndian<quint32>(memberId, fixed);
    qToLittleEndian<qint64>(pid, fixed + 4);
    qToLittleEndian<quint32>(quint32(name.size()), fixed + 12);
    return Wire::crc32(name, Wire::crc32(QByteArrayView(fixed, sizeof fixed)));
}

bool slotIntact(const MemberSlot &slot)
{
    const quint32 state = slot.state.load(std::memory_order_relaxed);
    if (state == SlotFree)
        return true;
    const quint32 length = slot.nameLength;
    return state == SlotUsed && length <= Wire::MaxNameBytes
        && slot.checksum == slotChecksum(slot.memberId, slot.pid, QByteArrayView(slot.name, length));
}

// The header fields that never change after initialisation, as this build expects them.
bool staticFieldsMatch(const SegmentHeader &h)
{
    return h.version == Layout::Version && h.segmentSize == Layout::SegmentSize
        && h.memberTableOffset == Layout::MemberTableOffset
        && h.memberSlotCount == Layout::MemberSlotCount
        && h.memberSlotSize == Layout::MemberSlotSize && h.ringOffset == Layout::RingOffset
        && h.ringCapacity == Layout::RingCapacity;
}

QString describeHeader(const SegmentHeader &h)
{
    const quint32 magic = h.magic.load(std::memory_order_acquire);
    if (magic != Layout::Magic)
        return QCoreApplication::translate("RoomSegment", "unknown contents");
    if (h.version != Layout::Version)
        return QCoreApplication::translate("RoomSegment", "layout version %1, this program uses %2")
            .arg(h.version).arg(Layout::Version);
    return QCoreApplication::translate("RoomSegment", "inconsistent sizes");
}

} // namespace

RoomSegment::RoomSegment()
    : m_pidBits(quint64(QCoreApplication::applicationPid() & 0xffffffff) << 32),
      m_acquisitions(QRandomGenerator::system()->generate())
{
}

quint64 RoomSegment::nextLockValue()
{
    // A new value for every acquisition: a waiter that sees the same value for a second knows
    // it is one hold, not a busy writer that takes the lock again and again.
    if (++m_acquisitions == 0)
        ++m_acquisitions;
    return m_pidBits | m_acquisitions;
}

RoomSegment::~RoomSegment()
{
    close();
}

QString RoomSegment::keyForRoom(const QString &room)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(Platform::userIdentity().toUtf8());
    hash.addData(QByteArrayView("\x1f", 1));
    hash.addData(room.toUtf8());
    return QStringLiteral("shmc_") + QString::fromLatin1(hash.result().toHex().left(16));
}

void RoomSegment::applyKey(QSharedMemory &shm, const QString &key)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
    // The legacy key keeps System V on Unix, so that 6.4 and 6.6+ builds meet in one room.
    shm.setNativeKey(QSharedMemory::legacyNativeKey(key));
#else
    shm.setKey(key);
#endif
}

void RoomSegment::removeIfUnused(const QString &room)
{
    QSharedMemory shm;
    applyKey(shm, keyForRoom(room));
    if (shm.attach())
        shm.detach(); // the last one to detach removes the segment and its key file
}

RoomSegment::OpenError RoomSegment::open(const QString &room, int lockBudgetMs, QString *detail,
                                         QString *recovered)
{
    close();
    recovered->clear();
    m_key = keyForRoom(room);
    applyKey(m_shm, m_key);

    bool created = false;
    for (int attempt = 0; attempt < OpenAttempts && !m_shm.isAttached(); ++attempt) {
        if (m_shm.create(Layout::SegmentSize)) {
            created = true;
            break;
        }
        if (m_shm.error() == QSharedMemory::PermissionDenied) {
            // Qt's own lock or our segment exists and is another user's: someone squats the name.
            *detail = QCoreApplication::translate(
                "RoomSegment", "The room's shared memory or its lock belongs to another user.");
            return OpenError::Foreign;
        }
        if (m_shm.error() != QSharedMemory::AlreadyExists) {
            *detail = m_shm.errorString();
            return OpenError::System;
        }
        if (m_shm.attach())
            break;
        // NotFound: the last user removed it between our create() and attach(); go round.
        if (m_shm.error() != QSharedMemory::NotFound) {
            *detail = m_shm.errorString();
            return m_shm.error() == QSharedMemory::PermissionDenied ? OpenError::Foreign
                                                                    : OpenError::System;
        }
    }
    if (!m_shm.isAttached()) {
        *detail = m_shm.errorString();
        return OpenError::System;
    }
    // Even a segment we created hangs off a key file that another user may have planted: a
    // later newcomer would then derive another key and the room would be split in two.
    if (!checkOwnership(detail)) {
        m_shm.detach();
        return OpenError::Foreign;
    }
    if (m_shm.size() < qsizetype(Layout::SegmentSize)) {
        // A segment of another layout. If nobody else is attached, detaching removes it and we
        // can start over; otherwise an incompatible program is using the room right now.
        m_shm.detach();
        if (m_shm.create(Layout::SegmentSize)) {
            created = true;
            *recovered = QCoreApplication::translate(
                "RoomSegment", "The room's shared memory was too small for this version and was replaced.");
        } else {
            *detail = QCoreApplication::translate(
                "RoomSegment", "The room is in use by an incompatible version of ShmChat.");
            return OpenError::TooSmall;
        }
    }

    m_base = static_cast<char *>(m_shm.data());
    m_header = reinterpret_cast<SegmentHeader *>(m_base);
    m_ring = m_base + Layout::RingOffset;

    if (headerValid() && !onlyDeadMembers(Platform::steadyMsecs()))
        return OpenError::None;

    // Fresh, garbage, foreign layout, or abandoned by crashed instances: (re)initialise under
    // the lock, after checking again, since another newcomer may have done it meanwhile.
    const LockResult lock = tryLock(lockBudgetMs);
    if (lock == LockResult::Busy) {
        *detail = QCoreApplication::translate(
            "RoomSegment", "Another program holds the room's lock and does not release it.");
        close();
        return OpenError::Busy;
    }
    const qint64 now = Platform::steadyMsecs();
    const bool allZero = m_header->magic.load(std::memory_order_acquire) == 0
        && m_header->generation.load(std::memory_order_relaxed) == 0;
    if (!headerValid()) {
        if (!created && !allZero) {
            *recovered = QCoreApplication::translate(
                "RoomSegment", "The room's shared memory held data this version cannot read (%1); "
                               "it was reset.").arg(describeHeader(*m_header));
        }
        initialise();
    } else if (onlyDeadMembers(now)) {
        *recovered = QCoreApplication::translate(
            "RoomSegment", "The room had been left behind by instances that did not exit "
                           "cleanly; it was reset.");
        initialise();
    }
    unlock();
    return OpenError::None;
}

void RoomSegment::attachBuffer(void *memory)
{
    close();
    m_key = QStringLiteral("(buffer)");
    m_base = static_cast<char *>(memory);
    m_header = reinterpret_cast<SegmentHeader *>(m_base);
    m_ring = m_base + Layout::RingOffset;
}

void RoomSegment::close()
{
    if (m_shm.isAttached())
        m_shm.detach();
    m_header = nullptr;
    m_base = nullptr;
    m_ring = nullptr;
}

bool RoomSegment::checkOwnership(QString *detail) const
{
#ifdef SHMCHAT_SYSV_OWNERSHIP_CHECK
    // Another user can pre-create the key file and a world-writable segment under our
    // predictable name; attaching would show their bytes as our room. Only trust our own.
    const QString keyFile = m_shm.nativeKey();
    const QFileInfo info(keyFile);
    const uid_t me = ::geteuid();
    if (info.exists() && info.ownerId() != me) {
        *detail = QCoreApplication::translate(
            "RoomSegment", "The room's key file %1 belongs to another user.").arg(keyFile);
        return false;
    }
    const key_t key = ::ftok(QFile::encodeName(keyFile).constData(), 'Q');
    const int id = key == -1 ? -1 : ::shmget(key, 0, 0);
    struct shmid_ds ds;
    if (id == -1 || ::shmctl(id, IPC_STAT, &ds) != 0) {
        *detail = QCoreApplication::translate("RoomSegment", "The room's shared memory could not be inspected.");
        return false;
    }
    if (ds.shm_perm.uid != me || ds.shm_perm.cuid != me || (ds.shm_perm.mode & 0077) != 0) {
        *detail = QCoreApplication::translate(
            "RoomSegment", "The room's shared memory belongs to another user or is open to "
                           "other users.");
        return false;
    }
#else
    Q_UNUSED(detail);
#endif
    return true;
}

bool RoomSegment::headerValid() const
{
    if (m_header->magic.load(std::memory_order_acquire) != Layout::Magic)
        return false;
    return staticFieldsMatch(*m_header) && m_header->generation.load(std::memory_order_relaxed) != 0;
}

void RoomSegment::initialise()
{
    SegmentHeader *h = m_header;
    h->magic.store(0, std::memory_order_relaxed);
    std::atomic_thread_fence(std::memory_order_release);
    h->version = Layout::Version;
    h->segmentSize = Layout::SegmentSize;
    h->memberTableOffset = Layout::MemberTableOffset;
    h->memberSlotCount = Layout::MemberSlotCount;
    h->memberSlotSize = Layout::MemberSlotSize;
    h->ringOffset = Layout::RingOffset;
    h->ringCapacity = Layout::RingCapacity;
    quint64 generation = 0;
    while (generation == 0)
        generation = QRandomGenerator::system()->generate64();
    h->generation.store(generation, std::memory_order_relaxed);
    h->head.store(0, std::memory_order_relaxed);
    h->tail.store(0, std::memory_order_relaxed);
    h->nextSeq.store(1, std::memory_order_relaxed);
    h->nextMemberId.store(1, std::memory_order_relaxed);
    beginMemberChange();
    for (quint32 i = 0; i < Layout::MemberSlotCount; ++i) {
        MemberSlot *slot = slotAt(int(i));
        slot->state.store(SlotFree, std::memory_order_relaxed);
        slot->memberId = 0;
        slot->pid = 0;
        slot->heartbeat.store(0, std::memory_order_relaxed);
        slot->nameLength = 0;
        slot->checksum = 0;
    }
    endMemberChange();
    h->magic.store(Layout::Magic, std::memory_order_release);
    qCDebug(lcSegment) << "initialised" << m_key << "generation" << Qt::hex << generation;
}

// --- lock ---------------------------------------------------------------------------------

RoomSegment::LockResult RoomSegment::tryLock(int budgetMs)
{
    std::atomic<quint64> &word = m_header->lockWord;
    const quint64 mine = nextLockValue();
    const qint64 start = Platform::steadyMsecs();
    for (int spin = 0;; ++spin) {
        quint64 holder = 0;
        if (word.compare_exchange_strong(holder, mine, std::memory_order_acquire)) {
            m_heldLock = mine;
            return LockResult::Acquired;
        }

        const qint64 now = Platform::steadyMsecs();
        if (holder != m_seenHolder) {
            m_seenHolder = holder;
            m_seenHolderSinceMs = now;
        }
        // Asking the OS is a system call, but contention is rare (holds last microseconds): ask
        // at once, so that a dead holder's lock is taken over whatever the load, then now and then.
        const bool waitedLong = now - m_seenHolderSinceMs >= LockStaleMs;
        const bool checkOwner = spin % 64 == 0 || waitedLong;
        if (checkOwner && (waitedLong || !Platform::isProcessAlive(qint64(holder >> 32)))) {
            if (word.compare_exchange_strong(holder, mine, std::memory_order_acquire)) {
                m_heldLock = mine;
                qCWarning(lcSegment) << "took over the lock from" << (holder >> 32)
                                     << (waitedLong ? "(held too long)" : "(process gone)");
                m_seenHolder = 0;
                // A garbage header is not repaired here: whoever holds the lock decides whether
                // to re-initialise, and says so to the user.
                if (headerValid())
                    repair();
                return LockResult::Recovered;
            }
            continue;
        }
        if (now - start >= budgetMs)
            return LockResult::Busy;
        if (spin >= 16)
            QThread::yieldCurrentThread();
    }
}

void RoomSegment::unlock()
{
    quint64 mine = m_heldLock;
    m_heldLock = 0;
    if (!m_header->lockWord.compare_exchange_strong(mine, 0, std::memory_order_release))
        qCWarning(lcSegment) << "the lock had been taken over while we held it";
}

// --- ring ---------------------------------------------------------------------------------

void RoomSegment::copyOut(quint64 pos, char *dst, quint32 size) const
{
    const quint32 offset = quint32(pos & (Layout::RingCapacity - 1));
    const quint32 first = qMin(size, Layout::RingCapacity - offset);
    std::memcpy(dst, m_ring + offset, first);
    std::memcpy(dst + first, m_ring, size - first);
}

void RoomSegment::copyIn(quint64 pos, const char *src, quint32 size)
{
    const quint32 offset = quint32(pos & (Layout::RingCapacity - 1));
    const quint32 first = qMin(size, Layout::RingCapacity - offset);
    std::memcpy(m_ring + offset, src, first);
    std::memcpy(m_ring, src + first, size - first);
}

bool RoomSegment::ringConsistent(quint64 head, quint64 tail) const
{
    return tail <= head && head < MaxSaneCounter && head - tail <= Layout::RingCapacity
        && head % Wire::RecordAlignment == 0 && tail % Wire::RecordAlignment == 0;
}

RoomSegment::Copy RoomSegment::copyRecord(quint64 pos, quint64 head, char *buffer, quint32 *size) const
{
    copyOut(pos, buffer, Wire::RecordHeaderSize);
    const quint32 recordSize = Wire::peekRecordSize(QByteArrayView(buffer, Wire::RecordHeaderSize));
    if (recordSize != 0 && pos + recordSize <= head)
        copyOut(pos, buffer, recordSize);
    // Pairs with the release fence in append(): if any byte we copied was overwritten, we see the
    // tail that the writer moved past pos before overwriting it.
    std::atomic_thread_fence(std::memory_order_acquire);
    if (m_header->tail.load(std::memory_order_relaxed) > pos)
        return Copy::Overwritten;
    if (recordSize == 0 || pos + recordSize > head)
        return Copy::Invalid;
    *size = recordSize;
    return Copy::Ok;
}

quint32 RoomSegment::generationTag() const
{
    return quint32(m_header->generation.load(std::memory_order_relaxed));
}

bool RoomSegment::decodeAt(quint64 pos, quint64 head, quint32 tag, char *buffer, quint32 *size,
                           Wire::Record *record, Copy *copy) const
{
    *copy = copyRecord(pos, head, buffer, size);
    // A record of another generation is a leftover of an earlier life of the segment: it is
    // intact, but it is not part of this room's history and must not be shown again.
    return *copy == Copy::Ok
        && Wire::decode(QByteArrayView(buffer, *size), record) == Wire::DecodeError::None
        && record->generationTag == tag;
}

quint64 RoomSegment::append(const QList<Wire::Outgoing> &records)
{
    SegmentHeader *h = m_header;
    quint64 head = h->head.load(std::memory_order_relaxed);
    quint64 tail = h->tail.load(std::memory_order_relaxed);
    quint64 seq = h->nextSeq.load(std::memory_order_relaxed);
    if (!ringConsistent(head, tail) || countersWornOut(head, seq)) {
        repair();
        head = h->head.load(std::memory_order_relaxed);
        tail = h->tail.load(std::memory_order_relaxed);
        seq = h->nextSeq.load(std::memory_order_relaxed);
    }
    const quint64 firstSeq = seq;

    quint64 total = 0;
    for (const Wire::Outgoing &record : records)
        total += Wire::encodedSize(record);
    Q_ASSERT(total <= Layout::RingCapacity / 2);

    // Make room by retiring the oldest records, and say so (tail) before touching their bytes.
    char header[Wire::RecordHeaderSize];
    for (quint32 n = 0; head + total - tail > Layout::RingCapacity; ++n) {
        copyOut(tail, header, sizeof header);
        const quint32 size = Wire::peekRecordSize(QByteArrayView(header, sizeof header));
        if (size == 0 || tail + size > head || n >= Layout::MaxRecordsInRing) {
            tail = head; // damaged beyond repair: drop the history rather than trust it
            break;
        }
        tail += size;
    }
    // If we were stopped long enough for another process to take the lock over, we must not
    // write: the bytes past head are its now.
    if (h->lockWord.load(std::memory_order_relaxed) != m_heldLock)
        return 0;
    const quint64 publishedHead = head;
    h->tail.store(tail, std::memory_order_relaxed);
    std::atomic_thread_fence(std::memory_order_release);

    const quint32 tag = generationTag();
    alignas(8) char buffer[Wire::MaxRecordSize];
    for (const Wire::Outgoing &record : records) {
        const quint32 size = Wire::encodedSize(record);
        Wire::encode(record, seq++, tag, buffer);
        copyIn(head, buffer, size);
        head += size;
    }
    // Publish only if head is still where we found it: a compare-and-swap, so that a holder
    // that lost the lock in the middle of the copy cannot move head backwards.
    quint64 expected = publishedHead;
    if (!h->head.compare_exchange_strong(expected, head, std::memory_order_release))
        return 0;
    h->nextSeq.store(seq, std::memory_order_relaxed);
    return firstSeq;
}

bool RoomSegment::repair()
{
    SegmentHeader *h = m_header;
    if (!headerValid())
        return false;
    // Numbering that cannot go on (or that went backwards behind the readers' backs) cannot be
    // repaired in place: readers never accept a number they have passed. Start a new life.
    const quint64 nextSeq = h->nextSeq.load(std::memory_order_relaxed);
    quint64 head = h->head.load(std::memory_order_relaxed);
    if (countersWornOut(head, nextSeq)) {
        initialise();
        return true;
    }
    bool changed = false;
    quint64 tail = h->tail.load(std::memory_order_relaxed);
    if (!ringConsistent(head, tail)) {
        head = tail = head & ~quint64(Wire::RecordAlignment - 1);
        changed = true;
    }
    // Walk the committed records; the first one that does not validate ends the ring there.
    quint64 pos = tail;
    quint64 lastSeq = 0;
    const quint32 tag = generationTag();
    alignas(8) char buffer[Wire::MaxRecordSize];
    for (quint32 n = 0; pos < head && n < Layout::MaxRecordsInRing; ++n) {
        quint32 size = 0;
        Wire::Record record;
        Copy copy;
        if (!decodeAt(pos, head, tag, buffer, &size, &record, &copy)
            || (lastSeq != 0 && record.seq != lastSeq + 1)) {
            break;
        }
        lastSeq = record.seq;
        pos += size;
    }
    if (pos != head) {
        // Readers past the new head see a position beyond head: they resynchronise.
        head = pos;
        changed = true;
    }
    // A writer that died between publishing head and storing nextSeq would make the next
    // writer reuse numbers; one that died the other way round would fake a gap.
    if (lastSeq != 0 && nextSeq != lastSeq + 1) {
        h->nextSeq.store(lastSeq + 1, std::memory_order_relaxed);
        changed = true;
    }
    h->tail.store(tail, std::memory_order_relaxed);
    h->head.store(head, std::memory_order_release);

    // A member-table change cut short leaves the epoch odd and possibly a half-written slot.
    bool slotDamaged = false;
    for (quint32 i = 0; i < Layout::MemberSlotCount; ++i)
        slotDamaged = slotDamaged || !slotIntact(*slotAt(int(i)));
    if ((h->memberEpoch.load(std::memory_order_relaxed) & 1) || slotDamaged) {
        beginMemberChange();
        for (quint32 i = 0; i < Layout::MemberSlotCount; ++i) {
            MemberSlot *slot = slotAt(int(i));
            if (!slotIntact(*slot))
                slot->state.store(SlotFree, std::memory_order_relaxed);
        }
        endMemberChange();
        changed = true;
    }
    if (changed)
        qCWarning(lcSegment) << "repaired room" << m_key;
    return changed;
}

bool RoomSegment::hasNews(const RingCursor &cursor, quint32 knownEpoch) const
{
    return m_header->head.load(std::memory_order_acquire) != cursor.pos
        || m_header->generation.load(std::memory_order_relaxed) != cursor.generation
        || m_header->memberEpoch.load(std::memory_order_relaxed) != knownEpoch;
}

quint64 RoomSegment::headPosition() const
{
    return m_header->head.load(std::memory_order_acquire);
}

RingCursor RoomSegment::cursorAt(CursorStart start, int lockBudgetMs)
{
    RingCursor cursor;
    const bool locked = tryLock(lockBudgetMs) != LockResult::Busy;
    cursor.generation = m_header->generation.load(std::memory_order_acquire);
    const quint64 head = m_header->head.load(std::memory_order_acquire);
    const quint64 tail = m_header->tail.load(std::memory_order_acquire);
    cursor.pos = start == CursorStart::Head ? head : tail;
    if (locked) {
        // Under the lock head and nextSeq agree, so even a reader lapped before its first
        // record knows exactly how much it missed.
        cursor.nextSeq = m_header->nextSeq.load(std::memory_order_relaxed);
        cursor.seqKnown = true;
        alignas(8) char buffer[Wire::MaxRecordSize];
        quint32 size = 0;
        if (cursor.pos != head) {
            Wire::Record record;
            Copy copy;
            cursor.seqKnown = decodeAt(cursor.pos, head, quint32(cursor.generation), buffer, &size, &record, &copy);
            cursor.nextSeq = record.seq;
        }
        cursor.lastSeq = cursor.seqKnown && cursor.nextSeq > 0 ? cursor.nextSeq - 1 : 0;
        unlock();
    }
    return cursor;
}

ReadResult RoomSegment::read(RingCursor &cursor, int maxRecords) const
{
    ReadResult result;
    if (!headerValid()) {
        result.notReady = true;
        return result;
    }
    const quint64 generation = m_header->generation.load(std::memory_order_acquire);
    if (generation != cursor.generation) {
        result.reset = true;
        cursor = RingCursor();
        cursor.generation = generation;
        cursor.pos = m_header->tail.load(std::memory_order_acquire);
    }
    const quint32 tag = quint32(generation);
    // Whatever goes wrong below, we continue from head with no expectation about what comes
    // next, except that it must be newer than what we already delivered.
    const auto resynchronise = [&](quint64 head, bool damaged) {
        result.damaged = result.damaged || damaged;
        cursor.pos = head;
        cursor.seqKnown = false;
    };

    alignas(8) char buffer[Wire::MaxRecordSize];
    quint64 head = m_header->head.load(std::memory_order_acquire);
    // Each round delivers a record, skips ahead, or stops; the bound is a constant.
    for (int round = 0; round < 2 * maxRecords + 2 && cursor.pos != head; ++round) {
        if (int(result.items.size()) >= maxRecords) {
            result.more = true;
            break;
        }
        const quint64 tail = m_header->tail.load(std::memory_order_acquire);
        if (tail > head) {
            // A writer lapped the whole ring since we read head (we were descheduled): that is
            // overload, not damage. Catch up with the new head; the lapped path counts the loss.
            head = m_header->head.load(std::memory_order_acquire);
        }
        if (!ringConsistent(head, tail) || cursor.pos > head || cursor.pos % Wire::RecordAlignment) {
            resynchronise(head, true);
            break;
        }
        quint32 size = 0;
        Copy copy = Copy::Invalid;
        if (cursor.pos < tail) {
            // Lapped: the records between our cursor and tail are gone. Count them by the
            // sequence number of the oldest record that is still there.
            Wire::Record oldest;
            const bool ok = tail < head && decodeAt(tail, head, tag, buffer, &size, &oldest, &copy);
            if (copy == Copy::Overwritten)
                continue;
            if (!ok || oldest.seq <= cursor.lastSeq) {
                resynchronise(head, tail != head);
                break;
            }
            if (cursor.seqKnown && oldest.seq > cursor.nextSeq) {
                ReadItem item;
                item.type = ReadItem::Type::Missed;
                item.missed = oldest.seq - cursor.nextSeq;
                result.items.append(item);
            }
            cursor.pos = tail;
            cursor.nextSeq = oldest.seq;
            cursor.seqKnown = true;
            continue;
        }
        ReadItem item;
        item.pos = cursor.pos;
        const bool ok = decodeAt(cursor.pos, head, tag, buffer, &size, &item.record, &copy);
        if (copy == Copy::Overwritten)
            continue;
        if (!ok || item.record.seq <= cursor.lastSeq || (cursor.seqKnown && item.record.seq < cursor.nextSeq)) {
            resynchronise(head, true);
            break;
        }
        if (cursor.seqKnown && item.record.seq > cursor.nextSeq) {
            ReadItem gap;
            gap.type = ReadItem::Type::Missed;
            gap.missed = item.record.seq - cursor.nextSeq;
            result.items.append(gap);
        }
        cursor.pos += size;
        cursor.nextSeq = item.record.seq + 1;
        cursor.lastSeq = item.record.seq;
        cursor.seqKnown = true;
        result.items.append(std::move(item));
    }
    if (!result.more && !result.damaged && cursor.pos != m_header->head.load(std::memory_order_acquire))
        result.more = true;
    return result;
}

// --- members ------------------------------------------------------------------------------

MemberSlot *RoomSegment::slotAt(int slot) const
{
    Q_ASSERT(slot >= 0 && quint32(slot) < Layout::MemberSlotCount);
    return reinterpret_cast<MemberSlot *>(m_base + Layout::MemberTableOffset
                                          + quint32(slot) * Layout::MemberSlotSize);
}

void RoomSegment::beginMemberChange()
{
    const quint32 epoch = m_header->memberEpoch.load(std::memory_order_relaxed);
    m_header->memberEpoch.store(epoch | 1, std::memory_order_relaxed);
    std::atomic_thread_fence(std::memory_order_release);
}

void RoomSegment::endMemberChange()
{
    const quint32 epoch = m_header->memberEpoch.load(std::memory_order_relaxed);
    m_header->memberEpoch.store((epoch | 1) + 1, std::memory_order_release);
}

quint32 RoomSegment::memberEpoch() const
{
    return m_header->memberEpoch.load(std::memory_order_acquire);
}

void RoomSegment::writeSlot(int index, quint32 memberId, qint64 pid, const QByteArray &nameUtf8)
{
    MemberSlot *slot = slotAt(index);
    slot->memberId = memberId;
    slot->pid = pid;
    slot->nameLength = quint32(nameUtf8.size());
    std::memset(slot->name, 0, sizeof slot->name);
    std::memcpy(slot->name, nameUtf8.constData(), size_t(nameUtf8.size()));
    slot->checksum = slotChecksum(memberId, pid, nameUtf8);
}

RoomSegment::MemberError RoomSegment::addMember(const QByteArray &nameUtf8, qint64 pid, int *slot,
                                                quint32 *memberId)
{
    Q_ASSERT(quint32(nameUtf8.size()) <= Wire::MaxNameBytes);
    for (quint32 i = 0; i < Layout::MemberSlotCount; ++i) {
        MemberSlot *candidate = slotAt(int(i));
        if (candidate->state.load(std::memory_order_relaxed) != SlotFree)
            continue;
        quint32 id = m_header->nextMemberId.fetch_add(1, std::memory_order_relaxed);
        if (id == 0) // wrapped: 0 means "not a member"
            id = m_header->nextMemberId.fetch_add(1, std::memory_order_relaxed);
        beginMemberChange();
        writeSlot(int(i), id, pid, nameUtf8);
        candidate->heartbeat.store(Platform::steadyMsecs(), std::memory_order_relaxed);
        candidate->state.store(SlotUsed, std::memory_order_relaxed);
        endMemberChange();
        *slot = int(i);
        *memberId = id;
        return MemberError::None;
    }
    return MemberError::RoomFull;
}

void RoomSegment::removeMember(int slot)
{
    beginMemberChange();
    slotAt(slot)->state.store(SlotFree, std::memory_order_relaxed);
    endMemberChange();
}

bool RoomSegment::renameMember(int index, quint32 memberId, const QByteArray &nameUtf8)
{
    MemberSlot *slot = slotAt(index);
    if (slot->state.load(std::memory_order_relaxed) != SlotUsed || slot->memberId != memberId)
        return false;
    beginMemberChange();
    writeSlot(index, memberId, slot->pid, nameUtf8);
    endMemberChange();
    return true;
}

bool RoomSegment::readMembers(QList<RoomMemberEntry> *members) const
{
    alignas(8) char table[Layout::MemberSlotCount * Layout::MemberSlotSize];
    for (int attempt = 0; attempt < MemberReadAttempts; ++attempt) {
        const quint32 before = m_header->memberEpoch.load(std::memory_order_acquire);
        if (before & 1) {
            QThread::yieldCurrentThread();
            continue;
        }
        std::memcpy(table, m_base + Layout::MemberTableOffset, sizeof table);
        std::atomic_thread_fence(std::memory_order_acquire);
        if (m_header->memberEpoch.load(std::memory_order_relaxed) != before)
            continue;

        members->clear();
        for (quint32 i = 0; i < Layout::MemberSlotCount; ++i) {
            const char *raw = table + i * Layout::MemberSlotSize;
            const quint32 state = qFromLittleEndian<quint32>(raw + offsetof(MemberSlot, state));
            if (state != SlotUsed)
                continue;
            RoomMemberEntry entry;
            entry.slot = int(i);
            entry.id = qFromLittleEndian<quint32>(raw + offsetof(MemberSlot, memberId));
            entry.pid = qFromLittleEndian<qint64>(raw + offsetof(MemberSlot, pid));
            entry.heartbeatMs = qFromLittleEndian<qint64>(raw + offsetof(MemberSlot, heartbeat));
            const quint32 length = qFromLittleEndian<quint32>(raw + offsetof(MemberSlot, nameLength));
            const quint32 checksum = qFromLittleEndian<quint32>(raw + offsetof(MemberSlot, checksum));
            if (length > Wire::MaxNameBytes || entry.id == 0)
                continue;
            const QByteArrayView name(raw + offsetof(MemberSlot, name), length);
            if (checksum != slotChecksum(entry.id, entry.pid, name))
                continue;
            QStringDecoder decoder(QStringDecoder::Utf8,
                                   QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
            entry.name = decoder.decode(name);
            if (decoder.hasError() || Wire::checkName(entry.name) != Wire::TextError::None)
                continue;
            members->append(entry);
        }
        return true;
    }
    return false;
}

void RoomSegment::heartbeat(int slot, qint64 nowMs)
{
    slotAt(slot)->heartbeat.store(nowMs, std::memory_order_relaxed);
}

bool RoomSegment::slotHolds(int slot, quint32 memberId) const
{
    if (slot < 0 || quint32(slot) >= Layout::MemberSlotCount)
        return false;
    const MemberSlot *s = slotAt(slot);
    return s->state.load(std::memory_order_acquire) == SlotUsed && s->memberId == memberId;
}

bool RoomSegment::memberIsDead(const RoomMemberEntry &member, qint64 nowMs)
{
    return nowMs - member.heartbeatMs > MemberTimeoutMs || !Platform::isProcessAlive(member.pid);
}

bool RoomSegment::onlyDeadMembers(qint64 nowMs) const
{
    QList<RoomMemberEntry> members;
    if (!readMembers(&members) || members.isEmpty())
        return false;
    for (const RoomMemberEntry &member : std::as_const(members)) {
        if (!memberIsDead(member, nowMs))
            return false;
    }
    return true;
}

} // namespace ShmChat
