#include "roles_p.h"

#include "benchcommon.h"

#include "ipcchannel.h"
#include "timing_p.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonObject>
#include <QtCore/QTimer>
#include <QtNetwork/QLocalSocket>

#include <functional>

using namespace Qt::StringLiterals;

namespace Bench {

namespace {

// Sits in the event loop for idleMs and reports the CPU that cost, after a settling delay that
// keeps start-up work out of the figure (and, for a channel, lets its slower idle pace set in:
// what is measured is a member that has been quiet for a while).
int idleRun(const std::function<void()> &onDone, int idleMs, int settleMs)
{
    const int SettleMs = settleMs;
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

} // namespace

int shmIdle(const RoleOptions &o)
{
    // A member, unlike the trials' observers: an idle chat user holds a slot and keeps its
    // heartbeat, and that is the cost measured.
    IpcChannel channel;
    channel.setBackground(o.background);
    if (!joinRoom(channel, o, u"bench-idle"_s, Membership::Member))
        return 2;
    return idleRun([&channel] { channel.leave(); }, o.idleMs, ShmChat::Timing::IdleAfterMs + 500);
}

int sockIdle(const RoleOptions &o)
{
    QLocalSocket socket;
    if (!connectSocket(socket, o))
        return 2;
    // A chat client keeps its readyRead connected even while nothing arrives.
    QObject::connect(&socket, &QLocalSocket::readyRead, [&socket] { socket.readAll(); });
    return idleRun([&socket] { socket.disconnectFromServer(); }, o.idleMs, ShmChat::Timing::IdleAfterMs + 500);
}

} // namespace Bench
