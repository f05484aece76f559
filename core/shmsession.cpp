#include "shmsession_p.h"

#include "ipcchannel.h"
#include "platform_p.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QLoggingCategory>
#include <QtCore/QPointer>
#include <QtCore/QRandomGenerator>
#include <QtCore/QThread>
#include <QtCore/QTimeZone>

#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcSession, "shmchat.session", QtWarningMsg)

namespace ShmChat {

namespace {
// A poll hands at most this many records to the event loop (or what it can in
// Timing::PollBudgetMs), read in chunks of this many.
constexpr int MaxRecordsPerPoll = 2048;
constexpr int RecordsPerChunk = 128;
// One lock hold writes at most this much, so holds stay short and a batch always fits the ring.
constexpr qint64 MaxWriteBatchBytes = qMin<qint64>(Layout::RingCapacity / 8, 256 * 1024);

qint64 wallClockMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// A member to announce as gone: it left without getting the lock to say so, or it is dead.
bool isGone(const RoomMemberEntry &entry, quint32 self, qint64 now)
{
    return entry.left || (entry.id != self && RoomSegment::memberIsDead(entry, now));
}
} // namespace

ShmSession::ShmSession(Listener *listener) : m_listener(listener)
{
    m_pollTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_pollTimer, &QTimer::timeout, this, &ShmSession::poll);
    m_joinTimer.setSingleShot(true);
    connect(&m_joinTimer, &QTimer::timeout, this, &ShmSession::onJoinTimer);
}

ShmSession::~ShmSession()
{
    leave();
}

// --- joining --------------------------------------------------------------------------------

bool ShmSession::join(const JoinRequest &request, QString *error)
{
    leave();
    m_request = request;
    m_nicknameUtf8 = request.nickname.toUtf8();
    m_joinNotice.clear();
    m_joinDeadlineMs = Platform::steadyMsecs() + Timing::JoinBudgetMs;
    m_joinPauseMs = Timing::FirstJoinPauseMs;
    m_state = State::Joining;
    return attemptJoin(error) != Attempt::Failed;
}

void ShmSession::waitForJoined(int msecs)
{
    const qint64 deadline = Platform::steadyMsecs() + msecs;
    // A caller that can wait may give transient obstacles longer than a window would.
    m_joinDeadlineMs = qMax(m_joinDeadlineMs, deadline);
    const QPointer<ShmSession> self(this);
    while (self && m_state == State::Joining && Platform::steadyMsecs() < deadline) {
        m_joinTimer.stop();
        QThread::msleep(ulong(m_joinPauseMs));
        onJoinTimer();
    }
}

void ShmSession::onJoinTimer()
{
    QString error;
    if (attemptJoin(&error) == Attempt::Failed)
        fail(error);
}

ShmSession::Attempt ShmSession::attemptJoin(QString *error)
{
    if (!m_segment.isOpen()) {
        const RoomSegment::OpenResult opened = m_segment.tryOpen(m_request.room, Timing::SendLockBudgetMs);
        switch (opened.status) {
        case RoomSegment::OpenResult::Status::Retry:
            return retryJoin(opened.detail, error);
        case RoomSegment::OpenResult::Status::Failed:
            *error = IpcChannel::tr("Cannot join room \"%1\": %2").arg(m_request.room, opened.detail);
            m_segment.close();
            m_state = State::Idle;
            return Attempt::Failed;
        case RoomSegment::OpenResult::Status::Opened:
            break;
        }
        m_joinNotice = opened.notice;
        m_cursor = m_segment.cursorAt(m_request.skipHistory ? RoomSegment::CursorStart::Head
                                                            : RoomSegment::CursorStart::Tail,
                                      Timing::SendLockBudgetMs);
        m_historyEnd = m_segment.headPosition();
        m_knownEpoch = m_segment.memberEpoch() + 1; // forces a first read of the member table
        m_notReadySinceMs = 0;
        m_repairWanted = false;
        m_observerNameFree = false;
        m_unreachableReported = false;
    }
    if (isMember() && m_slot < 0) {
        switch (takeSlot(Timing::SendLockBudgetMs)) {
        case SlotResult::Busy:
            return retryJoin(IpcChannel::tr("another program holds the room's lock"), error);
        case SlotResult::NameTaken:
            *error = nameTakenMessage(m_request.nickname);
            m_segment.close();
            m_state = State::Idle;
            return Attempt::Failed;
        case SlotResult::Full:
            *error = roomFullMessage();
            m_segment.close();
            m_state = State::Idle;
            return Attempt::Failed;
        case SlotResult::Taken:
            break;
        }
    }
    becomeJoined();
    return Attempt::Joined;
}

