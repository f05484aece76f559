// The parent's side of its child processes: starting one with a role, reading what it reports,
// waiting on several, and stopping cleanly on Ctrl+C.
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QProcess>
#include <QtCore/QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace Bench {

// A child process of this executable, started as "--role ROLE ARGS...". Its stdout is parsed
// into status tokens and one result; its stderr goes straight to ours. Destroying it kills
// whatever is still running.
class Child
{
public:
    Child(const QString &role, const QStringList &args);
    ~Child();
    Child(const Child &) = delete;
    Child &operator=(const Child &) = delete;

    bool saw(const QByteArray &token) const { return m_tokens.contains(token); }
    bool hasResult() const { return m_hasResult; }
    const QJsonObject &result() const { return m_result; }
    bool finished() const { return m_process.state() == QProcess::NotRunning; }

private:
    void readLines();

    QProcess m_process;
    QByteArray m_pending;
    QList<QByteArray> m_tokens;
    QJsonObject m_result;
    bool m_hasResult = false;
};
using Children = std::vector<std::unique_ptr<Child>>;

bool allSaw(const Children &children, const QByteArray &token);
bool anyFinished(const Children &children);
bool allResults(const Children &children);

// Runs the event loop (children's output is read there) until done(), timeoutMs, or an
// interruption; returns done().
bool waitUntil(const std::function<bool()> &done, int timeoutMs);

// After this, SIGINT and SIGTERM only set interrupted(): the run stops at the next wait and
// tears down normally, so children are killed and their rooms and socket files removed
// instead of left behind.
void catchInterrupts();
bool interrupted();

} // namespace Bench
