// The parent process of shmchat-bench: starts the children of each scenario, collects what
// they report, and prints one table (or one JSON object per result line).
#pragma once

#include <QtCore/QStringList>

namespace Bench {

struct RunnerOptions
{
    bool quick = false;
    bool json = false;
    QString jsonFile; // also write the JSON lines here, whatever stdout shows
    QStringList only; // scenario names; empty = all
};

int runBenchmarks(const RunnerOptions &options);

} // namespace Bench
