#include "rendezvous_p.h"

#include "segmentlayout_p.h"
#include "shmchat_os.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QCoreApplication>
#include <QtCore/QFileInfo>
#include <QtCore/QLoggingCategory>
#include <QtCore/QSharedMemory>
#include <QtCore/QThread>
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
#  include <QtCore/QSystemSemaphore>
#endif

#include <utility>
#include <vector>

Q_LOGGING_CATEGORY(lcRendezvous, "shmchat.rendezvous", QtWarningMsg)

namespace ShmChat {

namespace {
// The user's lock is held for microseconds, but a holder can lose its CPU while holding it. A
// try spins this long (yielding) before it says "busy": long enough to get between two holds,
// short enough for a GUI thread.
constexpr qint64 LockSpinUs = 1000;
// Leaving waits this long for the user's lock; after that the mapping is set aside and detached
// the next time this process holds the lock (or when the application ends).
constexpr int UnmapLockBudgetMs = 5;
// When the application ends, what is set aside may wait this long for the lock.
constexpr int ExitLockBudgetMs = 2000;

// A mapping set aside: detaching it without the user's lock could remove a segment a newcomer
// is attaching to.
struct Pending
{
    QSharedMemory *shm;
    QString folder;
    QString nativeKey;
    qint64 segmentId;
};

std::vector<Pending> &pendingDetaches()
{
    static auto *list = new std::vector<Pending>; // reachable until exit, on purpose
    return *list;
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
QNativeIpcKey nativeIpcKey(const QString &key)
{
    return QNativeIpcKey(key, Rendezvous::usesKeyFolders() ? QNativeIpcKey::Type::SystemV
                                                           : QNativeIpcKey::DefaultTypeForOs);
}
#endif

// From 6.6, Qt's internal lock for a native System V key is a semaphore at the same key, deleted
// by whichever process created it when it is done. One whose creator was killed stays; the
// last member takes it with it, before the key folder (and so the key) goes away for good.
void removeLeftoverSemaphore(const QString &key)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
    // Create mode makes this object its owner, and an owner removes the semaphore when destroyed.
    QSystemSemaphore semaphore(nativeIpcKey(key), 1, QSystemSemaphore::Create);
#else
    Q_UNUSED(key); // 6.4 makes no semaphore for a native key
#endif
}

bool tryLockFor(Platform::FolderLock *lock, const QString &folder, int budgetMs)
{
    const qint64 deadline = Platform::steadyMsecs() + budgetMs;
    while (!lock->tryLock(folder)) {
        if (Platform::steadyMsecs() >= deadline)
            return false;
        QThread::usleep(200);
    }
    return true;
}

// Detaches and deletes shm under the lock; the last one out also removes the segment's key
// folder.
void detachLocked(QSharedMemory *shm, const QString &nativeKey, qint64 segmentId);

void detachPendingLocked(const QString &folder)
{
    auto &pending = pendingDetaches();
    for (auto it = pending.begin(); it != pending.end();) {
        if (it->folder != folder) {
            ++it;
            continue;
        }
        detachLocked(it->shm, it->nativeKey, it->segmentId);
        it = pending.erase(it);
    }
}

void detachPendingAtExit()
{
    auto &pending = pendingDetaches();
    while (!pending.empty()) {
        const QString folder = pending.front().folder;
        Platform::FolderLock lock;
        if (!tryLockFor(&lock, folder, ExitLockBudgetMs))
            break; // the OS detaches at exit, which never removes anything
        detachPendingLocked(folder);
    }
}
} // namespace

QByteArray RoomIdentity::digestOf(QByteArrayView nameUtf8)
{
    return digestOf(nameUtf8, Platform::userIdentity());
}

QByteArray RoomIdentity::digestOf(QByteArrayView nameUtf8, const QString &user)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView("ShmChat room\x1f"));
    hash.addData(user.toUtf8());
    hash.addData(QByteArrayView("\x1f"));
    hash.addData(nameUtf8);
    return hash.result();
}