ShmSession::Attempt ShmSession::retryJoin(const QString &reason, QString *error)
{
    const qint64 now = Platform::steadyMsecs();
    if (now >= m_joinDeadlineMs) {
        *error = IpcChannel::tr("Cannot join room \"%1\": %2. It stayed so for %3 seconds; try again later.")
                     .arg(m_request.room, reason).arg(Timing::JoinBudgetMs / 1000.0);
        m_segment.close();
        m_slot = -1;
        m_memberId = 0;
        m_state = State::Idle;
        return Attempt::Failed;
    }
    const int pause = m_joinPauseMs / 2 + int(QRandomGenerator::global()->bounded(m_joinPauseMs));
    m_joinPauseMs = qMin(2 * m_joinPauseMs, Timing::MaxJoinPauseMs);
    m_joinTimer.start(int(qMin<qint64>(pause, m_joinDeadlineMs - now)));
    qCDebug(lcSession) << "joining" << m_request.room << "again in" << pause << "ms:" << reason;
    return Attempt::Pending;
}

void ShmSession::fail(const QString &reason)
{
    const QPointer<ShmSession> self(this);
    failQueued(reason, -1);
    if (self)
        m_listener->sessionJoinFailed(reason);
}

void ShmSession::becomeJoined()
{
    m_joinTimer.stop();
    m_state = State::Joined;
    m_pace = Pace::Normal;
    m_quietPolls = 0;
    m_pollTimer.setTimerType(Qt::PreciseTimer);
    m_pollTimer.start(m_pollInterval);
    m_lastHeartbeatMs = Platform::steadyMsecs(); // the slot was just written
    qCDebug(lcSession) << "joined" << m_request.room << "as" << m_request.nickname << "key" << m_segment.nativeKey();
    const QPointer<ShmSession> self(this);
    m_listener->sessionJoined(std::exchange(m_joinNotice, QString()));
    if (!self || m_state != State::Joined)
        return;
    refreshMembers();
    if (self)
        flushOutbox(); // what was sent while joining
}

ShmSession::SlotResult ShmSession::takeSlot(int lockBudgetMs)
{
    RoomSegment::Locked held = m_segment.lock(lockBudgetMs);
    if (!held)
        return SlotResult::Busy;
    switch (nameInUseLocked(held, m_request.nickname)) {
    case NameCheck::Taken:
        return SlotResult::NameTaken;
    case NameCheck::Unknown:
        return SlotResult::Busy;
    case NameCheck::Free:
        break;
    }
    const qint64 pid = QCoreApplication::applicationPid();
    RoomSegment::MemberError added = held.addMember(m_nicknameUtf8, pid, &m_slot, &m_memberId);
    // A table that looks full may be full of garbage, or of members that left: both make room.
    if (added == RoomSegment::MemberError::RoomFull) {
        announceGoneLocked(held, Platform::steadyMsecs());
        held.repair();
        added = held.addMember(m_nicknameUtf8, pid, &m_slot, &m_memberId);
    }
    if (added != RoomSegment::MemberError::None) {
        m_slot = -1;
        m_memberId = 0;
        return SlotResult::Full;
    }
    held.append({ outgoing(Wire::RecordKind::Join, QByteArray()) });
    return SlotResult::Taken;
}

QString ShmSession::roomFullMessage() const
{
    return IpcChannel::tr("Cannot join room \"%1\": it is full (%2 members).").arg(m_request.room).arg(Layout::MemberSlotCount);
}

