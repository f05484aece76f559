// Issue 13's direct messages and typing indicator: the record format (kind 6), what each
// channel hands over, processes that only read, the windows, and hostile bytes in the new places.
#include "chatwindow.h"
#include "composeredit.h"
#include "directconversation.h"
#include "memberlist.h"
#include "messagemodel.h"
#include "processtest.h"
#include "roomdialog.h"
#include "roomdirectory_p.h"
#include "rendezvous_p.h"
#include "roomsegment_p.h"
#include "timing_p.h"
#include "wireformat_p.h"
#include "windowtest.h"

#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QFile>
#include <QtCore/QRandomGenerator>

#include <cstring>
#include <functional>
#include <limits>
#include <memory>

using namespace ShmChat;
using namespace TestSupport;

namespace {

constexpr int Timeout = 5000;
// How long a typing word lasts, plus the readers' look every TypingCheckMs, plus margin.
constexpr int TypingClearsWithinMs = int(Timing::TypingTimeoutMs + 4 * Timing::TypingCheckMs + 1000);

struct Peer
{
    std::unique_ptr<IpcChannel> channel = std::make_unique<IpcChannel>();
    QList<ChatMessage> received;
    int typingSignals = 0;

    bool join(const QString &room, const QString &name, IpcChannel::JoinFlags flags = IpcChannel::NoJoinFlags)
    {
        channel->setPollInterval(5);
        QObject::connect(channel.get(), &IpcChannel::messageReceived, channel.get(),
                         [this](const ChatMessage &message) { received.append(message); });
        QObject::connect(channel.get(), &IpcChannel::typingChanged, channel.get(), [this] { ++typingSignals; });
        return channel->join(room, name, flags) && channel->waitForJoined(Timeout);
    }
    bool got(const QString &text) const
    {
        return std::any_of(received.cbegin(), received.cend(), [&](const ChatMessage &m) { return m.text == text; });
    }
    ChatMessage find(const QString &text) const
    {
        for (const ChatMessage &m : received) {
            if (m.text == text)
                return m;
        }
        return ChatMessage();
    }
    QStringList typingNames() const
    {
        QStringList names;
        for (const ChatMember &member : channel->typingMembers())
            names.append(member.name);
        return names;
    }
};

using WindowTest::makeWindow;

QStringList texts(const MessageModel *model)
{
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row);
        if (!index.data(MessageModel::SystemRole).toBool())
            rows.append(index.data().toString());
    }
    return rows;
}

QListWidgetItem *memberItem(ChatWindow *window, const QString &name)
{
    const QList<QListWidgetItem *> items = window->memberList()->findItems(name, Qt::MatchExactly);
    return items.isEmpty() ? nullptr : items.constFirst();
}

// The slot of member `id` in a mapping of the room, or nullptr.
MemberSlot *slotOf(char *base, quint32 id)
{
    for (quint32 i = 0; i < Layout::MemberSlotCount; ++i) {
        auto *slot = reinterpret_cast<MemberSlot *>(base + Layout::MemberTableOffset + i * Layout::MemberSlotSize);
        if (slotMemberOf(slot->stateAndId.load()) == id && slotStateOf(slot->stateAndId.load()) == SlotState::Used)
            return slot;
    }
    return nullptr;
}

int countOf(const QList<ChatRoom> &rooms, const QString &name)
{
    for (const ChatRoom &room : rooms) {
        if (room.name == name)
            return room.memberCount;
    }
    return 0; // not listed
}

QMap<QString, int> cliRooms(ProcessGroup *processes)
{
    QMap<QString, int> rooms;
    QProcess *cli = processes->start(QStringLiteral(SHMCHAT_CLI), { QStringLiteral("rooms") });
    if (!cli->waitForFinished(10000) || cli->exitCode() != 0)
        return { { QStringLiteral("(failed)"), -1 } };
    for (const QByteArray &line : cli->readAllStandardOutput().trimmed().split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (!object.isEmpty())
            rooms.insert(object.value(QStringLiteral("room")).toString(), object.value(QStringLiteral("members")).toInt());
    }
    return rooms;
}

// A segment made by the real code for room `name` (as a peer would leave it), with one member
// of the given pid, copied into `memory`.
void forgeRoom(char *memory, const QString &name, qint64 pid)
{
    std::memset(memory, 0, Layout::SegmentSize);
    RoomSegment segment;
    segment.attachBuffer(memory, RoomIdentity::of(name));
    RoomSegment::Locked held = segment.lock(0);
    held.initialise();
    int slot = 0;
    quint32 id = 0;
    held.addMember("ghost", pid, &slot, &id);
}

bool isDirectTo(const QJsonObject &line, const QString &text, qint64 toId)
{
    return line.value(QStringLiteral("text")).toString() == text && line.value(QStringLiteral("direct")).toBool()
        && line.value(QStringLiteral("to_id")).toInteger() == toId;
}

} // namespace

class tst_DirectMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    // the record
    void directRecordRoundTrip();
    void directRecordHostileBytes();
    // the channel
    void directMessageSeenByItsTwoEndsOnly();
    void directMessageRefusedClearly();
    void typingAppearsAndClears();
    void typingWordHostile();
    // processes
    void cliDirectMessageReachesOneListenerOnly();
    // the windows
    void windowsShowDirectConversationApart();
    void slashMsgWritesToOneMember();
    void windowShowsTyping();
    // the directory of rooms
    void directoryListsLiveRooms();
    void directoryIgnoresHostileEntries();
    void directoryNeverWaitsForBusyLock();
    void roomDialogListsRooms();

