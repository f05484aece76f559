// shmchat-squatter: plays another user against a room, for tst_isolation. Not installed.
// Run it as a second OS user (runuser -u USER -- shmchat-squatter ...).
//
//   key    --room R
//       Prints the room's native key as this user computes it (Rendezvous::nativeKeyFor).
//   probe  --key K [--sysv-key N]
//       Tries to attach to K's segment the way ShmChat does (QSharedMemory, read-write, then
//       read-only) and, with --sysv-key, with a raw shmget() on that System V key (the owner's
//       key folder is closed to us, so we could not compute it). Prints one JSON line.
//   squat  --sysv-key N --mode 0600|0666 [--payload R [--forge-user UID]] [--max-seconds S]
//       Creates a segment at System V key N before its owner does (a raw shmget(): this is
//       what an attacker who guessed the key, or another program whose key collides, does).
//       --mode 0666 opens it to everybody. --payload R writes a valid-looking room R into it
//       holding one text record "ATTACKER" (with --forge-user, under the identity that room has
//       for that user: a forgery of the victim's own room). Prints "ready PID SHMID" and stays attached until
//       killed, or for S seconds (default 120) as a safety net, then removes it and exits.
//
// Exit codes: 0 done, 1 the operation failed (reason on stderr), 2 bad arguments.
#include "roomsegment_p.h"
#include "wireformat_p.h"
#include "shmchat_os.h"

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

#if defined(SHMCHAT_OS_UNIX) && !defined(QT_POSIX_IPC)
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

#ifdef SHMCHAT_SQUATTER_SYSV // only squat plants payloads
// Writes what a real ShmChat instance would have written: an initialised header and one text
// record, so that a victim that trusted the segment would print it.
void writePayload(void *memory, const QString &roomName, const QString &forgedUser)
{
    // With a forged user, the room looks like that user's own room of that name.
    RoomIdentity identity = RoomIdentity::of(roomName);
    if (!forgedUser.isEmpty())
        identity.digest = RoomIdentity::digestOf(identity.name, forgedUser);
    RoomSegment room;
    room.attachBuffer(memory, identity);
    RoomSegment::Locked held = room.lock(1000);
    if (!held)
        return;
    held.initialise();
    Wire::Outgoing record;
    record.kind = Wire::RecordKind::Text;
    record.memberId = 1;
    record.timeMs = QDateTime::currentMSecsSinceEpoch();
    record.name = QByteArrayLiteral("owner");
    record.text = QByteArrayLiteral("ATTACKER");
    held.append({ record });
}
#endif

int runKey(const QString &room)
{
    printLine(Rendezvous::nativeKeyFor(RoomIdentity::of(room)).toUtf8());
    return Done;
}

int runProbe(const QString &key, qint64 sysvKey)
{
    QJsonObject result;
    QSharedMemory shm;
    Rendezvous::applyKey(shm, key);
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
    Rendezvous::applyKey(readOnly, key);
    const bool attachedReadOnly = readOnly.attach(QSharedMemory::ReadOnly);
    result.insert(QStringLiteral("attached_read_only"), attachedReadOnly);
    result.insert(QStringLiteral("error_read_only"), errorName(readOnly.error()));
    if (attachedReadOnly)
        readOnly.detach();

#ifdef SHMCHAT_SQUATTER_SYSV
    // Below Qt: the segment's own permissions, whatever QSharedMemory's lock semaphore says.
    const key_t unixKey = key_t(sysvKey);
    if (sysvKey != -1) {
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
#else
    Q_UNUSED(sysvKey); // only System V has a key to try below Qt
#endif
    printLine(QJsonDocument(result).toJson(QJsonDocument::Compact));
    return Done;
}

int runSquat(qint64 sysvKey, const QString &mode, const QString &payloadRoom, const QString &forgedUser, int maxSeconds)
{
#ifndef SHMCHAT_SQUATTER_SYSV
    Q_UNUSED(sysvKey);
    Q_UNUSED(mode);
    Q_UNUSED(payloadRoom);
    Q_UNUSED(forgedUser);
    Q_UNUSED(maxSeconds);
    return fail(QStringLiteral("squat needs System V shared memory"));
#else
    bool ok = false;
    const uint permissions = mode.toUInt(&ok, 8);
    if (!ok || (permissions != 0600 && permissions != 0666))
        return fail(QStringLiteral("--mode takes 0600 or 0666"));
    const int id = ::shmget(key_t(sysvKey), Layout::SegmentSize, int(permissions) | IPC_CREAT | IPC_EXCL);
    if (id == -1)
        return fail(QStringLiteral("shmget: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    void *memory = ::shmat(id, nullptr, 0);
    if (memory == reinterpret_cast<void *>(-1)) {
        ::shmctl(id, IPC_RMID, nullptr);
        return fail(QStringLiteral("shmat: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    }
    if (!payloadRoom.isEmpty())
        writePayload(memory, payloadRoom, forgedUser);

    printLine("ready " + QByteArray::number(QCoreApplication::applicationPid()) + ' ' + QByteArray::number(id));
    // Stay attached: the victim must find the segment in use. The test kills us.
    const QDeadlineTimer deadline(qint64(maxSeconds) * 1000);
    while (!deadline.hasExpired())
        QThread::msleep(100);

    ::shmdt(memory);
    ::shmctl(id, IPC_RMID, nullptr);
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
    const QCommandLineOption keyOption(QStringLiteral("key"), QStringLiteral("Room's native key (probe)."), QStringLiteral("key"));
    const QCommandLineOption sysvKeyOption(QStringLiteral("sysv-key"), QStringLiteral("System V key (probe, squat)."), QStringLiteral("N"), QStringLiteral("-1"));
    const QCommandLineOption modeOption(QStringLiteral("mode"), QStringLiteral("squat: 0600 or 0666."), QStringLiteral("mode"), QStringLiteral("0600"));
    const QCommandLineOption payloadOption(QStringLiteral("payload"), QStringLiteral("squat: write a fake room R with one message."), QStringLiteral("R"));
    const QCommandLineOption forgeOption(QStringLiteral("forge-user"), QStringLiteral("squat: give the payload room the identity it would have for this user id."), QStringLiteral("uid"));
    const QCommandLineOption maxSecondsOption(QStringLiteral("max-seconds"), QStringLiteral("squat: give up after this long."), QStringLiteral("S"), QStringLiteral("120"));
    parser.addOptions({ roomOption, keyOption, sysvKeyOption, modeOption, payloadOption, forgeOption, maxSecondsOption });
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("key, probe or squat."));
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (command == QLatin1String("key")) {
        if (!parser.isSet(roomOption))
            return BadInput;
        return runKey(parser.value(roomOption));
    }
    const qint64 sysvKey = parser.value(sysvKeyOption).toLongLong();
    if (command == QLatin1String("probe"))
        return runProbe(parser.value(keyOption), sysvKey);
    if (command == QLatin1String("squat")) {
        bool ok = false;
        const int maxSeconds = parser.value(maxSecondsOption).toInt(&ok);
        if (!ok || maxSeconds < 1) {
            fail(QStringLiteral("--max-seconds takes a positive number"));
            return BadInput;
        }
        return runSquat(sysvKey, parser.value(modeOption), parser.value(payloadOption), parser.value(forgeOption), maxSeconds);
    }
    fail(QStringLiteral("unknown command \"%1\"").arg(command));
    return BadInput;
}
