// Rooms are private to their user, and nothing is left behind.
//
// A. Other users (Unix; needs root to create a second user, "shmchat-other"): another user can
//    neither attach to our room nor see it under the same name, and a room squatted by another
//    user (key file and segment created first, 0600 or 0666, even holding a valid-looking room)
//    is refused at once, with a reason, without showing its contents.
// B. No leaks (System V on Linux, read from /proc/sysvipc): 200 listeners killed with SIGKILL
//    leave a bounded set of kernel objects and key files, not one per kill; listeners that leave
//    normally leave no segment and no key file.
//
// Every run works in a private temp folder (TMPDIR, sticky and world-writable like /tmp), so
// that key files can be counted exactly and removed afterwards. Kernel objects are system-wide:
// those of other programs running meanwhile are told apart by the ftok key of our key files and
// by the pids of the processes this test started.
#include "processtest.h"
#include "roomsegment_p.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QRandomGenerator>
#include <QtCore/QSet>
#include <QtCore/QSharedMemory>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include <memory>
#include <vector>

#if defined(Q_OS_UNIX)
#  include <signal.h>
#  include <sys/stat.h>
#  include <unistd.h>
#endif
#if defined(Q_OS_LINUX) && !defined(QT_POSIX_IPC)
#  include <sys/ipc.h>
#  include <sys/sem.h>
#  include <sys/shm.h>
#  define SHMCHAT_TEST_SYSV 1
#endif

namespace {

constexpr char OtherUser[] = "shmchat-other";

// One line of /proc/sysvipc/shm or /proc/sysvipc/sem.
struct SysvObject
{
    int key = 0;
    int id = -1;
    uint perms = 0;
    qint64 uid = -1;
    qint64 cpid = 0;   // shm only: creator; for semaphores, the last pid to operate on it
    qint64 lpid = 0;   // shm only
    qint64 nattch = 0; // shm only
};

struct Leftovers
{
    QList<SysvObject> segments;
    QList<SysvObject> semaphores;
    QStringList keyFiles;
};

// Waits until the listener printed its own join line (it reads its own join from the ring).
bool waitForOwnJoin(QProcess *listener, const QString &name, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (TestSupport::waitForLine(listener, QProcess::StandardOutput, int(deadline.remainingTime()))) {
        const QJsonObject line = QJsonDocument::fromJson(listener->readLine()).object();
        if (line.value(QStringLiteral("kind")).toString() == QLatin1String("join")
            && line.value(QStringLiteral("from")).toString() == name)
            return true;
    }
    return false;
}

QString nativeKeyFile(const QString &key)
{
    QSharedMemory shm;
    ShmChat::RoomSegment::applyKey(shm, key);
    return shm.nativeKey();
}

#if defined(Q_OS_UNIX)
QString findRunuser()
{
    QString found = QStandardPaths::findExecutable(QStringLiteral("runuser"));
    if (found.isEmpty()) {
        found = QStandardPaths::findExecutable(QStringLiteral("runuser"),
                                               { QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                                                 QStringLiteral("/usr/bin"), QStringLiteral("/bin") });
    }
    return found;
}

int runQuietly(const QString &program, const QStringList &arguments, QByteArray *output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished(5000);
        return -1;
    }
    if (output)
        *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}
#endif

#ifdef SHMCHAT_TEST_SYSV
QList<SysvObject> readSysv(const QString &path)
{
    QList<SysvObject> objects;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return objects;
    const QList<QByteArray> header = file.readLine().simplified().split(' ');
    const qsizetype keyAt = header.indexOf("key");
    qsizetype idAt = header.indexOf("shmid");
    if (idAt < 0)
        idAt = header.indexOf("semid");
    const qsizetype permsAt = header.indexOf("perms");
    const qsizetype uidAt = header.indexOf("uid");
    const qsizetype cpidAt = header.indexOf("cpid");
    const qsizetype lpidAt = header.indexOf("lpid");
    const qsizetype nattchAt = header.indexOf("nattch");
    const bool semaphores = header.contains("semid");
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().simplified().split(' ');
        if (fields.size() < header.size() || keyAt < 0 || idAt < 0)
            continue;
        SysvObject object;
        object.key = fields.at(keyAt).toInt();
        object.id = fields.at(idAt).toInt();
        object.perms = fields.at(permsAt).toUInt(nullptr, 8);
        object.uid = fields.at(uidAt).toLongLong();
        if (cpidAt >= 0)
            object.cpid = fields.at(cpidAt).toLongLong();
        if (lpidAt >= 0)
            object.lpid = fields.at(lpidAt).toLongLong();
        if (nattchAt >= 0)
            object.nattch = fields.at(nattchAt).toLongLong();
        if (semaphores) {
            // No creator pid there; the last pid to operate on it (semop, SETVAL) will do.
            const int pid = ::semctl(object.id, 0, GETPID);
            object.cpid = pid < 0 ? 0 : pid;
        }
        objects << object;
    }
    return objects;
}

