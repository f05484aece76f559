// A room is one shared-memory segment (layout: segmentlayout_p.h; how it is found:
// rendezvous_p.h). This file holds the protocol on it.
//
// Who writes what, and when
//   - Everything but heartbeats and a member's own "left" mark is written under the lock word.
//     Taking it is one CAS; a holder keeps it for microseconds. Nobody sleeps on it: callers
//     spin for a budget of a few milliseconds and report "busy" after that. We do not use
//     QSystemSemaphore for this: in Qt 6.4 it cannot time out, the first process to create it
//     deletes it on exit while others hold it, and on Windows and POSIX keys a killed holder
//     never gives it back.
//   - A holder that died (the OS says its pid is gone) loses the lock at once; so does one that
//     holds it for LockStaleMs (stopped, or a value written by a hostile process). The taker
//     repairs the ring before writing: nothing a dead writer left half-done is ever published.
//   - A writer first moves tail past the records it is about to overwrite, then writes, then
//     publishes head. Readers take no lock: they copy a record out, then re-read tail; if tail
//     passed the record meanwhile, the copy may be torn and is thrown away (a seqlock). The
//     checksum, the sequence number and the UTF-8 rules catch everything else.
//   - A reader whose cursor is behind tail was lapped: the sequence number at tail tells it
//     exactly how many records it lost.
//   - Opening (tryOpen) happens under the user's rendezvous lock: the segment is created and
//     initialised, or found stale and reset, before anybody else can attach to it.
//   - Nothing read from the segment is trusted: sizes, positions and counts are validated
//     against the constants in segmentlayout_p.h, and every loop is bounded by a constant.
#include "roomsegment_p.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLoggingCategory>
#include <QtCore/QRandomGenerator>
#include <QtCore/QStringDecoder>
#include <QtCore/QThread>
#include <QtCore/QtEndian>

#include <algorithm>
#include <cstring>

Q_LOGGING_CATEGORY(lcSegment, "shmchat.segment", QtWarningMsg)

namespace ShmChat {

namespace {
// Legitimate holders keep the lock for microseconds; one that keeps it for a second is stopped
// (SIGSTOP, a debugger) or is a value written by a hostile process.
constexpr qint64 LockStaleMs = 1000;
constexpr qint64 MemberTimeoutMs = 5000;
constexpr int MemberReadAttempts = 4;
// A key that leads to somebody else's segment is replaced by a new one this many times at most.
constexpr int MaxKeyMoves = 8;
// A header that stays unreadable this long while others are attached is not being repaired by
// them: the opener resets it. Live members allow themselves the same grace.
constexpr qint64 DamageGraceMs = 250;
// Between two attempts of open(): jittered around this, doubling up to MaxRetryPauseMs.
constexpr int FirstRetryPauseMs = 2;
constexpr int MaxRetryPauseMs = 50;
// Positions and sequence numbers grow by a few million a second at most: 2^62 is centuries
// away. Larger values can only be damage, and arithmetic on values near 2^64 would wrap.
constexpr quint64 MaxSaneCounter = quint64(1) << 62;
// Writers start a new life well before that, so that no write can carry a counter past it.
constexpr quint64 RenewCounterAt = MaxSaneCounter / 2;

bool countersWornOut(quint64 head, quint64 nextSeq)
{
    return head >= RenewCounterAt || nextSeq == 0 || nextSeq >= RenewCounterAt;
}

// The user-visible sentences of this file, in the translators' "RoomSegment" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RoomSegment)
};

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
    const quint64 word = slot.stateAndId.load(std::memory_order_relaxed);
    const SlotState state = slotStateOf(word);
    if (state == SlotState::Free)
        return true;
    const quint32 length = slot.nameLength;
    return (state == SlotState::Used || state == SlotState::Left) && length <= Wire::MaxNameBytes
        && slotMemberOf(word) != 0
        && slot.checksum == slotChecksum(slotMemberOf(word), slot.pid, QByteArrayView(slot.name, length));
}

