#pragma once

#include "chatmessage.h"

#include <QtCore/QObject>

#include <memory>

class IpcChannelPrivate;

// The one thing a chat front end talks to: a room, seen as signals and slots.
// Everything runs on the thread that owns the channel, driven by a QTimer; no call here waits
// on another process for longer than a few milliseconds.
class IpcChannel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString room READ room NOTIFY stateChanged)
    Q_PROPERTY(QString nickname READ nickname NOTIFY nicknameChanged)
    Q_PROPERTY(int pollInterval READ pollInterval WRITE setPollInterval)

public:
    enum class State { Disconnected, Joining, Joined };
    Q_ENUM(State)

    // The room's link to other machines (shmchat-bridge), as its bridge last said.
    enum class BridgeState { None, Connected, NotConnected };
    Q_ENUM(BridgeState)

    enum JoinFlag {
        NoJoinFlags = 0x0,
        // Read and send without taking a member slot: not listed, no join/leave announced.
        Observer = 0x1,
        // Start at the end of the ring instead of replaying the room's history.
        SkipHistory = 0x2,
    };
    Q_DECLARE_FLAGS(JoinFlags, JoinFlag)
    Q_FLAG(JoinFlags)

    // Limits, in bytes of UTF-8. They are part of the segment's layout version.
    static constexpr int MaxMessageBytes = 4096;
    // A direct message carries its recipient in the same record, in 4 of those bytes.
    static constexpr int MaxDirectMessageBytes = MaxMessageBytes - 4;
    static constexpr int MaxNicknameBytes = 64;
    static constexpr int MaxRoomNameBytes = 64;
    static constexpr int DefaultPollInterval = 10; // ms
    // Pictures: PNG, JPEG or GIF, at most this many bytes encoded (4 MiB; 256 KiB on macOS,
    // whose rooms are small) and this many pixels (and 65,535 on a side).
    static const int MaxPictureBytes;
    static constexpr qint64 MaxPicturePixels = 40'000'000;
    static constexpr int MaxPictureSide = 65535;

    explicit IpcChannel(QObject *parent = nullptr);
    ~IpcChannel() override;

    // Returns false, with errorString() saying why, when the names are refused or the room
    // cannot be joined for a reason that waiting would not change. Otherwise the channel is
    // Joined on return, or Joining: some obstacles are transient (another process of the user
    // joining or leaving right now, a member holding the room's lock); joining then goes on
    // from the event loop for up to two seconds, never blocking it for more than a few
    // milliseconds, and ends with stateChanged(Joined) or joinFailed(). Messages sent while
    // joining wait in the outbox.
    bool join(const QString &room, const QString &nickname, JoinFlags flags);
    bool join(const QString &room, const QString &nickname);
    // For programs without an event loop at hand (command-line tools, tests): finishes joining
    // here, sleeping between attempts, and lets transient obstacles last up to msecs (instead of
    // two seconds). Returns true once Joined. Never call it on a GUI thread.
    bool waitForJoined(int msecs);
    void leave();

    // Returns false, with errorString() saying why, when the text is refused; nothing is written
    // then. Returns true when the message is in the ring (messageSent follows) or queued because
    // another process holds the room's lock (messageSent or sendFailed follows).
    bool sendMessage(const QString &text);
    // The same, to one member of the room (by ChatMember::id) alone: the others' channels do not
    // hand it to them. Not secret: any process of the same user can read the room's memory.
    // Refused when that member is not in the room (as last seen) or is ourselves.
    bool sendDirectMessage(quint32 memberId, const QString &text);
    // A member with unsent text in the composer says so (the window calls this on keystrokes, at
    // most every second or so); it lapses a few seconds after the last call, and at once on
    // setTyping(false), on sending and on leaving. Nothing is written into the ring for it.
    void setTyping(bool typing);
    // The other members who are typing now, as last seen (a poll looks every quarter second).
    QList<ChatMember> typingMembers() const;
    bool setNickname(const QString &nickname);

    // Sends a picture (its encoded bytes, as in the file) under a file name, of which only the
    // last part is kept. Returns false, with errorString() saying why, when it is refused: not
    // PNG, JPEG or GIF, too large, too many pixels; nothing is written then. Otherwise as
    // sendMessage(): messageSent or sendFailed (with an empty text) follows.
    bool sendPicture(const QByteArray &encoded, const QString &fileName = QString());
    enum class PictureStatus { Available, NoLongerAvailable, Damaged };
    // A received picture's bytes, copied out of the room and verified against the size and
    // checksum its record declares. NoLongerAvailable: the room has since reused its space (or
    // was reset, or we left it). Damaged: the bytes are not what the record says. Decode the
    // bytes with a bounded decoder: their sender may be hostile.
    PictureStatus pictureData(const ChatMessage &message, QByteArray *encoded) const;

    State state() const;
    QString room() const;
    QString nickname() const;
    quint32 memberId() const;
    QList<ChatMember> members() const;
    QString errorString() const;
    BridgeState bridgeState() const;

    int pollInterval() const;
    void setPollInterval(int msec);

    // For a window that is not active or is minimised: while the room is quiet, the channel
    // then looks for news only every BackgroundPollInterval ms (instead of the poll interval,
    // slowing to 60 ms after two quiet seconds), which makes waiting almost free. A message that
    // arrives then is delivered within that bound; traffic is read at full speed either way.
    bool isBackground() const;
    void setBackground(bool background);
    static constexpr int BackgroundPollInterval = 1000; // ms

    // The rooms of this user that have live members now, with their counts, by name. Read from
    // the user's rendezvous folder without joining anything; a look takes well under a
    // millisecond per room. Where that cannot be done (Windows), the list is empty and
    // *available false.
    static QList<ChatRoom> rooms(bool *available = nullptr);

    // Each returns an empty string when the input is acceptable, else a translated reason.
    static QString checkMessage(const QString &text);
    static QString checkDirectMessage(const QString &text);
    static QString checkNickname(const QString &nickname);
    static QString checkRoomName(const QString &room);
    static QString checkPicture(const QByteArray &encoded);

Q_SIGNALS:
    void stateChanged(IpcChannel::State state);
    // Joining, begun by a join() that returned true, failed; the channel is Disconnected.
    void joinFailed(const QString &reason);
    void nicknameChanged(const QString &nickname);
    // Every message the room delivers, in order, one at a time.
    void messageReceived(const ChatMessage &message);
    // The same messages, a poll's worth at a time (never empty; a messagesMissed comes between
    // two batches, never inside one): cheaper for a consumer that takes many at once, such as a
    // view that inserts rows. Connect to whichever suits; each is emitted only when connected.
    void messagesReceived(const QList<ChatMessage> &messages);
    void messageSent(quint64 seq);
    void sendFailed(const QString &text, const QString &reason);
    void messagesMissed(quint64 count);
    void membersChanged();
    void typingChanged();
    void errorOccurred(const QString &message);
    // Checked about once a second while joined.
    void bridgeStateChanged(IpcChannel::BridgeState state);

private:
    Q_DECLARE_PRIVATE(IpcChannel)
    std::unique_ptr<IpcChannelPrivate> d_ptr;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(IpcChannel::JoinFlags)
