// IpcChannel within one process: two or more channels on one room, plus segments we damage on
// purpose through the transport's private interface.
#include "ipcchannel.h"
#include "processtest.h"
#include "roomsegment_p.h"
#include "wireformat_p.h"

#include <QtCore/QProcess>
#include <QtCore/QRandomGenerator>
#include <QtTest/QtTest>

#include <cstring>
#include <limits>
#include <memory>

using namespace ShmChat;

class tst_IpcChannel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void twoChannelsExchange();
    void bridgeStateIsReported();
    void remoteMembersAndRecordsCarryTheirMachine();
    void joinLeaveAndMembers();
    void rename();
    void nicknameIsUniqueInItsRoom_data();
    void nicknameIsUniqueInItsRoom();
    void renameToATakenNameIsRefused();
    void deceptiveNamesAreRefusedAtJoinAndRename_data();
    void deceptiveNamesAreRefusedAtJoinAndRename();
    void nonMemberCannotPostUnderAMembersName();
    void deadMembersNameIsFreeAgain();
    void readersDropRecordsWithDeceptiveNames();
    void historyIsMarked();
    void skipHistory();
    void refusedSendWritesNothing_data();
    void refusedSendWritesNothing();
    void lappedReaderLearnsExactCount();
    void readerLappedUpToItsHeadLearnsExactCount();
    void busyLockQueuesThenDelivers();
    void stuckHolderIsOvertaken();
    void queuedMessagesFailWhenLeaving();
    void deadHolderLosesLockAtOnce();
    void garbageSegmentIsRecovered();
    void otherLayoutVersionIsRecovered();
    void staleSegmentIsRecovered();
    void deadMemberIsReaped();
    void stoppedMemberIsReaped();
    void leavingWithTheLockBusyIsANormalLeave();
    void damagedRecordIsNeverDelivered();
    void replayedRecordIsNeverDeliveredAgain();
    void recordOfAnotherGenerationIsNeverDelivered();
    void writerRefusesRecordsBeyondTheLayout();
    void sendNeverWaitsLong();
    void joinNeverWaitsLong();
    void slowConsumerStillGetsShortPolls();
    void countersNearTheirLimitStartANewLife();
    void pollBatchIsBounded();
    void batchesCarryWhatSingleSignalsCarry();
    void batchesNeverSpanALoss();
    void backgroundChannelStillDelivers();
    void backgroundMemberKeepsItsHeartbeat();

private:
    QString m_room;
};

namespace {

QList<ChatMessage> texts(const QSignalSpy &spy)
{
    QList<ChatMessage> result;
    for (const QList<QVariant> &args : spy) {
        const auto message = args.at(0).value<ChatMessage>();
        if (message.kind == ChatMessage::Kind::Text)
            result.append(message);
    }
    return result;
}

// A pid that certainly belongs to no process: one that just exited.
qint64 deadPid()
{
    QProcess process;
    process.start(QStringLiteral("true"), {});
    if (!process.waitForStarted())
        return 999'999'999;
    const qint64 pid = process.processId();
    process.waitForFinished();
    return pid;
}

// Opens the segment of m_room the way a peer does, to damage it or hold its lock.
struct RawRoom
{
    RoomSegment segment;
    explicit RawRoom(const QString &room)
    {
        const RoomSegment::OpenResult result = segment.open(room, 2000);
        if (result.status != RoomSegment::OpenResult::Status::Opened)
            qFatal("cannot open room: %s", qPrintable(result.detail));
    }
};

SegmentHeader *headerOf(const RawMapping &raw)
{
    return reinterpret_cast<SegmentHeader *>(raw.data());
}

} // namespace

void tst_IpcChannel::init()
{
    m_room = TestSupport::uniqueRoom("t");
}

void tst_IpcChannel::cleanup()
{
    RoomSegment::removeIfUnused(m_room);
}

void tst_IpcChannel::bridgeStateIsReported()
{
    // shmchat-bridge writes its pid (bit 32: it reaches other machines) into the header; a window
    // shows "not connected to other machines" from it.
    IpcChannel alice;
    QVERIFY(alice.join(m_room, QStringLiteral("alice")));
    QCOMPARE(alice.bridgeState(), IpcChannel::BridgeState::None);
    RawRoom raw(m_room);
    SegmentHeader *h = raw.segment.header();
    const quint64 self = quint64(QCoreApplication::applicationPid());
    h->bridgePid.store(self);
    QTRY_COMPARE_WITH_TIMEOUT(alice.bridgeState(), IpcChannel::BridgeState::NotConnected, 5000);
    h->bridgePid.store(self | (quint64(1) << 32));
    QTRY_COMPARE_WITH_TIMEOUT(alice.bridgeState(), IpcChannel::BridgeState::Connected, 5000);
    // A bridge that died counts as none.
    h->bridgePid.store(quint64(deadPid()) | (quint64(1) << 32));
    QTRY_COMPARE_WITH_TIMEOUT(alice.bridgeState(), IpcChannel::BridgeState::None, 5000);
}

void tst_IpcChannel::remoteMembersAndRecordsCarryTheirMachine()
{
    IpcChannel alice;
    QVERIFY(alice.join(m_room, QStringLiteral("alice")));
    QSignalSpy received(&alice, &IpcChannel::messageReceived);
    QSignalSpy missed(&alice, &IpcChannel::messagesMissed);
    RawRoom raw(m_room);
    {
        RoomSegment::Locked held = raw.segment.lock(1000);
        QVERIFY(held);
        int slot = -1;
        quint32 id = 0;
        // Listed by the bridge on behalf of a window on another machine.
        QCOMPARE(held.addMember("bob", QCoreApplication::applicationPid(), &slot, &id, "laptop"),
                 RoomSegment::MemberError::None);
        Wire::Outgoing remote(Wire::RecordKind::Text, Wire::FlagRemote, 0, 1, "bob", "hi from afar");
        remote.machine = "laptop";
        Wire::Outgoing gap(Wire::RecordKind::Missed, 0, 0, 1, "shmchat-bridge", "3");
        QVERIFY(held.append({ remote, gap }) != 0);
    }
    QTRY_VERIFY(!texts(received).isEmpty());
    QCOMPARE(texts(received).first().machine, QStringLiteral("laptop"));
    QTRY_COMPARE(missed.size(), 1);
    QCOMPARE(missed.first().first().toULongLong(), 3ull);
    QTRY_VERIFY(std::any_of(alice.members().cbegin(), alice.members().cend(), [](const ChatMember &m) {
        return m.name == QLatin1String("bob") && m.machine == QLatin1String("laptop");
    }));
}

void tst_IpcChannel::twoChannelsExchange()
{
    IpcChannel alice, bob;
    QVERIFY2(alice.join(m_room, QStringLiteral("alice")), qPrintable(alice.errorString()));
    QVERIFY2(bob.join(m_room, QStringLiteral("bob")), qPrintable(bob.errorString()));
    QCOMPARE(alice.state(), IpcChannel::State::Joined);

    QSignalSpy bobReceived(&bob, &IpcChannel::messageReceived);
    QSignalSpy aliceReceived(&alice, &IpcChannel::messageReceived);
    QSignalSpy sent(&alice, &IpcChannel::messageSent);
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QVERIFY(alice.sendMessage(QStringLiteral("hello, bob")));
    QCOMPARE(sent.size(), 1); // the lock was free: written at once

    QTRY_COMPARE(texts(bobReceived).size(), 1);
    const ChatMessage message = texts(bobReceived).first();
    QCOMPARE(message.text, QStringLiteral("hello, bob"));
    QCOMPARE(message.sender, QStringLiteral("alice"));
    QCOMPARE(message.senderId, alice.memberId());
    QCOMPARE(message.seq, sent.first().first().value<quint64>());
    QVERIFY(!message.history);
    QVERIFY(message.time >= before && message.time <= QDateTime::currentDateTimeUtc());
    // The sender sees its own message through the room too, in the same place in the order.
    QTRY_COMPARE(texts(aliceReceived).size(), 1);
    QCOMPARE(texts(aliceReceived).first().seq, message.seq);

    QVERIFY(bob.sendMessage(QStringLiteral("hi alice")));
    QTRY_COMPARE(texts(aliceReceived).size(), 2);
    QVERIFY(texts(aliceReceived).at(1).seq > message.seq);
}

