#pragma once

#include <QtCore/QObject>

// Turns every signal whose default action would end the process (SIGINT, SIGTERM, SIGHUP,
// SIGPIPE, SIGUSR1, the real-time signals, ...) into a Qt signal delivered from the event loop,
// so that a program can leave its room cleanly instead of dying with its member slot still taken.
//
// What it leaves alone:
// - signals that were ignored or had a handler when the first watcher was made: an ignored
//   SIGHUP under nohup or SIGPIPE from the parent stays ignored, and another component's handler
//   (a sanitizer, a crash reporter) keeps working;
// - real crashes: SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGSYS and SIGABRT raised by the
//   kernel or by this process itself (abort(), a failed assertion) go to the action that was
//   there before, so the process still dies with a core dump. Sent by another process with
//   kill(), they are termination requests like any other.
//
// All watchers of a process share one set of handlers: each of them reports every signal, and
// the actions found at the start come back when the last one is destroyed (unless someone else
// has replaced ours in the meantime). Make and destroy them in the thread that runs the event
// loop that should receive the signal.
//
// On Windows the same role is played by a console control handler (Ctrl+C is SIGINT,
// Ctrl+Break SIGBREAK; closing the console, logging off and shutting down are SIGTERM, and the
// handler holds the system's hand for up to 4.5 s until the last watcher is gone, i.e. the room
// is left) and by a native event filter that turns a WM_CLOSE posted to the main thread
// (QProcess::terminate()) into SIGTERM. Elsewhere it does nothing.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);
};
