#include "scenarios.h"

#include <QtCore/QStringList>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace Bench {

namespace {

struct Search
{
    Trial best;          // a clean trial when bestRate > 0, a default (failed) one otherwise
    double bestRate = 0; // the writer's pace (or unpaced rate) that gave `best`
    int probes = 0;
    QStringList tried;   // for the row's note, e.g. "400kok 200klossy"
};

// ShmChat's writer can outrun its readers, who then lose what it laps. The figure that counts
// is the highest rate none of them loses: unpaced if that is already clean, else bisected
// between the last loss-free and the first lossy pace.
Search searchLossFreeRate(Lab &lab, TrialSpec spec, const Trial &unpaced, int maxProbes)
{
    Search search;
    if (unpaced.ok && unpaced.lost == 0) {
        search.best = unpaced;
        search.bestRate = unpaced.writerRate;
        return search;
    }
    double lossy = qMax(1.0, unpaced.writerRate);
    double safe = 0;
    // A lapped reader delivered at about the rate it can sustain: start just below it.
    double probe = qMin(lossy * 0.8, qMax(lossy * 0.25, unpaced.minRate * 0.9));
    for (; search.probes < maxProbes && !interrupted(); ++search.probes) {
        spec.rate = probe;
        const Trial t = lab.runTrial(spec);
        const bool clean = t.ok && t.lost == 0;
        search.tried << u"%1k%2"_s.arg(probe / 1000, 0, 'f', 0).arg(clean ? u"ok"_s : u"lossy"_s);
        progress(u"  paced %1 msg/s: readers %2 msg/s, lost %3%4"_s.arg(probe, 0, 'f', 0)
                     .arg(t.meanRate, 0, 'f', 0).arg(t.lost).arg(outcome(t)));
        if (clean) {
            safe = probe;
            // A paced writer may fall short of its pace: keep the best delivered rate.
            if (t.meanRate > search.best.meanRate) {
                search.best = t;
                search.bestRate = probe;
            }
        } else {
            lossy = probe;
        }
        if (safe > 0 && lossy / safe < 1.15)
            break;
        probe = safe > 0 ? std::sqrt(safe * lossy) : probe * 0.5;
    }
    return search;
}

// A reader's whole cost per message, wake-ups and all: the cost rows split up its parts.
QString readerCost(const Trial &trial)
{
    return u"reader %1 ns CPU/msg"_s.arg(trial.readerNsPerMsg, 0, 'f', 0);
}

// Writes the rows of one size and reader count: QLocalSocket, ShmChat unpaced, ShmChat's best
// loss-free rate, and (1 reader) the diagnostic run.
void measureOne(Lab &lab, int bytes, int readers, int trialMs, int maxProbes, QList<Row> *rows)
{
    // Baseline first, so the ShmChat row can state its ratio.
    TrialSpec spec;
    spec.shm = false;
    spec.readers = readers;
    spec.msgBytes = bytes;
    spec.durationMs = trialMs;
    const Trial sock = lab.runTrial(spec);
    Row sockRow = measuredRow(u"throughput"_s, spec, sock);
    sockRow.note = sock.ok ? (readers > 1 ? u"via relay process; "_s : QString()) + readerCost(sock) : sock.problem;
    sockRow.extra.insert("min_reader_msgs_per_s"_L1, sock.minRate);
    sockRow.extra.insert("writer_msgs_per_s"_L1, sock.writerRate);
    rows->append(sockRow);
    progress(u"throughput qlocalsocket 1->%1 %2 B: %3 msg/s per reader, lost %4"_s
                 .arg(readers).arg(bytes).arg(sock.meanRate, 0, 'f', 0).arg(sock.lost));

    // ShmChat: first unpaced; if that loses messages, search the highest paced rate
    // that does not.
    spec.shm = true;
    spec.pollMs = IpcChannel::DefaultPollInterval;
    const Trial unpaced = lab.runTrial(spec);
    progress(u"throughput shmchat 1->%1 %2 B unpaced: writer %3 msg/s, readers %4 msg/s, lost %5%6"_s
                 .arg(readers).arg(bytes).arg(unpaced.writerRate, 0, 'f', 0)
                 .arg(unpaced.meanRate, 0, 'f', 0).arg(unpaced.lost).arg(outcome(unpaced)));
    Row unpacedRow = measuredRow(u"throughput_unpaced"_s, spec, unpaced);
    unpacedRow.note = unpaced.ok ? u"not paced; writer %1 msg/s at %2% CPU; "_s.arg(unpaced.writerRate, 0, 'f', 0)
                                         .arg(unpaced.writerCpuPercent, 0, 'f', 0) + readerCost(unpaced)
                                 : unpaced.problem;
    unpacedRow.note += anomalies(unpaced);
    addWriterFigures(&unpacedRow, unpaced);
    unpacedRow.extra.insert("missed_signal"_L1, unpaced.missedSignal);
    unpacedRow.extra.insert("gap_lost"_L1, unpaced.gapLost);
    rows->append(unpacedRow);

    const Search search = searchLossFreeRate(lab, spec, unpaced, maxProbes);
    const Trial &best = search.best;
    const double bestRate = search.bestRate;
    Row row = measuredRow(u"throughput"_s, spec, best);
    if (bestRate > 0) {
        row.ratio = sock.meanRate > 0 ? std::optional<double>(best.meanRate / sock.meanRate) : std::nullopt;
        row.note = (search.probes > 0 ? u"highest loss-free paced rate; tried %1"_s.arg(search.tried.join(u' '))
                                      : u"unpaced, no loss"_s)
            + u"; writer %1% CPU; "_s.arg(best.writerCpuPercent, 0, 'f', 0) + readerCost(best);
    } else {
        row.note = u"no loss-free rate found; tried %1"_s.arg(search.tried.join(u' '));
    }
    row.note += anomalies(best);
    row.extra.insert("min_reader_msgs_per_s"_L1, best.minRate);
    row.extra.insert("paced_rate"_L1, bestRate);
    addWriterFigures(&row, best);
    rows->append(row);

    if (readers == 1) {
        // Diagnostic: the same run with a writer whose event loop does not run while it
        // sends, so its channel does not read back its own messages meanwhile.
        TrialSpec diag = spec;
        diag.rate = 0;
        diag.pumpMs = 0;
        const Trial t = lab.runTrial(diag);
        Row d = measuredRow(u"throughput_diag"_s, diag, t);
        d.note = t.ok ? u"unpaced, writer's event loop idle while sending: writer %1 msg/s at %2% CPU"_s
                            .arg(t.writerRate, 0, 'f', 0).arg(t.writerCpuPercent, 0, 'f', 0)
                      : t.problem;
        d.note += anomalies(t);
        addWriterFigures(&d, t);
        rows->append(d);
        progress(u"  diag (writer loop idle): writer %1 msg/s, readers %2 msg/s, lost %3"_s
                     .arg(t.writerRate, 0, 'f', 0).arg(t.meanRate, 0, 'f', 0).arg(t.lost));
    }
}

} // namespace

void throughputScenario(Lab &lab, bool quick, QList<Row> *rows)
{
    const int trialMs = quick ? 300 : 1000;
    const int maxProbes = quick ? 3 : 5;
    for (const int bytes : { 128, 1024 }) {
        for (const int readers : { 1, 8 })
            measureOne(lab, bytes, readers, trialMs, maxProbes, rows);
    }
}

} // namespace Bench