// The header fields that never change after initialisation, as this build expects them.
bool staticFieldsMatch(const SegmentHeader &h)
{
    return h.version == Layout::Version && h.segmentSize == Layout::SegmentSize
        && h.memberTableOffset == Layout::MemberTableOffset
        && h.memberSlotCount == Layout::MemberSlotCount
        && h.memberSlotSize == Layout::MemberSlotSize && h.ringOffset == Layout::RingOffset
        && h.ringCapacity == Layout::RingCapacity && h.roomNameLength <= Wire::MaxNameBytes;
}

bool namespacesDiffer(quint64 theirs, quint64 ours)
{
    return theirs != 0 && ours != 0 && theirs != ours;
}

template <typename T>
T fieldAt(QByteArrayView head, size_t offset)
{
    return qFromLittleEndian<T>(head.data() + offset);
}

RoomSegment::OpenResult retry(const QString &why)
{
    RoomSegment::OpenResult result;
    result.status = RoomSegment::OpenResult::Status::Retry;
    result.error = RoomSegment::OpenError::Busy;
    result.detail = why;
    return result;
}

RoomSegment::OpenResult failure(RoomSegment::OpenError error, const QString &detail)
{
    RoomSegment::OpenResult result;
    result.error = error;
    result.detail = detail;
    return result;
}

QString describeFolderProblem(const Platform::FolderCheck &check, const QString &path)
{
    switch (check.error) {
    case Platform::FolderError::None:
        break;
    case Platform::FolderError::NotAFolder:
        return Text::tr("%1, where ShmChat keeps its rooms, exists but is not a folder of its own (a file or a link). Remove it, then try again.").arg(path);
    case Platform::FolderError::Foreign:
        return Text::tr("%1, where ShmChat keeps its rooms, belongs to another user (user id %2). Someone may be squatting it; remove it or ask the administrator.").arg(path).arg(check.owner);
    case Platform::FolderError::PermissionDenied:
        return Text::tr("ShmChat may not create or use %1, where it keeps its rooms (permission denied).").arg(path);
    case Platform::FolderError::ReadOnly:
        return Text::tr("ShmChat cannot create %1, where it keeps its rooms: the file system is read-only.").arg(path);
    case Platform::FolderError::NoSpace:
        return Text::tr("ShmChat cannot create %1, where it keeps its rooms: no space is left on that file system.").arg(path);
    case Platform::FolderError::Missing:
        return Text::tr("ShmChat cannot create %1, where it keeps its rooms: its parent folder does not exist.").arg(path);
    case Platform::FolderError::Other:
        return Text::tr("ShmChat cannot use %1, where it keeps its rooms (system error %2).").arg(path).arg(check.osError);
    }
    return QString();
}

RoomSegment::OpenResult describeMapFailure(Rendezvous::MapFailure why, const Platform::SysvSegment &seen)
{
    using E = RoomSegment::OpenError;
    switch (why) {
    case Rendezvous::MapFailure::SizeLimit:
        return failure(E::SystemLimit,
                       Text::tr("the system does not allow a shared memory segment of %1 bytes (its limit on segment size, kernel.shmmax, is lower). Ask the administrator to raise it.")
                           .arg(Layout::SegmentSize));
    case Rendezvous::MapFailure::Limits:
        return failure(E::SystemLimit,
                       Text::tr("the system's limits on shared memory are reached (the number of segments, kernel.shmmni, the total size, kernel.shmall, or, with Qt 6.6 and later, the number of semaphores, kernel.sem). Close programs that use shared memory, or ask the administrator to raise the limits."));
    case Rendezvous::MapFailure::Changed:
        return retry(Text::tr("the room's shared memory changed while joining"));
    case Rendezvous::MapFailure::PermissionDenied:
        if (seen.state == Platform::SysvSegment::State::Absent)
            return failure(E::System, Text::tr("the system refused to create the room's shared memory (permission denied)."));
        return failure(E::System, Text::tr("the system refused access to the room's shared memory (permission denied)."));
    case Rendezvous::MapFailure::Other:
        break;
    }
    return failure(E::System, Text::tr("the system refused the room's shared memory."));
}

} // namespace

