// The directory of a user's rooms: which rooms have members now, and how many.
//
// There is no registry to keep in step: the user's rendezvous folder (rendezvous_p.h) already
// holds one key folder per room that has a segment, so the directory reads that. For each key
// folder it looks at the segment behind the key read-only (Platform::inspectSysvSegment: the
// header and the member table copied out, never attached for good), under the user's lock like
// every other attachment, and believes nothing it has not checked: the segment must be ours,
// of this layout and size, of our namespaces, name a room whose identity matches both the name
// and the folder's, and members count only with an intact slot, a live pid and a fresh
// heartbeat. Where rooms need no key folders (Windows, POSIX names) the directory is not
// available: a named kernel object cannot be listed.
#pragma once

#include "chatmessage.h"

#include <QtCore/QList>
#include <QtCore/QString>

namespace ShmChat::RoomDirectory {

// Bounds on the work, whatever the folder holds: entries looked at, and how long one entry may
// wait for the user's lock before it is skipped.
constexpr int MaxEntries = 512;
constexpr int LockBudgetUs = 2000;

enum class Status { Listed, Unavailable };

// The rooms with at least one live member, by name. *skipped (if given) counts key folders that
// could not be looked at because the user's lock stayed busy.
QList<ChatRoom> list(Status *status, int *skipped = nullptr);
bool available();

} // namespace ShmChat::RoomDirectory