QString describe(const QList<SysvObject> &objects)
{
    QStringList parts;
    for (const SysvObject &object : objects) {
        parts << QStringLiteral("{id %1 key 0x%2 perms %3 uid %4 pid %5 nattch %6}")
                     .arg(object.id).arg(uint(object.key), 8, 16, QLatin1Char('0'))
                     .arg(object.perms, 3, 8, QLatin1Char('0')).arg(object.uid).arg(object.cpid)
                     .arg(object.nattch);
    }
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QLatin1Char(' '));
}
#endif

} // namespace

class tst_Isolation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    // A. other users
    void otherUserCannotAttach();
    void otherUserHasItsOwnRoom();
    void squattedKeyFileAloneIsRefused();
    void squattedRoomIsRefused_data();
    void squattedRoomIsRefused();
    // B. leaks
    void killedListenersLeaveBoundedLeftovers();
    void listenersLeavingNormallyLeaveNothing();

private:
    bool requireOtherUser();
    QProcess *start(const QString &program, const QStringList &arguments);
    QProcess *startCli(const QStringList &arguments);
    QProcess *startAsOther(const QString &program, const QStringList &arguments);
    QProcess *startListener(const QString &name);
    void stop(QProcess *process);
    QJsonObject runProbe(const QString &key);
    Leftovers leftoversSince(const QSet<int> &shmBefore, const QSet<int> &semBefore) const;
    QSet<int> currentIds(const QString &path) const;
    void removeOurObjects();

    QString m_room;
    std::vector<std::unique_ptr<QProcess>> m_processes;
    QSet<qint64> m_pids;       // every process we started, to recognise their kernel objects
    QSet<int> m_shmAtStart;    // objects that existed before we started: never ours
    QSet<int> m_semAtStart;
    QList<int> m_squatSegments;

#if defined(Q_OS_UNIX)
    // Under /tmp, not under $TMPDIR: the other user must be able to reach it.
    QTemporaryDir m_tempDir{ QStringLiteral("/tmp/shmchat-isolation-XXXXXX") };
#else
    QTemporaryDir m_tempDir;
#endif
    QString m_cli;
    QString m_squatter;
    QString m_runuser;
    bool m_root = false;
    QString m_otherUserProblem; // empty when the second user is ready
    qint64 m_otherUid = -1;
};

void tst_Isolation::initTestCase()
{
    QVERIFY2(m_tempDir.isValid(), qPrintable(m_tempDir.errorString()));
#if defined(Q_OS_UNIX)
    // Like /tmp: everybody may create files there, nobody may remove another user's files.
    QCOMPARE(::chmod(QFile::encodeName(m_tempDir.path()).constData(), 01777), 0);
    m_root = ::geteuid() == 0;
    // QDir::tempPath() follows TMPDIR at each call, here and in every process we start.
    qputenv("TMPDIR", QFile::encodeName(m_tempDir.path()));
    QCOMPARE(QDir::tempPath(), QDir::cleanPath(m_tempDir.path()));
#endif
    qputenv("SHMCHAT_LANG", "en");
    m_cli = QStringLiteral(SHMCHAT_CLI);
    m_squatter = QStringLiteral(SHMCHAT_SQUATTER);
    QVERIFY(QFileInfo(m_cli).isExecutable());
    QVERIFY(QFileInfo(m_squatter).isExecutable());
    m_pids.insert(QCoreApplication::applicationPid());
    m_shmAtStart = currentIds(QStringLiteral("/proc/sysvipc/shm"));
    m_semAtStart = currentIds(QStringLiteral("/proc/sysvipc/sem"));

#if defined(Q_OS_UNIX)
    if (!m_root) {
        m_otherUserProblem = QStringLiteral("needs root to create a second user (%1) and run programs as it")
                                 .arg(QLatin1String(OtherUser));
        return;
    }
    m_runuser = findRunuser();
    if (m_runuser.isEmpty()) {
        m_otherUserProblem = QStringLiteral("runuser (util-linux) not found");
        return;
    }
    const QString user = QLatin1String(OtherUser);
    if (runQuietly(QStringLiteral("id"), { user }) != 0) {
        QByteArray output;
        const QString useradd = QStandardPaths::findExecutable(
            QStringLiteral("useradd"), { QStringLiteral("/usr/sbin"), QStringLiteral("/sbin") });
        if (useradd.isEmpty()
            || runQuietly(useradd, { QStringLiteral("--system"), QStringLiteral("--no-create-home"),
                                     QStringLiteral("--shell"), QStringLiteral("/usr/sbin/nologin"), user },
                          &output) != 0) {
            m_otherUserProblem = QStringLiteral("cannot create user %1: %2").arg(user, QString::fromLocal8Bit(output));
            return;
        }
    }
    QByteArray uid;
    if (runQuietly(QStringLiteral("id"), { QStringLiteral("-u"), user }, &uid) != 0) {
        m_otherUserProblem = QStringLiteral("id -u %1 failed").arg(user);
        return;
    }
    m_otherUid = uid.trimmed().toLongLong();
    if (m_otherUid <= 0) {
        m_otherUserProblem = QStringLiteral("bad uid for %1: %2").arg(user, QString::fromLatin1(uid));
        return;
    }
    // The other user must be able to run our binaries; if the build folder is closed to it,
    // run copies from a folder it can read.
    const auto otherCanRun = [&](const QString &binary) {
        return runQuietly(m_runuser, { QStringLiteral("-u"), user, QStringLiteral("--"), QStringLiteral("test"),
                                       QStringLiteral("-x"), binary }) == 0;
    };
    if (!otherCanRun(m_cli) || !otherCanRun(m_squatter)) {
        const QString bin = m_tempDir.filePath(QStringLiteral("bin"));
        QVERIFY(QDir().mkpath(bin));
        QCOMPARE(::chmod(QFile::encodeName(bin).constData(), 0755), 0);
        for (QString *binary : { &m_cli, &m_squatter }) {
            const QString copy = bin + QLatin1Char('/') + QFileInfo(*binary).fileName();
            QVERIFY(QFile::copy(*binary, copy));
            QCOMPARE(::chmod(QFile::encodeName(copy).constData(), 0755), 0);
            *binary = copy;
        }
        QVERIFY2(otherCanRun(m_cli) && otherCanRun(m_squatter), "the other user cannot run the copies");
        qInfo("%s cannot run the binaries where they are built; using copies in %s", OtherUser, qPrintable(bin));
    }
    qInfo("second user %s, uid %lld; runuser %s", OtherUser, m_otherUid, qPrintable(m_runuser));
#else
    m_otherUserProblem = QStringLiteral("needs a Unix system with runuser");
#endif
}