RoomSegment::RoomSegment()
    : m_namespaces(Platform::namespaces()),
      m_pidBits(quint64(QCoreApplication::applicationPid() & 0xffffffff) << 32),
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

// --- opening -------------------------------------------------------------------------------

RoomSegment::Verdict RoomSegment::classify(QByteArrayView head, quint32 *version) const
{
    *version = 0;
    if (head.size() < qsizetype(Layout::HeaderSize))
        return Verdict::Foreign; // too small for any ShmChat room
    // Just created, or its creator died before initialising it. (The lock word and the
    // counters after it may be set: whoever initialises it takes the lock first.)
    const auto initialisedPart = head.first(offsetof(SegmentHeader, lockWord));
    if (std::all_of(initialisedPart.begin(), initialisedPart.end(), [](char c) { return c == 0; }))
        return Verdict::Fresh;
    if (fieldAt<quint32>(head, offsetof(SegmentHeader, magic)) != Layout::Magic)
        return Verdict::Damaged;
    *version = fieldAt<quint32>(head, offsetof(SegmentHeader, version));
    const QByteArrayView identity = head.sliced(offsetof(SegmentHeader, identity), Layout::IdentitySize);
    if (identity != QByteArrayView(m_identity.digest)) {
        // Another room of ours only if the name it records hashes to the identity it records:
        // random damage does not, so a damaged header of our own room is never mistaken for
        // somebody else's (which would send us elsewhere: a split).
        const quint32 length = fieldAt<quint32>(head, offsetof(SegmentHeader, roomNameLength));
        if (length == 0 || length > Wire::MaxNameBytes)
            return Verdict::Damaged;
        const QByteArrayView name = head.sliced(offsetof(SegmentHeader, roomName), length);
        return identity == QByteArrayView(RoomIdentity::digestOf(name)) ? Verdict::Foreign : Verdict::Damaged;
    }
    if (*version != Layout::Version)
        return Verdict::OtherLayout;
    const auto *h = reinterpret_cast<const SegmentHeader *>(head.data());
    if (!staticFieldsMatch(*h) || fieldAt<quint64>(head, offsetof(SegmentHeader, generation)) == 0)
        return Verdict::Damaged;
    if (namespacesDiffer(h->pidNamespace, m_namespaces.pid) || namespacesDiffer(h->timeNamespace, m_namespaces.time))
        return Verdict::OtherNamespace;
    return Verdict::Ours;
}

RoomSegment::OpenResult RoomSegment::tryOpen(const QString &room, int lockBudgetMs)
{
    close();
    m_identity = RoomIdentity::of(room);
    Platform::FolderCheck check;
    QString path;
    switch (m_rendezvous.prepare(m_identity, &check, &path)) {
    case Rendezvous::FolderProblem::None:
        break;
    case Rendezvous::FolderProblem::Foreign:
        return failure(OpenError::FolderForeign, describeFolderProblem(check, path));
    case Rendezvous::FolderProblem::Unusable:
        return failure(OpenError::FolderUnusable, describeFolderProblem(check, path));
    }
    if (!m_rendezvous.tryLock())
        return retry(Text::tr("another ShmChat program of yours is joining or leaving a room"));
    OpenResult result;
    switch (m_rendezvous.prepareKey(&check, &path)) {
    case Rendezvous::FolderProblem::None:
        result = tryOpenLocked(lockBudgetMs);
        break;
    case Rendezvous::FolderProblem::Foreign:
        result = failure(OpenError::FolderForeign, describeFolderProblem(check, path));
        break;
    case Rendezvous::FolderProblem::Unusable:
        result = failure(OpenError::FolderUnusable, describeFolderProblem(check, path));
        break;
    }
    if (result.status != OpenResult::Status::Opened)
        m_rendezvous.unmapLocked();
    m_rendezvous.unlock();
    if (result.status == OpenResult::Status::Opened)
        m_damagedSinceMs = 0;
    else
        close();
    return result;
}

