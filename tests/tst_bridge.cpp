// shmchat-bridge against real nats-server processes (a single node, and a 3-node JetStream
// cluster), on loopback ports chosen free, each with its own storage folder in a temp dir, all
// stopped at the end. Machines are simulated with separate System V IPC and mount namespaces
// (each a holder process made by `unshare --ipc --mount` with a private tmpfs /dev/shm); bridges
// and shmchat-cli peers run inside with `nsenter`. Needs root (CI runs as root).
#include "bridge.h"

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QtTest>

#include <memory>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>

#include <nats/nats.h>

using namespace ShmChat;

namespace {

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

bool waitForPort(quint16 port, int msecs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < msecs) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    return false;
}

struct NatsNode
{
    QString name;
    quint16 port = 0;
    quint16 clusterPort = 0;
    QString storage;
    QStringList extra;
    std::unique_ptr<QProcess> process;

    QString url() const { return QStringLiteral("nats://127.0.0.1:%1").arg(port); }
};

struct Machine
{
    QString name;
    std::unique_ptr<QProcess> holder;
    std::unique_ptr<QProcess> bridge;
    QStringList bridgeArgs;
    QByteArray bridgeLog;
};

QList<QJsonObject> jsonLines(const QByteArray &output)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : output.split('\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    }
    return lines;
}

QStringList texts(const QList<QJsonObject> &lines)
{
    QStringList out;
    for (const QJsonObject &line : lines) {
        if (line.value(QStringLiteral("kind")).toString() == QLatin1String("text"))
            out.append(line.value(QStringLiteral("text")).toString());
    }
    return out;
}

} // namespace

class tst_Bridge : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void escapingAndIds();
    void twoMachinesChatBothWays();
    void threeMachinesNoLoopsNoDuplicates();
    void bridgeKilledAndRestarted();
    void lossBeyondTheStreamIsReportedExactly();
    void serverOutage();
    void clusterNodeKilled();
    void hostileMessagesDropped();
    void directMessagesStayOnTheirMachine();
    void secondBridgeRefused();
    void tlsAndCredentialsFile();

private:
    NatsNode *startNode(const QStringList &extra = {}, const QString &configText = QString());
    bool startProcess(NatsNode *node);
    void stopNode(NatsNode *node);
    Machine *machine(const QString &name);
    QProcess *startBridge(Machine *m, const QString &room, const QStringList &servers, const QStringList &extra = {},
                          bool waitConnected = true);
    QProcess *startIn(Machine *m, const QStringList &command);
    QByteArray runIn(Machine *m, const QStringList &command, int msecs = 30000);
    bool send(Machine *m, const QString &room, const QString &name, const QString &text);
    QList<QJsonObject> who(Machine *m, const QString &room);
    bool waitForMember(Machine *m, const QString &room, const QString &name, bool present, int msecs);
    QList<QJsonObject> history(Machine *m, const QString &room, int count, int seconds);
    bool waitForTexts(Machine *m, const QString &room, int count, int seconds);
    bool waitForBridgeLog(Machine *m, const QByteArray &text, int msecs);
    bool keepRoom(Machine *m, const QString &room, const QString &name);

    QTemporaryDir m_dir;
    QList<std::shared_ptr<NatsNode>> m_nodes;
    QList<std::shared_ptr<Machine>> m_machines;
    QList<std::shared_ptr<QProcess>> m_processes;
    int m_roomCounter = 0;
};

void tst_Bridge::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("needs root: machines are simulated with unshare --ipc --mount (CI runs as root)");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("nats-server"), { QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin") }).isEmpty()
                 || QFile::exists(QStringLiteral("/usr/sbin/nats-server")),
             "nats-server is not installed (scripts/install-deps.sh installs it)");
    QVERIFY(m_dir.isValid());
}

void tst_Bridge::cleanup()
{
    for (const auto &process : std::as_const(m_processes)) {
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(5000);
        }
    }
    m_processes.clear();
    for (const auto &m : std::as_const(m_machines)) {
        if (m->bridge && m->bridge->state() != QProcess::NotRunning) {
            m->bridge->terminate();
            if (!m->bridge->waitForFinished(5000)) {
                m->bridge->kill();
                m->bridge->waitForFinished(5000);
            }
        }
        // The holder's namespaces (and the rooms in them) die with it.
        m->holder->kill();
        m->holder->waitForFinished(5000);
    }
    m_machines.clear();
    for (const auto &node : std::as_const(m_nodes))
        stopNode(node.get());
    m_nodes.clear();
}

