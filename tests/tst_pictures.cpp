// Pictures through the room's picture area: a picture one process sends reaches the others with
// identical bytes; the sender refuses what the room's rules forbid; a picture the area has
// reused is "no longer available"; references and bytes forged straight into the segment are
// never taken for a picture; and the bounded decoder refuses hostile pictures quickly.
#include "ipcchannel.h"
#include "picturedecoder.h"
#include "picturetest.h"
#include "processtest.h"
#include "roomsegment_p.h"
#include "wireformat_p.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QElapsedTimer>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace ShmChat;
using namespace TestSupport;

class tst_Pictures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pictureReachesThreeOtherProcesses();
    void everyFormatArrivesIntact_data();
    void everyFormatArrivesIntact();
    void refusedAtTheSender_data();
    void refusedAtTheSender();
    void cliRefusesWhatTheRoomWouldNot();
    void reclaimedPictureIsNoLongerAvailable();
    void pictureOverwrittenDuringCopyIsNoLongerAvailable();
    void forgedBytesAreNeverTakenForThePicture();
    void forgedReferencesAreDropped_data();
    void forgedReferencesAreDropped();
    void sniffingReadsOnlyHeaders();
    void hostilePicturesAreRefusedQuickly_data();
    void hostilePicturesAreRefusedQuickly();
    void allocationIsBounded();
    void roomOfLayout4InUseIsRefusedClearly();

private:
    QList<ChatMessage> pictures(const QSignalSpy &spy) const;
    QString m_room;
    ProcessGroup m_processes;
};

