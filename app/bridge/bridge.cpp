#include "bridge.h"

#include "platform_p.h"

#include <QtCore/QDateTime>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QStringDecoder>
#include <QtCore/QThread>

#include <cstdio>

namespace ShmChat::Bridge {

namespace {
// A JSON message is at most this long: the longest text (4 KiB, every byte escaped as \uXXXX
// takes 6) and names, with room to spare. Anything longer is hostile.
constexpr int MaxBodyBytes = 6 * int(Wire::MaxTextBytes) + 1024;
// Records taken from the stream per request, and how long one request waits for news: the
// loop's pace when the room is quiet.
constexpr int FetchBatch = 256;
constexpr int FetchWaitMs = 10;
// Presence: each bridge rewrites its machine's entry every second; the bucket forgets an entry
// 5 s after its last write (the server's clock, not ours), and a machine not seen for 6 s counts
// as gone (also when we ourselves cannot reach the servers).
constexpr qint64 PresenceEveryMs = 1000;
constexpr qint64 PresenceTtlMs = 5000;
constexpr qint64 MachineGoneAfterMs = 6000;
// JetStream API calls (publish acknowledgements included) give up after this long.
constexpr int ApiWaitMs = 2000;
constexpr qint64 SetupRetryMs = 500;
constexpr int RoomLockBudgetMs = 200;
// Reconnection: 100 ms, doubling, at most 5 s between attempts.
constexpr int64_t FirstReconnectDelayMs = 100;
constexpr int64_t MaxReconnectDelayMs = 5000;
const QByteArray BridgeName = QByteArrayLiteral("shmchat-bridge");

qint64 wallMs() { return QDateTime::currentMSecsSinceEpoch(); }

int64_t reconnectDelay(natsConnection *, int attempts, void *)
{
    int64_t delay = FirstReconnectDelayMs;
    for (int i = 1; i < attempts && delay < MaxReconnectDelayMs; ++i)
        delay *= 2;
    return qMin(delay, MaxReconnectDelayMs);
}

QString kindToken(Wire::RecordKind kind)
{
    switch (kind) {
    case Wire::RecordKind::Text:
        return QStringLiteral("text");
    case Wire::RecordKind::Join:
        return QStringLiteral("join");
    case Wire::RecordKind::Leave:
        return QStringLiteral("leave");
    case Wire::RecordKind::Rename:
        return QStringLiteral("rename");
    case Wire::RecordKind::Picture:
    case Wire::RecordKind::Direct:
    case Wire::RecordKind::Missed:
        break;
    }
    return QString();
}

bool validName(const QString &name, quint32 maxBytes)
{
    return Wire::checkName(name) == Wire::TextError::None && quint32(name.toUtf8().size()) <= maxBytes;
}

QString natsText(natsStatus s)
{
    const char *last = nats_GetLastError(nullptr);
    return QString::fromUtf8(last && *last ? last : natsStatus_GetText(s));
}
} // namespace

QByteArray escapeToken(const QString &name)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    for (const char c : name.toUtf8()) {
        const uchar u = uchar(c);
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-') {
            out += c;
        } else {
            out += '_';
            out += hex[u >> 4];
            out += hex[u & 15];
        }
    }
    return out;
}

