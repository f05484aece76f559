// The child processes of shmchat-bench. Each role is one process started by the parent with
// "--role NAME"; it reports on stdout (see benchcommon.h) and always exits by its deadline.
#pragma once

#include <QtCore/QString>

namespace Bench {

struct RoleOptions
{
    QString role;
    QString name;          // room (ShmChat) or server name (QLocalSocket)
    QString connectTo;     // QLocalSocket readers/idle clients: the server to connect to
    int msgBytes = 128;
    double rate = 0;       // messages per second; 0 = as fast as the writer can
    int durationMs = 0;    // writer: stop after this long (0 = no limit)
    qint64 count = 0;      // writer: stop after this many (0 = no limit)
    int gapUs = 0;         // writer: mean spacing between messages (latency runs)
    int pumpMs = 5;        // ShmChat writer: run its event loop this often (0 = not while sending)
    int pollMs = 0;        // ShmChat: poll interval (0 = IpcChannel's default)
    int readers = 0;       // relay: readers to wait for before saying READY
    int idleMs = 0;        // idle roles: how long to measure
    int deadlineMs = 30000;
    bool samples = false;  // readers: report every latency sample
    bool stallTimer = false; // readers: run a 1 ms timer and report the gaps between its ticks
    bool background = false; // ShmChat idle member: as a window that is not active
};

// Returns the process exit code.
int runRole(const RoleOptions &options);

} // namespace Bench
