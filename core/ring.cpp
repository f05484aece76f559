// The ring of records (format: wireformat.cpp): writing under the lock, reading without it
// (a seqlock on tail), counting what a lapped reader missed, and repairing what a writer that
// died left. See the top of roomsegment.cpp for the protocol.
#include "roomsegment_p.h"

#include <cstring>

namespace ShmChat {

namespace {
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
    if (recordSize != 0 && pos + recordSize <= head) {
        copyOut(pos + Wire::RecordHeaderSize, buffer + Wire::RecordHeaderSize,
                recordSize - Wire::RecordHeaderSize);
    }
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
                           Wire::Record *record, Copy *copy, Wire::NameCache *names, quint64 *refusedSeq) const
{
    *copy = copyRecord(pos, head, buffer, size);
    if (*copy != Copy::Ok)
        return false;
    const QByteArrayView bytes(buffer, *size);
    const Wire::DecodeError error = Wire::decode(bytes, record, names);
    // A record of another generation is a leftover of an earlier life of the segment: it is
    // intact, but it is not part of this room's history and must not be shown again.
    if (error == Wire::DecodeError::None)
        return record->generationTag == tag;
    // Its size, checksum and generation hold, only what it says is refused: the records after
    // it are where it says they are.
    if (refusedSeq && (error == Wire::DecodeError::BadName || error == Wire::DecodeError::BadText)
        && Wire::peekGenerationTag(bytes) == tag) {
        *refusedSeq = Wire::peekSeq(bytes);
    }
    return false;
}

quint64 RoomSegment::append(const QList<Wire::Outgoing> &records)
{
    // The sender checked all this, but what we write crosses the process boundary: a record
    // that breaks the layout's limits is refused here too, in every build, before any byte of
    // it is encoded (encoding goes through a buffer of MaxRecordSize on the stack).
    quint64 total = 0;
    for (const Wire::Outgoing &record : records) {
        if (quint64(record.name.size()) > Wire::MaxNameBytes || record.fieldBytes() > Wire::MaxTextBytes
            || quint64(record.machine.size()) > Wire::MaxMachineBytes) {
            m_lockNotes.refusedRecord = true;
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
        repairRing();
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
        const quint32 offset = quint32(head & (Layout::RingCapacity - 1));
        // Straight into the ring, but for the one record that straddles its end.
        const bool straddles = offset + size > Layout::RingCapacity;
        if (!Wire::encode(record, seq++, tag, straddles ? buffer : m_ring + offset)) {
            // Text that is not what its sender said it was: nothing past head is published,
            // so what was written of this batch is never seen.
            m_lockNotes.refusedRecord = true;
            return 0;
        }
        if (straddles)
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

bool RoomSegment::repairRing()
{
    SegmentHeader *h = m_header;
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
    Locked held = lock(lockBudgetMs);
    const bool locked = bool(held);
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
    // As many items as can be there (the smallest record is a header and a one-byte name), plus a
    // loss report: the list grows once, not record by record.
    constexpr quint64 SmallestRecord = Wire::alignUp(Wire::RecordHeaderSize + 1);
    if (cursor.pos < head)
        result.items.reserve(qsizetype(qMin<quint64>(quint64(maxRecords), (head - cursor.pos) / SmallestRecord + 1)) + 1);
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
        quint64 refusedSeq = 0;
        const bool ok = decodeAt(cursor.pos, head, tag, buffer, &size, &item.record, &copy, &cursor.names, &refusedSeq);
        if (copy == Copy::Overwritten)
            continue;
        const quint64 seq = ok ? item.record.seq : refusedSeq;
        if (seq == 0 || seq <= cursor.lastSeq || (cursor.seqKnown && seq < cursor.nextSeq)) {
            resynchronise(head, true);
            break;
        }
        if (cursor.seqKnown && seq > cursor.nextSeq) {
            ReadItem gap;
            gap.type = ReadItem::Type::Missed;
            gap.missed = seq - cursor.nextSeq;
            result.items.append(gap);
        }
        cursor.pos += size;
        cursor.nextSeq = seq + 1;
        cursor.lastSeq = seq;
        cursor.seqKnown = true;
        if (ok)
            result.items.append(std::move(item));
        else
            ++result.refused;
    }
    if (!result.more && !result.damaged && cursor.pos != m_header->head.load(std::memory_order_acquire))
        result.more = true;
    return result;
}

} // namespace ShmChat
