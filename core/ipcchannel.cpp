#include "ipcchannel.h"

#include "channelsession_p.h"
#include "platform_p.h"
#include "roomdirectory_p.h"
#include "segmentlayout_p.h"
#include "shmsession_p.h"
#include "timing_p.h"
#include "wireformat_p.h"

#include <QtCore/QLocale>
#include <QtCore/QLoggingCategory>
#include <QtCore/QMetaMethod>
#include <QtCore/QPointer>

#include <algorithm>
#include <memory>
#include <utility>

Q_LOGGING_CATEGORY(lcChannel, "shmchat.channel", QtWarningMsg)

using namespace ShmChat;

// The public limits are the layout's: a message the API accepts always fits a record.
static_assert(IpcChannel::MaxMessageBytes == int(Wire::MaxTextBytes));
static_assert(IpcChannel::MaxDirectMessageBytes == int(Wire::MaxDirectTextBytes));
static_assert(IpcChannel::MaxNicknameBytes == int(Wire::MaxNameBytes));
static_assert(IpcChannel::MaxRoomNameBytes == int(Wire::MaxNameBytes));
static_assert(IpcChannel::BackgroundPollInterval == Timing::BackgroundPollMs);
static_assert(IpcChannel::MaxPicturePixels == qint64(Wire::MaxPicturePixels));
static_assert(IpcChannel::MaxPictureSide == int(Wire::MaxPictureSide));
static_assert(quint8(ChatMessage::PictureFormat::Gif) == quint8(Wire::PictureFormat::Gif));

const int IpcChannel::MaxPictureBytes = int(Layout::MaxPictureBytes);

// What any way of reaching a room shares: the names and their rules, the state the API reports,
// the members as last seen, and errors reported once per incident. The session does the rest.
class IpcChannelPrivate final : public ChannelSession::Listener
{
    Q_DECLARE_PUBLIC(IpcChannel)
public:
    explicit IpcChannelPrivate(IpcChannel *q) : q_ptr(q), session(std::make_unique<ShmSession>(this)) {}

    void sessionJoined(const QString &notice) override;
    void sessionJoinFailed(const QString &reason) override;
    void sessionReceived(const QList<ChatMessage> &messages) override;
    void sessionMissed(quint64 count) override { emit q_ptr->messagesMissed(count); }
    void sessionSent(quint64 seq) override { emit q_ptr->messageSent(seq); }
    void sessionSendFailed(const QString &text, const QString &reason) override { emit q_ptr->sendFailed(text, reason); }
    void sessionMembers(const QList<ChatMember> &updated) override;
    void sessionTyping(const QList<quint32> &memberIds) override;
    void sessionProblem(const QString &message) override { reportError(message); }
    void sessionBridgeState(int state) override
    {
        bridgeState = IpcChannel::BridgeState(state);
        emit q_ptr->bridgeStateChanged(bridgeState);
    }
    void reportError(const QString &message);

    IpcChannel *q_ptr;
    IpcChannel::BridgeState bridgeState = IpcChannel::BridgeState::None;
    std::unique_ptr<ChannelSession> session;
    IpcChannel::State state = IpcChannel::State::Disconnected;
    bool joinAnnounced = false; // stateChanged(Joining) was emitted
    IpcChannel::JoinFlags flags;
    QString room;
    QString nickname;
    QList<ChatMember> members;
    QList<quint32> typing;
    QString errorString;
    int pollInterval = IpcChannel::DefaultPollInterval;
    bool background = false;
    qint64 lastErrorMs = 0;
};