RoomSegment::OpenResult RoomSegment::tryOpenLocked(int lockBudgetMs)
{
    using State = Platform::SysvSegment::State;
    const bool folders = Rendezvous::usesKeyFolders();
    const qint64 me = Platform::effectiveUserId();
    for (int moves = 0;; ++moves) {
        if (moves > MaxKeyMoves) {
            return failure(OpenError::KeyOccupied,
                           Text::tr("every key tried for the room leads to shared memory of another user or program."));
        }
        // Look before attaching: what belongs to somebody else is never mapped, never reset.
        const Platform::SysvSegment seen = m_rendezvous.inspect(Layout::HeaderSize);
        quint32 version = 0;
        bool foreign = false;
        switch (seen.state) {
        case State::Unsupported:
        case State::Absent:
            break;
        case State::NoKey:
            return retry(Text::tr("the room's key folder was removed meanwhile"));
        case State::NoAccess:
            foreign = true; // another user's segment: we may not even read it
            break;
        case State::Error:
            return failure(OpenError::System, Text::tr("the system refused to look at the room's shared memory (system error %1).").arg(seen.osError));
        case State::Present:
            foreign = seen.uid != me || seen.creatorUid != me || (seen.mode & 0077) != 0
                || classify(seen.head, &version) == Verdict::Foreign;
            break;
        }
        if (foreign) {
            qCInfo(lcSegment) << "the key of" << m_identity.name << "leads to a segment of another user, room or program";
            Platform::FolderCheck check;
            if (!m_rendezvous.moveKey(&check))
                return failure(OpenError::FolderUnusable, describeFolderProblem(check, Rendezvous::userFolder()));
            continue;
        }

        Rendezvous::MapFailure why = Rendezvous::MapFailure::Other;
        const Rendezvous::MapResult result = m_rendezvous.map(Layout::SegmentSize, &why);
        if (result == Rendezvous::MapResult::Failed)
            return describeMapFailure(why, seen);
        const qsizetype size = m_rendezvous.size();
        const QByteArrayView head(static_cast<const char *>(m_rendezvous.data()),
                                  qMin<qsizetype>(size, Layout::HeaderSize));
        const Verdict verdict = classify(head, &version);
        // Attached before us (System V tells; elsewhere assume someone is, and be careful).
        const qint64 others = folders ? (result == Rendezvous::MapResult::Created ? 0 : seen.attached) : 1;

        if (verdict == Verdict::Foreign) {
            // Only where keys are names (no folder to move): a squatted name.
            return failure(OpenError::KeyOccupied, Text::tr("the room's name is taken by shared memory of another user or program."));
        }
        if (verdict == Verdict::OtherLayout && others > 0) {
            return failure(OpenError::IncompatibleVersion,
                           Text::tr("the room is in use by an incompatible version of ShmChat (layout %1; this program uses %2). Close that version's windows, or use another room name.")
                               .arg(version).arg(Layout::Version));
        }
        if (size < qsizetype(Layout::SegmentSize)) {
            if (others > 0)
                return failure(OpenError::IncompatibleVersion, Text::tr("the room is in use by an incompatible version of ShmChat."));
            // Nobody else uses it: detaching removes it, and the next round creates ours.
            m_rendezvous.unmapLocked();
            continue;
        }
        mapped();

        QString notice;
        switch (verdict) {
        case Verdict::Foreign:
        case Verdict::Fresh:
            break;
        case Verdict::Ours:
            if (abandoned(others))
                notice = Text::tr("The room had been left behind by instances that did not exit cleanly; it was reset.");
            break;
        case Verdict::OtherNamespace:
            if (others > 0) {
                return failure(OpenError::OtherNamespace,
                               Text::tr("the room is in use by programs in another container (another PID or time namespace). ShmChat cannot tell whether they are alive, so it does not share a room with them."));
            }
            notice = Text::tr("The room had been left behind by programs in another container; it was reset.");
            break;
        case Verdict::OtherLayout:
            notice = Text::tr("The room's shared memory held data this version cannot read (layout version %1, this program uses %2); it was reset.")
                         .arg(version).arg(Layout::Version);
            break;
        case Verdict::Damaged:
            if (others > 0) {
                // Its members repair a damaged header within the same grace: give them the time.
                const qint64 now = Platform::steadyMsecs();
                if (m_damagedSinceMs == 0)
                    m_damagedSinceMs = now;
                if (now - m_damagedSinceMs < DamageGraceMs)
                    return retry(Text::tr("the room's shared memory is being repaired"));
            }
            notice = Text::tr("The room's shared memory held data this version cannot read; it was reset.");
            break;
        }
        if (verdict == Verdict::Ours && notice.isEmpty())
            return OpenResult{ OpenResult::Status::Opened, OpenError::None, QString(), QString() };

        // Fresh, left behind or unreadable: initialise under the room's lock too, since live
        // members may be writing (or repairing) right now. Check again once we hold it.
        if (tryLock(lockBudgetMs) == LockResult::Busy)
            return retry(Text::tr("another program holds the room's lock"));
        const Verdict now = classify(head, &version);
        const bool stillSo = now == verdict && (verdict != Verdict::Ours || abandoned(others));
        if (stillSo)
            initialise();
        else
            notice.clear();
        unlock();
        qCInfo(lcSegment) << "opened" << m_identity.name << (notice.isEmpty() ? "(new)" : "(reset)");
        return OpenResult{ OpenResult::Status::Opened, OpenError::None, QString(), notice };
    }
}

