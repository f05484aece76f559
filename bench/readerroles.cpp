#include "roles_p.h"

#include "benchcommon.h"
#include "readerstats.h"

#include "ipcchannel.h"
#ifdef SHMCHAT_BENCH_HAVE_GUI
#  include "chatwindow.h"
#endif

#include <QtCore/QCoreApplication>
#include <QtNetwork/QLocalServer>
#include <QtNetwork/QLocalSocket>

#include <memory>

using namespace Qt::StringLiterals;

namespace Bench {

namespace {

// The chat window's channel and a bare one are read alike, so their figures compare.
int readChannel(IpcChannel *channel, const RoleOptions &o)
{
    ReaderRun run(o);
    // A batch at a time, with one clock reading, as the socket reader takes a readyRead's worth.
    QObject::connect(channel, &IpcChannel::messagesReceived, [&run, channel](const QList<ChatMessage> &messages) {
        const qint64 now = nowNs();
        for (const ChatMessage &message : messages) {
            if (message.kind == ChatMessage::Kind::Picture) {
                // A picture counts once its bytes are out of the room and verified.
                QByteArray bytes;
                if (channel->pictureData(message, &bytes) != IpcChannel::PictureStatus::Available)
                    run.stats.onError(u"picture not available"_s);
                else if (run.stats.onText(message.text, nowNs()))
                    return run.finish(false);
                continue;
            }
            if (message.kind == ChatMessage::Kind::Text && run.stats.onText(message.text, now)) {
                run.finish(false);
                return;
            }
        }
    });
    QObject::connect(channel, &IpcChannel::messagesMissed, [&run](quint64 count) { run.stats.onMissed(count); });
    QObject::connect(channel, &IpcChannel::errorOccurred, [&run](const QString &message) { run.stats.onError(message); });
    return run.exec();
}

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

} // namespace

int shmReader(const RoleOptions &o)
{
    IpcChannel channel;
    if (!joinRoom(channel, o, u"bench-r"_s, Membership::Observer))
        return 2;
    return readChannel(&channel, o);
}

#ifdef SHMCHAT_BENCH_HAVE_GUI
// The real chat window, shown (offscreen), taking the flood: model inserts, scrollback cap,
// layout and painting all run on the event loop whose stalls we measure.
int windowReader(const RoleOptions &o)
{
    ChatWindow::Options options;
    options.room = o.name;
    options.nickname = u"bench-w"_s + QString::number(QCoreApplication::applicationPid());
    options.useGeometrySlot = false;
    auto channel = std::make_unique<IpcChannel>();
    if (o.pollMs > 0)
        channel->setPollInterval(o.pollMs);
    ChatWindow window(std::move(channel), options);
    window.resize(800, 600);
    window.show();
    if (window.channel()->state() != IpcChannel::State::Joined) {
        complain(window.channel()->errorString());
        return 2;
    }
    return readChannel(window.channel(), o);
}
#endif

int sockReader(const RoleOptions &o)
{
    ReaderRun run(o);
    FrameReader frames(&run);
    QLocalServer server;
    QLocalSocket client;
    if (!o.connectTo.isEmpty()) {
        // Behind the relay: say who we are, then read.
        if (!connectSocket(client, o))
            return 2;
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

} // namespace Bench