void tst_Isolation::init()
{
    m_room = TestSupport::uniqueRoom("iso");
}

void tst_Isolation::cleanup()
{
    // Nothing may outlive a test: no process, no segment, no semaphore, no key file.
    for (auto &process : m_processes) {
        if (process->state() != QProcess::NotRunning)
            stop(process.get());
    }
    m_processes.clear();
    ShmChat::RoomSegment::removeIfUnused(m_room);
    removeOurObjects();
}

void tst_Isolation::cleanupTestCase()
{
    removeOurObjects();
}

bool tst_Isolation::requireOtherUser()
{
    return m_otherUserProblem.isEmpty();
}

QProcess *tst_Isolation::start(const QString &program, const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::SeparateChannels);
    process->start(program, arguments);
    if (!process->waitForStarted(5000))
        qFatal("cannot start %s", qPrintable(program));
    m_pids.insert(process->processId());
    m_processes.push_back(std::move(process));
    return m_processes.back().get();
}

QProcess *tst_Isolation::startCli(const QStringList &arguments)
{
    return start(m_cli, arguments);
}

QProcess *tst_Isolation::startAsOther(const QString &program, const QStringList &arguments)
{
    return start(m_runuser, QStringList{ QStringLiteral("-u"), QLatin1String(OtherUser), QStringLiteral("--"), program }
                                + arguments);
}

QProcess *tst_Isolation::startListener(const QString &name)
{
    return startCli({ QStringLiteral("listen"), QStringLiteral("--room"), m_room, QStringLiteral("--name"), name });
}

// Kills a process and what it started (runuser's child runs as the other user and would not
// die with runuser).
void tst_Isolation::stop(QProcess *process)
{
#if defined(Q_OS_LINUX)
    const qint64 pid = process->processId();
    QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(pid));
    if (pid > 0 && children.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> pids = children.readAll().simplified().split(' ');
        for (const QByteArray &child : pids) {
            if (child.toLongLong() > 0) {
                m_pids.insert(child.toLongLong());
                ::kill(pid_t(child.toLongLong()), SIGKILL);
            }
        }
    }
#endif
    process->kill();
    process->waitForFinished(5000);
}

QJsonObject tst_Isolation::runProbe(const QString &key)
{
    QProcess *probe = startAsOther(m_squatter, { QStringLiteral("probe"), QStringLiteral("--key"), key });
    if (!probe->waitForFinished(20000)) {
        qWarning("the probe did not finish");
        return {};
    }
    const QByteArray out = probe->readAllStandardOutput();
    const QByteArray err = probe->readAllStandardError();
    if (probe->exitCode() != 0 || !err.isEmpty())
        qWarning("probe: exit %d, stderr %s", probe->exitCode(), err.constData());
    return QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
}

QSet<int> tst_Isolation::currentIds(const QString &path) const
{
    QSet<int> ids;
#ifdef SHMCHAT_TEST_SYSV
    for (const SysvObject &object : readSysv(path))
        ids.insert(object.id);
#else
    Q_UNUSED(path);
#endif
    return ids;
}