bool tst_Bridge::startProcess(NatsNode *node)
{
    node->process = std::make_unique<QProcess>();
    node->process->setProcessChannelMode(QProcess::MergedChannels);
    node->process->setStandardOutputFile(node->storage + QStringLiteral(".log"), QIODevice::Append);
    QStringList args{ QStringLiteral("-js"), QStringLiteral("-a"), QStringLiteral("127.0.0.1"),
                      QStringLiteral("-p"), QString::number(node->port), QStringLiteral("-sd"), node->storage,
                      QStringLiteral("-n"), node->name };
    args += node->extra;
    node->process->start(QStringLiteral("nats-server"), args);
    return node->process->waitForStarted(5000) && waitForPort(node->port, 10000);
}

NatsNode *tst_Bridge::startNode(const QStringList &extra, const QString &configText)
{
    auto node = std::make_shared<NatsNode>();
    node->name = QStringLiteral("n%1").arg(m_nodes.size());
    node->port = freePort();
    node->storage = m_dir.filePath(QStringLiteral("storage-%1-%2").arg(node->name).arg(node->port));
    QDir().mkpath(node->storage);
    node->extra = extra;
    if (!configText.isEmpty()) {
        const QString path = node->storage + QStringLiteral(".conf");
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(configText.toUtf8());
        node->extra += { QStringLiteral("-c"), path };
    }
    m_nodes.append(node);
    if (!startProcess(node.get()))
        return nullptr;
    return node.get();
}

void tst_Bridge::stopNode(NatsNode *node)
{
    if (!node->process || node->process->state() == QProcess::NotRunning)
        return;
    node->process->terminate();
    if (!node->process->waitForFinished(10000)) {
        node->process->kill();
        node->process->waitForFinished(5000);
    }
}

Machine *tst_Bridge::machine(const QString &name)
{
    auto m = std::make_shared<Machine>();
    m->name = name;
    m->holder = std::make_unique<QProcess>();
    // Only /dev/shm is made private before the machine's own tmpfs goes over it: a chroot's root
    // (scripts/qt68-rootfs.sh) is no mount point, so unshare cannot make the whole tree private
    // there. If /dev/shm cannot be made private, nothing is mounted (nothing leaks to the host).
    m->holder->start(QStringLiteral("unshare"),
                     { QStringLiteral("--ipc"), QStringLiteral("--mount"), QStringLiteral("--propagation"),
                       QStringLiteral("unchanged"), QStringLiteral("sh"), QStringLiteral("-c"),
                       QStringLiteral("mount --make-private /dev/shm && mount -t tmpfs tmpfs /dev/shm && exec sleep 100000") });
    if (!m->holder->waitForStarted(5000))
        return nullptr;
    // Ready once the shell has become the sleep (its /dev/shm mounted).
    const QString cmdline = QStringLiteral("/proc/%1/cmdline").arg(m->holder->processId());
    bool ready = false;
    for (int i = 0; i < 100 && !ready; ++i) {
        QFile file(cmdline);
        ready = file.open(QIODevice::ReadOnly) && file.readAll().startsWith("sleep");
        if (!ready)
            QThread::msleep(20);
    }
    m_machines.append(m); // stopped at the end either way
    if (!ready)
        qWarning("machine %s: %s", qPrintable(name), m->holder->readAllStandardError().constData());
    return ready ? m.get() : nullptr;
}

// nsenter's arguments for running a command on machine m. Entering a mount namespace also
// moves the root to that namespace's own: --root keeps the holder's, so that inside a chroot
// (scripts/qt68-rootfs.sh) the command is the chroot's build, not the host's file of that name.
static QStringList enterArgs(const Machine *m)
{
    return { QStringLiteral("-t"), QString::number(m->holder->processId()), QStringLiteral("--ipc"),
             QStringLiteral("--mount"), QStringLiteral("--root"), QStringLiteral("--wd") };
}

QProcess *tst_Bridge::startIn(Machine *m, const QStringList &command)
{
    auto process = std::make_shared<QProcess>();
    process->start(QStringLiteral("nsenter"), enterArgs(m) + command);
    process->waitForStarted(5000);
    m_processes.append(process);
    return process.get();
}

QByteArray tst_Bridge::runIn(Machine *m, const QStringList &command, int msecs)
{
    QProcess *process = startIn(m, command);
    process->waitForFinished(msecs);
    return process->readAllStandardOutput();
}

// A window that stays in the room, as people's windows do: the room (its ring, and the bridge's
// bookkeeping in its header) lives as long as someone is in it.
bool tst_Bridge::keepRoom(Machine *m, const QString &room, const QString &name)
{
    startIn(m, { QStringLiteral(SHMCHAT_CLI), QStringLiteral("listen"), QStringLiteral("--room"), room,
                 QStringLiteral("--name"), name, QStringLiteral("--timeout"), QStringLiteral("600") });
    return waitForMember(m, room, name, true, 10000);
}

