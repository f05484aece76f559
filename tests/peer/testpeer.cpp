// shmchat-testpeer: a scripted peer for the multi-process tests. Not installed.
//
//   chat      --room R --name N [--send K] [--expect T] [--stop-on SENDER] [--pad BYTES]
//             [--observer] [--timeout S] [--start-at MS]
//       Sends K messages "N#i", reads until T text messages were received or reported missed
//       (or a text from SENDER arrives), checks order on the way, prints one JSON summary.
//   vandal    --room R --seconds S [--seed N]
//       Writes random bytes, bit flips and crafted fields into the live segment for S seconds.
//   hold-lock --room R --hold-ms M [--torn]
//       Takes the room's lock, prints "locked HEAD", optionally leaves a torn record past head,
//       holds the lock M ms (the test may SIGKILL it meanwhile), prints "released HEAD", exits.
//   churn     --room R --name N --seconds S [--send K]
//       Until S seconds have passed: joins as a member, sends K messages "N#i" (i counting on
//       across rounds), waits until each is written, leaves. Prints one JSON summary.
//   hammer    --room R --rounds K
//       K times: opens the room's segment and closes it again, checking both times that the
//       segment it is in is the one the room's key leads to (a newcomer that attached to a
//       segment the last leaver was removing would be alone in it). Prints one JSON summary.
#include "ipcchannel.h"
#include "roomsegment_p.h"
#include "wireformat_p.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QCryptographicHash>
#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QRandomGenerator>
#include <QtCore/QHash>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QThread>
#include <QtCore/QTimer>

#include <cstdio>
#include <cstring>

using namespace ShmChat;