void IpcChannelPrivate::sessionReceived(const QList<ChatMessage> &messages)
{
    Q_Q(IpcChannel);
    // Building nothing for a signal nobody listens to is most of what a batch saves.
    static const QMetaMethod one = QMetaMethod::fromSignal(&IpcChannel::messageReceived);
    static const QMetaMethod many = QMetaMethod::fromSignal(&IpcChannel::messagesReceived);
    const QPointer<IpcChannel> alive(q);
    if (q->isSignalConnected(many)) {
        emit q->messagesReceived(messages);
        if (!alive || state != IpcChannel::State::Joined)
            return;
    }
    if (q->isSignalConnected(one)) {
        // A slot may leave the room or delete the channel: nothing more is delivered then.
        for (const ChatMessage &message : messages) {
            emit q->messageReceived(message);
            if (!alive || state != IpcChannel::State::Joined)
                return;
        }
    }
}

namespace {

enum class Subject { Message, Nickname, Room };

QString describeTextError(Wire::TextError error, Subject subject, int limit)
{
    // Whole sentences per subject, so that translators see each one as it is shown.
    const bool message = subject == Subject::Message;
    const bool room = subject == Subject::Room;
    switch (error) {
    case Wire::TextError::None:
        return QString();
    case Wire::TextError::Empty:
        return message ? IpcChannel::tr("The message is empty.")
             : room    ? IpcChannel::tr("The room name is empty.")
                       : IpcChannel::tr("The nickname is empty.");
    case Wire::TextError::TooLong:
        return message ? IpcChannel::tr("The message is too long: at most %1 bytes of UTF-8 can be sent.").arg(limit)
             : room    ? IpcChannel::tr("The room name is too long: at most %1 bytes of UTF-8.").arg(limit)
                       : IpcChannel::tr("The nickname is too long: at most %1 bytes of UTF-8.").arg(limit);
    case Wire::TextError::InvalidUtf16:
        return message ? IpcChannel::tr("The message contains broken characters (unpaired UTF-16 surrogates).")
             : room    ? IpcChannel::tr("The room name contains broken characters (unpaired UTF-16 surrogates).")
                       : IpcChannel::tr("The nickname contains broken characters (unpaired UTF-16 surrogates).");
    case Wire::TextError::ControlCharacter:
        return message ? IpcChannel::tr("The message contains control characters (such as NUL) that cannot be sent.")
             : room    ? IpcChannel::tr("The room name may not contain line breaks, control characters, or leading or trailing spaces.")
                       : IpcChannel::tr("The nickname may not contain line breaks, control characters, or leading or trailing spaces.");
    case Wire::TextError::NotVisible:
        return room ? IpcChannel::tr("The room name must contain a visible character and may not begin with a combining mark.")
                    : IpcChannel::tr("The nickname must contain a visible character and may not begin with a combining mark.");
    case Wire::TextError::InvisibleCharacter:
        return room ? IpcChannel::tr("The room name may not contain invisible or direction-changing characters "
                                     "(such as zero-width spaces, bidi controls, line or paragraph separators, or blank fillers).")
                    : IpcChannel::tr("The nickname may not contain invisible or direction-changing characters "
                                     "(such as zero-width spaces, bidi controls, line or paragraph separators, or blank fillers).");
    }
    return QString();
}

} // namespace

// --- public API ---------------------------------------------------------------------------

IpcChannel::IpcChannel(QObject *parent)
    : QObject(parent), d_ptr(std::make_unique<IpcChannelPrivate>(this))
{
    d_func()->session->setPollInterval(d_func()->pollInterval);
}

IpcChannel::~IpcChannel()
{
    Q_D(IpcChannel);
    // Slots connected to us must not run against a half-destroyed object.
    const QSignalBlocker blocker(this);
    d->session->leave();
}

namespace {
// The one check of a message's text: what it is refused for, or its exact UTF-8 length, so that
// the session can write it into the ring without converting it first.
QString messageProblem(const QString &text, quint32 *utf8Bytes)
{
    return describeTextError(Wire::checkMessageText(text, utf8Bytes), Subject::Message, IpcChannel::MaxMessageBytes);
}
} // namespace

QString IpcChannel::checkMessage(const QString &text)
{
    return messageProblem(text, nullptr);
}