QString ShmSession::nameTakenMessage(const QString &name) const
{
    return IpcChannel::tr("The nickname \"%1\" is already taken in room \"%2\" (names are compared ignoring case and "
                          "look-alike forms). Choose another one.")
        .arg(name, m_request.room);
}

ShmSession::NameCheck ShmSession::nameInUseLocked(RoomSegment::Locked &held, const QString &name)
{
    // Members that are gone give their names back first: a window that crashed and is opened
    // again gets its name.
    announceGoneLocked(held, Platform::steadyMsecs());
    QList<RoomMemberEntry> entries;
    if (!m_segment.readMembers(&entries)) {
        held.repair(); // a holder that died while changing the table
        if (!m_segment.readMembers(&entries))
            return NameCheck::Unknown;
    }
    const QString key = Wire::nameKey(name);
    for (const RoomMemberEntry &entry : std::as_const(entries)) {
        if (!entry.left && entry.id != m_memberId && Wire::nameKey(entry.name) == key)
            return NameCheck::Taken;
    }
    return NameCheck::Free;
}

bool ShmSession::observerNameFreeLocked(RoomSegment::Locked &held)
{
    // A sender that is not a member (shmchat-cli send) may not write under a member's name. The
    // table changes rarely, so a sender that writes a lot looks again only when it did.
    if (m_observerNameFree && m_segment.memberEpoch() == m_observerNameEpoch)
        return true;
    const NameCheck check = nameInUseLocked(held, m_request.nickname);
    m_observerNameFree = check == NameCheck::Free;
    m_observerNameEpoch = m_segment.memberEpoch();
    // A table we cannot read says nothing either way; the message goes out.
    return check != NameCheck::Taken;
}

void ShmSession::leave()
{
    m_joinTimer.stop();
    if (m_state == State::Idle)
        return;
    if (m_state == State::Joined) {
        flushOutbox();
        setTyping(false);
        if (isMember() && m_segment.slotHolds(m_slot, m_memberId)) {
            if (RoomSegment::Locked held = m_segment.lock(Timing::LeaveLockBudgetMs)) {
                if (m_segment.slotHolds(m_slot, m_memberId)) {
                    held.append({ outgoing(Wire::RecordKind::Leave, QByteArray()) });
                    held.removeMember(m_slot);
                }
            } else if (m_segment.markLeft(m_slot, m_memberId)) {
                qCDebug(lcSession) << "left; the lock was busy, the next holder announces it";
            }
        }
    }
    m_state = State::Idle;
    m_pollTimer.stop();
    m_segment.close();
    m_slot = -1;
    m_memberId = 0;
    m_members.clear();
    m_memberSlots.clear();
    m_typing.clear();
    m_typingSaid = false;
    failQueued(IpcChannel::tr("You left the room before the message could be sent."), -1);
}

// --- writing --------------------------------------------------------------------------------

Wire::Outgoing ShmSession::outgoing(Wire::RecordKind kind, const QByteArray &text) const
{
    Wire::Outgoing record;
    record.kind = kind;
    record.memberId = m_memberId;
    record.timeMs = wallClockMs();
    record.name = m_nicknameUtf8;
    record.text = text;
    return record;
}

void ShmSession::send(const QString &text, quint32 utf8Bytes, quint32 recipientId)
{
    Pending pending;
    pending.record = outgoing(recipientId != 0 ? Wire::RecordKind::Direct : Wire::RecordKind::Text, QByteArray());
    pending.record.recipientId = recipientId;
    pending.record.utf16Text = text;
    pending.record.utf16TextBytes = utf8Bytes;
    pending.queuedMs = Platform::steadyMsecs();
    m_outbox.push_back(std::move(pending));
    flushOutbox();
}

void ShmSession::setTyping(bool typing)
{
    if (m_state != State::Joined || !isMember() || !m_segment.slotHolds(m_slot, m_memberId))
        return;
    if (!typing && !m_typingSaid)
        return; // nothing to take back: no store, so a cleared word stays untouched
    m_typingSaid = typing;
    m_segment.setTypingUntil(m_slot, typing ? Platform::steadyMsecs() + Timing::TypingTimeoutMs : 0);
}