void tst_IpcChannel::joinLeaveAndMembers()
{
    IpcChannel alice;
    QVERIFY(alice.join(m_room, QStringLiteral("alice")));
    QCOMPARE(alice.members().size(), 1);
    QVERIFY(alice.members().first().self);

    QSignalSpy received(&alice, &IpcChannel::messageReceived);
    QSignalSpy membersChanged(&alice, &IpcChannel::membersChanged);
    {
        IpcChannel bob;
        QVERIFY(bob.join(m_room, QStringLiteral("bob")));
        QTRY_COMPARE(alice.members().size(), 2);
        QVERIFY(membersChanged.size() >= 1);
        const auto names = [&] {
            QStringList n;
            for (const ChatMember &m : alice.members())
                n << m.name;
            return n;
        };
        QVERIFY(names().contains(QStringLiteral("bob")));
        // An observer reads and sends but is not listed and not announced.
        IpcChannel observer;
        QVERIFY(observer.join(m_room, QStringLiteral("watcher"), IpcChannel::Observer));
        QTest::qWait(TestSupport::SeveralPollsMs);
        QCOMPARE(alice.members().size(), 2);
    }
    QTRY_COMPARE(alice.members().size(), 1);

    QList<ChatMessage> aboutBob;
    for (const auto &args : std::as_const(received)) {
        const auto message = args.at(0).value<ChatMessage>();
        QVERIFY(message.sender != QLatin1String("watcher"));
        if (message.sender == QLatin1String("bob"))
            aboutBob << message;
    }
    QCOMPARE(aboutBob.size(), 2);
    QCOMPARE(aboutBob.at(0).kind, ChatMessage::Kind::Join);
    QCOMPARE(aboutBob.at(1).kind, ChatMessage::Kind::Leave);
    QVERIFY(!aboutBob.at(1).timedOut);
}

void tst_IpcChannel::rename()
{
    IpcChannel alice, bob;
    QVERIFY(alice.join(m_room, QStringLiteral("alice")));
    QVERIFY(bob.join(m_room, QStringLiteral("bob")));
    QSignalSpy received(&bob, &IpcChannel::messageReceived);
    QSignalSpy nicknameChanged(&alice, &IpcChannel::nicknameChanged);

    QVERIFY(!alice.setNickname(QStringLiteral("bad\nname")));
    QVERIFY(!alice.errorString().isEmpty());
    QVERIFY(alice.setNickname(QStringLiteral("Alicia")));
    QCOMPARE(nicknameChanged.size(), 1);
    QCOMPARE(alice.nickname(), QStringLiteral("Alicia"));

    QTRY_VERIFY(!received.isEmpty());
    const ChatMessage rename = received.last().at(0).value<ChatMessage>();
    QCOMPARE(rename.kind, ChatMessage::Kind::Rename);
    QCOMPARE(rename.sender, QStringLiteral("Alicia"));
    QCOMPARE(rename.text, QStringLiteral("alice"));
    QTRY_VERIFY(std::any_of(bob.members().cbegin(), bob.members().cend(),
                            [](const ChatMember &m) { return m.name == QLatin1String("Alicia"); }));

    QVERIFY(alice.sendMessage(QStringLiteral("new name")));
    QTRY_COMPARE(texts(received).size(), 1);
    QCOMPARE(texts(received).first().sender, QStringLiteral("Alicia"));
}

void tst_IpcChannel::nicknameIsUniqueInItsRoom_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addRow("same") << QStringLiteral("alice") << QStringLiteral("alice");
    QTest::addRow("case") << QStringLiteral("alice") << QStringLiteral("ALICE");
    QTest::addRow("full-width") << QStringLiteral("alice") << QStringLiteral("ａｌｉｃｅ");
    QTest::addRow("decomposed") << QStringLiteral("Jos\u00e9") << QStringLiteral("jose\u0301");
    QTest::addRow("sharp s") << QStringLiteral("stra\u00dfe") << QStringLiteral("STRASSE");
    QTest::addRow("ligature") << QStringLiteral("fish") << QStringLiteral("\ufb01sh");
    QTest::addRow("no-break space") << QStringLiteral("mary ann") << QStringLiteral("mary\u00a0ann");
    QTest::addRow("two spaces") << QStringLiteral("mary ann") << QStringLiteral("mary  ann");
    QTest::addRow("emoji presentation") << QStringLiteral("\u2764") << QStringLiteral("\u2764\ufe0f");
}

void tst_IpcChannel::nicknameIsUniqueInItsRoom()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    IpcChannel a, b;
    QVERIFY2(a.join(m_room, first), qPrintable(a.errorString()));
    QTRY_COMPARE(a.state(), IpcChannel::State::Joined);

    // Refused at once when the room is free to look at, or by joinFailed when it was busy.
    QSignalSpy failed(&b, &IpcChannel::joinFailed);
    if (b.join(m_room, second)) {
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(second));
    } else {
        QVERIFY2(b.errorString().contains(second), qPrintable(b.errorString()));
        QVERIFY(b.errorString().contains(QLatin1String("already taken")));
    }
    QCOMPARE(b.state(), IpcChannel::State::Disconnected);
    QCOMPARE(a.members().size(), 1);

    // The same name is free in another room, and free here once its holder left.
    IpcChannel elsewhere;
    const QString otherRoom = m_room + QStringLiteral("-2");
    QVERIFY2(elsewhere.join(otherRoom, second), qPrintable(elsewhere.errorString()));
    QTRY_COMPARE(elsewhere.state(), IpcChannel::State::Joined);
    elsewhere.leave();
    RoomSegment::removeIfUnused(otherRoom);
    a.leave();
    QVERIFY2(b.join(m_room, second), qPrintable(b.errorString()));
    QTRY_COMPARE(b.state(), IpcChannel::State::Joined);
}

void tst_IpcChannel::renameToATakenNameIsRefused()
{
    IpcChannel alice, bob;
    QVERIFY(alice.join(m_room, QStringLiteral("alice")));
    QVERIFY(bob.join(m_room, QStringLiteral("bob")));
    QTRY_COMPARE(alice.members().size(), 2);
    QSignalSpy renamed(&bob, &IpcChannel::nicknameChanged);

    QVERIFY(!bob.setNickname(QStringLiteral("Alice")));
    QVERIFY2(bob.errorString().contains(QLatin1String("already taken")), qPrintable(bob.errorString()));
    QCOMPARE(bob.nickname(), QStringLiteral("bob"));
    QCOMPARE(renamed.size(), 0);
    QTest::qWait(200);
    const QList<ChatMember> members = alice.members();
    QVERIFY(std::any_of(members.cbegin(), members.cend(), [](const ChatMember &m) { return m.name == QLatin1String("bob"); }));

    // A member may change the case of its own name: nobody else holds it.
    QVERIFY2(bob.setNickname(QStringLiteral("Bob")), qPrintable(bob.errorString()));
    QCOMPARE(bob.nickname(), QStringLiteral("Bob"));
}

void tst_IpcChannel::deceptiveNamesAreRefusedAtJoinAndRename_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason");
    const QString invisible = QStringLiteral("invisible or direction-changing");
    const QString notVisible = QStringLiteral("visible character");
    QTest::addRow("zero-width space inside") << QStringLiteral("ali\u200bce") << invisible;
    QTest::addRow("only zero-width space") << QStringLiteral("\u200b") << invisible;
    QTest::addRow("right-to-left override") << QStringLiteral("ali\u202ece") << invisible;
    QTest::addRow("isolate") << QStringLiteral("\u2067alice\u2069") << invisible;
    QTest::addRow("line separator") << QStringLiteral("ali\u2028ce") << invisible;
    QTest::addRow("paragraph separator") << QStringLiteral("ali\u2029ce") << invisible;
    QTest::addRow("braille blank") << QStringLiteral("\u2800") << invisible;
    QTest::addRow("hangul filler") << QStringLiteral("\u3164") << invisible;
    QTest::addRow("hangul choseong filler") << QStringLiteral("\u115f\u115f") << invisible;
    QTest::addRow("soft hyphen") << QStringLiteral("ali\u00adce") << invisible;
    QTest::addRow("combining marks alone") << QStringLiteral("\u0301\u0308") << notVisible;
    QTest::addRow("combining mark first") << QStringLiteral("\u0301alice") << notVisible;
}

