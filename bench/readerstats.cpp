#include "readerstats.h"

#include "benchcommon.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QTimer>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Bench {

void ReaderStats::start()
{
    m_cpuStartNs = processCpuNs();
    m_wallStartNs = nowNs();
    m_rssAtStartKiB = peakRssKiB();
}

bool ReaderStats::onText(QStringView text, qint64 recvNs)
{
    const Parsed parsed = parseText(text);
    switch (parsed.kind) {
    case Parsed::Kind::Data:
        if (m_received == 0) {
            m_firstSendNs = parsed.sendNs;
            m_firstRecvNs = recvNs;
        }
        ++m_received;
        if (parsed.seq > m_expected)
            m_gapLost += parsed.seq - m_expected;
        m_expected = parsed.seq + 1;
        m_lastRecvNs = recvNs;
        if (m_options.samples)
            m_latencyUs.append(double(recvNs - parsed.sendNs) / 1000.0);
        return false;
    case Parsed::Kind::End:
        m_sent = qint64(parsed.seq);
        m_endRecvNs = recvNs;
        return true;
    case Parsed::Kind::Invalid:
        ++m_invalid;
        return false;
    }
    return false;
}

void ReaderStats::onError(const QString &message)
{
    if (m_errors++ == 0)
        m_firstError = message;
}

void ReaderStats::onTick(qint64 now)
{
    // Only gaps while messages flow count: before the first and after the last, the loop idles.
    if (m_lastTickNs != 0 && m_received > 0 && m_endRecvNs == 0)
        m_tickGapsMs.append(double(now - m_lastTickNs) / 1e6);
    m_lastTickNs = now;
}

QJsonObject ReaderStats::result(bool timedOut) const
{
    const qint64 now = nowNs();
    QJsonObject r{
        { "received"_L1, qint64(m_received) },
        { "sent"_L1, m_sent },
        { "lost"_L1, m_sent >= 0 ? qMax<qint64>(0, m_sent - qint64(m_received)) : qint64(-1) },
        { "gap_lost"_L1, qint64(m_gapLost) },
        { "missed_signal"_L1, qint64(m_missedSignal) },
        { "invalid"_L1, qint64(m_invalid) },
        { "first_send_ns"_L1, m_firstSendNs },
        { "first_recv_ns"_L1, m_firstRecvNs },
        { "last_recv_ns"_L1, m_lastRecvNs },
        { "end_recv_ns"_L1, m_endRecvNs },
        { "cpu_ns"_L1, processCpuNs() - m_cpuStartNs },
        { "wall_ns"_L1, now - m_wallStartNs },
        { "peak_rss_kib"_L1, peakRssKiB() },
        { "rss_at_start_kib"_L1, m_rssAtStartKiB },
        { "timed_out"_L1, timedOut },
        { "errors"_L1, qint64(m_errors) },
        { "first_error"_L1, m_firstError },
    };
    if (m_options.samples) {
        const Summary s = summarize(m_latencyUs);
        r.insert("p50_us"_L1, s.p50);
        r.insert("p99_us"_L1, s.p99);
        r.insert("max_us"_L1, s.max);
        QJsonArray samples;
        for (double v : m_latencyUs)
            samples.append(std::round(v * 10) / 10);
        r.insert("samples_us"_L1, samples);
    }
    if (m_options.stallTimer) {
        const Summary s = summarize(m_tickGapsMs);
        r.insert("stall_p99_ms"_L1, s.p99);
        r.insert("stall_max_ms"_L1, s.max);
        r.insert("ticks"_L1, qint64(s.count));
    }
    return r;
}

int ReaderRun::exec()
{
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, [this] { finish(true); });
    deadline.start(m_options.deadlineMs);

    // A 1 ms tick stands in for the repaints and input a window must keep serving.
    QTimer ticker;
    if (m_options.stallTimer) {
        ticker.setTimerType(Qt::PreciseTimer);
        QObject::connect(&ticker, &QTimer::timeout, [this] { stats.onTick(nowNs()); });
        ticker.start(1);
    }
    stats.start();
    printLine("READY");
    QCoreApplication::exec();
    return m_timedOut ? 3 : 0;
}

void ReaderRun::finish(bool timedOut)
{
    if (m_done)
        return;
    m_done = true;
    m_timedOut = timedOut;
    printResult(stats.result(timedOut));
    QCoreApplication::quit();
}

} // namespace Bench