private:
    QString room(const char *suffix = "");
    QStringList m_rooms;
    QStringList m_junk; // paths a test put into the user's folder
    ProcessGroup m_processes;
};

QString tst_DirectMessages::room(const char *suffix)
{
    const QString name = uniqueRoom("dm") + QLatin1String(suffix);
    m_rooms.append(name);
    return name;
}

void tst_DirectMessages::cleanup()
{
    m_processes.killAll();
    for (const QString &name : std::as_const(m_rooms))
        RoomSegment::removeIfUnused(name);
    m_rooms.clear();
    for (const QString &path : std::as_const(m_junk)) {
        if (QFileInfo(path).isSymLink() || QFileInfo(path).isFile())
            QFile::remove(path);
        else
            QDir().rmdir(path);
    }
    m_junk.clear();
}

void tst_DirectMessages::directRecordRoundTrip()
{
    Wire::Outgoing out(Wire::RecordKind::Direct, 0, 7, 1234, "alice", "hi bob");
    out.recipientId = 42;
    const QByteArray bytes = Wire::encode(out, 9, 3);
    QVERIFY(!bytes.isEmpty());
    Wire::Record record;
    QCOMPARE(Wire::decode(bytes, &record), Wire::DecodeError::None);
    QCOMPARE(record.kind, Wire::RecordKind::Direct);
    QCOMPARE(record.recipientId, 42u);
    QCOMPARE(record.text, QStringLiteral("hi bob"));
    QCOMPARE(record.memberId, 7u);

    // The same from UTF-16, as the channel writes it; the longest direct text fits one record.
    Wire::Outgoing wide(Wire::RecordKind::Direct, 0, 7, 1234, "alice", QByteArray());
    wide.recipientId = 5;
    wide.utf16Text = QString(int(Wire::MaxDirectTextBytes), QLatin1Char('x'));
    wide.utf16TextBytes = Wire::MaxDirectTextBytes;
    QCOMPARE(Wire::encodedSize(wide), Wire::alignUp(Wire::RecordHeaderSize + 5 + Wire::MaxTextBytes));
    QVERIFY(Wire::encodedSize(wide) <= Wire::MaxRecordSize);
    QCOMPARE(Wire::decode(Wire::encode(wide, 1, 0), &record), Wire::DecodeError::None);
    QCOMPARE(record.recipientId, 5u);
    QCOMPARE(record.text.size(), qsizetype(Wire::MaxDirectTextBytes));
}

void tst_DirectMessages::directRecordHostileBytes()
{
    // Forged with the checksum right: only the prefix's rules can refuse them.
    const auto forged = [](const QByteArray &field) {
        Wire::Outgoing out(Wire::RecordKind::Text, 0, 7, 1234, "alice", field);
        QByteArray bytes = Wire::encode(out, 1, 0);
        bytes[28] = char(Wire::RecordKind::Direct); // the kind byte, then the checksum again
        const quint32 covered = Wire::RecordHeaderSize + 5 + quint32(field.size());
        qToLittleEndian<quint32>(Wire::checksum(QByteArrayView(bytes.constData() + 8, covered - 8)), bytes.data() + 4);
        Wire::Record record;
        return Wire::decode(bytes, &record);
    };
    const QByteArray to42("\x2a\0\0\0", 4);
    QCOMPARE(forged(to42 + "ok"), Wire::DecodeError::None); // the forging itself is sound
    QCOMPARE(forged(QByteArray("\0\0\0\0ok", 6)), Wire::DecodeError::BadText); // recipient 0
    QCOMPARE(forged(to42), Wire::DecodeError::BadText);                        // no message
    QCOMPARE(forged(QByteArray("\x2a\0", 2)), Wire::DecodeError::BadText);     // prefix cut short
    QCOMPARE(forged(QByteArray()), Wire::DecodeError::BadText);
    QCOMPARE(forged(to42 + "a\x01z"), Wire::DecodeError::BadText);            // control character
    QCOMPARE(forged(to42 + "\xc3"), Wire::DecodeError::BadText);              // broken UTF-8

    // Kinds that layout 5 does not define are refused before anything else is looked at.
    for (const quint8 kind : { quint8(0), quint8(7), quint8(9), quint8(11), quint8(255) }) {
        Wire::Outgoing out(Wire::RecordKind::Text, 0, 7, 1234, "alice", "x");
        QByteArray bytes = Wire::encode(out, 1, 0);
        bytes[28] = char(kind);
        Wire::Record record;
        QCOMPARE(Wire::decode(bytes, &record), Wire::DecodeError::BadKind);
    }
}

