// shmchat-squatter: plays another user against a room, for tst_isolation. Not installed.
// Run it as a second OS user (runuser -u USER -- shmchat-squatter ...).
//
//   key    --room R
//       Prints the room's key as this user computes it (RoomSegment::keyForRoom).
//   probe  --key K
//       Tries to attach to K's segment the way ShmChat does (QSharedMemory, read-write, then
//       read-only) and with a raw shmget() on the key file's ftok key. Prints one JSON line.
//   squat  --key K --mode 0600|0666 [--payload] [--segment-only] [--max-seconds S]
//       Creates K's segment before its owner does: with QSharedMemory::create() (which also
//       creates the key file in the temp folder, owned by us), or with --segment-only a raw
//       shmget() on the ftok key of a key file that already exists. --mode 0666 opens it to
//       everybody (shmctl IPC_SET). --payload writes a valid-looking room into it holding one
//       text record "ATTACKER". Prints "ready PID SHMID" and stays attached until killed, or
//       for S seconds (default 120) as a safety net, then detaches and exits.
//
// Exit codes: 0 done, 1 the operation failed (reason on stderr), 2 bad arguments.
#include "roomsegment_p.h"
#include "wireformat_p.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QDeadlineTimer>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSharedMemory>
#include <QtCore/QThread>

#include <cerrno>
#include <cstdio>
#include <cstring>

#if defined(Q_OS_UNIX) && !defined(QT_POSIX_IPC)
#  include <sys/ipc.h>
#  include <sys/shm.h>
#  include <unistd.h>
#  define SHMCHAT_SQUATTER_SYSV 1
#endif

using namespace ShmChat;

