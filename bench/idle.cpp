#include "scenarios.h"

#include "timing_p.h"

#include <QtNetwork/QLocalServer>

#include <optional>

using namespace Qt::StringLiterals;

namespace Bench {

void idleScenario(Lab &lab, bool quick, QList<Row> *rows)
{
    const int idleMs = quick ? 3000 : 10000;
    const int deadlineMs = idleMs + 15000;
    const QString room = lab.uniqueName("bench-idle-");
    const QString server = lab.uniqueName("shmchat-bench-idle-");
    // Both idle at once: neither does anything that could disturb the other.
    const QStringList deadline{ u"--deadline-ms"_s, QString::number(deadlineMs) };
    const QStringList idleFor = QStringList{ u"--idle-ms"_s, QString::number(idleMs) } + deadline;
    auto relay = std::make_unique<Child>(u"sock-relay"_s, QStringList{ u"--name"_s, server, u"--readers"_s, u"0"_s } + deadline);
    waitUntil([&] { return relay->saw("READY") || relay->finished(); }, 10000);
    // An active window's member, and one in the background (a window that is not active).
    auto shm = std::make_unique<Child>(u"shm-idle"_s, QStringList{ u"--name"_s, room } + idleFor);
    auto shmBack = std::make_unique<Child>(u"shm-idle"_s, QStringList{ u"--name"_s, room, u"--background"_s } + idleFor);
    auto sock = std::make_unique<Child>(u"sock-idle"_s, QStringList{ u"--connect"_s, server } + idleFor);
    waitUntil([&] {
        return (shm->hasResult() || shm->finished()) && (shmBack->hasResult() || shmBack->finished())
            && (sock->hasResult() || sock->finished());
    }, deadlineMs);

    std::optional<double> sockCpu;
    struct Measured
    {
        const Child *child;
        bool isShm;
        QString what;
    };
    const QList<Measured> measured{
        { sock.get(), false, u"connected client"_s },
        { shm.get(), true, u"member, active window (polls every %1 ms once quiet; heartbeat 1 s on the same timer)"_s
                               .arg(ShmChat::Timing::MaxIdlePollMs) },
        { shmBack.get(), true, u"member, window in the background (polls every %1 ms)"_s.arg(IpcChannel::BackgroundPollInterval) },
    };
    for (const Measured &m : measured) {
        Row row;
        row.scenario = m.isShm && m.child == shmBack.get() ? u"idle_background"_s : u"idle"_s;
        row.transport = transportName(m.isShm);
        row.readers = 1;
        if (m.isShm)
            row.pollMs = IpcChannel::DefaultPollInterval;
        if (m.child->hasResult()) {
            row.cpuPercent = m.child->result().value("cpu_percent"_L1).toDouble();
            row.note = u"%1 s idle, %2"_s.arg(idleMs / 1000).arg(m.what);
            if (m.isShm && sockCpu && *sockCpu > 0)
                row.ratio = *row.cpuPercent / *sockCpu;
            if (!m.isShm)
                sockCpu = row.cpuPercent;
        } else {
            row.note = u"no result"_s;
        }
        rows->append(row);
        progress(u"%1 %2: %3 % of a core"_s.arg(row.scenario, row.transport).arg(row.cpuPercent.value_or(-1), 0, 'f', 3));
    }
    shmBack.reset();
    shm.reset();
    sock.reset();
    relay.reset();
    removeRoom(room);
    QLocalServer::removeServer(server);
}

} // namespace Bench