void tst_DirectMessages::directMessageSeenByItsTwoEndsOnly()
{
    const QString name = room();
    Peer alice, bob, carol, observer;
    QVERIFY(alice.join(name, QStringLiteral("alice")));
    QVERIFY(bob.join(name, QStringLiteral("bob")));
    QVERIFY(carol.join(name, QStringLiteral("carol")));
    QVERIFY(observer.join(name, QStringLiteral("watcher"), IpcChannel::Observer));
    QTRY_COMPARE_WITH_TIMEOUT(alice.channel->members().size(), 3, Timeout);
    const quint32 bobId = bob.channel->memberId();

    QVERIFY2(alice.channel->sendDirectMessage(bobId, QStringLiteral("psst")), qPrintable(alice.channel->errorString()));
    QVERIFY(alice.channel->sendMessage(QStringLiteral("public")));
    for (Peer *peer : { &alice, &bob, &carol, &observer })
        QTRY_VERIFY_WITH_TIMEOUT(peer->got(QStringLiteral("public")), Timeout);

    const ChatMessage atBob = bob.find(QStringLiteral("psst"));
    QVERIFY(atBob.isDirect());
    QCOMPARE(atBob.directTo, bobId);
    QCOMPARE(atBob.senderId, alice.channel->memberId());
    QCOMPARE(atBob.sender, QStringLiteral("alice"));
    QVERIFY(alice.find(QStringLiteral("psst")).isDirect()); // its sender sees it too
    QVERIFY2(!carol.got(QStringLiteral("psst")), "a third member was handed a direct message");
    QVERIFY2(!observer.got(QStringLiteral("psst")), "an observer was handed a direct message");
    QVERIFY(!bob.find(QStringLiteral("public")).isDirect());

    // A newcomer replaying the history sees none either.
    Peer dave;
    QVERIFY(dave.join(name, QStringLiteral("dave")));
    QTRY_VERIFY_WITH_TIMEOUT(dave.got(QStringLiteral("public")), Timeout);
    QVERIFY(!dave.got(QStringLiteral("psst")));
}

void tst_DirectMessages::directMessageRefusedClearly()
{
    const QString name = room();
    Peer alice, bob;
    QVERIFY(!alice.channel->sendDirectMessage(1, QStringLiteral("x")));
    QVERIFY(!alice.channel->errorString().isEmpty());
    QVERIFY(alice.join(name, QStringLiteral("alice")));
    QVERIFY(bob.join(name, QStringLiteral("bob")));
    QTRY_COMPARE_WITH_TIMEOUT(alice.channel->members().size(), 2, Timeout);
    const quint32 bobId = bob.channel->memberId();

    QVERIFY(!alice.channel->sendDirectMessage(alice.channel->memberId(), QStringLiteral("me")));
    QVERIFY(!alice.channel->errorString().isEmpty());
    QVERIFY(!alice.channel->sendDirectMessage(bobId + 100, QStringLiteral("nobody")));
    QVERIFY(!alice.channel->errorString().isEmpty());
    QVERIFY(!alice.channel->sendDirectMessage(bobId, QString()));
    // Four bytes of the record carry the recipient: a direct message is that much shorter.
    const QString longest(IpcChannel::MaxDirectMessageBytes, QLatin1Char('y'));
    QVERIFY(!alice.channel->sendDirectMessage(bobId, longest + QLatin1Char('y')));
    QVERIFY(alice.channel->errorString().contains(QString::number(IpcChannel::MaxDirectMessageBytes)));
    QVERIFY(!IpcChannel::checkDirectMessage(longest + QLatin1Char('y')).isEmpty());
    QVERIFY(IpcChannel::checkDirectMessage(longest).isEmpty());
    QVERIFY(alice.channel->sendDirectMessage(bobId, longest));
    QTRY_VERIFY_WITH_TIMEOUT(bob.got(longest), Timeout);
}