void tst_IpcChannel::deceptiveNamesAreRefusedAtJoinAndRename()
{
    QFETCH(QString, name);
    QFETCH(QString, reason);
    IpcChannel channel;
    QVERIFY(!channel.join(m_room, name));
    QVERIFY2(channel.errorString().contains(reason), qPrintable(channel.errorString()));
    QVERIFY(!IpcChannel::checkNickname(name).isEmpty());
    QVERIFY(!IpcChannel::checkRoomName(name).isEmpty());

    QVERIFY(channel.join(m_room, QStringLiteral("honest")));
    QVERIFY(!channel.setNickname(name));
    QVERIFY2(channel.errorString().contains(reason), qPrintable(channel.errorString()));
    QCOMPARE(channel.nickname(), QStringLiteral("honest"));
}

void tst_IpcChannel::nonMemberCannotPostUnderAMembersName()
{
    IpcChannel alice;
    QVERIFY(alice.join(m_room, QStringLiteral("alice")));
    QSignalSpy received(&alice, &IpcChannel::messageReceived);

    IpcChannel forger; // what `shmchat-cli send --name ALICE` is
    QVERIFY(forger.join(m_room, QStringLiteral("ALICE"), IpcChannel::Observer | IpcChannel::SkipHistory));
    QTRY_COMPARE(forger.state(), IpcChannel::State::Joined);
    QSignalSpy failed(&forger, &IpcChannel::sendFailed);
    QSignalSpy sent(&forger, &IpcChannel::messageSent);
    QVERIFY(forger.sendMessage(QStringLiteral("it is me, really")));
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.first().at(1).toString().contains(QLatin1String("already taken")));
    QCOMPARE(sent.size(), 0);

    // Under a name nobody holds, a non-member's message goes out.
    IpcChannel dave;
    QVERIFY(dave.join(m_room, QStringLiteral("dave"), IpcChannel::Observer | IpcChannel::SkipHistory));
    QTRY_COMPARE(dave.state(), IpcChannel::State::Joined);
    QVERIFY(dave.sendMessage(QStringLiteral("hello from dave")));
    QTRY_COMPARE(texts(received).size(), 1);
    QCOMPARE(texts(received).first().sender, QStringLiteral("dave"));

    // And once alice is gone, so is the objection.
    alice.leave();
    QVERIFY(forger.sendMessage(QStringLiteral("now I may")));
    QTRY_COMPARE(sent.size(), 1);
    QCOMPARE(failed.size(), 1);
}

void tst_IpcChannel::deadMembersNameIsFreeAgain()
{
    // A window that crashed and is opened again at once gets its name back: the dead holder is
    // removed before the name is compared.
    IpcChannel bob;
    QVERIFY(bob.join(m_room, QStringLiteral("bob")));
    {
        RawRoom raw(m_room);
        RoomSegment::Locked rawHeld = raw.segment.lock(10);
        QCOMPARE(rawHeld.result(), RoomSegment::LockResult::Acquired);
        int slot = -1;
        quint32 id = 0;
        QCOMPARE(rawHeld.addMember("alice", deadPid(), &slot, &id), RoomSegment::MemberError::None);
    }
    QTRY_COMPARE(bob.members().size(), 2);
    IpcChannel alice;
    QVERIFY2(alice.join(m_room, QStringLiteral("alice")), qPrintable(alice.errorString()));
    QTRY_COMPARE(alice.state(), IpcChannel::State::Joined);
    QTRY_COMPARE(bob.members().size(), 2);
}

void tst_IpcChannel::readersDropRecordsWithDeceptiveNames()
{
    // A hostile process writes records straight into the ring, past every sender-side check:
    // readers hold each record's name to the same rules and drop what breaks them.
    IpcChannel reader;
    QVERIFY(reader.join(m_room, QStringLiteral("reader")));
    QSignalSpy received(&reader, &IpcChannel::messageReceived);
    RawRoom raw(m_room);
    const QList<QByteArray> names = { QByteArray("ali\xe2\x80\x8b" "ce"), QByteArray("\xe2\x80\xae" "ecila"),
                                      QByteArray("ali\xe2\x80\xa8" "ce"), QByteArray("\xe3\x85\xa4"),
                                      QByteArray("\xcc\x81"), QByteArray("\xe2\xa0\x80") };
    {
        RoomSegment::Locked held = raw.segment.lock(1000);
        QCOMPARE(held.result(), RoomSegment::LockResult::Acquired);
        QList<Wire::Outgoing> records;
        for (const QByteArray &name : names)
            records.append(Wire::Outgoing(Wire::RecordKind::Text, 0, 0, 1, name, "forged"));
        records.append(Wire::Outgoing(Wire::RecordKind::Text, 0, 0, 1, "mallory", "the only honest one"));
        QVERIFY(held.append(records) != 0);
    }
    QTRY_COMPARE(texts(received).size(), 1);
    QTest::qWait(300);
    QCOMPARE(texts(received).size(), 1);
    QCOMPARE(texts(received).first().sender, QStringLiteral("mallory"));
}

void tst_IpcChannel::historyIsMarked()
{
    IpcChannel alice;
    QVERIFY(alice.join(m_room, QStringLiteral("alice")));
    for (int i = 0; i < 3; ++i)
        QVERIFY(alice.sendMessage(QStringLiteral("old %1").arg(i)));

    IpcChannel bob;
    QSignalSpy received(&bob, &IpcChannel::messageReceived);
    QVERIFY(bob.join(m_room, QStringLiteral("bob")));
    QTRY_COMPARE(texts(received).size(), 3);
    QVERIFY(alice.sendMessage(QStringLiteral("live")));
    QTRY_COMPARE(texts(received).size(), 4);

    const QList<ChatMessage> got = texts(received);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(got.at(i).text, QStringLiteral("old %1").arg(i));
        QVERIFY(got.at(i).history);
    }
    QVERIFY(!got.at(3).history);
    // Bob's own join is live; alice's join is history.
    const ChatMessage first = received.first().at(0).value<ChatMessage>();
    QCOMPARE(first.kind, ChatMessage::Kind::Join);
    QCOMPARE(first.sender, QStringLiteral("alice"));
    QVERIFY(first.history);
}

void tst_IpcChannel::skipHistory()
{
    IpcChannel alice;
    QVERIFY(alice.join(m_room, QStringLiteral("alice")));
    QVERIFY(alice.sendMessage(QStringLiteral("before")));

    IpcChannel listener;
    QSignalSpy received(&listener, &IpcChannel::messageReceived);
    QVERIFY(listener.join(m_room, QStringLiteral("l"), IpcChannel::Observer | IpcChannel::SkipHistory));
    QVERIFY(alice.sendMessage(QStringLiteral("after")));
    QTRY_COMPARE(texts(received).size(), 1);
    QTest::qWait(TestSupport::SeveralPollsMs);
    QCOMPARE(received.size(), 1);
    QCOMPARE(texts(received).first().text, QStringLiteral("after"));
}

void tst_IpcChannel::refusedSendWritesNothing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("empty") << QString();
    QTest::addRow("limit + 1") << QString(IpcChannel::MaxMessageBytes + 1, QLatin1Char('x'));
    QTest::addRow("NUL") << QStringLiteral("a") + QChar(0) + QStringLiteral("b");
    QTest::addRow("lone surrogate") << QString(QChar(0xd800));
}

