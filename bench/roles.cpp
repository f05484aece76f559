#include "roles.h"

#include "benchcommon.h"

#include "ipcchannel.h"
#ifdef SHMCHAT_BENCH_HAVE_GUI
#  include "chatwindow.h"
#endif

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QPointer>
#include <QtCore/QRandomGenerator>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtNetwork/QLocalServer>
#include <QtNetwork/QLocalSocket>

#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace Bench {

namespace {

void complain(const QString &text)
{
    const QByteArray line = "shmchat-bench child: " + text.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

// What every reader counts, whatever the transport.
class ReaderStats
{
public:
    explicit ReaderStats(const RoleOptions &options) : m_options(options) {}

    void start()
    {
        m_cpuStartNs = processCpuNs();
        m_wallStartNs = nowNs();
        m_rssAtStartKiB = peakRssKiB();
    }

    // True once the end marker has arrived.
    bool onText(QStringView text, qint64 recvNs)
    {
        const Parsed parsed = parseText(text);
        switch (parsed.kind) {
        case Parsed::Kind::Data:
            if (m_received == 0) {
                m_firstSendNs = parsed.sendNs;
                m_firstRecvNs = recvNs;
            }
            ++m_received;
            if (parsed.seq > m_expected)
                m_gapLost += parsed.seq - m_expected;
            m_expected = parsed.seq + 1;
            m_lastRecvNs = recvNs;
            if (m_options.samples)
                m_latencyUs.append(double(recvNs - parsed.sendNs) / 1000.0);
            return false;
        case Parsed::Kind::End:
            m_sent = qint64(parsed.seq);
            m_endRecvNs = recvNs;
            return true;
        case Parsed::Kind::Invalid:
            ++m_invalid;
            return false;
        }
        return false;
    }

    void onMissed(quint64 count) { m_missedSignal += count; }

    void onError(const QString &message)
    {
        if (m_errors++ == 0)
            m_firstError = message;
    }

    // Only gaps while messages flow count: before the first and after the last, the loop idles.
    void onTick(qint64 now)
    {
        if (m_lastTickNs != 0 && m_received > 0 && m_endRecvNs == 0)
            m_tickGapsMs.append(double(now - m_lastTickNs) / 1e6);
        m_lastTickNs = now;
    }

    QJsonObject result(bool timedOut) const
    {
        const qint64 now = nowNs();
        QJsonObject r{
            { "received"_L1, qint64(m_received) },
            { "sent"_L1, m_sent },
            { "lost"_L1, m_sent >= 0 ? qMax<qint64>(0, m_sent - qint64(m_received)) : qint64(-1) },
            { "gap_lost"_L1, qint64(m_gapLost) },
            { "missed_signal"_L1, qint64(m_missedSignal) },
            { "invalid"_L1, qint64(m_invalid) },
            { "first_send_ns"_L1, m_firstSendNs },
            { "first_recv_ns"_L1, m_firstRecvNs },
            { "last_recv_ns"_L1, m_lastRecvNs },
            { "end_recv_ns"_L1, m_endRecvNs },
            { "cpu_ns"_L1, processCpuNs() - m_cpuStartNs },
            { "wall_ns"_L1, now - m_wallStartNs },
            { "peak_rss_kib"_L1, peakRssKiB() },
            { "rss_at_start_kib"_L1, m_rssAtStartKiB },
            { "timed_out"_L1, timedOut },
            { "errors"_L1, qint64(m_errors) },
            { "first_error"_L1, m_firstError },
        };
        if (m_options.samples) {
            const Summary s = summarize(m_latencyUs);
            r.insert("p50_us"_L1, s.p50);
            r.insert("p99_us"_L1, s.p99);
            r.insert("max_us"_L1, s.max);
            QJsonArray samples;
            for (double v : m_latencyUs)
                samples.append(std::round(v * 10) / 10);
            r.insert("samples_us"_L1, samples);
        }
        if (m_options.stallTimer) {
            const Summary s = summarize(m_tickGapsMs);
            r.insert("stall_p99_ms"_L1, s.p99);
            r.insert("stall_max_ms"_L1, s.max);
            r.insert("ticks"_L1, qint64(s.count));
        }
        return r;
    }

private:
    const RoleOptions &m_options;
    quint64 m_received = 0;
    quint64 m_expected = 0;
    quint64 m_gapLost = 0;
    quint64 m_missedSignal = 0;
    quint64 m_invalid = 0;
    quint64 m_errors = 0;
    QString m_firstError;
    qint64 m_sent = -1;
    qint64 m_firstSendNs = 0;
    qint64 m_firstRecvNs = 0;
    qint64 m_lastRecvNs = 0;
    qint64 m_endRecvNs = 0;
    qint64 m_cpuStartNs = 0;
    qint64 m_wallStartNs = 0;
    qint64 m_rssAtStartKiB = 0;
    qint64 m_lastTickNs = 0;
    QList<double> m_latencyUs;
    QList<double> m_tickGapsMs;
};

// Runs the event loop until finish() or the deadline; prints the result exactly once.
class ReaderRun
{
public:
    explicit ReaderRun(const RoleOptions &options) : stats(options), m_options(options) {}

    int exec()
    {
        QTimer deadline;
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, [this] { finish(true); });
        deadline.start(m_options.deadlineMs);

        // A 1 ms tick stands in for the repaints and input a window must keep serving.
        QTimer ticker;
        if (m_options.stallTimer) {
            ticker.setTimerType(Qt::PreciseTimer);
            QObject::connect(&ticker, &QTimer::timeout, [this] { stats.onTick(nowNs()); });
            ticker.start(1);
        }
        stats.start();
        printLine("READY");
        QCoreApplication::exec();
        return m_timedOut ? 3 : 0;
    }

    void finish(bool timedOut)
    {
        if (m_done)
            return;
        m_done = true;
        m_timedOut = timedOut;
        printResult(stats.result(timedOut));
        QCoreApplication::quit();
    }

    ReaderStats stats;

private:
    const RoleOptions &m_options;
    bool m_done = false;
    bool m_timedOut = false;
};

int shmReader(const RoleOptions &o)
{
    IpcChannel channel;
    if (o.pollMs > 0)
        channel.setPollInterval(o.pollMs);
    const QString nick = u"bench-r"_s + QString::number(QCoreApplication::applicationPid());
    if (!channel.join(o.name, nick, IpcChannel::Observer | IpcChannel::SkipHistory) || !channel.waitForJoined(10000)) {
        complain(channel.errorString());
        return 2;
    }
    ReaderRun run(o);
    QObject::connect(&channel, &IpcChannel::messageReceived, [&run](const ChatMessage &message) {
        if (message.kind == ChatMessage::Kind::Text && run.stats.onText(message.text, nowNs()))
            run.finish(false);
    });
    QObject::connect(&channel, &IpcChannel::messagesMissed, [&run](quint64 count) { run.stats.onMissed(count); });
    QObject::connect(&channel, &IpcChannel::errorOccurred, [&run](const QString &message) { run.stats.onError(message); });
    return run.exec();
}

#ifdef SHMCHAT_BENCH_HAVE_GUI
// The real chat window, shown (offscreen), taking the flood: model inserts, scrollback cap,
// layout and painting all run on the event loop whose stalls we measure.
int windowReader(const RoleOptions &o)
{
    ChatWindow::Options options;
    options.room = o.name;
    options.nickname = u"bench-w"_s + QString::number(QCoreApplication::applicationPid());
    if (o.pollMs > 0)
        options.pollInterval = o.pollMs;
    options.useGeometrySlot = false;
    ChatWindow window(options);
    window.resize(800, 600);
    window.show();
    if (window.channel()->state() != IpcChannel::State::Joined) {
        complain(window.channel()->errorString());
        return 2;
    }
    ReaderRun run(o);
    QObject::connect(window.channel(), &IpcChannel::messageReceived, [&run](const ChatMessage &message) {
        if (message.kind == ChatMessage::Kind::Text && run.stats.onText(message.text, nowNs()))
            run.finish(false);
    });
    QObject::connect(window.channel(), &IpcChannel::messagesMissed, [&run](quint64 count) { run.stats.onMissed(count); });
    QObject::connect(window.channel(), &IpcChannel::errorOccurred, [&run](const QString &message) { run.stats.onError(message); });
    return run.exec();
}
#endif

// Decodes complete frames from a stream socket, as a chat client of a socket server would.
class FrameReader
{
public:
    explicit FrameReader(ReaderRun *run) : m_run(run) {}