// Our objects that were not there before: keyed by one of our key files, or made or last used
// by a process we started. Other programs running meanwhile are not counted. (Keys recorded
// earlier would not do: Qt deletes and re-creates the semaphore's key file, and another
// program's new file may get the old inode, hence the old ftok key.)
Leftovers tst_Isolation::leftoversSince(const QSet<int> &shmBefore, const QSet<int> &semBefore) const
{
    Leftovers result;
#ifdef SHMCHAT_TEST_SYSV
    QSet<int> keys;
    const QFileInfoList files = QDir(m_tempDir.path()).entryInfoList({ QStringLiteral("qipc_*") }, QDir::Files);
    for (const QFileInfo &file : files) {
        result.keyFiles << file.fileName();
        const key_t unixKey = ::ftok(QFile::encodeName(file.filePath()).constData(), 'Q');
        if (unixKey != -1)
            keys.insert(int(unixKey));
    }
    for (const SysvObject &object : readSysv(QStringLiteral("/proc/sysvipc/shm"))) {
        if (!shmBefore.contains(object.id)
            && (keys.contains(object.key) || m_pids.contains(object.cpid) || m_pids.contains(object.lpid)))
            result.segments << object;
    }
    for (const SysvObject &object : readSysv(QStringLiteral("/proc/sysvipc/sem"))) {
        if (!semBefore.contains(object.id)
            && (keys.contains(object.key) || m_pids.contains(object.cpid)))
            result.semaphores << object;
    }
#else
    Q_UNUSED(shmBefore);
    Q_UNUSED(semBefore);
#endif
    return result;
}

// Removes what this test left: segments nobody is attached to, semaphores, key files. Only
// objects that appeared after the test started, and are keyed by our private key files (ours
// or the other test user's) or were made or last used by a process we started, are touched.
void tst_Isolation::removeOurObjects()
{
#ifdef SHMCHAT_TEST_SYSV
    for (int id : std::as_const(m_squatSegments))
        ::shmctl(id, IPC_RMID, nullptr);
    m_squatSegments.clear();
    QSet<int> keys;
    const QFileInfoList files = QDir(m_tempDir.path()).entryInfoList({ QStringLiteral("qipc_*") }, QDir::Files);
    for (const QFileInfo &file : files) {
        const key_t unixKey = ::ftok(QFile::encodeName(file.filePath()).constData(), 'Q');
        if (unixKey != -1)
            keys.insert(int(unixKey));
    }
    const auto ours = [&](const SysvObject &object) {
        const bool byUs = m_pids.contains(object.cpid) || m_pids.contains(object.lpid);
        return byUs || (keys.contains(object.key) && (object.uid == m_otherUid || object.cpid == 0));
    };
    for (const SysvObject &object : readSysv(QStringLiteral("/proc/sysvipc/shm"))) {
        if (!m_shmAtStart.contains(object.id) && ours(object) && object.nattch == 0)
            ::shmctl(object.id, IPC_RMID, nullptr);
    }
    for (const SysvObject &object : readSysv(QStringLiteral("/proc/sysvipc/sem"))) {
        if (!m_semAtStart.contains(object.id) && ours(object))
            ::semctl(object.id, 0, IPC_RMID);
    }
    for (const QFileInfo &file : files)
        QFile::remove(file.filePath());
#endif
}

// --- A. other users ---------------------------------------------------------------------------

void tst_Isolation::otherUserCannotAttach()
{
    if (!requireOtherUser())
        QSKIP(qPrintable(m_otherUserProblem));
    QProcess *owner = startListener(QStringLiteral("owner"));
    QVERIFY2(waitForOwnJoin(owner, QStringLiteral("owner"), 10000), owner->readAllStandardError().constData());

    // We run as the listener's user: this is its key. The other user aims at it directly.
    const QString key = ShmChat::RoomSegment::keyForRoom(m_room);
    QVERIFY(QFileInfo::exists(nativeKeyFile(key)));
    const QJsonObject probe = runProbe(key);
    const QByteArray text = QJsonDocument(probe).toJson(QJsonDocument::Compact);
    qInfo("other user attaching to our room: %s", text.constData());
    QVERIFY2(!probe.isEmpty(), "no answer from the probe");
    // Same key file as ours: the probe aimed at the right place.
    QCOMPARE(probe.value(QStringLiteral("native_key")).toString(), nativeKeyFile(key));
    QVERIFY2(probe.value(QStringLiteral("key_file_exists")).toBool(), text);
    QVERIFY2(!probe.value(QStringLiteral("attached")).toBool(), text);
    QVERIFY2(!probe.value(QStringLiteral("attached_read_only")).toBool(), text);
    QCOMPARE(probe.value(QStringLiteral("error")).toString(), QStringLiteral("PermissionDenied"));
    QCOMPARE(probe.value(QStringLiteral("error_read_only")).toString(), QStringLiteral("PermissionDenied"));
#ifdef SHMCHAT_TEST_SYSV
    // Below Qt's lock semaphore: the segment itself is closed to other users.
    QCOMPARE(probe.value(QStringLiteral("raw_shmget_errno")).toInt(), EACCES);
#endif

    // The owner did not notice anything and still works.
    QProcess *sender = startCli({ QStringLiteral("send"), QStringLiteral("--room"), m_room,
                                  QStringLiteral("--name"), QStringLiteral("me"), QStringLiteral("still here") });
    QVERIFY(sender->waitForFinished(10000));
    QCOMPARE(sender->exitCode(), 0);
    QVERIFY(TestSupport::waitForLine(owner, QProcess::StandardOutput, 5000));
    QCOMPARE(QJsonDocument::fromJson(owner->readLine()).object().value(QStringLiteral("text")).toString(),
             QStringLiteral("still here"));
}

