#include "ipcchannel.h"

#include "platform_p.h"
#include "roomsegment_p.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QLoggingCategory>
#include <QtCore/QPointer>
#include <QtCore/QRandomGenerator>
#include <QtCore/QThread>
#include <QtCore/QTimeZone>
#include <QtCore/QTimer>

#include <deque>
#include <utility>

Q_LOGGING_CATEGORY(lcChannel, "shmchat.channel", QtWarningMsg)

using namespace ShmChat;

// The public limits are the layout's: a message the API accepts always fits a record.
static_assert(IpcChannel::MaxMessageBytes == int(Wire::MaxTextBytes));
static_assert(IpcChannel::MaxNicknameBytes == int(Wire::MaxNameBytes));
static_assert(IpcChannel::MaxRoomNameBytes == int(Wire::MaxNameBytes));

namespace {
// A poll hands at most this many records, or what it can in PollBudgetMs, to the event loop;
// more waiting means another poll right away, so a flood is drained quickly without ever
// freezing the loop.
constexpr int MaxRecordsPerPoll = 2048;
constexpr int RecordsPerChunk = 128;
constexpr qint64 PollBudgetMs = 8;
// Polling adapts to traffic: right after a poll that delivered messages the next one comes
// after BusyPollMs (a burst is drained long before the ring can lap us); after IdleAfterMs
// without news it slows to IdlePollFactor times the interval, at most MaxIdlePollMs, because on
// an idle window the timer's wake-ups are the whole cost.
constexpr int BusyPollMs = 1;
constexpr int IdleAfterMs = 2000;
constexpr int IdlePollFactor = 4;
constexpr int MaxIdlePollMs = 40;
// One lock hold writes at most this much, so holds stay short and a batch always fits the ring.
constexpr qint64 MaxWriteBatchBytes = qMin<qint64>(Layout::RingCapacity / 8, 256 * 1024);
// How long the owning thread may spin for the room's lock before giving up for this time.
constexpr int SendLockBudgetMs = 2;
constexpr int RenameLockBudgetMs = 250;
// Leaving waits this long for the lock at most; after that the member marks its slot as left
// and the next member to hold the lock announces the leave (a normal one) for it.
constexpr int LeaveLockBudgetMs = 20;
// Joining meets transient obstacles (another process joining or leaving holds the user's
// lock, a member holds the room's lock, a damaged header is being repaired). Each attempt
// waits for nothing; between attempts the owning thread's event loop runs, for a pause that
// starts small and doubles, jittered so that processes starting together spread out.
constexpr qint64 JoinBudgetMs = 2000;
constexpr int FirstJoinPauseMs = 2;
constexpr int MaxJoinPauseMs = 64;
// A queued message that still cannot be written after this long is given up, with an error.
constexpr qint64 SendTimeoutMs = 3000;
constexpr int HeartbeatIntervalMs = 1000;
// A header that stays invalid this long is not someone initialising it: it is damage.
constexpr qint64 NotReadyGraceMs = 250;
// Errors less than this apart belong to one incident and are reported once: an attack on the
// segment shows one message, not a flood of them.
constexpr qint64 ErrorQuietMs = 5000;
} // namespace

class IpcChannelPrivate
{
    Q_DECLARE_PUBLIC(IpcChannel)
public:
    explicit IpcChannelPrivate(IpcChannel *q) : q_ptr(q) {}

    bool isMember() const { return !(flags & IpcChannel::Observer); }
    Wire::Outgoing outgoing(Wire::RecordKind kind, const QByteArray &text) const;
    enum class SlotResult { Taken, Busy, Full };
    SlotResult takeSlot(int lockBudgetMs);
    QString roomFullMessage() const;
    bool attemptJoin();
    bool retryJoin(const QString &reason);
    void failJoin(const QString &message);
    void becomeJoined();
    void poll();
    bool deliver(const ReadResult &result);
    void heartbeat();
    void flushOutbox();
    void failQueued(const QString &reason, qint64 olderThanMs);
    void reapMembers(qint64 now);
    void refreshMembers();
    void recoverHeader(qint64 now);
    void reportError(const QString &message);
    enum class Pace { Drain, Busy, Normal, Idle };
    void setPace(Pace pace);
    int intervalFor(Pace pace) const;
    void shutDown();
    void announceGoneLocked(qint64 now);
    ChatMessage toMessage(const ReadItem &item) const;