QByteArray encodeLocal(const QString &room, const QString &machine, quint64 generation, const Wire::Record &record,
                       QByteArray *msgId)
{
    const QByteArray gen = QByteArray::number(generation, 16);
    // Origin machine, room generation and sequence number: a message sent again (a bridge that
    // died before it saw the acknowledgement) has the same id, and the stream stores it once.
    *msgId = escapeToken(machine) + '.' + gen + '.' + QByteArray::number(record.seq);
    QJsonObject object{
        { QStringLiteral("room"), room },
        { QStringLiteral("machine"), machine },
        { QStringLiteral("gen"), QString::fromLatin1(gen) },
        { QStringLiteral("seq"), QString::number(record.seq) },
        { QStringLiteral("kind"), kindToken(record.kind) },
        { QStringLiteral("name"), record.name },
        { QStringLiteral("text"), record.text },
        { QStringLiteral("time"), record.timeMs },
    };
    if (record.flags & Wire::FlagTimedOut)
        object.insert(QStringLiteral("timed_out"), true);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool parseRemote(const QByteArray &body, const QByteArray &msgId, const QString &room, RemoteMessage *out,
                 Refusal *why)
{
    if (body.size() > MaxBodyBytes) {
        *why = Refusal::TooLong;
        return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString asText = decoder.decode(body);
    if (decoder.hasError()) {
        *why = Refusal::NotUtf8;
        return false;
    }
    Q_UNUSED(asText);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        *why = Refusal::NotJson;
        return false;
    }
    const QJsonObject o = document.object();
    if (o.value(QStringLiteral("room")).toString() != room) {
        *why = Refusal::WrongRoom;
        return false;
    }
    RemoteMessage m;
    m.machine = o.value(QStringLiteral("machine")).toString();
    if (!validName(m.machine, Wire::MaxMachineBytes)) {
        *why = Refusal::BadMachine;
        return false;
    }
    // The id must be the one its origin would give it: a message that claims another machine, or
    // another number, than its id says is forged (or damaged), and deduplication would not hold.
    const QString gen = o.value(QStringLiteral("gen")).toString();
    const QString seq = o.value(QStringLiteral("seq")).toString();
    bool genOk = false;
    bool seqOk = false;
    const quint64 genValue = gen.toULongLong(&genOk, 16);
    const quint64 seqValue = seq.toULongLong(&seqOk);
    if (!genOk || !seqOk || seqValue == 0
        || msgId != escapeToken(m.machine) + '.' + QByteArray::number(genValue, 16) + '.' + QByteArray::number(seqValue)) {
        *why = Refusal::ForgedOrigin;
        return false;
    }
    m.name = o.value(QStringLiteral("name")).toString();
    if (!validName(m.name, Wire::MaxNameBytes)) {
        *why = Refusal::BadName;
        return false;
    }
    const QString kind = o.value(QStringLiteral("kind")).toString();
    m.text = o.value(QStringLiteral("text")).toString();
    quint32 textBytes = 0;
    if (kind == QLatin1String("text")) {
        m.kind = Wire::RecordKind::Text;
        if (m.text.isEmpty() || Wire::checkMessageText(m.text, &textBytes) != Wire::TextError::None
            || textBytes > Wire::MaxTextBytes) {
            *why = Refusal::BadText;
            return false;
        }
    } else if (kind == QLatin1String("join") || kind == QLatin1String("leave")) {
        m.kind = kind == QLatin1String("join") ? Wire::RecordKind::Join : Wire::RecordKind::Leave;
        if (!m.text.isEmpty()) {
            *why = Refusal::BadText;
            return false;
        }
        m.timedOut = m.kind == Wire::RecordKind::Leave && o.value(QStringLiteral("timed_out")).toBool();
    } else if (kind == QLatin1String("rename")) {
        m.kind = Wire::RecordKind::Rename;
        if (!validName(m.text, Wire::MaxNameBytes)) {
            *why = Refusal::BadText;
            return false;
        }
    } else {
        *why = Refusal::BadKind;
        return false;
    }
    m.timeMs = qint64(o.value(QStringLiteral("time")).toDouble());
    *out = m;
    return true;
}

Relay::Relay(const Options &options) : m_options(options), m_room(options.room)
{
    m_machineUtf8 = options.machine.toUtf8();
    const QByteArray room = escapeToken(options.room);
    m_subject = "shmchat.room." + room;
    m_stream = "SHMCHAT_" + room;
    m_durable = "shmchat_" + escapeToken(options.machine);
    m_bucket = "SHMCHAT_PRESENCE_" + room;
    m_presenceKey = escapeToken(options.machine);
}

Relay::~Relay()
{
    dropStreams();
    if (m_nc) {
        natsConnection_Close(m_nc);
        natsConnection_Destroy(m_nc);
    }
    natsOptions_Destroy(m_natsOptions);
}

void Relay::status(const QString &text)
{
    const QByteArray line = "shmchat-bridge: " + text.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

void Relay::refuse(Refusal why)
{
    ++m_refused;
    QString reason;
    switch (why) {
    case Refusal::NotUtf8: reason = tr("not UTF-8"); break;
    case Refusal::NotJson: reason = tr("not a message"); break;
    case Refusal::TooLong: reason = tr("too long"); break;
    case Refusal::BadName: reason = tr("bad sender name"); break;
    case Refusal::BadText: reason = tr("bad text"); break;
    case Refusal::BadMachine: reason = tr("bad machine name"); break;
    case Refusal::WrongRoom: reason = tr("wrong room"); break;
    case Refusal::ForgedOrigin: reason = tr("forged origin"); break;
    case Refusal::BadKind: reason = tr("unknown kind"); break;
    }
    status(tr("dropped a message from the network (%1); %2 dropped so far")
               .arg(reason)
               .arg(m_refused));
}

bool Relay::openRoom(QString *error)
{
    const RoomSegment::OpenResult opened = m_segment.open(m_room, 10000);
    if (opened.status != RoomSegment::OpenResult::Status::Opened) {
        *error = opened.detail;
        return false;
    }
    return true;
}

bool Relay::claimRoom(QString *error)
{
    SegmentHeader *h = m_segment.header();
    const quint64 self = quint64(QCoreApplication::applicationPid());
    for (int attempt = 0; attempt < 8; ++attempt) {
        quint64 word = h->bridgePid.load(std::memory_order_acquire);
        const quint64 pid = word & 0xffffffffu;
        if (pid == self)
            return true;
        if (pid != 0 && Platform::isProcessAlive(qint64(pid))) {
            *error = tr("another shmchat-bridge (pid %1) already joins room \"%2\" on this machine; "
                        "only one may run per room and machine.")
                         .arg(pid)
                         .arg(m_room);
            return false;
        }
        if (h->bridgePid.compare_exchange_strong(word, self, std::memory_order_acq_rel))
            return true;
    }
    *error = tr("could not claim room \"%1\" for the bridge.").arg(m_room);
    return false;
}

void Relay::releaseRoom()
{
    if (!m_segment.isOpen())
        return;
    quint64 word = m_segment.header()->bridgePid.load(std::memory_order_acquire);
    if ((word & 0xffffffffu) == quint64(QCoreApplication::applicationPid()))
        m_segment.header()->bridgePid.compare_exchange_strong(word, 0, std::memory_order_acq_rel);
}

void Relay::setConnected(bool connected)
{
    // The state for windows: bit 32 of the bridge word says "connected to other machines".
    if (m_segment.isOpen()) {
        quint64 word = m_segment.header()->bridgePid.load(std::memory_order_acquire);
        if ((word & 0xffffffffu) == quint64(QCoreApplication::applicationPid())) {
            const quint64 wanted = (word & 0xffffffffu) | (connected ? (quint64(1) << 32) : 0);
            m_segment.header()->bridgePid.compare_exchange_strong(word, wanted, std::memory_order_acq_rel);
        }
    }
    if (m_statusKnown && connected == m_connected)
        return;
    m_statusKnown = true;
    m_connected = connected;
    if (connected)
        status(tr("connected to other machines through %1").arg(m_options.servers.join(QLatin1Char(','))));
    else
        status(tr("not connected to other machines; local chat goes on, and what is written meanwhile is sent "
                  "once a server answers"));
}

bool Relay::connectNats(QString *error)
{
    natsOptions_Create(&m_natsOptions);
    QList<QByteArray> urls;
    for (const QString &server : std::as_const(m_options.servers))
        urls.append(server.toUtf8());
    std::vector<const char *> urlPointers;
    for (const QByteArray &url : std::as_const(urls))
        urlPointers.push_back(url.constData());
    natsStatus s = natsOptions_SetServers(m_natsOptions, urlPointers.data(), int(urlPointers.size()));
    if (s != NATS_OK) {
        *error = tr("bad --server list: %1").arg(natsText(s));
        return false;
    }
    const QByteArray clientName = "shmchat-bridge " + m_machineUtf8;
    natsOptions_SetName(m_natsOptions, clientName.constData());
    natsOptions_SetMaxReconnect(m_natsOptions, -1);
    natsOptions_SetCustomReconnectDelay(m_natsOptions, reconnectDelay, nullptr);
    natsOptions_SetRetryOnFailedConnect(m_natsOptions, true, nullptr, nullptr);
    natsOptions_SetTimeout(m_natsOptions, ApiWaitMs);
    if (!m_options.credentialsFile.isEmpty()) {
        QFile file(m_options.credentialsFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read the credentials file %1").arg(m_options.credentialsFile);
            return false;
        }
        const QByteArray content = file.read(64 * 1024);
        if (content.contains("-----BEGIN NATS USER JWT-----")) {
            s = natsOptions_SetUserCredentialsFromFiles(m_natsOptions, QFile::encodeName(m_options.credentialsFile).constData(),
                                                        nullptr);
        } else {
            // "user:password" (or a token alone) on the first line.
            const QByteArray line = content.split('\n').value(0).trimmed();
            const int colon = line.indexOf(':');
            if (line.isEmpty()) {
                *error = tr("the credentials file %1 is empty").arg(m_options.credentialsFile);
                return false;
            }
            s = colon < 0 ? natsOptions_SetToken(m_natsOptions, line.constData())
                          : natsOptions_SetUserInfo(m_natsOptions, line.left(colon).constData(),
                                                    line.mid(colon + 1).constData());
        }
        if (s != NATS_OK) {
            *error = tr("cannot use the credentials file %1: %2").arg(m_options.credentialsFile, natsText(s));
            return false;
        }
    }
    if (!m_options.tlsCaFile.isEmpty()) {
        natsOptions_SetSecure(m_natsOptions, true);
        s = natsOptions_LoadCATrustedCertificates(m_natsOptions, QFile::encodeName(m_options.tlsCaFile).constData());
        if (s != NATS_OK) {
            *error = tr("cannot load the TLS certificate authority %1: %2").arg(m_options.tlsCaFile, natsText(s));
            return false;
        }
    }
    s = natsConnection_Connect(&m_nc, m_natsOptions);
    if (s != NATS_OK && s != NATS_NOT_YET_CONNECTED) {
        *error = tr("cannot connect to %1: %2").arg(m_options.servers.join(QLatin1Char(',')), natsText(s));
        return false;
    }
    return true;
}

void Relay::dropStreams()
{
    if (m_sub) {
        natsSubscription_Destroy(m_sub);
        m_sub = nullptr;
    }
    if (m_kv) {
        kvStore_Destroy(m_kv);
        m_kv = nullptr;
    }
    if (m_js) {
        jsCtx_Destroy(m_js);
        m_js = nullptr;
    }
    m_ready = false;
}

bool Relay::setUpStreams()
{
    dropStreams();
    jsOptions jsOpts;
    jsOptions_Init(&jsOpts);
    jsOpts.Wait = ApiWaitMs;
    if (natsConnection_JetStream(&m_js, m_nc, &jsOpts) != NATS_OK)
        return false;
    jsErrCode jerr = jsErrCode(0);
    jsStreamInfo *si = nullptr;
    natsStatus s = js_GetStreamInfo(&si, m_js, m_stream.constData(), nullptr, &jerr);
    if (s == NATS_NOT_FOUND) {
        jsStreamConfig cfg;
        jsStreamConfig_Init(&cfg);
        const char *subjects[] = { m_subject.constData() };
        cfg.Name = m_stream.constData();
        cfg.Subjects = subjects;
        cfg.SubjectsLen = 1;
        cfg.Storage = js_FileStorage;
        cfg.Replicas = m_options.replicas;
        cfg.MaxMsgs = m_options.streamMaxMessages;
        s = js_AddStream(&si, m_js, &cfg, nullptr, &jerr);
        if (s != NATS_OK && jerr == JSStreamNameExistErr)
            s = js_GetStreamInfo(&si, m_js, m_stream.constData(), nullptr, &jerr);
    }
    jsStreamInfo_Destroy(si);
    if (s != NATS_OK) {
        status(tr("cannot create the room's stream: %1").arg(natsText(s)));
        return false;
    }
    jsSubOptions so;
    jsSubOptions_Init(&so);
    so.Stream = m_stream.constData();
    so.Config.DeliverPolicy = js_DeliverAll;
    so.Config.AckPolicy = js_AckAll;
    s = js_PullSubscribe(&m_sub, m_js, m_subject.constData(), m_durable.constData(), nullptr, &so, &jerr);
    if (s != NATS_OK) {
        status(tr("cannot subscribe to the room's stream: %1").arg(natsText(s)));
        return false;
    }
    s = js_KeyValue(&m_kv, m_js, m_bucket.constData());
    if (s != NATS_OK) {
        kvConfig kc;
        kvConfig_Init(&kc);
        kc.Bucket = m_bucket.constData();
        kc.History = 1;
        kc.TTL = PresenceTtlMs * 1000000;
        kc.Replicas = m_options.replicas;
        s = js_CreateKeyValue(&m_kv, m_js, &kc);
        if (s != NATS_OK)
            s = js_KeyValue(&m_kv, m_js, m_bucket.constData());
    }
    if (s != NATS_OK) {
        status(tr("cannot open the room's presence bucket: %1").arg(natsText(s)));
        return false;
    }
    m_ready = true;
    return true;
}

void Relay::publishLocal()
{
    SegmentHeader *h = m_segment.header();
    const quint64 generation = h->generation.load(std::memory_order_acquire);
    if (!m_cursorStarted || m_cursor.generation != generation) {
        m_cursor = m_segment.cursorAt(RoomSegment::CursorStart::Tail, RoomLockBudgetMs);
        m_cursorStarted = true;
        m_pending.clear();
    }
    // Read what is new, keeping what this machine's members wrote (never what came from
    // elsewhere: that is how a message never goes round in circles).
    for (int round = 0; round < 16 && m_pending.size() < 4096; ++round) {
        ReadResult result = m_segment.read(m_cursor, 1024);
        if (result.reset) {
            m_cursor = m_segment.cursorAt(RoomSegment::CursorStart::Tail, RoomLockBudgetMs);
            m_pending.clear();
            continue;
        }
        const quint64 published = h->bridgeOutSeq.load(std::memory_order_acquire);
        for (ReadItem &item : result.items) {
            if (item.type == ReadItem::Type::Missed) {
                status(tr("%1 local messages were overwritten before they could be sent to other machines")
                           .arg(item.missed));
                continue;
            }
            const Wire::Record &r = item.record;
            if ((r.flags & Wire::FlagRemote) || r.kind == Wire::RecordKind::Missed || r.seq <= published)
                continue;
            // Pictures and direct messages stay on their machine (the README says why): the
            // stream carries what every window of the room may see, and only text.
            if (r.kind == Wire::RecordKind::Picture || r.kind == Wire::RecordKind::Direct)
                continue;
            m_pending.push_back(std::move(item.record));
        }
        if (!result.more)
            break;
    }
    m_pendingGeneration = generation;
    if (!m_ready || !m_connected)
        return;
    // One at a time, each acknowledged before the next: the stream keeps this machine's order,
    // and what failed is sent again, in order, once a server answers.
    while (!m_pending.empty()) {
        const Wire::Record &record = m_pending.front();
        QByteArray msgId;
        const QByteArray body = encodeLocal(m_room, m_options.machine, generation, record, &msgId);
        jsPubOptions po;
        jsPubOptions_Init(&po);
        po.MsgId = msgId.constData();
        po.MaxWait = ApiWaitMs;
        jsPubAck *ack = nullptr;
        jsErrCode jerr = jsErrCode(0);
        const natsStatus s = js_Publish(&ack, m_js, m_subject.constData(), body.constData(), int(body.size()), &po, &jerr);
        jsPubAck_Destroy(ack);
        if (s != NATS_OK) {
            qCDebug(lcSegment) << "publish failed" << natsText(s);
            return;
        }
        h->bridgeOutSeq.store(record.seq, std::memory_order_release);
        m_pending.pop_front();
    }
}

void Relay::appendRemote(const QList<Wire::Outgoing> &records, quint64 lastStreamSeq)
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        RoomSegment::Locked held = m_segment.lock(RoomLockBudgetMs);
        if (!held)
            continue;
        if (!records.isEmpty() && held.append(records) == 0)
            continue;
        // Under the lock, right after the append: a bridge restarted later skips exactly these.
        m_segment.header()->bridgeInSeq.store(lastStreamSeq, std::memory_order_release);
        return;
    }
    status(tr("could not write to room \"%1\": its lock stayed busy").arg(m_room));
}

