#include "report.h"

#include "benchcommon.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonValue>
#include <QtCore/QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Bench {

QJsonObject Row::toJson() const
{
    // Every key is present on every line, null when not measured, so that consumers need no
    // per-scenario schema.
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

QString transportName(bool shm)
{
    return shm ? u"shmchat"_s : u"qlocalsocket"_s;
}

void progress(const QString &text)
{
    writeFlushed(stderr, "[bench] " + text.toUtf8() + '\n');
}

void out(const QString &text)
{
    writeFlushed(stdout, text.toUtf8() + '\n');
}

QByteArray jsonLines(const QList<Row> &rows)
{
    QByteArray lines;
    for (const Row &row : rows)
        lines += QJsonDocument(row.toJson()).toJson(QJsonDocument::Compact) + '\n';
    return lines;
}

void printTable(const QList<Row> &rows, const QStringList &targetLines)
{
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
    for (const Row &row : rows) {
        if (row.scenario == u"meta"_s)
            continue;
        out(u"%1 %2 %3 %4 %5 %6 %7 %8 %9"_s.arg(row.scenario, -18).arg(row.transport, -12)
                .arg(row.readers > 0 ? QString::number(row.readers) : u"-"_s, 4)
                .arg(row.msgBytes > 0 ? QString::number(row.msgBytes) : u"-"_s, 5)
                .arg(row.pollMs ? QString::number(*row.pollMs) : u"-"_s, 4)
                .arg(big(row.msgsPerS), 11).arg(num(row.mbPerS, 1), 8)
                .arg(row.lost ? QLocale::c().toString(*row.lost) : u"-"_s, 8).arg(num(row.p50Us, 0), 8)
            + u" %1 %2 %3 %4  %5"_s.arg(num(row.p99Us, 0), 8).arg(num(row.maxUs, 0), 8)
                  // An idle member's share of a core is a fraction of a percent.
                  .arg(num(row.cpuPercent, row.scenario.startsWith(u"idle"_s) ? 3 : 1), 7)
                  .arg(row.ratio ? QString::number(*row.ratio, 'f', 2) + u'x' : u"-"_s, 7)
                  .arg(row.note));
    }
    out(QString());
    out(u"vs sock: ShmChat's figure / QLocalSocket's for the row's main measure (throughput: msgs/s, "
        "higher is better; latency: p99, idle: cpu%, lower is better)."_s);
    out(u"Targets (reported, not asserted):"_s);
    for (const QString &line : targetLines)
        out(line);
}

} // namespace Bench
