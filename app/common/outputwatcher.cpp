#include "outputwatcher.h"
#include "shmchat_os.h"

#include <QtCore/QtGlobal>

#include <cstdio>

#if defined(SHMCHAT_OS_UNIX)
#  include <QtCore/QSocketNotifier>
#  include <QtCore/QTimer>
#  include <cerrno>
#  include <poll.h>
#  include <sys/stat.h>
#  include <unistd.h>
#  if defined(SHMCHAT_OS_LINUX)
#    include <sys/epoll.h>
#  endif
#endif

namespace {
constexpr int StandardOutput = 1;

#if defined(SHMCHAT_OS_LINUX)
// An epoll set holding only fd, with no events asked for: epoll still reports EPOLLERR (a pipe
// without readers) and EPOLLHUP (a socket whose peer has gone), and nothing else, so the set
// becomes readable exactly when the output is closed. A notifier on fd itself is the wrong
// question: a write notifier fires whenever the pipe has room, and an exception notifier
// happens to see POLLERR with Qt 6.4's dispatchers but is documented for out-of-band data.
QSocketNotifier *watchWithEpoll(int fd, OutputWatcher *watcher)
{
    const int epollFd = ::epoll_create1(EPOLL_CLOEXEC);
    if (epollFd < 0)
        return nullptr;
    struct epoll_event event = {};
    if (::epoll_ctl(epollFd, EPOLL_CTL_ADD, fd, &event) != 0) {
        ::close(epollFd);
        return nullptr;
    }
    auto *notifier = new QSocketNotifier(qintptr(epollFd), QSocketNotifier::Read, watcher);
    QObject::connect(notifier, &QSocketNotifier::activated, watcher, [notifier, watcher] {
        // Level-triggered and the closing is final: one report is all there is to say.
        notifier->setEnabled(false);
        emit watcher->outputClosed();
    });
    return notifier;
}
#endif

#if defined(SHMCHAT_OS_UNIX)
QTimer *watchWithTimer(int fd, OutputWatcher *watcher)
{
    auto *timer = new QTimer(watcher);
    timer->setTimerType(Qt::CoarseTimer);
    timer->setInterval(200);
    QObject::connect(timer, &QTimer::timeout, watcher, [fd, timer, watcher] {
        // POLLOUT only so that every system looks at the descriptor; the answer is in the
        // POLLERR and POLLHUP it reports on its own.
        struct pollfd pollFd = { fd, POLLOUT, 0 };
        if (::poll(&pollFd, 1, 0) > 0 && (pollFd.revents & (POLLERR | POLLHUP))) {
            timer->stop();
            emit watcher->outputClosed();
        }
    });
    timer->start();
    return timer;
}
#endif
} // namespace

OutputWatcher::OutputWatcher(QObject *parent) : OutputWatcher(StandardOutput, parent) {}

OutputWatcher::OutputWatcher(int fd, QObject *parent) : QObject(parent), m_fd(fd)
{
#if defined(SHMCHAT_OS_UNIX)
    struct stat status;
    if (::fstat(fd, &status) != 0 || !(S_ISFIFO(status.st_mode) || S_ISSOCK(status.st_mode)))
        return;
#  if defined(SHMCHAT_OS_LINUX)
    m_trigger = watchWithEpoll(fd, this);
#  endif
    if (!m_trigger)
        m_trigger = watchWithTimer(fd, this);
#endif
}

OutputWatcher::~OutputWatcher()
{
#if defined(SHMCHAT_OS_LINUX)
    // The notifier must go before the descriptor it watches.
    if (auto *notifier = qobject_cast<QSocketNotifier *>(m_trigger)) {
        const int epollFd = int(notifier->socket());
        delete notifier;
        ::close(epollFd);
    }
#endif
}

bool OutputWatcher::writeAll(const QByteArray &data)
{
    // Whatever went through stdio before must come out first.
    if (std::fflush(stdout) != 0)
        return false;
    return writeAll(StandardOutput, data);
}

bool OutputWatcher::writeAll(int fd, const QByteArray &data)
{
#if defined(SHMCHAT_OS_UNIX)
    const char *next = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        const auto written = ::write(fd, next, size_t(left));
        if (written > 0) {
            next += written;
            left -= written;
        } else if (written < 0 && errno == EINTR) {
            continue;
        } else if (written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            // Someone made the descriptor non-blocking; wait for room (or for the reader to go,
            // which the next write then reports).
            struct pollfd pollFd = { fd, POLLOUT, 0 };
            if (::poll(&pollFd, 1, -1) < 0 && errno != EINTR)
                return false;
        } else {
            return false;
        }
    }
    return true;
#else
    FILE *stream = fd == 2 ? stderr : fd == StandardOutput ? stdout : nullptr;
    if (!stream)
        return false;
    const size_t size = size_t(data.size());
    return std::fwrite(data.constData(), 1, size, stream) == size && std::fflush(stream) == 0;
#endif
}