namespace {
QString directMessageProblem(const QString &text, quint32 *utf8Bytes)
{
    quint32 bytes = 0;
    const QString problem = messageProblem(text, &bytes);
    if (!problem.isEmpty())
        return problem;
    if (bytes > Wire::MaxDirectTextBytes)
        return IpcChannel::tr("The direct message is too long: at most %1 bytes of UTF-8 can be sent.")
            .arg(IpcChannel::MaxDirectMessageBytes);
    if (utf8Bytes)
        *utf8Bytes = bytes;
    return QString();
}
} // namespace

QString IpcChannel::checkDirectMessage(const QString &text)
{
    return directMessageProblem(text, nullptr);
}

QList<ChatRoom> IpcChannel::rooms(bool *available)
{
    RoomDirectory::Status status = RoomDirectory::Status::Listed;
    const QList<ChatRoom> listed = RoomDirectory::list(&status);
    if (available)
        *available = status == RoomDirectory::Status::Listed;
    return listed;
}

QString IpcChannel::checkNickname(const QString &nickname)
{
    return describeTextError(Wire::checkName(nickname), Subject::Nickname, MaxNicknameBytes);
}

QString IpcChannel::checkRoomName(const QString &room)
{
    return describeTextError(Wire::checkName(room), Subject::Room, MaxRoomNameBytes);
}

namespace {

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', bytes < 1024 * 1024 ? 2 : 1);
}

// The one check of a picture: what it is refused for, or its format and size.
QString pictureProblem(const QByteArray &encoded, Wire::PictureRef *ref)
{
    if (encoded.isEmpty())
        return IpcChannel::tr("The picture is empty.");
    quint32 width = 0;
    quint32 height = 0;
    const Wire::PictureFormat format = Wire::sniffPicture(encoded, &width, &height);
    if (format == Wire::PictureFormat::None)
        return IpcChannel::tr("This is not a picture ShmChat can send: only PNG, JPEG and GIF files can be sent.");
    if (encoded.size() > IpcChannel::MaxPictureBytes) {
        return IpcChannel::tr("The picture is too large (%1 MiB): at most %2 MiB can be sent.")
            .arg(megabytes(encoded.size()), megabytes(IpcChannel::MaxPictureBytes));
    }
    if (width > Wire::MaxPictureSide || height > Wire::MaxPictureSide || quint64(width) * height > Wire::MaxPicturePixels) {
        return IpcChannel::tr("The picture has too many pixels (%1 x %2): at most %3 megapixels, and %4 on a side, can be sent.")
            .arg(width).arg(height).arg(Wire::MaxPicturePixels / 1000000).arg(Wire::MaxPictureSide);
    }
    if (ref) {
        ref->size = quint32(encoded.size());
        ref->checksum = Wire::checksum(encoded);
        ref->format = format;
        ref->width = width;
        ref->height = height;
    }
    return QString();
}

// The last part of a file name, as a name the room accepts (one line, no invisible characters),
// at most MaxPictureNameBytes long; what cannot be made one is dropped: the picture matters.
QByteArray pictureName(const QString &fileName)
{
    QString name = fileName.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1).trimmed();
    // Shortened from the middle of the stem, so that the extension stays.
    while (!name.isEmpty() && name.toUtf8().size() > qsizetype(Wire::MaxPictureNameBytes)) {
        const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
        qsizetype cut = dot > 1 ? dot - 1 : name.size() - 1;
        qsizetype count = 1;
        if (cut > 0 && name.at(cut).isLowSurrogate() && name.at(cut - 1).isHighSurrogate()) {
            --cut;
            count = 2;
        }
        name.remove(cut, count);
    }
    if (name.isEmpty() || Wire::checkName(name) != Wire::TextError::None)
        return QByteArray();
    return name.toUtf8();
}

} // namespace

QString IpcChannel::checkPicture(const QByteArray &encoded)
{
    return pictureProblem(encoded, nullptr);
}