void tst_IpcChannel::refusedSendWritesNothing()
{
    QFETCH(QString, text);
    IpcChannel alice, bob;
    QVERIFY(alice.join(m_room, QStringLiteral("alice")));
    QVERIFY(bob.join(m_room, QStringLiteral("bob"), IpcChannel::SkipHistory));
    QSignalSpy received(&bob, &IpcChannel::messageReceived);
    QSignalSpy sent(&alice, &IpcChannel::messageSent);
    QSignalSpy failed(&alice, &IpcChannel::sendFailed);

    QVERIFY(!alice.sendMessage(text));
    QVERIFY(!alice.errorString().isEmpty());
    QVERIFY(alice.sendMessage(QStringLiteral("valid")));
    QTRY_COMPARE(texts(received).size(), 1);
    QCOMPARE(texts(received).first().text, QStringLiteral("valid"));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(failed.size(), 0);
}

void tst_IpcChannel::lappedReaderLearnsExactCount()
{
    IpcChannel writer, reader;
    QVERIFY(writer.join(m_room, QStringLiteral("w"), IpcChannel::Observer | IpcChannel::SkipHistory));
    QVERIFY(reader.join(m_room, QStringLiteral("r"), IpcChannel::Observer | IpcChannel::SkipHistory));
    QSignalSpy received(&reader, &IpcChannel::messageReceived);
    QSignalSpy missed(&reader, &IpcChannel::messagesMissed);

    // Without returning to the event loop the reader cannot poll: about twice the ring's worth
    // of large messages laps it for certain.
    const int count = int(2 * Layout::RingCapacity / Wire::MaxRecordSize) + 17;
    const QString padding(IpcChannel::MaxMessageBytes - 16, QLatin1Char('.'));
    for (int i = 0; i < count; ++i)
        QVERIFY(writer.sendMessage(QStringLiteral("%1 ").arg(i, 6) + padding));

    QTRY_COMPARE(quint64(texts(received).size()) + [&] {
        quint64 n = 0;
        for (const auto &args : std::as_const(missed))
            n += args.at(0).value<quint64>();
        return n;
    }(), quint64(count));
    QCOMPARE(missed.size(), 1);
    const quint64 lost = missed.first().first().value<quint64>();
    QVERIFY(lost > 0);
    // What arrived is exactly the newest messages, in order, none twice.
    const QList<ChatMessage> got = texts(received);
    for (int i = 0; i < got.size(); ++i)
        QCOMPARE(got.at(i).text.left(6).trimmed().toInt(), int(lost) + i);
}

// A reader descheduled in the middle of a poll holds an old head; meanwhile a writer may have
// retired records exactly up to it, so that tail equals that head: nothing is left to read, and
// nothing is damaged. Made here by retiring everything at once, as such a writer leaves it. The
// reader must wait quietly and count what it missed from the next record.
void tst_IpcChannel::readerLappedUpToItsHeadLearnsExactCount()
{
    IpcChannel writer, reader;
    QVERIFY(writer.join(m_room, QStringLiteral("w"), IpcChannel::Observer | IpcChannel::SkipHistory));
    QVERIFY(reader.join(m_room, QStringLiteral("r"), IpcChannel::Observer | IpcChannel::SkipHistory));
    QSignalSpy received(&reader, &IpcChannel::messageReceived);
    QSignalSpy missed(&reader, &IpcChannel::messagesMissed);
    QSignalSpy errors(&reader, &IpcChannel::errorOccurred);

    constexpr int Retired = 5;
    for (int i = 0; i < Retired; ++i)
        QVERIFY(writer.sendMessage(QStringLiteral("gone %1").arg(i)));
    {
        RawMapping raw(m_room);
        QVERIFY(raw.isValid());
        SegmentHeader *header = headerOf(raw);
        header->tail.store(header->head.load());
    }
    QTest::qWait(5 * IpcChannel::DefaultPollInterval);
    QCOMPARE(texts(received).size(), 0);
    QCOMPARE(missed.size(), 0);

    QVERIFY(writer.sendMessage(QStringLiteral("after")));
    QTRY_COMPARE(texts(received).size(), 1);
    QCOMPARE(texts(received).first().text, QStringLiteral("after"));
    QCOMPARE(missed.size(), 1);
    QCOMPARE(missed.first().first().value<quint64>(), quint64(Retired));
    QCOMPARE(errors.size(), 0);
}

void tst_IpcChannel::busyLockQueuesThenDelivers()
{
    IpcChannel alice, bob;
    QVERIFY(alice.join(m_room, QStringLiteral("alice")));
    QVERIFY(bob.join(m_room, QStringLiteral("bob"), IpcChannel::SkipHistory));
    QSignalSpy received(&bob, &IpcChannel::messageReceived);
    QSignalSpy sent(&alice, &IpcChannel::messageSent);

    RawRoom holder(m_room);
    RoomSegment::Locked holderHeld = holder.segment.lock(10);
    QCOMPARE(holderHeld.result(), RoomSegment::LockResult::Acquired);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(alice.sendMessage(QStringLiteral("one")));
    QVERIFY(alice.sendMessage(QStringLiteral("two")));
    QVERIFY(timer.elapsed() < 100); // queued, not waited for
    QTest::qWait(TestSupport::SeveralPollsMs);
    QCOMPARE(sent.size(), 0);
    QCOMPARE(texts(received).size(), 0);

    holderHeld.unlock();
    QTRY_COMPARE(texts(received).size(), 2);
    QCOMPARE(texts(received).at(0).text, QStringLiteral("one"));
    QCOMPARE(texts(received).at(1).text, QStringLiteral("two"));
    QCOMPARE(sent.size(), 2);
}

void tst_IpcChannel::stuckHolderIsOvertaken()
{
    IpcChannel alice, bob;
    QVERIFY(alice.join(m_room, QStringLiteral("alice")));
    QVERIFY(bob.join(m_room, QStringLiteral("bob"), IpcChannel::SkipHistory));
    QSignalSpy received(&bob, &IpcChannel::messageReceived);
    QSignalSpy sent(&alice, &IpcChannel::messageSent);

    // A live holder that does not let go (as if stopped): after about a second it loses the lock.
    RawRoom holder(m_room);
    RoomSegment::Locked holderHeld = holder.segment.lock(10);
    QCOMPARE(holderHeld.result(), RoomSegment::LockResult::Acquired);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(alice.sendMessage(QStringLiteral("through")));
    QVERIFY(sent.wait(int(Timing::SendTimeoutMs)));
    // Not before the holder has had its second (the timer's granularity aside).
    QVERIFY2(timer.elapsed() >= Timing::LockStaleMs - 100, qPrintable(QString::number(timer.elapsed())));
    QTRY_COMPARE(texts(received).size(), 1);

    // When the old holder wakes up it must not write into what is no longer its part of the ring.
    const quint64 head = holder.segment.headPosition();
    QCOMPARE(holderHeld.append({ Wire::Outgoing{ Wire::RecordKind::Text, 0, 0, 0, "late", "late" } }), quint64(0));
    QCOMPARE(holder.segment.headPosition(), head);
    QTest::ignoreMessage(QtWarningMsg, "the lock had been taken over while we held it");
    holderHeld.unlock();
    QVERIFY(alice.sendMessage(QStringLiteral("after")));
    QTRY_COMPARE(texts(received).size(), 2);
    QCOMPARE(texts(received).at(1).seq, texts(received).at(0).seq + 1);
}

void tst_IpcChannel::queuedMessagesFailWhenLeaving()
{
    IpcChannel alice;
    QVERIFY(alice.join(m_room, QStringLiteral("alice")));
    QSignalSpy failed(&alice, &IpcChannel::sendFailed);
    QSignalSpy sent(&alice, &IpcChannel::messageSent);

    RawRoom holder(m_room);
    RoomSegment::Locked holderHeld = holder.segment.lock(10);
    QCOMPARE(holderHeld.result(), RoomSegment::LockResult::Acquired);
    QVERIFY(alice.sendMessage(QStringLiteral("queued")));
    alice.leave();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toString(), QStringLiteral("queued"));
    QVERIFY(!failed.first().at(1).toString().isEmpty());
    QCOMPARE(sent.size(), 0);
    holderHeld.unlock();
}