    void consume(QLocalSocket *socket)
    {
        m_buffer.append(socket->readAll());
        const qint64 now = nowNs();
        qsizetype pos = 0;
        const qsizetype end = completeFramesLength(m_buffer);
        while (pos < end) {
            const QByteArrayView payload = framePayload(m_buffer, pos);
            const QString text = QString::fromUtf8(payload);
            pos += FrameHeaderBytes + payload.size();
            if (m_run->stats.onText(text, now)) {
                m_run->finish(false);
                return;
            }
        }
        m_buffer.remove(0, end);
    }

private:
    ReaderRun *m_run;
    QByteArray m_buffer;
};

int sockReader(const RoleOptions &o)
{
    ReaderRun run(o);
    FrameReader frames(&run);
    QLocalServer server;
    QLocalSocket client;
    if (!o.connectTo.isEmpty()) {
        // Behind the relay: say who we are, then read.
        client.connectToServer(o.connectTo);
        if (!client.waitForConnected(3000)) {
            complain(client.errorString());
            return 2;
        }
        client.write("R");
        client.flush();
        QObject::connect(&client, &QLocalSocket::readyRead, [&] { frames.consume(&client); });
    } else {
        QLocalServer::removeServer(o.name);
        if (!server.listen(o.name)) {
            complain(server.errorString());
            return 2;
        }
        QObject::connect(&server, &QLocalServer::newConnection, [&] {
            while (QLocalSocket *socket = server.nextPendingConnection())
                QObject::connect(socket, &QLocalSocket::readyRead, [&frames, socket] { frames.consume(socket); });
        });
    }
    return run.exec();
}

// Sends as fast as allowed by `rate` (or spaced by gapUs), then the end marker.
class Pacer
{
public:
    explicit Pacer(const RoleOptions &o) : m_o(o), m_startNs(nowNs()) {}