QProcess *tst_Bridge::startBridge(Machine *m, const QString &room, const QStringList &servers, const QStringList &extra,
                                  bool waitConnected)
{
    m->bridgeArgs = QStringList{ QStringLiteral(SHMCHAT_BRIDGE), QStringLiteral("--room"), room,
                                 QStringLiteral("--server"), servers.join(QLatin1Char(',')),
                                 QStringLiteral("--machine"), m->name }
        + extra;
    m->bridge = std::make_unique<QProcess>();
    m->bridge->start(QStringLiteral("nsenter"), enterArgs(m) + m->bridgeArgs);
    m->bridge->waitForStarted(5000);
    // Ready once it holds the room and a server answered (or it gave up).
    if (waitConnected)
        waitForBridgeLog(m, "connected to other machines through", 30000);
    return m->bridge.get();
}

bool tst_Bridge::waitForBridgeLog(Machine *m, const QByteArray &text, int msecs)
{
    QElapsedTimer timer;
    timer.start();
    while (true) {
        m->bridgeLog += m->bridge->readAllStandardError();
        if (m->bridgeLog.contains(text))
            return true;
        if (timer.elapsed() > msecs || m->bridge->state() == QProcess::NotRunning)
            break;
        m->bridge->waitForReadyRead(100);
    }
    qWarning() << m->name << "bridge log:" << m->bridgeLog;
    return false;
}

bool tst_Bridge::send(Machine *m, const QString &room, const QString &name, const QString &text)
{
    QProcess *process = startIn(m, { QStringLiteral(SHMCHAT_CLI), QStringLiteral("send"), QStringLiteral("--room"), room,
                                     QStringLiteral("--name"), name, text });
    return process->waitForFinished(30000) && process->exitCode() == 0;
}

QList<QJsonObject> tst_Bridge::who(Machine *m, const QString &room)
{
    return jsonLines(runIn(m, { QStringLiteral(SHMCHAT_CLI), QStringLiteral("who"), QStringLiteral("--room"), room }));
}

bool tst_Bridge::waitForMember(Machine *m, const QString &room, const QString &name, bool present, int msecs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < msecs) {
        bool found = false;
        for (const QJsonObject &member : who(m, room))
            found = found || member.value(QStringLiteral("name")).toString() == name;
        if (found == present)
            return true;
        QThread::msleep(200);
    }
    return false;
}

// Everything the room holds, as an observer that replays the history: exits once `count` text
// messages (or loss reports) were printed, or after `seconds`.
QList<QJsonObject> tst_Bridge::history(Machine *m, const QString &room, int count, int seconds)
{
    return jsonLines(runIn(m,
                           { QStringLiteral(SHMCHAT_CLI), QStringLiteral("listen"), QStringLiteral("--room"), room,
                             QStringLiteral("--history"), QStringLiteral("--count"), QString::number(count),
                             QStringLiteral("--timeout"), QString::number(seconds) },
                           (seconds + 10) * 1000));
}

bool tst_Bridge::waitForTexts(Machine *m, const QString &room, int count, int seconds)
{
    return texts(history(m, room, count, seconds)).size() >= count;
}

void tst_Bridge::escapingAndIds()
{
    // Every valid room name maps to a token NATS accepts in subjects, stream and bucket names,
    // and two names never meet.
    const QStringList rooms{ QStringLiteral("a.b"), QStringLiteral("a_2Eb"), QStringLiteral("*"), QStringLiteral(">"),
                             QStringLiteral("two words"), QStringLiteral("日本"), QStringLiteral("a-b") };
    QSet<QByteArray> tokens;
    for (const QString &room : rooms) {
        const QByteArray token = Bridge::escapeToken(room);
        for (const char c : token)
            QVERIFY2(QByteArrayView("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_").contains(c), token.constData());
        tokens.insert(token);
    }
    QCOMPARE(tokens.size(), rooms.size());

    // A message's id is made of its origin machine, the room's generation and its sequence
    // number, and nothing else: sent again (after a bridge restart), it has the same id, and the
    // stream stores it once.
    Wire::Record record;
    record.seq = 42;
    record.name = QStringLiteral("alice");
    record.text = QStringLiteral("hi");
    QByteArray first;
    QByteArray again;
    QByteArray next;
    Bridge::encodeLocal(QStringLiteral("r"), QStringLiteral("my machine"), 0xabc, record, &first);
    QThread::msleep(5);
    Bridge::encodeLocal(QStringLiteral("r"), QStringLiteral("my machine"), 0xabc, record, &again);
    QCOMPARE(again, first);
    QCOMPARE(first, QByteArray("my_20machine.abc.42"));
    record.seq = 43;
    Bridge::encodeLocal(QStringLiteral("r"), QStringLiteral("my machine"), 0xabc, record, &next);
    QVERIFY(next != first);
}

