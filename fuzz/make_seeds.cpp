// Writes the seed corpus: real records and real segment prefixes, made by the real code.
#include "roomsegment_p.h"

#include <QtCore/QDir>
#include <QtCore/QFile>

#include <cstring>
#include <memory>

using namespace ShmChat;

namespace {
void save(const QString &path, QByteArrayView bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes.data(), bytes.size());
}
} // namespace

int main(int argc, char *argv[])
{
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("corpus");
    QDir().mkpath(out + QStringLiteral("/record"));
    QDir().mkpath(out + QStringLiteral("/segment"));

    QList<Wire::Outgoing> records = {
        { Wire::RecordKind::Text, 0, 1, 1700000000000, "alice", "hello" },
        { Wire::RecordKind::Join, 0, 2, 1700000000001, "bob", "" },
        { Wire::RecordKind::Rename, 0, 2, 1700000000002, "bobby", "bob" },
        { Wire::RecordKind::Leave, Wire::FlagTimedOut, 3, 1700000000003, "ゆき", "" },
        { Wire::RecordKind::Text, 0, 1, 1700000000004, "alice", QByteArray(4096, 'x') },
        { Wire::RecordKind::Text, 0, 1, 1700000000005, "alice", "line\nbreaks\tand 日本語" },
        { Wire::RecordKind::Missed, 0, 0, 1700000000007, "shmchat-bridge", "17" },
    };
    // Relayed from another machine by the bridge: flagged remote, with the machine's name.
    Wire::Outgoing remote(Wire::RecordKind::Text, Wire::FlagRemote, 0, 1700000000006, "carol", "from afar");
    remote.machine = "machine-b";
    records.append(remote);
    for (qsizetype i = 0; i < records.size(); ++i)
        save(out + QStringLiteral("/record/seed%1").arg(i), Wire::encode(records.at(i), quint64(i + 1), 0x12345678));

    const std::unique_ptr<char[]> memory(new char[Layout::SegmentSize]());
    RoomSegment segment;
    segment.attachBuffer(memory.get());
    RoomSegment::Locked held = segment.lock(0);
    held.initialise();
    held.unlock();
    save(out + QStringLiteral("/segment/empty"), QByteArrayView(memory.get(), Layout::RingOffset + 64));
    held = segment.lock(0);
    int slot = 0;
    quint32 id = 0;
    held.addMember("alice", 1, &slot, &id);
    held.addMember("bob", 2, &slot, &id);
    held.addMember("carol", 3, &slot, &id, "machine-b");
    held.append(records);
    held.unlock();
    save(out + QStringLiteral("/segment/chat"), QByteArrayView(memory.get(), Layout::RingOffset + 4096 + 512));

    // Regressions the fuzzer once found, remade for the current layout: counters that arithmetic
    // near 2^64 would wrap, and a head just below the 2^62 limit.
    auto *header = reinterpret_cast<SegmentHeader *>(memory.get());
    header->head.store(~quint64(0));
    header->tail.store(~quint64(0));
    header->nextSeq.store(~quint64(0));
    save(out + QStringLiteral("/segment/regression-counters-near-2to64"), QByteArrayView(memory.get(), Layout::HeaderSize));
    header->head.store((quint64(1) << 62) - 8);
    header->tail.store((quint64(1) << 62) - 8);
    header->nextSeq.store(1);
    save(out + QStringLiteral("/segment/regression-head-just-below-limit"), QByteArrayView(memory.get(), Layout::RingOffset + 1024));
    return 0;
}
