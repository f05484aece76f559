// How much of the machine other processes used during a run. The machine is shared, and what
// others use depresses every figure, so each run says it.
#pragma once

#include <QtCore/QString>

namespace Bench {

class ContentionMeter
{
public:
    // Takes the starting readings.
    ContentionMeter();
    // "other processes used N% of the machine's M CPUs during the run", or empty where the
    // machine's CPU time cannot be read.
    QString report(qint64 elapsedMs) const;

private:
    qint64 m_machineStartNs;
    qint64 m_oursStartNs;
};

// /proc/loadavg as it reads, or "n/a".
QString loadAverage();

} // namespace Bench
