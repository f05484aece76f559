// shmchat-bridge-bench: cross-machine latency and throughput, window to window through two
// bridges and a nats-server, beside plain NATS publish/subscribe in the same run.
//
//   shmchat-bridge-bench [--count N]     (as root: machines are IPC + mount namespaces)
//
// It starts its own nats-server (JetStream, a free loopback port, a temp storage folder), two
// simulated machines (unshare --ipc --mount, each with a private /dev/shm), a bridge in each,
// and itself as a sender on one and a receiver on the other (nsenter); everything is stopped at
// the end. Roles (internal): --role send|receive --room R --count N [--pace-us U].
#include "ipcchannel.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtCore/QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <vector>

#include <nats/nats.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <unistd.h>

namespace {

qint64 nowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

struct Stats
{
    double p50Ms = 0;
    double p99Ms = 0;
    double perSecond = 0;
    qint64 received = 0;
};

double percentile(std::vector<qint64> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return double(values.at(size_t(p * double(values.size() - 1)))) / 1000.0;
}

quint16 freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length);
    ::close(fd);
    return ntohs(address.sin_port);
}

// --- roles, run inside a machine -------------------------------------------------------------

int sendRole(const QString &room, int count, int paceUs)
{
    IpcChannel channel;
    if (!channel.join(room, QStringLiteral("bench-sender"), IpcChannel::SkipHistory) || !channel.waitForJoined(10000))
        return 2;
    int sent = 0;
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        // Unpaced: as many as the outbox takes per turn of the event loop.
        const int burst = paceUs == 0 ? 64 : 1;
        for (int i = 0; i < burst && sent < count; ++i, ++sent)
            channel.sendMessage(QStringLiteral("%1 %2").arg(nowUs()).arg(sent));
        if (sent >= count) {
            timer.stop();
            QTimer::singleShot(3000, qApp, &QCoreApplication::quit); // let the outbox drain
        }
    });
    timer.start(paceUs / 1000);
    return QCoreApplication::exec();
}