void ShmSession::sendPicture(const QByteArray &encoded, const Wire::PictureRef &ref, const QByteArray &nameUtf8)
{
    Pending pending;
    pending.record = outgoing(Wire::RecordKind::Picture, QByteArray());
    pending.picture = encoded.isNull() ? QByteArray("") : encoded;
    pending.pictureRef = ref;
    pending.pictureName = nameUtf8;
    // The record's size is known now (the position does not change it): the batch bound counts it.
    pending.record.text = Wire::encodePictureRef(ref, nameUtf8);
    pending.queuedMs = Platform::steadyMsecs();
    m_outbox.push_back(std::move(pending));
    flushOutbox();
}

IpcChannel::PictureStatus ShmSession::pictureData(const ChatMessage &message, QByteArray *encoded) const
{
    if (message.kind != ChatMessage::Kind::Picture || m_state != State::Joined || !m_segment.isOpen())
        return IpcChannel::PictureStatus::NoLongerAvailable;
    Wire::PictureRef ref;
    ref.position = message.picture.position;
    ref.size = message.picture.bytes;
    ref.checksum = message.picture.checksum;
    switch (m_segment.copyPicture(message.picture.generation, ref, encoded)) {
    case RoomSegment::PictureCopy::Ok:
        return IpcChannel::PictureStatus::Available;
    case RoomSegment::PictureCopy::Gone:
        return IpcChannel::PictureStatus::NoLongerAvailable;
    case RoomSegment::PictureCopy::Damaged:
        break;
    }
    return IpcChannel::PictureStatus::Damaged;
}

bool ShmSession::rename(const QString &nickname, QString *error)
{
    const QByteArray utf8 = nickname.toUtf8();
    if (m_state == State::Joined && isMember()) {
        RoomSegment::Locked held = m_segment.lock(Timing::RenameLockBudgetMs);
        if (!held) {
            *error = IpcChannel::tr("The room is busy; the nickname was not changed. Try again.");
            return false;
        }
        switch (nameInUseLocked(held, nickname)) {
        case NameCheck::Taken:
            *error = nameTakenMessage(nickname);
            return false;
        case NameCheck::Unknown:
            *error = IpcChannel::tr("The room is busy; the nickname was not changed. Try again.");
            return false;
        case NameCheck::Free:
            break;
        }
        if (held.renameMember(m_slot, m_memberId, utf8)) {
            Wire::Outgoing rename = outgoing(Wire::RecordKind::Rename, m_nicknameUtf8);
            rename.name = utf8;
            held.append({ rename });
        }
    }
    m_request.nickname = nickname;
    m_nicknameUtf8 = utf8;
    m_observerNameFree = false;
    return true;
}

void ShmSession::flushOutbox()
{
    if (m_outbox.empty() || m_state != State::Joined)
        return;
    const qint64 now = Platform::steadyMsecs();
    const qint64 waited = now - m_outbox.front().queuedMs;
    RoomSegment::Locked held = m_segment.lock(waited >= Timing::PatientSendAfterMs ? Timing::PatientSendLockBudgetMs
                                                                                   : Timing::SendLockBudgetMs);
    if (!held) {
        // Said as seen: under heavy contention no single holder need have been slow.
        failQueued(IpcChannel::tr("The room stayed busy for too long: the message was not sent."),
                   now - Timing::SendTimeoutMs);
        return;
    }
    if (!isMember() && !observerNameFreeLocked(held)) {
        held.unlock();
        failQueued(nameTakenMessage(m_request.nickname), -1);
        return;
    }
    // Texts go out in batches; a picture goes alone, its bytes into the area first, its record
    // after, both in this one hold. Bounded: a few rounds, never more than a batch's bytes but
    // for one picture.
    QList<quint64> sent;
    qint64 bytes = 0;
    for (int round = 0; round < 4 && !m_outbox.empty() && bytes <= MaxWriteBatchBytes; ++round) {
        if (!m_outbox.front().picture.isNull()) {
            if (!writePictureLocked(held, m_outbox.front()))
                break; // the lock was taken from us: try again next poll
            bytes += m_outbox.front().picture.size();
            const quint64 seq = held.append({ m_outbox.front().record });
            if (seq == 0)
                break;
            sent.append(seq);
            m_outbox.pop_front();
            continue;
        }
        QList<Wire::Outgoing> batch;
        for (const Pending &pending : m_outbox) {
            if (!pending.picture.isNull())
                break;
            bytes += Wire::encodedSize(pending.record);
            if (bytes > MaxWriteBatchBytes && !batch.isEmpty())
                break;
            batch.append(pending.record);
        }
        const quint64 firstSeq = held.append(batch);
        if (firstSeq == 0)
            break; // the lock was taken from us while we were stopped: try again next poll
        m_outbox.erase(m_outbox.begin(), m_outbox.begin() + batch.size());
        for (qsizetype i = 0; i < batch.size(); ++i)
            sent.append(firstSeq + quint64(i));
    }
    held.unlock();

    const QPointer<ShmSession> self(this);
    for (qsizetype i = 0; i < sent.size() && self; ++i)
        m_listener->sessionSent(sent.at(i));
}