void Relay::fetchRemote()
{
    natsMsgList list{};
    jsErrCode jerr = jsErrCode(0);
    const natsStatus s = natsSubscription_Fetch(&list, m_sub, FetchBatch, FetchWaitMs, &jerr);
    if (s != NATS_OK) {
        if (s != NATS_TIMEOUT)
            QThread::msleep(FetchWaitMs);
        return;
    }
    QList<Wire::Outgoing> records;
    const quint64 knownSeq = m_segment.header()->bridgeInSeq.load(std::memory_order_acquire);
    quint64 lastSeq = knownSeq;
    natsMsg *last = nullptr;
    for (int i = 0; i < list.Count; ++i) {
        natsMsg *msg = list.Msgs[i];
        last = msg;
        jsMsgMetaData *meta = nullptr;
        if (natsMsg_GetMetaData(&meta, msg) != NATS_OK)
            continue;
        const quint64 streamSeq = meta->Sequence.Stream;
        jsMsgMetaData_Destroy(meta);
        if (streamSeq <= lastSeq)
            continue; // appended already (acknowledged too late before a restart)
        if (lastSeq != 0 && streamSeq > lastSeq + 1) {
            // The stream no longer holds what lies between: say exactly how much.
            Wire::Outgoing missed(Wire::RecordKind::Missed, 0, 0, wallMs(), BridgeName,
                                  QByteArray::number(streamSeq - lastSeq - 1));
            records.append(missed);
            status(tr("%1 messages from other machines were no longer held by the stream").arg(streamSeq - lastSeq - 1));
        }
        lastSeq = streamSeq;
        const char *id = nullptr;
        natsMsgHeader_Get(msg, "Nats-Msg-Id", &id);
        const QByteArray body(natsMsg_GetData(msg), natsMsg_GetDataLength(msg));
        RemoteMessage remote;
        Refusal why = Refusal::NotJson;
        if (!parseRemote(body, QByteArray(id ? id : ""), m_room, &remote, &why)) {
            refuse(why);
            continue;
        }
        if (remote.machine == m_options.machine)
            continue; // ours, back from the stream
        Wire::Outgoing out(remote.kind, quint8(Wire::FlagRemote | (remote.timedOut ? Wire::FlagTimedOut : 0)), 0,
                           remote.timeMs, remote.name.toUtf8(),
                           remote.kind == Wire::RecordKind::Text ? QByteArray() : remote.text.toUtf8());
        if (remote.kind == Wire::RecordKind::Text) {
            out.utf16Text = remote.text;
            Wire::checkMessageText(remote.text, &out.utf16TextBytes);
        }
        out.machine = remote.machine.toUtf8();
        records.append(out);
    }
    if (lastSeq != knownSeq)
        appendRemote(records, lastSeq);
    if (last) {
        jsOptions jsOpts;
        jsOptions_Init(&jsOpts);
        jsOpts.Wait = ApiWaitMs;
        natsMsg_Ack(last, &jsOpts);
    }
    natsMsgList_Destroy(&list);
}