    IpcChannel *q_ptr;
    RoomSegment segment;
    QTimer pollTimer;
    QTimer heartbeatTimer;
    QTimer joinTimer;
    qint64 joinDeadlineMs = 0;
    int joinPauseMs = FirstJoinPauseMs;
    QString joinNotice;
    bool joinAnnounced = false; // stateChanged(Joining) was emitted
    bool unreachableReported = false;
    RingCursor cursor;
    quint64 historyEnd = 0;
    quint32 knownEpoch = 0;
    QList<ChatMember> members;
    IpcChannel::State state = IpcChannel::State::Disconnected;
    IpcChannel::JoinFlags flags;
    QString room;
    QString nickname;
    QByteArray nicknameUtf8;
    int slot = -1;
    quint32 memberId = 0;
    QString errorString;
    int pollInterval = IpcChannel::DefaultPollInterval;
    Pace pace = Pace::Normal;
    int quietPolls = 0; // polls in a row without news
    bool repairWanted = false;
    qint64 notReadySinceMs = 0;
    qint64 lastErrorMs = 0;

    struct Pending
    {
        Wire::Outgoing record;
        QString text;
        qint64 queuedMs = 0;
    };
    std::deque<Pending> outbox;
};

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
    }
    return QString();
}

qint64 wallClockMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

// --- public API ---------------------------------------------------------------------------

IpcChannel::IpcChannel(QObject *parent)
    : QObject(parent), d_ptr(std::make_unique<IpcChannelPrivate>(this))
{
    Q_D(IpcChannel);
    d->pollTimer.setInterval(d->pollInterval);
    d->pollTimer.setTimerType(Qt::PreciseTimer);
    connect(&d->pollTimer, &QTimer::timeout, this, [d] { d->poll(); });
    d->heartbeatTimer.setInterval(HeartbeatIntervalMs);
    connect(&d->heartbeatTimer, &QTimer::timeout, this, [d] { d->heartbeat(); });
    d->joinTimer.setSingleShot(true);
    connect(&d->joinTimer, &QTimer::timeout, this, [d] { d->attemptJoin(); });
}

IpcChannel::~IpcChannel()
{
    Q_D(IpcChannel);
    // Slots connected to us must not run against a half-destroyed object.
    const QSignalBlocker blocker(this);
    d->shutDown();
}

QString IpcChannel::checkMessage(const QString &text)
{
    return describeTextError(Wire::checkMessageText(text), Subject::Message, MaxMessageBytes);
}

QString IpcChannel::checkNickname(const QString &nickname)
{
    return describeTextError(Wire::checkName(nickname), Subject::Nickname, MaxNicknameBytes);
}

QString IpcChannel::checkRoomName(const QString &room)
{
    return describeTextError(Wire::checkName(room), Subject::Room, MaxRoomNameBytes);
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
    d->nicknameUtf8 = nickname.toUtf8();
    d->errorString.clear();
    d->joinNotice.clear();
    d->joinDeadlineMs = Platform::steadyMsecs() + JoinBudgetMs;
    d->joinPauseMs = FirstJoinPauseMs;
    d->state = State::Joining;
    if (!d->attemptJoin())
        return false;
    if (d->state == State::Joining) {
        d->joinAnnounced = true;
        emit stateChanged(d->state);
    }
    return true;
}

