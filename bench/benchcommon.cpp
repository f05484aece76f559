#include "benchcommon.h"
#include "shmchat_os.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QtEndian>

#include <algorithm>
#include <cmath>

#if defined(SHMCHAT_OS_UNIX)
#  include <sys/resource.h>
#  include <csignal>
#endif
#if defined(SHMCHAT_OS_LINUX)
#  include <sys/prctl.h>
#endif
#if defined(SHMCHAT_OS_WIN)
#  include <qt_windows.h>
#  include <psapi.h>
#endif

namespace Bench {

TextMaker::TextMaker(int msgBytes)
    : m_padding(msgBytes, u'x')
{
}

QString TextMaker::make(quint64 seq, qint64 sendNs) const
{
    // Digits are written into a copy of the padding, so the text is exactly msgBytes long
    // whatever the numbers' widths.
    char digits[48];
    const int n = std::snprintf(digits, sizeof digits, "%llu %lld ", static_cast<unsigned long long>(seq),
                                static_cast<long long>(sendNs));
    QString text = m_padding;
    QChar *data = text.data();
    for (int i = 0; i < n && i < text.size(); ++i)
        data[i] = QLatin1Char(digits[i]);
    return text;
}

QString endText(quint64 sent)
{
    return QStringLiteral("END ") + QString::number(sent);
}

namespace {

// Reads a decimal number at `pos`, stops at the first non-digit; false when there is none.
bool readNumber(QStringView text, qsizetype *pos, quint64 *value)
{
    quint64 v = 0;
    const qsizetype start = *pos;
    while (*pos < text.size()) {
        const char16_t c = text[*pos].unicode();
        if (c < u'0' || c > u'9')
            break;
        v = v * 10 + (c - u'0');
        ++*pos;
    }
    *value = v;
    return *pos > start;
}

} // namespace

Parsed parseText(QStringView text)
{
    Parsed parsed;
    qsizetype pos = 0;
    if (text.startsWith(u"END ")) {
        pos = 4;
        if (readNumber(text, &pos, &parsed.seq))
            parsed.kind = Parsed::Kind::End;
        return parsed;
    }
    quint64 ns = 0;
    if (!readNumber(text, &pos, &parsed.seq) || pos >= text.size() || text[pos] != u' ')
        return parsed;
    ++pos;
    if (!readNumber(text, &pos, &ns))
        return parsed;
    parsed.sendNs = qint64(ns);
    parsed.kind = Parsed::Kind::Data;
    return parsed;
}

void appendFrame(QByteArray *out, const QByteArray &utf8)
{
    char header[FrameHeaderBytes];
    qToLittleEndian<quint32>(quint32(utf8.size()), header);
    out->append(header, FrameHeaderBytes);
    out->append(utf8);
}

qsizetype completeFramesLength(const QByteArray &buffer, qsizetype from)
{
    qsizetype pos = from;
    while (buffer.size() - pos >= FrameHeaderBytes) {
        const quint32 length = qFromLittleEndian<quint32>(buffer.constData() + pos);
        if (buffer.size() - pos - FrameHeaderBytes < qsizetype(length))
            break;
        pos += FrameHeaderBytes + qsizetype(length);
    }
    return pos;
}

QByteArrayView framePayload(const QByteArray &buffer, qsizetype pos)
{
    const quint32 length = qFromLittleEndian<quint32>(buffer.constData() + pos);
    return QByteArrayView(buffer.constData() + pos + FrameHeaderBytes, qsizetype(length));
}

namespace {

enum class Whose { ThisProcess, WaitedChildren };

struct Usage
{
    qint64 cpuNs = 0;
    qint64 maxRssKiB = 0;
};

// Zeroes where the OS cannot tell or the call fails: every figure drawn from it then reads 0
// rather than garbage.
Usage usageOf([[maybe_unused]] Whose whose)
{
    Usage result;
#if defined(SHMCHAT_OS_UNIX)
    struct rusage usage {};
    if (::getrusage(whose == Whose::WaitedChildren ? RUSAGE_CHILDREN : RUSAGE_SELF, &usage) != 0)
        return result;
    const auto ns = [](const timeval &tv) { return qint64(tv.tv_sec) * 1000000000 + qint64(tv.tv_usec) * 1000; };
    result.cpuNs = ns(usage.ru_utime) + ns(usage.ru_stime);
#  if defined(SHMCHAT_OS_MACOS)
    result.maxRssKiB = qint64(usage.ru_maxrss) / 1024; // bytes on macOS
#  else
    result.maxRssKiB = qint64(usage.ru_maxrss); // KiB on Linux and the BSDs
#  endif
#elif defined(SHMCHAT_OS_WIN)
    // Windows keeps no total for children that have been waited for; the figure is ours alone.
    if (whose == Whose::WaitedChildren)
        return result;
    FILETIME created, exited, kernel, user;
    if (::GetProcessTimes(::GetCurrentProcess(), &created, &exited, &kernel, &user)) {
        const auto ns = [](const FILETIME &time) {
            return qint64((quint64(time.dwHighDateTime) << 32) | time.dwLowDateTime) * 100; // 100 ns units
        };
        result.cpuNs = ns(kernel) + ns(user);
    }
    PROCESS_MEMORY_COUNTERS memory = {};
    memory.cb = sizeof memory;
    if (::GetProcessMemoryInfo(::GetCurrentProcess(), &memory, sizeof memory))
        result.maxRssKiB = qint64(memory.PeakWorkingSetSize / 1024);
#endif
    return result;
}

} // namespace

qint64 processCpuNs()
{
    return usageOf(Whose::ThisProcess).cpuNs;
}

qint64 waitedChildrenCpuNs()
{
    return usageOf(Whose::WaitedChildren).cpuNs;
}

qint64 peakRssKiB()
{
    return usageOf(Whose::ThisProcess).maxRssKiB;
}

double percentile(QList<double> &values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(qBound<qsizetype>(0, rank - 1, values.size() - 1));
}

Summary summarize(QList<double> values)
{
    Summary s;
    s.count = values.size();
    if (values.isEmpty())
        return s;
    s.p50 = percentile(values, 50);
    s.p99 = percentile(values, 99);
    s.max = values.last();
    return s;
}

void writeFlushed(std::FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void printLine(const QByteArray &line)
{
    writeFlushed(stdout, line + '\n');
}

void printResult(const QJsonObject &result)
{
    printLine("RESULT " + QJsonDocument(result).toJson(QJsonDocument::Compact));
}

void complain(const QString &text)
{
    writeFlushed(stderr, "shmchat-bench child: " + text.toUtf8() + '\n');
}

void dieWithParent()
{
#if defined(SHMCHAT_OS_LINUX)
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
#endif
}

} // namespace Bench