    bool finished(quint64 sent) const
    {
        if (m_o.count > 0 && sent >= quint64(m_o.count))
            return true;
        const qint64 elapsed = nowNs() - m_startNs;
        return (m_o.durationMs > 0 && elapsed >= qint64(m_o.durationMs) * 1000000) || pastDeadline();
    }

    bool pastDeadline() const { return nowNs() - m_startNs >= qint64(m_o.deadlineMs) * 1000000; }

    // How many messages may go out now; waits (briefly) when the writer is ahead of its rate.
    quint64 allowance(quint64 sent)
    {
        if (m_o.gapUs > 0) {
            if (sent > 0) {
                // Random spacing, so that sends do not lock into phase with the reader's timer.
                const double factor = 0.5 + QRandomGenerator::global()->generateDouble();
                QThread::usleep(static_cast<unsigned long>(m_o.gapUs * factor));
            }
            return 1;
        }
        if (m_o.rate <= 0)
            return 64;
        const double elapsed = double(nowNs() - m_startNs) / 1e9;
        const double due = m_o.rate * elapsed + 1;
        if (double(sent) < due)
            return quint64(qMin(64.0, std::ceil(due - double(sent))));
        const double waitUs = (double(sent) + 1 - due) / m_o.rate * 1e6;
        if (waitUs > 200)
            QThread::usleep(static_cast<unsigned long>(waitUs - 100));
        else
            QThread::yieldCurrentThread();
        return 0;
    }

