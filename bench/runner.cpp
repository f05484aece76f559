#include "runner.h"

#include "benchcommon.h"
#include "children.h"
#include "contention.h"
#include "report.h"
#include "scenarios.h"
#include "targets.h"

#include "ipcchannel.h"
#include "roomsegment_p.h" // read-only: the ring's capacity, to print it

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QThread>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Bench {

int runBenchmarks(const RunnerOptions &options)
{
    QElapsedTimer clock;
    clock.start();
    const QString header = u"shmchat-bench: Qt %1, %2 CPUs, load %3; mode %4; ring %5 KiB (%6-byte record header), "
                           "default poll interval %7 ms; throughput trials %8 ms"_s
                               .arg(QString::fromLatin1(qVersion())).arg(QThread::idealThreadCount())
                               .arg(loadAverage(), options.quick ? u"quick"_s : u"full"_s)
                               .arg(ShmChat::Layout::RingCapacity / 1024).arg(ShmChat::Wire::RecordHeaderSize)
                               .arg(IpcChannel::DefaultPollInterval).arg(options.quick ? 300 : 1000);
    progress(header);
    const ContentionMeter contentionMeter;
    catchInterrupts();

    Lab lab;
    QList<Row> rows;
    for (const Scenario &scenario : Scenarios) {
        if (wanted(options.only, scenario.name) && !interrupted())
            scenario.run(lab, options.quick, &rows);
    }
    if (interrupted())
        progress(u"interrupted; results so far follow"_s);
    const QString contention = contentionMeter.report(clock.elapsed());
    const Targets targets = evaluateTargets(rows, options.only);
    {
        Row meta;
        meta.scenario = u"meta"_s;
        meta.pollMs = IpcChannel::DefaultPollInterval;
        meta.note = header;
        meta.extra.insert("ring_bytes"_L1, qint64(ShmChat::Layout::RingCapacity));
        meta.extra.insert("quick"_L1, options.quick);
        meta.extra.insert("elapsed_s"_L1, double(clock.elapsed()) / 1000);
        meta.extra.insert("contention"_L1, contention);
        rows.prepend(meta);
    }

    const QByteArray json = jsonLines(rows) + jsonLines(targets.rows);
    if (!options.jsonFile.isEmpty()) {
        QFile file(options.jsonFile);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) < 0)
            progress(u"cannot write %1: %2"_s.arg(options.jsonFile, file.errorString()));
    }
    if (options.json) {
        writeFlushed(stdout, json);
    } else {
        out(header);
        printTable(rows, targets.lines);
        out(u"Elapsed: %1 s; %2"_s.arg(double(clock.elapsed()) / 1000, 0, 'f', 1).arg(contention));
    }
    progress(contention);
    return 0;
}

} // namespace Bench