void tst_DirectMessages::typingAppearsAndClears()
{
    const QString name = room();
    Peer alice, bob, carol;
    QVERIFY(alice.join(name, QStringLiteral("alice")));
    QVERIFY(bob.join(name, QStringLiteral("bob")));
    QVERIFY(carol.join(name, QStringLiteral("carol")));
    QTRY_COMPARE_WITH_TIMEOUT(bob.channel->members().size(), 3, Timeout);
    const int quietMs = int(4 * Timing::TypingCheckMs);

    // Appears for the others, never for oneself.
    alice.channel->setTyping(true);
    QTRY_COMPARE_WITH_TIMEOUT(bob.typingNames(), QStringList{ QStringLiteral("alice") }, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(carol.typingNames(), QStringList{ QStringLiteral("alice") }, Timeout);
    QVERIFY(alice.typingNames().isEmpty());
    carol.channel->setTyping(true);
    QTRY_COMPARE_WITH_TIMEOUT(bob.typingNames().size(), 2, Timeout);

    // Cleared on send (and not by a send of someone else).
    QVERIFY(alice.channel->sendMessage(QStringLiteral("done")));
    QTRY_COMPARE_WITH_TIMEOUT(bob.typingNames(), QStringList{ QStringLiteral("carol") }, Timeout);

    // Cleared a few seconds after the last keystroke, without any call.
    QElapsedTimer lapse;
    lapse.start();
    QTRY_VERIFY_WITH_TIMEOUT(bob.typingNames().isEmpty(), TypingClearsWithinMs);
    QVERIFY2(lapse.elapsed() >= Timing::TypingTimeoutMs / 2, "cleared long before its time was up");

    // Cleared when taken back.
    alice.channel->setTyping(true);
    QTRY_COMPARE_WITH_TIMEOUT(bob.typingNames(), QStringList{ QStringLiteral("alice") }, Timeout);
    alice.channel->setTyping(false);
    QTRY_VERIFY_WITH_TIMEOUT(bob.typingNames().isEmpty(), quietMs + 1000);

    // Cleared on leave; and a newcomer in that slot is not "typing" from the leaver's word.
    carol.channel->setTyping(true);
    QTRY_COMPARE_WITH_TIMEOUT(bob.typingNames(), QStringList{ QStringLiteral("carol") }, Timeout);
    carol.channel.reset();
    QTRY_VERIFY_WITH_TIMEOUT(bob.typingNames().isEmpty(), quietMs + 1000);
    Peer erin;
    QVERIFY(erin.join(name, QStringLiteral("erin")));
    QTRY_COMPARE_WITH_TIMEOUT(bob.channel->members().size(), 3, Timeout);
    QTest::qWait(quietMs);
    QVERIFY(bob.typingNames().isEmpty());

    // A direct message takes the typing back as well.
    alice.channel->setTyping(true);
    QTRY_COMPARE_WITH_TIMEOUT(bob.typingNames(), QStringList{ QStringLiteral("alice") }, Timeout);
    QVERIFY(alice.channel->sendDirectMessage(bob.channel->memberId(), QStringLiteral("hush")));
    QTRY_VERIFY_WITH_TIMEOUT(bob.typingNames().isEmpty(), quietMs + 1000);
}

void tst_DirectMessages::typingWordHostile()
{
    const QString name = room();
    Peer alice, bob;
    QVERIFY(alice.join(name, QStringLiteral("alice")));
    QVERIFY(bob.join(name, QStringLiteral("bob")));
    QTRY_COMPARE_WITH_TIMEOUT(bob.channel->members().size(), 2, Timeout);
    RawMapping raw(name);
    QVERIFY(raw.isValid());
    MemberSlot *slot = slotOf(raw.data(), alice.channel->memberId());
    QVERIFY(slot);
    const int quietMs = int(4 * Timing::TypingCheckMs);

    // What an honest owner writes shows (so the words below are looked at)...
    slot->typingUntil.store(Platform::steadyMsecs() + Timing::TypingTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(bob.typingNames(), QStringList{ QStringLiteral("alice") }, Timeout);
    // ...but a word no honest owner writes says nothing: "typing" for ever, or in the past.
    for (const qint64 word : { std::numeric_limits<qint64>::max(), Platform::steadyMsecs() + 3600 * 1000,
                               std::numeric_limits<qint64>::min(), qint64(-1) }) {
        slot->typingUntil.store(word);
        QTRY_VERIFY2_WITH_TIMEOUT(bob.typingNames().isEmpty(), qPrintable(QString::number(word)), quietMs + 1000);
    }
    // A free slot with a fresh word is nobody typing.
    for (quint32 i = 0; i < Layout::MemberSlotCount; ++i) {
        auto *other = reinterpret_cast<MemberSlot *>(raw.data() + Layout::MemberTableOffset + i * Layout::MemberSlotSize);
        if (slotStateOf(other->stateAndId.load()) == SlotState::Free)
            other->typingUntil.store(Platform::steadyMsecs() + 2000);
    }
    QTest::qWait(quietMs);
    QVERIFY(bob.typingNames().isEmpty());
}

void tst_DirectMessages::cliDirectMessageReachesOneListenerOnly()
{
    const QString name = room();
    QMap<QString, QProcess *> listeners;
    for (const QString &who : { QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol") }) {
        QProcess *listener = m_processes.start(QStringLiteral(SHMCHAT_CLI),
                                               { QStringLiteral("listen"), QStringLiteral("--room"), name,
                                                 QStringLiteral("--name"), who, QStringLiteral("--count"),
                                                 who == QLatin1String("bob") ? QStringLiteral("2") : QStringLiteral("1"),
                                                 QStringLiteral("--timeout"), QStringLiteral("20") });
        listeners.insert(who, listener);
    }
    // Every listener is a member once `who` lists the three.
    qint64 bobId = 0;
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired() && bobId == 0) {
        QProcess *who = m_processes.start(QStringLiteral(SHMCHAT_CLI), { QStringLiteral("who"), QStringLiteral("--room"), name });
        QVERIFY(who->waitForFinished(10000));
        const QList<QByteArray> lines = who->readAllStandardOutput().trimmed().split('\n');
        if (lines.size() == 3) {
            for (const QByteArray &line : lines) {
                const QJsonObject member = QJsonDocument::fromJson(line).object();
                if (member.value(QStringLiteral("name")).toString() == QLatin1String("bob"))
                    bobId = member.value(QStringLiteral("id")).toInteger();
            }
        }
        if (bobId == 0)
            QTest::qWait(100);
    }
    QVERIFY(bobId != 0);

    const auto send = [&](const QStringList &extra) {
        QProcess *sender = m_processes.start(QStringLiteral(SHMCHAT_CLI),
                                             QStringList{ QStringLiteral("send"), QStringLiteral("--room"), name,
                                                          QStringLiteral("--name"), QStringLiteral("dave") } + extra);
        return sender->waitForFinished(10000) && sender->exitCode() == 0;
    };
    QVERIFY(send({ QStringLiteral("--to"), QStringLiteral("bob"), QStringLiteral("for bob") }));
    QVERIFY(send({ QStringLiteral("for all") }));
    // A name nobody has is refused, with the reason, and nothing is written.
    QProcess *nobody = m_processes.start(QStringLiteral(SHMCHAT_CLI),
                                         { QStringLiteral("send"), QStringLiteral("--room"), name, QStringLiteral("--name"),
                                           QStringLiteral("dave"), QStringLiteral("--to"), QStringLiteral("zed"), QStringLiteral("x") });
    QVERIFY(nobody->waitForFinished(10000));
    QCOMPARE(nobody->exitCode(), 1);
    QVERIFY(nobody->readAllStandardError().contains("zed"));

    for (auto it = listeners.cbegin(); it != listeners.cend(); ++it) {
        QProcess *listener = it.value();
        QVERIFY2(listener->waitForFinished(20000), qPrintable(it.key()));
        QCOMPARE(listener->exitCode(), 0);
        QList<QJsonObject> textLines;
        for (const QByteArray &line : listener->readAllStandardOutput().trimmed().split('\n')) {
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            if (object.value(QStringLiteral("kind")).toString() == QLatin1String("text"))
                textLines.append(object);
        }
        if (it.key() == QLatin1String("bob")) {
            QCOMPARE(textLines.size(), 2);
            QVERIFY2(isDirectTo(textLines.at(0), QStringLiteral("for bob"), bobId), describe(textLines.at(0)));
            QCOMPARE(textLines.at(1).value(QStringLiteral("text")).toString(), QStringLiteral("for all"));
            QVERIFY(!textLines.at(1).contains(QStringLiteral("direct")));
        } else {
            // With --count 1, a direct message would have been the one line printed.
            QCOMPARE(textLines.size(), 1);
            QCOMPARE(textLines.at(0).value(QStringLiteral("text")).toString(), QStringLiteral("for all"));
        }
    }
}

void tst_DirectMessages::windowsShowDirectConversationApart()
{
    const QString name = room();
    auto alice = makeWindow(name, QStringLiteral("alice"));
    auto bob = makeWindow(name, QStringLiteral("bob"));
    auto carol = makeWindow(name, QStringLiteral("carol"));
    for (ChatWindow *window : { alice.get(), bob.get(), carol.get() })
        QTRY_COMPARE_WITH_TIMEOUT(window->channel()->members().size(), 3, Timeout);
    alice->show();
    QVERIFY(QTest::qWaitForWindowExposed(alice.get()));

    // Activating bob in alice's member list (double-click, Enter) opens a conversation with him.
    QListWidgetItem *bobItem = memberItem(alice.get(), QStringLiteral("bob"));
    QVERIFY(bobItem);
    QVERIFY(MemberList::memberIdOf(bobItem) == bob->channel()->memberId());
    emit alice->memberList()->itemActivated(bobItem);
    DirectConversation *atAlice = alice->directConversation(bob->channel()->memberId());
    QVERIFY(atAlice);
    QVERIFY(atAlice->isVisible());
    // The window says what "direct" means here, honestly.
    QVERIFY(atAlice->noteLabel()->text().contains(QStringLiteral("bob")));
    QVERIFY(atAlice->noteLabel()->text().contains(QStringLiteral("not secret")));
    QCOMPARE(atAlice->noteLabel()->textFormat(), Qt::PlainText);
    // Oneself is no one to write to.
    QVERIFY(!alice->openDirect(alice->channel()->memberId()));
    QCOMPARE(MemberList::memberIdOf(memberItem(alice.get(), QStringLiteral("alice (you)"))), 0u);

    QTest::keyClicks(atAlice->composer(), QStringLiteral("<b>only for bob</b>"));
    QTest::keyClick(atAlice->composer(), Qt::Key_Return);
    QVERIFY(atAlice->composer()->toPlainText().isEmpty());
    QVERIFY(alice->channel()->sendMessage(QStringLiteral("for the room")));

    // Bob's window opens the conversation by itself, with the message in it, literal.
    QTRY_VERIFY_WITH_TIMEOUT(bob->directConversation(alice->channel()->memberId()), Timeout);
    DirectConversation *atBob = bob->directConversation(alice->channel()->memberId());
    QTRY_COMPARE_WITH_TIMEOUT(texts(atBob->model()), QStringList{ QStringLiteral("<b>only for bob</b>") }, Timeout);
    QVERIFY(atBob->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(texts(atAlice->model()), QStringList{ QStringLiteral("<b>only for bob</b>") }, Timeout);
    // The rooms' views show the room's message and not the direct one; carol sees nothing of it.
    for (ChatWindow *window : { alice.get(), bob.get(), carol.get() }) {
        QTRY_VERIFY_WITH_TIMEOUT(texts(window->model()).contains(QStringLiteral("for the room")), Timeout);
        QVERIFY(!texts(window->model()).contains(QStringLiteral("<b>only for bob</b>")));
    }
    QVERIFY(!carol->directConversation(alice->channel()->memberId()));
    QVERIFY(!carol->directConversation(bob->channel()->memberId()));
    QVERIFY(carol->findChildren<DirectConversation *>().isEmpty());

    // Bob answers from his conversation.
    QTest::keyClicks(atBob->composer(), QStringLiteral("got it"));
    QVERIFY(atBob->send());
    QTRY_COMPARE_WITH_TIMEOUT(texts(atAlice->model()).size(), 2, Timeout);
    QCOMPARE(texts(atAlice->model()).at(1), QStringLiteral("got it"));

    // Bob leaves: alice's conversation says so and sends nothing more.
    const quint32 bobId = bob->channel()->memberId();
    bob.reset();
    QTRY_COMPARE_WITH_TIMEOUT(alice->channel()->members().size(), 2, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(atAlice->composer()->isReadOnly(), Timeout);
    atAlice->composer()->setPlainText(QStringLiteral("still there?"));
    QVERIFY(!atAlice->sendButton()->isEnabled());
    QVERIFY(!atAlice->send());
    QVERIFY(atAlice->errorLabel()->isVisibleTo(atAlice));
    QVERIFY(atAlice->errorLabel()->text().contains(QStringLiteral("bob")));
    QVERIFY(!alice->channel()->sendDirectMessage(bobId, QStringLiteral("x")));

    // Closing the room's window closes its conversations: none is left to keep the program up.
    QVERIFY(atAlice->isVisible());
    alice->close();
    QVERIFY(!atAlice->isVisible());
}

void tst_DirectMessages::slashMsgWritesToOneMember()
{
    const QString name = room();
    auto alice = makeWindow(name, QStringLiteral("alice"));
    auto bob = makeWindow(name, QStringLiteral("bob smith"));
    auto carol = makeWindow(name, QStringLiteral("carol"));
    for (ChatWindow *window : { alice.get(), bob.get(), carol.get() })
        QTRY_COMPARE_WITH_TIMEOUT(window->channel()->members().size(), 3, Timeout);

    // Names may hold spaces and are matched ignoring case.
    QTest::keyClicks(alice->composer(), QStringLiteral("/msg Bob Smith see you at 5"));
    QTest::keyClick(alice->composer(), Qt::Key_Return);
    QVERIFY(alice->composer()->toPlainText().isEmpty());
    const quint32 aliceId = alice->channel()->memberId();
    QTRY_VERIFY_WITH_TIMEOUT(bob->directConversation(aliceId), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(texts(bob->directConversation(aliceId)->model()), QStringList{ QStringLiteral("see you at 5") },
                              Timeout);
    QVERIFY(alice->directConversation(bob->channel()->memberId()));

    // An unknown name is refused with a reason, and the text stays.
    QTest::keyClicks(alice->composer(), QStringLiteral("/msg zed hello"));
    QTest::keyClick(alice->composer(), Qt::Key_Return);
    QCOMPARE(alice->composer()->toPlainText(), QStringLiteral("/msg zed hello"));
    QVERIFY(alice->sendErrorLabel()->isVisibleTo(alice.get()));
    QVERIFY(alice->sendErrorLabel()->text().contains(QStringLiteral("zed")));

    alice->composer()->clear();
    QVERIFY(alice->channel()->sendMessage(QStringLiteral("end")));
    QTRY_VERIFY_WITH_TIMEOUT(texts(carol->model()).contains(QStringLiteral("end")), Timeout);
    QVERIFY(!texts(carol->model()).contains(QStringLiteral("see you at 5")));
    QVERIFY(carol->findChildren<DirectConversation *>().isEmpty());
}

void tst_DirectMessages::windowShowsTyping()
{
    const QString name = room();
    auto alice = makeWindow(name, QStringLiteral("alice"));
    auto bob = makeWindow(name, QStringLiteral("bob"));
    auto carol = makeWindow(name, QStringLiteral("carol"));
    auto dave = makeWindow(name, QStringLiteral("dave"));
    for (ChatWindow *window : { alice.get(), bob.get(), carol.get(), dave.get() })
        QTRY_COMPARE_WITH_TIMEOUT(window->channel()->members().size(), 4, Timeout);
    QLabel *label = bob->typingLabel();
    QVERIFY(label->text().isEmpty());
    QCOMPARE(label->textFormat(), Qt::PlainText);

    QTest::keyClicks(alice->composer(), QStringLiteral("hel"));
    QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QStringLiteral("alice")), Timeout);
    QVERIFY(label->text().contains(QStringLiteral("typing")));
    QVERIFY(alice->typingLabel()->text().isEmpty()); // not about oneself
    QTest::keyClicks(carol->composer(), QStringLiteral("x"));
    QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QStringLiteral("carol")), Timeout);
    QVERIFY(label->text().contains(QStringLiteral("alice")));
    QTest::keyClicks(dave->composer(), QStringLiteral("y"));
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), QStringLiteral("Several people are typing…"), Timeout);

    // Sending clears; so does emptying the composer; so does leaving.
    QTest::keyClick(alice->composer(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QStringLiteral("carol")) && label->text().contains(QStringLiteral("dave")),
                             Timeout);
    QVERIFY2(!label->text().contains(QStringLiteral("alice")), qPrintable(label->text()));
    QTest::keyClick(carol->composer(), Qt::Key_Backspace);
    QTRY_VERIFY_WITH_TIMEOUT(!label->text().contains(QStringLiteral("carol")), Timeout);
    dave.reset();
    QTRY_VERIFY_WITH_TIMEOUT(label->text().isEmpty(), Timeout);

    // A draft put into the composer by the program is not typing.
    alice->composer()->setPlainText(QStringLiteral("draft"));
    QTest::qWait(int(4 * Timing::TypingCheckMs));
    QVERIFY(label->text().isEmpty());
    // Keys, then silence: it lapses by itself.
    QTest::keyClicks(alice->composer(), QStringLiteral("!"));
    QTRY_VERIFY_WITH_TIMEOUT(!label->text().isEmpty(), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(label->text().isEmpty(), TypingClearsWithinMs);
}

