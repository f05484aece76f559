// The scenario families the parent runs, one file each. A scenario runs its trials through the
// Lab and appends its result rows; --only picks scenarios by these names.
#pragma once

#include "report.h"
#include "trial.h"

#include <QtCore/QList>

namespace Bench {

// Highest loss-free rate, 1 to 1 and 1 to 8 readers (throughput.cpp).
void throughputScenario(Lab &lab, bool quick, QList<Row> *rows);
// One-way latency per poll interval (latency.cpp).
void latencyScenario(Lab &lab, bool quick, QList<Row> *rows);
// CPU of a member that only waits (idle.cpp).
void idleScenario(Lab &lab, bool quick, QList<Row> *rows);
// Event-loop stalls of the chat window and of a bare reader under a flood (flood.cpp).
void floodScenario(Lab &lab, bool quick, QList<Row> *rows);
// Per-call CPU of the pieces of ShmChat's path, in this process (costs.cpp).
void costsScenario(Lab &lab, bool quick, QList<Row> *rows);
// A 1 MiB picture to 1 and to 8 readers, latency per picture (picture.cpp).
void pictureScenario(Lab &lab, bool quick, QList<Row> *rows);

struct Scenario
{
    const char *name;
    void (*run)(Lab &lab, bool quick, QList<Row> *rows);
};

// The table lists rows in the order the scenarios ran.
inline constexpr Scenario Scenarios[] = {
    { "throughput", throughputScenario },
    { "latency", latencyScenario },
    { "idle", idleScenario },
    { "flood", floodScenario },
    { "costs", costsScenario },
    { "picture", pictureScenario },
};

} // namespace Bench
