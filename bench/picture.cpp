#include "scenarios.h"

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Bench {

// A 1 MiB picture, one every ~50 ms, from one writer to 1 and to 8 readers: through the room's
// picture area (each reader copies the bytes out and verifies size and checksum, as a window
// does before decoding) beside the same bytes through QLocalSocket (a frame of 1 MiB, through
// the relay process for 8 readers). One-way latency from the send call to the bytes verified
// in the reader's hands; nothing is decoded on either side.
void pictureScenario(Lab &lab, bool quick, QList<Row> *rows)
{
    constexpr int PictureBytes = 1024 * 1024;
    const int count = quick ? 20 : 60;
    for (const int readers : { 1, 8 }) {
        std::optional<double> sockP99;
        for (const bool shm : { false, true }) {
            TrialSpec spec;
            spec.shm = shm;
            spec.readers = readers;
            spec.msgBytes = PictureBytes;
            spec.count = count;
            spec.gapUs = 50000;
            spec.samples = true;
            // Poll every millisecond: the figure is the transport's, not the wait for a poll
            // (the latency rows show what each poll interval adds).
            spec.pollMs = 1;
            const Trial t = lab.runTrial(spec);
            Row row = rowFor(u"picture"_s, spec);
            row.lost = t.lost;
            if (t.ok && !t.readers.isEmpty()) {
                // The median reader's p50, the worst reader's p99.
                QList<double> p50s;
                double p99 = 0;
                for (const QJsonObject &r : t.readers) {
                    p50s.append(r.value("p50_us"_L1).toDouble());
                    p99 = qMax(p99, r.value("p99_us"_L1).toDouble());
                }
                std::sort(p50s.begin(), p50s.end());
                row.p50Us = p50s.at(p50s.size() / 2);
                row.p99Us = p99;
                if (!shm)
                    sockP99 = p99;
                else if (sockP99 && *sockP99 > 0)
                    row.ratio = p99 / *sockP99;
                row.note = u"%1 pictures of 1 MiB, ~50 ms apart; %2"_s.arg(count)
                               .arg(shm ? u"copied out and verified (XXH3)"_s
                                        : readers > 1 ? u"via relay process"_s : u"readyRead"_s)
                    + anomalies(t);
            } else {
                row.note = t.problem;
            }
            rows->append(row);
            progress(u"picture %1 to %2: p50 %3 us p99 %4 us"_s.arg(row.transport).arg(readers)
                         .arg(row.p50Us.value_or(-1)).arg(row.p99Us.value_or(-1)));
        }
    }
}

} // namespace Bench