void tst_Bridge::twoMachinesChatBothWays()
{
    NatsNode *node = startNode();
    QVERIFY(node);
    const QString room = QStringLiteral("team.a *>b c");
    Machine *a = machine(QStringLiteral("machineA"));
    Machine *b = machine(QStringLiteral("machineB"));
    QVERIFY(a && b);
    // A window joined on A before any bridge (carol keeps the room alive): what was said then
    // goes out too.
    startIn(a, { QStringLiteral(SHMCHAT_CLI), QStringLiteral("listen"), QStringLiteral("--room"), room,
                 QStringLiteral("--name"), QStringLiteral("carol"), QStringLiteral("--timeout"), QStringLiteral("300") });
    QVERIFY(waitForMember(a, room, QStringLiteral("carol"), true, 10000));
    QVERIFY(send(a, room, QStringLiteral("alice"), QStringLiteral("before the bridge")));
    startBridge(a, room, { node->url() });
    startBridge(b, room, { node->url() });
    // bob stays in B's room (a listener with a name is a member), and shows on A.
    QProcess *bob = startIn(b, { QStringLiteral(SHMCHAT_CLI), QStringLiteral("listen"), QStringLiteral("--room"), room,
                                 QStringLiteral("--name"), QStringLiteral("bob"), QStringLiteral("--count"),
                                 QStringLiteral("3"), QStringLiteral("--timeout"), QStringLiteral("60") });
    QVERIFY(waitForMember(a, room, QStringLiteral("bob"), true, 20000));
    bool marked = false;
    for (const QJsonObject &member : who(a, room))
        marked = marked || (member.value(QStringLiteral("name")) == QStringLiteral("bob") && member.value(QStringLiteral("machine")) == QStringLiteral("machineB"));
    QVERIFY2(marked, "bob is listed on A with his machine");

    QVERIFY(send(a, room, QStringLiteral("alice"), QStringLiteral("hello B")));
    QVERIFY(send(a, room, QStringLiteral("alice"), QStringLiteral("second from A")));
    QVERIFY(send(b, room, QStringLiteral("bob2"), QStringLiteral("hello A")));
    QVERIFY(bob->waitForFinished(60000));
    const QList<QJsonObject> bobSaw = jsonLines(bob->readAllStandardOutput());
    QStringList bobTexts = texts(bobSaw);
    QVERIFY2(bobTexts.contains(QStringLiteral("hello B")) && bobTexts.contains(QStringLiteral("second from A")),
             qPrintable(bobTexts.join(QLatin1Char('|'))));
    QVERIFY(bobTexts.indexOf(QStringLiteral("hello B")) < bobTexts.indexOf(QStringLiteral("second from A")));
    for (const QJsonObject &line : bobSaw) {
        if (line.value(QStringLiteral("text")) == QStringLiteral("hello B"))
            QCOMPARE(line.value(QStringLiteral("machine")).toString(), QStringLiteral("machineA"));
    }
    // A sees B's message, marked remote.
    const QList<QJsonObject> onA = history(a, room, 4, 30);
    QStringList aTexts = texts(onA);
    QVERIFY2(aTexts.contains(QStringLiteral("hello A")), qPrintable(aTexts.join(QLatin1Char('|'))));
    // A window joining on B later sees the room's history from both machines, each once.
    const QStringList onB = texts(history(b, room, 4, 30));
    QCOMPARE(onB.count(QStringLiteral("before the bridge")), 1);
    QCOMPARE(onB.count(QStringLiteral("hello B")), 1);
    QCOMPARE(onB.count(QStringLiteral("hello A")), 1);
    // bob's window is gone: he leaves A's member list within a few seconds.
    QVERIFY(waitForMember(a, room, QStringLiteral("bob"), false, 15000));
    // Join and leave notices crossed too.
    bool joinSeen = false;
    bool leaveSeen = false;
    for (const QJsonObject &line : history(a, room, 100, 3)) {
        if (line.value(QStringLiteral("from")) == QStringLiteral("bob") && line.value(QStringLiteral("machine")) == QStringLiteral("machineB")) {
            joinSeen = joinSeen || line.value(QStringLiteral("kind")) == QStringLiteral("join");
            leaveSeen = leaveSeen || line.value(QStringLiteral("kind")) == QStringLiteral("leave");
        }
    }
    QVERIFY(joinSeen);
    QVERIFY(leaveSeen);
}

void tst_Bridge::threeMachinesNoLoopsNoDuplicates()
{
    NatsNode *node = startNode();
    QVERIFY(node);
    const QString room = QStringLiteral("three");
    Machine *ms[3] = { machine(QStringLiteral("m1")), machine(QStringLiteral("m2")), machine(QStringLiteral("m3")) };
    for (Machine *m : ms)
        startBridge(m, room, { node->url() });
    for (int i = 0; i < 5; ++i) {
        for (int k = 0; k < 3; ++k)
            QVERIFY(send(ms[k], room, QStringLiteral("u%1").arg(k), QStringLiteral("m%1-%2").arg(k).arg(i)));
    }
    for (Machine *m : ms)
        QVERIFY(waitForTexts(m, room, 15, 30));
    // Give any loop time to show, then count again: each message exactly once, senders in order.
    QThread::sleep(3);
    for (Machine *m : ms) {
        const QStringList seen = texts(history(m, room, 100, 2));
        QCOMPARE(seen.size(), 15);
        for (int k = 0; k < 3; ++k) {
            int last = -1;
            for (int i = 0; i < 5; ++i) {
                const int at = seen.indexOf(QStringLiteral("m%1-%2").arg(k).arg(i));
                QVERIFY(at > last);
                last = at;
            }
        }
    }
}