void tst_Isolation::otherUserHasItsOwnRoom()
{
    if (!requireOtherUser())
        QSKIP(qPrintable(m_otherUserProblem));
    // Its key for the same room name differs from ours.
    QProcess *keyOfOther = startAsOther(m_squatter, { QStringLiteral("key"), QStringLiteral("--room"), m_room });
    QVERIFY(keyOfOther->waitForFinished(20000));
    QCOMPARE(keyOfOther->exitCode(), 0);
    const QString otherKey = QString::fromUtf8(keyOfOther->readAllStandardOutput().trimmed());
    const QString ourKey = ShmChat::RoomSegment::keyForRoom(m_room);
    QVERIFY(otherKey.startsWith(QLatin1String("shmc_")));
    QVERIFY2(otherKey != ourKey, qPrintable(otherKey));

    QProcess *owner = startListener(QStringLiteral("owner"));
    QVERIFY2(waitForOwnJoin(owner, QStringLiteral("owner"), 10000), owner->readAllStandardError().constData());
    const auto send = [&](const QString &text) {
        QProcess *sender = startCli({ QStringLiteral("send"), QStringLiteral("--room"), m_room,
                                      QStringLiteral("--name"), QStringLiteral("root"), text });
        return sender->waitForFinished(10000) && sender->exitStatus() == QProcess::NormalExit
            && sender->exitCode() == 0;
    };
    // Before it starts (in the history it asks for) and while it runs.
    QVERIFY(send(QStringLiteral("secret-before")));
    QElapsedTimer timer;
    timer.start();
    QProcess *spy = startAsOther(m_cli, { QStringLiteral("listen"), QStringLiteral("--room"), m_room,
                                          QStringLiteral("--history"), QStringLiteral("--count"), QStringLiteral("1"),
                                          QStringLiteral("--timeout"), QStringLiteral("2") });
    QTest::qWait(700);
    QVERIFY(send(QStringLiteral("secret-during")));
    QVERIFY(spy->waitForFinished(15000));
    const QByteArray spyOut = spy->readAllStandardOutput();
    const QByteArray spyErr = spy->readAllStandardError();
    qInfo("other user's listener: exit %d after %lld ms, stdout \"%s\", stderr \"%s\"", spy->exitCode(),
          timer.elapsed(), spyOut.constData(), spyErr.trimmed().constData());
    QCOMPARE(spy->exitStatus(), QProcess::NormalExit);
    QCOMPARE(spy->exitCode(), 1); // timed out: it joined its own, empty room
    QVERIFY2(spyOut.isEmpty(), spyOut.constData());
    QVERIFY2(spyErr.contains("timed out"), spyErr.constData());

    // Both messages were really sent, to our room.
    QStringList seen;
    while (seen.size() < 2 && TestSupport::waitForLine(owner, QProcess::StandardOutput, 5000))
        seen << QJsonDocument::fromJson(owner->readLine()).object().value(QStringLiteral("text")).toString();
    QCOMPARE(seen, QStringList({ QStringLiteral("secret-before"), QStringLiteral("secret-during") }));

    // Nor does what the other user sends under the same room name reach us.
    QProcess *intruder = startAsOther(m_cli, { QStringLiteral("send"), QStringLiteral("--room"), m_room,
                                               QStringLiteral("--name"), QStringLiteral("intruder"),
                                               QStringLiteral("from-other") });
    QVERIFY(intruder->waitForFinished(15000));
    QCOMPARE(intruder->exitCode(), 0); // delivered, to its own room
    QVERIFY(send(QStringLiteral("marker")));
    QVERIFY(TestSupport::waitForLine(owner, QProcess::StandardOutput, 5000));
    QCOMPARE(QJsonDocument::fromJson(owner->readLine()).object().value(QStringLiteral("text")).toString(),
             QStringLiteral("marker"));

    // And it cleaned up its own room when it left.
    QVERIFY(!QFileInfo::exists(nativeKeyFile(otherKey)));
}

