// What every reader role counts, whatever the transport, and the event loop it counts in. The
// keys of the result it prints are what the parent's Lab::runTrial() reads.
#pragma once

#include "roles.h"

#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringView>

namespace Bench {

class ReaderStats
{
public:
    explicit ReaderStats(const RoleOptions &options) : m_options(options) {}

    void start();
    // True once the end marker has arrived.
    bool onText(QStringView text, qint64 recvNs);
    void onMissed(quint64 count) { m_missedSignal += count; }
    void onError(const QString &message);
    void onTick(qint64 now);
    QJsonObject result(bool timedOut) const;

private:
    const RoleOptions &m_options;
    quint64 m_received = 0;
    quint64 m_expected = 0;
    quint64 m_gapLost = 0;
    quint64 m_missedSignal = 0;
    quint64 m_invalid = 0;
    quint64 m_errors = 0;
    QString m_firstError;
    qint64 m_sent = -1;
    qint64 m_firstSendNs = 0;
    qint64 m_firstRecvNs = 0;
    qint64 m_lastRecvNs = 0;
    qint64 m_endRecvNs = 0;
    qint64 m_cpuStartNs = 0;
    qint64 m_wallStartNs = 0;
    qint64 m_rssAtStartKiB = 0;
    qint64 m_lastTickNs = 0;
    QList<double> m_latencyUs;
    QList<double> m_tickGapsMs;
};

// Runs the event loop until finish() or the deadline; prints the result exactly once.
class ReaderRun
{
public:
    explicit ReaderRun(const RoleOptions &options) : stats(options), m_options(options) {}

    int exec();
    void finish(bool timedOut);

    ReaderStats stats;

private:
    const RoleOptions &m_options;
    bool m_done = false;
    bool m_timedOut = false;
};

} // namespace Bench
