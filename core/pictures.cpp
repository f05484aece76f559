// The picture area after the ring: pictures written under the lock, read without it. The same
// protocol as the ring's (see the top of roomsegment.cpp): positions are byte counters that
// never wrap; a writer moves pictureTail past what it will overwrite before it copies, then
// publishes pictureHead; a reader copies a picture out, then re-reads pictureTail, and drops a
// copy that may be torn. The record that names a picture is appended only after its bytes are
// in place, and carries their checksum: a reader verifies every byte before anything decodes it.
#include "roomsegment_p.h"

#include <cstring>

namespace ShmChat {

namespace {
// Like the ring's counters: anything beyond this is damage (centuries of pictures away).
constexpr quint64 MaxSanePicturePosition = quint64(1) << 62;

quint64 alignPicture(quint64 n)
{
    return (n + Wire::RecordAlignment - 1) & ~quint64(Wire::RecordAlignment - 1);
}

bool areaConsistent(quint64 head, quint64 tail)
{
    return tail <= head && head < MaxSanePicturePosition / 2 && head - tail <= Layout::PictureAreaCapacity
        && head % Wire::RecordAlignment == 0 && tail % Wire::RecordAlignment == 0;
}
} // namespace

quint64 RoomSegment::generation() const
{
    return m_header->generation.load(std::memory_order_acquire);
}

void RoomSegment::copyPictureOut(quint64 pos, char *dst, quint32 size) const
{
    const quint32 offset = quint32(pos & (Layout::PictureAreaCapacity - 1));
    const quint32 first = qMin(size, Layout::PictureAreaCapacity - offset);
    std::memcpy(dst, m_pictures + offset, first);
    std::memcpy(dst + first, m_pictures, size - first);
}

bool RoomSegment::storePicture(QByteArrayView bytes, quint64 *position)
{
    // The sender checked the size; what we copy crosses the process boundary, so again here.
    if (bytes.isEmpty() || quint64(bytes.size()) > Layout::MaxPictureBytes)
        return false;
    SegmentHeader *h = m_header;
    quint64 head = h->pictureHead.load(std::memory_order_relaxed);
    quint64 tail = h->pictureTail.load(std::memory_order_relaxed);
    if (!areaConsistent(head, tail)) {
        // Damaged bookkeeping: forget every picture (readers then find them gone or damaged)
        // and go on counting from where that is still possible.
        head = head < MaxSanePicturePosition / 2 ? alignPicture(head) : 0;
        tail = head;
    }
    const quint32 size = quint32(bytes.size());
    const quint64 newHead = head + alignPicture(size);
    if (newHead - tail > Layout::PictureAreaCapacity)
        tail = newHead - Layout::PictureAreaCapacity;
    // A holder overtaken while it was stopped must not write: the area is someone else's now.
    if (h->lockWord.load(std::memory_order_relaxed) != m_heldLock)
        return false;
    h->pictureTail.store(tail, std::memory_order_relaxed);
    std::atomic_thread_fence(std::memory_order_release);
    const quint32 offset = quint32(head & (Layout::PictureAreaCapacity - 1));
    const quint32 first = qMin(size, Layout::PictureAreaCapacity - offset);
    std::memcpy(m_pictures + offset, bytes.data(), first);
    std::memcpy(m_pictures, bytes.data() + first, size - first);
    h->pictureHead.store(newHead, std::memory_order_release);
    *position = head;
    return true;
}

RoomSegment::PictureCopy RoomSegment::copyPicture(quint64 generation, const Wire::PictureRef &ref, QByteArray *out) const
{
    if (!headerValid() || m_header->generation.load(std::memory_order_acquire) != generation)
        return PictureCopy::Gone; // the room was reset: its pictures with it
    // The reference was validated when its record was decoded; these bounds do not depend on it.
    if (ref.size == 0 || ref.size > Layout::MaxPictureBytes || ref.position % Wire::RecordAlignment != 0
        || ref.position >= MaxSanePicturePosition) {
        return PictureCopy::Damaged;
    }
    const quint64 head = m_header->pictureHead.load(std::memory_order_acquire);
    if (ref.position + ref.size > head)
        return PictureCopy::Damaged; // never written: no honest writer names such bytes
    if (m_header->pictureTail.load(std::memory_order_acquire) > ref.position)
        return PictureCopy::Gone;
    QByteArray bytes(qsizetype(ref.size), Qt::Uninitialized);
    copyPictureOut(ref.position, bytes.data(), ref.size);
    // Pairs with the release fence in storePicture(): if any byte we copied was overwritten, we
    // see the tail that the writer moved past the picture before overwriting it.
    std::atomic_thread_fence(std::memory_order_acquire);
    if (m_header->pictureTail.load(std::memory_order_relaxed) > ref.position
        || m_header->generation.load(std::memory_order_relaxed) != generation) {
        return PictureCopy::Gone;
    }
    if (Wire::checksum(bytes) != ref.checksum)
        return PictureCopy::Damaged;
    *out = std::move(bytes);
    return PictureCopy::Ok;
}

} // namespace ShmChat