void tst_Bridge::bridgeKilledAndRestarted()
{
    NatsNode *node = startNode();
    QVERIFY(node);
    const QString room = QStringLiteral("restart");
    Machine *a = machine(QStringLiteral("ma"));
    Machine *b = machine(QStringLiteral("mb"));
    QVERIFY(keepRoom(a, room, QStringLiteral("wa")));
    QVERIFY(keepRoom(b, room, QStringLiteral("wb")));
    startBridge(a, room, { node->url() });
    QProcess *bridgeB = startBridge(b, room, { node->url() });
    QVERIFY(send(a, room, QStringLiteral("alice"), QStringLiteral("a0")));
    QVERIFY(waitForTexts(b, room, 1, 20));
    QVERIFY(waitForMember(a, room, QStringLiteral("wb"), true, 15000));
    ::kill(pid_t(bridgeB->processId()), SIGKILL);
    QVERIFY(bridgeB->waitForFinished(5000));
    // B's members vanish from A within a few seconds of its bridge's death...
    QVERIFY(waitForMember(a, room, QStringLiteral("wb"), false, 15000));
    // ...and A's from B (the dead bridge listed them; B's windows remove them).
    QVERIFY(waitForMember(b, room, QStringLiteral("wa"), false, 15000));
    // Both sides write while B's bridge is dead.
    for (int i = 1; i <= 10; ++i)
        QVERIFY(send(a, room, QStringLiteral("alice"), QStringLiteral("a%1").arg(i)));
    for (int i = 0; i < 5; ++i)
        QVERIFY(send(b, room, QStringLiteral("bob"), QStringLiteral("b%1").arg(i)));
    startBridge(b, room, { node->url() });
    QVERIFY(waitForMember(a, room, QStringLiteral("wb"), true, 15000));
    QVERIFY(waitForTexts(b, room, 16, 30));
    QVERIFY(waitForTexts(a, room, 16, 30));
    QThread::sleep(2);
    for (Machine *m : { a, b }) {
        const QStringList seen = texts(history(m, room, 100, 2));
        QCOMPARE(seen.size(), 16);
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), 16);
        for (int i = 1; i < 5; ++i)
            QVERIFY(seen.indexOf(QStringLiteral("b%1").arg(i - 1)) < seen.indexOf(QStringLiteral("b%1").arg(i)));
    }
}

void tst_Bridge::lossBeyondTheStreamIsReportedExactly()
{
    NatsNode *node = startNode();
    QVERIFY(node);
    const QString room = QStringLiteral("small stream");
    Machine *a = machine(QStringLiteral("ma"));
    Machine *b = machine(QStringLiteral("mb"));
    QVERIFY(keepRoom(a, room, QStringLiteral("wa")));
    QVERIFY(keepRoom(b, room, QStringLiteral("wb")));
    const QStringList small{ QStringLiteral("--stream-max-messages"), QStringLiteral("5") };
    startBridge(a, room, { node->url() }, small);
    QProcess *bridgeB = startBridge(b, room, { node->url() }, small);
    QVERIFY(send(a, room, QStringLiteral("alice"), QStringLiteral("first")));
    QVERIFY(waitForTexts(b, room, 1, 20));
    bridgeB->terminate();
    QVERIFY(bridgeB->waitForFinished(10000));
    for (int i = 0; i < 12; ++i)
        QVERIFY(send(a, room, QStringLiteral("alice"), QStringLiteral("n%1").arg(i)));
    QThread::sleep(2); // A's bridge publishes all 12; the stream keeps the last 5
    startBridge(b, room, { node->url() }, small);
    // first + "7 missed" + the 5 the stream still holds
    const QList<QJsonObject> seen = history(b, room, 13, 30); // --count counts missed ones too
    quint64 missed = 0;
    for (const QJsonObject &line : seen) {
        if (line.value(QStringLiteral("kind")) == QStringLiteral("missed"))
            missed += quint64(line.value(QStringLiteral("count")).toInteger());
    }
    QCOMPARE(missed, quint64(7));
    const QStringList got = texts(seen);
    QCOMPARE(got, (QStringList{ QStringLiteral("first"), QStringLiteral("n7"), QStringLiteral("n8"), QStringLiteral("n9"),
                                QStringLiteral("n10"), QStringLiteral("n11") }));
}

