// Real processes on one room: floods, crashes, simultaneous starts, a creator that quits while
// another process holds the lock, and a room left behind by processes that were all killed.
// Every scenario checks that no message is delivered twice, torn, or out of order.
#include "ipcchannel.h"
#include "processtest.h"
#include "roomsegment_p.h"
#include "shmchat_os.h"

#include <QtTest/QtTest>

using namespace TestSupport;

class tst_MultiProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fourPeersTenThousandMessages();
    void stoppedReaderIsLappedAndCountsExactly();
    void writerKilledMidFlood();
    void holderKilledWhileHoldingLock();
    void eightStartAtOnce();
    void creatorQuitsWhileAnotherHoldsLock();
    void staleSegmentAfterAllKilled();

private:
    QProcess *startPeer(const QStringList &arguments);
    QProcess *startCli(const QStringList &arguments);
    void verifyClean(const QJsonObject &summary);

    QString m_room;
    ProcessGroup m_processes;
};

void tst_MultiProcess::init()
{
    m_room = uniqueRoom("mp");
}

void tst_MultiProcess::cleanup()
{
    // Nothing may outlive a test: a leftover process would keep the room (and CI) busy.
    m_processes.killAll();
    ShmChat::RoomSegment::removeIfUnused(m_room);
}

QProcess *tst_MultiProcess::startPeer(const QStringList &arguments)
{
    return m_processes.start(QStringLiteral(SHMCHAT_TESTPEER), arguments);
}

QProcess *tst_MultiProcess::startCli(const QStringList &arguments)
{
    return m_processes.start(QStringLiteral(SHMCHAT_CLI), arguments);
}

void tst_MultiProcess::verifyClean(const QJsonObject &summary)
{
    const QByteArray text = describe(summary);
    QVERIFY2(!summary.isEmpty(), "no summary");
    QVERIFY2(summary.value(QStringLiteral("exit_status")).toInt() == QProcess::NormalExit, text);
    QVERIFY2(summary.value(QStringLiteral("duplicates")).toInteger() == 0, text);
    QVERIFY2(summary.value(QStringLiteral("seq_errors")).toInteger() == 0, text);
    QVERIFY2(summary.value(QStringLiteral("malformed")).toInteger() == 0, text);
    QVERIFY2(summary.value(QStringLiteral("skipped")).toInteger() <= summary.value(QStringLiteral("missed")).toInteger(), text);
}

void tst_MultiProcess::fourPeersTenThousandMessages()
{
    const int peers = 4;
    // Every message must stay in the ring (see below): records of "pN#i" take at most 56 bytes, so with
    // room to spare 2,500 each fit in 8 MiB, and 1,024 each in macOS's 512 KiB.
    constexpr quint32 RecordBytes = 64;
    const int each = int(qMin<quint32>(2500, ShmChat::Layout::RingCapacity / 2 / (peers * RecordBytes)));
    QList<QProcess *> running;
    for (int i = 0; i < peers; ++i) {
        running << startPeer({ QStringLiteral("chat"), QStringLiteral("--room"), m_room,
                               QStringLiteral("--name"), QStringLiteral("p%1").arg(i),
                               QStringLiteral("--send"), QString::number(each),
                               QStringLiteral("--expect"), QString::number(peers * each) });
    }
    QString digest;
    for (QProcess *peer : std::as_const(running)) {
        const QJsonObject summary = ProcessGroup::finish(peer, 90000);
        verifyClean(summary);
        const QByteArray text = describe(summary);
        QVERIFY2(summary.value(QStringLiteral("exit_code")).toInt() == 0, text);
        // The ring holds all the messages: nobody may miss any, whenever they joined.
        QVERIFY2(summary.value(QStringLiteral("received")).toInteger() == peers * each, text);
        QVERIFY2(summary.value(QStringLiteral("missed")).toInteger() == 0, text);
        QVERIFY2(summary.value(QStringLiteral("send_failed")).toInteger() == 0, text);
        // One room, one order: every peer saw the same sequence numbers for the same messages.
        if (digest.isEmpty())
            digest = summary.value(QStringLiteral("digest")).toString();
        QCOMPARE(summary.value(QStringLiteral("digest")).toString(), digest);
    }
}

