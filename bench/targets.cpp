#include "targets.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace Bench {

namespace {

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

} // namespace

bool wanted(const QStringList &only, const char *scenario)
{
    return only.isEmpty() || only.contains(QLatin1StringView(scenario));
}

Targets evaluateTargets(const QList<Row> &rows, const QStringList &only)
{
    Targets targets;
    const auto add = [&targets](const QString &name, const QString &measured, std::optional<bool> met) {
        const QString verdict = !met ? u"NOT MEASURED"_s : *met ? u"met"_s : u"MISSED"_s;
        targets.lines << u"  %1  %2: %3"_s.arg(verdict, -12).arg(name, measured);
        Row row;
        row.scenario = u"target"_s;
        row.note = measured;
        row.extra.insert("target"_L1, name);
        row.extra.insert("measured"_L1, measured);
        row.extra.insert("met"_L1, met ? QJsonValue(*met) : QJsonValue(QJsonValue::Null));
        targets.rows.append(row);
    };
    const QString shm = transportName(true);
    const QString sock = transportName(false);
    if (wanted(only, "throughput")) {
        const Row *s = findRow(rows, u"throughput"_s, shm, 1, 128);
        const Row *q = findRow(rows, u"throughput"_s, sock, 1, 128);
        if (s && q) {
            const double rate = s->msgsPerS.value_or(0);
            const bool met = rate >= 1e6 && s->lost == 0 && rate >= q->msgsPerS.value_or(0);
            add(u"1->1 128 B >= 1,000,000 msg/s, 0 lost, >= QLocalSocket"_s,
                u"%1 msg/s loss-free vs QLocalSocket %2 msg/s"_s.arg(rate, 0, 'f', 0).arg(q->msgsPerS.value_or(0), 0, 'f', 0),
                s->msgsPerS.has_value() ? std::optional<bool>(met) : std::optional<bool>(false));
        }
        for (const int bytes : { 128, 1024 }) {
            const Row *s8 = findRow(rows, u"throughput"_s, shm, 8, bytes);
            const Row *q8 = findRow(rows, u"throughput"_s, sock, 8, bytes);
            if (s8 && q8) {
                const double ratio = s8->ratio.value_or(0);
                add(u"1->8 %1 B per-reader rate >= 3x QLocalSocket"_s.arg(bytes),
                    u"%1x (%2 vs %3 msg/s per reader)"_s.arg(ratio, 0, 'f', 2).arg(s8->msgsPerS.value_or(0), 0, 'f', 0)
                        .arg(q8->msgsPerS.value_or(0), 0, 'f', 0),
                    ratio >= 3.0);
            }
        }
    }
    if (wanted(only, "idle")) {
        const Row *s = findRow(rows, u"idle"_s, shm, 0, 0);
        if (s && s->cpuPercent)
            add(u"idle member <= 0.3% of a core"_s, u"%1%"_s.arg(*s->cpuPercent, 0, 'f', 3), *s->cpuPercent <= 0.3);
    }
    if (wanted(only, "latency")) {
        for (const int poll : { 1, 5, 10 }) {
            const Row *s = findRow(rows, u"latency"_s, shm, 1, 0, poll);
            if (s && s->p99Us) {
                add(u"latency p99 <= poll + 1 ms at poll %1 ms"_s.arg(poll),
                    u"p99 %1 ms (limit %2 ms)"_s.arg(*s->p99Us / 1000, 0, 'f', 2).arg(poll + 1),
                    *s->p99Us <= (poll + 1) * 1000.0);
            }
        }
    }
    if (wanted(only, "flood")) {
        // The target is the window's; the bare reader's row is for comparison.
        const Row *s = findRow(rows, u"window_flood"_s, shm, 1, 0);
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
    return targets;
}

} // namespace Bench