void tst_Bridge::serverOutage()
{
    NatsNode *node = startNode();
    QVERIFY(node);
    const QString room = QStringLiteral("outage");
    Machine *a = machine(QStringLiteral("ma"));
    Machine *b = machine(QStringLiteral("mb"));
    startBridge(a, room, { node->url() });
    startBridge(b, room, { node->url() });
    QVERIFY(send(a, room, QStringLiteral("alice"), QStringLiteral("before")));
    QVERIFY(waitForTexts(b, room, 1, 20));
    stopNode(node);
    // Local chat goes on untouched while no server answers.
    QElapsedTimer outage;
    outage.start();
    for (int i = 0; i < 5; ++i)
        QVERIFY(send(a, room, QStringLiteral("alice"), QStringLiteral("during%1").arg(i)));
    QVERIFY(waitForTexts(a, room, 6, 10));
    // The bridge says so (and tells the windows through the room's header).
    QVERIFY(waitForBridgeLog(a, "not connected to other machines", 10000));
    QThread::msleep(quint64(qMax<qint64>(0, 10000 - outage.elapsed())));
    QVERIFY(startProcess(node));
    // What was written meanwhile arrives, in order, once.
    QVERIFY(waitForTexts(b, room, 6, 120));
    const QStringList seen = texts(history(b, room, 100, 2));
    QCOMPARE(seen, (QStringList{ QStringLiteral("before"), QStringLiteral("during0"), QStringLiteral("during1"),
                                 QStringLiteral("during2"), QStringLiteral("during3"), QStringLiteral("during4") }));
}

void tst_Bridge::clusterNodeKilled()
{
    // Three nodes with JetStream, routes between them, the room's stream kept in 3 copies.
    QList<quint16> clusterPorts{ freePort(), freePort(), freePort() };
    QStringList routes;
    for (quint16 port : clusterPorts)
        routes.append(QStringLiteral("nats://127.0.0.1:%1").arg(port));
    QList<NatsNode *> nodes;
    for (int i = 0; i < 3; ++i) {
        NatsNode *node = startNode({ QStringLiteral("--cluster_name"), QStringLiteral("shmchat"), QStringLiteral("--cluster"),
                                     QStringLiteral("nats://127.0.0.1:%1").arg(clusterPorts.at(i)), QStringLiteral("--routes"),
                                     routes.join(QLatin1Char(',')) });
        QVERIFY(node);
        nodes.append(node);
    }
    QThread::sleep(3); // the JetStream meta group elects a leader
    QStringList urls;
    for (NatsNode *node : nodes)
        urls.append(node->url());
    const QString room = QStringLiteral("cluster");
    Machine *a = machine(QStringLiteral("ma"));
    Machine *b = machine(QStringLiteral("mb"));
    const QStringList r3{ QStringLiteral("--replicas"), QStringLiteral("3") };
    startBridge(a, room, urls, r3);
    startBridge(b, room, { urls.at(2), urls.at(1), urls.at(0) }, r3);
    QVERIFY(send(a, room, QStringLiteral("alice"), QStringLiteral("c0")));
    QVERIFY(waitForTexts(b, room, 1, 60));
    stopNode(nodes.at(0));
    for (int i = 1; i <= 5; ++i)
        QVERIFY(send(a, room, QStringLiteral("alice"), QStringLiteral("c%1").arg(i)));
    QVERIFY(send(b, room, QStringLiteral("bob"), QStringLiteral("reply")));
    QVERIFY(waitForTexts(b, room, 7, 60));
    QVERIFY(waitForTexts(a, room, 7, 60));
    // Each machine: every message once, alice's in her order (bob's reply may come anywhere).
    for (Machine *m : { a, b }) {
        QStringList seen = texts(history(m, room, 100, 2));
        QCOMPARE(seen.size(), 7);
        QCOMPARE(seen.removeAll(QStringLiteral("reply")), qsizetype(1));
        QCOMPARE(seen, (QStringList{ QStringLiteral("c0"), QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3"),
                                     QStringLiteral("c4"), QStringLiteral("c5") }));
    }
}

