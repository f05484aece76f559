#include "roomdirectory_p.h"

#include "platform_p.h"
#include "rendezvous_p.h"
#include "roomsegment_p.h"
#include "segmentlayout_p.h"
#include "timing_p.h"
#include "wireformat_p.h"

#include <QtCore/QDirIterator>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFileInfo>
#include <QtCore/QThread>
#include <QtCore/QtEndian>

#include <algorithm>

namespace ShmChat::RoomDirectory {

namespace {

bool isKeyFolderName(const QString &name)
{
    return name.size() == 32 && std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
    });
}

template<typename T>
T fieldAt(const QByteArray &head, size_t offset)
{
    return qFromLittleEndian<T>(head.constData() + offset);
}

bool namespacesDiffer(quint64 theirs, quint64 ours)
{
    return theirs != 0 && ours != 0 && theirs != ours;
}

// The room a key folder's segment holds, with its live members; false for anything else.
bool readRoom(const QString &folderName, const QByteArray &head, ChatRoom *room)
{
    if (head.size() != qsizetype(Layout::RingOffset))
        return false;
    if (fieldAt<quint32>(head, offsetof(SegmentHeader, magic)) != Layout::Magic
        || fieldAt<quint32>(head, offsetof(SegmentHeader, version)) != Layout::Version
        || fieldAt<quint32>(head, offsetof(SegmentHeader, segmentSize)) != Layout::SegmentSize
        || fieldAt<quint32>(head, offsetof(SegmentHeader, memberTableOffset)) != Layout::MemberTableOffset
        || fieldAt<quint32>(head, offsetof(SegmentHeader, memberSlotCount)) != Layout::MemberSlotCount
        || fieldAt<quint32>(head, offsetof(SegmentHeader, memberSlotSize)) != Layout::MemberSlotSize) {
        return false;
    }
    const Platform::Namespaces ours = Platform::namespaces();
    if (namespacesDiffer(fieldAt<quint64>(head, offsetof(SegmentHeader, pidNamespace)), ours.pid)
        || namespacesDiffer(fieldAt<quint64>(head, offsetof(SegmentHeader, timeNamespace)), ours.time)) {
        return false; // its pids and clocks mean nothing here, and we could not join it anyway
    }
    const quint32 length = fieldAt<quint32>(head, offsetof(SegmentHeader, roomNameLength));
    if (length == 0 || length > Wire::MaxNameBytes)
        return false;
    const QByteArrayView nameUtf8(head.constData() + offsetof(SegmentHeader, roomName), length);
    QString name;
    if (!Wire::decodeName(nameUtf8, &name))
        return false;
    // The name must be the one the identity was made of, and the folder the one that name has:
    // a copy of another room's header under another folder is not a second room.
    const QByteArray digest = RoomIdentity::digestOf(nameUtf8);
    const QByteArrayView identity(head.constData() + offsetof(SegmentHeader, identity), Layout::IdentitySize);
    if (identity != QByteArrayView(digest) || QString::fromLatin1(digest.toHex().left(32)) != folderName)
        return false;

    const qint64 now = Platform::steadyMsecs();
    int members = 0;
    for (quint32 i = 0; i < Layout::MemberSlotCount; ++i) {
        RoomMemberEntry entry;
        const char *raw = head.constData() + Layout::MemberTableOffset + i * Layout::MemberSlotSize;
        // A heartbeat from the future is no more alive than a stale one.
        if (RoomSegment::parseSlot(raw, int(i), &entry) && !entry.left && entry.heartbeatMs <= now + Timing::MemberTimeoutMs
            && !RoomSegment::memberIsDead(entry, now)) {
            ++members;
        }
    }
    room->name = name;
    room->memberCount = members;
    return members > 0;
}

bool lockFor(Platform::FolderLock *lock, const QString &folder)
{
    QElapsedTimer spin;
    spin.start();
    while (!lock->tryLock(folder)) {
        if (spin.nsecsElapsed() / 1000 >= LockBudgetUs)
            return false;
        QThread::yieldCurrentThread();
    }
    return true;
}

} // namespace

bool available()
{
    return Rendezvous::usesKeyFolders();
}

QList<ChatRoom> list(Status *status, int *skipped)
{
    if (skipped)
        *skipped = 0;
    QList<ChatRoom> rooms;
    if (!available()) {
        *status = Status::Unavailable;
        return rooms;
    }
    *status = Status::Listed;
    const QString folder = Rendezvous::userFolder();
    const QFileInfo info(folder);
    if (!info.isDir() || info.isSymLink())
        return rooms; // no room was ever made (or something else has the name: joining says so)
    QDirIterator entries(folder, QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks | QDir::Hidden);
    for (int looked = 0; entries.hasNext() && looked < MaxEntries; ++looked) {
        const QString path = entries.next();
        const QString name = entries.fileName();
        if (!isKeyFolderName(name))
            continue;
        Platform::SysvSegment segment;
        {
            // Attaching, even read-only for a moment, is what the user's lock orders: the last
            // member leaving must never see us attached as "someone else".
            Platform::FolderLock lock;
            if (!lockFor(&lock, folder)) {
                if (skipped)
                    ++*skipped;
                continue;
            }
            segment = Platform::inspectSysvSegment(path, 0);
            if (segment.state == Platform::SysvSegment::State::Present && segment.uid == Platform::effectiveUserId()
                && segment.size == qint64(Layout::SegmentSize)) {
                segment = Platform::inspectSysvSegment(path, Layout::RingOffset);
            } else {
                continue;
            }
        }
        ChatRoom room;
        if (segment.state == Platform::SysvSegment::State::Present && segment.uid == Platform::effectiveUserId()
            && readRoom(name, segment.head, &room)) {
            rooms.append(room);
        }
    }
    std::sort(rooms.begin(), rooms.end(), [](const ChatRoom &a, const ChatRoom &b) {
        const int order = a.name.compare(b.name, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a.name < b.name;
    });
    return rooms;
}

} // namespace ShmChat::RoomDirectory