void tst_IpcChannel::deadHolderLosesLockAtOnce()
{
    IpcChannel alice, bob;
    QVERIFY(alice.join(m_room, QStringLiteral("alice")));
    QVERIFY(bob.join(m_room, QStringLiteral("bob"), IpcChannel::SkipHistory));
    QSignalSpy received(&bob, &IpcChannel::messageReceived);
    QVERIFY(alice.sendMessage(QStringLiteral("before")));
    QTRY_COMPARE(texts(received).size(), 1);

    // A writer that died mid-write: the lock word names a dead pid, half a record lies past head.
    {
        RawRoom raw(m_room);
        RoomSegment::Locked rawHeld = raw.segment.lock(10);
        QCOMPARE(rawHeld.result(), RoomSegment::LockResult::Acquired);
        rawHeld.unlock();
    }
    RawMapping raw(m_room);
    QVERIFY(raw.isValid());
    SegmentHeader *header = headerOf(raw);
    const quint64 head = header->head.load();
    header->lockWord.store((quint64(deadPid()) << 32) | 0x1234);
    const QByteArray torn = Wire::encode(Wire::Outgoing{ Wire::RecordKind::Text, 0, 9, 0, "ghost", "torn" }, 999).left(30);
    std::memcpy(raw.data() + Layout::RingOffset + (head % Layout::RingCapacity), torn.constData(), size_t(torn.size()));

    QElapsedTimer timer;
    timer.start();
    QSignalSpy sent(&alice, &IpcChannel::messageSent);
    QVERIFY(alice.sendMessage(QStringLiteral("after")));
    QCOMPARE(sent.size(), 1); // taken over at once, not after a timeout
    QVERIFY(timer.elapsed() < 1000);
    QTRY_COMPARE(texts(received).size(), 2);
    QCOMPARE(texts(received).at(1).text, QStringLiteral("after"));
    QCOMPARE(texts(received).at(1).seq, texts(received).at(0).seq + 1);
}

void tst_IpcChannel::garbageSegmentIsRecovered()
{
    // A segment at the room's key full of garbage, as a program that crashed while writing
    // would leave it (nobody attached).
    {
        RawMapping raw(m_room, Layout::SegmentSize);
        QVERIFY(raw.isValid());
        QRandomGenerator random(12345);
        random.fillRange(reinterpret_cast<quint32 *>(raw.data()), qsizetype(Layout::SegmentSize / 4));
    }

    IpcChannel alice, bob;
    QSignalSpy errors(&alice, &IpcChannel::errorOccurred);
    QVERIFY2(alice.join(m_room, QStringLiteral("alice")), qPrintable(alice.errorString()));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().first().toString().contains(QLatin1String("cannot read")));

    QSignalSpy received(&bob, &IpcChannel::messageReceived);
    QVERIFY(bob.join(m_room, QStringLiteral("bob")));
    QVERIFY(alice.sendMessage(QStringLiteral("clean again")));
    QTRY_COMPARE(texts(received).size(), 1);
    QCOMPARE(texts(received).first().text, QStringLiteral("clean again"));
    QCOMPARE(errors.size(), 1);
    // Only what was written since the reset arrives: alice's join, bob's join, the text.
    QCOMPARE(received.size(), 3);
}

void tst_IpcChannel::otherLayoutVersionIsRecovered()
{
    // This room, left behind by a build with another layout: the magic and the identity say
    // so, whatever that layout puts after them.
    {
        // A header this version would accept in every respect but the version itself, so that
        // the version alone decides.
        RawMapping raw(m_room, Layout::SegmentSize);
        QVERIFY(raw.isValid());
        RoomSegment writer;
        writer.attachBuffer(raw.data(), RoomIdentity::of(m_room));
        writer.lock(0).initialise();
        QVERIFY(writer.headerValid());
        headerOf(raw)->version = 99;
        QVERIFY(!writer.headerValid());
    }

    IpcChannel alice;
    QSignalSpy errors(&alice, &IpcChannel::errorOccurred);
    QVERIFY(alice.join(m_room, QStringLiteral("alice")));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().first().toString().contains(QLatin1String("layout version 99")));
    QSignalSpy received(&alice, &IpcChannel::messageReceived);
    QVERIFY(alice.sendMessage(QStringLiteral("works")));
    QTRY_COMPARE(texts(received).size(), 1);
}

void tst_IpcChannel::staleSegmentIsRecovered()
{
    // The segment outlives its writers as long as someone is attached; here that is `keeper`,
    // standing in for the kernel keeping a segment of processes that were all SIGKILLed.
    RawRoom keeper(m_room);
    RoomSegment::Locked keeperHeld = keeper.segment.lock(10);
    QCOMPARE(keeperHeld.result(), RoomSegment::LockResult::Acquired);
    int slot = -1;
    quint32 id = 0;
    const qint64 pid = deadPid();
    QCOMPARE(keeperHeld.addMember("crashed", pid, &slot, &id), RoomSegment::MemberError::None);
    keeperHeld.append({ Wire::Outgoing{ Wire::RecordKind::Text, 0, id, 0, "crashed", "from the past" } });
    keeperHeld.unlock();

    IpcChannel alice;
    QSignalSpy errors(&alice, &IpcChannel::errorOccurred);
    QSignalSpy received(&alice, &IpcChannel::messageReceived);
    QVERIFY(alice.join(m_room, QStringLiteral("alice")));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().first().toString().contains(QLatin1String("did not exit cleanly")));
    QCOMPARE(alice.members().size(), 1);
    QCOMPARE(alice.members().first().name, QStringLiteral("alice"));
    QTRY_COMPARE(received.size(), 1); // our own join; nothing from the dead room
    QCOMPARE(received.first().first().value<ChatMessage>().kind, ChatMessage::Kind::Join);
}

void tst_IpcChannel::deadMemberIsReaped()
{
    IpcChannel alice;
    QVERIFY(alice.join(m_room, QStringLiteral("alice")));
    QSignalSpy received(&alice, &IpcChannel::messageReceived);

    RawRoom raw(m_room);
    RoomSegment::Locked rawHeld = raw.segment.lock(10);
    QCOMPARE(rawHeld.result(), RoomSegment::LockResult::Acquired);
    int slot = -1;
    quint32 id = 0;
    QCOMPARE(rawHeld.addMember("ghost", deadPid(), &slot, &id), RoomSegment::MemberError::None);
    rawHeld.unlock();
    QTRY_COMPARE(alice.members().size(), 2);

    // Within a heartbeat (1 s) the dead member is removed and its leave announced for it.
    QTRY_COMPARE_WITH_TIMEOUT(alice.members().size(), 1, TestSupport::ReapTimeoutMs);
    QTRY_VERIFY(!received.isEmpty());
    const ChatMessage leave = received.last().first().value<ChatMessage>();
    QCOMPARE(leave.kind, ChatMessage::Kind::Leave);
    QCOMPARE(leave.sender, QStringLiteral("ghost"));
    QCOMPARE(leave.senderId, id);
    QVERIFY(leave.timedOut);
}

void tst_IpcChannel::stoppedMemberIsReaped()
{
    // A member whose process is alive but stopped (SIGSTOP, a debugger) stops beating: after 5 s
    // without a heartbeat it is taken for gone. (Our own pid stands in for the stopped process.)
    IpcChannel alice;
    QVERIFY(alice.join(m_room, QStringLiteral("alice")));
    QSignalSpy received(&alice, &IpcChannel::messageReceived);
    RawRoom raw(m_room);
    RoomSegment::Locked rawHeld = raw.segment.lock(10);
    QCOMPARE(rawHeld.result(), RoomSegment::LockResult::Acquired);
    int slot = -1;
    quint32 id = 0;
    QCOMPARE(rawHeld.addMember("sleeper", QCoreApplication::applicationPid(), &slot, &id), RoomSegment::MemberError::None);
    raw.segment.heartbeat(slot, Platform::steadyMsecs() - 6000);
    rawHeld.unlock();
    QTRY_COMPARE_WITH_TIMEOUT(alice.members().size(), 1, TestSupport::ReapTimeoutMs);
    const auto leaveOfSleeper = [&] {
        for (const QList<QVariant> &args : std::as_const(received)) {
            const auto message = args.first().value<ChatMessage>();
            if (message.kind == ChatMessage::Kind::Leave && message.sender == QLatin1String("sleeper"))
                return message;
        }
        return ChatMessage();
    };
    QTRY_COMPARE(leaveOfSleeper().senderId, id);
    QVERIFY(leaveOfSleeper().timedOut);
}