    qint64 startNs() const { return m_startNs; }

private:
    const RoleOptions &m_o;
    qint64 m_startNs;
};

// The parent reads "RESULT" lines; a writer's says how much it sent and at what cost.
QJsonObject writerResult(quint64 sent, qint64 startNs, qint64 cpuStartNs, quint64 failed)
{
    return QJsonObject{
        { "sent"_L1, qint64(sent) },
        { "send_failed"_L1, qint64(failed) },
        { "duration_ns"_L1, nowNs() - startNs },
        { "cpu_ns"_L1, processCpuNs() - cpuStartNs },
    };
}

int shmWriter(const RoleOptions &o)
{
    IpcChannel channel;
    const QString nick = u"bench-w"_s + QString::number(QCoreApplication::applicationPid());
    if (!channel.join(o.name, nick, IpcChannel::Observer | IpcChannel::SkipHistory) || !channel.waitForJoined(10000)) {
        complain(channel.errorString());
        return 2;
    }
    quint64 failed = 0;
    quint64 acks = 0;
    QObject::connect(&channel, &IpcChannel::sendFailed, [&failed] { ++failed; });
    QObject::connect(&channel, &IpcChannel::messageSent, [&acks] { ++acks; });
    const TextMaker maker(o.msgBytes);
    const qint64 cpuStart = processCpuNs();
    Pacer pacer(o);
    quint64 sent = 0;
    // A chat program's event loop keeps running while it sends, and with it the channel's own
    // poll, which reads back everything this process writes. pumpMs = 0 leaves that out.
    const qint64 pumpNs = qint64(o.pumpMs) * 1000000;
    qint64 lastPump = nowNs();
    while (!pacer.finished(sent)) {
        for (quint64 n = pacer.allowance(sent); n > 0; --n) {
            if (!channel.sendMessage(maker.make(sent, nowNs()))) {
                complain(channel.errorString());
                return 2;
            }
            ++sent;
        }
        if (o.gapUs > 0 || (pumpNs > 0 && nowNs() - lastPump > pumpNs)) {
            QCoreApplication::processEvents();
            lastPump = nowNs();
        }
    }
    // The end marker must reach the ring: readers wait for it. sendMessage() may only queue it
    // (the room's lock was busy), and leaving the room drops what is still queued.
    const QString end = endText(sent);
    bool endFailed = false;
    QObject::connect(&channel, &IpcChannel::sendFailed, [&](const QString &text, const QString &reason) {
        if (text == end) {
            endFailed = true;
            complain(u"end marker not sent: "_s + reason);
        }
    });
    bool endWritten = false;
    int endAttempts = 0;
    while (!endWritten && endAttempts < 5) {
        ++endAttempts;
        endFailed = false;
        channel.sendMessage(end);
        // Every message so far, and this marker, is either acknowledged or failed by then.
        const quint64 resolvedTarget = sent + quint64(endAttempts);
        const qint64 giveUp = nowNs() + 4000000000LL;
        while (acks + failed < resolvedTarget && nowNs() < giveUp) {
            QThread::msleep(1);
            QCoreApplication::processEvents();
        }
        endWritten = !endFailed && acks + failed >= resolvedTarget;
    }
    QJsonObject result = writerResult(sent, pacer.startNs(), cpuStart, failed);
    result.insert("end_written"_L1, endWritten);
    result.insert("end_attempts"_L1, endAttempts);
    printResult(result);
    return 0;
}

int sockWriter(const RoleOptions &o)
{
    QLocalSocket socket;
    socket.connectToServer(o.connectTo);
    if (!socket.waitForConnected(3000)) {
        complain(socket.errorString());
        return 2;
    }
    if (o.readers > 0) { // talking to the relay: identify as its writer
        socket.write("W");
        socket.flush();
    }
    // Bounded buffering: a slow reader slows the writer down instead of growing its memory.
    constexpr qint64 HighWater = 1 << 20;
    const TextMaker maker(o.msgBytes);
    const qint64 cpuStart = processCpuNs();
    Pacer pacer(o);
    quint64 sent = 0;
    QByteArray frame;
    const auto send = [&](const QString &text) {
        frame.resize(0);
        appendFrame(&frame, text.toUtf8());
        socket.write(frame);
        socket.flush();
        while (socket.bytesToWrite() > HighWater && socket.state() == QLocalSocket::ConnectedState
               && !pacer.pastDeadline())
            socket.waitForBytesWritten(100);
    };
    while (!pacer.finished(sent) && socket.state() == QLocalSocket::ConnectedState) {
        for (quint64 n = pacer.allowance(sent); n > 0; --n) {
            send(maker.make(sent, nowNs()));
            ++sent;
        }
    }
    send(endText(sent));
    while (socket.bytesToWrite() > 0 && socket.state() == QLocalSocket::ConnectedState && !pacer.pastDeadline())
        socket.waitForBytesWritten(100);
    printResult(writerResult(sent, pacer.startNs(), cpuStart, 0));
    socket.disconnectFromServer();
    return 0;
}

// The 1 to N baseline: a server that forwards every complete frame from its writer to all of
// its readers. It stops reading while any reader is far behind, so nothing is ever dropped.
// Frames that arrive together go out in one write per reader, as any sensible relay would do:
// the baseline is QLocalSocket at its best, not a strawman.
class Relay
{
public:
    explicit Relay(const RoleOptions &o) : m_o(o) {}

    int exec()
    {
        QLocalServer::removeServer(m_o.name);
        if (!m_server.listen(m_o.name)) {
            complain(m_server.errorString());
            return 2;
        }
        QObject::connect(&m_server, &QLocalServer::newConnection, [this] { accept(); });
        QTimer::singleShot(m_o.deadlineMs, [] { QCoreApplication::exit(3); });
        printLine("LISTENING");
        if (m_o.readers == 0)
            printLine("READY");
        return QCoreApplication::exec();
    }

private:
    static constexpr qint64 HighWater = 4 << 20;
    static constexpr qint64 LowWater = 1 << 20;
    static constexpr qint64 ChunkBytes = 1 << 20;

    void accept()
    {
        while (QLocalSocket *socket = m_server.nextPendingConnection()) {
            QObject::connect(socket, &QLocalSocket::readyRead, socket, [this, socket] { onReadyRead(socket); });
            QObject::connect(socket, &QLocalSocket::disconnected, socket, [this, socket] { onDisconnected(socket); });
        }
    }