void Relay::heartbeatRemoteMembers()
{
    const qint64 now = Platform::steadyMsecs();
    for (auto machine = m_remoteMembers.begin(); machine != m_remoteMembers.end(); ++machine) {
        for (auto member = machine->begin(); member != machine->end(); ++member) {
            if (m_segment.slotHolds(member->slot, member->id))
                m_segment.heartbeat(member->slot, now);
        }
    }
}

void Relay::removeAllRemoteMembers()
{
    // Stopping: the members over there are not gone, only out of this machine's reach.
    RoomSegment::Locked held = m_segment.lock(RoomLockBudgetMs);
    if (!held)
        return; // the local windows' reapers remove them once our pid is gone
    for (const auto &machine : std::as_const(m_remoteMembers)) {
        for (const RemoteMember &member : machine) {
            if (m_segment.slotHolds(member.slot, member.id))
                held.removeMember(member.slot);
        }
    }
    m_remoteMembers.clear();
}

void Relay::syncRemoteMembers(const QHash<QString, QStringList> &byMachine, qint64 now)
{
    RoomSegment::Locked held = m_segment.lock(RoomLockBudgetMs);
    if (!held)
        return;
    // Gone: machines not seen for a while (their entry expired, or we cannot reach the servers),
    // and members no longer in their machine's entry.
    QList<Wire::Outgoing> leaves;
    for (auto machine = m_remoteMembers.begin(); machine != m_remoteMembers.end();) {
        const bool machineGone = now - m_machineSeenMs.value(machine.key()) > MachineGoneAfterMs;
        const QStringList names = byMachine.value(machine.key());
        for (auto member = machine->begin(); member != machine->end();) {
            if (machineGone || (byMachine.contains(machine.key()) && !names.contains(member.key()))) {
                if (m_segment.slotHolds(member->slot, member->id))
                    held.removeMember(member->slot);
                if (machineGone) {
                    // Nobody over there could say it: the machine (or the way to it) is gone.
                    Wire::Outgoing leave(Wire::RecordKind::Leave, Wire::FlagRemote | Wire::FlagTimedOut, member->id,
                                         wallMs(), member.key().toUtf8(), QByteArray());
                    leave.machine = machine.key().toUtf8();
                    leaves.append(leave);
                }
                member = machine->erase(member);
            } else {
                ++member;
            }
        }
        if (machine->isEmpty() && !byMachine.contains(machine.key()))
            machine = m_remoteMembers.erase(machine);
        else
            ++machine;
    }
    for (auto it = byMachine.cbegin(); it != byMachine.cend(); ++it) {
        auto &members = m_remoteMembers[it.key()];
        for (const QString &name : it.value()) {
            auto found = members.find(name);
            if (found != members.end() && m_segment.slotHolds(found->slot, found->id))
                continue;
            RemoteMember member;
            if (held.addMember(name.toUtf8(), QCoreApplication::applicationPid(), &member.slot, &member.id, it.key().toUtf8())
                == RoomSegment::MemberError::None) {
                members.insert(name, member);
            }
        }
    }
    if (!leaves.isEmpty())
        held.append(leaves);
}