namespace {

void printLine(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

struct ChatCheck
{
    qint64 received = 0;     // text messages
    qint64 leaves = 0;       // leave notices
    qint64 timedOutLeaves = 0; // ...of which "stopped answering"
    qint64 missed = 0;       // records reported missed
    qint64 duplicates = 0;   // a sender's index seen again or going back
    qint64 skipped = 0;      // a sender's indexes jumped over (must be covered by missed)
    qint64 seqErrors = 0;    // room sequence numbers not strictly increasing
    qint64 malformed = 0;    // a text that is not "name#index[ padding]": torn or foreign
    quint64 lastSeq = 0;
    QHash<QString, qint64> lastIndex;
    QCryptographicHash digest{ QCryptographicHash::Sha1 };

    void take(const ChatMessage &message)
    {
        if (message.seq <= lastSeq)
            ++seqErrors;
        lastSeq = message.seq;
        if (message.kind == ChatMessage::Kind::Leave) {
            ++leaves;
            timedOutLeaves += message.timedOut ? 1 : 0;
        }
        if (message.kind != ChatMessage::Kind::Text)
            return;
        ++received;
        const QByteArray line = QByteArray::number(message.seq) + ':' + message.text.left(40).toUtf8() + '\n';
        digest.addData(line);
        const QString head = message.text.section(QLatin1Char(' '), 0, 0);
        const qsizetype hash = head.lastIndexOf(QLatin1Char('#'));
        bool ok = false;
        const qint64 index = hash > 0 ? head.mid(hash + 1).toLongLong(&ok) : -1;
        if (!ok || head.left(hash) != message.sender) {
            ++malformed;
            return;
        }
        const qint64 last = lastIndex.value(message.sender, -1);
        if (index <= last)
            ++duplicates;
        else
            skipped += index - last - 1;
        lastIndex.insert(message.sender, index);
        perSender[message.sender] += 1;
    }
    QHash<QString, qint64> perSender;

    QJsonObject summary(const QString &name) const
    {
        return QJsonObject{
            { QStringLiteral("name"), name },
            { QStringLiteral("received"), received },
            { QStringLiteral("missed"), missed },
            { QStringLiteral("duplicates"), duplicates },
            { QStringLiteral("skipped"), skipped },
            { QStringLiteral("seq_errors"), seqErrors },
            { QStringLiteral("malformed"), malformed },
            { QStringLiteral("digest"), QString::fromLatin1(digest.result().toHex()) },
            { QStringLiteral("leaves"), leaves },
            { QStringLiteral("timed_out_leaves"), timedOutLeaves },
            { QStringLiteral("per_sender"), [this] {
                  QJsonObject counts;
                  for (auto it = perSender.cbegin(); it != perSender.cend(); ++it)
                      counts.insert(it.key(), it.value());
                  return counts;
              }() },
        };
    }
};

int runChat(const QCommandLineParser &parser)
{
    const QString room = parser.value(QStringLiteral("room"));
    const QString name = parser.value(QStringLiteral("name"));
    const qint64 toSend = parser.value(QStringLiteral("send")).toLongLong();
    const qint64 expect = parser.isSet(QStringLiteral("expect")) ? parser.value(QStringLiteral("expect")).toLongLong() : -1;
    const QString stopOn = parser.value(QStringLiteral("stop-on"));
    const QString padding(parser.value(QStringLiteral("pad")).toInt(), QLatin1Char('.'));

    IpcChannel channel;
    ChatCheck check;
    int exitCode = 1;
    qint64 sent = 0;
    qint64 confirmed = 0; // messageSent or sendFailed: the outbox no longer holds it
    qint64 failed = 0;
    bool stopSeen = false;
    // Done at a text from --stop-on, or when everything we sent left the outbox and we read
    // what we were told to read.
    const auto finishIfDone = [&] {
        const bool reading = expect >= 0 ? check.received + check.missed >= expect : stopOn.isEmpty();
        if (stopSeen || (confirmed >= toSend && reading)) {
            exitCode = 0;
            QCoreApplication::quit();
        }
    };
    QObject::connect(&channel, &IpcChannel::messageReceived, qApp, [&](const ChatMessage &message) {
        check.take(message);
        stopSeen = stopSeen || (message.kind == ChatMessage::Kind::Text && message.sender == stopOn);
        finishIfDone();
    });
    QObject::connect(&channel, &IpcChannel::messagesMissed, qApp, [&](quint64 count) {
        check.missed += qint64(count);
        finishIfDone();
    });
    QObject::connect(&channel, &IpcChannel::messageSent, qApp, [&] {
        ++confirmed;
        finishIfDone();
    });
    QObject::connect(&channel, &IpcChannel::sendFailed, qApp, [&](const QString &, const QString &reason) {
        std::fprintf(stderr, "send failed: %s\n", qPrintable(reason));
        ++failed;
        ++confirmed;
        finishIfDone();
    });
    qint64 errors = 0;
    QObject::connect(&channel, &IpcChannel::errorOccurred, qApp, [&](const QString &message) {
        std::fprintf(stderr, "error: %s\n", qPrintable(message));
        ++errors;
    });
    // The longest time our event loop did not turn: what a user would feel as a freeze.
    qint64 maxStallMs = 0;
    QElapsedTimer sinceTick;
    sinceTick.start();
    QTimer stallProbe;
    stallProbe.setInterval(5);
    QObject::connect(&stallProbe, &QTimer::timeout, qApp, [&] {
        maxStallMs = qMax(maxStallMs, sinceTick.restart() - 5);
    });
    stallProbe.start();

    // A start barrier: processes started one after another all join at this instant.
    if (parser.isSet(QStringLiteral("start-at"))) {
        const qint64 wait = parser.value(QStringLiteral("start-at")).toLongLong() - QDateTime::currentMSecsSinceEpoch();
        if (wait > 0)
            QThread::msleep(ulong(wait));
    }
    const IpcChannel::JoinFlags flags = parser.isSet(QStringLiteral("observer")) ? IpcChannel::Observer
                                                                                 : IpcChannel::NoJoinFlags;
    if (!channel.join(room, name, flags) || !channel.waitForJoined(10000)) {
        std::fprintf(stderr, "join failed: %s\n", qPrintable(channel.errorString()));
        return 2;
    }
    std::fprintf(stderr, "joined\n");

    // Send in slices so that our own event loop keeps turning (and reading) meanwhile; with
    // --rate, a slice every 10 ms.
    const qint64 rate = parser.value(QStringLiteral("rate")).toLongLong();
    const qint64 perSlice = rate > 0 ? qMax<qint64>(1, rate / 100) : 200;
    QTimer sender;
    sender.setInterval(rate > 0 ? 10 : 0);
    QObject::connect(&sender, &QTimer::timeout, qApp, [&] {
        for (qint64 i = 0; i < perSlice && sent < toSend; ++i, ++sent) {
            if (!channel.sendMessage(name + QLatin1Char('#') + QString::number(sent)
                                     + (padding.isEmpty() ? QString() : QLatin1Char(' ') + padding))) {
                std::fprintf(stderr, "refused: %s\n", qPrintable(channel.errorString()));
                QCoreApplication::exit(2);
            }
        }
        if (sent >= toSend)
            sender.stop();
    });
    sender.start();

    QTimer::singleShot(int(parser.value(QStringLiteral("timeout")).toDouble() * 1000), qApp, [&] {
        exitCode = 1;
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    channel.leave();
    QJsonObject summary = check.summary(name);
    summary.insert(QStringLiteral("sent"), sent);
    summary.insert(QStringLiteral("send_failed"), failed);
    summary.insert(QStringLiteral("errors"), errors);
    summary.insert(QStringLiteral("max_stall_ms"), maxStallMs);
    printLine(QJsonDocument(summary).toJson(QJsonDocument::Compact));
    return exitCode;
}

int runVandal(const QCommandLineParser &parser)
{
    enum : quint32 {
        Generation = offsetof(SegmentHeader, generation),
        LockWord = offsetof(SegmentHeader, lockWord),
        Head = offsetof(SegmentHeader, head),
        Tail = offsetof(SegmentHeader, tail),
        NextSeq = offsetof(SegmentHeader, nextSeq),
        Epoch = offsetof(SegmentHeader, memberEpoch),
    };
    RawMapping raw(parser.value(QStringLiteral("room")));
    if (!raw.isValid()) {
        std::fprintf(stderr, "the room has no segment to attach to\n");
        return 2;
    }
    char *base = raw.data();
    const auto put64 = [&](quint32 offset, quint64 value) { std::memcpy(base + offset, &value, 8); };
    const auto get64 = [&](quint32 offset) { quint64 v; std::memcpy(&v, base + offset, 8); return v; };
    QRandomGenerator random(parser.value(QStringLiteral("seed")).toUInt());
    QElapsedTimer timer;
    timer.start();
    const qint64 durationMs = qint64(parser.value(QStringLiteral("seconds")).toDouble() * 1000);
    qint64 writes = 0;
    qint64 forged = 0;
    qint64 phantomsPublished = 0;
    while (timer.elapsed() < durationMs) {
        const quint32 ringPos = Layout::RingOffset + (quint32(get64(Head)) & (Layout::RingCapacity - 1) & ~7u);
        switch (random.bounded(12)) {
        case 0: case 1: case 2: { // random bytes anywhere
            const quint32 length = 1 + random.bounded(64u);
            const quint32 offset = random.bounded(Layout::SegmentSize - length);
            for (quint32 i = 0; i < length; ++i)
                base[offset + i] = char(random.bounded(256u));
            break;
        }
        case 3: case 4: // a bit flip near where readers are reading
            base[Layout::RingOffset + random.bounded(Layout::RingCapacity)] ^= char(1u << random.bounded(8u));
            base[ringPos - 8 * random.bounded(64u)] ^= char(1u << random.bounded(8u));
            break;
        case 5: { // a record size of 0xFFFFFFFF where the next record will be
            const quint32 huge = 0xffffffffu;
            std::memcpy(base + ringPos, &huge, 4);
            break;
        }
        case 6: // positions beyond the ring, or backwards
            put64(Head, get64(Head) + Layout::RingCapacity * (1 + random.bounded(4u)));
            put64(Tail, random.generate64());
            break;
        case 7: // sequence numbers that jump back or wrap
            put64(NextSeq, random.bounded(2) ? get64(NextSeq) - random.bounded(1000u) : ~quint64(0) - 1);
            break;
        case 8: // a member table full of garbage, and a table "being changed" forever
            for (quint32 i = 0; i < Layout::MemberSlotCount * Layout::MemberSlotSize; i += 4) {
                const quint32 word = random.generate();
                std::memcpy(base + Layout::MemberTableOffset + i, &word, 4);
            }
            put64(Epoch, get64(Epoch) | 1);
            break;
        case 9: // a lock word naming a live process (ours) or garbage
            put64(LockWord, random.bounded(2) ? (quint64(QCoreApplication::applicationPid()) << 32) | 1
                                              : random.generate64());
            break;
        case 10: // another generation, or another layout version
            put64(Generation, random.generate64());
            base[offsetof(SegmentHeader, version)] = char(random.bounded(256u));
            break;
        case 11: // a plausible record, valid checksum, that claims to come from someone else
        {
            // Three kinds: (a) of another generation ("ghost": an earlier life of the room, never
            // to be shown); (b) correctly tagged and numbered but past head, not published
            // ("phantom": never to be shown); (c) correctly tagged, over a committed record
            // ("mallory": a process of the same user posting under any name, which the README
            // says it can; it may be shown, but never torn or twice).
            const quint64 generation = get64(Generation);
            const quint64 nextSeq = get64(NextSeq);
            Wire::Outgoing record;
            quint32 tag = quint32(generation);
            quint64 seq = nextSeq;
            quint32 at = ringPos;
            switch (random.bounded(3)) {
            case 0:
                record.name = "ghost";
                tag = random.generate();
                seq = random.generate64();
                break;
            case 1:
                record.name = "phantom";
                break;
            default:
                record.name = "mallory";
                seq = nextSeq > 3 ? nextSeq - 1 - random.bounded(3u) : nextSeq;
                at = Layout::RingOffset + (quint32(get64(Tail)) & (Layout::RingCapacity - 1) & ~7u);
                break;
            }
            // A phantom written while a writer copies its own record to head is published by
            // that writer, as "mallory" is. Such phantoms are counted (bytes still ours once the
            // writer is done, and head past them), and the test allows exactly that many.
            const bool phantom = record.name == "phantom";
            const quint64 headBefore = get64(Head);
            if (phantom && get64(LockWord) != 0)
                break;
            record.text = record.name + '#' + QByteArray::number(forged++) + " forged";
            const QByteArray bytes = Wire::encode(record, seq, tag);
            const auto ringByte = [&](int i) -> char & {
                return base[Layout::RingOffset + ((at - Layout::RingOffset + quint32(i)) & (Layout::RingCapacity - 1))];
            };
            for (int i = 0; i < bytes.size(); ++i)
                ringByte(i) = bytes[i];
            if (phantom && (get64(LockWord) != 0 || get64(Head) != headBefore)) {
                for (int wait = 0; wait < 1000 && get64(LockWord) != 0; ++wait)
                    QThread::usleep(100);
                bool intact = true;
                for (int i = 0; i < bytes.size() && intact; ++i)
                    intact = ringByte(i) == bytes[i];
                if (intact && get64(Head) > headBefore)
                    ++phantomsPublished;
            }
            break;
        }
        }
        ++writes;
        if (writes % 16 == 0)
            QThread::usleep(50);
    }
    printLine("writes " + QByteArray::number(writes) + " phantoms_published_by_writers " + QByteArray::number(phantomsPublished));
    return 0;
}

int runHoldLock(const QCommandLineParser &parser)
{
    RoomSegment segment;
    const RoomSegment::OpenResult opened = segment.open(parser.value(QStringLiteral("room")), 2000);
    if (opened.status != RoomSegment::OpenResult::Status::Opened) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(opened.detail));
        return 2;
    }
    RoomSegment::Locked held = segment.lock(2000);
    if (!held) {
        std::fprintf(stderr, "lock busy\n");
        return 2;
    }
    const quint64 head = segment.headPosition();
    if (parser.isSet(QStringLiteral("torn"))) {
        // What a writer killed mid-copy leaves: the first half of a record past head.
        RawMapping raw(parser.value(QStringLiteral("room")));
        if (raw.isValid()) {
            Wire::Outgoing record;
            record.kind = Wire::RecordKind::Text;
            record.name = "ghost";
            record.text = QByteArray(300, 'x');
            const QByteArray bytes = Wire::encode(record, 1).left(150);
            char *ring = raw.data() + Layout::RingOffset;
            for (int i = 0; i < bytes.size(); ++i)
                ring[(head + quint64(i)) % Layout::RingCapacity] = bytes[i];
        }
    }
    printLine("locked " + QByteArray::number(head));
    QThread::msleep(parser.value(QStringLiteral("hold-ms")).toULong());
    const quint64 after = segment.headPosition();
    held.unlock();
    printLine("released " + QByteArray::number(after));
    return 0;
}

int runChurn(const QCommandLineParser &parser)
{
    const QString room = parser.value(QStringLiteral("room"));
    const QString name = parser.value(QStringLiteral("name"));
    const qint64 perRound = qMax<qint64>(1, parser.value(QStringLiteral("send")).toLongLong());
    const qint64 durationMs = qint64(parser.value(QStringLiteral("seconds")).toDouble() * 1000);
    QElapsedTimer timer;
    timer.start();
    qint64 rounds = 0, sent = 0, written = 0, joinFailed = 0, sendFailed = 0;
    while (timer.elapsed() < durationMs) {
        IpcChannel channel;
        qint64 confirmed = 0;
        QObject::connect(&channel, &IpcChannel::messageSent, qApp, [&] { ++confirmed; ++written; });
        QObject::connect(&channel, &IpcChannel::sendFailed, qApp, [&](const QString &, const QString &reason) {
            std::fprintf(stderr, "send failed: %s\n", qPrintable(reason));
            ++confirmed;
            ++sendFailed;
        });
        if (!channel.join(room, name) || !channel.waitForJoined(10000)) {
            std::fprintf(stderr, "join failed: %s\n", qPrintable(channel.errorString()));
            ++joinFailed;
            continue;
        }
        for (qint64 i = 0; i < perRound; ++i, ++sent) {
            if (!channel.sendMessage(name + QLatin1Char('#') + QString::number(sent))) {
                std::fprintf(stderr, "refused: %s\n", qPrintable(channel.errorString()));
                return 2;
            }
        }
        // Queued messages go out from the event loop; a send gives up by itself after 3 s.
        QElapsedTimer waiting;
        waiting.start();
        while (confirmed < perRound && waiting.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        channel.leave();
        ++rounds;
    }
    printLine(QJsonDocument(QJsonObject{
        { QStringLiteral("name"), name },
        { QStringLiteral("rounds"), rounds },
        { QStringLiteral("sent"), sent },
        { QStringLiteral("written"), written },
        { QStringLiteral("join_failed"), joinFailed },
        { QStringLiteral("send_failed"), sendFailed },
    }).toJson(QJsonDocument::Compact));
    return 0;
}

int runHammer(const QCommandLineParser &parser)
{
    const QString room = parser.value(QStringLiteral("room"));
    const qint64 rounds = parser.value(QStringLiteral("rounds")).toLongLong();
    qint64 done = 0, openFailed = 0, strandedAtOpen = 0, strandedAtClose = 0;
    for (; done < rounds; ++done) {
        RoomSegment segment;
        const RoomSegment::OpenResult opened = segment.open(room, 5000);
        if (opened.status != RoomSegment::OpenResult::Status::Opened) {
            std::fprintf(stderr, "open failed: %s\n", qPrintable(opened.detail));
            ++openFailed;
            continue;
        }
        strandedAtOpen += segment.keyStillLeadsHere() ? 0 : 1;
        QThread::yieldCurrentThread(); // let the others leave and join meanwhile
        strandedAtClose += segment.keyStillLeadsHere() ? 0 : 1;
        segment.close();
    }
    printLine(QJsonDocument(QJsonObject{
        { QStringLiteral("rounds"), done },
        { QStringLiteral("open_failed"), openFailed },
        { QStringLiteral("stranded_at_open"), strandedAtOpen },
        { QStringLiteral("stranded_at_close"), strandedAtClose },
    }).toJson(QJsonDocument::Compact));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("chat or hold-lock"));
    parser.addOptions({
        { QStringLiteral("room"), QStringLiteral("room"), QStringLiteral("name") },
        { QStringLiteral("name"), QStringLiteral("nickname"), QStringLiteral("name"), QStringLiteral("peer") },
        { QStringLiteral("send"), QStringLiteral("messages to send"), QStringLiteral("K"), QStringLiteral("0") },
        { QStringLiteral("expect"), QStringLiteral("texts to receive"), QStringLiteral("T") },
        { QStringLiteral("stop-on"), QStringLiteral("stop at a text from"), QStringLiteral("sender") },
        { QStringLiteral("pad"), QStringLiteral("padding bytes per message"), QStringLiteral("n"), QStringLiteral("0") },
        { QStringLiteral("observer"), QStringLiteral("do not take a member slot") },
        { QStringLiteral("timeout"), QStringLiteral("seconds"), QStringLiteral("s"), QStringLiteral("60") },
        { QStringLiteral("hold-ms"), QStringLiteral("hold the lock this long"), QStringLiteral("ms"), QStringLiteral("1000") },
        { QStringLiteral("torn"), QStringLiteral("leave a torn record past head") },
        { QStringLiteral("rate"), QStringLiteral("messages per second (0: as fast as possible)"), QStringLiteral("n"), QStringLiteral("0") },
        { QStringLiteral("seconds"), QStringLiteral("vandal: how long"), QStringLiteral("s"), QStringLiteral("3") },
        { QStringLiteral("seed"), QStringLiteral("vandal: random seed"), QStringLiteral("n"), QStringLiteral("1") },
        { QStringLiteral("rounds"), QStringLiteral("hammer: how many times"), QStringLiteral("n"), QStringLiteral("1000") },
        { QStringLiteral("start-at"), QStringLiteral("chat: join at this time (ms since the epoch)"), QStringLiteral("ms") },
    });
    parser.process(app);
    const QString mode = parser.positionalArguments().value(0);
    if (mode == QLatin1String("chat"))
        return runChat(parser);
    if (mode == QLatin1String("hold-lock"))
        return runHoldLock(parser);
    if (mode == QLatin1String("vandal"))
        return runVandal(parser);
    if (mode == QLatin1String("churn"))
        return runChurn(parser);
    if (mode == QLatin1String("hammer"))
        return runHammer(parser);
    std::fprintf(stderr, "unknown mode\n");
    return 2;
}
