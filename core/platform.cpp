#include "platform_p.h"

#include <QtCore/QtGlobal>

#include <chrono>

#if defined(Q_OS_UNIX)
#  include <cerrno>
#  include <climits>
#  include <signal.h>
#  include <unistd.h>
#elif defined(Q_OS_WIN)
#  include <qt_windows.h>
#endif

namespace ShmChat::Platform {

bool isProcessAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
#if defined(Q_OS_UNIX)
    if (pid > INT_MAX)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#elif defined(Q_OS_WIN)
    if (pid > qint64(MAXDWORD))
        return false;
    HANDLE process = ::OpenProcess(SYNCHRONIZE, FALSE, DWORD(pid));
    if (!process)
        return ::GetLastError() == ERROR_ACCESS_DENIED;
    const DWORD state = ::WaitForSingleObject(process, 0);
    ::CloseHandle(process);
    return state == WAIT_TIMEOUT;
#else
    return true;
#endif
}

QString userIdentity()
{
#if defined(Q_OS_UNIX)
    // The uid, not $USER: the environment is the caller's to change, the uid is not.
    return QString::number(::getuid());
#else
    QString name = qEnvironmentVariable("USERNAME");
    if (name.isEmpty())
        name = qEnvironmentVariable("USER");
    return name;
#endif
}

qint64 steadyMsecs()
{
    // steady_clock is CLOCK_MONOTONIC on Linux, mach_absolute_time on macOS and
    // QueryPerformanceCounter on Windows: all system-wide, so heartbeats compare across processes.
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

} // namespace ShmChat::Platform