void tst_IpcChannel::leavingWithTheLockBusyIsANormalLeave()
{
    IpcChannel alice;
    QVERIFY(alice.join(m_room, QStringLiteral("alice")));
    QSignalSpy received(&alice, &IpcChannel::messageReceived);
    auto bob = std::make_unique<IpcChannel>();
    QVERIFY(bob->join(m_room, QStringLiteral("bob")));
    QTRY_COMPARE(alice.members().size(), 2);

    RawRoom holder(m_room);
    RoomSegment::Locked holderHeld = holder.segment.lock(10);
    QCOMPARE(holderHeld.result(), RoomSegment::LockResult::Acquired);
    QElapsedTimer timer;
    timer.start();
    bob->leave(); // cannot write its leave now; it must not wait for the lock either
    QVERIFY2(timer.elapsed() < 200, qPrintable(QString::number(timer.elapsed())));
    bob.reset();
    QTest::qWait(TestSupport::SeveralPollsMs);
    holderHeld.unlock();

    // Alice announces it for bob at her next heartbeat, as the normal leave it was.
    QTRY_COMPARE_WITH_TIMEOUT(alice.members().size(), 1, TestSupport::ReapTimeoutMs);
    QTRY_VERIFY(std::any_of(received.cbegin(), received.cend(), [](const QList<QVariant> &args) {
        const auto message = args.first().value<ChatMessage>();
        return message.kind == ChatMessage::Kind::Leave && message.sender == QLatin1String("bob");
    }));
    for (const QList<QVariant> &args : std::as_const(received)) {
        const auto message = args.first().value<ChatMessage>();
        if (message.kind == ChatMessage::Kind::Leave)
            QVERIFY2(!message.timedOut, "a normal leave was announced as a timeout");
    }
}

void tst_IpcChannel::damagedRecordIsNeverDelivered()
{
    IpcChannel alice, bob;
    QVERIFY(alice.join(m_room, QStringLiteral("alice"), IpcChannel::Observer | IpcChannel::SkipHistory));
    QVERIFY(bob.join(m_room, QStringLiteral("bob"), IpcChannel::Observer | IpcChannel::SkipHistory));
    QSignalSpy received(&bob, &IpcChannel::messageReceived);
    QSignalSpy errors(&bob, &IpcChannel::errorOccurred);

    RawMapping raw(m_room);
    QVERIFY(raw.isValid());
    const quint64 head = headerOf(raw)->head.load();

    QVERIFY(alice.sendMessage(QStringLiteral("to be damaged")));
    // Flip a byte of the committed text before bob polls: the checksum no longer matches.
    raw.data()[Layout::RingOffset + (head + Wire::RecordHeaderSize + 3) % Layout::RingCapacity] ^= 0x20;
    QTRY_COMPARE(errors.size(), 1);
    QCOMPARE(texts(received).size(), 0);

    QVERIFY(alice.sendMessage(QStringLiteral("fine")));
    QTRY_COMPARE(texts(received).size(), 1);
    QCOMPARE(texts(received).first().text, QStringLiteral("fine"));
    QCOMPARE(errors.size(), 1);
}

void tst_IpcChannel::replayedRecordIsNeverDeliveredAgain()
{
    // A process of the same user copies a committed record (intact, checksum and generation
    // tag right) to the end of the ring and publishes it: a replay. It is not newer than what
    // the readers delivered, so nobody delivers it again.
    IpcChannel alice, bob;
    QVERIFY(alice.join(m_room, QStringLiteral("alice"), IpcChannel::Observer | IpcChannel::SkipHistory));
    QVERIFY(bob.join(m_room, QStringLiteral("bob"), IpcChannel::Observer | IpcChannel::SkipHistory));
    QSignalSpy received(&bob, &IpcChannel::messageReceived);
    QSignalSpy errors(&bob, &IpcChannel::errorOccurred);
    RawMapping raw(m_room);
    QVERIFY(raw.isValid());
    SegmentHeader *header = headerOf(raw);
    const quint64 first = header->head.load();
    QVERIFY(alice.sendMessage(QStringLiteral("once")));
    QVERIFY(alice.sendMessage(QStringLiteral("twice?")));
    QTRY_COMPARE(texts(received).size(), 2);

    RawRoom replayer(m_room);
    RoomSegment::Locked replayerHeld = replayer.segment.lock(10);
    QCOMPARE(replayerHeld.result(), RoomSegment::LockResult::Acquired);
    const quint64 head = header->head.load();
    char *ring = raw.data() + Layout::RingOffset;
    for (quint64 i = 0; i < head - first; ++i)
        ring[(head + i) % Layout::RingCapacity] = ring[(first + i) % Layout::RingCapacity];
    header->head.store(head + (head - first));
    replayerHeld.unlock();
    // Bob reads the replay, refuses it as damage, and says so once.
    QTRY_COMPARE(errors.size(), 1);

    QVERIFY(alice.sendMessage(QStringLiteral("after")));
    QTRY_VERIFY(texts(received).size() >= 3);
    QTest::qWait(TestSupport::SeveralPollsMs);
    QStringList got;
    for (const ChatMessage &message : texts(received))
        got << message.text;
    QCOMPARE(got, QStringList({ QStringLiteral("once"), QStringLiteral("twice?"), QStringLiteral("after") }));
}

void tst_IpcChannel::recordOfAnotherGenerationIsNeverDelivered()
{
    // A record left from an earlier life of the room (before a reset): intact, its checksum
    // right, numbered as the next one, but tagged with another generation. It is not part of
    // this room's history and is never shown.
    IpcChannel alice, bob;
    QVERIFY(alice.join(m_room, QStringLiteral("alice"), IpcChannel::Observer | IpcChannel::SkipHistory));
    QVERIFY(bob.join(m_room, QStringLiteral("bob"), IpcChannel::Observer | IpcChannel::SkipHistory));
    QSignalSpy received(&bob, &IpcChannel::messageReceived);
    QVERIFY(alice.sendMessage(QStringLiteral("before")));
    QTRY_COMPARE(texts(received).size(), 1);

    RawMapping raw(m_room);
    QVERIFY(raw.isValid());
    SegmentHeader *header = headerOf(raw);
    RawRoom writer(m_room);
    RoomSegment::Locked writerHeld = writer.segment.lock(10);
    QCOMPARE(writerHeld.result(), RoomSegment::LockResult::Acquired);
    const quint64 head = header->head.load();
    const quint32 otherTag = quint32(header->generation.load()) ^ 0x5a5a5a5au;
    const QByteArray stale = Wire::encode(Wire::Outgoing{ Wire::RecordKind::Text, 0, 3, 0, "ghost", "from another life" },
                                          header->nextSeq.load(), otherTag);
    for (qsizetype i = 0; i < stale.size(); ++i)
        raw.data()[Layout::RingOffset + (head + quint64(i)) % Layout::RingCapacity] = stale.at(i);
    header->head.store(head + quint64(stale.size()));
    header->nextSeq.store(header->nextSeq.load() + 1);
    writerHeld.unlock();

    QTest::qWait(TestSupport::SeveralPollsMs); // several polls
    QVERIFY(alice.sendMessage(QStringLiteral("after")));
    QTRY_VERIFY(texts(received).size() >= 2);
    QTest::qWait(TestSupport::SeveralPollsMs);
    for (const ChatMessage &message : texts(received))
        QVERIFY2(message.sender != QLatin1String("ghost"), qPrintable(message.text));
}