bool IpcChannel::waitForJoined(int msecs)
{
    Q_D(IpcChannel);
    const qint64 deadline = Platform::steadyMsecs() + msecs;
    // A caller that can wait may give transient obstacles longer than a window would.
    d->joinDeadlineMs = qMax(d->joinDeadlineMs, deadline);
    while (d->state == State::Joining && Platform::steadyMsecs() < deadline) {
        d->joinTimer.stop();
        QThread::msleep(ulong(d->joinPauseMs));
        d->attemptJoin();
    }
    return d->state == State::Joined;
}

void IpcChannel::leave()
{
    Q_D(IpcChannel);
    if (d->state == State::Disconnected)
        return;
    d->shutDown();
    emit membersChanged();
    emit stateChanged(d->state);
}

bool IpcChannel::sendMessage(const QString &text)
{
    Q_D(IpcChannel);
    if (d->state == State::Disconnected) {
        d->errorString = tr("Not in a room: join one before sending.");
        return false;
    }
    const QString problem = checkMessage(text);
    if (!problem.isEmpty()) {
        d->errorString = problem;
        return false;
    }
    IpcChannelPrivate::Pending pending;
    pending.record = d->outgoing(Wire::RecordKind::Text, text.toUtf8());
    pending.text = text;
    pending.queuedMs = Platform::steadyMsecs();
    d->outbox.push_back(std::move(pending));
    d->flushOutbox();
    return true;
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
    const QByteArray utf8 = nickname.toUtf8();
    if (d->state == State::Joined && d->isMember()) {
        if (d->segment.tryLock(RenameLockBudgetMs) == RoomSegment::LockResult::Busy) {
            d->errorString = tr("The room is busy; the nickname was not changed. Try again.");
            return false;
        }
        if (d->segment.renameMember(d->slot, d->memberId, utf8)) {
            Wire::Outgoing rename = d->outgoing(Wire::RecordKind::Rename, d->nicknameUtf8);
            rename.name = utf8;
            d->segment.append({ rename });
        }
        d->segment.unlock();
    }
    d->nickname = nickname;
    d->nicknameUtf8 = utf8;
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
    return d_func()->memberId;
}

QList<ChatMember> IpcChannel::members() const
{
    return d_func()->members;
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
    d->pollTimer.setInterval(d->intervalFor(d->pace));
}

// --- private ------------------------------------------------------------------------------

Wire::Outgoing IpcChannelPrivate::outgoing(Wire::RecordKind kind, const QByteArray &text) const
{
    Wire::Outgoing record;
    record.kind = kind;
    record.memberId = memberId;
    record.timeMs = wallClockMs();
    record.name = nicknameUtf8;
    record.text = text;
    return record;
}

IpcChannelPrivate::SlotResult IpcChannelPrivate::takeSlot(int lockBudgetMs)
{
    if (segment.tryLock(lockBudgetMs) == RoomSegment::LockResult::Busy)
        return SlotResult::Busy;
    const qint64 pid = QCoreApplication::applicationPid();
    RoomSegment::MemberError added = segment.addMember(nicknameUtf8, pid, &slot, &memberId);
    // A table that looks full may be full of garbage, or of members that left: both make room.
    if (added == RoomSegment::MemberError::RoomFull) {
        announceGoneLocked(Platform::steadyMsecs());
        segment.repair();
        added = segment.addMember(nicknameUtf8, pid, &slot, &memberId);
    }
    if (added != RoomSegment::MemberError::None) {
        segment.unlock();
        slot = -1;
        memberId = 0;
        return SlotResult::Full;
    }
    segment.append({ outgoing(Wire::RecordKind::Join, QByteArray()) });
    segment.unlock();
    return SlotResult::Taken;
}

QString IpcChannelPrivate::roomFullMessage() const
{
    return IpcChannel::tr("Cannot join room \"%1\": it is full (%2 members).").arg(room).arg(Layout::MemberSlotCount);
}