bool IpcChannel::sendPicture(const QByteArray &encoded, const QString &fileName)
{
    Q_D(IpcChannel);
    if (d->state == State::Disconnected) {
        d->errorString = tr("Not in a room: join one before sending.");
        return false;
    }
    Wire::PictureRef ref;
    const QString problem = pictureProblem(encoded, &ref);
    if (!problem.isEmpty()) {
        d->errorString = problem;
        return false;
    }
    d->session->sendPicture(encoded, ref, pictureName(fileName));
    return true;
}

IpcChannel::PictureStatus IpcChannel::pictureData(const ChatMessage &message, QByteArray *encoded) const
{
    return d_func()->session->pictureData(message, encoded);
}

bool IpcChannel::join(const QString &room, const QString &nickname)
{
    return join(room, nickname, NoJoinFlags);
}

bool IpcChannel::join(const QString &room, const QString &nickname, JoinFlags flags)
{
    Q_D(IpcChannel);
    QString problem = checkRoomName(room);
    if (problem.isEmpty())
        problem = checkNickname(nickname);
    if (!problem.isEmpty()) {
        d->errorString = problem;
        return false;
    }
    leave();

    d->flags = flags;
    d->room = room;
    d->nickname = nickname;
    d->errorString.clear();
    d->state = State::Joining;
    JoinRequest request;
    request.room = room;
    request.nickname = nickname;
    request.observer = flags & Observer;
    request.skipHistory = flags & SkipHistory;
    QString error;
    if (!d->session->join(request, &error)) {
        d->state = State::Disconnected;
        d->errorString = error;
        return false;
    }
    if (d->state == State::Joining) {
        d->joinAnnounced = true;
        emit stateChanged(d->state);
    }
    return true;
}

bool IpcChannel::waitForJoined(int msecs)
{
    Q_D(IpcChannel);
    if (d->state == State::Joining)
        d->session->waitForJoined(msecs);
    return d->state == State::Joined;
}

void IpcChannel::leave()
{
    Q_D(IpcChannel);
    if (d->state == State::Disconnected)
        return;
    const QPointer<IpcChannel> guard(this);
    d->session->leave();
    if (!guard)
        return;
    d->state = State::Disconnected;
    d->joinAnnounced = false;
    d->members.clear();
    const bool wasTyping = !std::exchange(d->typing, QList<quint32>()).isEmpty();
    emit membersChanged();
    if (guard && wasTyping)
        emit typingChanged();
    if (guard)
        emit stateChanged(d->state);
}

bool IpcChannel::sendMessage(const QString &text)
{
    Q_D(IpcChannel);
    if (d->state == State::Disconnected) {
        d->errorString = tr("Not in a room: join one before sending.");
        return false;
    }
    quint32 utf8Bytes = 0;
    const QString problem = messageProblem(text, &utf8Bytes);
    if (!problem.isEmpty()) {
        d->errorString = problem;
        return false;
    }
    d->session->setTyping(false);
    d->session->send(text, utf8Bytes, 0);
    return true;
}

bool IpcChannel::sendDirectMessage(quint32 memberId, const QString &text)
{
    Q_D(IpcChannel);
    if (d->state != State::Joined) {
        // While joining nobody is known yet to address.
        d->errorString = tr("Not in a room: join one before sending.");
        return false;
    }
    if (memberId == 0 || memberId == d->session->memberId()) {
        d->errorString = tr("A direct message goes to another member of the room.");
        return false;
    }
    const auto member = std::find_if(d->members.cbegin(), d->members.cend(),
                                     [memberId](const ChatMember &m) { return m.id == memberId; });
    if (member == d->members.cend()) {
        d->errorString = tr("That member is no longer in the room: the direct message was not sent.");
        return false;
    }
    quint32 utf8Bytes = 0;
    const QString problem = directMessageProblem(text, &utf8Bytes);
    if (!problem.isEmpty()) {
        d->errorString = problem;
        return false;
    }
    d->session->setTyping(false);
    d->session->send(text, utf8Bytes, memberId);
    return true;
}