bool ShmSession::writePictureLocked(RoomSegment::Locked &held, Pending &pending)
{
    quint64 position = 0;
    if (!held.storePicture(pending.picture, &position))
        return false;
    pending.pictureRef.position = position;
    pending.record.text = Wire::encodePictureRef(pending.pictureRef, pending.pictureName);
    return true;
}

void ShmSession::failQueued(const QString &reason, qint64 olderThanMs)
{
    const QPointer<ShmSession> self(this);
    while (self && !m_outbox.empty() && (olderThanMs < 0 || m_outbox.front().queuedMs < olderThanMs)) {
        const Pending &front = m_outbox.front();
        // A picture has no words to give back: its failure carries an empty text.
        const QString text = front.picture.isNull() ? front.record.utf16Text : QString();
        m_outbox.pop_front();
        m_listener->sessionSendFailed(text, reason);
    }
}

// --- reading --------------------------------------------------------------------------------

void ShmSession::setPollInterval(int msec)
{
    m_pollInterval = msec;
    if (m_pollTimer.isActive())
        m_pollTimer.setInterval(intervalFor(m_pace));
}

int ShmSession::intervalFor(Pace pace) const
{
    switch (pace) {
    case Pace::Drain:
        return 0;
    case Pace::Busy:
        return qMin(Timing::BusyPollMs, m_pollInterval);
    case Pace::Normal:
        return m_pollInterval;
    case Pace::Idle:
        if (m_background)
            return qMax(m_pollInterval, Timing::BackgroundPollMs);
        return qMax(m_pollInterval, qMin(Timing::IdlePollFactor * m_pollInterval, Timing::MaxIdlePollMs));
    }
    return m_pollInterval;
}

void ShmSession::setBackground(bool background)
{
    if (background == m_background)
        return;
    m_background = background;
    if (m_state != State::Joined)
        return;
    // Coming back to the front, the next poll is a normal one away; going to the back, the
    // next quiet poll slows down.
    m_quietPolls = 0;
    if (!background)
        restartPollTimer(Pace::Normal);
}

void ShmSession::setPace(Pace pace)
{
    if (pace != m_pace)
        restartPollTimer(pace);
}

void ShmSession::restartPollTimer(Pace pace)
{
    m_pace = pace;
    // Idle wake-ups may be moved a little to coincide with others (5%); the rest are exact.
    m_pollTimer.setTimerType(pace == Pace::Idle ? Qt::CoarseTimer : Qt::PreciseTimer);
    m_pollTimer.start(intervalFor(pace));
}