void tst_Bridge::directMessagesStayOnTheirMachine()
{
    NatsNode *node = startNode();
    QVERIFY(node);
    const QString room = QStringLiteral("private");
    Machine *a = machine(QStringLiteral("ma"));
    QVERIFY(a);
    QVERIFY(keepRoom(a, room, QStringLiteral("carol")));
    startBridge(a, room, { node->url() });
    QProcess *direct = startIn(a, { QStringLiteral(SHMCHAT_CLI), QStringLiteral("send"), QStringLiteral("--room"), room,
                                    QStringLiteral("--name"), QStringLiteral("alice"), QStringLiteral("--to"),
                                    QStringLiteral("carol"), QStringLiteral("only for carol") });
    QVERIFY(direct->waitForFinished(30000) && direct->exitCode() == 0);
    // Published after the direct message: once it is in the stream, the bridge has passed over
    // the direct one.
    QVERIFY(send(a, room, QStringLiteral("alice"), QStringLiteral("for everybody")));

    natsConnection *nc = nullptr;
    QCOMPARE(natsConnection_ConnectTo(&nc, node->url().toUtf8().constData()), NATS_OK);
    jsCtx *js = nullptr;
    QCOMPARE(natsConnection_JetStream(&js, nc, nullptr), NATS_OK);
    const QByteArray stream = "SHMCHAT_" + Bridge::escapeToken(room);
    QByteArrayList bodies;
    bool markerSeen = false;
    QElapsedTimer timer;
    timer.start();
    while (!markerSeen && timer.elapsed() < 20000) {
        QThread::msleep(200);
        bodies.clear();
        jsStreamInfo *info = nullptr;
        if (js_GetStreamInfo(&info, js, stream.constData(), nullptr, nullptr) != NATS_OK)
            continue;
        const uint64_t first = info->State.FirstSeq;
        const uint64_t last = info->State.LastSeq;
        jsStreamInfo_Destroy(info);
        for (uint64_t seq = first; seq <= last && seq - first < 1000; ++seq) {
            natsMsg *msg = nullptr;
            if (js_GetMsg(&msg, js, stream.constData(), seq, nullptr, nullptr) != NATS_OK)
                continue;
            bodies.append(QByteArray(natsMsg_GetData(msg), natsMsg_GetDataLength(msg)));
            natsMsg_Destroy(msg);
        }
        for (const QByteArray &body : std::as_const(bodies))
            markerSeen = markerSeen || body.contains("for everybody");
    }
    jsCtx_Destroy(js);
    natsConnection_Destroy(nc);
    QVERIFY2(markerSeen, "the room's own message reached the stream");
    for (const QByteArray &body : std::as_const(bodies))
        QVERIFY2(!body.contains("only for carol"), body.constData());
}

void tst_Bridge::hostileMessagesDropped()
{
    NatsNode *node = startNode();
    QVERIFY(node);
    const QString room = QStringLiteral("hostile.room");
    Machine *b = machine(QStringLiteral("mb"));
    startBridge(b, room, { node->url() });
    QThread::sleep(2); // the bridge made the stream
    natsConnection *nc = nullptr;
    QCOMPARE(natsConnection_ConnectTo(&nc, node->url().toUtf8().constData()), NATS_OK);
    jsCtx *js = nullptr;
    QCOMPARE(natsConnection_JetStream(&js, nc, nullptr), NATS_OK);
    const QByteArray subject = "shmchat.room." + Bridge::escapeToken(room);
    const auto publish = [&](const QByteArray &body, const QByteArray &id) {
        jsPubOptions po;
        jsPubOptions_Init(&po);
        po.MsgId = id.isEmpty() ? nullptr : id.constData();
        jsPubAck *ack = nullptr;
        const natsStatus s = js_Publish(&ack, js, subject.constData(), body.constData(), int(body.size()), &po, nullptr);
        jsPubAck_Destroy(ack);
        return s == NATS_OK;
    };
    const auto body = [&](const QString &machine, const QString &name, const QString &text, int seq,
                          const QString &roomName) {
        const QByteArray id = Bridge::escapeToken(machine) + ".1." + QByteArray::number(seq);
        return std::make_pair(QJsonDocument(QJsonObject{ { QStringLiteral("room"), roomName },
                                                         { QStringLiteral("machine"), machine },
                                                         { QStringLiteral("gen"), QStringLiteral("1") },
                                                         { QStringLiteral("seq"), QString::number(seq) },
                                                         { QStringLiteral("kind"), QStringLiteral("text") },
                                                         { QStringLiteral("name"), name },
                                                         { QStringLiteral("text"), text },
                                                         { QStringLiteral("time"), 1 } })
                                  .toJson(QJsonDocument::Compact),
                              id);
    };
    const QString evil = QStringLiteral("evil");
    int seq = 0;
    auto p = body(evil, QStringLiteral("mallory"), QString(5000, QLatin1Char('x')), ++seq, room);
    QVERIFY(publish(p.first, p.second)); // over-long
    p = body(evil, QStringLiteral("mallory"), QStringLiteral("bell\x07 and escape\x1b[2J"), ++seq, room);
    QVERIFY(publish(p.first, p.second)); // control characters
    QVERIFY(publish(QByteArray("{\"room\":\"hostile.room\",\"text\":\"\xff\xfe\"}"), "evil.1.3")); // invalid UTF-8
    p = body(evil, QStringLiteral("mallory"), QStringLiteral("forged"), ++seq, room);
    QVERIFY(publish(p.first, "victim.1.99")); // id says another machine
    p = body(evil, QStringLiteral("mallory"), QStringLiteral("wrong room"), ++seq, QStringLiteral("other"));
    QVERIFY(publish(p.first, p.second));
    p = body(evil, QStringLiteral("mal\u202elory"), QStringLiteral("deceptive name"), ++seq, room);
    QVERIFY(publish(p.first, p.second));
    QVERIFY(publish(QByteArray("not json at all"), "x"));
    p = body(evil, QStringLiteral("mallory"), QStringLiteral("the only good one"), ++seq, room);
    QVERIFY(publish(p.first, p.second));
    jsCtx_Destroy(js);
    natsConnection_Destroy(nc);

    const QList<QJsonObject> seen = history(b, room, 2, 8);
    QCOMPARE(texts(seen), QStringList{ QStringLiteral("the only good one") });
    QCOMPARE(seen.first().value(QStringLiteral("machine")).toString(), evil);
    // Each one dropped was counted.
    QVERIFY(waitForBridgeLog(b, "7 dropped so far", 5000));
    b->bridge->terminate();
    QVERIFY(b->bridge->waitForFinished(10000));
}