void tst_DirectMessages::directoryListsLiveRooms()
{
    bool available = false;
    IpcChannel::rooms(&available);
    QCOMPARE(available, Rendezvous::usesKeyFolders());
    if (!available)
        QSKIP("this platform's rooms are named kernel objects, which cannot be listed");
    const QString roomA = room("A");
    const QString roomB = room("B");
    Peer a1, a2, b1, watcher;
    QVERIFY(a1.join(roomA, QStringLiteral("a1")));
    QVERIFY(a2.join(roomA, QStringLiteral("a2")));
    QVERIFY(b1.join(roomB, QStringLiteral("b1")));
    QVERIFY(watcher.join(roomB, QStringLiteral("watcher"), IpcChannel::Observer)); // not a member

    QList<ChatRoom> rooms = IpcChannel::rooms();
    QCOMPARE(countOf(rooms, roomA), 2);
    QCOMPARE(countOf(rooms, roomB), 1);
    // Another process (the CLI) lists the same.
    QMap<QString, int> listed = cliRooms(&m_processes);
    QCOMPARE(listed.value(roomA), 2);
    QCOMPARE(listed.value(roomB), 1);

    // Members that leave are not counted; a room without any is not listed.
    b1.channel->leave();
    a2.channel.reset();
    rooms = IpcChannel::rooms();
    QCOMPARE(countOf(rooms, roomA), 1);
    QCOMPARE(countOf(rooms, roomB), 0);
    listed = cliRooms(&m_processes);
    QCOMPARE(listed.value(roomA), 1);
    QVERIFY(!listed.contains(roomB));

    // A member whose process is gone is not counted, even before anyone announced its leave.
    const QString roomC = room("C");
    QProcess *doomed = m_processes.start(QStringLiteral(SHMCHAT_CLI), { QStringLiteral("listen"), QStringLiteral("--room"),
                                                                         roomC, QStringLiteral("--name"), QStringLiteral("doomed") });
    QTRY_COMPARE_WITH_TIMEOUT(countOf(IpcChannel::rooms(), roomC), 1, 10000);
    doomed->kill();
    QVERIFY(doomed->waitForFinished(5000));
    QTRY_COMPARE_WITH_TIMEOUT(countOf(IpcChannel::rooms(), roomC), 0, 5000);
}

