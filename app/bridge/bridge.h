// shmchat-bridge: one room on this machine joined to the same room on other machines through
// NATS JetStream. See the README's "Rooms across machines" for the design.
#pragma once

#include "roomsegment_p.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QSet>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <atomic>
#include <deque>

#include <nats/nats.h>

namespace ShmChat::Bridge {

struct Options
{
    QString room;
    QStringList servers;
    QString machine;
    QString credentialsFile;
    QString tlsCaFile;
    qint64 streamMaxMessages = 100000;
    int replicas = 1;
};

// NATS subject tokens, stream, consumer and bucket names allow only some characters: every byte
// of the UTF-8 name but [A-Za-z0-9-] becomes "_XX" (hex), so that any valid room or machine
// name maps to one token, and two names never to the same one.
QByteArray escapeToken(const QString &name);

// Why a message from the network was not appended (each counted).
enum class Refusal { NotUtf8, NotJson, TooLong, BadName, BadText, BadMachine, WrongRoom, ForgedOrigin, BadKind };

struct RemoteMessage
{
    QString machine;
    QString name;
    QString text;
    Wire::RecordKind kind = Wire::RecordKind::Text;
    bool timedOut = false;
    qint64 timeMs = 0;
};

// Checks one message as it came from the stream: never trusted, everything validated with the
// same rules the ring applies. False with *why set when it must be dropped.
bool parseRemote(const QByteArray &body, const QByteArray &msgId, const QString &room, RemoteMessage *out,
                 Refusal *why);
QByteArray encodeLocal(const QString &room, const QString &machine, quint64 generation, const Wire::Record &record,
                       QByteArray *msgId);

class Relay
{
    Q_DECLARE_TR_FUNCTIONS(Relay)
public:
    explicit Relay(const Options &options);
    ~Relay();
    // 0 when stopped by a signal, else an exit code (2: refused to start).
    int run(const std::atomic<bool> &stop);

private:
    bool openRoom(QString *error);
    bool claimRoom(QString *error);
    void releaseRoom();
    bool connectNats(QString *error);
    bool setUpStreams();
    void dropStreams();
    void publishLocal();
    void fetchRemote();
    void appendRemote(const QList<Wire::Outgoing> &records, quint64 lastStreamSeq);
    void presence(bool force);
    void syncRemoteMembers(const QHash<QString, QStringList> &byMachine, qint64 now);
    void heartbeatRemoteMembers();
    void removeAllRemoteMembers();
    void setConnected(bool connected);
    void status(const QString &text);
    void refuse(Refusal why);

    Options m_options;
    QString m_room;
    QByteArray m_machineUtf8;
    QByteArray m_subject;
    QByteArray m_stream;
    QByteArray m_durable;
    QByteArray m_bucket;
    QByteArray m_presenceKey;
    RoomSegment m_segment;
    RingCursor m_cursor;
    bool m_cursorStarted = false;
    std::deque<Wire::Record> m_pending; // read from the ring, not yet in the stream
    quint64 m_pendingGeneration = 0;

    natsOptions *m_natsOptions = nullptr;
    natsConnection *m_nc = nullptr;
    jsCtx *m_js = nullptr;
    natsSubscription *m_sub = nullptr;
    kvStore *m_kv = nullptr;
    bool m_ready = false;
    bool m_connected = false;
    bool m_statusKnown = false;
    qint64 m_lastPresenceMs = 0;
    qint64 m_lastSetupTryMs = 0;

    struct RemoteMember
    {
        int slot = -1;
        quint32 id = 0;
    };
    // Machine -> name -> the slot we hold for it in the local member table.
    QHash<QString, QHash<QString, RemoteMember>> m_remoteMembers;
    QHash<QString, qint64> m_machineSeenMs;
    quint64 m_refused = 0;
};

} // namespace ShmChat::Bridge