bool IpcChannelPrivate::attemptJoin()
{
    if (!segment.isOpen()) {
        const RoomSegment::OpenResult opened = segment.tryOpen(room, SendLockBudgetMs);
        switch (opened.status) {
        case RoomSegment::OpenResult::Status::Retry:
            return retryJoin(opened.detail);
        case RoomSegment::OpenResult::Status::Failed:
            failJoin(IpcChannel::tr("Cannot join room \"%1\": %2").arg(room, opened.detail));
            return false;
        case RoomSegment::OpenResult::Status::Opened:
            break;
        }
        joinNotice = opened.notice;
        cursor = segment.cursorAt((flags & IpcChannel::SkipHistory) ? RoomSegment::CursorStart::Head
                                                                    : RoomSegment::CursorStart::Tail,
                                  SendLockBudgetMs);
        historyEnd = segment.headPosition();
        knownEpoch = segment.memberEpoch() + 1; // forces a first read of the member table
        notReadySinceMs = 0;
        repairWanted = false;
        unreachableReported = false;
    }
    if (isMember() && slot < 0) {
        switch (takeSlot(SendLockBudgetMs)) {
        case SlotResult::Busy:
            return retryJoin(IpcChannel::tr("another program holds the room's lock"));
        case SlotResult::Full:
            failJoin(roomFullMessage());
            return false;
        case SlotResult::Taken:
            break;
        }
    }
    becomeJoined();
    return true;
}

bool IpcChannelPrivate::retryJoin(const QString &reason)
{
    const qint64 now = Platform::steadyMsecs();
    if (now >= joinDeadlineMs) {
        failJoin(IpcChannel::tr("Cannot join room \"%1\": %2. It stayed so for %3 seconds; try again later.")
                     .arg(room, reason).arg(JoinBudgetMs / 1000.0));
        return false;
    }
    const int pause = joinPauseMs / 2 + int(QRandomGenerator::global()->bounded(joinPauseMs));
    joinPauseMs = qMin(2 * joinPauseMs, MaxJoinPauseMs);
    joinTimer.start(int(qMin<qint64>(pause, joinDeadlineMs - now)));
    qCDebug(lcChannel) << "joining" << room << "again in" << pause << "ms:" << reason;
    return true;
}

void IpcChannelPrivate::failJoin(const QString &message)
{
    Q_Q(IpcChannel);
    const bool announced = joinAnnounced;
    joinTimer.stop();
    segment.close();
    slot = -1;
    memberId = 0;
    state = IpcChannel::State::Disconnected;
    joinAnnounced = false;
    errorString = message;
    failQueued(message, -1);
    if (announced) {
        emit q->joinFailed(message);
        emit q->stateChanged(state);
    }
}

void IpcChannelPrivate::becomeJoined()
{
    Q_Q(IpcChannel);
    joinTimer.stop();
    joinAnnounced = false;
    state = IpcChannel::State::Joined;
    errorString.clear();
    pace = Pace::Normal;
    quietPolls = 0;
    pollTimer.start(pollInterval);
    heartbeatTimer.start();
    qCDebug(lcChannel) << "joined" << room << "as" << nickname << "key" << segment.nativeKey();
    const QPointer<IpcChannel> guard(q);
    emit q->stateChanged(state);
    if (!guard || state != IpcChannel::State::Joined)
        return;
    if (!joinNotice.isEmpty())
        reportError(std::exchange(joinNotice, QString()));
    refreshMembers();
    flushOutbox(); // what was sent while joining
}

void IpcChannelPrivate::shutDown()
{
    joinTimer.stop();
    joinAnnounced = false;
    if (state == IpcChannel::State::Disconnected)
        return;
    if (state == IpcChannel::State::Joined) {
        flushOutbox();
        if (isMember() && segment.slotHolds(slot, memberId)) {
            if (segment.tryLock(LeaveLockBudgetMs) != RoomSegment::LockResult::Busy) {
                if (segment.slotHolds(slot, memberId)) {
                    segment.append({ outgoing(Wire::RecordKind::Leave, QByteArray()) });
                    segment.removeMember(slot);
                }
                segment.unlock();
            } else if (segment.markLeft(slot, memberId)) {
                qCDebug(lcChannel) << "left; the lock was busy, the next holder announces it";
            }
        }
    }
    failQueued(IpcChannel::tr("You left the room before the message could be sent."), -1);
    pollTimer.stop();
    heartbeatTimer.stop();
    segment.close();
    slot = -1;
    memberId = 0;
    members.clear();
    state = IpcChannel::State::Disconnected;
}