void tst_IpcChannel::writerRefusesRecordsBeyondTheLayout()
{
    // The sender's checks keep these out, but what the writer copies crosses the process
    // boundary: the writer checks again, in every build, before a byte is encoded.
    const std::unique_ptr<char[]> memory(new char[Layout::SegmentSize]());
    RoomSegment segment;
    segment.attachBuffer(memory.get());
    RoomSegment::Locked segmentHeld = segment.lock(0);
    QCOMPARE(segmentHeld.result(), RoomSegment::LockResult::Acquired);
    segmentHeld.initialise();
    const quint64 head = segment.headPosition();
    const QByteArray tooLong(int(Wire::MaxTextBytes) + 4, 'x');
    const QByteArray nameTooLong(int(Wire::MaxNameBytes) + 1, 'n');
    QCOMPARE(segmentHeld.append({ Wire::Outgoing{ Wire::RecordKind::Text, 0, 1, 0, "alice", tooLong } }), quint64(0));
    QCOMPARE(segmentHeld.append({ Wire::Outgoing{ Wire::RecordKind::Text, 0, 1, 0, nameTooLong, "hi" } }), quint64(0));
    QCOMPARE(segment.headPosition(), head);
    // At the limits, it writes.
    const QByteArray atLimit(int(Wire::MaxTextBytes), 'x');
    QVERIFY(segmentHeld.append({ Wire::Outgoing{ Wire::RecordKind::Text, 0, 1, 0, QByteArray(int(Wire::MaxNameBytes), 'n'), atLimit } }) != 0);
    segmentHeld.unlock();
}

void tst_IpcChannel::sendNeverWaitsLong()
{
    // With the room's lock held elsewhere, a send gives up on it after SendLockBudgetMs (2 ms)
    // and queues; it never waits the 1 s after which a stuck holder is overtaken. The shortest
    // of several tries is what the budget allows (a busy machine only adds to it).
    IpcChannel alice;
    QVERIFY(alice.join(m_room, QStringLiteral("alice")));
    RawRoom holder(m_room);
    RoomSegment::Locked holderHeld = holder.segment.lock(10);
    QCOMPARE(holderHeld.result(), RoomSegment::LockResult::Acquired);
    qint64 shortest = std::numeric_limits<qint64>::max();
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer timer;
        timer.start();
        QVERIFY(alice.sendMessage(QStringLiteral("queued %1").arg(i)));
        shortest = qMin(shortest, timer.nsecsElapsed() / 1000);
    }
    holderHeld.unlock();
    qInfo("shortest send with the lock held elsewhere: %lld us", shortest);
    // The promise is "a few milliseconds" (README): a number of its own here, not the budget's,
    // so that a more generous budget fails this test...
    QVERIFY2(shortest < 10000, qPrintable(QString::number(shortest)));
    // ...and it did try for the budget, rather than queue at once.
    QVERIFY(shortest >= 1000 * Timing::SendLockBudgetMs / 2);
}

void tst_IpcChannel::joinNeverWaitsLong()
{
    // While another process of the user holds the rendezvous lock (it is joining or leaving a
    // room), join() returns at once, Joining, and finishes from the event loop once it is free.
    if (!Rendezvous::usesKeyFolders())
        QSKIP("the rendezvous lock is on the user's folder (System V keys)");
    Platform::FolderLock busy;
    QVERIFY(Platform::ensurePrivateFolder(Rendezvous::userFolder()).error == Platform::FolderError::None);
    QVERIFY(busy.tryLock(Rendezvous::userFolder()));
    IpcChannel alice;
    QSignalSpy states(&alice, &IpcChannel::stateChanged);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(alice.join(m_room, QStringLiteral("alice")));
    const qint64 took = timer.elapsed();
    QCOMPARE(alice.state(), IpcChannel::State::Joining);
    // One attempt: a few milliseconds as promised, not the join budget.
    QVERIFY2(took < 50, qPrintable(QString::number(took)));
    QVERIFY(alice.sendMessage(QStringLiteral("while joining"))); // waits in the outbox
    QTest::qWait(TestSupport::SeveralPollsMs);
    QCOMPARE(alice.state(), IpcChannel::State::Joining);
    busy.unlock();
    QTRY_COMPARE(alice.state(), IpcChannel::State::Joined);
    QCOMPARE(states.first().first().value<IpcChannel::State>(), IpcChannel::State::Joining);
    QCOMPARE(states.last().first().value<IpcChannel::State>(), IpcChannel::State::Joined);

    // Held for longer than the join budget (2 s): joining gives up, with a reason.
    IpcChannel bob;
    QVERIFY(busy.tryLock(Rendezvous::userFolder()));
    QSignalSpy failed(&bob, &IpcChannel::joinFailed);
    QVERIFY(bob.join(m_room, QStringLiteral("bob")));
    QVERIFY(failed.wait(int(2 * Timing::JoinBudgetMs)));
    QCOMPARE(bob.state(), IpcChannel::State::Disconnected);
    QVERIFY(failed.first().first().toString().contains(QLatin1String("joining or leaving")));
    busy.unlock();
}

void tst_IpcChannel::slowConsumerStillGetsShortPolls()
{
    // A slot that takes 50 us per message (a window laying out rows): a poll still returns to
    // the event loop after its time budget (8 ms), i.e. after a chunk or two of 128 records,
    // not after its count budget of 2,048.
    IpcChannel writer, reader;
    QVERIFY(writer.join(m_room, QStringLiteral("w"), IpcChannel::Observer | IpcChannel::SkipHistory));
    QVERIFY(reader.join(m_room, QStringLiteral("r"), IpcChannel::Observer | IpcChannel::SkipHistory));
    const int count = 6000;
    for (int i = 0; i < count; ++i)
        QVERIFY(writer.sendMessage(QString::number(i)));
    int delivered = 0, burst = 0, largestBurst = 0;
    QTimer tick;
    tick.setInterval(0);
    connect(&tick, &QTimer::timeout, this, [&] {
        largestBurst = qMax(largestBurst, burst);
        burst = 0;
    });
    connect(&reader, &IpcChannel::messageReceived, this, [&](const ChatMessage &) {
        QElapsedTimer busy;
        busy.start();
        while (busy.nsecsElapsed() < 50000) {
        }
        ++delivered;
        ++burst;
    });
    tick.start();
    QTRY_COMPARE_WITH_TIMEOUT(delivered, count, 20000);
    largestBurst = qMax(largestBurst, burst);
    qInfo("largest burst between two turns of the event loop: %d", largestBurst);
    QVERIFY2(largestBurst <= 256, qPrintable(QString::number(largestBurst)));
}

void tst_IpcChannel::countersNearTheirLimitStartANewLife()
{
    // Found by fuzzing: positions and a sequence number near 2^64 made the next write wrap head
    // around to a small value. Only damage produces such values; the room must recover.
    IpcChannel alice, bob;
    QVERIFY(alice.join(m_room, QStringLiteral("alice"), IpcChannel::Observer | IpcChannel::SkipHistory));
    QVERIFY(bob.join(m_room, QStringLiteral("bob"), IpcChannel::Observer | IpcChannel::SkipHistory));
    QSignalSpy received(&bob, &IpcChannel::messageReceived);
    QSignalSpy errors(&bob, &IpcChannel::errorOccurred);

    {
        RawMapping raw(m_room);
        QVERIFY(raw.isValid());
        SegmentHeader *header = headerOf(raw);
        header->head.store(~quint64(7));
        header->tail.store(~quint64(7));
        header->nextSeq.store(~quint64(0));
    }

    QVERIFY(alice.sendMessage(QStringLiteral("after")));
    QTRY_COMPARE(texts(received).size(), 1);
    QCOMPARE(texts(received).first().text, QStringLiteral("after"));
    QVERIFY(texts(received).first().seq < 1000); // a new numbering, not a wrapped one
    QCOMPARE(errors.size(), 1);                   // the reset was reported, once
    QVERIFY(alice.sendMessage(QStringLiteral("and on")));
    QTRY_COMPARE(texts(received).size(), 2);
    QCOMPARE(texts(received).at(1).seq, texts(received).at(0).seq + 1);
}

