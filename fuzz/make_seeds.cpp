// Writes the seed corpus: real records and real segment prefixes, made by the real code.
#include "roomsegment_p.h"

#include <QtCore/QBuffer>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtGui/QImage>

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
    QDir().mkpath(out + QStringLiteral("/picture"));

    // Pictures: a reference (PictureRefSize + name bytes; fuzz_picture splits the input after
    // PictureRefSize + first byte % 16 bytes) followed by a small picture of each format.
    QImage image(12, 8, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray gif("GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,"
                   "\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02\x44\x01\x00;", 43);
    QList<QPair<const char *, QByteArray>> pictures;
    for (const char *format : { "png", "jpeg" }) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, format);
        pictures.append({ format, bytes });
    }
    pictures.append({ "gif", gif });
    for (const auto &picture : std::as_const(pictures)) {
        Wire::PictureRef ref;
        ref.size = quint32(picture.second.size());
        ref.checksum = Wire::checksum(picture.second);
        ref.format = Wire::sniffPicture(picture.second, &ref.width, &ref.height);
        // Name length 0 needs a first byte % 16 == 0: the reference starts with the position.
        ref.position = 16 * 8;
        save(out + QStringLiteral("/picture/") + QLatin1String(picture.first),
             QByteArray(Wire::encodePictureRef(ref, QByteArray()) + picture.second));
    }

    QList<Wire::Outgoing> records = {
        { Wire::RecordKind::Text, 0, 1, 1700000000000, "alice", "hello" },
        { Wire::RecordKind::Join, 0, 2, 1700000000001, "bob", "" },
        { Wire::RecordKind::Rename, 0, 2, 1700000000002, "bobby", "bob" },
        { Wire::RecordKind::Leave, Wire::FlagTimedOut, 3, 1700000000003, "ゆき", "" },
        { Wire::RecordKind::Text, 0, 1, 1700000000004, "alice", QByteArray(4096, 'x') },
        { Wire::RecordKind::Text, 0, 1, 1700000000005, "alice", "line\nbreaks\tand 日本語" },
        { Wire::RecordKind::Missed, 0, 0, 1700000000007, "shmchat-bridge", "17" },
    };
    Wire::Outgoing direct(Wire::RecordKind::Direct, 0, 1, 1700000000006, "alice", "only for bob");
    direct.recipientId = 2;
    records.append(direct);
    Wire::Outgoing longestDirect(Wire::RecordKind::Direct, 0, 0, 1700000000007, "cli", QByteArray(Wire::MaxDirectTextBytes, 'y'));
    longestDirect.recipientId = 0xfffffffe;
    records.append(longestDirect);
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
    segment.setTypingUntil(slot, 1700000001000); // bob is typing
    held.addMember("carol", 3, &slot, &id, "machine-b");
    held.append(records);
    held.unlock();
    save(out + QStringLiteral("/segment/chat"), QByteArrayView(memory.get(), Layout::RingOffset + 4096 + 512));
    // A picture record in the ring (its bytes are in the area, beyond what a seed holds: the
    // reader finds them zero, hence damaged).
    held = segment.lock(0);
    quint64 position = 0;
    held.storePicture(pictures.first().second, &position);
    Wire::PictureRef ref;
    ref.position = position;
    ref.size = quint32(pictures.first().second.size());
    ref.checksum = Wire::checksum(pictures.first().second);
    ref.format = Wire::sniffPicture(pictures.first().second, &ref.width, &ref.height);
    held.append({ Wire::Outgoing{ Wire::RecordKind::Picture, 0, 1, 1700000000006, "alice", Wire::encodePictureRef(ref, "cat.png") } });
    held.unlock();
    save(out + QStringLiteral("/segment/picture"), QByteArrayView(memory.get(), Layout::RingOffset + 4096 + 1024));

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
