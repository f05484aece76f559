// The member table: 32 slots, each a member's id, name, pid and heartbeat. Changes happen under
// the room's lock and are bracketed by an odd/even epoch (a seqlock readers check); heartbeats
// and a member's own "left" mark are written without it, by the member itself.
#include "roomsegment_p.h"

#include "timing_p.h"

#include <QtCore/QStringDecoder>
#include <QtCore/QThread>
#include <QtCore/QtEndian>

#include <algorithm>
#include <cstring>

namespace ShmChat {

namespace {
// Reading the table gives up after this many tries that found it changing; the next poll tries
// again.
constexpr int MemberReadAttempts = 4;

quint32 slotChecksum(quint32 memberId, qint64 pid, QByteArrayView name, QByteArrayView machine)
{
    char fixed[16];
    qToLittleEndian<quint32>(memberId, fixed);
    qToLittleEndian<qint64>(pid, fixed + 4);
    qToLittleEndian<quint32>(quint32(name.size()), fixed + 12);
    const quint32 sum = Wire::checksum(name, Wire::checksum(QByteArrayView(fixed, sizeof fixed)));
    // A local member's slot sums as in layout 4; a remote one's machine is covered too.
    return machine.isEmpty() ? sum : Wire::checksum(machine, sum);
}

QByteArrayView slotMachine(const MemberSlot &slot)
{
    return QByteArrayView(slot.machine, qMin<quint32>(slot.machineLength, Wire::MaxMachineBytes));
}

bool slotIntact(const MemberSlot &slot)
{
    const quint64 word = slot.stateAndId.load(std::memory_order_relaxed);
    const SlotState state = slotStateOf(word);
    if (state == SlotState::Free)
        return true;
    const quint32 length = slot.nameLength;
    return (state == SlotState::Used || state == SlotState::Left) && length <= Wire::MaxNameBytes
        && slot.machineLength <= Wire::MaxMachineBytes && slotMemberOf(word) != 0
        && slot.checksum == slotChecksum(slotMemberOf(word), slot.pid, QByteArrayView(slot.name, length),
                                         slotMachine(slot));
}
} // namespace

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

void RoomSegment::writeSlot(int index, qint64 pid, const QByteArray &nameUtf8, quint32 memberId,
                            const QByteArray &machineUtf8)
{
    MemberSlot *slot = slotAt(index);
    slot->pid = pid;
    slot->nameLength = quint32(nameUtf8.size());
    std::memset(slot->name, 0, sizeof slot->name);
    std::memcpy(slot->name, nameUtf8.constData(), size_t(nameUtf8.size()));
    slot->machineLength = quint8(machineUtf8.size());
    std::memset(slot->machine, 0, sizeof slot->machine);
    std::memcpy(slot->machine, machineUtf8.constData(), size_t(machineUtf8.size()));
    slot->checksum = slotChecksum(memberId, pid, nameUtf8, machineUtf8);
}

RoomSegment::MemberError RoomSegment::addMember(const QByteArray &nameUtf8, qint64 pid, int *slot,
                                                quint32 *memberId, const QByteArray &machineUtf8)
{
    if (quint32(nameUtf8.size()) > Wire::MaxNameBytes || quint32(machineUtf8.size()) > Wire::MaxMachineBytes)
        return MemberError::RoomFull; // never reached: names are checked before joining
    for (quint32 i = 0; i < Layout::MemberSlotCount; ++i) {
        MemberSlot *candidate = slotAt(int(i));
        if (slotStateOf(candidate->stateAndId.load(std::memory_order_relaxed)) != SlotState::Free)
            continue;
        quint32 id = m_header->nextMemberId.fetch_add(1, std::memory_order_relaxed);
        if (id == 0) // wrapped: 0 means "not a member"
            id = m_header->nextMemberId.fetch_add(1, std::memory_order_relaxed);
        beginMemberChange();
        writeSlot(int(i), pid, nameUtf8, id, machineUtf8);
        candidate->heartbeat.store(Platform::steadyMsecs(), std::memory_order_relaxed);
        candidate->typingUntil.store(0, std::memory_order_relaxed); // not the last owner's
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
    const MemberSlot *old = slotAt(index);
    writeSlot(index, old->pid, nameUtf8, memberId, slotMachine(*old).toByteArray());
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

bool RoomSegment::parseSlot(const char *raw, int index, RoomMemberEntry *entry)
{
    const quint64 word = qFromLittleEndian<quint64>(raw + offsetof(MemberSlot, stateAndId));
    const SlotState state = slotStateOf(word);
    if (state != SlotState::Used && state != SlotState::Left)
        return false;
    entry->slot = index;
    entry->id = slotMemberOf(word);
    entry->left = state == SlotState::Left;
    entry->pid = qFromLittleEndian<qint64>(raw + offsetof(MemberSlot, pid));
    entry->heartbeatMs = qFromLittleEndian<qint64>(raw + offsetof(MemberSlot, heartbeat));
    const quint32 length = qFromLittleEndian<quint32>(raw + offsetof(MemberSlot, nameLength));
    const quint32 checksum = qFromLittleEndian<quint32>(raw + offsetof(MemberSlot, checksum));
    const quint32 machineLength = quint8(raw[offsetof(MemberSlot, machineLength)]);
    if (length > Wire::MaxNameBytes || machineLength > Wire::MaxMachineBytes || entry->id == 0)
        return false;
    const QByteArrayView name(raw + offsetof(MemberSlot, name), length);
    const QByteArrayView machine(raw + offsetof(MemberSlot, machine), machineLength);
    if (checksum != slotChecksum(entry->id, entry->pid, name, machine))
        return false;
    if (!machine.isEmpty() && !Wire::decodeName(machine, &entry->machine))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    entry->name = decoder.decode(name);
    return !decoder.hasError() && Wire::checkName(entry->name) == Wire::TextError::None;
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
            RoomMemberEntry entry;
            if (!parseSlot(table + i * Layout::MemberSlotSize, int(i), &entry))
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

void RoomSegment::setTypingUntil(int slot, qint64 untilMs)
{
    slotAt(slot)->typingUntil.store(untilMs, std::memory_order_relaxed);
}

bool RoomSegment::isTyping(int slot, quint32 memberId, qint64 nowMs) const
{
    if (slot < 0 || quint32(slot) >= Layout::MemberSlotCount)
        return false;
    const MemberSlot *s = slotAt(slot);
    const qint64 until = s->typingUntil.load(std::memory_order_relaxed);
    // Only the member who has the slot now, and only a time an honest owner could have written:
    // a garbage word far ahead would otherwise say "typing" for ever.
    return until > nowMs && until - nowMs <= Timing::TypingMaxAheadMs
        && s->stateAndId.load(std::memory_order_acquire) == slotWord(SlotState::Used, memberId);
}

bool RoomSegment::slotHolds(int slot, quint32 memberId) const
{
    if (slot < 0 || quint32(slot) >= Layout::MemberSlotCount)
        return false;
    return slotAt(slot)->stateAndId.load(std::memory_order_acquire) == slotWord(SlotState::Used, memberId);
}

bool RoomSegment::memberIsDead(const RoomMemberEntry &member, qint64 nowMs)
{
    return nowMs - member.heartbeatMs > Timing::MemberTimeoutMs || !Platform::isProcessAlive(member.pid);
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

void RoomSegment::clearMembers()
{
    beginMemberChange();
    for (quint32 i = 0; i < Layout::MemberSlotCount; ++i) {
        MemberSlot *slot = slotAt(int(i));
        slot->stateAndId.store(slotWord(SlotState::Free, 0), std::memory_order_relaxed);
        slot->pid = 0;
        slot->heartbeat.store(0, std::memory_order_relaxed);
        slot->typingUntil.store(0, std::memory_order_relaxed);
        slot->nameLength = 0;
        slot->machineLength = 0;
        slot->checksum = 0;
    }
    endMemberChange();
}

bool RoomSegment::repairMembers()
{
    // A member-table change cut short leaves the epoch odd and possibly a half-written slot.
    bool slotDamaged = false;
    for (quint32 i = 0; i < Layout::MemberSlotCount; ++i)
        slotDamaged = slotDamaged || !slotIntact(*slotAt(int(i)));
    if (!(m_header->memberEpoch.load(std::memory_order_relaxed) & 1) && !slotDamaged)
        return false;
    beginMemberChange();
    for (quint32 i = 0; i < Layout::MemberSlotCount; ++i) {
        MemberSlot *slot = slotAt(int(i));
        if (!slotIntact(*slot))
            slot->stateAndId.store(slotWord(SlotState::Free, 0), std::memory_order_relaxed);
    }
    endMemberChange();
    return true;
}

} // namespace ShmChat
