#include "children.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QJsonDocument>
#include <QtCore/QTimer>

#include <algorithm>
#include <csignal>

using namespace Qt::StringLiterals;

namespace Bench {

namespace {

volatile std::sig_atomic_t g_interrupted = 0;

extern "C" void onInterrupt(int)
{
    g_interrupted = 1;
}

} // namespace

void catchInterrupts()
{
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

bool interrupted()
{
    return g_interrupted != 0;
}

Child::Child(const QString &role, const QStringList &args)
{
    m_process.setProgram(QCoreApplication::applicationFilePath());
    m_process.setArguments(QStringList{ u"--role"_s, role } + args);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this] { readLines(); });
    m_process.start();
}

Child::~Child()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

void Child::readLines()
{
    m_pending.append(m_process.readAllStandardOutput());
    for (qsizetype nl = m_pending.indexOf('\n'); nl >= 0; nl = m_pending.indexOf('\n')) {
        const QByteArray line = m_pending.left(nl).trimmed();
        m_pending.remove(0, nl + 1);
        if (line.startsWith("RESULT ")) {
            m_result = QJsonDocument::fromJson(line.mid(7)).object();
            m_hasResult = true;
        } else if (!line.isEmpty()) {
            m_tokens.append(line);
        }
    }
}

bool allSaw(const Children &children, const QByteArray &token)
{
    return std::all_of(children.begin(), children.end(), [&](const auto &c) { return c->saw(token); });
}

bool anyFinished(const Children &children)
{
    return std::any_of(children.begin(), children.end(), [](const auto &c) { return c->finished(); });
}

bool allResults(const Children &children)
{
    return std::all_of(children.begin(), children.end(), [](const auto &c) { return c->hasResult(); });
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || clock.elapsed() > timeoutMs || g_interrupted)
            loop.quit();
    });
    check.start(5);
    loop.exec();
    return done();
}

} // namespace Bench
