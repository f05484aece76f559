// Pieces shared by the benchmark's parent and its child processes: clocks, the text of a
// benchmark message, the QLocalSocket framing, CPU accounting and the line protocol on stdout.
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayView>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringView>

#include <chrono>
#include <cstdio>

namespace Bench {

// steady_clock is CLOCK_MONOTONIC on Linux: one clock for every process, so a timestamp written
// by the sender can be subtracted from the receiver's clock.
inline qint64 nowNs()
{
    using namespace std::chrono;
    return duration_cast<nanoseconds>(steady_clock::now().time_since_epoch()).count();
}

// A benchmark message is "<seq> <send time ns> xxxx..." padded to exactly msgBytes bytes of
// UTF-8; the end of a run is "END <messages sent>". Both transports carry the same text, so
// both pay the same conversions.
class TextMaker
{
public:
    explicit TextMaker(int msgBytes);
    QString make(quint64 seq, qint64 sendNs) const;

private:
    QString m_padding;
};

QString endText(quint64 sent);

struct Parsed
{
    enum class Kind { Data, End, Invalid } kind = Kind::Invalid;
    quint64 seq = 0;     // Data: sequence number; End: messages sent
    qint64 sendNs = 0;
};
Parsed parseText(QStringView text);

// QLocalSocket framing: u32 little-endian length, then that many bytes of UTF-8.
constexpr int FrameHeaderBytes = 4;
void appendFrame(QByteArray *out, const QByteArray &utf8);
// Returns how many bytes of `buffer` hold complete frames (a prefix; the rest is a partial frame).
qsizetype completeFramesLength(const QByteArray &buffer, qsizetype from = 0);
// The payload of the complete frame at `pos` (found by completeFramesLength()).
QByteArrayView framePayload(const QByteArray &buffer, qsizetype pos);

// CPU time (user + system) this process has used, in ns.
qint64 processCpuNs();
// CPU time of the children this process has waited for, in ns; 0 where unknown.
qint64 waitedChildrenCpuNs();
// Peak resident set size of this process, in KiB.
qint64 peakRssKiB();

// p in [0, 100]; nearest-rank. Sorts `values`.
double percentile(QList<double> &values, double p);
struct Summary
{
    double p50 = 0;
    double p99 = 0;
    double max = 0;
    qsizetype count = 0;
};
Summary summarize(QList<double> values);

// Flushed at once: the parent reads its children's lines as they come, and a person watching a
// long run sees its progress before the next trial starts.
void writeFlushed(std::FILE *stream, const QByteArray &bytes);

// Children talk to the parent through stdout lines: "READY" once they can take traffic, and
// one "RESULT {json}" at the end.
void printLine(const QByteArray &line);
void printResult(const QJsonObject &result);
// A child's trouble goes to stderr, which the parent passes through, so it is seen as it happens.
void complain(const QString &text);

// Makes a child die with its parent, so that no benchmark process outlives an interrupted run.
void dieWithParent();

} // namespace Bench
