// The few things ShmChat needs from the OS that Qt does not offer. Every OS call of core/ is in
// platform.cpp, behind a platform guard, with a fallback for the others.
#pragma once

#include "shmchat_os.h"

#include <QtCore/QByteArray>
#include <QtCore/QString>

// System V shared memory as Qt uses it: ftok() of a path, shmget(), shmat(). Qt 6.4 on Linux
// and macOS uses it unless Qt was built with QT_POSIX_IPC; 6.6+ offers it beside POSIX.
#if defined(SHMCHAT_OS_UNIX) && !defined(Q_OS_ANDROID) && !defined(QT_POSIX_IPC)
#  define SHMCHAT_HAVE_SYSV 1
#endif

namespace ShmChat::Platform {

// False only when the OS says for sure that no such process exists. Where the OS cannot tell
// (another user's process, an unsupported platform) the answer is true: callers then fall
// back to heartbeats and timeouts, which are slower but never wrong about a live peer.
bool isProcessAlive(qint64 pid);

// A stable identity of the user running us, to scope room keys per user.
QString userIdentity();

// Milliseconds on a clock that all processes of the machine share and that never goes back.
qint64 steadyMsecs();

// The PID and time namespaces this process lives in (Linux); 0 where the OS has none. Two
// processes that differ here cannot compare pids or steady clocks.
struct Namespaces
{
    quint64 pid = 0;
    quint64 time = 0;
};
Namespaces namespaces();

// Where the user's rendezvous folder goes: a place that does not depend on the environment
// (TMPDIR), is not cleaned by temp-folder cleaners, and that every process of the user, in
// every container sharing it, finds. Empty where rooms need no folder (Windows).
QString rendezvousParent();

enum class FolderError {
    None,
    NotAFolder,       // something else (a file, a symbolic link) has the name
    Foreign,          // it belongs to another user
    PermissionDenied, // we may not create or enter it
    ReadOnly,         // the file system is read-only
    NoSpace,          // no space or no inodes left
    Missing,          // the parent does not exist
    Other,
};
struct FolderCheck
{
    FolderError error = FolderError::None;
    qint64 owner = -1; // for Foreign
    int osError = 0;   // errno, for Other
};
// Creates path as a folder only we can enter (0700) if it does not exist; checks that an
// existing one is a real folder of ours, and closes it to others if it was open.
FolderCheck ensurePrivateFolder(const QString &path);

// An exclusive lock on a folder that the OS releases when the process dies, however it dies
// (flock on Unix). Never waits.
class FolderLock
{
public:
    FolderLock() = default;
    ~FolderLock() { unlock(); }
    FolderLock(const FolderLock &) = delete;
    FolderLock &operator=(const FolderLock &) = delete;

    bool tryLock(const QString &folder);
    void unlock();
    bool isLocked() const { return m_handle != -1; }

private:
    int m_handle = -1;
};

// What is at the System V key of a path, looked at without Qt (which, from 6.6, removes a
// segment nobody is attached to as a side effect of attaching) and without attaching for good.
struct SysvSegment
{
    enum class State { Absent, Present, NoAccess, NoKey, Unsupported, Error } state = State::Unsupported;
    qint64 id = -1;
    qint64 uid = -1;
    qint64 creatorUid = -1;
    quint32 mode = 0;     // permission bits
    qint64 attached = 0;  // processes attached now
    qint64 size = 0;
    QByteArray head;      // the first bytes, copied out (Present only)
    int osError = 0;
};
SysvSegment inspectSysvSegment(const QString &keyPath, qsizetype headBytes);

// True when the segment at keyPath's key is the one with this id (false when the path or the
// segment is gone, or another segment took the key).
bool sysvKeyLeadsTo(const QString &keyPath, qint64 id);

// Maps the segment at keyPath's key read-write, creating one of createSize bytes if there is
// none and createSize > 0; nullptr on failure. Undone with detachSysv(), which never removes the
// segment. For tests and tools that play another program.
void *attachSysv(const QString &keyPath, qint64 createSize);
void detachSysv(void *memory);

// Our effective user id on Unix, -1 elsewhere.
qint64 effectiveUserId();

// True when the OS error (errno) of an attachment says the process has attached as many
// segments as the system allows it (macOS: kern.sysv.shmseg, 8 by default).
bool isResourceLimit(int osError);

// True inside the macOS App Sandbox, where System V IPC is refused (and POSIX names need an
// application group ShmChat does not have).
bool isAppSandboxed();

} // namespace ShmChat::Platform
