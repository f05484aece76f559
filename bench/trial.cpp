#include "trial.h"

#include "roomsegment_p.h"

#include <QtCore/QCoreApplication>
#include <QtNetwork/QLocalServer>

using namespace Qt::StringLiterals;

namespace Bench {

QString Lab::uniqueName(const char *prefix)
{
    return QLatin1StringView(prefix) + QString::number(QCoreApplication::applicationPid()) + u'-'
        + QString::number(++m_serial);
}

Trial Lab::runTrial(const TrialSpec &spec)
{
    Trial trial;
    if (interrupted()) {
        trial.problem = u"interrupted"_s;
        return trial;
    }
    const QString name = uniqueName(spec.shm ? "bench-" : "shmchat-bench-");
    const int expectedMs = spec.durationMs > 0 ? spec.durationMs
        : spec.gapUs > 0                     ? int(spec.count * spec.gapUs * 3 / 2 / 1000)
                                             : 20000;
    const int deadlineMs = expectedMs + 20000;
    const auto common = [&](QStringList args) {
        args << u"--bytes"_s << QString::number(spec.msgBytes) << u"--deadline-ms"_s << QString::number(deadlineMs);
        return args;
    };

    Children readers;
    std::unique_ptr<Child> relay;
    const QByteArray readyToken = "READY";
    for (int i = 0; i < spec.readers; ++i) {
        QStringList args{ u"--name"_s, name };
        if (spec.shm)
            args << u"--poll-ms"_s << QString::number(spec.pollMs);
        if (spec.samples)
            args << u"--samples"_s;
        if (spec.stallTimer)
            args << u"--stall-timer"_s;
        // QLocalSocket is point to point: its baseline for several readers is a relay process
        // that fans the writer's stream out to each of them (relayrole.cpp).
        if (!spec.shm && spec.readers > 1) {
            if (!relay) {
                relay = std::make_unique<Child>(u"sock-relay"_s, common({ u"--name"_s, name, u"--readers"_s,
                                                                          QString::number(spec.readers) }));
                if (!waitUntil([&] { return relay->saw("LISTENING") || relay->finished(); }, 10000) || relay->finished()) {
                    trial.problem = u"relay did not start"_s;
                    return trial;
                }
            }
            args = QStringList{ u"--connect"_s, name } + args.mid(2);
        }
        const QString role = !spec.readerRole.isEmpty() ? spec.readerRole
                           : spec.shm                  ? u"shm-reader"_s
                                                       : u"sock-reader"_s;
        readers.push_back(std::make_unique<Child>(role, common(args)));
    }
    const bool started = waitUntil([&] { return (allSaw(readers, readyToken) && (!relay || relay->saw(readyToken)))
                                                || anyFinished(readers); }, 15000);
    if (!started || anyFinished(readers)) {
        trial.problem = u"readers did not start"_s;
        if (spec.shm)
            removeRoom(name);
        return trial;
    }

    QStringList writerArgs = spec.shm ? QStringList{ u"--name"_s, name } : QStringList{ u"--connect"_s, name };
    if (!spec.shm && spec.readers > 1)
        writerArgs << u"--readers"_s << QString::number(spec.readers);
    writerArgs << u"--rate"_s << QString::number(spec.rate, 'f', 0) << u"--duration-ms"_s
               << QString::number(spec.durationMs) << u"--count"_s << QString::number(spec.count)
               << u"--gap-us"_s << QString::number(spec.gapUs);
    if (spec.pumpMs >= 0)
        writerArgs << u"--pump-ms"_s << QString::number(spec.pumpMs);
    auto writer = std::make_unique<Child>(spec.shm ? u"shm-writer"_s : u"sock-writer"_s, common(writerArgs));
    waitUntil([&] { return writer->hasResult() || writer->finished(); }, deadlineMs + 2000);
    // Readers may still be draining what they were sent.
    waitUntil([&] { return allResults(readers); }, 15000);

    if (!writer->hasResult()) {
        trial.problem = u"writer reported nothing"_s;
    } else if (!allResults(readers)) {
        trial.problem = u"a reader reported nothing"_s;
        if (!writer->result().value("end_written"_L1).toBool(true))
            trial.problem += u" (the writer could not write the end marker)"_s;
    } else {
        trial.ok = true;
    }
    trial.writer = writer->result();
    trial.sent = trial.writer.value("sent"_L1).toInteger();
    const double writerSecs = trial.writer.value("duration_ns"_L1).toDouble() / 1e9;
    trial.writerRate = writerSecs > 0 ? double(trial.sent) / writerSecs : 0;
    trial.sendFailed = trial.writer.value("send_failed"_L1).toInteger();
    trial.endWritten = trial.writer.value("end_written"_L1).toBool(true);
    trial.writerCpuPercent = writerSecs > 0 ? 100.0 * trial.writer.value("cpu_ns"_L1).toDouble() / (writerSecs * 1e9) : 0;

    double rateSum = 0;
    double cpuSum = 0;
    double nsPerMsgSum = 0;
    trial.minRate = -1;
    for (const auto &reader : readers) {
        const QJsonObject r = reader->result();
        trial.readers.append(r);
        if (r.value("timed_out"_L1).toBool() && trial.ok) {
            trial.ok = false;
            trial.problem = u"a reader never saw the end marker"_s;
        }
        const qint64 received = r.value("received"_L1).toInteger();
        trial.lost += qMax<qint64>(0, trial.sent - received);
        trial.missedSignal += r.value("missed_signal"_L1).toInteger();
        trial.gapLost += r.value("gap_lost"_L1).toInteger();
        trial.readerErrors += r.value("errors"_L1).toInteger();
        if (trial.firstError.isEmpty())
            trial.firstError = r.value("first_error"_L1).toString();
        const double secs = double(r.value("end_recv_ns"_L1).toInteger() - r.value("first_send_ns"_L1).toInteger()) / 1e9;
        const double rate = secs > 0 ? double(received) / secs : 0;
        rateSum += rate;
        trial.minRate = trial.minRate < 0 ? rate : qMin(trial.minRate, rate);
        if (secs > 0)
            cpuSum += 100.0 * r.value("cpu_ns"_L1).toDouble() / (secs * 1e9);
        if (received > 0)
            nsPerMsgSum += r.value("cpu_ns"_L1).toDouble() / double(received);
    }
    if (!readers.empty()) {
        trial.meanRate = rateSum / double(readers.size());
        trial.cpuPercent = cpuSum / double(readers.size());
        trial.readerNsPerMsg = nsPerMsgSum / double(readers.size());
    }
    trial.minRate = qMax(0.0, trial.minRate);

    // Tear down before the next trial: children first, then the segment they may have left.
    writer.reset();
    readers.clear();
    relay.reset();
    if (spec.shm)
        removeRoom(name);
    else
        QLocalServer::removeServer(name); // a killed server leaves its socket file
    return trial;
}

void removeRoom(const QString &room)
{
    ShmChat::RoomSegment::removeIfUnused(room);
}

QString anomalies(const Trial &t)
{
    QStringList parts;
    if (t.sendFailed > 0)
        parts << u"%1 sends failed"_s.arg(t.sendFailed);
    if (!t.endWritten)
        parts << u"end marker not written"_s;
    if (t.readerErrors > 0)
        parts << u"%1 channel errors, first: %2"_s.arg(t.readerErrors).arg(t.firstError);
    return parts.isEmpty() ? QString() : u"; "_s + parts.join(u"; "_s);
}

QString outcome(const Trial &t)
{
    return t.ok ? anomalies(t) : u"; "_s + t.problem;
}

Row rowFor(const QString &scenario, const TrialSpec &spec)
{
    Row row;
    row.scenario = scenario;
    row.transport = transportName(spec.shm);
    row.readers = spec.readers;
    row.msgBytes = spec.msgBytes;
    if (spec.shm)
        row.pollMs = spec.pollMs;
    return row;
}

Row measuredRow(const QString &scenario, const TrialSpec &spec, const Trial &trial)
{
    Row row = rowFor(scenario, spec);
    if (trial.ok) {
        row.msgsPerS = trial.meanRate;
        row.mbPerS = trial.meanRate * spec.msgBytes / 1e6;
        row.lost = trial.lost;
        row.cpuPercent = trial.cpuPercent;
        row.extra.insert("reader_cpu_ns_per_msg"_L1, trial.readerNsPerMsg);
    }
    return row;
}

void addWriterFigures(Row *row, const Trial &trial)
{
    row->extra.insert("writer_msgs_per_s"_L1, trial.writerRate);
    row->extra.insert("writer_cpu_percent"_L1, trial.writerCpuPercent);
}

} // namespace Bench
