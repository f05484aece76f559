// Per-message CPU cost of the pieces of ShmChat's path, measured in this process. They explain
// the end-to-end figures and size the fixes proposed for core; nothing here is used by core.
#include "scenarios.h"

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

void costsScenario(Lab & /*lab*/, bool quick, QList<Row> *rows)
{
    namespace Wire = ShmChat::Wire;
    const qint64 budget = quick ? 30000000 : 100000000;
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

        // `what` names the operation as core does it today.
        const auto measure = [&](const QString &what, const std::function<quint64()> &fn) {
            const double ns = timePerCall(fn, budget);
            Row row;
            row.scenario = u"cost"_s;
            row.transport = transportName(true);
            row.msgBytes = bytes;
            row.extra.insert("what"_L1, what);
            row.extra.insert("ns_per_call"_L1, ns);
            row.note = u"%1: %2 ns"_s.arg(what).arg(ns, 0, 'f', 0);
            rows->append(row);
        };
        measure(u"Wire::crc32 (slicing-by-8), once per record on each side"_s,
                [&] { return quint64(Wire::crc32(covered)); });
        measure(u"Wire::checkMessageText, in sendMessage and again in every reader's decode"_s,
                [&] { return quint64(Wire::checkMessageText(text)); });
        measure(u"Wire::encode (QByteArray form: one allocation more than the ring's path)"_s,
                [&] { return quint64(Wire::encode(out, 42).at(4)); });
        measure(u"Wire::decode (crc, UTF-8 to QString, text checks), every reader, every record"_s, [&] {
            Wire::Record r;
            return quint64(Wire::decode(record, &r)) + quint64(r.text.size());
        });
    }
}

} // namespace Bench