void tst_MultiProcess::stoppedReaderIsLappedAndCountsExactly()
{
#if !defined(SHMCHAT_OS_UNIX)
    QSKIP("needs SIGSTOP");
#else
    // ~1 KiB messages, four times what the ring holds: a stopped reader must be lapped.
    const int total = int(4 * ShmChat::Layout::RingCapacity / 1024);
    QProcess *reader = startPeer({ QStringLiteral("chat"), QStringLiteral("--room"), m_room,
                                   QStringLiteral("--name"), QStringLiteral("reader"), QStringLiteral("--observer"),
                                   QStringLiteral("--expect"), QString::number(total) });
    QVERIFY(waitForLine(reader, QProcess::StandardError, 10000)); // "joined"
    stopProcess(reader);
    QProcess *writer = startPeer({ QStringLiteral("chat"), QStringLiteral("--room"), m_room,
                                   QStringLiteral("--name"), QStringLiteral("w"), QStringLiteral("--observer"),
                                   QStringLiteral("--send"), QString::number(total), QStringLiteral("--pad"),
                                   QStringLiteral("1000"), QStringLiteral("--expect"), QStringLiteral("0") });
    const QJsonObject written = ProcessGroup::finish(writer, 60000);
    QCOMPARE(written.value(QStringLiteral("sent")).toInteger(), total);
    QCOMPARE(written.value(QStringLiteral("send_failed")).toInteger(), 0);
    resumeProcess(reader);

    const QJsonObject summary = ProcessGroup::finish(reader, 30000);
    verifyClean(summary);
    const QByteArray text = describe(summary);
    QVERIFY2(summary.value(QStringLiteral("exit_code")).toInt() == 0, text);
    const qint64 missed = summary.value(QStringLiteral("missed")).toInteger();
    QVERIFY2(missed > 0, text);
    // Exactly what it lost, no more and no less: one writer, so every skipped index is a miss.
    QVERIFY2(summary.value(QStringLiteral("received")).toInteger() + missed == total, text);
    QVERIFY2(summary.value(QStringLiteral("skipped")).toInteger() == missed, text);
#endif
}

void tst_MultiProcess::writerKilledMidFlood()
{
    QProcess *reader = startPeer({ QStringLiteral("chat"), QStringLiteral("--room"), m_room,
                                   QStringLiteral("--name"), QStringLiteral("reader"),
                                   QStringLiteral("--stop-on"), QStringLiteral("closer") });
    QVERIFY(waitForLine(reader, QProcess::StandardError, 10000));
    QProcess *writer = startPeer({ QStringLiteral("chat"), QStringLiteral("--room"), m_room,
                                   QStringLiteral("--name"), QStringLiteral("flood"), QStringLiteral("--observer"),
                                   QStringLiteral("--send"), QStringLiteral("10000000") });
    QVERIFY(waitForLine(writer, QProcess::StandardError, 10000));
    // We write too, from this process; joined before the kill, so that timing the send below
    // times nothing but the lock.
    IpcChannel closer;
    QVERIFY(closer.join(m_room, QStringLiteral("closer"), IpcChannel::Observer | IpcChannel::SkipHistory));
    QVERIFY(closer.waitForJoined(10000));
    QSignalSpy sent(&closer, &IpcChannel::messageSent);
    QTest::qWait(400 + int(QRandomGenerator::global()->bounded(300)));
    writer->kill(); // SIGKILL, wherever it is: quite possibly inside the lock
    QVERIFY(writer->waitForFinished(5000));

    // At once: written within this call (the lock of a dead holder is taken over at the first
    // try), not queued for the 1 s after which a live but stuck holder would be overtaken.
    QVERIFY(closer.sendMessage(QStringLiteral("closer#0")));
    QCOMPARE(sent.size(), 1);

    const QJsonObject summary = ProcessGroup::finish(reader, 60000);
    verifyClean(summary);
    const QByteArray text = describe(summary);
    QVERIFY2(summary.value(QStringLiteral("exit_code")).toInt() == 0, text);
    QVERIFY2(summary.value(QStringLiteral("received")).toInteger() > 1, text);
}

