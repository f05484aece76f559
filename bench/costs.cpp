#include "costs.h"

#include "benchcommon.h"

#include "roomsegment_p.h" // read-only: brings wireformat_p.h, the functions measured here

#include <QtCore/QDateTime>

#include <functional>

using namespace Qt::StringLiterals;

namespace Bench {

namespace {

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
        crc.what = u"Wire::crc32 (slicing-by-8), once per record on each side"_s;
        crc.msgBytes = bytes;
        crc.ns = timePerCall([&] { return quint64(Wire::crc32(covered)); }, budget);
        costs.append(crc);

        Cost check;
        check.what = u"Wire::checkMessageText, in sendMessage and again in every reader's decode"_s;
        check.msgBytes = bytes;
        check.ns = timePerCall([&] { return quint64(Wire::checkMessageText(text)); }, budget);
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

    return costs;
}

} // namespace Bench
