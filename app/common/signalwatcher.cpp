#include "signalwatcher.h"

#include "shmchat_os.h"

#include <QtCore/QtGlobal>

#if defined(SHMCHAT_OS_UNIX)
#  include <QtCore/QList>
#  include <QtCore/QPointer>
#  include <QtCore/QSocketNotifier>
#  include <QtCore/QThread>
#  include <cerrno>
#  include <csignal>
#  include <cstring>
#  include <fcntl.h>
#  include <unistd.h>
#  include <utility>

namespace {

enum class Kind : unsigned char {
    // Always a termination request.
    Request,
    // A hardware fault when the kernel raises it: returning runs the faulting instruction again,
    // which faults again under the restored action, with the kernel's own siginfo (fault
    // address) for the core dump or a sanitizer's report.
    Fault,
    // A crash when the kernel or this process raises it, but nothing raises it again by itself
    // (int3, seccomp, raise(SIGABRT)), so the handler does.
    Crash,
};

struct HandledSignal
{
    int number;
    Kind kind;
};

// Every signal whose default action ends the process. Those whose default is to ignore, stop or
// continue (SIGCHLD, SIGCONT, SIGTSTP, SIGTTIN, SIGTTOU, SIGURG, SIGWINCH, ...) are not taken:
// job control and the terminal rely on them. SIGRTMIN..SIGRTMAX follow in forEachHandledSignal()
// because glibc computes them at run time.
const HandledSignal handledSignals[] = {
    { SIGHUP, Kind::Request },
    { SIGINT, Kind::Request },
    { SIGQUIT, Kind::Request },
    { SIGILL, Kind::Fault },
    { SIGTRAP, Kind::Crash },
    { SIGABRT, Kind::Crash },
    { SIGBUS, Kind::Fault },
    { SIGFPE, Kind::Fault },
    { SIGUSR1, Kind::Request },
    { SIGSEGV, Kind::Fault },
    { SIGUSR2, Kind::Request },
    { SIGPIPE, Kind::Request },
    { SIGALRM, Kind::Request },
    { SIGTERM, Kind::Request },
#  ifdef SIGSTKFLT
    { SIGSTKFLT, Kind::Request },
#  endif
    { SIGXCPU, Kind::Request },
    { SIGXFSZ, Kind::Request },
    { SIGVTALRM, Kind::Request },
    { SIGPROF, Kind::Request },
#  ifdef SIGIO
    { SIGIO, Kind::Request },
#  endif
#  ifdef SIGPOLL
    { SIGPOLL, Kind::Request }, // the same number as SIGIO on Linux; installed once
#  endif
#  ifdef SIGPWR
    { SIGPWR, Kind::Request },
#  endif
#  ifdef SIGLOST
    { SIGLOST, Kind::Request },
#  endif
#  ifdef SIGEMT
    { SIGEMT, Kind::Crash },
#  endif
    { SIGSYS, Kind::Crash },
};

template<typename Function>
void forEachHandledSignal(Function function)
{
    for (const HandledSignal &handled : handledSignals)
        function(handled.number, handled.kind);
#  if defined(SIGRTMIN) && defined(SIGRTMAX)
    for (int number = SIGRTMIN; number <= SIGRTMAX; ++number)
        function(number, Kind::Request);
#  endif
}

// The pipe carries one byte per signal, so numbers must fit in one; 128 covers every platform's
// real-time range (Linux/MIPS goes up to 127).
constexpr int SignalLimit = 128;

struct Installed
{
    struct sigaction previous;
    Kind kind;
    bool active;
};

// Read by the handler: written only while no handler of ours is installed for that number.
Installed installed[SignalLimit];

// The pipe lives until the process ends. Closing it would race with a handler that is running on
// another thread at that moment and could then write into whatever file reuses the number.
int readFd = -1;
volatile sig_atomic_t writeFd = -1;

QSocketNotifier *notifier = nullptr;
QList<SignalWatcher *> watchers;
bool dispatching = false;

// Raised by the kernel (si_code > 0) or by this very process (abort(), raise(), pthread_kill())
// rather than sent by another one with kill() or sigqueue().
bool raisedHere(const siginfo_t *info)
{
    return info == nullptr || info->si_code > 0 || info->si_pid == ::getpid();
}

void onSignal(int signalNumber, siginfo_t *info, void *)
{
    const int savedErrno = errno;
    if (signalNumber > 0 && signalNumber < SignalLimit) {
        const Installed &entry = installed[signalNumber];
        if (entry.kind != Kind::Request && raisedHere(info)) {
            // A crash: let the action from before deal with it, the default one that dumps
            // core. The signal is blocked while its handler runs, so a raised one arrives as
            // soon as we return. (abort() would end the process even if we only returned: it
            // then restores the default action and raises SIGABRT once more.)
            ::sigaction(signalNumber, &entry.previous, nullptr);
            if (entry.kind != Kind::Fault || info == nullptr || info->si_code <= 0)
                ::raise(signalNumber);
        } else {
            // Non-blocking: when the pipe is full, enough requests are waiting already.
            const unsigned char byte = static_cast<unsigned char>(signalNumber);
            [[maybe_unused]] const auto written = ::write(writeFd, &byte, 1);
        }
    }
    errno = savedErrno;
}

bool setFlags(int fd)
{
    const int statusFlags = ::fcntl(fd, F_GETFL);
    const int descriptorFlags = ::fcntl(fd, F_GETFD);
    return statusFlags != -1 && descriptorFlags != -1
        && ::fcntl(fd, F_SETFL, statusFlags | O_NONBLOCK) != -1
        && ::fcntl(fd, F_SETFD, descriptorFlags | FD_CLOEXEC) != -1;
}

bool makePipe()
{
    if (readFd != -1)
        return true;
    int fds[2];
    if (::pipe(fds) != 0)
        return false;
    if (!setFlags(fds[0]) || !setFlags(fds[1])) {
        ::close(fds[0]);
        ::close(fds[1]);
        return false;
    }
    readFd = fds[0];
    writeFd = fds[1];
    return true;
}

void drainPipe()
{
    unsigned char buffer[64];
    for (;;) {
        const auto count = ::read(readFd, buffer, sizeof buffer);
        if (count <= 0 && !(count < 0 && errno == EINTR))
            break;
    }
}

void dispatch()
{
    dispatching = true;
    unsigned char buffer[64];
    for (;;) {
        const auto count = ::read(readFd, buffer, sizeof buffer);
        if (count < 0 && errno == EINTR)
            continue;
        if (count <= 0)
            break;
        for (qsizetype i = 0; i < count; ++i) {
            // A slot may destroy any watcher, including the one after it.
            QList<QPointer<SignalWatcher>> receivers;
            for (SignalWatcher *watcher : std::as_const(watchers))
                receivers.append(watcher);
            for (const QPointer<SignalWatcher> &watcher : std::as_const(receivers)) {
                if (watcher)
                    emit watcher->terminationRequested(int(buffer[i]));
            }
        }
    }
    dispatching = false;
}

bool isOurs(const struct sigaction &action)
{
    return (action.sa_flags & SA_SIGINFO) && action.sa_sigaction == onSignal;
}

void installHandlers()
{
    struct sigaction action;
    std::memset(&action, 0, sizeof action);
    action.sa_sigaction = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_SIGINFO | SA_RESTART;

    forEachHandledSignal([&action](int number, Kind kind) {
        if (number <= 0 || number >= SignalLimit || installed[number].active)
            return;
        struct sigaction previous;
        if (::sigaction(number, nullptr, &previous) != 0)
            return;
        // SIG_IGN from the parent is its decision (nohup, a shell that ignores SIGPIPE), and a
        // request signal's handler belongs to someone else in this process; take only what still
        // has the default. Two exceptions:
        // - SIGINT and SIGTERM: a script's `kill -INT` of a listener it started in the background
        //   (where shells ignore SIGINT) still means "leave", as it always did here;
        // - faults with a handler already (a sanitizer's, a crash reporter's): a real fault goes
        //   back to that handler (see onSignal), one sent by another process is a request.
        const bool ignored = !(previous.sa_flags & SA_SIGINFO) && previous.sa_handler == SIG_IGN;
        const bool byDefault = !(previous.sa_flags & SA_SIGINFO) && previous.sa_handler == SIG_DFL;
        const bool explicitRequest = number == SIGINT || number == SIGTERM;
        const bool chainable = kind != Kind::Request && !ignored;
        if (!byDefault && !(ignored && explicitRequest) && !chainable)
            return;
        installed[number] = Installed{ previous, kind, false };
        if (::sigaction(number, &action, nullptr) == 0)
            installed[number].active = true;
    });
}

void restoreHandlers()
{
    for (int number = 1; number < SignalLimit; ++number) {
        Installed &entry = installed[number];
        if (!entry.active)
            continue;
        entry.active = false;
        // If someone replaced our handler since (QProcess ignoring SIGPIPE, say), theirs stays.
        struct sigaction current;
        if (::sigaction(number, nullptr, &current) == 0 && isOurs(current))
            ::sigaction(number, &entry.previous, nullptr);
    }
}

bool start()
{
    if (!makePipe()) {
        qWarning("SignalWatcher: cannot create a pipe: %s", std::strerror(errno));
        return false;
    }
    // Signals that arrived while nobody was watching belong to no one here.
    drainPipe();
    notifier = new QSocketNotifier(qintptr(readFd), QSocketNotifier::Read);
    QObject::connect(notifier, &QSocketNotifier::activated, notifier, &dispatch);
    installHandlers();
    return true;
}

void stop()
{
    restoreHandlers();
    notifier->setEnabled(false);
    if (dispatching)
        notifier->deleteLater(); // we are inside its activated() signal
    else
        delete notifier;
    notifier = nullptr;
}

} // namespace