bool RoomSegment::abandoned(qint64 othersAttached) const
{
    // Members listed but nobody attached (System V counts attachments; the processes were all
    // killed), or every member listed is dead: nobody will ever announce their leaves or write.
    QList<RoomMemberEntry> members;
    if (!readMembers(&members))
        return false;
    const bool listed = std::any_of(members.cbegin(), members.cend(), [](const RoomMemberEntry &m) { return !m.left; });
    return listed && (othersAttached == 0 || onlyDeadMembers(Platform::steadyMsecs()));
}

RoomSegment::OpenResult RoomSegment::open(const QString &room, int budgetMs)
{
    const qint64 deadline = Platform::steadyMsecs() + budgetMs;
    int pause = FirstRetryPauseMs;
    for (;;) {
        const OpenResult result = tryOpen(room, 2);
        if (result.status != OpenResult::Status::Retry || Platform::steadyMsecs() >= deadline)
            return result;
        QThread::msleep(ulong(pause / 2 + int(QRandomGenerator::global()->bounded(pause))));
        pause = qMin(2 * pause, MaxRetryPauseMs);
    }
}

void RoomSegment::mapped()
{
    m_base = static_cast<char *>(m_rendezvous.data());
    m_header = reinterpret_cast<SegmentHeader *>(m_base);
    m_ring = m_base + Layout::RingOffset;
}

void RoomSegment::attachBuffer(void *memory, const RoomIdentity &identity)
{
    close();
    m_identity = identity;
    m_base = static_cast<char *>(memory);
    m_header = reinterpret_cast<SegmentHeader *>(m_base);
    m_ring = m_base + Layout::RingOffset;
}

void RoomSegment::close()
{
    m_rendezvous.unmap();
    m_header = nullptr;
    m_base = nullptr;
    m_ring = nullptr;
}

bool RoomSegment::headerValid() const
{
    if (m_header->magic.load(std::memory_order_acquire) != Layout::Magic)
        return false;
    return staticFieldsMatch(*m_header) && m_header->generation.load(std::memory_order_relaxed) != 0
        && std::memcmp(m_header->identity, m_identity.digest.constData(), Layout::IdentitySize) == 0;
}

