// Rooms are private to their user: another OS user can neither read nor write a room, nor meet
// it under the same name, and shared memory another user plants at a room's System V key is
// never used, never shown and never touched: the room moves to another key.
//
// Needs root, to create a second user ("shmchat-other", removed again afterwards if this test
// created it) and run programs as it; otherwise every test skips and says so. CI runs as root.
#include "otherusertest.h"
#include "processtest.h"
#include "roomsegment_p.h"
#include "sysvtest.h"
#include "shmchat_os.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#if defined(SHMCHAT_TEST_SYSV)
#  include <cerrno>
#  include <csignal>
#  include <sys/shm.h>
#endif

using namespace TestSupport;

class tst_OtherUsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void otherUserCannotAttach();
    void otherUserHasItsOwnRoom();
    void plantedSegmentIsAvoided_data();
    void plantedSegmentIsAvoided();

private:
    QProcess *startCli(const QStringList &arguments);
    QProcess *startAsOther(const QString &program, const QStringList &arguments);
    QProcess *startListener(const QString &name);
    bool send(const QString &text);
    void stop(QProcess *process);

    QString m_room;
    ProcessGroup m_processes;
    QList<int> m_planted;
    // Under /tmp, not under $TMPDIR: the other user must be able to reach copies of our binaries.
    QTemporaryDir m_scratch{ QStringLiteral("/tmp/shmchat-otherusers-XXXXXX") };
    OtherUser m_other;
    QString m_problem; // why the other user is not available; empty when it is
    QString m_cli;
    QString m_squatter;
    bool m_otherFolderExisted = false;
};

void tst_OtherUsers::initTestCase()
{
    QVERIFY2(m_scratch.isValid(), qPrintable(m_scratch.errorString()));
    qputenv("SHMCHAT_LANG", "en");
    QStringList binaries{ QStringLiteral(SHMCHAT_CLI), QStringLiteral(SHMCHAT_SQUATTER) };
#if defined(SHMCHAT_OS_UNIX)
    ::chmod(QFile::encodeName(m_scratch.path()).constData(), 0755);
#endif
    m_problem = m_other.prepare(m_scratch.path(), &binaries);
    m_cli = binaries.at(0);
    m_squatter = binaries.at(1);
    if (m_problem.isEmpty()) {
        const QString otherFolder = ShmChat::Platform::rendezvousParent() + QStringLiteral("/shmchat-") + QString::number(m_other.uid());
        m_otherFolderExisted = QFileInfo::exists(otherFolder);
        qInfo("second user %s, uid %lld", OtherUser::Name, m_other.uid());
    }
}

void tst_OtherUsers::init()
{
    m_room = uniqueRoom("ou");
}

void tst_OtherUsers::cleanup()
{
    // runuser's child runs as the other user and does not die with runuser: stop it first.
    for (const auto &process : m_processes.processes())
        stop(process.get());
    m_processes.killAll();
#if defined(SHMCHAT_TEST_SYSV)
    for (int id : std::as_const(m_planted))
        ::shmctl(id, IPC_RMID, nullptr);
#endif
    m_planted.clear();
    ShmChat::RoomSegment::removeIfUnused(m_room);
}

void tst_OtherUsers::cleanupTestCase()
{
    if (m_problem.isEmpty() && !m_otherFolderExisted) {
        // The other user's rendezvous folder, made by its runs here, and what is in it.
        QDir(ShmChat::Platform::rendezvousParent() + QStringLiteral("/shmchat-") + QString::number(m_other.uid()))
            .removeRecursively();
    }
    m_other.remove();
}

QProcess *tst_OtherUsers::startCli(const QStringList &arguments)
{
    return m_processes.start(m_cli, arguments);
}

QProcess *tst_OtherUsers::startAsOther(const QString &program, const QStringList &arguments)
{
    const QStringList command = m_other.command(program, arguments);
    return m_processes.start(command.first(), command.mid(1));
}

QProcess *tst_OtherUsers::startListener(const QString &name)
{
    QProcess *listener = startCli({ QStringLiteral("listen"), QStringLiteral("--room"), m_room, QStringLiteral("--name"), name });
    // Its own join, read back from the ring: it is in.
    QDeadlineTimer deadline(10000);
    while (waitForLine(listener, QProcess::StandardOutput, int(qMax<qint64>(1, deadline.remainingTime())))) {
        const QJsonObject line = QJsonDocument::fromJson(listener->readLine()).object();
        if (line.value(QStringLiteral("kind")).toString() == QLatin1String("join")
            && line.value(QStringLiteral("from")).toString() == name) {
            return listener;
        }
    }
    qWarning("%s did not join: %s", qPrintable(name), listener->readAllStandardError().constData());
    return listener;
}

bool tst_OtherUsers::send(const QString &text)
{
    QProcess *sender = startCli({ QStringLiteral("send"), QStringLiteral("--room"), m_room, QStringLiteral("--name"),
                                  QStringLiteral("me"), text });
    return sender->waitForFinished(10000) && sender->exitStatus() == QProcess::NormalExit && sender->exitCode() == 0;
}