void IpcChannel::setTyping(bool typing)
{
    Q_D(IpcChannel);
    if (d->state == State::Joined)
        d->session->setTyping(typing);
}

QList<ChatMember> IpcChannel::typingMembers() const
{
    Q_D(const IpcChannel);
    QList<ChatMember> typing;
    for (const ChatMember &member : d->members) {
        if (d->typing.contains(member.id))
            typing.append(member);
    }
    return typing;
}

bool IpcChannel::setNickname(const QString &nickname)
{
    Q_D(IpcChannel);
    const QString problem = checkNickname(nickname);
    if (!problem.isEmpty()) {
        d->errorString = problem;
        return false;
    }
    if (nickname == d->nickname)
        return true;
    if (!d->session->rename(nickname, &d->errorString))
        return false;
    d->nickname = nickname;
    emit nicknameChanged(nickname);
    return true;
}

IpcChannel::State IpcChannel::state() const
{
    return d_func()->state;
}

QString IpcChannel::room() const
{
    return d_func()->room;
}

QString IpcChannel::nickname() const
{
    return d_func()->nickname;
}

quint32 IpcChannel::memberId() const
{
    return d_func()->session->memberId();
}

QList<ChatMember> IpcChannel::members() const
{
    return d_func()->members;
}

IpcChannel::BridgeState IpcChannel::bridgeState() const
{
    Q_D(const IpcChannel);
    return d->bridgeState;
}

QString IpcChannel::errorString() const
{
    return d_func()->errorString;
}

int IpcChannel::pollInterval() const
{
    return d_func()->pollInterval;
}

void IpcChannel::setPollInterval(int msec)
{
    Q_D(IpcChannel);
    d->pollInterval = qBound(1, msec, 1000);
    d->session->setPollInterval(d->pollInterval);
}

bool IpcChannel::isBackground() const
{
    return d_func()->background;
}

void IpcChannel::setBackground(bool background)
{
    Q_D(IpcChannel);
    d->background = background;
    d->session->setBackground(background);
}

// --- private ------------------------------------------------------------------------------

void IpcChannelPrivate::sessionJoined(const QString &notice)
{
    Q_Q(IpcChannel);
    joinAnnounced = false;
    state = IpcChannel::State::Joined;
    errorString.clear();
    const QPointer<IpcChannel> guard(q);
    emit q->stateChanged(state);
    if (guard && !notice.isEmpty())
        reportError(notice);
}

void IpcChannelPrivate::sessionJoinFailed(const QString &reason)
{
    Q_Q(IpcChannel);
    const bool announced = std::exchange(joinAnnounced, false);
    state = IpcChannel::State::Disconnected;
    errorString = reason;
    members.clear();
    if (!announced)
        return; // join() itself returns false with the reason
    const QPointer<IpcChannel> guard(q);
    emit q->joinFailed(reason);
    if (guard)
        emit q->stateChanged(state);
}

void IpcChannelPrivate::sessionMembers(const QList<ChatMember> &updated)
{
    members = updated;
    emit q_ptr->membersChanged();
}

void IpcChannelPrivate::sessionTyping(const QList<quint32> &memberIds)
{
    typing = memberIds;
    emit q_ptr->typingChanged();
}

void IpcChannelPrivate::reportError(const QString &message)
{
    Q_Q(IpcChannel);
    const qint64 now = Platform::steadyMsecs();
    const bool sameIncident = lastErrorMs != 0 && now - lastErrorMs < Timing::ErrorQuietMs;
    lastErrorMs = now;
    if (sameIncident)
        return;
    // The signal is how users learn of it; the log line is for whoever turns shmchat.* on.
    qCInfo(lcChannel) << message;
    emit q->errorOccurred(message);
}