namespace {

ChatMessage::Picture declared(const QByteArray &bytes)
{
    quint32 width = 0;
    quint32 height = 0;
    ChatMessage::Picture picture;
    picture.format = ChatMessage::PictureFormat(quint8(Wire::sniffPicture(bytes, &width, &height)));
    picture.width = width;
    picture.height = height;
    picture.bytes = quint32(bytes.size());
    return picture;
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// A picture record, as a writer would append it, naming whatever the test wants.
Wire::Outgoing pictureRecord(const Wire::PictureRef &ref, const QByteArray &name = "forged.png")
{
    return Wire::Outgoing{ Wire::RecordKind::Picture, 0, 0, QDateTime::currentMSecsSinceEpoch(), "mallory",
                           Wire::encodePictureRef(ref, name) };
}

Wire::PictureRef refFor(const QByteArray &bytes)
{
    Wire::PictureRef ref;
    ref.size = quint32(bytes.size());
    ref.checksum = Wire::checksum(bytes);
    ref.format = Wire::sniffPicture(bytes, &ref.width, &ref.height);
    return ref;
}

} // namespace

void tst_Pictures::init()
{
    m_room = uniqueRoom("pic");
}

void tst_Pictures::cleanup()
{
    m_processes.killAll();
    RoomSegment::removeIfUnused(m_room);
}

QList<ChatMessage> tst_Pictures::pictures(const QSignalSpy &spy) const
{
    QList<ChatMessage> result;
    for (const QList<QVariant> &args : spy) {
        const auto message = args.at(0).value<ChatMessage>();
        if (message.kind == ChatMessage::Kind::Picture)
            result.append(message);
    }
    return result;
}

void tst_Pictures::pictureReachesThreeOtherProcesses()
{
    // About 1 MiB of PNG, sent by one process (shmchat-cli), read by three others (members) and
    // by this one: every reader has the sender's bytes, to the last one.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // (macOS's rooms take pictures of 256 KiB at most: a quarter of a megabyte there.)
    const bool small = IpcChannel::MaxPictureBytes < 2 * 1024 * 1024;
    const QSize size = small ? QSize(280, 280) : QSize(700, 500);
    const QImage image = PictureTest::noise(size.width(), size.height(), 7);
    const QByteArray png = PictureTest::encode(image, "png");
    QVERIFY(png.size() > (small ? 200000 : 1000000) && png.size() <= IpcChannel::MaxPictureBytes);
    const QString file = dir.filePath(QStringLiteral("noise picture.png"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(png);
    }

    IpcChannel self;
    QSignalSpy received(&self, &IpcChannel::messageReceived);
    QVERIFY(self.join(m_room, QStringLiteral("self")));
    QList<QProcess *> listeners;
    for (int i = 0; i < 3; ++i) {
        QProcess *listener = m_processes.start(QStringLiteral(SHMCHAT_CLI),
                                               { QStringLiteral("listen"), QStringLiteral("--room"), m_room,
                                                 QStringLiteral("--name"), QStringLiteral("reader%1").arg(i),
                                                 QStringLiteral("--count"), QStringLiteral("1"),
                                                 QStringLiteral("--timeout"), QStringLiteral("30") });
        QVERIFY(waitForLine(listener, QProcess::StandardOutput, 10000)); // its own join
        listeners << listener;
    }
    QProcess *sender = m_processes.start(QStringLiteral(SHMCHAT_CLI),
                                         { QStringLiteral("send"), QStringLiteral("--room"), m_room, QStringLiteral("--name"),
                                           QStringLiteral("alice"), QStringLiteral("--image"), file });
    QVERIFY(sender->waitForFinished(10000));
    QCOMPARE(sender->exitCode(), 0);

    for (QProcess *listener : std::as_const(listeners)) {
        QVERIFY(listener->waitForFinished(30000));
        QCOMPARE(listener->exitCode(), 0);
        QJsonObject picture;
        for (const QByteArray &line : listener->readAllStandardOutput().split('\n')) {
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            if (object.value(QStringLiteral("kind")).toString() == QLatin1String("picture"))
                picture = object;
        }
        const QByteArray text = describe(picture);
        QVERIFY2(picture.value(QStringLiteral("from")).toString() == QLatin1String("alice"), text);
        QVERIFY2(picture.value(QStringLiteral("text")).toString() == QLatin1String("noise picture.png"), text);
        const QJsonObject details = picture.value(QStringLiteral("picture")).toObject();
        QVERIFY2(details.value(QStringLiteral("status")).toString() == QLatin1String("available"), text);
        QVERIFY2(details.value(QStringLiteral("sha256")).toString().toLatin1() == sha256(png), text);
        QVERIFY2(details.value(QStringLiteral("bytes")).toInteger() == png.size(), text);
        QVERIFY2(details.value(QStringLiteral("type")).toString() == QLatin1String("png"), text);
        QVERIFY2(QSize(details.value(QStringLiteral("width")).toInt(), details.value(QStringLiteral("height")).toInt()) == size, text);
    }

    QTRY_COMPARE(pictures(received).size(), 1);
    const ChatMessage message = pictures(received).first();
    QByteArray bytes;
    QCOMPARE(self.pictureData(message, &bytes), IpcChannel::PictureStatus::Available);
    QCOMPARE(bytes, png);
    const QImage decoded = PictureDecoder::decode(bytes, message.picture);
    QCOMPARE(decoded.convertToFormat(QImage::Format_RGB32), image);
}

void tst_Pictures::everyFormatArrivesIntact_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("format");
    QTest::addColumn<QSize>("size");
    QTest::addRow("png") << PictureTest::encode(PictureTest::noise(64, 48, 1), "png") << int(ChatMessage::PictureFormat::Png) << QSize(64, 48);
    QTest::addRow("jpeg") << PictureTest::encode(PictureTest::noise(320, 200, 2), "jpeg", 90) << int(ChatMessage::PictureFormat::Jpeg) << QSize(320, 200);
    QTest::addRow("gif") << PictureTest::tinyGif() << int(ChatMessage::PictureFormat::Gif) << QSize(1, 1);
}

void tst_Pictures::everyFormatArrivesIntact()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, format);
    QFETCH(QSize, size);
    IpcChannel alice, bob;
    QSignalSpy received(&bob, &IpcChannel::messageReceived);
    QVERIFY(alice.join(m_room, QStringLiteral("alice")));
    QVERIFY(bob.join(m_room, QStringLiteral("bob")));
    QSignalSpy sent(&alice, &IpcChannel::messageSent);
    QVERIFY2(alice.sendPicture(bytes, QStringLiteral("/home/alice/Pictures/holiday.") + QLatin1String(QTest::currentDataTag())),
             qPrintable(alice.errorString()));
    QCOMPARE(sent.size(), 1);
    QTRY_COMPARE(pictures(received).size(), 1);
    const ChatMessage message = pictures(received).first();
    QCOMPARE(message.sender, QStringLiteral("alice"));
    QCOMPARE(message.text, QStringLiteral("holiday.") + QLatin1String(QTest::currentDataTag())); // the last part only
    QCOMPARE(int(message.picture.format), format);
    QCOMPARE(QSize(int(message.picture.width), int(message.picture.height)), size);
    QByteArray copy;
    QCOMPARE(bob.pictureData(message, &copy), IpcChannel::PictureStatus::Available);
    QCOMPARE(copy, bytes);
    const QImage image = PictureDecoder::decode(copy, message.picture);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), size);
    // A thumbnail is scaled while decoding, keeping the aspect ratio.
    const QImage thumbnail = PictureDecoder::decode(copy, message.picture, QSize(32, 32));
    QVERIFY(!thumbnail.isNull());
    QVERIFY(thumbnail.width() <= 32 && thumbnail.height() <= 32);
}

