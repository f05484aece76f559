// The roles runRole() starts, one file per kind, and what they share. Every role reports on
// stdout through benchcommon.h and returns the process exit code: 2 when it could not start.
#pragma once

#include "roles.h"

class IpcChannel;
class QLocalSocket;

namespace Bench {

// readerroles.cpp: receive until the end marker, report what arrived and when.
int shmReader(const RoleOptions &o);
#ifdef SHMCHAT_BENCH_HAVE_GUI
int windowReader(const RoleOptions &o);
#endif
int sockReader(const RoleOptions &o);

// writerroles.cpp: send at the asked pace, then the end marker, and report the cost.
int shmWriter(const RoleOptions &o);
int sockWriter(const RoleOptions &o);

// idleroles.cpp: stay connected doing nothing, and report the CPU that costs.
int shmIdle(const RoleOptions &o);
int sockIdle(const RoleOptions &o);

// relayrole.cpp: the QLocalSocket baseline's fan-out from one writer to several readers.
int sockRelay(const RoleOptions &o);

// Joins o.name (with o.pollMs, when set) as nickPrefix + pid: as an observer that skips the
// history, or as a full member. False, after saying why on stderr, when that fails.
enum class Membership { Observer, Member };
bool joinRoom(IpcChannel &channel, const RoleOptions &o, const QString &nickPrefix, Membership membership);
// Connects to o.connectTo; false, after saying why on stderr, when that fails.
bool connectSocket(QLocalSocket &socket, const RoleOptions &o);

} // namespace Bench