void ShmSession::poll()
{
    if (m_state != State::Joined)
        return;
    const QPointer<ShmSession> self(this);
    if (!m_outbox.empty())
        flushOutbox();
    if (!self || m_state != State::Joined)
        return;
    // The heartbeat rides on the poll: one timer, one wake-up.
    const qint64 now = Platform::steadyMsecs();
    if (now - m_lastHeartbeatMs >= Timing::HeartbeatIntervalMs) {
        m_lastHeartbeatMs = now;
        heartbeat();
        if (!self || m_state != State::Joined)
            return;
    }
    if (now - m_lastTypingCheckMs >= Timing::TypingCheckMs) {
        checkTyping(now);
        if (!self || m_state != State::Joined)
            return;
    }
    // The idle path: three atomic loads, no system call.
    if (!m_segment.hasNews(m_cursor, m_knownEpoch)) {
        if (m_quietPolls < Timing::IdleAfterMs)
            ++m_quietPolls;
        const bool quiet = m_background || m_quietPolls * intervalFor(Pace::Normal) >= Timing::IdleAfterMs;
        setPace(quiet ? Pace::Idle : Pace::Normal);
        return;
    }
    m_quietPolls = 0;

    // Read in chunks and stop when the count or the time budget is spent: a slot connected to
    // the channel may be slow (a window lays out each message), and the event loop must get its
    // turn whatever the consumer costs.
    QElapsedTimer spent;
    spent.start();
    int delivered = 0;
    bool more = false;
    do {
        const ReadResult result = m_segment.read(m_cursor, RecordsPerChunk);
        if (result.notReady) {
            recoverHeader(Platform::steadyMsecs());
            return;
        }
        m_notReadySinceMs = 0;
        if (!deliver(result))
            return; // a slot left the room or deleted us
        delivered += int(result.items.size());
        more = result.more;
    } while (more && delivered < MaxRecordsPerPoll && spent.elapsed() < Timing::PollBudgetMs);

    if (m_segment.memberEpoch() != m_knownEpoch)
        refreshMembers();
    if (!self || m_state != State::Joined)
        return;
    setPace(more ? Pace::Drain : delivered == 0 ? Pace::Normal : Pace::Busy);
}

bool ShmSession::deliver(const ReadResult &result)
{
    const QPointer<ShmSession> self(this);
    if (result.reset) {
        m_historyEnd = 0;
        m_listener->sessionProblem(IpcChannel::tr("The room was reset by another program; earlier messages are gone."));
        if (self && m_state == State::Joined && isMember() && !m_segment.slotHolds(m_slot, m_memberId)) {
            // A busy lock: the next heartbeat tries again.
            m_slot = -1;
            const SlotResult retaken = takeSlot(Timing::SendLockBudgetMs);
            if (retaken == SlotResult::Full)
                m_listener->sessionProblem(roomFullMessage());
            else if (retaken == SlotResult::NameTaken)
                m_listener->sessionProblem(nameTakenMessage(m_request.nickname));
        }
    }
    if (result.refused > 0) {
        // Not shown to the user: nothing they could do, and nothing of theirs was lost.
        qCWarning(lcSession) << "dropped" << result.refused
                             << "records whose sender name or text no sender may write (forged by another program)";
    }
    if (self && result.damaged) {
        m_repairWanted = true;
        m_listener->sessionProblem(IpcChannel::tr("Damaged data in the room's shared memory was skipped. "
                                                  "Another program may be writing into it."));
    }
    // Consecutive records go out as one batch; a loss report goes between two batches.
    QList<ChatMessage> batch;
    const auto flush = [&] {
        if (!batch.isEmpty() && self && m_state == State::Joined)
            m_listener->sessionReceived(std::exchange(batch, QList<ChatMessage>()));
    };
    for (const ReadItem &item : result.items) {
        // A missed record: the bridge's exact count of messages from other machines that the
        // NATS stream no longer held. Shown like a loss in this ring.
        const quint64 missed = item.type == ReadItem::Type::Missed ? item.missed : Wire::missedCount(item.record);
        if (missed > 0) {
            flush();
            if (!self || m_state != State::Joined)
                return false;
            m_listener->sessionMissed(missed);
        } else if (item.type == ReadItem::Type::Record && item.record.kind != Wire::RecordKind::Missed
                   && deliverable(item.record)) {
            if (batch.isEmpty())
                batch.reserve(result.items.size());
            batch.append(toMessage(item));
        }
    }
    flush();
    return self && m_state == State::Joined;
}

