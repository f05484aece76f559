#include "roles_p.h"

#include "benchcommon.h"

#include "ipcchannel.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonObject>
#include <QtCore/QRandomGenerator>
#include <QtCore/QThread>
#include <QtNetwork/QLocalSocket>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Bench {

namespace {

// Sends as fast as allowed by `rate` (or spaced by gapUs), then the end marker. It starts the
// writer's clocks too, so that the result covers the sending and nothing before it.
class Pacer
{
public:
    explicit Pacer(const RoleOptions &o) : m_o(o), m_cpuStartNs(processCpuNs()), m_startNs(nowNs()) {}

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

    // The parent reads "RESULT" lines; a writer's says how much it sent and at what cost.
    QJsonObject result(quint64 sent, quint64 failed) const
    {
        return QJsonObject{
            { "sent"_L1, qint64(sent) },
            { "send_failed"_L1, qint64(failed) },
            { "duration_ns"_L1, nowNs() - m_startNs },
            { "cpu_ns"_L1, processCpuNs() - m_cpuStartNs },
        };
    }

private:
    const RoleOptions &m_o;
    qint64 m_cpuStartNs;
    qint64 m_startNs;
};

} // namespace

int shmWriter(const RoleOptions &o)
{
    IpcChannel channel;
    if (!joinRoom(channel, o, u"bench-w"_s, Membership::Observer))
        return 2;
    quint64 failed = 0;
    quint64 acks = 0;
    QObject::connect(&channel, &IpcChannel::sendFailed, [&failed] { ++failed; });
    QObject::connect(&channel, &IpcChannel::messageSent, [&acks] { ++acks; });
    // Larger than a message may be: pictures of that size, the text (sequence number and send
    // time) as their file name. A 1 x 1 PNG's header, then filler: readers verify, not decode.
    const bool pictures = o.msgBytes > IpcChannel::MaxMessageBytes;
    const TextMaker maker(pictures ? 48 : o.msgBytes);
    QByteArray picture;
    if (pictures) {
        static const unsigned char png[] = { 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R',
                                             0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89 };
        picture = QByteArray(reinterpret_cast<const char *>(png), sizeof png);
        picture.append(QByteArray(o.msgBytes - picture.size(), 'x'));
    }
    Pacer pacer(o);
    quint64 sent = 0;
    // A chat program's event loop keeps running while it sends, and with it the channel's own
    // poll, which reads back everything this process writes. pumpMs = 0 leaves that out.
    const qint64 pumpNs = qint64(o.pumpMs) * 1000000;
    qint64 lastPump = nowNs();
    while (!pacer.finished(sent)) {
        for (quint64 n = pacer.allowance(sent); n > 0; --n) {
            const bool accepted = pictures ? channel.sendPicture(picture, maker.make(sent, nowNs()))
                                           : channel.sendMessage(maker.make(sent, nowNs()));
            if (!accepted) {
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
    QJsonObject result = pacer.result(sent, failed);
    result.insert("end_written"_L1, endWritten);
    result.insert("end_attempts"_L1, endAttempts);
    printResult(result);
    return 0;
}

int sockWriter(const RoleOptions &o)
{
    QLocalSocket socket;
    if (!connectSocket(socket, o))
        return 2;
    if (o.readers > 0) { // talking to the relay: identify as its writer
        socket.write("W");
        socket.flush();
    }
    // Bounded buffering: a slow reader slows the writer down instead of growing its memory.
    constexpr qint64 HighWater = 1 << 20;
    const TextMaker maker(o.msgBytes);
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
    printResult(pacer.result(sent, 0));
    socket.disconnectFromServer();
    return 0;
}

} // namespace Bench
