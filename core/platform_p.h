// The few things ShmChat needs from the OS that Qt does not offer. Each has a portable fallback.
#pragma once

#include <QtCore/QString>

namespace ShmChat::Platform {

// False only when the OS says for sure that no such process exists. Where the OS cannot tell
// (another user's process, an unsupported platform) the answer is true: callers then fall
// back to heartbeats and timeouts, which are slower but never wrong about a live peer.
bool isProcessAlive(qint64 pid);

// A stable identity of the user running us, to scope room keys per user.
QString userIdentity();

// Milliseconds on a clock that all processes of the machine share and that never goes back.
qint64 steadyMsecs();

} // namespace ShmChat::Platform
