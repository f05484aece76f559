#include "scenarios.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace Bench {

void latencyScenario(Lab &lab, bool quick, QList<Row> *rows)
{
    const int count = quick ? 200 : 1000;
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
        const Trial t = lab.runTrial(spec);
        Row row = rowFor(u"latency"_s, spec);
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
        rows->append(row);
        progress(u"latency %1%2: p50 %3 us p99 %4 us"_s.arg(row.transport)
                     .arg(shm ? u" poll %1 ms"_s.arg(poll) : QString())
                     .arg(row.p50Us.value_or(-1)).arg(row.p99Us.value_or(-1)));
    };
    measure(false, 0);
    for (const int poll : { 1, 5, 10 })
        measure(true, poll);
}

} // namespace Bench
