// Per-message CPU cost of the pieces of ShmChat's path, measured in this process. They explain
// the end-to-end figures: where a reader's and a writer's time goes, step by step.
#include "scenarios.h"

#include "benchcommon.h"

#include "ipcchannel.h"
#include "roomsegment_p.h" // read-only: brings wireformat_p.h, the functions measured here

#include <QtCore/QDateTime>

#include <cstring>
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
        const QByteArrayView textBytes(record.constData() + Wire::RecordHeaderSize + out.name.size(), out.text.size());
        alignas(8) char buffer[Wire::MaxRecordSize];

        // `step` names the step and who pays it, as core does it today.
        // perCall: how many messages one call of fn handles (a batch), so that rows are per message.
        const auto measure = [&](const QString &side, const QString &step, const std::function<quint64()> &fn,
                                 int perCall = 1) {
            const double ns = timePerCall(fn, budget) / perCall;
            Row row;
            row.scenario = u"cost"_s;
            row.transport = transportName(true);
            row.msgBytes = bytes;
            row.extra.insert("side"_L1, side);
            row.extra.insert("what"_L1, step);
            row.extra.insert("ns_per_call"_L1, ns);
            row.note = u"%1: %2: %3 ns"_s.arg(side, step).arg(ns, 0, 'f', ns < 10 ? 1 : 0);
            rows->append(row);
        };
        const QString reader = u"reader"_s;
        const QString writer = u"writer"_s;
        measure(reader, u"copy a record out of the segment"_s, [&] {
            std::memcpy(buffer, record.constData(), size_t(record.size()));
            return quint64(buffer[bytes / 2]);
        });
        measure(reader, u"verify: Wire::checksum (XXH3)"_s, [&] { return quint64(Wire::checksum(covered)); });
        measure(reader, u"validate + convert the text to QString, one pass"_s, [&] {
            QString decoded;
            return quint64(Wire::decodeMessageText(textBytes, &decoded)) + quint64(decoded.size());
        });
        Wire::NameCache names;
        measure(reader, u"Wire::decode: all checks and conversions of a record (sender's name cached)"_s, [&] {
            Wire::Record r;
            return quint64(Wire::decode(record, &r, &names)) + quint64(r.text.size());
        });
        {
            // Delivery: one signal per message against one per batch of 128, each with a slot
            // connected that touches the text, as a consumer would.
            IpcChannel channel;
            quint64 seen = 0;
            ChatMessage message;
            message.sender = u"bench-w12345"_s;
            message.text = text;
            QObject::connect(&channel, &IpcChannel::messageReceived,
                             [&seen](const ChatMessage &m) { seen += quint64(m.text.size()); });
            measure(reader, u"deliver: messageReceived, one signal per message"_s, [&] {
                emit channel.messageReceived(message);
                return seen;
            });
            const QList<ChatMessage> batch(128, message);
            QObject::connect(&channel, &IpcChannel::messagesReceived, [&seen](const QList<ChatMessage> &ms) {
                for (const ChatMessage &m : ms)
                    seen += quint64(m.text.size());
            });
            measure(reader, u"deliver: messagesReceived, per message in batches of 128"_s, [&] {
                emit channel.messagesReceived(batch);
                return seen;
            }, int(batch.size()));
        }
        measure(writer, u"Wire::checkMessageText: validate and count UTF-8 bytes, one pass"_s,
                [&] { return quint64(Wire::checkMessageText(text)); });
        Wire::Outgoing direct = out;
        direct.text.clear();
        direct.utf16Text = text;
        direct.utf16TextBytes = quint32(out.text.size());
        measure(writer, u"Wire::encode into place, from the QString (conversion and checksum)"_s, [&] {
            return quint64(Wire::encode(direct, 42, 0, buffer)) + quint64(buffer[4]);
        });
    }
}

} // namespace Bench
