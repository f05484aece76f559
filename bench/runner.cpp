#include "runner.h"

#include "benchcommon.h"
#include "costs.h"

#include "ipcchannel.h"
#include "roomsegment_p.h" // read-only: the ring's capacity, to print it and to size the search

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QLocale>
#include <QtCore/QProcess>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtNetwork/QLocalServer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>

#include <csignal>

#if defined(Q_OS_UNIX)
#  include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;

namespace Bench {

namespace {

// Set by SIGINT/SIGTERM: the run stops at the next wait and tears down normally, so children
// are killed and their rooms and socket files removed instead of left behind.
volatile std::sig_atomic_t g_interrupted = 0;

extern "C" void onInterrupt(int)
{
    g_interrupted = 1;
}

void progress(const QString &text)
{
    const QByteArray line = "[bench] " + text.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

void out(const QString &text)
{
    const QByteArray line = text.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

// One line of the result table, and one JSON object in --json mode.
struct Row
{
    QString scenario;
    QString transport;
    int readers = 0;
    int msgBytes = 0;
    std::optional<int> pollMs;
    std::optional<double> msgsPerS;
    std::optional<double> mbPerS;
    std::optional<qint64> lost;
    std::optional<double> p50Us;
    std::optional<double> p99Us;
    std::optional<double> maxUs;
    std::optional<double> cpuPercent;
    std::optional<double> ratio;
    QString note;
    QJsonObject extra;

    QJsonObject toJson() const
    {
        const auto num = [](const auto &v) { return v ? QJsonValue(double(*v)) : QJsonValue(QJsonValue::Null); };
        QJsonObject o = extra;
        o.insert("scenario"_L1, scenario);
        o.insert("transport"_L1, transport.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(transport));
        o.insert("readers"_L1, readers > 0 ? QJsonValue(readers) : QJsonValue(QJsonValue::Null));
        o.insert("msg_bytes"_L1, msgBytes > 0 ? QJsonValue(msgBytes) : QJsonValue(QJsonValue::Null));
        o.insert("poll_ms"_L1, pollMs ? QJsonValue(*pollMs) : QJsonValue(QJsonValue::Null));
        o.insert("msgs_per_s"_L1, num(msgsPerS));
        o.insert("mb_per_s"_L1, num(mbPerS));
        o.insert("lost"_L1, lost ? QJsonValue(*lost) : QJsonValue(QJsonValue::Null));
        o.insert("p50_us"_L1, num(p50Us));
        o.insert("p99_us"_L1, num(p99Us));
        o.insert("max_us"_L1, num(maxUs));
        o.insert("cpu_percent"_L1, num(cpuPercent));
        o.insert("ratio_vs_qlocalsocket"_L1, num(ratio));
        o.insert("note"_L1, note);
        return o;
    }
};

// A child process of this executable. Its stdout is parsed into status tokens and one result;
// its stderr goes straight to ours. Destroying it kills whatever is still running.
class Child
{
public:
    explicit Child(const QStringList &args)
    {
        m_process.setProgram(QCoreApplication::applicationFilePath());
        m_process.setArguments(args);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this] { readLines(); });
        m_process.start();
    }
    ~Child()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }
    Child(const Child &) = delete;
    Child &operator=(const Child &) = delete;

    bool saw(const QByteArray &token) const { return m_tokens.contains(token); }
    bool hasResult() const { return m_hasResult; }
    const QJsonObject &result() const { return m_result; }
    bool finished() const { return m_process.state() == QProcess::NotRunning; }

private:
    void readLines()
    {
        m_pending.append(m_process.readAllStandardOutput());
        for (qsizetype nl = m_pending.indexOf('\n'); nl >= 0; nl = m_pending.indexOf('\n')) {
            const QByteArray line = m_pending.left(nl).trimmed();
            m_pending.remove(0, nl + 1);
            if (line.startsWith("RESULT ")) {
                m_result = QJsonDocument::fromJson(line.mid(7)).object();
                m_hasResult = true;
            } else if (!line.isEmpty()) {
                m_tokens.append(line);
            }
        }
    }