void tst_Pictures::refusedAtTheSender_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    const QByteArray png = PictureTest::encode(PictureTest::noise(16, 16, 3), "png");
    QTest::addRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::addRow("text") << QByteArray("hello, this is not a picture") << QStringLiteral("only PNG, JPEG and GIF");
    QTest::addRow("bmp") << PictureTest::encode(PictureTest::noise(16, 16, 3), "bmp") << QStringLiteral("only PNG, JPEG and GIF");
    QTest::addRow("truncated header") << png.left(20) << QStringLiteral("only PNG, JPEG and GIF");
    QTest::addRow("zero width") << PictureTest::zeroPng(0, 10) << QStringLiteral("only PNG, JPEG and GIF");
    // A valid header followed by padding, one byte over the limit.
    QTest::addRow("too large") << png + QByteArray(IpcChannel::MaxPictureBytes - png.size() + 1, '\0') << QStringLiteral("too large");
    QTest::addRow("too many pixels") << PictureTest::zeroPng(8000, 5001, 8, 0, 1) << QStringLiteral("too many pixels");
    QTest::addRow("too wide") << PictureTest::zeroPng(70000, 1, 8, 0, 1) << QStringLiteral("too many pixels");
}

void tst_Pictures::refusedAtTheSender()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    IpcChannel alice;
    QVERIFY(alice.join(m_room, QStringLiteral("alice")));
    RoomSegment look;
    QCOMPARE(look.open(m_room, 2000).status, RoomSegment::OpenResult::Status::Opened);
    const quint64 head = look.headPosition();
    QSignalSpy sent(&alice, &IpcChannel::messageSent);
    QVERIFY(!alice.sendPicture(bytes, QStringLiteral("x.png")));
    QVERIFY2(alice.errorString().contains(reason), qPrintable(alice.errorString()));
    QCOMPARE(IpcChannel::checkPicture(bytes), alice.errorString());
    QTest::qWait(SeveralPollsMs);
    QCOMPARE(sent.size(), 0);
    QCOMPARE(look.headPosition(), head); // nothing written
}

void tst_Pictures::cliRefusesWhatTheRoomWouldNot()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("not a picture\n");
    }
    QProcess *sender = m_processes.start(QStringLiteral(SHMCHAT_CLI),
                                         { QStringLiteral("send"), QStringLiteral("--room"), m_room, QStringLiteral("--name"),
                                           QStringLiteral("alice"), QStringLiteral("--image"), file });
    QVERIFY(sender->waitForFinished(10000));
    QCOMPARE(sender->exitCode(), 2);
    QVERIFY(sender->readAllStandardError().contains("only PNG, JPEG and GIF"));
    QProcess *missing = m_processes.start(QStringLiteral(SHMCHAT_CLI),
                                          { QStringLiteral("send"), QStringLiteral("--room"), m_room, QStringLiteral("--name"),
                                            QStringLiteral("alice"), QStringLiteral("--image"), dir.filePath(QStringLiteral("none.png")) });
    QVERIFY(missing->waitForFinished(10000));
    QCOMPARE(missing->exitCode(), 2);
    QVERIFY(missing->readAllStandardError().contains("cannot read"));
}

