// The room's lock: a word in the segment (see the top of roomsegment.cpp for why not a
// QSystemSemaphore), taken with one compare-and-swap, never waited on for long, taken over from a
// holder that died or got stuck. RoomSegment::Locked is the only way to hold it.
#include "roomsegment_p.h"

#include "timing_p.h"

#include <QtCore/QThread>

#include <utility>

namespace ShmChat {

quint64 RoomSegment::nextLockValue()
{
    // A new value for every acquisition: a waiter that sees the same value for a second knows
    // it is one hold, not a busy writer that takes the lock again and again.
    if (++m_acquisitions == 0)
        ++m_acquisitions;
    return m_pidBits | m_acquisitions;
}

RoomSegment::LockResult RoomSegment::tryLock(int budgetMs)
{
    std::atomic<quint64> &word = m_header->lockWord;
    const quint64 mine = nextLockValue();
    const qint64 start = Platform::steadyMsecs();
    // The first attempts come back to back and are made whatever the clock says: a thread
    // descheduled right after it started would otherwise give up on waking with a single look.
    constexpr int EagerSpins = 16;
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
        const bool waitedLong = now - m_seenHolderSinceMs >= Timing::LockStaleMs;
        const bool checkOwner = spin % 64 == 0 || waitedLong;
        if (checkOwner && (waitedLong || !Platform::isProcessAlive(qint64(holder >> 32)))) {
            if (word.compare_exchange_strong(holder, mine, std::memory_order_acquire)) {
                m_heldLock = mine;
                m_lockNotes.tookOverFrom = holder;
                m_lockNotes.heldTooLong = waitedLong;
                m_seenHolder = 0;
                // A garbage header is not repaired here: whoever holds the lock decides whether
                // to re-initialise, and says so to the user.
                if (headerValid()) {
                    repairRing();
                    repairMembers();
                }
                return LockResult::Recovered;
            }
            continue;
        }
        if (spin < EagerSpins)
            continue;
        if (now - start >= budgetMs)
            return LockResult::Busy;
        QThread::yieldCurrentThread();
    }
}

void RoomSegment::unlock()
{
    quint64 mine = m_heldLock;
    m_heldLock = 0;
    const bool ours = m_header->lockWord.compare_exchange_strong(mine, 0, std::memory_order_release);
    const LockNotes notes = std::exchange(m_lockNotes, LockNotes());
    if (notes.tookOverFrom != 0)
        qCWarning(lcSegment) << "took over the lock from" << (notes.tookOverFrom >> 32)
                             << (notes.heldTooLong ? "(held too long)" : "(process gone)");
    if (notes.repaired)
        qCWarning(lcSegment) << "repaired room" << m_identity.name;
    if (notes.refusedRecord)
        qCWarning(lcSegment) << "refused to write a record beyond the layout's limits";
    if (!ours)
        qCWarning(lcSegment) << "the lock had been taken over while we held it";
}

RoomSegment::Locked RoomSegment::lock(int budgetMs)
{
    const LockResult result = tryLock(budgetMs);
    return result == LockResult::Busy ? Locked() : Locked(this, result);
}

RoomSegment::Locked::Locked(Locked &&other) noexcept
    : m_segment(std::exchange(other.m_segment, nullptr)), m_result(std::exchange(other.m_result, LockResult::Busy))
{
}

RoomSegment::Locked &RoomSegment::Locked::operator=(Locked &&other) noexcept
{
    if (this != &other) {
        unlock();
        m_segment = std::exchange(other.m_segment, nullptr);
        m_result = std::exchange(other.m_result, LockResult::Busy);
    }
    return *this;
}

void RoomSegment::Locked::unlock()
{
    if (RoomSegment *segment = std::exchange(m_segment, nullptr))
        segment->unlock();
    m_result = LockResult::Busy;
}

bool RoomSegment::Locked::repair()
{
    if (!m_segment->headerValid())
        return false;
    const bool ring = m_segment->repairRing();
    const bool members = m_segment->repairMembers();
    m_segment->m_lockNotes.repaired = m_segment->m_lockNotes.repaired || ring || members;
    return ring || members;
}

} // namespace ShmChat