    QProcess m_process;
    QByteArray m_pending;
    QList<QByteArray> m_tokens;
    QJsonObject m_result;
    bool m_hasResult = false;
};
using Children = std::vector<std::unique_ptr<Child>>;

// Runs the event loop (children's output is read there) until done() or timeoutMs.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || clock.elapsed() > timeoutMs || g_interrupted)
            loop.quit();
    });
    check.start(5);
    loop.exec();
    return done();
}

bool allSaw(const Children &children, const QByteArray &token)
{
    return std::all_of(children.begin(), children.end(), [&](const auto &c) { return c->saw(token); });
}
bool anyFinished(const Children &children)
{
    return std::any_of(children.begin(), children.end(), [](const auto &c) { return c->finished(); });
}
bool allResults(const Children &children)
{
    return std::all_of(children.begin(), children.end(), [](const auto &c) { return c->hasResult(); });
}

struct TrialSpec
{
    bool shm = true;
    int readers = 1;
    int msgBytes = 128;
    int pollMs = IpcChannel::DefaultPollInterval;
    double rate = 0;
    int durationMs = 0;
    qint64 count = 0;
    int gapUs = 0;
    bool samples = false;
    bool stallTimer = false;
    int pumpMs = -1; // ShmChat writer; -1 = the role's default
    QString readerRole; // empty: the transport's plain reader
};

struct Trial
{
    bool ok = false;
    QString problem;
    QList<QJsonObject> readers;
    QJsonObject writer;
    qint64 sent = 0;
    double writerRate = 0;
    double meanRate = 0;   // per reader: messages delivered / (last delivery - first send)
    double minRate = 0;
    qint64 lost = 0;       // summed over readers
    qint64 missedSignal = 0;
    qint64 gapLost = 0;
    qint64 sendFailed = 0;
    bool endWritten = true;
    qint64 readerErrors = 0; // IpcChannel::errorOccurred, summed over readers
    QString firstError;
    double writerCpuPercent = 0;
    double cpuPercent = 0; // mean over readers, of one core, while messages flowed
};

class Runner
{
public:
    explicit Runner(const RunnerOptions &options) : m_o(options) {}
    int run();

private:
    bool wanted(const char *scenario) const
    {
        return m_o.only.isEmpty() || m_o.only.contains(QLatin1StringView(scenario));
    }
    QString uniqueName(const char *prefix)
    {
        return QLatin1StringView(prefix) + QString::number(QCoreApplication::applicationPid()) + u'-'
            + QString::number(++m_serial);
    }
    std::unique_ptr<Child> spawn(const QString &role, const QStringList &args)
    {
        return std::make_unique<Child>(QStringList{ u"--role"_s, role } + args);
    }

    Trial runTrial(const TrialSpec &spec);
    void throughput();
    void latency();
    void idle();
    void flood();
    void costs();
    void evaluateTargets();
    void print() const;
    QByteArray jsonLines() const;

    RunnerOptions m_o;
    int m_serial = 0;
    QList<Row> m_rows;
    QStringList m_targetLines;
    QList<QJsonObject> m_targetJson;
};

// A room's segment outlives children that were killed; attaching and leaving as the last user
// removes it, so interrupted trials leave nothing behind.
void removeRoom(const QString &room)
{
    ShmChat::RoomSegment::removeIfUnused(room);
}