void tst_Pictures::reclaimedPictureIsNoLongerAvailable()
{
    // The area keeps the newest pictures: once more than its capacity was sent after a
    // picture, that one is gone, said so, and the newest is still there.
    IpcChannel alice, bob;
    QSignalSpy received(&bob, &IpcChannel::messageReceived);
    QVERIFY(alice.join(m_room, QStringLiteral("alice")));
    QVERIFY(bob.join(m_room, QStringLiteral("bob")));
    const QByteArray first = PictureTest::encode(PictureTest::noise(32, 32, 4), "png");
    QVERIFY(alice.sendPicture(first, QStringLiteral("first.png")));
    // The largest picture allowed: a valid header, then filler (nobody decodes these).
    QByteArray big = PictureTest::encode(PictureTest::noise(8, 8, 5), "png");
    big.append(QByteArray(IpcChannel::MaxPictureBytes - big.size(), 'x'));
    const int count = int(Layout::PictureAreaCapacity / quint32(IpcChannel::MaxPictureBytes)) + 1;
    for (int i = 0; i < count; ++i)
        QVERIFY(alice.sendPicture(big, QStringLiteral("big.png")));
    QTRY_COMPARE(pictures(received).size(), count + 1);
    const QList<ChatMessage> all = pictures(received);
    QByteArray bytes;
    QCOMPARE(bob.pictureData(all.first(), &bytes), IpcChannel::PictureStatus::NoLongerAvailable);
    QVERIFY(bytes.isEmpty());
    QCOMPARE(bob.pictureData(all.last(), &bytes), IpcChannel::PictureStatus::Available);
    QCOMPARE(bytes, big);
    // Once we left, no picture of the room is available to us.
    bob.leave();
    QCOMPARE(bob.pictureData(all.last(), &bytes), IpcChannel::PictureStatus::NoLongerAvailable);
}

void tst_Pictures::pictureOverwrittenDuringCopyIsNoLongerAvailable()
{
    // A writer retires pictures by moving the area's tail first: a reader that finds the tail
    // past the picture after its copy drops the copy (it may be torn).
    IpcChannel alice, bob;
    QSignalSpy received(&bob, &IpcChannel::messageReceived);
    QVERIFY(alice.join(m_room, QStringLiteral("alice")));
    QVERIFY(bob.join(m_room, QStringLiteral("bob")));
    const QByteArray png = PictureTest::encode(PictureTest::noise(32, 32, 6), "png");
    QVERIFY(alice.sendPicture(png));
    QTRY_COMPARE(pictures(received).size(), 1);
    const ChatMessage message = pictures(received).first();
    RawMapping raw(m_room);
    QVERIFY(raw.isValid());
    auto *header = reinterpret_cast<SegmentHeader *>(raw.data());
    // The bytes are intact, only the tail says they may not be: the tail decides.
    header->pictureTail.store(message.picture.position + 8);
    QByteArray bytes;
    QCOMPARE(bob.pictureData(message, &bytes), IpcChannel::PictureStatus::NoLongerAvailable);
    header->pictureTail.store(message.picture.position);
    QCOMPARE(bob.pictureData(message, &bytes), IpcChannel::PictureStatus::Available);
}