void IpcChannelPrivate::flushOutbox()
{
    Q_Q(IpcChannel);
    if (outbox.empty() || state != IpcChannel::State::Joined)
        return;
    if (segment.tryLock(SendLockBudgetMs) == RoomSegment::LockResult::Busy) {
        failQueued(IpcChannel::tr("The room is busy: another program has held its lock for too long. "
                                  "The message was not sent."),
                   Platform::steadyMsecs() - SendTimeoutMs);
        return;
    }
    QList<Wire::Outgoing> batch;
    qint64 bytes = 0;
    for (const Pending &pending : outbox) {
        bytes += Wire::encodedSize(pending.record);
        if (bytes > MaxWriteBatchBytes)
            break;
        batch.append(pending.record);
    }
    const quint64 firstSeq = segment.append(batch);
    segment.unlock();
    if (firstSeq == 0)
        return; // the lock was taken from us while we were stopped: try again next poll
    outbox.erase(outbox.begin(), outbox.begin() + batch.size());

    const QPointer<IpcChannel> guard(q);
    for (qsizetype i = 0; i < batch.size() && guard; ++i)
        emit q->messageSent(firstSeq + quint64(i));
}

void IpcChannelPrivate::failQueued(const QString &reason, qint64 olderThanMs)
{
    Q_Q(IpcChannel);
    const QPointer<IpcChannel> guard(q);
    while (!outbox.empty() && guard && (olderThanMs < 0 || outbox.front().queuedMs < olderThanMs)) {
        const QString text = outbox.front().text;
        outbox.pop_front();
        emit q->sendFailed(text, reason);
    }
}

int IpcChannelPrivate::intervalFor(Pace pace) const
{
    switch (pace) {
    case Pace::Drain:
        return 0;
    case Pace::Busy:
        return qMin(BusyPollMs, pollInterval);
    case Pace::Normal:
        return pollInterval;
    case Pace::Idle:
        return qMax(pollInterval, qMin(IdlePollFactor * pollInterval, MaxIdlePollMs));
    }
    return pollInterval;
}

void IpcChannelPrivate::setPace(Pace newPace)
{
    if (newPace == pace)
        return;
    pace = newPace;
    pollTimer.start(intervalFor(pace));
}

void IpcChannelPrivate::poll()
{
    Q_Q(IpcChannel);
    if (state != IpcChannel::State::Joined)
        return;
    if (!outbox.empty())
        flushOutbox();
    // The idle path: three atomic loads, no system call.
    if (!segment.hasNews(cursor, knownEpoch)) {
        if (quietPolls < IdleAfterMs)
            ++quietPolls;
        setPace(quietPolls * intervalFor(Pace::Normal) >= IdleAfterMs ? Pace::Idle : Pace::Normal);
        return;
    }
    quietPolls = 0;

    // Read in chunks and stop when the count or the time budget is spent: a slot connected to
    // messageReceived may be slow (a window lays out each message), and the event loop must
    // get its turn whatever the consumer costs.
    QElapsedTimer spent;
    spent.start();
    const QPointer<IpcChannel> guard(q);
    int delivered = 0;
    bool more = false;
    do {
        const ReadResult result = segment.read(cursor, RecordsPerChunk);
        if (result.notReady) {
            recoverHeader(Platform::steadyMsecs());
            return;
        }
        notReadySinceMs = 0;
        if (!deliver(result))
            return; // a slot left the room or deleted us
        delivered += int(result.items.size());
        more = result.more;
    } while (more && delivered < MaxRecordsPerPoll && spent.elapsed() < PollBudgetMs);

    if (!guard || state != IpcChannel::State::Joined)
        return;
    if (segment.memberEpoch() != knownEpoch)
        refreshMembers();
    setPace(more ? Pace::Drain : delivered == 0 ? Pace::Normal : Pace::Busy);
}