void tst_DirectMessages::directoryIgnoresHostileEntries()
{
    if (!RoomDirectory::available())
        QSKIP("this platform's rooms are named kernel objects, which cannot be listed");
    const QString real = room("real");
    Peer member;
    QVERIFY(member.join(real, QStringLiteral("m")));
    const QString folder = Rendezvous::userFolder();
    const auto keyOf = [](const QString &name) {
        return QString::fromLatin1(RoomIdentity::digestOf(name.toUtf8()).toHex().left(32));
    };
    QStringList &junkPaths = m_junk;

    // Things in the folder that are not rooms: a file and a symbolic link with a key's name, a
    // key folder without a segment, folders with other names.
    const QString fileKey = folder + QStringLiteral("/0123456789abcdef0123456789abcdef");
    QFile file(fileKey);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a room");
    file.close();
    junkPaths << fileKey;
    const QString linkKey = folder + QStringLiteral("/fedcba9876543210fedcba9876543210");
    QVERIFY(QFile::link(folder + QLatin1Char('/') + keyOf(real), linkKey));
    junkPaths << linkKey;
    const QString emptyKey = folder + QStringLiteral("/00000000000000000000000000000000");
    QVERIFY(QDir().mkpath(emptyKey));
    junkPaths << emptyKey;
    for (const QString &name : { QStringLiteral("not-a-key"), QStringLiteral("ABCDEF0123456789ABCDEF0123456789"),
                                 QStringLiteral("0123456789abcdef0123456789abcdef0") }) {
        QVERIFY(QDir().mkpath(folder + QLatin1Char('/') + name));
        junkPaths << folder + QLatin1Char('/') + name;
    }

    // Segments at real keys with bytes no room holds.
    const std::unique_ptr<char[]> image(new char[Layout::SegmentSize]);
    const auto plant = [&](const QString &name, const std::function<void(char *)> &fill) {
        RawMapping raw(name, Layout::SegmentSize);
        if (!raw.isValid())
            return false;
        fill(raw.data());
        return true;
    };
    QRandomGenerator random(1313);
    QVERIFY(plant(room("garbage"), [&](char *memory) {
        random.fillRange(reinterpret_cast<quint32 *>(memory), Layout::RingOffset / 4);
    }));
    QVERIFY(plant(room("garbageheader"), [&](char *memory) {
        // Magic and version right, everything else random: lengths past the end, and so on.
        random.fillRange(reinterpret_cast<quint32 *>(memory), Layout::RingOffset / 4);
        qToLittleEndian<quint32>(Layout::Magic, memory);
        qToLittleEndian<quint32>(Layout::Version, memory + 4);
    }));
    RawMapping realMapping(real);
    QVERIFY(realMapping.isValid());
    QVERIFY(plant(room("copy"), [&](char *memory) {
        // A live room's header and members under another room's key: not a second room.
        std::memcpy(memory, realMapping.data(), Layout::RingOffset);
    }));
    const QString dead = room("deadmember");
    QVERIFY(plant(dead, [&](char *memory) {
        forgeRoom(image.get(), dead, std::numeric_limits<int>::max() - 7); // no such process
        std::memcpy(memory, image.get(), Layout::RingOffset);
    }));
    const QString stale = room("stale");
    QVERIFY(plant(stale, [&](char *memory) {
        forgeRoom(image.get(), stale, QCoreApplication::applicationPid());
        auto *slot = reinterpret_cast<MemberSlot *>(image.get() + Layout::MemberTableOffset);
        slot->heartbeat.store(Platform::steadyMsecs() - 10 * Timing::MemberTimeoutMs);
        std::memcpy(memory, image.get(), Layout::RingOffset);
    }));
    const QString future = room("future");
    QVERIFY(plant(future, [&](char *memory) {
        forgeRoom(image.get(), future, QCoreApplication::applicationPid());
        auto *slot = reinterpret_cast<MemberSlot *>(image.get() + Layout::MemberTableOffset);
        slot->heartbeat.store(std::numeric_limits<qint64>::max());
        std::memcpy(memory, image.get(), Layout::RingOffset);
    }));
    const QString oldLayout = room("oldlayout");
    QVERIFY(plant(oldLayout, [&](char *memory) {
        forgeRoom(image.get(), oldLayout, QCoreApplication::applicationPid());
        qToLittleEndian<quint32>(Layout::Version - 1, image.get() + 4);
        std::memcpy(memory, image.get(), Layout::RingOffset);
    }));
    // The control: the same forging with a live member is listed, so the refusals above are
    // the checks' doing and not the forging's.
    const QString forged = room("forged");
    QVERIFY(plant(forged, [&](char *memory) {
        forgeRoom(image.get(), forged, QCoreApplication::applicationPid());
        std::memcpy(memory, image.get(), Layout::RingOffset);
    }));

    QElapsedTimer timer;
    timer.start();
    const QList<ChatRoom> rooms = IpcChannel::rooms();
    QVERIFY2(timer.elapsed() < 2000, "the directory took seconds");
    QStringList names;
    for (const ChatRoom &listed : rooms) {
        names << listed.name;
        QVERIFY(listed.memberCount >= 1 && listed.memberCount <= int(Layout::MemberSlotCount));
        QCOMPARE(IpcChannel::checkRoomName(listed.name), QString()); // a name a room may have
    }
    QCOMPARE(countOf(rooms, real), 1);
    QCOMPARE(names.count(real), 1);
    QCOMPARE(countOf(rooms, forged), 1);
    for (const QString &name : { stale, future, oldLayout })
        QVERIFY2(!names.contains(name), qPrintable(name));
    for (const QString &name : std::as_const(m_rooms)) {
        if (name != real && name != forged)
            QVERIFY2(!names.contains(name), qPrintable(name));
    }
    // The CLI shows the same, and nothing else of ours.
    const QMap<QString, int> listed = cliRooms(&m_processes);
    QCOMPARE(listed.value(real), 1);
    QCOMPARE(listed.value(forged), 1);
    QVERIFY(!listed.contains(stale));
}