void tst_Pictures::forgedBytesAreNeverTakenForThePicture()
{
    // Bytes changed after the record was written, a checksum that does not match, a position
    // never written: each is "damaged", never handed out.
    IpcChannel bob;
    QSignalSpy received(&bob, &IpcChannel::messageReceived);
    QVERIFY(bob.join(m_room, QStringLiteral("bob")));
    RoomSegment writer;
    QCOMPARE(writer.open(m_room, 2000).status, RoomSegment::OpenResult::Status::Opened);
    const QByteArray png = PictureTest::encode(PictureTest::noise(40, 30, 8), "png");
    {
        RoomSegment::Locked held = writer.lock(1000);
        QVERIFY(held);
        quint64 position = 0;
        QVERIFY(held.storePicture(png, &position));
        Wire::PictureRef ref = refFor(png);
        ref.position = position;
        QVERIFY(held.append({ pictureRecord(ref, "honest.png") }) != 0);
        Wire::PictureRef badChecksum = ref;
        badChecksum.checksum ^= 1;
        QVERIFY(held.append({ pictureRecord(badChecksum, "checksum.png") }) != 0);
        Wire::PictureRef unwritten = ref;
        unwritten.position = position + 1024 * 1024;
        QVERIFY(held.append({ pictureRecord(unwritten, "unwritten.png") }) != 0);
    }
    QTRY_COMPARE(pictures(received).size(), 3);
    const QList<ChatMessage> all = pictures(received);
    QByteArray bytes;
    QCOMPARE(bob.pictureData(all.at(0), &bytes), IpcChannel::PictureStatus::Available);
    QCOMPARE(bytes, png);
    QCOMPARE(bob.pictureData(all.at(1), &bytes), IpcChannel::PictureStatus::Damaged);
    QCOMPARE(bob.pictureData(all.at(2), &bytes), IpcChannel::PictureStatus::Damaged);
    // One byte of the honest picture changed in place, as a hostile process of the user could.
    RawMapping raw(m_room);
    QVERIFY(raw.isValid());
    char *byte = raw.data() + Layout::PictureAreaOffset + (all.at(0).picture.position % Layout::PictureAreaCapacity) + 100;
    *byte = char(*byte ^ 0x40);
    bytes.clear();
    QCOMPARE(bob.pictureData(all.at(0), &bytes), IpcChannel::PictureStatus::Damaged);
    QVERIFY(bytes.isEmpty());
}

void tst_Pictures::forgedReferencesAreDropped_data()
{
    QTest::addColumn<QByteArray>("text");
    const QByteArray png = PictureTest::encode(PictureTest::noise(8, 8, 9), "png");
    const Wire::PictureRef ref = refFor(png);
    const auto with = [&](auto change) {
        Wire::PictureRef r = ref;
        change(r);
        return Wire::encodePictureRef(r, "x.png");
    };
    QTest::addRow("too short") << Wire::encodePictureRef(ref, "").left(int(Wire::PictureRefSize) - 1);
    QTest::addRow("size 0") << with([](Wire::PictureRef &r) { r.size = 0; });
    QTest::addRow("size over the limit") << with([](Wire::PictureRef &r) { r.size = Wire::MaxPictureBytes + 1; });
    QTest::addRow("unknown format") << with([](Wire::PictureRef &r) { r.format = Wire::PictureFormat(7); });
    QTest::addRow("no format") << with([](Wire::PictureRef &r) { r.format = Wire::PictureFormat::None; });
    QTest::addRow("too many pixels") << with([](Wire::PictureRef &r) { r.width = 40000; r.height = 40000; });
    QTest::addRow("zero height") << with([](Wire::PictureRef &r) { r.height = 0; });
    QTest::addRow("unaligned") << with([](Wire::PictureRef &r) { r.position = 3; });
    QTest::addRow("beyond 2^62") << with([](Wire::PictureRef &r) { r.position = quint64(1) << 62; });
    QByteArray reserved = Wire::encodePictureRef(ref, "x.png");
    reserved[18] = 1;
    QTest::addRow("reserved byte set") << reserved;
    QTest::addRow("name with a line break") << Wire::encodePictureRef(ref, "a\nb.png");
    QTest::addRow("name with bidi override") << Wire::encodePictureRef(ref, "gnp.\xe2\x80\xae" "exe");
    QTest::addRow("name too long") << Wire::encodePictureRef(ref, QByteArray(int(Wire::MaxPictureNameBytes) + 1, 'n'));
}