void tst_Isolation::squattedKeyFileAloneIsRefused()
{
    if (!requireOtherUser())
        QSKIP(qPrintable(m_otherUserProblem));
#ifndef SHMCHAT_TEST_SYSV
    QSKIP("squatting a key file is a System V matter");
#else
    // Only the key file is planted. Our create() then succeeds; if we used the room, the next
    // newcomer after the planter removes the file would derive another key: a split room.
    const QString keyFile = nativeKeyFile(ShmChat::RoomSegment::keyForRoom(m_room));
    QVERIFY(!QFileInfo::exists(keyFile));
    QProcess *touch = startAsOther(QStringLiteral("/usr/bin/touch"), { keyFile });
    QVERIFY(touch->waitForFinished(10000));
    QCOMPARE(touch->exitCode(), 0);
    QCOMPARE(QFileInfo(keyFile).ownerId(), uint(m_otherUid));

    QProcess *victim = startCli({ QStringLiteral("listen"), QStringLiteral("--room"), m_room, QStringLiteral("--name"),
                                  QStringLiteral("victim"), QStringLiteral("--timeout"), QStringLiteral("3") });
    QVERIFY2(victim->waitForFinished(5000), "the victim hangs on a squatted key file");
    const QByteArray err = victim->readAllStandardError();
    QCOMPARE(victim->exitCode(), 2);
    QVERIFY2(victim->readAllStandardOutput().isEmpty(), "joined a room whose key file is another user's");
    QVERIFY2(err.contains("another user") && err.contains("key file"), err.constData());

    QFile::remove(keyFile); // QSharedMemory::detach() in the (root) victim may have removed it already
    QVERIFY(!QFileInfo::exists(keyFile));
    removeOurObjects();
    QProcess *owner = startListener(QStringLiteral("owner"));
    QVERIFY2(waitForOwnJoin(owner, QStringLiteral("owner"), 10000), owner->readAllStandardError().constData());
#endif
}

void tst_Isolation::squattedRoomIsRefused_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("segmentOnly");
    QTest::addColumn<QString>("reason");
    // The other user creates key file and segment (QSharedMemory::create), then fills it.
    QTest::addRow("key file and segment, 0600") << QStringLiteral("0600") << false << QStringLiteral("key file");
    QTest::addRow("key file and segment, 0666") << QStringLiteral("0666") << false << QStringLiteral("key file");
    // Our key file is there (left over, or an ftok collision); only the segment is theirs.
    QTest::addRow("segment only, 0600") << QStringLiteral("0600") << true << QStringLiteral("belongs to another user");
    QTest::addRow("segment only, 0666") << QStringLiteral("0666") << true << QStringLiteral("belongs to another user");
}