RoomIdentity RoomIdentity::of(const QString &room)
{
    RoomIdentity identity;
    identity.name = room.toUtf8();
    identity.digest = digestOf(identity.name);
    return identity;
}

namespace {
Rendezvous::FolderProblem ensureFolder(const QString &folder, Platform::FolderCheck *check, QString *path)
{
    if (folder.isEmpty())
        return Rendezvous::FolderProblem::None;
    *check = Platform::ensurePrivateFolder(folder);
    if (check->error == Platform::FolderError::None)
        return Rendezvous::FolderProblem::None;
    *path = folder;
    return check->error == Platform::FolderError::Foreign ? Rendezvous::FolderProblem::Foreign
                                                          : Rendezvous::FolderProblem::Unusable;
}
} // namespace

Rendezvous::Rendezvous() = default;

Rendezvous::~Rendezvous()
{
    unmap();
}

bool Rendezvous::usesKeyFolders()
{
#if !defined(SHMCHAT_HAVE_SYSV)
    return false;
#elif QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
    static const bool supported = QSharedMemory::isKeyTypeSupported(QNativeIpcKey::Type::SystemV);
    return supported;
#else
    return true;
#endif
}

bool Rendezvous::systemVRefused()
{
#if defined(SHMCHAT_HAVE_SYSV) && defined(SHMCHAT_OS_MACOS)
#  if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
    // Qt's legacy default type turns POSIX exactly where System V is refused at run time.
    static const bool refused = QNativeIpcKey::legacyDefaultTypeForOs() != QNativeIpcKey::Type::SystemV
        || !QSharedMemory::isKeyTypeSupported(QNativeIpcKey::Type::SystemV) || Platform::isAppSandboxed();
#  else
    static const bool refused = Platform::isAppSandboxed();
#  endif
    return refused;
#else
    return false;
#endif
}

QString Rendezvous::userFolder()
{
    if (!usesKeyFolders())
        return QString();
    return Platform::rendezvousParent() + QStringLiteral("/shmchat-") + Platform::userIdentity();
}

QString Rendezvous::nativeKeyFor(const RoomIdentity &identity)
{
    const QString hex = QString::fromLatin1(identity.digest.toHex());
    if (usesKeyFolders())
        return userFolder() + QLatin1Char('/') + hex.left(32);
#if defined(SHMCHAT_OS_WIN)
    // A kernel object name in the session's namespace; the digest already names the user.
    return QStringLiteral("shmchat_") + hex.left(32);
#else
    // POSIX names: macOS allows 31 bytes.
    return QStringLiteral("/shmc_") + hex.left(24);
#endif
}

void Rendezvous::applyKey(QSharedMemory &shm, const QString &nativeKey)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
    shm.setNativeKey(nativeIpcKey(nativeKey));
#else
    shm.setNativeKey(nativeKey);
#endif
}

Rendezvous::FolderProblem Rendezvous::prepare(const RoomIdentity &identity, Platform::FolderCheck *check,
                                              QString *path)
{
    unmap();
    m_folder = userFolder();
    m_nativeKey = nativeKeyFor(identity);
    return ensureFolder(m_folder, check, path);
}

Rendezvous::FolderProblem Rendezvous::prepareKey(Platform::FolderCheck *check, QString *path)
{
    Q_ASSERT(isLocked());
    return ensureFolder(m_folder.isEmpty() ? QString() : m_nativeKey, check, path);
}

bool Rendezvous::tryLock()
{
    QElapsedTimer spin;
    spin.start();
    while (!m_lock.tryLock(m_folder)) {
        if (spin.nsecsElapsed() / 1000 >= LockSpinUs)
            return false;
        QThread::yieldCurrentThread();
    }
    // Whatever this process set aside earlier can go now.
    detachPendingLocked(m_folder);
    return true;
}

void Rendezvous::detachPending()
{
    auto &pending = pendingDetaches();
    if (pending.empty())
        return;
    Platform::FolderLock lock;
    const QString folder = pending.front().folder;
    if (lock.tryLock(folder))
        detachPendingLocked(folder);
}

