// The project's performance targets, judged against the rows of a run: reported, never
// asserted, since a shared machine can miss any of them for reasons outside ShmChat.
#pragma once

#include "report.h"

#include <QtCore/QList>
#include <QtCore/QStringList>

namespace Bench {

struct Targets
{
    QStringList lines; // for the table
    QList<Row> rows;   // for JSON: scenario "target", with the same keys as every result line
};

// Only the targets of the scenarios that `only` asked for (empty = all).
Targets evaluateTargets(const QList<Row> &rows, const QStringList &only);

bool wanted(const QStringList &only, const char *scenario);

} // namespace Bench