void tst_DirectMessages::directoryNeverWaitsForBusyLock()
{
    if (!RoomDirectory::available())
        QSKIP("this platform's rooms are named kernel objects, which cannot be listed");
    const QString name = room();
    Peer member;
    QVERIFY(member.join(name, QStringLiteral("m")));
    // A process that holds the user's lock (here: another lock on the folder, which flock()
    // treats as another holder) makes the directory skip, not wait.
    Platform::FolderLock busy;
    QVERIFY(busy.tryLock(Rendezvous::userFolder()));
    QElapsedTimer timer;
    timer.start();
    RoomDirectory::Status status = RoomDirectory::Status::Unavailable;
    int skipped = 0;
    const QList<ChatRoom> rooms = RoomDirectory::list(&status, &skipped);
    QVERIFY2(timer.elapsed() < 1000, "the directory waited for the lock");
    QVERIFY(skipped >= 1);
    QCOMPARE(countOf(rooms, name), 0);
    busy.unlock();
    QCOMPARE(countOf(RoomDirectory::list(&status, &skipped), name), 1);
    QCOMPARE(skipped, 0);
}

void tst_DirectMessages::roomDialogListsRooms()
{
    if (!RoomDirectory::available())
        QSKIP("this platform's rooms are named kernel objects, which cannot be listed");
    const QString name = room("<b>x</b>");
    Peer a, b;
    QVERIFY(a.join(name, QStringLiteral("a")));
    QVERIFY(b.join(name, QStringLiteral("b")));
    RoomDialog dialog(QStringLiteral("lobby"));
    QListWidgetItem *item = nullptr;
    for (int row = 0; row < dialog.roomList()->count(); ++row) {
        if (RoomDialog::roomOf(dialog.roomList()->item(row)) == name)
            item = dialog.roomList()->item(row);
    }
    QVERIFY(item);
    QVERIFY2(item->text().contains(name) && item->text().contains(QStringLiteral("2")), qPrintable(item->text()));
    QVERIFY(!dialog.listStatus()->isVisibleTo(&dialog));
    QCOMPARE(dialog.room(), QStringLiteral("lobby"));
    dialog.roomList()->setCurrentItem(item);
    QCOMPARE(dialog.room(), name);

    // Once the room is empty, a refresh drops it and says so when nothing is left.
    a.channel.reset();
    b.channel.reset();
    dialog.refresh();
    for (int row = 0; row < dialog.roomList()->count(); ++row)
        QVERIFY(RoomDialog::roomOf(dialog.roomList()->item(row)) != name);
    if (dialog.roomList()->count() == 0)
        QVERIFY(!dialog.listStatus()->text().isEmpty());
}

QTEST_MAIN(tst_DirectMessages)
#include "tst_directmessages.moc"
