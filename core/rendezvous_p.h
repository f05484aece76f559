// How processes of one user find a room's segment, and the only place that sees QSharedMemory.
//
// Each user has one private folder (Platform::rendezvousParent() + "/shmchat-<uid>", 0700). A
// room's native key is a sub-folder named after the room's identity: Qt turns it into a System
// V key with ftok(), which depends only on that folder's inode, so neither TMPDIR nor a
// temp-folder cleaner has a say. Qt never deletes a folder (it unlinks key *files*), so the key
// stays put for as long as the room lives; the last member to leave removes it.
//
// Every creation, attachment and removal of any of the user's segments happens while holding a
// lock on the user's folder (flock: the OS releases it when its holder dies). So a newcomer can
// never attach to a segment that the last leaver is removing, and Qt's own side effects (from
// 6.6, attach() removes a segment nobody is attached to; create() resets and its owner later
// deletes Qt's internal semaphore) never race another process's call.
//
// ftok() keeps 16 bits of an inode: two rooms' folders can share a key. Before attaching, the
// opener looks at what the key leads to (Platform::inspectSysvSegment): a segment of another
// user, of another room, or of another program is never used; the room's folder is replaced
// (a new inode, a new key) and the search goes on, a bounded number of times.
#pragma once

#include "platform_p.h"

#include <QtCore/QByteArray>
#include <QtCore/QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QSharedMemory;
QT_END_NAMESPACE

namespace ShmChat {

// Which room of which user a segment belongs to.
struct RoomIdentity
{
    QByteArray digest; // Layout::IdentitySize bytes: SHA-256("ShmChat room" 0x1f user 0x1f room)
    QByteArray name;   // the room's name in UTF-8

    static RoomIdentity of(const QString &room);
    // The digest a room of this user (or of the given user id) with this name would have.
    static QByteArray digestOf(QByteArrayView nameUtf8);
    static QByteArray digestOf(QByteArrayView nameUtf8, const QString &user);
};

class Rendezvous
{
public:
    enum class FolderProblem { None, Unusable, Foreign };
    enum class MapResult { Attached, Created, Failed };
    enum class MapFailure { SizeLimit, Limits, Changed, PermissionDenied, Other };

    Rendezvous();
    ~Rendezvous();
    Rendezvous(const Rendezvous &) = delete;
    Rendezvous &operator=(const Rendezvous &) = delete;

    // The user's folder (empty where rooms need none).
    static QString userFolder();
    // The native key of a room: its folder on System V, a name elsewhere.
    static QString nativeKeyFor(const RoomIdentity &identity);
    // Points shm at a native key the way every ShmChat build does, whatever the Qt version.
    static void applyKey(QSharedMemory &shm, const QString &nativeKey);
    // System V keys (folders, ftok) or named kernel objects.
    static bool usesKeyFolders();
    // True when this build's rooms need System V shared memory but the system refuses it to this
    // process at run time (the macOS App Sandbox), which no compile-time test can know.
    static bool systemVRefused();

    // Creates or checks the user's folder (before taking the lock, which lives on it).
    FolderProblem prepare(const RoomIdentity &identity, Platform::FolderCheck *check, QString *path);
    // Under the lock, since the last member to leave a room removes its key folder: creates or
    // checks the room's key folder.
    FolderProblem prepareKey(Platform::FolderCheck *check, QString *path);
    QString nativeKey() const { return m_nativeKey; }

    // The user's lock. Never waits.
    bool tryLock();
    void unlock();
    bool isLocked() const { return m_lock.isLocked(); }

    // What the key leads to now (System V; Unsupported elsewhere).
    Platform::SysvSegment inspect(qsizetype headBytes) const;

    // Under the lock: attaches to the segment at the key, or creates one of `size` bytes when
    // there is none. Changed: another program changed the key meanwhile (try again).
    MapResult map(qsizetype size, MapFailure *why);
    bool isMapped() const;
    void *data() const;
    qsizetype size() const;
    // The segment id we are attached to (System V), to tell whether the key still leads to it.
    qint64 segmentId() const { return m_segmentId; }
    bool keyStillLeadsHere() const;

    // Under the lock: gives the room a new key folder (a new inode, so a new ftok key), because
    // the current key leads to somebody else's segment. Nothing at the old key is touched.
    bool moveKey(Platform::FolderCheck *check);

    // Under the lock: detaches and maps again with nothing in between. For a segment of the
    // wrong size that nobody else uses: detaching removes it.
    void unmapLocked();

    // Detaches. With the lock (taken here, briefly), the last one out removes the segment and
    // the key folder. When the lock is busy the mapping is set aside, rather than risk removing
    // a segment a newcomer is attaching to, and detached the next time this process holds the
    // lock, at the latest when the application ends.
    void unmap();
    // Detaches what was set aside, if the lock is free right now.
    static void detachPending();

    // Removes a room's segment and key folder if nobody uses them (tests, left-over cleanup).
    static void removeIfUnused(const QString &room);

    // Under the lock: removes the key folder (and, 6.6+, Qt's semaphore beside it) once the
    // segment is gone.
    static void removeKeyFolderLocked(const QString &nativeKey);

private:
    QString m_folder;
    QString m_nativeKey;
    Platform::FolderLock m_lock;
    std::unique_ptr<QSharedMemory> m_shm;
    qint64 m_segmentId = -1;
};

// A room's segment mapped without taking part in the room: no lock, no member, and unmapping
// never removes it. For tests and test peers that play a crashed or hostile program.
class RawMapping
{
public:
    // createSize > 0: make a segment of that size (uninitialised) when the room has none.
    explicit RawMapping(const QString &room, qint64 createSize = 0);
    ~RawMapping();
    RawMapping(const RawMapping &) = delete;
    RawMapping &operator=(const RawMapping &) = delete;

    bool isValid() const { return m_data != nullptr; }
    char *data() const { return m_data; }

private:
    char *m_data = nullptr;
    std::unique_ptr<QSharedMemory> m_named; // where keys are names
};

} // namespace ShmChat