void Relay::presence(bool force)
{
    const qint64 now = Platform::steadyMsecs();
    if (!force && now - m_lastPresenceMs < PresenceEveryMs)
        return;
    m_lastPresenceMs = now;
    QHash<QString, QStringList> byMachine;
    if (m_ready && m_connected) {
        QList<RoomMemberEntry> entries;
        if (m_segment.readMembers(&entries)) {
            QJsonArray names;
            for (const RoomMemberEntry &entry : std::as_const(entries)) {
                if (entry.machine.isEmpty() && !entry.left && !RoomSegment::memberIsDead(entry, now))
                    names.append(entry.name);
            }
            const QByteArray value = QJsonDocument(QJsonObject{ { QStringLiteral("room"), m_room },
                                                                { QStringLiteral("machine"), m_options.machine },
                                                                { QStringLiteral("members"), names } })
                                         .toJson(QJsonDocument::Compact);
            uint64_t rev = 0;
            kvStore_PutString(&rev, m_kv, m_presenceKey.constData(), value.constData());
        }
        kvKeysList keys{};
        const natsStatus s = kvStore_Keys(&keys, m_kv, nullptr);
        if (s == NATS_OK) {
            for (int i = 0; i < keys.Count && i < 256; ++i) {
                kvEntry *entry = nullptr;
                if (kvStore_Get(&entry, m_kv, keys.Keys[i]) != NATS_OK)
                    continue;
                const QByteArray value(kvEntry_ValueString(entry));
                kvEntry_Destroy(entry);
                const QJsonObject o = QJsonDocument::fromJson(value).object();
                const QString machine = o.value(QStringLiteral("machine")).toString();
                if (!validName(machine, Wire::MaxMachineBytes) || machine == m_options.machine
                    || escapeToken(machine) != QByteArray(keys.Keys[i])
                    || o.value(QStringLiteral("room")).toString() != m_room) {
                    continue;
                }
                QStringList names;
                const QJsonArray list = o.value(QStringLiteral("members")).toArray();
                for (int n = 0; n < list.size() && n < int(Layout::MemberSlotCount); ++n) {
                    const QString name = list.at(n).toString();
                    if (validName(name, Wire::MaxNameBytes) && !names.contains(name))
                        names.append(name);
                }
                byMachine.insert(machine, names);
                m_machineSeenMs.insert(machine, now);
            }
            kvKeysList_Destroy(&keys);
        }
    }
    syncRemoteMembers(byMachine, now);
}