void tst_Bridge::secondBridgeRefused()
{
    NatsNode *node = startNode();
    QVERIFY(node);
    const QString room = QStringLiteral("single");
    Machine *a = machine(QStringLiteral("ma"));
    startBridge(a, room, { node->url() });
    QThread::sleep(1);
    QProcess *second = startIn(a, { QStringLiteral(SHMCHAT_BRIDGE), QStringLiteral("--room"), room, QStringLiteral("--server"),
                                    node->url(), QStringLiteral("--machine"), QStringLiteral("ma") });
    QVERIFY(second->waitForFinished(15000));
    QCOMPARE(second->exitCode(), 2);
    QVERIFY2(second->readAllStandardError().contains("only one may run per room and machine"), "a clear message");
    QCOMPARE(a->bridge->state(), QProcess::Running);
}

void tst_Bridge::tlsAndCredentialsFile()
{
    // A certificate authority and a server certificate for 127.0.0.1, made here.
    const QString dir = m_dir.filePath(QStringLiteral("tls"));
    QDir().mkpath(dir);
    const auto openssl = [&](const QStringList &args) {
        QProcess p;
        p.setWorkingDirectory(dir);
        p.start(QStringLiteral("openssl"), args);
        return p.waitForFinished(30000) && p.exitCode() == 0;
    };
    QVERIFY(openssl({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                      QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                      QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                      QStringLiteral("/CN=shmchat test CA") }));
    QVERIFY(openssl({ QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                      QStringLiteral("-keyout"), QStringLiteral("server.key"), QStringLiteral("-out"), QStringLiteral("server.csr"),
                      QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1") }));
    QFile ext(dir + QStringLiteral("/ext.cnf"));
    QVERIFY(ext.open(QIODevice::WriteOnly));
    ext.write("subjectAltName=IP:127.0.0.1\n");
    ext.close();
    QVERIFY(openssl({ QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"),
                      QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                      QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), QStringLiteral("server.pem"),
                      QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-extfile"), QStringLiteral("ext.cnf") }));
    const QString config = QStringLiteral("tls {\n  cert_file: \"%1/server.pem\"\n  key_file: \"%1/server.key\"\n}\n"
                                          "authorization {\n  user: \"chat\"\n  password: \"s3cret-pass\"\n}\n")
                               .arg(dir);
    NatsNode *node = startNode({}, config);
    QVERIFY(node);
    const QString credentials = dir + QStringLiteral("/creds");
    QFile creds(credentials);
    QVERIFY(creds.open(QIODevice::WriteOnly));
    creds.write("chat:s3cret-pass\n");
    creds.close();
    const QString url = QStringLiteral("tls://127.0.0.1:%1").arg(node->port);
    const QString room = QStringLiteral("secure");
    Machine *a = machine(QStringLiteral("ma"));
    Machine *b = machine(QStringLiteral("mb"));
    const QStringList secure{ QStringLiteral("--tls-ca"), dir + QStringLiteral("/ca.pem"), QStringLiteral("--credentials"),
                              credentials };
    startBridge(a, room, { url }, secure);
    startBridge(b, room, { url }, secure);
    QVERIFY(send(a, room, QStringLiteral("alice"), QStringLiteral("over TLS")));
    QVERIFY(waitForTexts(b, room, 1, 30));
    // Without the password the server refuses: nothing crosses.
    Machine *c = machine(QStringLiteral("mc"));
    startBridge(c, room, { url }, { QStringLiteral("--tls-ca"), dir + QStringLiteral("/ca.pem") }, false);
    QVERIFY(!waitForTexts(c, room, 1, 5));
}

QTEST_GUILESS_MAIN(tst_Bridge)
#include "tst_bridge.moc"