void Rendezvous::unlock()
{
    m_lock.unlock();
}

Platform::SysvSegment Rendezvous::inspect(qsizetype headBytes) const
{
    if (!usesKeyFolders())
        return Platform::SysvSegment();
    return Platform::inspectSysvSegment(m_nativeKey, headBytes);
}

namespace {
Rendezvous::MapFailure failureOf(QSharedMemory::SharedMemoryError error)
{
    switch (error) {
    case QSharedMemory::InvalidSize:
        return Rendezvous::MapFailure::SizeLimit;
    case QSharedMemory::OutOfResources:
        return Rendezvous::MapFailure::Limits;
    case QSharedMemory::NotFound:
    case QSharedMemory::AlreadyExists:
    case QSharedMemory::KeyError:
    case QSharedMemory::LockError:
        return Rendezvous::MapFailure::Changed;
    case QSharedMemory::PermissionDenied:
        return Rendezvous::MapFailure::PermissionDenied;
    case QSharedMemory::NoError:
    case QSharedMemory::UnknownError:
        break;
    }
    return Rendezvous::MapFailure::Other;
}
} // namespace

Rendezvous::MapResult Rendezvous::map(qsizetype size, MapFailure *why)
{
    Q_ASSERT(!m_shm);
    // Attach first: "create, else attach" would have Qt 6.4's create() reset its internal lock
    // for everyone, and leave a QSharedMemory that can no longer attach (its lock keeps the
    // error); a fresh object for each call avoids both.
    m_shm = std::make_unique<QSharedMemory>();
    applyKey(*m_shm, m_nativeKey);
    MapResult result = MapResult::Attached;
    if (!m_shm->attach()) {
        if (m_shm->error() != QSharedMemory::NotFound) {
            *why = failureOf(m_shm->error());
            qCDebug(lcRendezvous) << "attach failed:" << m_shm->errorString();
            m_shm.reset();
            return MapResult::Failed;
        }
        m_shm = std::make_unique<QSharedMemory>();
        applyKey(*m_shm, m_nativeKey);
        if (!m_shm->create(size)) {
            *why = failureOf(m_shm->error());
            qCDebug(lcRendezvous) << "create failed:" << m_shm->errorString();
            m_shm.reset();
            return MapResult::Failed;
        }
        result = MapResult::Created;
    }
    m_segmentId = inspect(0).id;
    return result;
}

bool Rendezvous::isMapped() const
{
    return m_shm && m_shm->isAttached();
}

void *Rendezvous::data() const
{
    return m_shm ? m_shm->data() : nullptr;
}

qsizetype Rendezvous::size() const
{
    return m_shm ? m_shm->size() : 0;
}

bool Rendezvous::keyStillLeadsHere() const
{
    if (!usesKeyFolders() || !isMapped())
        return true;
    return Platform::sysvKeyLeadsTo(m_nativeKey, m_segmentId);
}

bool Rendezvous::moveKey(Platform::FolderCheck *check)
{
    Q_ASSERT(isLocked() && !m_shm);
    // The new folder exists before the old one goes: it cannot get the old inode number back.
    const QString next = m_nativeKey + QStringLiteral(".next");
    QDir().rmdir(next);
    *check = Platform::ensurePrivateFolder(next);
    if (check->error != Platform::FolderError::None)
        return false;
    if (!QDir().rmdir(m_nativeKey) || !QDir().rename(next, m_nativeKey)) {
        check->error = Platform::FolderError::Other;
        QDir().rmdir(next);
        return false;
    }
    qCInfo(lcRendezvous) << "moved the key of" << m_nativeKey << "away from another program's segment";
    return true;
}

void Rendezvous::unmapLocked()
{
    Q_ASSERT(isLocked());
    if (m_shm && m_shm->isAttached())
        m_shm->detach(); // false for a key folder: Qt cannot unlink a folder, which is the point
    m_shm.reset();
    m_segmentId = -1;
}

