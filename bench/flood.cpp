#include "scenarios.h"

using namespace Qt::StringLiterals;

namespace Bench {

void floodScenario(Lab &lab, bool /*quick*/, QList<Row> *rows)
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
    rows->append(missing);
#endif
    variants.append({ u"flood"_s, QString(), u"IpcChannel reader"_s });

    for (const Variant &variant : std::as_const(variants)) {
        TrialSpec spec;
        spec.count = 100000;
        spec.stallTimer = true;
        spec.readerRole = variant.role;
        const Trial t = lab.runTrial(spec);
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
        rows->append(row);
        progress(u"%1: %2"_s.arg(variant.scenario, row.note));
    }
}

} // namespace Bench
