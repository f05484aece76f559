#pragma once

#include <QtCore/QObject>

// Turns SIGINT and SIGTERM into a Qt signal, delivered from the event loop, so that a program
// can leave its room cleanly instead of dying with its member slot still taken.
// On platforms without POSIX signals it does nothing.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);
};
