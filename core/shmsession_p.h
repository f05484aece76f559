// A room reached through shared memory: joining (in attempts, from the event loop), the outbox,
// polling at a pace that follows the traffic, heartbeats, announcing members that are gone, and
// recovering from damage. Everything runs on the thread that owns it, driven by QTimers.
#pragma once

#include "channelsession_p.h"
#include "roomsegment_p.h"
#include "timing_p.h"

#include <QtCore/QObject>
#include <QtCore/QTimer>

#include <deque>

namespace ShmChat {

class ShmSession : public QObject, public ChannelSession
{
public:
    explicit ShmSession(Listener *listener);
    ~ShmSession() override;

    bool join(const JoinRequest &request, QString *error) override;
    void waitForJoined(int msecs) override;
    void leave() override;
    void send(const QString &text, quint32 utf8Bytes, quint32 recipientId) override;
    void setTyping(bool typing) override;
    void sendPicture(const QByteArray &encoded, const Wire::PictureRef &ref, const QByteArray &nameUtf8) override;
    IpcChannel::PictureStatus pictureData(const ChatMessage &message, QByteArray *encoded) const override;
    bool rename(const QString &nickname, QString *error) override;
    quint32 memberId() const override { return m_memberId; }
    void setPollInterval(int msec) override;
    void setBackground(bool background) override;

private:
    enum class State { Idle, Joining, Joined };
    enum class Attempt { Joined, Pending, Failed };
    enum class SlotResult { Taken, Busy, Full, NameTaken };
    enum class NameCheck { Free, Taken, Unknown };
    enum class Pace { Drain, Busy, Normal, Idle };

    // joining
    Attempt attemptJoin(QString *error);
    Attempt retryJoin(const QString &reason, QString *error);
    void onJoinTimer();
    void fail(const QString &reason);
    void becomeJoined();
    SlotResult takeSlot(int lockBudgetMs);
    QString roomFullMessage() const;
    // names
    NameCheck nameInUseLocked(RoomSegment::Locked &held, const QString &name);
    bool observerNameFreeLocked(RoomSegment::Locked &held);
    QString nameTakenMessage(const QString &name) const;
    // writing
    Wire::Outgoing outgoing(Wire::RecordKind kind, const QByteArray &text) const;
    void flushOutbox();
    struct Pending;
    bool writePictureLocked(RoomSegment::Locked &held, Pending &pending);
    void failQueued(const QString &reason, qint64 olderThanMs);
    // reading
    void poll();
    bool deliver(const ReadResult &result);
    ChatMessage toMessage(const ReadItem &item) const;
    void setPace(Pace pace);
    void restartPollTimer(Pace pace);
    int intervalFor(Pace pace) const;
    // keeping the room in shape
    void heartbeat();
    void refreshMembers();
    void checkTyping(qint64 now);
    bool deliverable(const Wire::Record &record) const;
    void checkBridge();
    void reapMembers(qint64 now);
    void announceGoneLocked(RoomSegment::Locked &held, qint64 now);
    void recoverHeader(qint64 now);
    bool isMember() const { return !m_request.observer; }

    Listener *const m_listener;
    RoomSegment m_segment;
    QTimer m_pollTimer;
    QTimer m_joinTimer;
    State m_state = State::Idle;
    JoinRequest m_request;
    QByteArray m_nicknameUtf8;
    qint64 m_joinDeadlineMs = 0;
    int m_joinPauseMs = Timing::FirstJoinPauseMs;
    QString m_joinNotice;
    bool m_unreachableReported = false;
    RingCursor m_cursor;
    quint64 m_historyEnd = 0;
    quint32 m_knownEpoch = 0;
    QList<ChatMember> m_members;
    QList<RoomMemberEntry> m_memberSlots; // where each member's typing word is
    QList<quint32> m_typing;
    qint64 m_lastTypingCheckMs = 0;
    bool m_typingSaid = false; // our own typing word is (or may be) set
    int m_slot = -1;
    quint32 m_memberId = 0;
    int m_pollInterval = 10;
    Pace m_pace = Pace::Normal;
    int m_quietPolls = 0; // polls in a row without news
    bool m_background = false;
    qint64 m_lastHeartbeatMs = 0;
    bool m_repairWanted = false;
    // An observer's nickname was found free of members while the member table had this epoch.
    bool m_observerNameFree = false;
    quint32 m_observerNameEpoch = 0;
    qint64 m_notReadySinceMs = 0;
    int m_bridgeState = 0;

    struct Pending
    {
        Wire::Outgoing record; // the text is record.utf16Text, as the user wrote it
        qint64 queuedMs = 0;
        // A picture: its bytes, and its reference and name, encoded into record.text once the
        // bytes are in the area.
        QByteArray picture;
        Wire::PictureRef pictureRef;
        QByteArray pictureName;
    };
    std::deque<Pending> m_outbox;
};

} // namespace ShmChat