void tst_OtherUsers::stop(QProcess *process)
{
#if defined(SHMCHAT_OS_LINUX)
    QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(process->processId()));
    if (process->state() != QProcess::NotRunning && children.open(QIODevice::ReadOnly)) {
        for (const QByteArray &child : children.readAll().simplified().split(' ')) {
            if (child.toLongLong() > 0)
                ::kill(pid_t(child.toLongLong()), SIGKILL);
        }
    }
#else
    Q_UNUSED(process);
#endif
}

void tst_OtherUsers::otherUserCannotAttach()
{
    if (!m_problem.isEmpty())
        QSKIP(qPrintable(m_problem));
    QProcess *owner = startListener(QStringLiteral("owner"));
    // The other user aims at our room directly: our native key, and the System V key behind it
    // (which it could not compute itself: our rendezvous folder is closed to it).
    const QString key = keyFolderOf(m_room);
    const qint64 sysvKey = sysvKeyOf(m_room); // -1 where the tests cannot compute it: no raw probe then
#if defined(SHMCHAT_TEST_SYSV)
    QVERIFY(sysvKey != -1);
#endif
    QProcess *probe = startAsOther(m_squatter, { QStringLiteral("probe"), QStringLiteral("--key"), key,
                                                 QStringLiteral("--sysv-key"), QString::number(sysvKey) });
    QVERIFY(probe->waitForFinished(20000));
    const QByteArray text = probe->readAllStandardOutput().trimmed();
    qInfo("other user attaching to our room: %s", text.constData());
    const QJsonObject result = QJsonDocument::fromJson(text.split('\n').last()).object();
    QVERIFY2(!result.isEmpty(), probe->readAllStandardError().constData());
    QVERIFY2(!result.value(QStringLiteral("key_file_exists")).toBool(), text); // cannot even look into our folder
    QVERIFY2(!result.value(QStringLiteral("attached")).toBool(), text);
    QVERIFY2(!result.value(QStringLiteral("attached_read_only")).toBool(), text);
#if defined(SHMCHAT_TEST_SYSV)
    // Below Qt: the segment itself is closed to other users.
    QCOMPARE(result.value(QStringLiteral("raw_shmget_errno")).toInt(), EACCES);
#endif
    // The owner did not notice anything and still works.
    QVERIFY(send(QStringLiteral("still here")));
    QVERIFY(waitForLine(owner, QProcess::StandardOutput, 5000));
    QCOMPARE(QJsonDocument::fromJson(owner->readLine()).object().value(QStringLiteral("text")).toString(),
             QStringLiteral("still here"));
}

void tst_OtherUsers::otherUserHasItsOwnRoom()
{
    if (!m_problem.isEmpty())
        QSKIP(qPrintable(m_problem));
    // Its key for the same room name is elsewhere: in its own folder.
    QProcess *keyOfOther = startAsOther(m_squatter, { QStringLiteral("key"), QStringLiteral("--room"), m_room });
    QVERIFY(keyOfOther->waitForFinished(20000));
    QCOMPARE(keyOfOther->exitCode(), 0);
    const QString otherKey = QString::fromUtf8(keyOfOther->readAllStandardOutput().trimmed());
    QVERIFY2(otherKey.contains(QStringLiteral("/shmchat-%1/").arg(m_other.uid())), qPrintable(otherKey));
    QVERIFY2(otherKey != keyFolderOf(m_room), qPrintable(otherKey));

    QProcess *owner = startListener(QStringLiteral("owner"));
    // Before it starts (in the history it asks for) and while it runs.
    QVERIFY(send(QStringLiteral("secret-before")));
    QProcess *spy = startAsOther(m_cli, { QStringLiteral("listen"), QStringLiteral("--room"), m_room, QStringLiteral("--history"),
                                          QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--timeout"),
                                          QStringLiteral("2") });
    QTest::qWait(700);
    QVERIFY(send(QStringLiteral("secret-during")));
    QVERIFY(spy->waitForFinished(15000));
    const QByteArray spyOut = spy->readAllStandardOutput();
    const QByteArray spyErr = spy->readAllStandardError();
    qInfo("other user's listener: exit %d, stdout \"%s\", stderr \"%s\"", spy->exitCode(), spyOut.constData(),
          spyErr.trimmed().constData());
    QCOMPARE(spy->exitStatus(), QProcess::NormalExit);
    QCOMPARE(spy->exitCode(), 1); // timed out: it joined its own, empty room
    QVERIFY2(spyOut.isEmpty(), spyOut.constData());

    QStringList seen;
    while (seen.size() < 2 && waitForLine(owner, QProcess::StandardOutput, 5000))
        seen << QJsonDocument::fromJson(owner->readLine()).object().value(QStringLiteral("text")).toString();
    QCOMPARE(seen, QStringList({ QStringLiteral("secret-before"), QStringLiteral("secret-during") }));

    // Nor does what the other user sends under the same room name reach us.
    QProcess *intruder = startAsOther(m_cli, { QStringLiteral("send"), QStringLiteral("--room"), m_room, QStringLiteral("--name"),
                                               QStringLiteral("intruder"), QStringLiteral("from-other") });
    QVERIFY(intruder->waitForFinished(15000));
    QCOMPARE(intruder->exitCode(), 0); // delivered, to its own room
    QVERIFY(send(QStringLiteral("marker")));
    QVERIFY(waitForLine(owner, QProcess::StandardOutput, 5000));
    QCOMPARE(QJsonDocument::fromJson(owner->readLine()).object().value(QStringLiteral("text")).toString(),
             QStringLiteral("marker"));
}