void RoomSegment::initialise()
{
    SegmentHeader *h = m_header;
    h->magic.store(0, std::memory_order_relaxed);
    std::atomic_thread_fence(std::memory_order_release);
    h->version = Layout::Version;
    std::memcpy(h->identity, m_identity.digest.constData(), Layout::IdentitySize);
    h->segmentSize = Layout::SegmentSize;
    h->memberTableOffset = Layout::MemberTableOffset;
    h->memberSlotCount = Layout::MemberSlotCount;
    h->memberSlotSize = Layout::MemberSlotSize;
    h->ringOffset = Layout::RingOffset;
    h->ringCapacity = Layout::RingCapacity;
    h->pidNamespace = m_namespaces.pid;
    h->timeNamespace = m_namespaces.time;
    const qsizetype nameLength = qMin<qsizetype>(m_identity.name.size(), Wire::MaxNameBytes);
    h->roomNameLength = quint32(nameLength);
    std::memset(h->roomName, 0, sizeof h->roomName);
    std::memcpy(h->roomName, m_identity.name.constData(), size_t(nameLength));
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
        slot->stateAndId.store(slotWord(SlotState::Free, 0), std::memory_order_relaxed);
        slot->pid = 0;
        slot->heartbeat.store(0, std::memory_order_relaxed);
        slot->nameLength = 0;
        slot->checksum = 0;
    }
    endMemberChange();
    h->magic.store(Layout::Magic, std::memory_order_release);
    qCDebug(lcSegment) << "initialised" << m_identity.name << "generation" << Qt::hex << generation;
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
    // The sender checked all this, but what we write crosses the process boundary: a record
    // that breaks the layout's limits is refused here too, in every build, before any byte of
    // it is encoded (encoding goes through a buffer of MaxRecordSize on the stack).
    quint64 total = 0;
    for (const Wire::Outgoing &record : records) {
        if (quint64(record.name.size()) > Wire::MaxNameBytes || quint64(record.text.size()) > Wire::MaxTextBytes) {
            qCWarning(lcSegment) << "refused to write a record beyond the layout's limits";
            return 0;
        }
        total += Wire::encodedSize(record);
    }
    if (records.isEmpty() || total > Layout::RingCapacity / 2)
        return 0;

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
                slot->stateAndId.store(slotWord(SlotState::Free, 0), std::memory_order_relaxed);
        }
        endMemberChange();
        changed = true;
    }
    if (changed)
        qCWarning(lcSegment) << "repaired room" << m_identity.name;
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
        if (tail >= head) {
            // A writer retired records up to (or past) the head we read, since we read it (we
            // were descheduled): that is overload, not damage. Catch up with the new head; the
            // lapped path below counts the loss.
            head = m_header->head.load(std::memory_order_acquire);
        }
        if (!ringConsistent(head, tail) || cursor.pos > head || cursor.pos % Wire::RecordAlignment) {
            resynchronise(head, true);
            break;
        }
        quint32 size = 0;
        Copy copy = Copy::Invalid;
        if (cursor.pos < tail && tail == head) {
            // Lapped, and nothing is left to read right now (the writer retired everything up
            // to head). What we missed is known once the next record arrives: its number
            // minus the one we expect.
            cursor.pos = tail;
            break;
        }
        if (cursor.pos < tail) {
            // Lapped: the records between our cursor and tail are gone. Count them by the
            // sequence number of the oldest record that is still there.
            Wire::Record oldest;
            const bool ok = decodeAt(tail, head, tag, buffer, &size, &oldest, &copy);
            if (copy == Copy::Overwritten)
                continue;
            if (!ok || oldest.seq <= cursor.lastSeq) {
                resynchronise(head, true);
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

void RoomSegment::writeSlot(int index, qint64 pid, const QByteArray &nameUtf8, quint32 memberId)
{
    MemberSlot *slot = slotAt(index);
    slot->pid = pid;
    slot->nameLength = quint32(nameUtf8.size());
    std::memset(slot->name, 0, sizeof slot->name);
    std::memcpy(slot->name, nameUtf8.constData(), size_t(nameUtf8.size()));
    slot->checksum = slotChecksum(memberId, pid, nameUtf8);
}

RoomSegment::MemberError RoomSegment::addMember(const QByteArray &nameUtf8, qint64 pid, int *slot,
                                                quint32 *memberId)
{
    if (quint32(nameUtf8.size()) > Wire::MaxNameBytes)
        return MemberError::RoomFull; // never reached: names are checked before joining
    for (quint32 i = 0; i < Layout::MemberSlotCount; ++i) {
        MemberSlot *candidate = slotAt(int(i));
        if (slotStateOf(candidate->stateAndId.load(std::memory_order_relaxed)) != SlotState::Free)
            continue;
        quint32 id = m_header->nextMemberId.fetch_add(1, std::memory_order_relaxed);
        if (id == 0) // wrapped: 0 means "not a member"
            id = m_header->nextMemberId.fetch_add(1, std::memory_order_relaxed);
        beginMemberChange();
        writeSlot(int(i), pid, nameUtf8, id);
        candidate->heartbeat.store(Platform::steadyMsecs(), std::memory_order_relaxed);
        candidate->stateAndId.store(slotWord(SlotState::Used, id), std::memory_order_relaxed);
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
    slotAt(slot)->stateAndId.store(slotWord(SlotState::Free, 0), std::memory_order_relaxed);
    endMemberChange();
}

bool RoomSegment::renameMember(int index, quint32 memberId, const QByteArray &nameUtf8)
{
    if (!slotHolds(index, memberId) || quint32(nameUtf8.size()) > Wire::MaxNameBytes)
        return false;
    beginMemberChange();
    writeSlot(index, slotAt(index)->pid, nameUtf8, memberId);
    endMemberChange();
    return true;
}

bool RoomSegment::markLeft(int slot, quint32 memberId)
{
    if (slot < 0 || quint32(slot) >= Layout::MemberSlotCount)
        return false;
    // Without the lock, like a heartbeat: only this one word changes, and only if it still says
    // the slot is ours. The epoch is left alone (we do not hold the lock that orders its
    // changes); whoever announces the leave changes the table properly.
    quint64 expected = slotWord(SlotState::Used, memberId);
    return slotAt(slot)->stateAndId.compare_exchange_strong(expected, slotWord(SlotState::Left, memberId),
                                                            std::memory_order_release);
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
            const quint64 word = qFromLittleEndian<quint64>(raw + offsetof(MemberSlot, stateAndId));
            const SlotState state = slotStateOf(word);
            if (state != SlotState::Used && state != SlotState::Left)
                continue;
            RoomMemberEntry entry;
            entry.slot = int(i);
            entry.id = slotMemberOf(word);
            entry.left = state == SlotState::Left;
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
    return slotAt(slot)->stateAndId.load(std::memory_order_acquire) == slotWord(SlotState::Used, memberId);
}

bool RoomSegment::memberIsDead(const RoomMemberEntry &member, qint64 nowMs)
{
    return nowMs - member.heartbeatMs > MemberTimeoutMs || !Platform::isProcessAlive(member.pid);
}

bool RoomSegment::onlyDeadMembers(qint64 nowMs) const
{
    // Members that left normally do not count either way: their leaves are announced by whoever
    // holds the lock next.
    QList<RoomMemberEntry> members;
    if (!readMembers(&members))
        return false;
    bool anyListed = false;
    for (const RoomMemberEntry &member : std::as_const(members)) {
        if (member.left)
            continue;
        if (!memberIsDead(member, nowMs))
            return false;
        anyListed = true;
    }
    return anyListed;
}

} // namespace ShmChat