int Relay::run(const std::atomic<bool> &stop)
{
    QString error;
    if (!openRoom(&error) || !claimRoom(&error)) {
        status(error);
        return 2;
    }
    if (!connectNats(&error)) {
        releaseRoom();
        status(error);
        return 2;
    }
    status(tr("joined room \"%1\" as machine \"%2\"").arg(m_room, m_options.machine));
    while (!stop.load()) {
        if (!m_segment.headerValid()) {
            QThread::msleep(50);
            continue;
        }
        QString claimError;
        if (!claimRoom(&claimError)) {
            status(claimError);
            break;
        }
        const bool connected = natsConnection_Status(m_nc) == NATS_CONN_STATUS_CONNECTED;
        setConnected(connected);
        const qint64 now = Platform::steadyMsecs();
        if (connected && !m_ready && now - m_lastSetupTryMs >= SetupRetryMs) {
            m_lastSetupTryMs = now;
            setUpStreams();
        }
        heartbeatRemoteMembers();
        publishLocal();
        presence(false);
        if (m_ready && connected)
            fetchRemote();
        else
            QThread::msleep(FetchWaitMs);
    }
    if (m_ready && m_connected)
        kvStore_Delete(m_kv, m_presenceKey.constData());
    removeAllRemoteMembers();
    releaseRoom();
    status(tr("stopped"));
    return 0;
}

} // namespace ShmChat::Bridge