    void onReadyRead(QLocalSocket *socket)
    {
        if (socket == m_writer) {
            pump();
            return;
        }
        if (m_readers.contains(socket))
            return;
        char role = 0;
        if (socket->read(&role, 1) != 1)
            return;
        if (role == 'R') {
            m_readers.append(socket);
            QObject::connect(socket, &QLocalSocket::bytesWritten, socket, [this] { resume(); });
            if (m_readers.size() == m_o.readers)
                printLine("READY");
        } else if (role == 'W' && !m_writer) {
            m_writer = socket;
            // Keeps unread data in the kernel, where it stops the writer.
            socket->setReadBufferSize(ChunkBytes);
            pump();
        }
    }

    qint64 backlog() const
    {
        qint64 most = 0;
        for (const QLocalSocket *reader : m_readers)
            most = qMax(most, reader->bytesToWrite());
        return most;
    }

    void pump()
    {
        while (m_writer && m_writer->bytesAvailable() > 0) {
            if (backlog() > HighWater) {
                m_paused = true;
                return;
            }
            m_buffer.append(m_writer->read(ChunkBytes));
            const qsizetype complete = completeFramesLength(m_buffer);
            if (complete == 0)
                continue;
            const QByteArray frames = m_buffer.left(complete);
            m_buffer.remove(0, complete);
            for (QLocalSocket *reader : std::as_const(m_readers)) {
                reader->write(frames);
                reader->flush();
            }
        }
    }

    void resume()
    {
        if (m_paused && backlog() < LowWater) {
            m_paused = false;
            pump();
        }
    }

    void onDisconnected(QLocalSocket *socket)
    {
        m_readers.removeAll(socket);
        if (socket == m_writer)
            m_writer = nullptr;
        socket->deleteLater();
        if (m_readers.isEmpty() && !m_writer && m_o.readers > 0)
            QCoreApplication::quit();
    }

    const RoleOptions &m_o;
    QLocalServer m_server;
    QList<QLocalSocket *> m_readers;
    QPointer<QLocalSocket> m_writer;
    QByteArray m_buffer;
    bool m_paused = false;
};

// Sits in the event loop for idleMs and reports the CPU that cost, after a settling delay that
// keeps start-up work out of the figure.
int idleRun(const std::function<void()> &onDone, int idleMs)
{
    constexpr int SettleMs = 500;
    qint64 cpuStart = 0;
    qint64 wallStart = 0;
    QTimer::singleShot(SettleMs, [&] {
        cpuStart = processCpuNs();
        wallStart = nowNs();
        printLine("READY");
    });
    QTimer::singleShot(SettleMs + idleMs, [&] {
        const qint64 cpu = processCpuNs() - cpuStart;
        const qint64 wall = nowNs() - wallStart;
        printResult(QJsonObject{
            { "cpu_ns"_L1, cpu },
            { "wall_ns"_L1, wall },
            { "cpu_percent"_L1, wall > 0 ? 100.0 * double(cpu) / double(wall) : 0.0 },
        });
        onDone();
        QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}

int shmIdle(const RoleOptions &o)
{
    IpcChannel channel;
    if (o.pollMs > 0)
        channel.setPollInterval(o.pollMs);
    const QString nick = u"bench-idle"_s + QString::number(QCoreApplication::applicationPid());
    if (!channel.join(o.name, nick) || !channel.waitForJoined(10000)) {
        complain(channel.errorString());
        return 2;
    }
    return idleRun([&channel] { channel.leave(); }, o.idleMs);
}

int sockIdle(const RoleOptions &o)
{
    QLocalSocket socket;
    socket.connectToServer(o.connectTo);
    if (!socket.waitForConnected(3000)) {
        complain(socket.errorString());
        return 2;
    }
    // A chat client keeps its readyRead connected even while nothing arrives.
    QObject::connect(&socket, &QLocalSocket::readyRead, [&socket] { socket.readAll(); });
    return idleRun([&socket] { socket.disconnectFromServer(); }, o.idleMs);
}

} // namespace

int runRole(const RoleOptions &options)
{
    dieWithParent();
    const QString &role = options.role;
    if (role == "shm-reader"_L1)
        return shmReader(options);
#ifdef SHMCHAT_BENCH_HAVE_GUI
    if (role == "window-reader"_L1)
        return windowReader(options);
#endif
    if (role == "shm-writer"_L1)
        return shmWriter(options);
    if (role == "sock-reader"_L1)
        return sockReader(options);
    if (role == "sock-writer"_L1)
        return sockWriter(options);
    if (role == "sock-relay"_L1)
        return Relay(options).exec();
    if (role == "shm-idle"_L1)
        return shmIdle(options);
    if (role == "sock-idle"_L1)
        return sockIdle(options);
    complain(u"unknown role "_s + role);
    return 2;
}

} // namespace Bench
