// What tests need to see of System V IPC and of the rendezvous folder: the kernel objects of a
// room (from /proc/sysvipc, Linux), the room's key folder, and running a command as root in
// namespaces of its own (unshare). Everything here answers "not available" elsewhere.
#pragma once

#include "rendezvous_p.h"
#include "shmchat_os.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QList>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QString>

#if defined(SHMCHAT_OS_LINUX) && defined(SHMCHAT_HAVE_SYSV)
#  include <sys/ipc.h>
#  include <sys/sem.h>
#  include <unistd.h>
#  define SHMCHAT_TEST_SYSV 1
#endif

namespace TestSupport {

// One line of /proc/sysvipc/shm or /proc/sysvipc/sem.
struct SysvObject
{
    qint64 key = 0;
    int id = -1;
    uint perms = 0;
    qint64 uid = -1;
    qint64 cpid = 0;   // shm only: creator
    qint64 lpid = 0;   // shm only: last to attach or detach
    qint64 nattch = 0; // shm only
};

inline QList<SysvObject> readSysv(const QString &path)
{
    QList<SysvObject> objects;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return objects;
    const QList<QByteArray> header = file.readLine().simplified().split(' ');
    const qsizetype keyAt = header.indexOf("key");
    qsizetype idAt = header.indexOf("shmid");
    if (idAt < 0)
        idAt = header.indexOf("semid");
    const qsizetype permsAt = header.indexOf("perms");
    const qsizetype uidAt = header.indexOf("uid");
    const qsizetype cpidAt = header.indexOf("cpid");
    const qsizetype lpidAt = header.indexOf("lpid");
    const qsizetype nattchAt = header.indexOf("nattch");
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().simplified().split(' ');
        if (fields.size() < header.size() || keyAt < 0 || idAt < 0)
            continue;
        SysvObject object;
        object.key = fields.at(keyAt).toLongLong();
        object.id = fields.at(idAt).toInt();
        object.perms = fields.at(permsAt).toUInt(nullptr, 8);
        object.uid = fields.at(uidAt).toLongLong();
        if (cpidAt >= 0)
            object.cpid = fields.at(cpidAt).toLongLong();
        if (lpidAt >= 0)
            object.lpid = fields.at(lpidAt).toLongLong();
        if (nattchAt >= 0)
            object.nattch = fields.at(nattchAt).toLongLong();
        objects << object;
    }
    return objects;
}

inline QString describe(const QList<SysvObject> &objects)
{
    QStringList parts;
    for (const SysvObject &object : objects) {
        parts << QStringLiteral("{id %1 key 0x%2 perms %3 uid %4 cpid %5 nattch %6}")
                     .arg(object.id).arg(quint32(object.key), 8, 16, QLatin1Char('0'))
                     .arg(object.perms, 3, 8, QLatin1Char('0')).arg(object.uid).arg(object.cpid)
                     .arg(object.nattch);
    }
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QLatin1Char(' '));
}

// The room's key folder: where newcomers look.
inline QString keyFolderOf(const QString &room)
{
    return ShmChat::Rendezvous::nativeKeyFor(ShmChat::RoomIdentity::of(room));
}

// The System V key the room's key folder leads to now; -1 when there is none.
inline qint64 sysvKeyOf(const QString &room)
{
#ifdef SHMCHAT_TEST_SYSV
    const key_t key = ::ftok(QFile::encodeName(keyFolderOf(room)).constData(), 'Q');
    return key == -1 ? -1 : qint64(key);
#else
    Q_UNUSED(room);
    return -1;
#endif
}

// The kernel objects at a System V key (0 objects when key is -1).
struct RoomObjects
{
    QList<SysvObject> segments;
    QList<SysvObject> semaphores;
};

inline RoomObjects objectsAt(qint64 key)
{
    RoomObjects objects;
    if (key == -1)
        return objects;
    for (const SysvObject &object : readSysv(QStringLiteral("/proc/sysvipc/shm"))) {
        if (object.key == key)
            objects.segments << object;
    }
    for (const SysvObject &object : readSysv(QStringLiteral("/proc/sysvipc/sem"))) {
        if (object.key == key)
            objects.semaphores << object;
    }
    return objects;
}

// Root can give a command namespaces of its own with unshare(1): a private IPC namespace is a
// machine of its own as far as System V goes, a private mount namespace a /dev/shm of its own.
// Empty when that is possible here, else why not.
inline QString whyNoNamespaces()
{
#if defined(SHMCHAT_OS_LINUX)
    if (::geteuid() != 0)
        return QStringLiteral("needs root to make namespaces (unshare)");
    if (QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty())
        return QStringLiteral("unshare (util-linux) not found");
    return QString();
#else
    return QStringLiteral("namespaces are a Linux matter");
#endif
}

// Runs `sh -c script` under `unshare ARGS`, with the given environment additions; returns the
// finished process's exit code (-1: crashed or timed out) and its output.
struct Finished
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline Finished runUnshared(const QStringList &unshareArguments, const QString &script, int timeoutMs = 20000)
{
    Finished result;
    QProcess process;
    process.start(QStringLiteral("unshare"), unshareArguments + QStringList{ QStringLiteral("sh"), QStringLiteral("-c"), script });
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
    } else if (process.exitStatus() == QProcess::NormalExit) {
        result.exitCode = process.exitCode();
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// Single quotes for sh.
inline QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// No user-visible error may be a Qt-internal string.
inline bool mentionsQtInternals(const QByteArray &text)
{
    return text.contains("QSharedMemory") || text.contains("QSystemSemaphore") || text.contains("initKey")
        || text.contains("ftok") || text.contains("shmget");
}

} // namespace TestSupport