void tst_OtherUsers::plantedSegmentIsAvoided_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("payload");
    QTest::addRow("0600, empty") << QStringLiteral("0600") << QString();
    QTest::addRow("0666, empty") << QStringLiteral("0666") << QString();
    // A room of our name as the other user would have it, and one forged with our identity.
    QTest::addRow("0666, a room of the other user") << QStringLiteral("0666") << QStringLiteral("theirs");
    QTest::addRow("0666, a forgery of our room") << QStringLiteral("0666") << QStringLiteral("forged");
}

// Another user creates a segment at our room's System V key before any of our members (an
// attacker who guessed the key, or another user's program whose key collides). Our members
// must not use it, show it or change it; they move the room's key and meet each other there.
void tst_OtherUsers::plantedSegmentIsAvoided()
{
    QFETCH(QString, mode);
    QFETCH(QString, payload);
    if (!m_problem.isEmpty())
        QSKIP(qPrintable(m_problem));
#if !defined(SHMCHAT_TEST_SYSV)
    QSKIP("plants System V segments with the tests' System V helpers (sysvtest.h), which are written for Linux");
#else
    // The room's key folder, as the first member would make it; its key is planted first.
    QVERIFY(ShmChat::Platform::ensurePrivateFolder(ShmChat::Rendezvous::userFolder()).error == ShmChat::Platform::FolderError::None);
    QVERIFY(ShmChat::Platform::ensurePrivateFolder(keyFolderOf(m_room)).error == ShmChat::Platform::FolderError::None);
    const qint64 plantedKey = sysvKeyOf(m_room);
    QStringList arguments{ QStringLiteral("squat"), QStringLiteral("--sysv-key"), QString::number(plantedKey),
                           QStringLiteral("--mode"), mode, QStringLiteral("--max-seconds"), QStringLiteral("60") };
    if (!payload.isEmpty())
        arguments << QStringLiteral("--payload") << m_room;
    if (payload == QLatin1String("forged"))
        arguments << QStringLiteral("--forge-user") << ShmChat::Platform::userIdentity();
    QProcess *squatter = startAsOther(m_squatter, arguments);
    QVERIFY2(waitForLine(squatter, QProcess::StandardOutput, 20000), squatter->readAllStandardError().constData());
    const QList<QByteArray> ready = squatter->readLine().trimmed().split(' ');
    QCOMPARE(ready.value(0), QByteArray("ready"));
    const int shmid = ready.value(2).toInt();
    m_planted << shmid;
    struct shmid_ds ds;
    QCOMPARE(::shmctl(shmid, IPC_STAT, &ds), 0);
    QCOMPARE(qint64(ds.shm_perm.uid), m_other.uid());
    const auto digest = [shmid] {
        void *memory = ::shmat(shmid, nullptr, SHM_RDONLY);
        if (memory == reinterpret_cast<void *>(-1))
            return QByteArray();
        const QByteArray bytes(static_cast<const char *>(memory), ShmChat::Layout::SegmentSize);
        ::shmdt(memory);
        return QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
    };
    const QByteArray before = digest();

    // Our first member joins at once, somewhere else; a second one meets it there.
    QElapsedTimer timer;
    timer.start();
    QProcess *first = startListener(QStringLiteral("first"));
    QVERIFY2(timer.elapsed() < 3000, "joining must not wait out a planted segment");
    QVERIFY2(sysvKeyOf(m_room) != plantedKey, "the room stayed on the planted key");
    QVERIFY(send(QStringLiteral("hello first")));
    QVERIFY(waitForLine(first, QProcess::StandardOutput, 5000));
    const QByteArray line = first->readLine();
    QCOMPARE(QJsonDocument::fromJson(line).object().value(QStringLiteral("text")).toString(), QStringLiteral("hello first"));
    QVERIFY2(!line.contains("ATTACKER"), line.constData());
    QVERIFY(!first->readAllStandardError().contains("another user"));

    // The planted segment was left exactly as it was.
    QCOMPARE(digest(), before);
    QCOMPARE(::shmctl(shmid, IPC_STAT, &ds), 0);
    QCOMPARE(qint64(ds.shm_perm.uid), m_other.uid());
#endif
}

QTEST_GUILESS_MAIN(tst_OtherUsers)
#include "tst_otherusers.moc"