void tst_MultiProcess::holderKilledWhileHoldingLock()
{
    QProcess *reader = startPeer({ QStringLiteral("chat"), QStringLiteral("--room"), m_room,
                                   QStringLiteral("--name"), QStringLiteral("reader"),
                                   QStringLiteral("--stop-on"), QStringLiteral("after") });
    QVERIFY(waitForLine(reader, QProcess::StandardError, 10000));
    IpcChannel after;
    QVERIFY(after.join(m_room, QStringLiteral("after"), IpcChannel::Observer | IpcChannel::SkipHistory));
    QVERIFY(after.waitForJoined(10000));
    QSignalSpy sent(&after, &IpcChannel::messageSent);
    QProcess *holder = startPeer({ QStringLiteral("hold-lock"), QStringLiteral("--room"), m_room,
                                   QStringLiteral("--hold-ms"), QStringLiteral("600000"), QStringLiteral("--torn") });
    QVERIFY(waitForLine(holder, QProcess::StandardOutput, 10000));
    QVERIFY(holder->readLine().startsWith("locked"));
    holder->kill();
    QVERIFY(holder->waitForFinished(5000));

    // At once: written within this call, not after the 1 s a live holder would be given.
    QVERIFY(after.sendMessage(QStringLiteral("after#0")));
    QCOMPARE(sent.size(), 1);

    const QJsonObject summary = ProcessGroup::finish(reader, 30000);
    verifyClean(summary); // the torn half-record past head was never delivered
    QCOMPARE(summary.value(QStringLiteral("exit_code")).toInt(), 0);
    QCOMPARE(summary.value(QStringLiteral("received")).toInteger(), 1);
}

void tst_MultiProcess::eightStartAtOnce()
{
    const int peers = 8;
    const int each = 50;
    // A start barrier: all eight are running before any of them joins, and they join at one
    // instant, so that the room's creation really is contended.
    const qint64 startAt = QDateTime::currentMSecsSinceEpoch() + 1500;
    QList<QProcess *> running;
    for (int i = 0; i < peers; ++i) {
        running << startPeer({ QStringLiteral("chat"), QStringLiteral("--room"), m_room,
                               QStringLiteral("--name"), QStringLiteral("s%1").arg(i),
                               QStringLiteral("--send"), QString::number(each),
                               QStringLiteral("--expect"), QString::number(peers * each),
                               QStringLiteral("--start-at"), QString::number(startAt) });
    }
    QVERIFY2(QDateTime::currentMSecsSinceEpoch() < startAt, "starting the peers took longer than the barrier allows");
    QString digest;
    for (QProcess *peer : std::as_const(running)) {
        const QJsonObject summary = ProcessGroup::finish(peer, 60000);
        verifyClean(summary);
        const QByteArray text = describe(summary);
        QVERIFY2(summary.value(QStringLiteral("exit_code")).toInt() == 0, text);
        QVERIFY2(summary.value(QStringLiteral("received")).toInteger() == peers * each, text);
        QVERIFY2(summary.value(QStringLiteral("missed")).toInteger() == 0, text);
        // A second initialisation by a late starter would wipe messages and split the order.
        if (digest.isEmpty())
            digest = summary.value(QStringLiteral("digest")).toString();
        QCOMPARE(summary.value(QStringLiteral("digest")).toString(), digest);
        QVERIFY2(!summary.value(QStringLiteral("stderr")).toString().contains(QLatin1String("reset")), text);
    }
}

void tst_MultiProcess::creatorQuitsWhileAnotherHoldsLock()
{
    // The first instance creates the room; with Qt 6.4's QSystemSemaphore its exit would delete
    // the lock under the feet of the process holding it.
    QProcess *creator = startCli({ QStringLiteral("listen"), QStringLiteral("--room"), m_room,
                                   QStringLiteral("--name"), QStringLiteral("creator") });
    QTRY_VERIFY_WITH_TIMEOUT(creator->bytesAvailable() > 0, 10000); // its own join
    QProcess *reader = startPeer({ QStringLiteral("chat"), QStringLiteral("--room"), m_room,
                                   QStringLiteral("--name"), QStringLiteral("reader"),
                                   QStringLiteral("--expect"), QStringLiteral("200") });
    QVERIFY(waitForLine(reader, QProcess::StandardError, 10000));

    QProcess *holder = startPeer({ QStringLiteral("hold-lock"), QStringLiteral("--room"), m_room,
                                   QStringLiteral("--hold-ms"), QStringLiteral("700") });
    QVERIFY(waitForLine(holder, QProcess::StandardOutput, 10000));
    const QByteArray locked = holder->readLine().trimmed();
    QVERIFY(locked.startsWith("locked "));

    // While the lock is held: the creator quits, and two writers try to write.
    creator->terminate(); // SIGTERM: a clean leave
    QProcess *w1 = startPeer({ QStringLiteral("chat"), QStringLiteral("--room"), m_room, QStringLiteral("--name"),
                               QStringLiteral("w1"), QStringLiteral("--observer"), QStringLiteral("--send"),
                               QStringLiteral("100"), QStringLiteral("--expect"), QStringLiteral("0") });
    QProcess *w2 = startPeer({ QStringLiteral("chat"), QStringLiteral("--room"), m_room, QStringLiteral("--name"),
                               QStringLiteral("w2"), QStringLiteral("--observer"), QStringLiteral("--send"),
                               QStringLiteral("100"), QStringLiteral("--expect"), QStringLiteral("0") });
    QVERIFY(creator->waitForFinished(5000));
    QCOMPARE(creator->exitStatus(), QProcess::NormalExit);
    QCOMPARE(creator->exitCode(), 0);

    QVERIFY(holder->waitForFinished(10000));
    const QByteArray released = holder->readLine().trimmed();
    // Nobody wrote while the lock was held: head did not move.
    QCOMPARE(released.mid(9), locked.mid(7));

    for (QProcess *writer : { w1, w2 }) {
        const QJsonObject written = ProcessGroup::finish(writer, 30000);
        QCOMPARE(written.value(QStringLiteral("sent")).toInteger(), 100);
        QCOMPARE(written.value(QStringLiteral("send_failed")).toInteger(), 0);
    }
    const QJsonObject summary = ProcessGroup::finish(reader, 30000);
    verifyClean(summary);
    const QByteArray text = describe(summary);
    QVERIFY2(summary.value(QStringLiteral("exit_code")).toInt() == 0, text);
    QVERIFY2(summary.value(QStringLiteral("received")).toInteger() == 200, text);
    QVERIFY2(summary.value(QStringLiteral("missed")).toInteger() == 0, text);
}

