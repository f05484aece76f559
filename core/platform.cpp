#include "platform_p.h"

#include <QtCore/QFile>
#include <QtCore/QtGlobal>

#include <chrono>
#include <cstring>

#if defined(SHMCHAT_OS_UNIX)
#  include <cerrno>
#  include <climits>
#  include <fcntl.h>
#  include <signal.h>
#  include <sys/file.h>
#  include <sys/stat.h>
#  include <unistd.h>
#elif defined(SHMCHAT_OS_WIN)
#  include <qt_windows.h>
#  include <sddl.h>
#  include <memory>
#endif
#if defined(SHMCHAT_HAVE_SYSV)
#  include <sys/ipc.h>
#  include <sys/shm.h>
#endif

namespace ShmChat::Platform {

bool isProcessAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
#if defined(SHMCHAT_OS_UNIX)
    if (pid > INT_MAX)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#elif defined(SHMCHAT_OS_WIN)
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

#if defined(SHMCHAT_OS_WIN)
namespace {
// The SID of the user the process token belongs to, as "S-1-5-21-...": unique across domains
// and not the caller's to change, unlike %USERNAME%. Empty when the token cannot be read.
QString tokenUserSid()
{
    HANDLE token = nullptr;
    if (!::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, &token))
        return QString();
    DWORD size = 0;
    ::GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    QString sid;
    if (size > 0) {
        // TOKEN_USER holds a pointer into the same buffer, which must be suitably aligned.
        std::unique_ptr<TOKEN_USER[]> buffer(new TOKEN_USER[size / sizeof(TOKEN_USER) + 1]);
        wchar_t *text = nullptr;
        if (::GetTokenInformation(token, TokenUser, buffer.get(), size, &size)
            && ::ConvertSidToStringSidW(buffer[0].User.Sid, &text)) {
            sid = QString::fromWCharArray(text);
            ::LocalFree(text);
        }
    }
    ::CloseHandle(token);
    return sid;
}
} // namespace
#endif

QString userIdentity()
{
#if defined(SHMCHAT_OS_UNIX)
    // The uid, not $USER: the environment is the caller's to change, the uid is not.
    return QString::number(::getuid());
#elif defined(SHMCHAT_OS_WIN)
    static const QString sid = tokenUserSid();
    if (!sid.isEmpty())
        return sid;
    // A process that may not read its own token has bigger problems; the name still scopes
    // rooms per user, only less reliably.
    return qEnvironmentVariable("USERNAME");
#else
    // No identity the OS vouches for: the name the environment gives, as the best guess.
    return qEnvironmentVariable("USER");
#endif
}

qint64 steadyMsecs()
{
    // steady_clock is CLOCK_MONOTONIC on Linux, mach_absolute_time on macOS and
    // QueryPerformanceCounter on Windows: all system-wide, so heartbeats compare across processes.
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

Namespaces namespaces()
{
    Namespaces result;
#if defined(SHMCHAT_OS_LINUX)
    // Each namespace is an inode of the nsfs file system; equal inodes, same namespace.
    struct stat info;
    if (::stat("/proc/self/ns/pid", &info) == 0)
        result.pid = quint64(info.st_ino);
    if (::stat("/proc/self/ns/time", &info) == 0)
        result.time = quint64(info.st_ino);
#endif
    return result;
}

QString rendezvousParent()
{
#if defined(SHMCHAT_OS_LINUX)
    // /dev/shm: a local tmpfs that temp-folder cleaners leave alone, that lives as long as the
    // shared memory does, and that containers sharing the host's IPC namespace also share.
    struct stat info;
    if (::stat("/dev/shm", &info) == 0 && S_ISDIR(info.st_mode))
        return QStringLiteral("/dev/shm");
    return QStringLiteral("/tmp");
#elif defined(SHMCHAT_OS_UNIX)
    return QStringLiteral("/tmp");
#else
    return QString();
#endif
}

#if defined(SHMCHAT_OS_UNIX)
namespace {
FolderError folderErrorFor(int error)
{
    switch (error) {
    case EACCES:
    case EPERM:
        return FolderError::PermissionDenied;
    case EROFS:
        return FolderError::ReadOnly;
    case ENOSPC:
    case EDQUOT:
        return FolderError::NoSpace;
    case ENOENT:
        return FolderError::Missing;
    case ENOTDIR:
        return FolderError::NotAFolder;
    default:
        return FolderError::Other;
    }
}
} // namespace
#endif

FolderCheck ensurePrivateFolder(const QString &path)
{
    FolderCheck check;
#if defined(SHMCHAT_OS_UNIX)
    const QByteArray native = QFile::encodeName(path);
    if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST) {
        check.osError = errno;
        check.error = folderErrorFor(errno);
        return check;
    }
    // lstat: a symbolic link planted under our name must not lead us elsewhere.
    struct stat info;
    if (::lstat(native.constData(), &info) != 0) {
        check.osError = errno;
        check.error = folderErrorFor(errno);
        return check;
    }
    if (!S_ISDIR(info.st_mode)) {
        check.error = FolderError::NotAFolder;
        return check;
    }
    if (info.st_uid != ::geteuid()) {
        check.error = FolderError::Foreign;
        check.owner = qint64(info.st_uid);
        return check;
    }
    if ((info.st_mode & 0077) != 0 && ::chmod(native.constData(), 0700) != 0) {
        check.osError = errno;
        check.error = folderErrorFor(errno);
        return check;
    }
    if (::access(native.constData(), R_OK | W_OK | X_OK) != 0) {
        check.osError = errno;
        check.error = folderErrorFor(errno);
    }
#else
    Q_UNUSED(path);
#endif
    return check;
}