Trial Runner::runTrial(const TrialSpec &spec)
{
    Trial trial;
    if (g_interrupted) {
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
        if (!spec.shm && spec.readers > 1) {
            if (!relay) {
                relay = spawn(u"sock-relay"_s, common({ u"--name"_s, name, u"--readers"_s, QString::number(spec.readers) }));
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
        readers.push_back(spawn(role, common(args)));
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
    auto writer = spawn(spec.shm ? u"shm-writer"_s : u"sock-writer"_s, common(writerArgs));
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
    }
    if (!readers.empty()) {
        trial.meanRate = rateSum / double(readers.size());
        trial.cpuPercent = cpuSum / double(readers.size());
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

// What went wrong besides lapping, for the row's note: send failures and channel errors are
// findings about core, not about the benchmark.
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

QString transportName(bool shm)
{
    return shm ? u"shmchat"_s : u"qlocalsocket"_s;
}

// The fields every throughput-like row takes from its trial. A failed trial measured nothing:
// its row keeps "-" rather than zeros that look like results.
Row measuredRow(const QString &scenario, const TrialSpec &spec, const Trial &trial)
{
    Row row;
    row.scenario = scenario;
    row.transport = transportName(spec.shm);
    row.readers = spec.readers;
    row.msgBytes = spec.msgBytes;
    if (spec.shm)
        row.pollMs = spec.pollMs;
    if (trial.ok) {
        row.msgsPerS = trial.meanRate;
        row.mbPerS = trial.meanRate * spec.msgBytes / 1e6;
        row.lost = trial.lost;
        row.cpuPercent = trial.cpuPercent;
    }
    return row;
}

void Runner::throughput()
{
    const int trialMs = m_o.quick ? 300 : 1000;
    const int maxProbes = m_o.quick ? 3 : 5;
    const int poll = IpcChannel::DefaultPollInterval;
    for (const int bytes : { 128, 1024 }) {
        for (const int readers : { 1, 8 }) {
            // Baseline first, so the ShmChat row can state its ratio.
            TrialSpec spec;
            spec.shm = false;
            spec.readers = readers;
            spec.msgBytes = bytes;
            spec.durationMs = trialMs;
            const Trial sock = runTrial(spec);
            Row sockRow = measuredRow(u"throughput"_s, spec, sock);
            sockRow.note = sock.ok ? (readers > 1 ? u"via relay process"_s : QString()) : sock.problem;
            sockRow.extra.insert("min_reader_msgs_per_s"_L1, sock.minRate);
            sockRow.extra.insert("writer_msgs_per_s"_L1, sock.writerRate);
            m_rows.append(sockRow);
            progress(u"throughput qlocalsocket 1->%1 %2 B: %3 msg/s per reader, lost %4"_s
                         .arg(readers).arg(bytes).arg(sock.meanRate, 0, 'f', 0).arg(sock.lost));

            // ShmChat: first unpaced; if that loses messages, search the highest paced rate
            // that does not (bisection between the last loss-free and the first lossy rate).
            spec.shm = true;
            spec.pollMs = poll;
            const Trial unpaced = runTrial(spec);
            progress(u"throughput shmchat 1->%1 %2 B unpaced: writer %3 msg/s, readers %4 msg/s, lost %5%6"_s
                         .arg(readers).arg(bytes).arg(unpaced.writerRate, 0, 'f', 0)
                         .arg(unpaced.meanRate, 0, 'f', 0).arg(unpaced.lost)
                         .arg(unpaced.ok ? anomalies(unpaced) : u"; "_s + unpaced.problem));
            Row unpacedRow = measuredRow(u"throughput_unpaced"_s, spec, unpaced);
            unpacedRow.note = unpaced.ok ? u"not paced; writer %1 msg/s at %2% CPU"_s.arg(unpaced.writerRate, 0, 'f', 0)
                                                 .arg(unpaced.writerCpuPercent, 0, 'f', 0)
                                         : unpaced.problem;
            unpacedRow.note += anomalies(unpaced);
            unpacedRow.extra.insert("writer_msgs_per_s"_L1, unpaced.writerRate);
            unpacedRow.extra.insert("missed_signal"_L1, unpaced.missedSignal);
            unpacedRow.extra.insert("gap_lost"_L1, unpaced.gapLost);
            unpacedRow.extra.insert("writer_cpu_percent"_L1, unpaced.writerCpuPercent);
            m_rows.append(unpacedRow);

            Trial best;
            double bestRate = 0;
            int probes = 0;
            QStringList tried;
            if (unpaced.ok && unpaced.lost == 0) {
                best = unpaced;
                bestRate = unpaced.writerRate;
            } else {
                double lossy = qMax(1.0, unpaced.writerRate);
                double safe = 0;
                // A lapped reader delivered at about the rate it can sustain: start just below it.
                double probe = qMin(lossy * 0.8, qMax(lossy * 0.25, unpaced.minRate * 0.9));
                for (; probes < maxProbes && !g_interrupted; ++probes) {
                    spec.rate = probe;
                    const Trial t = runTrial(spec);
                    const bool clean = t.ok && t.lost == 0;
                    tried << u"%1k%2"_s.arg(probe / 1000, 0, 'f', 0).arg(clean ? u"ok"_s : u"lossy"_s);
                    progress(u"  paced %1 msg/s: readers %2 msg/s, lost %3%4"_s.arg(probe, 0, 'f', 0)
                                 .arg(t.meanRate, 0, 'f', 0).arg(t.lost).arg(t.ok ? anomalies(t) : u"; "_s + t.problem));
                    if (clean) {
                        safe = probe;
                        // A paced writer may fall short of its pace: keep the best delivered rate.
                        if (t.meanRate > best.meanRate) {
                            best = t;
                            bestRate = probe;
                        }
                    } else {
                        lossy = probe;
                    }
                    if (safe > 0 && lossy / safe < 1.15)
                        break;
                    probe = safe > 0 ? std::sqrt(safe * lossy) : probe * 0.5;
                }
            }
            // best is a clean trial when bestRate > 0, and a default (failed) one otherwise.
            Row row = measuredRow(u"throughput"_s, spec, best);
            if (bestRate > 0) {
                row.ratio = sock.meanRate > 0 ? std::optional<double>(best.meanRate / sock.meanRate) : std::nullopt;
                row.note = (probes > 0 ? u"highest loss-free paced rate; tried %1"_s.arg(tried.join(u' '))
                                       : u"unpaced, no loss"_s)
                    + u"; writer %1% CPU"_s.arg(best.writerCpuPercent, 0, 'f', 0);
            } else {
                row.note = u"no loss-free rate found; tried %1"_s.arg(tried.join(u' '));
            }
            row.note += anomalies(best);
            row.extra.insert("min_reader_msgs_per_s"_L1, best.minRate);
            row.extra.insert("paced_rate"_L1, bestRate);
            row.extra.insert("writer_msgs_per_s"_L1, best.writerRate);
            row.extra.insert("writer_cpu_percent"_L1, best.writerCpuPercent);
            m_rows.append(row);

            if (readers == 1) {
                // Diagnostic: the same run with a writer whose event loop does not run while it
                // sends, so its channel does not read back its own messages meanwhile.
                TrialSpec diag = spec;
                diag.rate = 0;
                diag.pumpMs = 0;
                const Trial t = runTrial(diag);
                Row d = measuredRow(u"throughput_diag"_s, diag, t);
                d.note = t.ok ? u"unpaced, writer's event loop idle while sending: writer %1 msg/s at %2% CPU"_s
                                    .arg(t.writerRate, 0, 'f', 0).arg(t.writerCpuPercent, 0, 'f', 0)
                              : t.problem;
                d.note += anomalies(t);
                d.extra.insert("writer_msgs_per_s"_L1, t.writerRate);
                d.extra.insert("writer_cpu_percent"_L1, t.writerCpuPercent);
                m_rows.append(d);
                progress(u"  diag (writer loop idle): writer %1 msg/s, readers %2 msg/s, lost %3"_s
                             .arg(t.writerRate, 0, 'f', 0).arg(t.meanRate, 0, 'f', 0).arg(t.lost));
            }
        }
    }
}

void Runner::latency()
{
    const int count = m_o.quick ? 200 : 1000;
    const int gapUs = 3000;
    std::optional<double> sockP99;
    // QLocalSocket first, so that each ShmChat row can be compared with it.
    const auto measure = [&](bool shm, int poll) {
        TrialSpec spec;
        spec.shm = shm;
        spec.pollMs = poll;
        spec.count = count;
        spec.gapUs = gapUs;
        spec.samples = true;
        const Trial t = runTrial(spec);
        Row row;
        row.scenario = u"latency"_s;
        row.transport = transportName(shm);
        row.readers = 1;
        row.msgBytes = spec.msgBytes;
        if (shm)
            row.pollMs = poll;
        row.lost = t.lost;
        if (t.ok && !t.readers.isEmpty()) {
            const QJsonObject &r = t.readers.first();
            row.p50Us = r.value("p50_us"_L1).toDouble();
            row.p99Us = r.value("p99_us"_L1).toDouble();
            row.maxUs = r.value("max_us"_L1).toDouble();
            row.extra.insert("samples_us"_L1, r.value("samples_us"_L1));
            if (!shm)
                sockP99 = row.p99Us;
            else if (sockP99 && *sockP99 > 0)
                row.ratio = *row.p99Us / *sockP99;
            row.note = shm ? u"%1 msgs, ~%2 ms apart"_s.arg(count).arg(gapUs / 1000) : u"readyRead"_s;
        } else {
            row.note = t.problem;
        }
        m_rows.append(row);
        progress(u"latency %1%2: p50 %3 us p99 %4 us"_s.arg(row.transport)
                     .arg(shm ? u" poll %1 ms"_s.arg(poll) : QString())
                     .arg(row.p50Us.value_or(-1)).arg(row.p99Us.value_or(-1)));
    };
    measure(false, 0);
    for (const int poll : { 1, 5, 10 })
        measure(true, poll);
}

void Runner::idle()
{
    const int idleMs = m_o.quick ? 3000 : 10000;
    const int deadlineMs = idleMs + 15000;
    const QString room = uniqueName("bench-idle-");
    const QString server = uniqueName("shmchat-bench-idle-");
    // Both idle at once: neither does anything that could disturb the other.
    auto relay = spawn(u"sock-relay"_s, { u"--name"_s, server, u"--readers"_s, u"0"_s, u"--deadline-ms"_s,
                                          QString::number(deadlineMs) });
    waitUntil([&] { return relay->saw("READY") || relay->finished(); }, 10000);
    auto shm = spawn(u"shm-idle"_s, { u"--name"_s, room, u"--idle-ms"_s, QString::number(idleMs),
                                      u"--deadline-ms"_s, QString::number(deadlineMs) });
    auto sock = spawn(u"sock-idle"_s, { u"--connect"_s, server, u"--idle-ms"_s, QString::number(idleMs),
                                        u"--deadline-ms"_s, QString::number(deadlineMs) });
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
        m_rows.append(row);
        progress(u"idle %1: %2 % of a core"_s.arg(row.transport).arg(row.cpuPercent.value_or(-1), 0, 'f', 3));
    }
    shm.reset();
    sock.reset();
    relay.reset();
    removeRoom(room);
    QLocalServer::removeServer(server);
}

void Runner::flood()
{
    // The same 100,000-message flood into the chat window itself, and into a bare IpcChannel
    // reader for comparison: the difference is what the window's model and view cost.
    struct Variant
    {
        QString scenario;
        QString role;
        QString what;
    };
    QList<Variant> variants;
#ifdef SHMCHAT_BENCH_HAVE_GUI
    variants.append({ u"window_flood"_s, u"window-reader"_s, u"chat window (offscreen)"_s });
#else
    Row missing;
    missing.scenario = u"window_flood"_s;
    missing.transport = transportName(true);
    missing.note = u"not measured: no chat window (target shmchat_gui) in this build"_s;
    m_rows.append(missing);
#endif
    variants.append({ u"flood"_s, QString(), u"IpcChannel reader"_s });

    for (const Variant &variant : std::as_const(variants)) {
        TrialSpec spec;
        spec.count = 100000;
        spec.stallTimer = true;
        spec.readerRole = variant.role;
        const Trial t = runTrial(spec);
        Row row = measuredRow(variant.scenario, spec, t);
        if (t.ok && !t.readers.isEmpty()) {
            const QJsonObject &r = t.readers.first();
            const double stallP99 = r.value("stall_p99_ms"_L1).toDouble();
            const double stallMax = r.value("stall_max_ms"_L1).toDouble();
            const double rssMiB = r.value("peak_rss_kib"_L1).toDouble() / 1024;
            row.extra.insert("stall_p99_ms"_L1, stallP99);
            row.extra.insert("stall_max_ms"_L1, stallMax);
            row.extra.insert("ticks"_L1, r.value("ticks"_L1));
            row.extra.insert("peak_rss_kib"_L1, r.value("peak_rss_kib"_L1));
            row.extra.insert("rss_before_kib"_L1, r.value("rss_at_start_kib"_L1));
            row.extra.insert("writer_msgs_per_s"_L1, t.writerRate);
            row.note = u"%6, 100k msgs unpaced; 1 ms timer (%5 ticks): stall p99 %1 ms, max %2 ms; peak RSS %3 MiB (%4 before)"_s
                           .arg(stallP99, 0, 'f', 1).arg(stallMax, 0, 'f', 1).arg(rssMiB, 0, 'f', 1)
                           .arg(r.value("rss_at_start_kib"_L1).toDouble() / 1024, 0, 'f', 1)
                           .arg(r.value("ticks"_L1).toInteger()).arg(variant.what);
        } else {
            row.note = variant.what + u": "_s + t.problem;
        }
        m_rows.append(row);
        progress(u"%1: %2"_s.arg(variant.scenario, row.note));
    }
}

void Runner::costs()
{
    for (const Cost &cost : measureCosts(m_o.quick)) {
        Row row;
        row.scenario = u"cost"_s;
        row.transport = transportName(true);
        row.msgBytes = cost.msgBytes;
        row.extra.insert("what"_L1, cost.what);
        row.extra.insert("ns_per_call"_L1, cost.ns);
        row.note = u"%1: %2 ns"_s.arg(cost.what).arg(cost.ns, 0, 'f', 0);
        m_rows.append(row);
    }
}

const Row *findRow(const QList<Row> &rows, const QString &scenario, const QString &transport, int readers,
                   int bytes, std::optional<int> poll = std::nullopt)
{
    for (const Row &row : rows) {
        if (row.scenario == scenario && row.transport == transport && (readers == 0 || row.readers == readers)
            && (bytes == 0 || row.msgBytes == bytes) && (!poll || row.pollMs == poll))
            return &row;
    }
    return nullptr;
}

void Runner::evaluateTargets()
{
    const auto add = [this](const QString &name, const QString &measured, std::optional<bool> met) {
        const QString verdict = !met ? u"NOT MEASURED"_s : *met ? u"met"_s : u"MISSED"_s;
        m_targetLines << u"  %1  %2: %3"_s.arg(verdict, -12).arg(name, measured);
        // Same keys as every result line, so that a consumer can treat all lines alike.
        Row row;
        row.scenario = u"target"_s;
        row.note = measured;
        row.extra.insert("target"_L1, name);
        row.extra.insert("measured"_L1, measured);
        row.extra.insert("met"_L1, met ? QJsonValue(*met) : QJsonValue(QJsonValue::Null));
        m_targetJson.append(row.toJson());
    };
    const QString shm = transportName(true);
    const QString sock = transportName(false);
    if (wanted("throughput")) {
        const Row *s = findRow(m_rows, u"throughput"_s, shm, 1, 128);
        const Row *q = findRow(m_rows, u"throughput"_s, sock, 1, 128);
        if (s && q) {
            const double rate = s->msgsPerS.value_or(0);
            const bool met = rate >= 1e6 && s->lost == 0 && rate >= q->msgsPerS.value_or(0);
            add(u"1->1 128 B >= 1,000,000 msg/s, 0 lost, >= QLocalSocket"_s,
                u"%1 msg/s loss-free vs QLocalSocket %2 msg/s"_s.arg(rate, 0, 'f', 0).arg(q->msgsPerS.value_or(0), 0, 'f', 0),
                s->msgsPerS.has_value() ? std::optional<bool>(met) : std::optional<bool>(false));
        }
        for (const int bytes : { 128, 1024 }) {
            const Row *s8 = findRow(m_rows, u"throughput"_s, shm, 8, bytes);
            const Row *q8 = findRow(m_rows, u"throughput"_s, sock, 8, bytes);
            if (s8 && q8) {
                const double ratio = s8->ratio.value_or(0);
                add(u"1->8 %1 B per-reader rate >= 3x QLocalSocket"_s.arg(bytes),
                    u"%1x (%2 vs %3 msg/s per reader)"_s.arg(ratio, 0, 'f', 2).arg(s8->msgsPerS.value_or(0), 0, 'f', 0)
                        .arg(q8->msgsPerS.value_or(0), 0, 'f', 0),
                    ratio >= 3.0);
            }
        }
    }
    if (wanted("idle")) {
        const Row *s = findRow(m_rows, u"idle"_s, shm, 0, 0);
        if (s && s->cpuPercent)
            add(u"idle member <= 0.3% of a core"_s, u"%1%"_s.arg(*s->cpuPercent, 0, 'f', 3), *s->cpuPercent <= 0.3);
    }
    if (wanted("latency")) {
        for (const int poll : { 1, 5, 10 }) {
            const Row *s = findRow(m_rows, u"latency"_s, shm, 1, 0, poll);
            if (s && s->p99Us) {
                add(u"latency p99 <= poll + 1 ms at poll %1 ms"_s.arg(poll),
                    u"p99 %1 ms (limit %2 ms)"_s.arg(*s->p99Us / 1000, 0, 'f', 2).arg(poll + 1),
                    *s->p99Us <= (poll + 1) * 1000.0);
            }
        }
    }
    if (wanted("flood")) {
        // The target is the window's; the bare reader's row is for comparison.
        const Row *s = findRow(m_rows, u"window_flood"_s, shm, 1, 0);
        if (s && s->extra.contains("stall_p99_ms"_L1)) {
            const double p99 = s->extra.value("stall_p99_ms"_L1).toDouble();
            add(u"chat window under a 100k flood: p99 event-loop stall <= 50 ms"_s,
                u"p99 %1 ms, max %2 ms, peak RSS %3 MiB"_s.arg(p99, 0, 'f', 1)
                    .arg(s->extra.value("stall_max_ms"_L1).toDouble(), 0, 'f', 1)
                    .arg(s->extra.value("peak_rss_kib"_L1).toDouble() / 1024, 0, 'f', 1),
                p99 <= 50);
        } else {
            add(u"chat window under a 100k flood: p99 event-loop stall <= 50 ms"_s, u"not measured"_s, std::nullopt);
        }
    }
}

// Busy CPU time of the whole machine, in ns, from /proc/stat (Linux); -1 elsewhere.
qint64 machineBusyNs()
{
    QFile file(u"/proc/stat"_s);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = file.readLine().simplified().split(' ');
    if (fields.size() < 8 || fields.first() != "cpu")
        return -1;
    // user nice system idle iowait irq softirq steal: everything but idle and iowait is busy.
    qint64 busy = 0;
    for (int i = 1; i < qMin<qsizetype>(fields.size(), 9); ++i) {
        if (i != 4 && i != 5)
            busy += fields.at(i).toLongLong();
    }
    return busy * (1000000000 / 100); // USER_HZ is 100 on Linux
}

// CPU used by this process and every child it has waited for, in ns.
qint64 ourCpuNs()
{
#if defined(Q_OS_UNIX)
    struct rusage children {};
    if (::getrusage(RUSAGE_CHILDREN, &children) != 0)
        return processCpuNs();
    const auto ns = [](const timeval &tv) { return qint64(tv.tv_sec) * 1000000000 + qint64(tv.tv_usec) * 1000; };
    return processCpuNs() + ns(children.ru_utime) + ns(children.ru_stime);
#else
    return processCpuNs();
#endif
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"n/a"_s;
    return QString::fromLatin1(file.readLine().trimmed());
}

QByteArray Runner::jsonLines() const
{
    QByteArray lines;
    for (const Row &row : m_rows)
        lines += QJsonDocument(row.toJson()).toJson(QJsonDocument::Compact) + '\n';
    for (const QJsonObject &target : m_targetJson)
        lines += QJsonDocument(target).toJson(QJsonDocument::Compact) + '\n';
    return lines;
}

void Runner::print() const
{
    if (m_o.json) {
        const QByteArray lines = jsonLines();
        std::fwrite(lines.constData(), 1, size_t(lines.size()), stdout);
        std::fflush(stdout);
        return;
    }
    const auto num = [](const auto &v, int precision) {
        return v ? QString::number(double(*v), 'f', precision) : u"-"_s;
    };
    const auto big = [](const std::optional<double> &v) {
        return v ? QLocale::c().toString(qint64(std::llround(*v))) : u"-"_s;
    };
    out(u"%1 %2 %3 %4 %5 %6 %7 %8 %9"_s.arg(u"scenario"_s, -18).arg(u"transport"_s, -12).arg(u"rdrs"_s, 4)
            .arg(u"bytes"_s, 5).arg(u"poll"_s, 4).arg(u"msgs/s/rdr"_s, 11).arg(u"MB/s/rdr"_s, 8)
            .arg(u"lost"_s, 8).arg(u"p50 us"_s, 8)
        + u" %1 %2 %3 %4  %5"_s.arg(u"p99 us"_s, 8).arg(u"max us"_s, 8).arg(u"cpu%"_s, 7)
              .arg(u"vs sock"_s, 7).arg(u"note"_s));
    for (const Row &row : m_rows) {
        if (row.scenario == u"meta"_s)
            continue;
        out(u"%1 %2 %3 %4 %5 %6 %7 %8 %9"_s.arg(row.scenario, -18).arg(row.transport, -12)
                .arg(row.readers > 0 ? QString::number(row.readers) : u"-"_s, 4)
                .arg(row.msgBytes > 0 ? QString::number(row.msgBytes) : u"-"_s, 5)
                .arg(row.pollMs ? QString::number(*row.pollMs) : u"-"_s, 4)
                .arg(big(row.msgsPerS), 11).arg(num(row.mbPerS, 1), 8)
                .arg(row.lost ? QLocale::c().toString(*row.lost) : u"-"_s, 8).arg(num(row.p50Us, 0), 8)
            + u" %1 %2 %3 %4  %5"_s.arg(num(row.p99Us, 0), 8).arg(num(row.maxUs, 0), 8)
                  .arg(num(row.cpuPercent, row.scenario == u"idle"_s ? 3 : 1), 7)
                  .arg(row.ratio ? QString::number(*row.ratio, 'f', 2) + u'x' : u"-"_s, 7)
                  .arg(row.note));
    }
    out(QString());
    out(u"vs sock: ShmChat's figure / QLocalSocket's for the row's main measure (throughput: msgs/s, "
        "higher is better; latency: p99, idle: cpu%, lower is better)."_s);
    out(u"Targets (reported, not asserted):"_s);
    for (const QString &line : m_targetLines)
        out(line);
}

int Runner::run()
{
    QElapsedTimer clock;
    clock.start();
    const QString header = u"shmchat-bench: Qt %1, %2 CPUs, load %3; mode %4; ring %5 KiB (%6-byte record header), "
                           "default poll interval %7 ms; throughput trials %8 ms"_s
                               .arg(QString::fromLatin1(qVersion())).arg(QThread::idealThreadCount())
                               .arg(loadAverage(), m_o.quick ? u"quick"_s : u"full"_s)
                               .arg(ShmChat::Layout::RingCapacity / 1024).arg(ShmChat::Wire::RecordHeaderSize)
                               .arg(IpcChannel::DefaultPollInterval).arg(m_o.quick ? 300 : 1000);
    progress(header);
    const qint64 machineStart = machineBusyNs();
    const qint64 oursStart = ourCpuNs();
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    if (wanted("throughput") && !g_interrupted)
        throughput();
    if (wanted("latency") && !g_interrupted)
        latency();
    if (wanted("idle") && !g_interrupted)
        idle();
    if (wanted("flood") && !g_interrupted)
        flood();
    if (wanted("costs") && !g_interrupted)
        costs();
    if (g_interrupted)
        progress(u"interrupted; results so far follow"_s);
    // The machine is shared: say how much of it others used, since that depresses every figure.
    QString contention;
    const qint64 machineEnd = machineBusyNs();
    if (machineStart >= 0 && machineEnd >= 0 && clock.elapsed() > 0) {
        const double others = double(machineEnd - machineStart - (ourCpuNs() - oursStart));
        contention = u"other processes used %1% of the machine's %2 CPUs during the run"_s
                         .arg(qMax(0.0, 100.0 * others / (double(clock.elapsed()) * 1e6 * QThread::idealThreadCount())), 0, 'f', 0)
                         .arg(QThread::idealThreadCount());
    }
    evaluateTargets();
    {
        Row meta;
        meta.scenario = u"meta"_s;
        meta.pollMs = IpcChannel::DefaultPollInterval;
        meta.note = header;
        meta.extra.insert("ring_bytes"_L1, qint64(ShmChat::Layout::RingCapacity));
        meta.extra.insert("quick"_L1, m_o.quick);
        meta.extra.insert("elapsed_s"_L1, double(clock.elapsed()) / 1000);
        meta.extra.insert("contention"_L1, contention);
        m_rows.prepend(meta);
    }
    if (!m_o.jsonFile.isEmpty()) {
        QFile file(m_o.jsonFile);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(jsonLines()) < 0)
            progress(u"cannot write %1: %2"_s.arg(m_o.jsonFile, file.errorString()));
    }
    if (!m_o.json)
        out(header);
    print();
    if (!m_o.json)
        out(u"Elapsed: %1 s; %2"_s.arg(double(clock.elapsed()) / 1000, 0, 'f', 1).arg(contention));
    progress(contention);
    return 0;
}

} // namespace

int runBenchmarks(const RunnerOptions &options)
{
    Runner runner(options);
    return runner.run();
}

} // namespace Bench
