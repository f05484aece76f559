// One trial: a writer and its readers (and, for QLocalSocket to several readers, the relay
// between them), each in its own process, started, waited for, summed up and torn down.
#pragma once

#include "children.h"
#include "report.h"

#include "ipcchannel.h"

#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>

#include <memory>

namespace Bench {

struct TrialSpec
{
    bool shm = true;
    int readers = 1;
    int msgBytes = 128;
    int pollMs = IpcChannel::DefaultPollInterval;
    double rate = 0;
    int durationMs = 0;
    qint64 count = 0;
    int gapUs = 0;
    bool samples = false;
    bool stallTimer = false;
    int pumpMs = -1; // ShmChat writer; -1 = the role's default
    QString readerRole; // empty: the transport's plain reader
};

struct Trial
{
    bool ok = false;
    QString problem;
    QList<QJsonObject> readers;
    QJsonObject writer;
    qint64 sent = 0;
    double writerRate = 0;
    double meanRate = 0;   // per reader: messages delivered / (last delivery - first send)
    double minRate = 0;
    qint64 lost = 0;       // summed over readers
    qint64 missedSignal = 0;
    qint64 gapLost = 0;
    qint64 sendFailed = 0;
    bool endWritten = true;
    qint64 readerErrors = 0; // IpcChannel::errorOccurred, summed over readers
    QString firstError;
    double writerCpuPercent = 0;
    double cpuPercent = 0; // mean over readers, of one core, while messages flowed
    double readerNsPerMsg = 0; // mean over readers: their CPU time per message received
};

// Where the scenarios start their children: it hands out room and server names that no other
// trial of this run (or another run at the same time) uses.
class Lab
{
public:
    QString uniqueName(const char *prefix);
    Trial runTrial(const TrialSpec &spec);

private:
    int m_serial = 0;
};

// A room's segment outlives children that were killed; attaching and leaving as the last user
// removes it, so interrupted trials leave nothing behind.
void removeRoom(const QString &room);

// What went wrong besides lapping, for the row's note: send failures and channel errors are
// findings about core, not about the benchmark. Empty, or "; "-prefixed to follow other text.
QString anomalies(const Trial &t);
// For progress lines: the anomalies of a trial that ran, or why it did not.
QString outcome(const Trial &t);

// The columns that say what a row is about: scenario, transport, readers, size, poll.
Row rowFor(const QString &scenario, const TrialSpec &spec);
// rowFor() plus the fields every throughput-like row takes from its trial. A failed trial
// measured nothing: its row keeps "-" rather than zeros that look like results.
Row measuredRow(const QString &scenario, const TrialSpec &spec, const Trial &trial);
// The writer's own rate and CPU, for ShmChat rows whose writer may be the bottleneck.
void addWriterFigures(Row *row, const Trial &trial);

} // namespace Bench