bool ShmSession::deliverable(const Wire::Record &record) const
{
    // A direct message is for its two ends; an observer (no id) is neither. Nothing keeps other
    // processes of the user from reading the segment: this is what other windows show, not
    // secrecy (the README says so).
    if (record.kind != Wire::RecordKind::Direct)
        return true;
    return m_memberId != 0 && (record.memberId == m_memberId || record.recipientId == m_memberId);
}

ChatMessage ShmSession::toMessage(const ReadItem &item) const
{
    const Wire::Record &record = item.record;
    ChatMessage message;
    message.seq = record.seq;
    switch (record.kind) {
    case Wire::RecordKind::Text:
        message.kind = ChatMessage::Kind::Text;
        break;
    case Wire::RecordKind::Direct:
        message.kind = ChatMessage::Kind::Text;
        message.directTo = record.recipientId;
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
    case Wire::RecordKind::Picture:
        message.kind = ChatMessage::Kind::Picture;
        message.picture.generation = m_cursor.generation;
        message.picture.position = record.picture.position;
        message.picture.bytes = record.picture.size;
        message.picture.checksum = record.picture.checksum;
        message.picture.format = ChatMessage::PictureFormat(quint8(record.picture.format));
        message.picture.width = record.picture.width;
        message.picture.height = record.picture.height;
        break;
    case Wire::RecordKind::Missed: // delivered as a loss report, never as a message
        break;
    }
    message.machine = record.machine;
    message.senderId = record.memberId;
    message.sender = record.name;
    message.text = record.text;
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    message.time = QDateTime::fromMSecsSinceEpoch(record.timeMs, QTimeZone(QTimeZone::UTC));
#else
    // QTimeZone::utc() costs ~10x more per message than the time spec in 6.4.
    message.time = QDateTime::fromMSecsSinceEpoch(record.timeMs, Qt::UTC);
#endif
    message.history = item.pos < m_historyEnd;
    message.timedOut = record.flags & Wire::FlagTimedOut;
    return message;
}

// --- keeping the room in shape --------------------------------------------------------------

void ShmSession::recoverHeader(qint64 now)
{
    if (m_notReadySinceMs == 0) {
        m_notReadySinceMs = now;
        return;
    }
    if (now - m_notReadySinceMs < Timing::DamageGraceMs)
        return;
    RoomSegment::Locked held = m_segment.lock(Timing::SendLockBudgetMs);
    if (!held)
        return;
    m_notReadySinceMs = 0;
    if (m_segment.headerValid())
        return;
    held.initialise();
    held.unlock();
    m_listener->sessionProblem(IpcChannel::tr("The room's shared memory was overwritten with data this program "
                                              "cannot read; it was reset."));
}

void ShmSession::refreshMembers()
{
    const quint32 epoch = m_segment.memberEpoch();
    QList<RoomMemberEntry> entries;
    if (!m_segment.readMembers(&entries)) {
        // Changing under our feet on every try, or left "changing" by a writer that died.
        m_repairWanted = true;
        return;
    }
    m_knownEpoch = epoch;
    m_memberSlots = entries;
    QList<ChatMember> updated;
    for (const RoomMemberEntry &entry : std::as_const(entries)) {
        if (entry.left)
            continue; // gone, its leave not yet announced
        ChatMember member;
        member.id = entry.id;
        member.name = entry.name;
        member.self = isMember() && entry.id == m_memberId;
        member.machine = entry.machine;
        updated.append(member);
    }
    const auto same = [](const ChatMember &a, const ChatMember &b) {
        return a.id == b.id && a.name == b.name && a.self == b.self && a.machine == b.machine;
    };
    if (std::equal(updated.cbegin(), updated.cend(), m_members.cbegin(), m_members.cend(), same))
        return;
    m_members = updated;
    m_listener->sessionMembers(m_members);
}

void ShmSession::checkTyping(qint64 now)
{
    m_lastTypingCheckMs = now;
    QList<quint32> typing;
    for (const RoomMemberEntry &entry : std::as_const(m_memberSlots)) {
        if (!entry.left && !(isMember() && entry.id == m_memberId) && m_segment.isTyping(entry.slot, entry.id, now))
            typing.append(entry.id);
    }
    std::sort(typing.begin(), typing.end());
    if (typing == m_typing)
        return;
    m_typing = typing;
    m_listener->sessionTyping(m_typing);
}

