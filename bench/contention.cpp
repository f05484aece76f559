#include "contention.h"

#include "benchcommon.h"

#include <QtCore/QFile>
#include <QtCore/QList>
#include <QtCore/QThread>

using namespace Qt::StringLiterals;

namespace Bench {

namespace {

// Busy CPU time of the whole machine, in ns, from /proc/stat (Linux); -1 elsewhere.
qint64 machineBusyNs()
{
    QFile file(u"/proc/stat"_s);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = file.readLine().simplified().split(' ');
    if (fields.size() < 8 || fields.first() != "cpu")
        return -1;
    // user nice system idle iowait irq softirq steal: everything but idle and iowait is busy.
    qint64 busy = 0;
    for (int i = 1; i < qMin<qsizetype>(fields.size(), 9); ++i) {
        if (i != 4 && i != 5)
            busy += fields.at(i).toLongLong();
    }
    return busy * (1000000000 / 100); // USER_HZ is 100 on Linux
}

// Ours is this process and every child it has waited for: all of a run's children.
qint64 ourCpuNs()
{
    return processCpuNs() + waitedChildrenCpuNs();
}

} // namespace

ContentionMeter::ContentionMeter() : m_machineStartNs(machineBusyNs()), m_oursStartNs(ourCpuNs()) {}

QString ContentionMeter::report(qint64 elapsedMs) const
{
    const qint64 machineEnd = machineBusyNs();
    if (m_machineStartNs < 0 || machineEnd < 0 || elapsedMs <= 0)
        return QString();
    const double others = double(machineEnd - m_machineStartNs - (ourCpuNs() - m_oursStartNs));
    return u"other processes used %1% of the machine's %2 CPUs during the run"_s
        .arg(qMax(0.0, 100.0 * others / (double(elapsedMs) * 1e6 * QThread::idealThreadCount())), 0, 'f', 0)
        .arg(QThread::idealThreadCount());
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"n/a"_s;
    return QString::fromLatin1(file.readLine().trimmed());
}

} // namespace Bench
