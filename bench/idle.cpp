#include "scenarios.h"

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
    auto shm = std::make_unique<Child>(u"shm-idle"_s, QStringList{ u"--name"_s, room } + idleFor);
    auto sock = std::make_unique<Child>(u"sock-idle"_s, QStringList{ u"--connect"_s, server } + idleFor);
    waitUntil([&] { return (shm->hasResult() || shm->finished()) && (sock->hasResult() || sock->finished()); },
              deadlineMs);

    std::optional<double> sockCpu;
    for (const bool isShm : { false, true }) {
        const Child &child = isShm ? *shm : *sock;
        Row row;
        row.scenario = u"idle"_s;
        row.transport = transportName(isShm);
        row.readers = 1;
        if (isShm)
            row.pollMs = IpcChannel::DefaultPollInterval;
        if (child.hasResult()) {
            row.cpuPercent = child.result().value("cpu_percent"_L1).toDouble();
            row.note = u"%1 s idle, %2"_s.arg(idleMs / 1000)
                           .arg(isShm ? u"member (heartbeat 1 s)"_s : u"connected client"_s);
            if (isShm && sockCpu && *sockCpu > 0)
                row.ratio = *row.cpuPercent / *sockCpu;
            if (!isShm)
                sockCpu = row.cpuPercent;
        } else {
            row.note = u"no result"_s;
        }
        rows->append(row);
        progress(u"idle %1: %2 % of a core"_s.arg(row.transport).arg(row.cpuPercent.value_or(-1), 0, 'f', 3));
    }
    shm.reset();
    sock.reset();
    relay.reset();
    removeRoom(room);
    QLocalServer::removeServer(server);
}

} // namespace Bench