SignalWatcher::SignalWatcher(QObject *parent) : QObject(parent)
{
    Q_ASSERT_X(!notifier || notifier->thread() == QThread::currentThread(), "SignalWatcher",
               "all watchers must live in the same thread");
    if (watchers.isEmpty() && !start())
        return;
    watchers.append(this);
}

SignalWatcher::~SignalWatcher()
{
    if (watchers.removeOne(this) && watchers.isEmpty())
        stop();
}

#elif defined(SHMCHAT_OS_WIN)
#  include <QtCore/QAbstractNativeEventFilter>
#  include <QtCore/QCoreApplication>
#  include <QtCore/QList>
#  include <QtCore/QMutex>
#  include <QtCore/QPointer>
#  include <QtCore/QThread>
#  include <csignal>
#  include <memory>
#  include <utility>
#  include <qt_windows.h>

namespace {

// The system ends the process as soon as the handler returns from a close, logoff or shutdown
// event, and at the latest after 5 s: the handler waits this long for the leave to be done.
constexpr DWORD CloseGraceMs = 4500;

QList<SignalWatcher *> watchers;

void dispatch(int signalNumber)
{
    // A slot may destroy any watcher, including the one after it.
    QList<QPointer<SignalWatcher>> receivers;
    for (SignalWatcher *watcher : std::as_const(watchers))
        receivers.append(watcher);
    for (const QPointer<SignalWatcher> &watcher : std::as_const(receivers)) {
        if (watcher)
            emit watcher->terminationRequested(signalNumber);
    }
}

// The console handler runs on a thread of its own that the system starts: it reaches the event
// loop through an object that lives there, under a lock because stop() may delete it meanwhile.
QBasicMutex relayLock;
QObject *relay = nullptr;
// Set once the last watcher is gone, i.e. the program has left its room.
HANDLE finished = nullptr;

BOOL WINAPI onConsoleEvent(DWORD event)
{
    const bool closing = event == CTRL_CLOSE_EVENT || event == CTRL_LOGOFF_EVENT || event == CTRL_SHUTDOWN_EVENT;
    const int signalNumber = event == CTRL_C_EVENT ? SIGINT : event == CTRL_BREAK_EVENT ? SIGBREAK : SIGTERM;
    {
        QMutexLocker locker(&relayLock);
        if (!relay)
            return FALSE; // nobody is watching any more: the default action
        QMetaObject::invokeMethod(relay, [signalNumber] { dispatch(signalNumber); }, Qt::QueuedConnection);
    }
    if (closing)
        ::WaitForSingleObject(finished, CloseGraceMs);
    return TRUE;
}

// QProcess::terminate() posts WM_CLOSE to the process's top-level windows and to its main thread
// (taskkill without /F, only to the windows). A window's is a close event; the thread's has no window, and the event
// dispatcher drops it unless someone looks.
class CloseRequestFilter : public QAbstractNativeEventFilter
{
public:
    bool nativeEventFilter(const QByteArray &eventType, void *message, qintptr *) override
    {
        if (eventType != "windows_generic_MSG")
            return false;
        const MSG *msg = static_cast<const MSG *>(message);
        if (msg->hwnd != nullptr || msg->message != WM_CLOSE)
            return false;
        dispatch(SIGTERM);
        return true;
    }
};
std::unique_ptr<CloseRequestFilter> closeFilter;

void start()
{
    if (!finished)
        finished = ::CreateEventW(nullptr, TRUE, FALSE, nullptr);
    else
        ::ResetEvent(finished);
    {
        QMutexLocker locker(&relayLock);
        relay = new QObject;
    }
    ::SetConsoleCtrlHandler(onConsoleEvent, TRUE);
    if (QCoreApplication::instance()) {
        closeFilter = std::make_unique<CloseRequestFilter>();
        QCoreApplication::instance()->installNativeEventFilter(closeFilter.get());
    }
}

void stop()
{
    if (closeFilter && QCoreApplication::instance())
        QCoreApplication::instance()->removeNativeEventFilter(closeFilter.get());
    closeFilter.reset();
    ::SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    {
        QMutexLocker locker(&relayLock);
        delete relay;
        relay = nullptr;
    }
    if (finished)
        ::SetEvent(finished);
}

} // namespace

SignalWatcher::SignalWatcher(QObject *parent) : QObject(parent)
{
    if (watchers.isEmpty())
        start();
    watchers.append(this);
}

SignalWatcher::~SignalWatcher()
{
    if (watchers.removeOne(this) && watchers.isEmpty())
        stop();
}

#else

SignalWatcher::SignalWatcher(QObject *parent) : QObject(parent) {}
SignalWatcher::~SignalWatcher() = default;

#endif
