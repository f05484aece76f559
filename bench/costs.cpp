#include "costs.h"

#include "benchcommon.h"

#include "roomsegment_p.h" // read-only: brings wireformat_p.h, the functions measured here

#include <QtCore/QDateTime>
#include <QtCore/QTimeZone>
#include <QtCore/QtEndian>

#include <array>
#include <functional>

using namespace Qt::StringLiterals;

namespace Bench {

namespace {

// Slicing-by-8 over the same reflected polynomial as Wire::crc32 (0xEDB88320): same checksum,
// so the record format would not change, with one table lookup per byte but eight independent
// ones per step instead of a chain of dependent ones.
using CrcTables = std::array<std::array<quint32, 256>, 8>;

CrcTables makeTables()
{
    CrcTables t{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        t[0][i] = c;
    }
    for (int k = 1; k < 8; ++k) {
        for (quint32 i = 0; i < 256; ++i)
            t[k][i] = (t[k - 1][i] >> 8) ^ t[0][t[k - 1][i] & 0xffu];
    }
    return t;
}

const CrcTables &tables()
{
    static const CrcTables t = makeTables();
    return t;
}

quint32 crc32Slice8(QByteArrayView bytes, quint32 crc = 0)
{
    const CrcTables &t = tables();
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    qsizetype n = bytes.size();
    crc = ~crc;
    for (; n >= 8; p += 8, n -= 8) {
        const quint32 a = qFromLittleEndian<quint32>(p) ^ crc;
        const quint32 b = qFromLittleEndian<quint32>(p + 4);
        crc = t[7][a & 0xffu] ^ t[6][(a >> 8) & 0xffu] ^ t[5][(a >> 16) & 0xffu] ^ t[4][a >> 24]
            ^ t[3][b & 0xffu] ^ t[2][(b >> 8) & 0xffu] ^ t[1][(b >> 16) & 0xffu] ^ t[0][b >> 24];
    }
    for (; n > 0; ++p, --n)
        crc = t[0][(crc ^ *p) & 0xffu] ^ (crc >> 8);
    return ~crc;
}

// One pass for the common all-ASCII text, written so the compiler can vectorise it; anything
// else falls back to the full check. Same verdicts as Wire::checkMessageText.
ShmChat::Wire::TextError fastCheckMessageText(QStringView text)
{
    using ShmChat::Wire::TextError;
    if (text.isEmpty())
        return TextError::Empty;
    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    unsigned forbidden = 0;
    unsigned nonAscii = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = p[i];
        forbidden |= unsigned(u < 0x20) & unsigned(u != u'\t') & unsigned(u != u'\n') & unsigned(u != u'\r');
        forbidden |= unsigned(u == 0x7f);
        nonAscii |= unsigned(u >= 0x80);
    }
    if (nonAscii)
        return ShmChat::Wire::checkMessageText(text);
    if (forbidden)
        return TextError::ControlCharacter;
    return n > qsizetype(ShmChat::Wire::MaxTextBytes) ? TextError::TooLong : TextError::None;
}

// Calls fn until about budgetNs have passed; returns ns per call.
double timePerCall(const std::function<quint64()> &fn, qint64 budgetNs)
{
    volatile quint64 sink = 0;
    for (int i = 0; i < 1000; ++i) // warm caches and the branch predictor
        sink = sink + fn();
    qint64 calls = 0;
    const qint64 start = nowNs();
    qint64 elapsed = 0;
    do {
        for (int i = 0; i < 256; ++i)
            sink = sink + fn();
        calls += 256;
        elapsed = nowNs() - start;
    } while (elapsed < budgetNs);
    return double(elapsed) / double(calls);
}

} // namespace

QList<Cost> measureCosts(bool quick)
{
    namespace Wire = ShmChat::Wire;
    const qint64 budget = quick ? 30000000 : 100000000;
    QList<Cost> costs;
    for (const int bytes : { 128, 1024 }) {
        const QString text = TextMaker(bytes).make(123456, nowNs());
        Wire::Outgoing out;
        out.kind = Wire::RecordKind::Text;
        out.memberId = 0;
        out.timeMs = QDateTime::currentMSecsSinceEpoch();
        out.name = QByteArrayLiteral("bench-w12345");
        out.text = text.toUtf8();
        const QByteArray record = Wire::encode(out, 42);
        const QByteArrayView covered(record.constData() + 8, qsizetype(Wire::RecordHeaderSize - 8) + out.name.size() + out.text.size());

        Cost crc;
        crc.what = u"Wire::crc32 (byte-wise table), once per record on each side"_s;
        crc.msgBytes = bytes;
        crc.ns = timePerCall([&] { return quint64(Wire::crc32(covered)); }, budget);
        crc.alternative = u"slicing-by-8, same polynomial and result"_s;
        crc.alternativeNs = timePerCall([&] { return quint64(crc32Slice8(covered)); }, budget);
        crc.sameResult = Wire::crc32(covered) == crc32Slice8(covered);
        costs.append(crc);

        Cost check;
        check.what = u"Wire::checkMessageText, in sendMessage and again in every reader's decode"_s;
        check.msgBytes = bytes;
        check.ns = timePerCall([&] { return quint64(Wire::checkMessageText(text)); }, budget);
        check.alternative = u"one vectorisable pass with an all-ASCII fast path"_s;
        check.alternativeNs = timePerCall([&] { return quint64(fastCheckMessageText(text)); }, budget);
        check.sameResult = Wire::checkMessageText(text) == fastCheckMessageText(text);
        costs.append(check);

        Cost encode;
        encode.what = u"Wire::encode (QByteArray form: one allocation more than the ring's path)"_s;
        encode.msgBytes = bytes;
        encode.ns = timePerCall([&] { return quint64(Wire::encode(out, 42).at(4)); }, budget);
        costs.append(encode);

        Cost decode;
        decode.what = u"Wire::decode (crc, UTF-8 to QString, text checks), every reader, every record"_s;
        decode.msgBytes = bytes;
        decode.ns = timePerCall([&] {
            Wire::Record r;
            return quint64(Wire::decode(record, &r)) + quint64(r.text.size());
        }, budget);
        costs.append(decode);
    }

    Cost time;
    time.what = u"QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()) in toMessage, every record"_s;
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    time.ns = timePerCall([&] { return quint64(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toMSecsSinceEpoch()); }, budget);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    time.alternative = u"QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(QTimeZone::UTC))"_s;
    time.alternativeNs = timePerCall([&] {
        return quint64(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(QTimeZone::UTC)).toMSecsSinceEpoch());
    }, budget);
#else
    time.alternative = u"QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) (6.4; from 6.5 QTimeZone::UTC)"_s;
    time.alternativeNs = timePerCall([&] { return quint64(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toMSecsSinceEpoch()); }, budget);
#endif
    costs.append(time);
    return costs;
}

} // namespace Bench