void ShmSession::heartbeat()
{
    // Mappings of rooms left while the user's lock was busy: detach them now if it is free.
    Rendezvous::detachPending();
    if (m_state != State::Joined || !m_segment.headerValid())
        return;
    const qint64 now = Platform::steadyMsecs();
    const QPointer<ShmSession> self(this);
    if (isMember()) {
        if (m_segment.slotHolds(m_slot, m_memberId)) {
            m_segment.heartbeat(m_slot, now);
        } else {
            // Someone took us for dead (we were stopped, or the room was reset): come back. A
            // busy lock is tried again at the next heartbeat.
            qCWarning(lcSession) << "lost our member slot; joining again";
            m_slot = -1;
            const SlotResult retaken = takeSlot(Timing::SendLockBudgetMs);
            if (retaken == SlotResult::Full)
                m_listener->sessionProblem(roomFullMessage());
            else if (retaken == SlotResult::NameTaken)
                m_listener->sessionProblem(nameTakenMessage(m_request.nickname));
        }
    }
    if (!self)
        return;
    checkBridge();
    if (!self)
        return;
    reapMembers(now);
    if (!m_unreachableReported && !m_segment.keyStillLeadsHere()) {
        // Somebody removed the room's key folder: newcomers would make a second room.
        m_unreachableReported = true;
        m_listener->sessionProblem(IpcChannel::tr("Newcomers can no longer find room \"%1\": another program removed its folder in %2. "
                                                  "Those already here can go on chatting.")
                                       .arg(m_request.room, Rendezvous::userFolder()));
        if (!self)
            return;
    }
    if (m_repairWanted) {
        if (RoomSegment::Locked held = m_segment.lock(Timing::SendLockBudgetMs)) {
            held.repair();
            m_repairWanted = false;
        }
    }
}

void ShmSession::checkBridge()
{
    // Written by shmchat-bridge: its pid, and bit 32 while it reaches other machines.
    const quint64 word = m_segment.header()->bridgePid.load(std::memory_order_acquire);
    const qint64 pid = qint64(word & 0xffffffffu);
    int state = 0;
    if (pid != 0 && Platform::isProcessAlive(pid))
        state = (word >> 32) & 1 ? 1 : 2;
    if (state == m_bridgeState)
        return;
    m_bridgeState = state;
    m_listener->sessionBridgeState(state);
}

void ShmSession::reapMembers(qint64 now)
{
    QList<RoomMemberEntry> entries;
    if (!m_segment.readMembers(&entries))
        return;
    if (std::none_of(entries.cbegin(), entries.cend(),
                     [&](const RoomMemberEntry &entry) { return isGone(entry, m_memberId, now); })) {
        return;
    }
    if (RoomSegment::Locked held = m_segment.lock(Timing::SendLockBudgetMs))
        announceGoneLocked(held, now);
}

void ShmSession::announceGoneLocked(RoomSegment::Locked &held, qint64 now)
{
    // Read again under the lock: another peer may have announced them, or they came back.
    QList<RoomMemberEntry> entries;
    if (!m_segment.readMembers(&entries))
        return;
    for (const RoomMemberEntry &entry : std::as_const(entries)) {
        if (!isGone(entry, m_memberId, now))
            continue;
        Wire::Outgoing leave;
        leave.kind = Wire::RecordKind::Leave;
        leave.flags = entry.left ? 0 : Wire::FlagTimedOut;
        leave.memberId = entry.id;
        leave.timeMs = wallClockMs();
        leave.name = entry.name.toUtf8();
        if (!entry.machine.isEmpty()) {
            // Listed by a bridge that is gone: its leave stays marked as remote, so that no
            // bridge sends it out as a member of this machine.
            leave.flags |= Wire::FlagRemote;
            leave.machine = entry.machine.toUtf8();
        }
        held.removeMember(entry.slot);
        held.append({ leave });
        qCDebug(lcSession) << (entry.left ? "announced the leave of" : "removed unresponsive member")
                           << entry.name << entry.pid;
    }
}

} // namespace ShmChat