int receiveRole(const QString &room, int count, int timeoutS)
{
    IpcChannel channel;
    if (!channel.join(room, QStringLiteral("bench-receiver"), IpcChannel::SkipHistory) || !channel.waitForJoined(10000))
        return 2;
    std::vector<qint64> latencies;
    qint64 firstUs = 0;
    qint64 lastUs = 0;
    QObject::connect(&channel, &IpcChannel::messagesReceived, [&](const QList<ChatMessage> &messages) {
        const qint64 now = nowUs();
        for (const ChatMessage &m : messages) {
            if (m.kind != ChatMessage::Kind::Text || m.machine.isEmpty())
                continue;
            latencies.push_back(now - m.text.section(QLatin1Char(' '), 0, 0).toLongLong());
            if (firstUs == 0)
                firstUs = now;
            lastUs = now;
        }
        if (int(latencies.size()) >= count)
            QCoreApplication::quit();
    });
    std::puts("ready");
    std::fflush(stdout);
    QTimer::singleShot(timeoutS * 1000, qApp, &QCoreApplication::quit);
    QCoreApplication::exec();
    const double seconds = double(lastUs - firstUs) / 1e6;
    const QJsonObject result{ { QStringLiteral("received"), qint64(latencies.size()) },
                              { QStringLiteral("p50_ms"), percentile(latencies, 0.5) },
                              { QStringLiteral("p99_ms"), percentile(latencies, 0.99) },
                              { QStringLiteral("per_s"), seconds > 0 ? double(latencies.size() - 1) / seconds : 0.0 } };
    std::puts(QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}

// --- plain NATS, in this process -------------------------------------------------------------

struct PlainSink
{
    std::mutex mutex;
    std::vector<qint64> latencies;
    std::atomic<int> count{ 0 };
    qint64 firstUs = 0;
    qint64 lastUs = 0;
};

void onPlain(natsConnection *, natsSubscription *, natsMsg *msg, void *closure)
{
    auto *sink = static_cast<PlainSink *>(closure);
    const qint64 now = nowUs();
    const qint64 sent = QByteArray(natsMsg_GetData(msg), natsMsg_GetDataLength(msg)).split(' ').value(0).toLongLong();
    {
        std::lock_guard<std::mutex> lock(sink->mutex);
        sink->latencies.push_back(now - sent);
        if (sink->firstUs == 0)
            sink->firstUs = now;
        sink->lastUs = now;
    }
    ++sink->count;
    natsMsg_Destroy(msg);
}

Stats plainNats(const QString &url, int count, int paceUs)
{
    natsConnection *pub = nullptr;
    natsConnection *sub = nullptr;
    natsConnection_ConnectTo(&pub, url.toUtf8().constData());
    natsConnection_ConnectTo(&sub, url.toUtf8().constData());
    PlainSink sink;
    natsSubscription *subscription = nullptr;
    natsConnection_Subscribe(&subscription, sub, "bench.plain", onPlain, &sink);
    natsSubscription_SetPendingLimits(subscription, -1, -1);
    natsConnection_Flush(sub);
    for (int i = 0; i < count; ++i) {
        const QByteArray body = QByteArray::number(nowUs()) + ' ' + QByteArray::number(i);
        natsConnection_Publish(pub, "bench.plain", body.constData(), int(body.size()));
        if (paceUs > 0) {
            natsConnection_Flush(pub);
            QThread::usleep(ulong(paceUs));
        }
    }
    natsConnection_Flush(pub);
    QElapsedTimer timer;
    timer.start();
    while (sink.count.load() < count && timer.elapsed() < 30000)
        QThread::msleep(5);
    natsSubscription_Destroy(subscription);
    natsConnection_Destroy(pub);
    natsConnection_Destroy(sub);
    Stats stats;
    std::lock_guard<std::mutex> lock(sink.mutex);
    stats.received = qint64(sink.latencies.size());
    stats.p50Ms = percentile(sink.latencies, 0.5);
    stats.p99Ms = percentile(sink.latencies, 0.99);
    const double seconds = double(sink.lastUs - sink.firstUs) / 1e6;
    stats.perSecond = seconds > 0 ? double(stats.received - 1) / seconds : 0;
    return stats;
}

// --- the orchestra ---------------------------------------------------------------------------

struct Machine
{
    QProcess holder;
    QProcess bridge;
};

QStringList enter(const Machine &m)
{
    return { QStringLiteral("-t"), QString::number(m.holder.processId()), QStringLiteral("--ipc"), QStringLiteral("--mount") };
}

Stats throughBridges(Machine &a, Machine &b, const QString &room, int count, int paceUs)
{
    QProcess receiver;
    receiver.start(QStringLiteral("nsenter"), enter(b) + QStringList{ QCoreApplication::applicationFilePath(), QStringLiteral("--role"),
                                                                      QStringLiteral("receive"), QStringLiteral("--room"), room,
                                                                      QStringLiteral("--count"), QString::number(count) });
    receiver.waitForReadyRead(15000); // "ready"
    receiver.readLine();
    QThread::sleep(3); // the receiver is listed on A as well
    QProcess sender;
    sender.start(QStringLiteral("nsenter"), enter(a) + QStringList{ QCoreApplication::applicationFilePath(), QStringLiteral("--role"),
                                                                    QStringLiteral("send"), QStringLiteral("--room"), room,
                                                                    QStringLiteral("--count"), QString::number(count),
                                                                    QStringLiteral("--pace-us"), QString::number(paceUs) });
    receiver.waitForFinished(180000);
    sender.waitForFinished(30000);
    const QJsonObject o = QJsonDocument::fromJson(receiver.readAllStandardOutput().trimmed()).object();
    Stats stats;
    stats.received = o.value(QStringLiteral("received")).toInteger();
    stats.p50Ms = o.value(QStringLiteral("p50_ms")).toDouble();
    stats.p99Ms = o.value(QStringLiteral("p99_ms")).toDouble();
    stats.perSecond = o.value(QStringLiteral("per_s")).toDouble();
    return stats;
}

void stop(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

int orchestrate(int count)
{
    if (::geteuid() != 0) {
        std::fputs("shmchat-bridge-bench: needs root (machines are simulated with unshare --ipc --mount)\n", stderr);
        return 2;
    }
    QTemporaryDir dir;
    const quint16 port = freePort();
    const QString url = QStringLiteral("nats://127.0.0.1:%1").arg(port);
    QProcess server;
    server.setStandardOutputFile(dir.filePath(QStringLiteral("server.log")));
    server.setStandardErrorFile(dir.filePath(QStringLiteral("server.log")), QIODevice::Append);
    server.start(QStringLiteral("nats-server"), { QStringLiteral("-js"), QStringLiteral("-a"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                                                  QString::number(port), QStringLiteral("-sd"), dir.filePath(QStringLiteral("js")) });
    if (!server.waitForStarted(5000)) {
        std::fputs("shmchat-bridge-bench: cannot start nats-server\n", stderr);
        return 2;
    }
    QThread::sleep(1);
    Machine machines[2];
    const char *names[2] = { "bench-a", "bench-b" };
    const QString room = QStringLiteral("bench");
    for (int i = 0; i < 2; ++i) {
        machines[i].holder.start(QStringLiteral("unshare"), { QStringLiteral("--ipc"), QStringLiteral("--mount"), QStringLiteral("--propagation"),
                                                             QStringLiteral("private"), QStringLiteral("sh"), QStringLiteral("-c"),
                                                             QStringLiteral("mount -t tmpfs tmpfs /dev/shm && exec sleep 100000") });
        machines[i].holder.waitForStarted(5000);
        QThread::msleep(300);
        machines[i].bridge.setStandardErrorFile(dir.filePath(QStringLiteral("bridge-%1.log").arg(i)));
        machines[i].bridge.start(QStringLiteral("nsenter"),
                                 enter(machines[i]) + QStringList{ QCoreApplication::applicationDirPath() + QStringLiteral("/shmchat-bridge"),
                                                                   QStringLiteral("--room"), room, QStringLiteral("--server"), url,
                                                                   QStringLiteral("--machine"), QString::fromLatin1(names[i]) });
        machines[i].bridge.waitForStarted(5000);
    }
    QThread::sleep(2);
    const int latencyCount = qMin(count, 2000);
    const Stats bridgedLatency = throughBridges(machines[0], machines[1], room, latencyCount, 5000);
    const Stats bridgedRate = throughBridges(machines[0], machines[1], room, count, 0);
    const Stats plainLatency = plainNats(url, latencyCount, 5000);
    const Stats plainRate = plainNats(url, count * 20, 0);
    for (Machine &m : machines) {
        stop(m.bridge);
        stop(m.holder);
    }
    stop(server);
    std::printf("%-46s %10s %10s %14s %10s\n", "path", "p50 ms", "p99 ms", "msgs/s", "received");
    std::printf("%-46s %10.2f %10.2f %14s %7lld/%d\n", "window -> bridge -> NATS -> bridge -> window", bridgedLatency.p50Ms,
                bridgedLatency.p99Ms, "(paced)", static_cast<long long>(bridgedLatency.received), latencyCount);
    std::printf("%-46s %10s %10s %14.0f %7lld/%d\n", "  same, unpaced", "", "", bridgedRate.perSecond,
                static_cast<long long>(bridgedRate.received), count);
    std::printf("%-46s %10.2f %10.2f %14s %7lld/%d\n", "plain NATS publish -> subscribe", plainLatency.p50Ms, plainLatency.p99Ms,
                "(paced)", static_cast<long long>(plainLatency.received), latencyCount);
    std::printf("%-46s %10s %10s %14.0f %7lld/%d\n", "  same, unpaced", "", "", plainRate.perSecond,
                static_cast<long long>(plainRate.received), count * 20);
    std::printf("(latency: one message every 5 ms; windows poll every %d ms, the default)\n", IpcChannel::DefaultPollInterval);
    return bridgedLatency.received == latencyCount && bridgedRate.received == count ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption role(QStringLiteral("role"), QStringLiteral("internal"), QStringLiteral("ROLE"));
    const QCommandLineOption room(QStringLiteral("room"), QStringLiteral("internal"), QStringLiteral("R"));
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Messages in the throughput run."), QStringLiteral("N"),
                                   QStringLiteral("5000"));
    const QCommandLineOption pace(QStringLiteral("pace-us"), QStringLiteral("internal"), QStringLiteral("U"), QStringLiteral("0"));
    parser.addOptions({ role, room, count, pace });
    parser.process(app);
    const int n = qMax(10, parser.value(count).toInt());
    if (parser.value(role) == QLatin1String("send"))
        return sendRole(parser.value(room), n, parser.value(pace).toInt());
    if (parser.value(role) == QLatin1String("receive"))
        return receiveRole(parser.value(room), n, 120);
    const int code = orchestrate(n);
    nats_Close();
    return code;
}