bool IpcChannelPrivate::deliver(const ReadResult &result)
{
    Q_Q(IpcChannel);
    const QPointer<IpcChannel> guard(q);
    if (result.reset) {
        historyEnd = 0;
        reportError(IpcChannel::tr("The room was reset by another program; earlier messages are gone."));
        if (guard && state == IpcChannel::State::Joined && isMember() && !segment.slotHolds(slot, memberId)) {
            // A busy lock: the next heartbeat tries again.
            slot = -1;
            if (takeSlot(SendLockBudgetMs) == SlotResult::Full)
                reportError(roomFullMessage());
        }
    }
    if (result.damaged) {
        repairWanted = true;
        reportError(IpcChannel::tr("Damaged data in the room's shared memory was skipped. "
                                   "Another program may be writing into it."));
    }
    for (const ReadItem &item : result.items) {
        if (!guard || state != IpcChannel::State::Joined)
            return false;
        if (item.type == ReadItem::Type::Missed)
            emit q->messagesMissed(item.missed);
        else
            emit q->messageReceived(toMessage(item));
    }
    return guard && state == IpcChannel::State::Joined;
}

ChatMessage IpcChannelPrivate::toMessage(const ReadItem &item) const
{
    const Wire::Record &record = item.record;
    ChatMessage message;
    message.seq = record.seq;
    switch (record.kind) {
    case Wire::RecordKind::Text:
        message.kind = ChatMessage::Kind::Text;
        break;
    case Wire::RecordKind::Join:
        message.kind = ChatMessage::Kind::Join;
        break;
    case Wire::RecordKind::Leave:
        message.kind = ChatMessage::Kind::Leave;
        break;
    case Wire::RecordKind::Rename:
        message.kind = ChatMessage::Kind::Rename;
        break;
    }
    message.senderId = record.memberId;
    message.sender = record.name;
    message.text = record.text;
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    message.time = QDateTime::fromMSecsSinceEpoch(record.timeMs, QTimeZone(QTimeZone::UTC));
#else
    // QTimeZone::utc() costs ~10x more per message than the time spec in 6.4.
    message.time = QDateTime::fromMSecsSinceEpoch(record.timeMs, Qt::UTC);
#endif
    message.history = item.pos < historyEnd;
    message.timedOut = record.flags & Wire::FlagTimedOut;
    return message;
}

void IpcChannelPrivate::recoverHeader(qint64 now)
{
    if (notReadySinceMs == 0) {
        notReadySinceMs = now;
        return;
    }
    if (now - notReadySinceMs < NotReadyGraceMs)
        return;
    if (segment.tryLock(SendLockBudgetMs) == RoomSegment::LockResult::Busy)
        return;
    if (!segment.headerValid()) {
        segment.initialise();
        reportError(IpcChannel::tr("The room's shared memory was overwritten with data this program "
                                   "cannot read; it was reset."));
    }
    segment.unlock();
    notReadySinceMs = 0;
}

void IpcChannelPrivate::refreshMembers()
{
    Q_Q(IpcChannel);
    const quint32 epoch = segment.memberEpoch();
    QList<RoomMemberEntry> entries;
    if (!segment.readMembers(&entries)) {
        // Changing under our feet on every try, or left "changing" by a writer that died.
        repairWanted = true;
        return;
    }
    knownEpoch = epoch;
    QList<ChatMember> updated;
    for (const RoomMemberEntry &entry : std::as_const(entries)) {
        if (entry.left)
            continue; // gone, its leave not yet announced
        ChatMember member;
        member.id = entry.id;
        member.name = entry.name;
        member.pid = entry.pid;
        member.self = isMember() && entry.id == memberId;
        updated.append(member);
    }
    const auto same = [](const ChatMember &a, const ChatMember &b) {
        return a.id == b.id && a.name == b.name && a.pid == b.pid;
    };
    if (std::equal(updated.cbegin(), updated.cend(), members.cbegin(), members.cend(), same))
        return;
    members = updated;
    emit q->membersChanged();
}

