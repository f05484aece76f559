#include "targets.h"

#include <optional>
#include <tuple>
#include <utility>

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
        // Issue 12's ratios against QLocalSocket in the same run, per reader.
        for (const auto &[readers, bytes, wantedRatio] : { std::tuple{ 1, 128, 4.0 }, std::tuple{ 8, 128, 3.0 },
                                                           std::tuple{ 1, 1024, 2.0 }, std::tuple{ 8, 1024, 2.0 } }) {
            const Row *s = findRow(rows, u"throughput"_s, shm, readers, bytes);
            const Row *q = findRow(rows, u"throughput"_s, sock, readers, bytes);
            if (!s || !q)
                continue;
            const double ratio = s->ratio.value_or(0);
            add(u"1->%1 %2 B%3 rate >= %4x QLocalSocket, loss-free"_s.arg(readers).arg(bytes)
                    .arg(readers > 1 ? u" per-reader"_s : QString()).arg(wantedRatio, 0, 'f', 0),
                u"%1x (%2 vs %3 msg/s%4)"_s.arg(ratio, 0, 'f', 2).arg(s->msgsPerS.value_or(0), 0, 'f', 0)
                    .arg(q->msgsPerS.value_or(0), 0, 'f', 0).arg(readers > 1 ? u" per reader"_s : QString()),
                s->msgsPerS.has_value() && s->lost == 0 && ratio >= wantedRatio);
        }
    }
    if (wanted(only, "costs")) {
        for (const auto &[bytes, limitNs] : { std::pair{ 128, 50.0 }, std::pair{ 1024, 200.0 } }) {
            const Row *decode = nullptr;
            for (const Row &row : rows) {
                if (row.scenario == u"cost"_s && row.msgBytes == bytes
                    && row.extra.value("what"_L1).toString().startsWith(u"Wire::decode"_s))
                    decode = &row;
            }
            if (!decode)
                continue;
            const double ns = decode->extra.value("ns_per_call"_L1).toDouble();
            add(u"reader cost per %1 B record (copied out; checks and conversion) <= %2 ns"_s.arg(bytes).arg(limitNs, 0, 'f', 0),
                u"%1 ns"_s.arg(ns, 0, 'f', 0), ns <= limitNs);
        }
    }
    if (wanted(only, "idle")) {
        const Row *s = findRow(rows, u"idle"_s, shm, 0, 0);
        if (s && s->cpuPercent)
            add(u"idle member, active window <= 0.15% of a core"_s, u"%1%"_s.arg(*s->cpuPercent, 0, 'f', 3), *s->cpuPercent <= 0.15);
        const Row *b = findRow(rows, u"idle_background"_s, shm, 0, 0);
        if (b && b->cpuPercent)
            add(u"idle member, window in the background <= 0.03% of a core"_s, u"%1%"_s.arg(*b->cpuPercent, 0, 'f', 3),
                *b->cpuPercent <= 0.03);
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
