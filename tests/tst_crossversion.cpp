// Builds of ShmChat against different Qt versions meet in one room: our shmchat-cli and a peer's
// (e.g. the Qt 6.8 build in a Debian 13 chroot) chat both ways and see each other in `who`.
//
// The peer's command line comes from SHMCHAT_PEER_CLI (a shell command prefix that runs the other
// build's shmchat-cli). `scripts/test.sh --qt 6.8` sets it; without it the test skips and says so.
#include "processtest.h"
#include "roomsegment_p.h"
#include "sysvtest.h"

#include <QtTest/QtTest>

using namespace TestSupport;

class tst_CrossVersion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void buildsMeetInOneRoom();

private:
    QProcess *ours(const QStringList &arguments);
    QProcess *theirs(const QStringList &arguments);
    QStringList who(QProcess *process);

    QString m_peer;
    QString m_room;
    ProcessGroup m_processes;
};

void tst_CrossVersion::initTestCase()
{
    m_peer = qEnvironmentVariable("SHMCHAT_PEER_CLI");
    if (m_peer.isEmpty())
        QSKIP("SHMCHAT_PEER_CLI names no other build to meet (scripts/test.sh --qt 6.8 sets it)");
}

void tst_CrossVersion::cleanup()
{
    m_processes.killAll();
    if (!m_room.isEmpty())
        ShmChat::RoomSegment::removeIfUnused(m_room);
}

QProcess *tst_CrossVersion::ours(const QStringList &arguments)
{
    return m_processes.start(QStringLiteral(SHMCHAT_CLI), arguments);
}

QProcess *tst_CrossVersion::theirs(const QStringList &arguments)
{
    QString command = m_peer;
    for (const QString &argument : arguments)
        command += QLatin1Char(' ') + shellQuote(argument);
    return m_processes.start(QStringLiteral("sh"), { QStringLiteral("-c"), command });
}

QStringList tst_CrossVersion::who(QProcess *process)
{
    QStringList names;
    if (!process->waitForFinished(60000) || process->exitCode() != 0) {
        qWarning("who failed: %s", process->readAllStandardError().constData());
        return names;
    }
    for (const QByteArray &line : process->readAllStandardOutput().trimmed().split('\n'))
        names << QJsonDocument::fromJson(line).object().value(QStringLiteral("name")).toString();
    names.sort();
    return names;
}

void tst_CrossVersion::buildsMeetInOneRoom()
{
    m_room = uniqueRoom("xv");
    const QStringList listen{ QStringLiteral("listen"), QStringLiteral("--room"), m_room, QStringLiteral("--count"),
                              QStringLiteral("2"), QStringLiteral("--timeout"), QStringLiteral("60"), QStringLiteral("--history") };
    QProcess *ourListener = ours(listen + QStringList{ QStringLiteral("--name"), QStringLiteral("ours") });
    QProcess *theirListener = theirs(listen + QStringList{ QStringLiteral("--name"), QStringLiteral("theirs") });
    // Both are in when both appear in `who`, asked of either build.
    QStringList members;
    QDeadlineTimer deadline(60000);
    while (members != QStringList{ QStringLiteral("ours"), QStringLiteral("theirs") } && !deadline.hasExpired()) {
        members = who(ours({ QStringLiteral("who"), QStringLiteral("--room"), m_room }));
        if (members.size() < 2)
            QTest::qWait(200);
    }
    QCOMPARE(members, QStringList({ QStringLiteral("ours"), QStringLiteral("theirs") }));
    QCOMPARE(who(theirs({ QStringLiteral("who"), QStringLiteral("--room"), m_room })), members);

    // One message each way; each listener gets both, then exits 0 (--count 2).
    QProcess *fromUs = ours({ QStringLiteral("send"), QStringLiteral("--room"), m_room, QStringLiteral("--name"),
                              QStringLiteral("us"), QStringLiteral("from the host build") });
    QVERIFY(fromUs->waitForFinished(30000));
    QCOMPARE(fromUs->exitCode(), 0);
    QProcess *fromThem = theirs({ QStringLiteral("send"), QStringLiteral("--room"), m_room, QStringLiteral("--name"),
                                  QStringLiteral("them"), QStringLiteral("from the other build") });
    QVERIFY(fromThem->waitForFinished(60000));
    QCOMPARE(fromThem->exitCode(), 0);
    for (QProcess *listener : { ourListener, theirListener }) {
        QVERIFY(listener->waitForFinished(60000));
        QCOMPARE(listener->exitCode(), 0);
        const QByteArray out = listener->readAllStandardOutput();
        QVERIFY2(out.contains("from the host build") && out.contains("from the other build"), out.constData());
    }
}

QTEST_GUILESS_MAIN(tst_CrossVersion)
#include "tst_crossversion.moc"
