// What the tests that run real processes share: unique room names, starting and reaping
// processes, reading their output.
#pragma once

#include "ipcchannel.h"
#include "timing_p.h"
#include "shmchat_os.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDeadlineTimer>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QRandomGenerator>
#include <QtTest/QTest>

#include <memory>
#include <vector>

#if defined(SHMCHAT_OS_UNIX)
#  include <signal.h>
#endif

namespace TestSupport {

// Waits derived from the transport's own times, never numbers of a test's own.
// Long enough for several polls of a channel at the default interval.
constexpr int SeveralPollsMs = 5 * IpcChannel::DefaultPollInterval;
// Long enough for a dead, stopped or left member to be announced, with margin for a busy machine.
constexpr int ReapTimeoutMs = int(3 * ShmChat::Timing::ReapWithinMs);

// A room name no other test, test function or concurrent run uses.
inline QString uniqueRoom(const char *prefix)
{
    return QStringLiteral("%1%2-%3-%4")
        .arg(QLatin1String(prefix))
        .arg(QCoreApplication::applicationPid())
        .arg(QLatin1String(QTest::currentTestFunction()).left(24))
        .arg(QRandomGenerator::global()->bounded(10000));
}

// Waits for a whole line on one channel, leaving that channel selected for readLine().
inline bool waitForLine(QProcess *process, QProcess::ProcessChannel channel, int timeoutMs)
{
    process->setReadChannel(channel);
    QDeadlineTimer deadline(timeoutMs);
    while (!process->canReadLine()) {
        if (deadline.hasExpired() || !process->waitForReadyRead(int(deadline.remainingTime())))
            return false;
    }
    return true;
}

inline void stopProcess(QProcess *process)
{
#if defined(SHMCHAT_OS_UNIX)
    ::kill(pid_t(process->processId()), SIGSTOP);
#else
    Q_UNUSED(process);
#endif
}

inline void resumeProcess(QProcess *process)
{
#if defined(SHMCHAT_OS_UNIX)
    ::kill(pid_t(process->processId()), SIGCONT);
#else
    Q_UNUSED(process);
#endif
}

// Owns the processes a test starts; none outlives the group.
class ProcessGroup
{
public:
    ProcessGroup() = default;
    ProcessGroup(const ProcessGroup &) = delete;
    ProcessGroup &operator=(const ProcessGroup &) = delete;
    ~ProcessGroup() { killAll(); }

    // environment: NAME=VALUE entries added to (or replacing those of) our own environment.
    QProcess *start(const QString &program, const QStringList &arguments, const QStringList &environment = {})
    {
        auto process = std::make_unique<QProcess>();
        if (!environment.isEmpty()) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            for (const QString &entry : environment)
                env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
            process->setProcessEnvironment(env);
        }
        process->start(program, arguments);
        if (!process->waitForStarted(5000))
            qFatal("cannot start %s", qPrintable(program));
        m_processes.push_back(std::move(process));
        return m_processes.back().get();
    }

    const std::vector<std::unique_ptr<QProcess>> &processes() const { return m_processes; }

    void killAll()
    {
        for (auto &process : m_processes) {
            if (process->state() != QProcess::NotRunning) {
                resumeProcess(process.get()); // a stopped process cannot die of SIGKILL's delivery order
                process->kill();
                process->waitForFinished(5000);
            }
        }
        m_processes.clear();
    }

    // Waits for the process, then returns its last line of output parsed as JSON, with its exit
    // code and status and the start of its stderr added. Empty when it did not finish in time.
    static QJsonObject finish(QProcess *process, int timeoutMs)
    {
        // waitForFinished() is false for a process that has already finished: ask first.
        if (process->state() != QProcess::NotRunning && !process->waitForFinished(timeoutMs)) {
            qWarning("process %lld did not finish in time", process->processId());
            return {};
        }
        const QList<QByteArray> lines = process->readAllStandardOutput().trimmed().split('\n');
        QJsonObject summary = QJsonDocument::fromJson(lines.last()).object();
        summary.insert(QStringLiteral("exit_code"), process->exitCode());
        summary.insert(QStringLiteral("exit_status"), int(process->exitStatus()));
        summary.insert(QStringLiteral("stderr"), QString::fromUtf8(process->readAllStandardError().left(4000)));
        return summary;
    }

private:
    std::vector<std::unique_ptr<QProcess>> m_processes;
};

inline QByteArray describe(const QJsonObject &summary)
{
    return QJsonDocument(summary).toJson(QJsonDocument::Compact);
}

} // namespace TestSupport
