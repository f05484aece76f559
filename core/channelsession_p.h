// Between IpcChannel, which keeps what any way of reaching a room shares (names and their rules,
// the state the API reports, the members as last seen, errors reported once per incident), and a
// session, which reaches the room one particular way. ShmSession (shmsession_p.h) is the shared-
// memory one; another transport would be another ChannelSession beside it, with the window and
// the public API unchanged.
#pragma once

#include "chatmessage.h"
#include "ipcchannel.h"
#include "wireformat_p.h"

#include <QtCore/QList>
#include <QtCore/QString>

namespace ShmChat {

struct JoinRequest
{
    QString room;
    QString nickname;
    bool observer = false;    // read and send without being listed
    bool skipHistory = false; // start at the end of the room's history
};

class ChannelSession
{
public:
    // What a session tells its channel, always on the channel's thread. The channel may be
    // destroyed by whatever a call leads to (a slot connected to its signals): a session checks
    // that it still exists after each call, and touches nothing if it does not.
    class Listener
    {
    public:
        // Joining ended well; notice, if any, says what was found and repaired on the way.
        virtual void sessionJoined(const QString &notice) = 0;
        // Joining, begun by a join() that returned true, failed for good.
        virtual void sessionJoinFailed(const QString &reason) = 0;
        // Messages in order, never empty.
        virtual void sessionReceived(const QList<ChatMessage> &messages) = 0;
        virtual void sessionMissed(quint64 count) = 0;
        virtual void sessionSent(quint64 seq) = 0;
        virtual void sessionSendFailed(const QString &text, const QString &reason) = 0;
        virtual void sessionMembers(const QList<ChatMember> &members) = 0;
        // The members (not us) who have unsent text in their composer now, by id, ascending.
        virtual void sessionTyping(const QList<quint32> &memberIds) = 0;
        // Something the user should know about the room (damage found and repaired, ...).
        virtual void sessionProblem(const QString &message) = 0;
        // The room's bridge to other machines (shmchat-bridge): 0 none, 1 connected, 2 not.
        virtual void sessionBridgeState(int state) = 0;

    protected:
        ~Listener() = default;
    };

    virtual ~ChannelSession() = default;

    // Starts joining, never waiting for another process for more than a few milliseconds.
    // False: it failed at once, and *error says why. True: joined already (sessionJoined came),
    // or joining goes on from the event loop and ends in sessionJoined or sessionJoinFailed.
    virtual bool join(const JoinRequest &request, QString *error) = 0;
    // Goes on joining here, sleeping between attempts, for up to msecs.
    virtual void waitForJoined(int msecs) = 0;
    // Leaves (or stops joining); what still waits to be sent fails with sessionSendFailed.
    virtual void leave() = 0;
    // text has passed the channel's checks, which counted its UTF-8 bytes. Written at once or queued; sessionSent or
    // sessionSendFailed follows either way. Queued while joining.
    // recipientId != 0: a direct message to that member, delivered to it and to us only.
    virtual void send(const QString &text, quint32 utf8Bytes, quint32 recipientId) = 0;
    // Says that we have (or no longer have) unsent text; it lapses on its own after
    // Timing::TypingTimeoutMs unless said again.
    virtual void setTyping(bool typing) = 0;
    // A picture that passed the channel's checks: its bytes, and its reference but for the
    // position, which only the write decides. Written at once or queued, as send().
    virtual void sendPicture(const QByteArray &encoded, const Wire::PictureRef &ref, const QByteArray &nameUtf8) = 0;
    virtual IpcChannel::PictureStatus pictureData(const ChatMessage &message, QByteArray *encoded) const = 0;
    // Announces a new nickname to the room (or only remembers it, when not in a room yet).
    virtual bool rename(const QString &nickname, QString *error) = 0;
    virtual quint32 memberId() const = 0;
    virtual void setPollInterval(int msec) = 0;
    // Nobody is looking: news may take longer to arrive, for less CPU while it is quiet.
    virtual void setBackground(bool background) = 0;
};

} // namespace ShmChat