void tst_Pictures::forgedReferencesAreDropped()
{
    // A record that no sender may write is dropped alone; the next one still arrives.
    QFETCH(QByteArray, text);
    IpcChannel bob;
    QSignalSpy received(&bob, &IpcChannel::messageReceived);
    QVERIFY(bob.join(m_room, QStringLiteral("bob")));
    RoomSegment writer;
    QCOMPARE(writer.open(m_room, 2000).status, RoomSegment::OpenResult::Status::Opened);
    {
        RoomSegment::Locked held = writer.lock(1000);
        QVERIFY(held);
        Wire::Outgoing forged{ Wire::RecordKind::Picture, 0, 0, 0, "mallory", text };
        Wire::Outgoing after{ Wire::RecordKind::Text, 0, 0, 0, "mallory", "after" };
        QVERIFY(held.append({ forged, after }) != 0);
    }
    QTRY_VERIFY(std::any_of(received.cbegin(), received.cend(), [](const QList<QVariant> &args) {
        return args.at(0).value<ChatMessage>().text == QLatin1String("after");
    }));
    QCOMPARE(pictures(received).size(), 0);
}

void tst_Pictures::sniffingReadsOnlyHeaders()
{
    quint32 width = 0;
    quint32 height = 0;
    QCOMPARE(Wire::sniffPicture(PictureTest::encode(PictureTest::noise(33, 17, 1), "png"), &width, &height), Wire::PictureFormat::Png);
    QCOMPARE(QSize(int(width), int(height)), QSize(33, 17));
    QCOMPARE(Wire::sniffPicture(PictureTest::encode(PictureTest::noise(33, 17, 1), "jpeg"), &width, &height), Wire::PictureFormat::Jpeg);
    QCOMPARE(QSize(int(width), int(height)), QSize(33, 17));
    QCOMPARE(Wire::sniffPicture(PictureTest::tinyGif(), &width, &height), Wire::PictureFormat::Gif);
    // Every prefix of a JPEG either names its frame size or nothing: the walk stays in bounds.
    const QByteArray jpeg = PictureTest::encode(PictureTest::noise(33, 17, 1), "jpeg");
    for (int n = 0; n < 700 && n < jpeg.size(); ++n) {
        const Wire::PictureFormat format = Wire::sniffPicture(jpeg.left(n), &width, &height);
        QVERIFY(format == Wire::PictureFormat::None || (width == 33 && height == 17));
    }
    QCOMPARE(Wire::sniffPicture(QByteArray("\xff\xd8\xff\xd9", 4), &width, &height), Wire::PictureFormat::None);
    QCOMPARE(Wire::sniffPicture(QByteArray(), &width, &height), Wire::PictureFormat::None);
}

void tst_Pictures::hostilePicturesAreRefusedQuickly_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("format");
    QTest::addColumn<QSize>("size");
    const QByteArray png = PictureTest::encode(PictureTest::noise(300, 200, 10), "png");
    const QByteArray jpeg = PictureTest::encode(PictureTest::noise(300, 200, 10), "jpeg");
    const int Png = int(ChatMessage::PictureFormat::Png);
    const int Jpeg = int(ChatMessage::PictureFormat::Jpeg);
    const int Gif = int(ChatMessage::PictureFormat::Gif);
    // Declared small, but the file's own header says 30,000 x 30,000 (900 megapixels, 3.6 GB
    // decoded) with pixels that inflate to that: refused before a pixel is decoded.
    QTest::addRow("bomb, header bigger than declared") << PictureTest::zeroPng(30000, 30000, 8, 6, 0) << Png << QSize(100, 100);
    QTest::addRow("bomb, declared as such") << PictureTest::zeroPng(30000, 30000, 8, 6, 0) << Png << QSize(30000, 30000);
    QTest::addRow("truncated png") << png.left(png.size() / 2) << Png << QSize(300, 200);
    QTest::addRow("truncated jpeg") << jpeg.left(jpeg.size() / 3) << Jpeg << QSize(300, 200);
    QTest::addRow("header only") << png.left(33) << Png << QSize(300, 200);
    QByteArray garbage = png;
    for (int i = 60; i < garbage.size(); i += 7)
        garbage[i] = char(garbage[i] ^ 0x5a);
    QTest::addRow("malformed png") << garbage << Png << QSize(300, 200);
    QTest::addRow("jpeg declared png") << jpeg << Png << QSize(300, 200);
    QTest::addRow("png declared gif") << png << Gif << QSize(300, 200);
    QTest::addRow("size other than declared") << png << Png << QSize(200, 300);
    QTest::addRow("rows missing") << PictureTest::zeroPng(2000, 2000, 8, 6, 10) << Png << QSize(2000, 2000);
    QTest::addRow("no format") << png << int(ChatMessage::PictureFormat::None) << QSize(300, 200);
    QTest::addRow("random bytes") << QByteArray(5000, char(0x5a)) << Png << QSize(300, 200);
}

