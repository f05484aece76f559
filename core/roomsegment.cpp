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

#include "timing_p.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QRandomGenerator>
#include <QtCore/QThread>
#include <QtCore/QtEndian>

#include <algorithm>
#include <cstring>

Q_LOGGING_CATEGORY(lcSegment, "shmchat.segment", QtWarningMsg)

namespace ShmChat {

namespace {
// A key that leads to somebody else's segment is replaced by a new one this many times at most.
constexpr int MaxKeyMoves = 8;
// Between two attempts of open(): jittered around this, doubling up to MaxRetryPauseMs.
constexpr int FirstRetryPauseMs = 2;
constexpr int MaxRetryPauseMs = 50;

// The user-visible sentences of this file, in the translators' "RoomSegment" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RoomSegment)
};

// The header fields that never change after initialisation, as this build expects them.
bool staticFieldsMatch(const SegmentHeader &h)
{
    return h.version == Layout::Version && h.segmentSize == Layout::SegmentSize
        && h.memberTableOffset == Layout::MemberTableOffset
        && h.memberSlotCount == Layout::MemberSlotCount
        && h.memberSlotSize == Layout::MemberSlotSize && h.ringOffset == Layout::RingOffset
        && h.ringCapacity == Layout::RingCapacity && h.pictureAreaOffset == Layout::PictureAreaOffset
        && h.pictureAreaCapacity == Layout::PictureAreaCapacity && h.roomNameLength <= Wire::MaxNameBytes;
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

// The limits are named as the system calls them, so that the reader can look them up.
RoomSegment::OpenResult sizeLimitReached()
{
#if defined(SHMCHAT_OS_MACOS)
    return failure(RoomSegment::OpenError::SystemLimit,
                   Text::tr("the system does not allow a shared memory segment of %1 bytes (its limit on segment size, kern.sysv.shmmax, is lower; the default is 4 MB). Raise it with sysctl, or ask the administrator to.")
                       .arg(Layout::SegmentSize));
#else
    return failure(RoomSegment::OpenError::SystemLimit,
                   Text::tr("the system does not allow a shared memory segment of %1 bytes (its limit on segment size, kernel.shmmax, is lower). Ask the administrator to raise it.")
                       .arg(Layout::SegmentSize));
#endif
}

RoomSegment::OpenResult limitsReached()
{
#if defined(SHMCHAT_OS_MACOS)
    return failure(RoomSegment::OpenError::SystemLimit,
                   Text::tr("the system's limits on shared memory are reached: kern.sysv.shmall (all segments together, 4 MiB by default, about 2 rooms), kern.sysv.shmmni (segments, 32 by default) or kern.sysv.shmseg (segments one program may use, 8 by default). Leave a room, close programs that use shared memory, or raise the limits with sysctl."));
#else
    return failure(RoomSegment::OpenError::SystemLimit,
                   Text::tr("the system's limits on shared memory are reached (the number of segments, kernel.shmmni, the total size, kernel.shmall, or, with Qt 6.6 and later, the number of semaphores, kernel.sem). Close programs that use shared memory, or ask the administrator to raise the limits."));
#endif
}

RoomSegment::OpenResult describeMapFailure(Rendezvous::MapFailure why, const Platform::SysvSegment &seen)
{
    using E = RoomSegment::OpenError;
    switch (why) {
    case Rendezvous::MapFailure::SizeLimit:
        return sizeLimitReached();
    case Rendezvous::MapFailure::Limits:
        return limitsReached();
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
    if (Rendezvous::systemVRefused()) {
        return failure(OpenError::System,
                       Text::tr("ShmChat cannot open rooms inside the macOS App Sandbox: sandboxed programs may not use System V shared memory, which ShmChat's rooms are made of. Use a build of ShmChat that is not sandboxed."));
    }
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
            // Looking attaches for a moment: where a program may attach only a few segments
            // (macOS: 8), that is where the limit shows first.
            if (Platform::isResourceLimit(seen.osError))
                return limitsReached();
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
                if (now - m_damagedSinceMs < Timing::DamageGraceMs)
                    return retry(Text::tr("the room's shared memory is being repaired"));
            }
            notice = Text::tr("The room's shared memory held data this version cannot read; it was reset.");
            break;
        }
        if (verdict == Verdict::Ours && notice.isEmpty())
            return OpenResult{ OpenResult::Status::Opened, OpenError::None, QString(), QString() };

        // Fresh, left behind or unreadable: initialise under the room's lock too, since live
        // members may be writing (or repairing) right now. Check again once we hold it.
        Locked held = lock(lockBudgetMs);
        if (!held)
            return retry(Text::tr("another program holds the room's lock"));
        const Verdict now = classify(head, &version);
        const bool stillSo = now == verdict && (verdict != Verdict::Ours || abandoned(others));
        if (stillSo)
            held.initialise();
        else
            notice.clear();
        held.unlock();
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
    m_pictures = m_base + Layout::PictureAreaOffset;
}

void RoomSegment::attachBuffer(void *memory, const RoomIdentity &identity)
{
    close();
    m_identity = identity;
    m_base = static_cast<char *>(memory);
    m_header = reinterpret_cast<SegmentHeader *>(m_base);
    m_ring = m_base + Layout::RingOffset;
    m_pictures = m_base + Layout::PictureAreaOffset;
}

void RoomSegment::close()
{
    m_rendezvous.unmap();
    m_header = nullptr;
    m_base = nullptr;
    m_ring = nullptr;
    m_pictures = nullptr;
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
    h->pictureAreaOffset = Layout::PictureAreaOffset;
    h->pictureAreaCapacity = Layout::PictureAreaCapacity;
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
    h->pictureHead.store(0, std::memory_order_relaxed);
    h->pictureTail.store(0, std::memory_order_relaxed);
    h->nextMemberId.store(1, std::memory_order_relaxed);
    h->bridgeInSeq.store(0, std::memory_order_relaxed);
    h->bridgeOutSeq.store(0, std::memory_order_relaxed);
    h->bridgePid.store(0, std::memory_order_relaxed);
    clearMembers();
    h->magic.store(Layout::Magic, std::memory_order_release);
    qCDebug(lcSegment) << "initialised" << m_identity.name << "generation" << Qt::hex << generation;
}

} // namespace ShmChat