namespace {

enum ExitCode { Done = 0, Failed = 1, BadInput = 2 };

void printLine(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int fail(const QString &reason)
{
    const QByteArray line = "shmchat-squatter: " + reason.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
    return Failed;
}

QString errorName(QSharedMemory::SharedMemoryError error)
{
    switch (error) {
    case QSharedMemory::NoError: return QStringLiteral("NoError");
    case QSharedMemory::PermissionDenied: return QStringLiteral("PermissionDenied");
    case QSharedMemory::InvalidSize: return QStringLiteral("InvalidSize");
    case QSharedMemory::KeyError: return QStringLiteral("KeyError");
    case QSharedMemory::AlreadyExists: return QStringLiteral("AlreadyExists");
    case QSharedMemory::NotFound: return QStringLiteral("NotFound");
    case QSharedMemory::LockError: return QStringLiteral("LockError");
    case QSharedMemory::OutOfResources: return QStringLiteral("OutOfResources");
    case QSharedMemory::UnknownError: return QStringLiteral("UnknownError");
    }
    return QStringLiteral("?");
}

// Writes what a real ShmChat instance would have written: an initialised header and one text
// record, so that a victim that trusted the segment would print it.
void writePayload(void *memory)
{
    RoomSegment room;
    room.attachBuffer(memory);
    room.initialise();
    if (room.tryLock(1000) == RoomSegment::LockResult::Busy)
        return;
    Wire::Outgoing record;
    record.kind = Wire::RecordKind::Text;
    record.memberId = 1;
    record.timeMs = QDateTime::currentMSecsSinceEpoch();
    record.name = QByteArrayLiteral("owner");
    record.text = QByteArrayLiteral("ATTACKER");
    room.append({ record });
    room.unlock();
}

int runKey(const QString &room)
{
    printLine(RoomSegment::keyForRoom(room).toUtf8());
    return Done;
}

int runProbe(const QString &key)
{
    QJsonObject result;
    QSharedMemory shm;
    RoomSegment::applyKey(shm, key);
    result.insert(QStringLiteral("native_key"), shm.nativeKey());
    result.insert(QStringLiteral("key_file_exists"), QFileInfo::exists(shm.nativeKey()));

    const bool attached = shm.attach(QSharedMemory::ReadWrite);
    result.insert(QStringLiteral("attached"), attached);
    result.insert(QStringLiteral("error"), errorName(shm.error()));
    result.insert(QStringLiteral("error_string"), shm.errorString());
    if (attached) {
        result.insert(QStringLiteral("size"), qint64(shm.size()));
        shm.detach();
    }
    QSharedMemory readOnly;
    RoomSegment::applyKey(readOnly, key);
    const bool attachedReadOnly = readOnly.attach(QSharedMemory::ReadOnly);
    result.insert(QStringLiteral("attached_read_only"), attachedReadOnly);
    result.insert(QStringLiteral("error_read_only"), errorName(readOnly.error()));
    if (attachedReadOnly)
        readOnly.detach();

#ifdef SHMCHAT_SQUATTER_SYSV
    // Below Qt: the segment's own permissions, whatever QSharedMemory's lock semaphore says.
    const key_t unixKey = ::ftok(QFile::encodeName(shm.nativeKey()).constData(), 'Q');
    result.insert(QStringLiteral("ftok"), qint64(unixKey));
    if (unixKey != -1) {
        errno = 0;
        const int id = ::shmget(unixKey, 0, 0400);
        result.insert(QStringLiteral("raw_shmget_errno"), id == -1 ? errno : 0);
        result.insert(QStringLiteral("raw_shmget_error"), QString::fromLocal8Bit(std::strerror(id == -1 ? errno : 0)));
        if (id != -1) {
            errno = 0;
            void *address = ::shmat(id, nullptr, SHM_RDONLY);
            result.insert(QStringLiteral("raw_shmat_errno"), address == reinterpret_cast<void *>(-1) ? errno : 0);
            if (address != reinterpret_cast<void *>(-1))
                ::shmdt(address);
        }
    }
#endif
    printLine(QJsonDocument(result).toJson(QJsonDocument::Compact));
    return Done;
}

int runSquat(const QString &key, const QString &mode, bool payload, bool segmentOnly, int maxSeconds)
{
#ifndef SHMCHAT_SQUATTER_SYSV
    Q_UNUSED(key);
    Q_UNUSED(mode);
    Q_UNUSED(payload);
    Q_UNUSED(segmentOnly);
    Q_UNUSED(maxSeconds);
    return fail(QStringLiteral("squat needs System V shared memory"));
#else
    bool ok = false;
    const uint permissions = mode.toUInt(&ok, 8);
    if (!ok || (permissions != 0600 && permissions != 0666))
        return fail(QStringLiteral("--mode takes 0600 or 0666"));

    QSharedMemory shm;
    RoomSegment::applyKey(shm, key);
    const QByteArray keyFile = QFile::encodeName(shm.nativeKey());
    int id = -1;
    void *memory = nullptr;
    if (segmentOnly) {
        // The key file is somebody else's; the segment behind its ftok key is ours.
        const key_t unixKey = ::ftok(keyFile.constData(), 'Q');
        if (unixKey == -1)
            return fail(QStringLiteral("ftok(%1): %2").arg(shm.nativeKey(), QString::fromLocal8Bit(std::strerror(errno))));
        id = ::shmget(unixKey, Layout::SegmentSize, int(permissions) | IPC_CREAT | IPC_EXCL);
        if (id == -1)
            return fail(QStringLiteral("shmget: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
        memory = ::shmat(id, nullptr, 0);
        if (memory == reinterpret_cast<void *>(-1)) {
            ::shmctl(id, IPC_RMID, nullptr);
            return fail(QStringLiteral("shmat: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
        }
    } else {
        if (!shm.create(Layout::SegmentSize))
            return fail(QStringLiteral("create: %1 (%2)").arg(shm.errorString(), errorName(shm.error())));
        const key_t unixKey = ::ftok(keyFile.constData(), 'Q');
        id = unixKey == -1 ? -1 : ::shmget(unixKey, 0, 0);
        if (id == -1)
            return fail(QStringLiteral("cannot find the segment just created"));
        memory = shm.data();
        if (permissions != 0600) {
            struct shmid_ds ds;
            if (::shmctl(id, IPC_STAT, &ds) != 0)
                return fail(QStringLiteral("IPC_STAT: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
            ds.shm_perm.mode = (ds.shm_perm.mode & ~0777u) | permissions;
            if (::shmctl(id, IPC_SET, &ds) != 0)
                return fail(QStringLiteral("IPC_SET: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
        }
    }
    if (payload)
        writePayload(memory);

    printLine("ready " + QByteArray::number(QCoreApplication::applicationPid()) + ' ' + QByteArray::number(id));
    // Stay attached: the victim must find the segment in use. The test kills us.
    const QDeadlineTimer deadline(qint64(maxSeconds) * 1000);
    while (!deadline.hasExpired())
        QThread::msleep(100);

    if (segmentOnly) {
        ::shmdt(memory);
        ::shmctl(id, IPC_RMID, nullptr);
    } else {
        shm.detach(); // the last one out removes the segment and the key file
    }
    return Done;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("shmchat-squatter"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption roomOption(QStringLiteral("room"), QStringLiteral("Room name (key)."), QStringLiteral("name"));
    const QCommandLineOption keyOption(QStringLiteral("key"), QStringLiteral("Room key (probe, squat)."), QStringLiteral("key"));
    const QCommandLineOption modeOption(QStringLiteral("mode"), QStringLiteral("squat: 0600 or 0666."), QStringLiteral("mode"), QStringLiteral("0600"));
    const QCommandLineOption payloadOption(QStringLiteral("payload"), QStringLiteral("squat: write a fake room with one message."));
    const QCommandLineOption segmentOnlyOption(QStringLiteral("segment-only"), QStringLiteral("squat: the key file exists already; create only the segment."));
    const QCommandLineOption maxSecondsOption(QStringLiteral("max-seconds"), QStringLiteral("squat: give up after this long."), QStringLiteral("S"), QStringLiteral("120"));
    parser.addOptions({ roomOption, keyOption, modeOption, payloadOption, segmentOnlyOption, maxSecondsOption });
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("key, probe or squat."));
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (command == QLatin1String("key")) {
        if (!parser.isSet(roomOption))
            return BadInput;
        return runKey(parser.value(roomOption));
    }
    if (!parser.isSet(keyOption)) {
        fail(QStringLiteral("--key is required"));
        return BadInput;
    }
    const QString key = parser.value(keyOption);
    if (command == QLatin1String("probe"))
        return runProbe(key);
    if (command == QLatin1String("squat")) {
        bool ok = false;
        const int maxSeconds = parser.value(maxSecondsOption).toInt(&ok);
        if (!ok || maxSeconds < 1) {
            fail(QStringLiteral("--max-seconds takes a positive number"));
            return BadInput;
        }
        return runSquat(key, parser.value(modeOption), parser.isSet(payloadOption),
                        parser.isSet(segmentOnlyOption), maxSeconds);
    }
    fail(QStringLiteral("unknown command \"%1\"").arg(command));
    return BadInput;
}
