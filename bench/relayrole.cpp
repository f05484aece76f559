#include "roles_p.h"

#include "benchcommon.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtNetwork/QLocalServer>
#include <QtNetwork/QLocalSocket>

namespace Bench {

namespace {

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

} // namespace

int sockRelay(const RoleOptions &o)
{
    return Relay(o).exec();
}

} // namespace Bench