void tst_Isolation::squattedRoomIsRefused()
{
    QFETCH(QString, mode);
    QFETCH(bool, segmentOnly);
    QFETCH(QString, reason);
    if (!requireOtherUser())
        QSKIP(qPrintable(m_otherUserProblem));
#ifndef SHMCHAT_TEST_SYSV
    QSKIP("squatting a key file is a System V matter");
#else
    const QString key = ShmChat::RoomSegment::keyForRoom(m_room);
    const QString keyFile = nativeKeyFile(key);
    QVERIFY(!QFileInfo::exists(keyFile));
    if (segmentOnly) {
        // As QSharedMemory makes it: ours, 0640.
        QFile file(keyFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
    }

    QStringList arguments{ QStringLiteral("squat"), QStringLiteral("--key"), key, QStringLiteral("--mode"), mode,
                           QStringLiteral("--payload"), QStringLiteral("--max-seconds"), QStringLiteral("60") };
    if (segmentOnly)
        arguments << QStringLiteral("--segment-only");
    QProcess *squatter = startAsOther(m_squatter, arguments);
    QVERIFY2(TestSupport::waitForLine(squatter, QProcess::StandardOutput, 20000), squatter->readAllStandardError().constData());
    const QList<QByteArray> ready = squatter->readLine().trimmed().split(' ');
    QCOMPARE(ready.value(0), QByteArray("ready"));
    const qint64 squatterPid = ready.value(1).toLongLong();
    const int shmid = ready.value(2).toInt();
    QVERIFY(squatterPid > 0);
    m_pids.insert(squatterPid);
    m_squatSegments << shmid;

    // What the victim will find: the other user's segment, under our key, with their bytes.
    struct shmid_ds ds;
    QCOMPARE(::shmctl(shmid, IPC_STAT, &ds), 0);
    QCOMPARE(qint64(ds.shm_perm.uid), m_otherUid);
    QCOMPARE(uint(ds.shm_perm.mode & 0777), mode.toUInt(nullptr, 8));
    QCOMPARE(QFileInfo(keyFile).ownerId(), segmentOnly ? uint(::geteuid()) : uint(m_otherUid));
    const auto segmentDigest = [shmid] {
        void *memory = ::shmat(shmid, nullptr, SHM_RDONLY);
        if (memory == reinterpret_cast<void *>(-1))
            return QByteArray();
        const QByteArray bytes(static_cast<const char *>(memory), ShmChat::Layout::SegmentSize);
        ::shmdt(memory);
        return QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
    };
    const QByteArray before = segmentDigest();
    QVERIFY(!before.isEmpty());

    QElapsedTimer timer;
    timer.start();
    QProcess *victim = startCli({ QStringLiteral("listen"), QStringLiteral("--room"), m_room, QStringLiteral("--name"),
                                  QStringLiteral("victim"), QStringLiteral("--history"), QStringLiteral("--timeout"),
                                  QStringLiteral("3") });
    const bool finished = victim->waitForFinished(5000);
    const qint64 elapsed = timer.elapsed();
    const QByteArray out = victim->readAllStandardOutput();
    const QByteArray err = victim->readAllStandardError();
    qInfo("victim: exit %d after %lld ms, stdout \"%s\", stderr \"%s\"", victim->exitCode(), elapsed,
          out.constData(), err.trimmed().constData());
    QVERIFY2(finished, "the victim hangs on a squatted room");
    QVERIFY2(!out.contains("ATTACKER"), out.constData());
    QVERIFY2(out.isEmpty(), out.constData());
    QCOMPARE(victim->exitStatus(), QProcess::NormalExit);
    QCOMPARE(victim->exitCode(), 2); // could not join
    QVERIFY2(elapsed < 2500, "the refusal must come at once, not at the listener's timeout");
    QVERIFY2(err.contains("another user"), err.constData());
    QVERIFY2(err.contains(reason.toUtf8()), err.constData());

    // The victim left the squatted segment alone: not re-initialised, not written to.
    QCOMPARE(segmentDigest(), before);
    QCOMPARE(::shmctl(shmid, IPC_STAT, &ds), 0);
    QCOMPARE(qint64(ds.shm_perm.uid), m_otherUid);

    // Once the squatter is gone and its leftovers removed, the room works again.
    QCOMPARE(::kill(pid_t(squatterPid), SIGKILL), 0);
    QVERIFY(squatter->waitForFinished(10000));
    QCOMPARE(::shmctl(shmid, IPC_RMID, nullptr), 0);
    m_squatSegments.removeAll(shmid);
    removeOurObjects();
    QVERIFY(!QFileInfo::exists(keyFile));
    QProcess *owner = startListener(QStringLiteral("owner"));
    QVERIFY2(waitForOwnJoin(owner, QStringLiteral("owner"), 10000), owner->readAllStandardError().constData());
    QVERIFY(QFileInfo(keyFile).ownerId() == uint(::geteuid()));
#endif
}

// --- B. leaks --------------------------------------------------------------------------------

void tst_Isolation::killedListenersLeaveBoundedLeftovers()
{
#ifndef SHMCHAT_TEST_SYSV
    QSKIP("counts System V objects in /proc/sysvipc (Linux)");
#else
    constexpr int Cycles = 200;
    const QSet<int> shmBefore = currentIds(QStringLiteral("/proc/sysvipc/shm"));
    const QSet<int> semBefore = currentIds(QStringLiteral("/proc/sysvipc/sem"));
    const int globalShmBefore = int(shmBefore.size());
    const int globalSemBefore = int(semBefore.size());
    const Leftovers start = leftoversSince(shmBefore, semBefore);
    QVERIFY2(start.keyFiles.isEmpty(), qPrintable(start.keyFiles.join(QLatin1Char(' '))));

    int recovered = 0;
    QList<int> segmentsAt, semaphoresAt, filesAt;
    QElapsedTimer timer;
    timer.start();
    for (int cycle = 1; cycle <= Cycles; ++cycle) {
        const QString name = QStringLiteral("n%1").arg(cycle);
        QProcess *listener = startListener(name);
        const bool joined = waitForOwnJoin(listener, name, 5000);
                listener->kill(); // SIGKILL: no chance to leave
        QVERIFY(listener->waitForFinished(5000));
        const QByteArray err = listener->readAllStandardError();
        QVERIFY2(joined, qPrintable(QStringLiteral("cycle %1: no join line; stderr: %2").arg(cycle).arg(QString::fromUtf8(err))));
        if (err.contains("did not exit cleanly"))
            ++recovered;
        m_processes.clear(); // the QProcess objects are done with; keep memory flat
        if (cycle == 1 || cycle % 50 == 0) {
            const Leftovers now = leftoversSince(shmBefore, semBefore);
            segmentsAt << int(now.segments.size());
            semaphoresAt << int(now.semaphores.size());
            filesAt << int(now.keyFiles.size());
        }
    }
    const Leftovers after = leftoversSince(shmBefore, semBefore);
    const int globalShmAfter = int(currentIds(QStringLiteral("/proc/sysvipc/shm")).size());
    const int globalSemAfter = int(currentIds(QStringLiteral("/proc/sysvipc/sem")).size());
    qInfo("%d SIGKILL cycles in %lld ms; %d newcomers reported the stale room", Cycles, timer.elapsed(), recovered);
    const auto joined = [](const QList<int> &numbers) {
        QStringList texts;
        for (int n : numbers)
            texts << QString::number(n);
        return texts.join(QLatin1Char(','));
    };
    qInfo("ours after cycle 1, 50, 100, 150, 200: segments %s, semaphores %s, key files %s",
          qPrintable(joined(segmentsAt)), qPrintable(joined(semaphoresAt)), qPrintable(joined(filesAt)));
    qInfo("new segments %d: %s", int(after.segments.size()), qPrintable(describe(after.segments)));
    qInfo("new semaphores %d: %s", int(after.semaphores.size()), qPrintable(describe(after.semaphores)));
    qInfo("qipc files %d: %s", int(after.keyFiles.size()), qPrintable(after.keyFiles.join(QLatin1Char(' '))));
    qInfo("system-wide (other programs included): segments %d -> %d, semaphores %d -> %d", globalShmBefore,
          globalShmAfter, globalSemBefore, globalSemAfter);

    // The killed listeners' room is reused, not multiplied: each newcomer found it stale.
    QVERIFY2(recovered >= Cycles - 1 - Cycles / 20, qPrintable(QString::number(recovered)));
    QVERIFY2(after.segments.size() <= 1, qPrintable(describe(after.segments)));
    QVERIFY2(after.semaphores.size() <= 2, qPrintable(describe(after.semaphores)));
    QVERIFY2(after.keyFiles.size() <= 2, qPrintable(after.keyFiles.join(QLatin1Char(' '))));
    // The one segment left is the room itself, nobody attached.
    const key_t roomKey = ::ftok(QFile::encodeName(nativeKeyFile(ShmChat::RoomSegment::keyForRoom(m_room))).constData(), 'Q');
    for (const SysvObject &segment : after.segments) {
        QCOMPARE(segment.nattch, qint64(0));
        QCOMPARE(segment.key, int(roomKey));
    }
#endif
}

void tst_Isolation::listenersLeavingNormallyLeaveNothing()
{
#ifndef SHMCHAT_TEST_SYSV
    QSKIP("counts System V objects in /proc/sysvipc (Linux)");
#else
    const QSet<int> shmBefore = currentIds(QStringLiteral("/proc/sysvipc/shm"));
    const QSet<int> semBefore = currentIds(QStringLiteral("/proc/sysvipc/sem"));
    QVERIFY(leftoversSince(shmBefore, semBefore).keyFiles.isEmpty());

    // As after the cycles above: a room left behind by killed listeners...
    for (int cycle = 1; cycle <= 5; ++cycle) {
        const QString name = QStringLiteral("k%1").arg(cycle);
        QProcess *listener = startListener(name);
        QVERIFY(waitForOwnJoin(listener, name, 5000));
            listener->kill();
        QVERIFY(listener->waitForFinished(5000));
    }
    const Leftovers stale = leftoversSince(shmBefore, semBefore);
    qInfo("after 5 SIGKILL cycles: segments %s; semaphores %s; files %s", qPrintable(describe(stale.segments)),
          qPrintable(describe(stale.semaphores)), qPrintable(stale.keyFiles.join(QLatin1Char(' '))));
    QCOMPARE(stale.segments.size(), qsizetype(1));

    // ...then three listeners that leave normally (SIGTERM, which the CLI handles).
    const QStringList names{ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") };
    QList<QProcess *> listeners;
    for (const QString &name : names) {
        listeners << startListener(name);
        QVERIFY(waitForOwnJoin(listeners.last(), name, 5000));
    }
    const QString key = ShmChat::RoomSegment::keyForRoom(m_room);
    const key_t segmentKey = ::ftok(QFile::encodeName(nativeKeyFile(key)).constData(), 'Q');
    QVERIFY(segmentKey != -1);
    QProcess *who = startCli({ QStringLiteral("who"), QStringLiteral("--room"), m_room });
    QVERIFY(who->waitForFinished(10000));
    QCOMPARE(who->readAllStandardOutput().trimmed().split('\n').size(), 3);
    const auto attachedNow = [&] {
        for (const SysvObject &segment : readSysv(QStringLiteral("/proc/sysvipc/shm"))) {
            if (segment.key == int(segmentKey) && !shmBefore.contains(segment.id)
                && (m_pids.contains(segment.cpid) || m_pids.contains(segment.lpid)))
                return segment.nattch;
        }
        return qint64(-1);
    };
    QCOMPARE(attachedNow(), qint64(3));

    for (QProcess *listener : std::as_const(listeners))
        listener->terminate();
    for (QProcess *listener : std::as_const(listeners)) {
        QVERIFY(listener->waitForFinished(5000));
        QCOMPARE(listener->exitStatus(), QProcess::NormalExit);
        QCOMPARE(listener->exitCode(), 0);
    }

    const Leftovers after = leftoversSince(shmBefore, semBefore);
    qInfo("after a, b, c left: segments %d: %s", int(after.segments.size()), qPrintable(describe(after.segments)));
    qInfo("after a, b, c left: semaphores %d: %s", int(after.semaphores.size()), qPrintable(describe(after.semaphores)));
    qInfo("after a, b, c left: qipc files %d: %s", int(after.keyFiles.size()),
          qPrintable(after.keyFiles.join(QLatin1Char(' '))));
    // The room's segment and its key file are gone.
    QCOMPARE(attachedNow(), qint64(-1));
    QVERIFY2(after.segments.isEmpty(), qPrintable(describe(after.segments)));
    QVERIFY(!QFileInfo::exists(nativeKeyFile(key)));
    // Qt's own lock semaphore for the room: bounded whatever happens (reported above).
    QVERIFY2(after.semaphores.size() <= 1, qPrintable(describe(after.semaphores)));
    QVERIFY2(after.keyFiles.size() <= 1, qPrintable(after.keyFiles.join(QLatin1Char(' '))));
    for (const QString &file : after.keyFiles)
        QVERIFY2(file.startsWith(QLatin1String("qipc_systemsem_")), qPrintable(file));
#endif
}

QTEST_GUILESS_MAIN(tst_Isolation)
#include "tst_isolation.moc"