void IpcChannelPrivate::heartbeat()
{
    // Mappings of rooms left while the user's lock was busy: detach them now if it is free.
    Rendezvous::detachPending();
    if (state != IpcChannel::State::Joined || !segment.headerValid())
        return;
    const qint64 now = Platform::steadyMsecs();
    if (isMember()) {
        if (segment.slotHolds(slot, memberId)) {
            segment.heartbeat(slot, now);
        } else {
            // Someone took us for dead (we were stopped, or the room was reset): come back. A
            // busy lock is tried again at the next heartbeat.
            qCWarning(lcChannel) << "lost our member slot; joining again";
            slot = -1;
            if (takeSlot(SendLockBudgetMs) == SlotResult::Full)
                reportError(roomFullMessage());
        }
    }
    reapMembers(now);
    if (!unreachableReported && !segment.keyStillLeadsHere()) {
        // Somebody removed the room's key folder: newcomers would make a second room.
        unreachableReported = true;
        reportError(IpcChannel::tr("Newcomers can no longer find room \"%1\": another program removed its folder in %2. "
                                   "Those already here can go on chatting.").arg(room, Rendezvous::userFolder()));
    }
    if (repairWanted && segment.tryLock(SendLockBudgetMs) != RoomSegment::LockResult::Busy) {
        segment.repair();
        segment.unlock();
        repairWanted = false;
    }
}

namespace {
// A member to announce as gone: it left without getting the lock to say so, or it is dead.
bool isGone(const RoomMemberEntry &entry, quint32 self, qint64 now)
{
    return entry.left || (entry.id != self && RoomSegment::memberIsDead(entry, now));
}
} // namespace

void IpcChannelPrivate::reapMembers(qint64 now)
{
    QList<RoomMemberEntry> entries;
    if (!segment.readMembers(&entries))
        return;
    if (std::none_of(entries.cbegin(), entries.cend(),
                     [&](const RoomMemberEntry &entry) { return isGone(entry, memberId, now); })) {
        return;
    }
    if (segment.tryLock(SendLockBudgetMs) == RoomSegment::LockResult::Busy)
        return;
    announceGoneLocked(now);
    segment.unlock();
}

void IpcChannelPrivate::announceGoneLocked(qint64 now)
{
    // Read again under the lock: another peer may have announced them, or they came back.
    QList<RoomMemberEntry> entries;
    if (!segment.readMembers(&entries))
        return;
    for (const RoomMemberEntry &entry : std::as_const(entries)) {
        if (!isGone(entry, memberId, now))
            continue;
        Wire::Outgoing leave;
        leave.kind = Wire::RecordKind::Leave;
        leave.flags = entry.left ? 0 : Wire::FlagTimedOut;
        leave.memberId = entry.id;
        leave.timeMs = wallClockMs();
        leave.name = entry.name.toUtf8();
        segment.removeMember(entry.slot);
        segment.append({ leave });
        qCDebug(lcChannel) << (entry.left ? "announced the leave of" : "removed unresponsive member")
                           << entry.name << entry.pid;
    }
}

void IpcChannelPrivate::reportError(const QString &message)
{
    Q_Q(IpcChannel);
    const qint64 now = Platform::steadyMsecs();
    const bool sameIncident = lastErrorMs != 0 && now - lastErrorMs < ErrorQuietMs;
    lastErrorMs = now;
    if (sameIncident)
        return;
    // The signal is how users learn of it; the log line is for whoever turns shmchat.* on.
    qCInfo(lcChannel) << message;
    emit q->errorOccurred(message);
}