void tst_Pictures::hostilePicturesAreRefusedQuickly()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, format);
    QFETCH(QSize, size);
    ChatMessage::Picture picture;
    picture.format = ChatMessage::PictureFormat(format);
    picture.width = quint32(size.width());
    picture.height = quint32(size.height());
    QElapsedTimer timer;
    timer.start();
    const QImage image = PictureDecoder::decode(bytes, picture);
    const QImage thumbnail = PictureDecoder::decode(bytes, picture, QSize(160, 160));
    // "rows missing" is decoded as far as it goes by some Qt versions: a picture with its
    // lower part blank is not garbage. Anything else must be refused.
    if (QByteArray(QTest::currentDataTag()) != "rows missing") {
        QVERIFY(image.isNull());
        QVERIFY(thumbnail.isNull());
    }
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void tst_Pictures::allocationIsBounded()
{
    // 16-bit RGBA decodes to 8 bytes a pixel: 5,000 x 5,000 is within the pixel limit but
    // would take 200 MB, more than the decoder's allocation limit (Qt's default would allow
    // 256 MB): refused, not allocated.
    const QByteArray deep = PictureTest::zeroPng(5000, 5000, 16, 6);
    ChatMessage::Picture picture = declared(deep);
    QCOMPARE(picture.format, ChatMessage::PictureFormat::Png);
    QVERIFY(qint64(picture.width) * picture.height <= IpcChannel::MaxPicturePixels);
    QVERIFY(qint64(picture.width) * picture.height * 8 > qint64(PictureDecoder::allocationLimitMiB()) * 1024 * 1024);
    QVERIFY(PictureDecoder::decode(deep, picture).isNull());
    // The same pixels at 8 bits a channel (100 MB) are within it.
    const QByteArray shallow = PictureTest::zeroPng(5000, 5000, 8, 6);
    picture = declared(shallow);
    const QImage image = PictureDecoder::decode(shallow, picture, QSize(100, 100));
    QVERIFY(!image.isNull());
}

void tst_Pictures::roomOfLayout4InUseIsRefusedClearly()
{
    // The layout bump: a room that a build of layout 4 is using (here: attached, header of
    // layout 4) is refused with a message that names both layouts, not misread.
    RawMapping raw(m_room, Layout::SegmentSize);
    QVERIFY(raw.isValid());
    {
        RoomSegment writer;
        writer.attachBuffer(raw.data(), RoomIdentity::of(m_room));
        writer.lock(0).initialise();
    }
    reinterpret_cast<SegmentHeader *>(raw.data())->version = 4;
    IpcChannel alice;
    QVERIFY(!alice.join(m_room, QStringLiteral("alice")) || !alice.waitForJoined(3000));
    QVERIFY2(alice.errorString().contains(QLatin1String("incompatible version")), qPrintable(alice.errorString()));
    QVERIFY2(alice.errorString().contains(QLatin1String("layout 4; this program uses 5")), qPrintable(alice.errorString()));
}

QTEST_MAIN(tst_Pictures)
#include "tst_pictures.moc"