void tst_MultiProcess::staleSegmentAfterAllKilled()
{
    QList<QProcess *> doomed;
    for (int i = 0; i < 3; ++i) {
        doomed << startPeer({ QStringLiteral("chat"), QStringLiteral("--room"), m_room,
                              QStringLiteral("--name"), QStringLiteral("d%1").arg(i), QStringLiteral("--send"),
                              QStringLiteral("5"), QStringLiteral("--expect"), QStringLiteral("1000000") });
    }
    QProcess *who = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
        who = startCli({ QStringLiteral("who"), QStringLiteral("--room"), m_room });
        who->waitForFinished(5000);
        return who->readAllStandardOutput().count('\n') == 3;
    }()), 10000);
    for (QProcess *peer : std::as_const(doomed)) {
        peer->kill();
        peer->waitForFinished(5000);
    }

    // A newcomer must find a working room with nothing of the dead one in it; where the segment
    // survives its killed users (System V) it must notice, and say so once.
    QProcess *listener = startCli({ QStringLiteral("listen"), QStringLiteral("--room"), m_room,
                                    QStringLiteral("--name"), QStringLiteral("fresh"), QStringLiteral("--history"),
                                    QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--timeout"),
                                    QStringLiteral("20") });
    QTRY_VERIFY_WITH_TIMEOUT(listener->bytesAvailable() > 0, 10000); // its own join
    who = startCli({ QStringLiteral("who"), QStringLiteral("--room"), m_room });
    QVERIFY(who->waitForFinished(5000));
    const QList<QByteArray> members = who->readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(members.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(members.first()).object().value(QStringLiteral("name")).toString(),
             QStringLiteral("fresh"));

    QProcess *sender = startCli({ QStringLiteral("send"), QStringLiteral("--room"), m_room,
                                  QStringLiteral("--name"), QStringLiteral("alive"), QStringLiteral("hello") });
    QVERIFY(sender->waitForFinished(5000));
    QCOMPARE(sender->exitCode(), 0);
    QVERIFY(listener->waitForFinished(20000));
    QCOMPARE(listener->exitCode(), 0);

    const QList<QByteArray> lines = listener->readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), 2); // its own join, then hello: nothing of the dead room, not even as history
    const QJsonObject hello = QJsonDocument::fromJson(lines.last()).object();
    QCOMPARE(hello.value(QStringLiteral("text")).toString(), QStringLiteral("hello"));
    QCOMPARE(hello.value(QStringLiteral("from")).toString(), QStringLiteral("alive"));
    const QString errors = QString::fromUtf8(listener->readAllStandardError());
#if defined(SHMCHAT_OS_WIN)
    // A named mapping goes with its last handle: the killed members took the room with them, and
    // the newcomer made a new one, with nothing to report.
    QCOMPARE(errors.count(QLatin1String("did not exit cleanly")), 0);
#else
    // A System V segment outlives its killed users.
    QCOMPARE(errors.count(QLatin1String("did not exit cleanly")), 1);
#endif
}

QTEST_GUILESS_MAIN(tst_MultiProcess)
#include "tst_multiprocess.moc"