void tst_IpcChannel::pollBatchIsBounded()
{
    IpcChannel writer, reader;
    QVERIFY(writer.join(m_room, QStringLiteral("w"), IpcChannel::Observer | IpcChannel::SkipHistory));
    QVERIFY(reader.join(m_room, QStringLiteral("r"), IpcChannel::Observer | IpcChannel::SkipHistory));
    const int count = 10000;
    for (int i = 0; i < count; ++i)
        QVERIFY(writer.sendMessage(QString::number(i)));

    // Count deliveries per return to the event loop: no single poll may take them all.
    int delivered = 0;
    int largestBurst = 0;
    int burst = 0;
    QTimer tick;
    tick.setInterval(0);
    connect(&tick, &QTimer::timeout, this, [&] {
        largestBurst = qMax(largestBurst, burst);
        burst = 0;
    });
    connect(&reader, &IpcChannel::messageReceived, this, [&](const ChatMessage &message) {
        QCOMPARE(message.text.toInt(), delivered);
        ++delivered;
        ++burst;
    });
    tick.start();
    QTRY_COMPARE(delivered, count);
    largestBurst = qMax(largestBurst, burst);
    QVERIFY2(largestBurst < count, qPrintable(QString::number(largestBurst)));
    QVERIFY(largestBurst > 0);
}

void tst_IpcChannel::batchesCarryWhatSingleSignalsCarry()
{
    IpcChannel writer, reader;
    QVERIFY(writer.join(m_room, QStringLiteral("w"), IpcChannel::Observer | IpcChannel::SkipHistory));
    QVERIFY(reader.join(m_room, QStringLiteral("r"), IpcChannel::Observer | IpcChannel::SkipHistory));
    // Both connected: every message comes once through each, the batch first, in one order.
    QList<quint64> fromBatches;
    QList<quint64> fromSingles;
    int batches = 0;
    connect(&reader, &IpcChannel::messagesReceived, this, [&](const QList<ChatMessage> &messages) {
        QVERIFY(!messages.isEmpty());
        QCOMPARE(fromSingles.size(), fromBatches.size()); // the previous batch went out one by one
        ++batches;
        for (const ChatMessage &message : messages)
            fromBatches.append(message.seq);
    });
    connect(&reader, &IpcChannel::messageReceived, this,
            [&](const ChatMessage &message) { fromSingles.append(message.seq); });
    const int count = 3000;
    for (int i = 0; i < count; ++i)
        QVERIFY(writer.sendMessage(QString::number(i)));
    QTRY_COMPARE(fromSingles.size(), count);
    QCOMPARE(fromBatches, fromSingles);
    for (qsizetype i = 1; i < fromSingles.size(); ++i)
        QCOMPARE(fromSingles.at(i), fromSingles.at(i - 1) + 1);
    QVERIFY2(batches < count / 10, qPrintable(QString::number(batches))); // batches, not singles
}

void tst_IpcChannel::batchesNeverSpanALoss()
{
    IpcChannel writer, reader;
    QVERIFY(writer.join(m_room, QStringLiteral("w"), IpcChannel::Observer | IpcChannel::SkipHistory));
    QVERIFY(reader.join(m_room, QStringLiteral("r"), IpcChannel::Observer | IpcChannel::SkipHistory));
    // What the reader is told, in order: a batch's sequence numbers, or a loss.
    struct Event
    {
        quint64 firstSeq = 0;
        quint64 lastSeq = 0;
        quint64 missed = 0;
    };
    QList<Event> events;
    quint64 total = 0;
    connect(&reader, &IpcChannel::messagesReceived, this, [&](const QList<ChatMessage> &messages) {
        events.append({ messages.constFirst().seq, messages.constLast().seq, 0 });
        total += quint64(messages.size());
    });
    connect(&reader, &IpcChannel::messagesMissed, this, [&](quint64 count) {
        events.append({ 0, 0, count });
        total += count;
    });
    for (int i = 0; i < 5; ++i)
        QVERIFY(writer.sendMessage(QString::number(i)));
    QTRY_COMPARE(total, quint64(5));
    // The reader cannot poll while we write: about twice the ring laps it for certain.
    const int count = int(2 * Layout::RingCapacity / Wire::MaxRecordSize) + 17;
    const QString padding(IpcChannel::MaxMessageBytes - 16, QLatin1Char('.'));
    for (int i = 0; i < count; ++i)
        QVERIFY(writer.sendMessage(QStringLiteral("%1 ").arg(i, 6) + padding));
    QTRY_COMPARE(total, quint64(5 + count));
    // Each batch is consecutive and follows on from what came before it, loss included.
    quint64 expected = events.constFirst().firstSeq;
    int losses = 0;
    for (const Event &event : std::as_const(events)) {
        if (event.missed != 0) {
            ++losses;
            expected += event.missed;
            continue;
        }
        QCOMPARE(event.firstSeq, expected);
        QVERIFY(event.lastSeq >= event.firstSeq);
        expected = event.lastSeq + 1;
    }
    QCOMPARE(losses, 1);
}

void tst_IpcChannel::backgroundChannelStillDelivers()
{
    IpcChannel writer, reader;
    QVERIFY(writer.join(m_room, QStringLiteral("w"), IpcChannel::Observer | IpcChannel::SkipHistory));
    QVERIFY(reader.join(m_room, QStringLiteral("r"), IpcChannel::Observer | IpcChannel::SkipHistory));
    reader.setBackground(true);
    QVERIFY(reader.isBackground());
    QSignalSpy received(&reader, &IpcChannel::messagesReceived);
    // Quiet long enough for the slow pace to set in, then one message and a burst: both arrive,
    // the burst in order and complete.
    QTest::qWait(3 * IpcChannel::BackgroundPollInterval);
    QVERIFY(writer.sendMessage(QStringLiteral("first")));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10 * IpcChannel::BackgroundPollInterval);
    QCOMPARE(received.first().first().value<QList<ChatMessage>>().constFirst().text, QStringLiteral("first"));
    for (int i = 0; i < 500; ++i)
        QVERIFY(writer.sendMessage(QString::number(i)));
    int got = 0;
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        got = 0;
        for (qsizetype b = 1; b < received.size(); ++b)
            got += int(received.at(b).first().value<QList<ChatMessage>>().size());
        return got == 500;
    }(), 10 * IpcChannel::BackgroundPollInterval);
    // Back in front, it keeps delivering.
    reader.setBackground(false);
    QVERIFY(!reader.isBackground());
    const qsizetype before = received.size();
    QVERIFY(writer.sendMessage(QStringLiteral("front")));
    QTRY_COMPARE(received.size(), before + 1);
}

void tst_IpcChannel::backgroundMemberKeepsItsHeartbeat()
{
    // The heartbeat rides on the poll timer; a member in the background, polling seldom, must
    // still beat often enough never to be taken for gone. Watched in its slot, as the others see
    // it, for a few heartbeat periods.
    IpcChannel alice, bob;
    QVERIFY(alice.join(m_room, QStringLiteral("alice")));
    QVERIFY(bob.join(m_room, QStringLiteral("bob")));
    bob.setBackground(true);
    QTRY_COMPARE(alice.members().size(), 2);
    RawRoom raw(m_room);
    QElapsedTimer watching;
    watching.start();
    qint64 stalest = 0;
    int looks = 0;
    while (watching.elapsed() < 4 * Timing::HeartbeatIntervalMs) {
        QTest::qWait(100);
        QList<RoomMemberEntry> entries;
        if (!raw.segment.readMembers(&entries))
            continue;
        for (const RoomMemberEntry &entry : std::as_const(entries)) {
            if (entry.name == QStringLiteral("bob")) {
                stalest = qMax(stalest, Platform::steadyMsecs() - entry.heartbeatMs);
                ++looks;
            }
        }
    }
    QVERIFY(looks > 10);
    // Half the time after which the others would take it for gone: a beat was never missed.
    QVERIFY2(stalest < Timing::MemberTimeoutMs / 2, qPrintable(QString::number(stalest)));
    QCOMPARE(alice.members().size(), 2);
    QCOMPARE(bob.state(), IpcChannel::State::Joined);
}

QTEST_GUILESS_MAIN(tst_IpcChannel)
#include "tst_ipcchannel.moc"
