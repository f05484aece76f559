// Every time in the transport, with the reason for its value, in one place: the code uses these,
// and so do the tests that wait for something to happen (never a number of their own).
#pragma once

#include <QtCore/QtGlobal>

namespace ShmChat::Timing {

// --- the room's lock ---
// Legitimate holders keep the lock for microseconds; one that keeps it for a second is stopped
// (SIGSTOP, a debugger) or is a value written by a hostile process, and is overtaken.
constexpr qint64 LockStaleMs = 1000;
// How long the owning thread may spin for the room's lock before giving up for this time.
constexpr int SendLockBudgetMs = 2;
// A queued message that has waited this long gets longer tries: with many busy processes on few
// cores, a 2 ms try may see the lock only once or twice before the scheduler takes the CPU away,
// poll after poll. Still a few ms on the GUI thread.
constexpr qint64 PatientSendAfterMs = 500;
constexpr int PatientSendLockBudgetMs = 8;
constexpr int RenameLockBudgetMs = 250;
// Leaving waits this long for the lock at most; after that the member marks its slot as left
// and the next member to hold the lock announces the leave (a normal one) for it.
constexpr int LeaveLockBudgetMs = 20;

// --- joining ---
// Transient obstacles (another process of the user joining or leaving, a member holding the
// room's lock, a damaged header being repaired) are tried again for this long, from the event
// loop, after pauses that start small and double, jittered so that processes starting together
// spread out.
constexpr qint64 JoinBudgetMs = 2000;
constexpr int FirstJoinPauseMs = 2;
constexpr int MaxJoinPauseMs = 64;
// A header that stays unreadable this long while others are attached is not being repaired by
// them: an opener resets it, and so does a member.
constexpr qint64 DamageGraceMs = 250;

// --- members ---
constexpr int HeartbeatIntervalMs = 1000;
// A member whose heartbeat is this old is taken for gone, even if its process is alive
// (stopped): five missed heartbeats.
constexpr qint64 MemberTimeoutMs = 5000;

// --- sending ---
// A queued message that still cannot be written after this long is given up, with an error.
constexpr qint64 SendTimeoutMs = 3000;

// --- polling ---
// A poll hands at most MaxRecordsPerPoll records, or what it can in PollBudgetMs, to the event
// loop; more waiting means another poll right away, so a flood is drained quickly without ever
// freezing the loop.
constexpr qint64 PollBudgetMs = 8;
// Polling adapts to traffic: right after a poll that delivered messages the next one comes after
// BusyPollMs (a burst is drained long before the ring can lap us); after IdleAfterMs without
// news it slows to IdlePollFactor times the interval, at most MaxIdlePollMs, because on an idle
// window the timer's wake-ups are the whole cost. A channel in the background (a window that is
// not active, or minimised) polls every BackgroundPollMs as soon as it is quiet, with a
// coarse timer: its first message after a quiet spell shows within that bound.
constexpr int BusyPollMs = 1;
constexpr int IdleAfterMs = 2000;
// Measured here, each wake-up of an idle member costs 70-130 us of CPU (mostly the kernel's): 60 ms
// keeps an active window's idle cost near 0.13% of a core, 1 s a background one's near 0.02%.
constexpr int IdlePollFactor = 6;
constexpr int MaxIdlePollMs = 60;
constexpr int BackgroundPollMs = 1000;

// --- members, continued: how soon the others learn that one is gone ---
// A dead or left member is announced at the next heartbeat of a member. The heartbeat rides on
// the poll timer (one wake-up, not two), so it comes up to a poll late: within ReapWithinMs when
// a member is in front, within BackgroundReapWithinMs when all of them are in the background.
constexpr qint64 ReapWithinMs = HeartbeatIntervalMs + MaxIdlePollMs;
constexpr qint64 BackgroundReapWithinMs = HeartbeatIntervalMs + BackgroundPollMs;

// --- typing indicator ---
// A keystroke in the composer says "typing" for TypingTimeoutMs: long enough to cover the pauses
// of someone writing (the window says it again at most every TypingRefreshMs while keys come),
// short enough that a window left with a draft stops saying it soon. Readers look at the
// members' typing words at most every TypingCheckMs (32 atomic loads, on the poll's wake-up),
// and ignore a word further ahead than TypingTimeoutMs plus a little: nobody honest writes one.
constexpr qint64 TypingTimeoutMs = 4000;
constexpr qint64 TypingRefreshMs = 1000;
constexpr qint64 TypingCheckMs = 250;
constexpr qint64 TypingMaxAheadMs = TypingTimeoutMs + 1000;

// --- errors ---
// Errors less than this apart belong to one incident and are reported once: an attack on the
// segment shows one message, not a flood of them.
constexpr qint64 ErrorQuietMs = 5000;

} // namespace ShmChat::Timing
