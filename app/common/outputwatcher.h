#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QObject>

// Notices when nobody reads our output any more, e.g. `shmchat-cli listen | head -1` after head
// has exited, so that a program that only writes now and then can leave at once instead of at its
// next write, which may never come.
//
// It watches only pipes and sockets: a terminal going away is SIGHUP (see SignalWatcher), and a
// file has no reader to lose. On Linux the closing is reported as soon as it happens; on other
// Unix systems within about 200 ms; elsewhere never.
class OutputWatcher : public QObject
{
    Q_OBJECT
public:
    // Watches standard output.
    explicit OutputWatcher(QObject *parent = nullptr);
    explicit OutputWatcher(int fd, QObject *parent = nullptr);
    ~OutputWatcher() override;

    int fd() const { return m_fd; }
    // Whether outputClosed() can come at all: fd is a pipe or a socket on a supported platform.
    bool isWatching() const { return m_trigger != nullptr; }

    // Writes all of data to standard output (after flushing stdout's buffer) or to fd, retrying
    // interrupted and partial writes. False when not everything could be written, typically EPIPE
    // because the reader is gone: stop writing then. The EPIPE needs SIGPIPE to be caught (a
    // SignalWatcher does that) or ignored; with its default action the write ends the process.
    static bool writeAll(const QByteArray &data);
    static bool writeAll(int fd, const QByteArray &data);

Q_SIGNALS:
    // Emitted once, from the event loop, also when the reader was gone before we started.
    void outputClosed();

private:
    int m_fd;
    QObject *m_trigger = nullptr; // what fires: a socket notifier or a timer
};