void Rendezvous::unmap()
{
    if (!m_shm) {
        unlock();
        return;
    }
    const bool hadLock = isLocked();
    if (!hadLock && !tryLockFor(&m_lock, m_folder, UnmapLockBudgetMs)) {
        qCDebug(lcRendezvous) << "set aside" << m_nativeKey << "until the user's lock is free";
        static bool atExit = false;
        if (!std::exchange(atExit, true))
            qAddPostRoutine(detachPendingAtExit);
        pendingDetaches().push_back(Pending{ m_shm.release(), m_folder, m_nativeKey, m_segmentId });
        m_segmentId = -1;
        return;
    }
    detachLocked(m_shm.release(), m_nativeKey, m_segmentId);
    m_segmentId = -1;
    if (!hadLock)
        unlock();
}

namespace {
void detachLocked(QSharedMemory *shm, const QString &nativeKey, qint64 segmentId)
{
    bool last = false;
    if (Rendezvous::usesKeyFolders()) {
        const Platform::SysvSegment now = Platform::inspectSysvSegment(nativeKey, 0);
        last = now.state == Platform::SysvSegment::State::Present && now.id == segmentId && now.attached <= 1;
    }
    if (shm->isAttached())
        shm->detach(); // the last one out removes the segment; Qt cannot unlink a folder
    delete shm;
    if (last)
        Rendezvous::removeKeyFolderLocked(nativeKey);
}
} // namespace

void Rendezvous::removeKeyFolderLocked(const QString &nativeKey)
{
    // Only once the segment is really gone: a folder removed under a live segment would give
    // the next newcomer another key, and a second room of the same name.
    if (Platform::inspectSysvSegment(nativeKey, 0).state != Platform::SysvSegment::State::Absent)
        return;
    removeLeftoverSemaphore(nativeKey);
    QDir().rmdir(nativeKey);
}

void Rendezvous::removeIfUnused(const QString &room)
{
    Rendezvous rendezvous;
    rendezvous.m_folder = userFolder();
    rendezvous.m_nativeKey = nativeKeyFor(RoomIdentity::of(room));
    if (!usesKeyFolders()) {
        QSharedMemory shm;
        applyKey(shm, rendezvous.m_nativeKey);
        if (shm.attach())
            shm.detach(); // the last handle closed removes a named mapping
        return;
    }
    if (!QFileInfo(rendezvous.m_nativeKey).isDir()
        || !tryLockFor(&rendezvous.m_lock, rendezvous.m_folder, 1000)) {
        return;
    }
    const Platform::SysvSegment seen = rendezvous.inspect(0);
    if (seen.state == Platform::SysvSegment::State::Present && seen.attached == 0
        && seen.uid == Platform::effectiveUserId()) {
        MapFailure why = MapFailure::Other;
        if (rendezvous.map(Layout::SegmentSize, &why) == MapResult::Attached)
            rendezvous.unmapLocked(); // nobody else attached: detaching removes it
    }
    removeKeyFolderLocked(rendezvous.m_nativeKey);
    rendezvous.unlock();
}

RawMapping::RawMapping(const QString &room, qint64 createSize)
{
    const RoomIdentity identity = RoomIdentity::of(room);
    const QString key = Rendezvous::nativeKeyFor(identity);
    if (Rendezvous::usesKeyFolders()) {
        if (createSize > 0) {
            Platform::ensurePrivateFolder(Rendezvous::userFolder());
            Platform::ensurePrivateFolder(key);
        }
        m_data = static_cast<char *>(Platform::attachSysv(key, createSize));
        return;
    }
    m_named = std::make_unique<QSharedMemory>();
    Rendezvous::applyKey(*m_named, key);
    if (m_named->attach() || (createSize > 0 && m_named->create(createSize)))
        m_data = static_cast<char *>(m_named->data());
}

RawMapping::~RawMapping()
{
    if (!m_named)
        Platform::detachSysv(m_data);
}

} // namespace ShmChat