bool FolderLock::tryLock(const QString &folder)
{
    unlock();
#if defined(SHMCHAT_OS_UNIX)
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd == -1)
        return false;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return false;
    }
    m_handle = fd;
    return true;
#else
    // Named kernel objects are created and destroyed atomically there: nothing to serialise.
    Q_UNUSED(folder);
    m_handle = 0;
    return true;
#endif
}

void FolderLock::unlock()
{
    if (m_handle == -1)
        return;
#if defined(SHMCHAT_OS_UNIX)
    ::close(m_handle); // releases the flock
#endif
    m_handle = -1;
}

SysvSegment inspectSysvSegment(const QString &keyPath, qsizetype headBytes)
{
    SysvSegment segment;
#if defined(SHMCHAT_HAVE_SYSV)
    // The same key Qt derives from a native key: ftok(path, 'Q').
    const key_t key = ::ftok(QFile::encodeName(keyPath).constData(), 'Q');
    if (key == -1) {
        segment.state = SysvSegment::State::NoKey;
        segment.osError = errno;
        return segment;
    }
    const int id = ::shmget(key, 0, 0);
    if (id == -1) {
        segment.osError = errno;
        segment.state = errno == ENOENT ? SysvSegment::State::Absent
                      : errno == EACCES ? SysvSegment::State::NoAccess
                                        : SysvSegment::State::Error;
        return segment;
    }
    segment.id = id;
    struct shmid_ds ds;
    if (::shmctl(id, IPC_STAT, &ds) != 0) {
        segment.osError = errno;
        segment.state = errno == EACCES ? SysvSegment::State::NoAccess : SysvSegment::State::Error;
        return segment;
    }
    segment.uid = qint64(ds.shm_perm.uid);
    segment.creatorUid = qint64(ds.shm_perm.cuid);
    segment.mode = quint32(ds.shm_perm.mode & 0777);
    segment.attached = qint64(ds.shm_nattch);
    segment.size = qint64(ds.shm_segsz);
    segment.state = SysvSegment::State::Present;
    if (headBytes > 0) {
        // A read-only mapping, undone with shmdt(): unlike QSharedMemory::detach(), that never
        // removes the segment, whoever else is (not) attached.
        void *memory = ::shmat(id, nullptr, SHM_RDONLY);
        if (memory == reinterpret_cast<void *>(-1)) {
            segment.osError = errno;
            segment.state = errno == EACCES ? SysvSegment::State::NoAccess : SysvSegment::State::Error;
            return segment;
        }
        const qsizetype n = qMin<qsizetype>(headBytes, qsizetype(segment.size));
        segment.head = QByteArray(static_cast<const char *>(memory), n);
        ::shmdt(memory);
    }
#else
    Q_UNUSED(keyPath);
    Q_UNUSED(headBytes);
#endif
    return segment;
}

bool sysvKeyLeadsTo(const QString &keyPath, qint64 id)
{
#if defined(SHMCHAT_HAVE_SYSV)
    const key_t key = ::ftok(QFile::encodeName(keyPath).constData(), 'Q');
    return key != -1 && id >= 0 && ::shmget(key, 0, 0) == int(id);
#else
    Q_UNUSED(keyPath);
    Q_UNUSED(id);
    return true;
#endif
}

void *attachSysv(const QString &keyPath, qint64 createSize)
{
#if defined(SHMCHAT_HAVE_SYSV)
    const key_t key = ::ftok(QFile::encodeName(keyPath).constData(), 'Q');
    if (key == -1)
        return nullptr;
    int id = ::shmget(key, 0, 0600);
    if (id == -1 && createSize > 0)
        id = ::shmget(key, size_t(createSize), 0600 | IPC_CREAT | IPC_EXCL);
    if (id == -1)
        return nullptr;
    void *memory = ::shmat(id, nullptr, 0);
    return memory == reinterpret_cast<void *>(-1) ? nullptr : memory;
#else
    Q_UNUSED(keyPath);
    Q_UNUSED(createSize);
    return nullptr;
#endif
}

void detachSysv(void *memory)
{
#if defined(SHMCHAT_HAVE_SYSV)
    if (memory)
        ::shmdt(memory);
#else
    Q_UNUSED(memory);
#endif
}

bool isResourceLimit(int osError)
{
#if defined(SHMCHAT_OS_UNIX)
    // shmat() says EMFILE when the process has attached all it may (kern.sysv.shmseg on
    // macOS; Linux sets no such limit by default).
    return osError == EMFILE;
#else
    Q_UNUSED(osError);
    return false;
#endif
}

bool isAppSandboxed()
{
#if defined(SHMCHAT_OS_MACOS)
    // The sandbox sets it for every process it contains; Qt 6.4 offers no public way to ask.
    return qEnvironmentVariableIsSet("APP_SANDBOX_CONTAINER_ID");
#else
    return false;
#endif
}

qint64 effectiveUserId()
{
#if defined(SHMCHAT_OS_UNIX)
    return qint64(::geteuid());
#else
    return -1;
#endif
}

} // namespace ShmChat::Platform
