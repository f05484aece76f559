// Per-message CPU cost of the pieces of ShmChat's path, measured in this process, next to a
// cheaper way to do the same work. They explain the end-to-end figures and size the fixes
// proposed for core; nothing here is used by core.
#pragma once

#include <QtCore/QList>
#include <QtCore/QString>

namespace Bench {

struct Cost
{
    QString what;          // the operation, as core does it today
    int msgBytes = 0;
    double ns = 0;         // per call
};

QList<Cost> measureCosts(bool quick);

} // namespace Bench
