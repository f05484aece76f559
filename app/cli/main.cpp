// shmchat-cli: talk to a room from a terminal or a script.
//
//   shmchat-cli send   --room R --name N [--to MEMBER] TEXT...
//   shmchat-cli send   --room R --name N --image FILE
//   shmchat-cli listen --room R [--name N] [--count K] [--timeout SECONDS] [--history]
//   shmchat-cli who    --room R
//   shmchat-cli rooms
//
// Exit codes: 0 done, 1 timed out or the message could not be delivered, 2 bad input or the room
// could not be joined. Reasons go to stderr; listen and who print JSON lines on stdout.
#include "consoleoutput.h"
#include "ipcchannel.h"
#include "outputwatcher.h"
#include "signalwatcher.h"
#include "translations.h"
#include "heaptuning.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QCryptographicHash>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTimer>

#include <cstdio>

namespace {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

enum ExitCode { Done = 0, Failed = 1, BadInput = 2 };

// False when the reader of our output is gone.
bool printLine(const QJsonObject &object)
{
    // Unbuffered: a reader on the other end of a pipe must see each line at once.
    return OutputWatcher::writeAll(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
}

void printError(const QString &text)
{
    const QByteArray line = QCoreApplication::applicationName().toUtf8() + ": " + text.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

// A command-line tool may wait: joining finishes here (it gives up by itself after a few
// seconds of transient obstacles), and the reason is printed when it fails.
bool joinRoom(IpcChannel *channel, const QString &room, const QString &name, IpcChannel::JoinFlags flags)
{
    if (channel->join(room, name, flags) && channel->waitForJoined(10000))
        return true;
    printError(channel->errorString());
    return false;
}

QString kindName(ChatMessage::Kind kind)
{
    switch (kind) {
    case ChatMessage::Kind::Text:
        return QStringLiteral("text");
    case ChatMessage::Kind::Join:
        return QStringLiteral("join");
    case ChatMessage::Kind::Leave:
        return QStringLiteral("leave");
    case ChatMessage::Kind::Rename:
        return QStringLiteral("rename");
    case ChatMessage::Kind::Picture:
        return QStringLiteral("picture");
    }
    return QString();
}

QString formatName(ChatMessage::PictureFormat format)
{
    switch (format) {
    case ChatMessage::PictureFormat::Png:
        return QStringLiteral("png");
    case ChatMessage::PictureFormat::Jpeg:
        return QStringLiteral("jpeg");
    case ChatMessage::PictureFormat::Gif:
        return QStringLiteral("gif");
    case ChatMessage::PictureFormat::None:
        break;
    }
    return QString();
}

// What a picture record declares, and what its bytes turned out to be once copied out of the
// room and verified: "available" with their SHA-256 (compare it with `sha256sum FILE`), or why
// not. The listener does not decode pictures.
QJsonObject pictureJson(const IpcChannel &channel, const ChatMessage &message)
{
    QJsonObject picture{
        { QStringLiteral("bytes"), qint64(message.picture.bytes) },
        { QStringLiteral("type"), formatName(message.picture.format) },
        { QStringLiteral("width"), qint64(message.picture.width) },
        { QStringLiteral("height"), qint64(message.picture.height) },
        { QStringLiteral("xxh3"), QString::number(message.picture.checksum, 16).rightJustified(8, QLatin1Char('0')) },
    };
    QByteArray bytes;
    switch (channel.pictureData(message, &bytes)) {
    case IpcChannel::PictureStatus::Available:
        picture.insert(QStringLiteral("status"), QStringLiteral("available"));
        picture.insert(QStringLiteral("sha256"),
                       QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        break;
    case IpcChannel::PictureStatus::NoLongerAvailable:
        picture.insert(QStringLiteral("status"), QStringLiteral("gone"));
        break;
    case IpcChannel::PictureStatus::Damaged:
        picture.insert(QStringLiteral("status"), QStringLiteral("damaged"));
        break;
    }
    return picture;
}

QJsonObject toJson(const IpcChannel &channel, const ChatMessage &message)
{
    QJsonObject object{
        { QStringLiteral("seq"), qint64(message.seq) },
        { QStringLiteral("kind"), kindName(message.kind) },
        { QStringLiteral("from"), message.sender },
        { QStringLiteral("from_id"), qint64(message.senderId) },
        { QStringLiteral("text"), message.text },
        { QStringLiteral("time"), message.time.toString(Qt::ISODateWithMs) },
    };
    if (message.history)
        object.insert(QStringLiteral("history"), true);
    if (message.timedOut)
        object.insert(QStringLiteral("timed_out"), true);
    if (message.isDirect()) {
        object.insert(QStringLiteral("direct"), true);
        object.insert(QStringLiteral("to_id"), qint64(message.directTo));
    }
    if (message.kind == ChatMessage::Kind::Picture)
        object.insert(QStringLiteral("picture"), pictureJson(channel, message));
    if (!message.machine.isEmpty())
        object.insert(QStringLiteral("machine"), message.machine);
    return object;
}

struct Options
{
    QString command;
    QString room;
    QString name;
    QString text;
    QString to; // send: a direct message to this member
    QString image;
    qint64 count = -1;
    double timeoutSeconds = -1;
    bool history = false;
    int pollInterval = IpcChannel::DefaultPollInterval;
};

int runSend(const Options &options)
{
    // Refuse bad input before touching the room at all.
    QByteArray picture;
    if (!options.image.isEmpty()) {
        QFile file(options.image);
        // Read at most one byte more than may be sent: enough to refuse a larger file.
        if (!file.open(QIODevice::ReadOnly)) {
            printError(Cli::tr("cannot read %1: %2").arg(options.image, file.errorString()));
            return BadInput;
        }
        picture = file.read(qint64(IpcChannel::MaxPictureBytes) + 1);
        if (file.error() != QFileDevice::NoError) {
            printError(Cli::tr("cannot read %1: %2").arg(options.image, file.errorString()));
            return BadInput;
        }
    }
    const QString problem = !options.image.isEmpty() ? IpcChannel::checkPicture(picture)
        : options.to.isEmpty()                      ? IpcChannel::checkMessage(options.text)
                                                    : IpcChannel::checkDirectMessage(options.text);
    if (!problem.isEmpty()) {
        printError(problem);
        return BadInput;
    }
    IpcChannel channel;
    if (!joinRoom(&channel, options.room, options.name, IpcChannel::Observer | IpcChannel::SkipHistory))
        return BadInput;
    int exitCode = Failed;
    QObject::connect(&channel, &IpcChannel::messageSent, qApp, [&] {
        exitCode = Done;
        QCoreApplication::quit();
    });
    QObject::connect(&channel, &IpcChannel::sendFailed, qApp, [&](const QString &, const QString &reason) {
        printError(reason);
        exitCode = Failed;
        QCoreApplication::quit();
    });
    quint32 to = 0;
    if (!options.to.isEmpty()) {
        // The name as written; else the one member whose name differs only in case.
        const QList<ChatMember> members = channel.members();
        QList<quint32> alike;
        for (const ChatMember &member : members) {
            if (member.name == options.to)
                to = member.id;
            else if (member.name.compare(options.to, Qt::CaseInsensitive) == 0)
                alike.append(member.id);
        }
        if (to == 0 && alike.size() == 1)
            to = alike.constFirst();
        if (to == 0) {
            printError(Cli::tr("nobody called \"%1\" is in room \"%2\" (see who).").arg(options.to, options.room));
            return Failed;
        }
    }
    const bool accepted = !options.image.isEmpty() ? channel.sendPicture(picture, QFileInfo(options.image).fileName())
        : to != 0                                    ? channel.sendDirectMessage(to, options.text)
                                                     : channel.sendMessage(options.text);
    if (!accepted) {
        printError(channel.errorString());
        return BadInput;
    }
    if (exitCode == Done) // written at once, the common case
        return Done;
    QCoreApplication::exec();
    return exitCode;
}

int runListen(const Options &options)
{
    IpcChannel channel;
    channel.setPollInterval(options.pollInterval);
    qint64 received = 0;
    int exitCode = Done;
    bool finished = false;
    // Whatever ends the listener, it leaves the room the same way: from the event loop, after
    // exec() returns. Messages of a poll already under way are not printed after that.
    const auto finish = [&](int code) {
        if (finished)
            return;
        finished = true;
        exitCode = code;
        QCoreApplication::quit();
    };
    const auto print = [&](const QJsonObject &object) {
        if (!finished && !printLine(object))
            finish(Done); // nobody reads us any more (`listen | head -1`)
    };
    const auto countReached = [&] {
        if (options.count >= 0 && received >= options.count)
            finish(Done);
    };
    QObject::connect(&channel, &IpcChannel::messageReceived, qApp, [&](const ChatMessage &message) {
        print(toJson(channel, message));
        if (message.kind == ChatMessage::Kind::Text || message.kind == ChatMessage::Kind::Picture)
            ++received;
        countReached();
    });
    QObject::connect(&channel, &IpcChannel::messagesMissed, qApp, [&](quint64 count) {
        print(QJsonObject{
            { QStringLiteral("kind"), QStringLiteral("missed") },
            { QStringLiteral("count"), qint64(count) },
            { QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
        });
        received += qint64(count);
        countReached();
    });
    QObject::connect(&channel, &IpcChannel::errorOccurred, qApp, &printError);

    // Any signal that would end the process, and a closed output pipe, end it cleanly instead.
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, qApp, [&] { finish(Done); });
    OutputWatcher output;
    QObject::connect(&output, &OutputWatcher::outputClosed, qApp, [&] { finish(Done); });
    QTimer timeout;
    if (options.timeoutSeconds >= 0) {
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, qApp, [&] {
            printError(Cli::tr("timed out after %1 s with %2 messages").arg(options.timeoutSeconds).arg(received));
            finish(Failed);
        });
        timeout.start(int(options.timeoutSeconds * 1000));
    }

    IpcChannel::JoinFlags flags = options.history ? IpcChannel::NoJoinFlags : IpcChannel::SkipHistory;
    QString name = options.name;
    if (name.isEmpty()) {
        flags |= IpcChannel::Observer;
        name = QStringLiteral("listener");
    }
    if (!joinRoom(&channel, options.room, name, flags))
        return BadInput;
    if (options.count == 0)
        return Done;
    QCoreApplication::exec();
    channel.leave(); // before the process ends, so that the room sees us go
    return exitCode;
}

int runWho(const Options &options)
{
    IpcChannel channel;
    if (!joinRoom(&channel, options.room, QStringLiteral("who"), IpcChannel::Observer | IpcChannel::SkipHistory))
        return BadInput;
    const QList<ChatMember> members = channel.members();
    for (const ChatMember &member : members) {
        QJsonObject object{
            { QStringLiteral("id"), qint64(member.id) },
            { QStringLiteral("name"), member.name },
        };
        if (!member.machine.isEmpty())
            object.insert(QStringLiteral("machine"), member.machine);
        printLine(object);
    }
    return Done;
}

int runRooms()
{
    bool available = false;
    const QList<ChatRoom> rooms = IpcChannel::rooms(&available);
    if (!available) {
        printError(Cli::tr("this system offers no list of rooms."));
        return Failed;
    }
    for (const ChatRoom &room : rooms) {
        printLine(QJsonObject{
            { QStringLiteral("room"), room.name },
            { QStringLiteral("members"), room.memberCount },
        });
    }
    return Done;
}

} // namespace

int main(int argc, char *argv[])
{
    ShmChat::keepFreedHeap();
    useUtf8ConsoleOutput(); // JSON lines and messages are UTF-8
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("shmchat-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHMCHAT_VERSION));
    ShmChat::installTranslation(qEnvironmentVariable("SHMCHAT_LANG"));

    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Talk to a ShmChat room from a terminal.\n\n"
                                             "Commands:\n"
                                             "  send --room R --name N TEXT...   post one message\n"
                                             "  send ... --to MEMBER TEXT...     post it to that member alone\n"
                                             "  send --room R --name N --image FILE   post one picture (PNG, JPEG, GIF)\n"
                                             "  listen --room R [--name N]       print messages as JSON lines\n"
                                             "  who --room R                     print the members as JSON lines\n"
                                             "  rooms                            print your rooms with members now, as JSON lines"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption roomOption(QStringLiteral("room"), Cli::tr("The room to use."), Cli::tr("name"));
    const QCommandLineOption nameOption(QStringLiteral("name"), Cli::tr("Your nickname (listen: join as a member under this name)."), Cli::tr("nickname"));
    const QCommandLineOption imageOption(QStringLiteral("image"), Cli::tr("send: post this picture file (PNG, JPEG or GIF) instead of text."), Cli::tr("file"));
    const QCommandLineOption countOption(QStringLiteral("count"), Cli::tr("listen: exit 0 after this many text messages and pictures (received or reported missed)."), Cli::tr("K"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"), Cli::tr("listen: exit 1 if the count is not reached after this many seconds."), Cli::tr("seconds"));
    const QCommandLineOption toOption(QStringLiteral("to"), Cli::tr("send: a direct message to this member alone (not secret: any program of your user can read the room)."), Cli::tr("nickname"));
    const QCommandLineOption historyOption(QStringLiteral("history"), Cli::tr("listen: print the room's recent history first."));
    const QCommandLineOption pollOption(QStringLiteral("poll-interval"), Cli::tr("listen: poll every this many milliseconds (default %1).").arg(IpcChannel::DefaultPollInterval), Cli::tr("ms"));
    parser.addOptions({ roomOption, nameOption, toOption, imageOption, countOption, timeoutOption, historyOption, pollOption });
    parser.addPositionalArgument(QStringLiteral("command"), Cli::tr("send, listen, who or rooms."));
    parser.addPositionalArgument(QStringLiteral("text"), Cli::tr("send: the message."), Cli::tr("[TEXT...]"));
    parser.process(app);

    QStringList positional = parser.positionalArguments();
    Options options;
    options.command = positional.isEmpty() ? QString() : positional.takeFirst();
    options.room = parser.value(roomOption);
    options.name = parser.value(nameOption);
    options.to = parser.value(toOption);
    options.text = positional.join(QLatin1Char(' '));
    options.history = parser.isSet(historyOption);
    options.image = parser.value(imageOption);

    bool ok = true;
    if (parser.isSet(countOption)) {
        options.count = parser.value(countOption).toLongLong(&ok);
        if (!ok || options.count < 0) {
            printError(Cli::tr("--count takes a whole number of 0 or more."));
            return BadInput;
        }
    }
    if (parser.isSet(timeoutOption)) {
        options.timeoutSeconds = parser.value(timeoutOption).toDouble(&ok);
        if (!ok || options.timeoutSeconds < 0 || options.timeoutSeconds > 86400) {
            printError(Cli::tr("--timeout takes a number of seconds between 0 and 86400."));
            return BadInput;
        }
    }
    if (parser.isSet(pollOption)) {
        options.pollInterval = parser.value(pollOption).toInt(&ok);
        if (!ok || options.pollInterval < 1 || options.pollInterval > 1000) {
            printError(Cli::tr("--poll-interval takes a number of milliseconds from 1 to 1000."));
            return BadInput;
        }
    }
    if (options.command == QLatin1String("rooms")) {
        if (!positional.isEmpty() || parser.isSet(roomOption) || parser.isSet(nameOption)) {
            printError(Cli::tr("rooms takes no room, name or text."));
            return BadInput;
        }
        return runRooms();
    }
    if (options.room.isEmpty()) {
        printError(Cli::tr("--room is required."));
        return BadInput;
    }

    if (options.command == QLatin1String("send")) {
        if (options.name.isEmpty()) {
            printError(Cli::tr("send needs --name."));
            return BadInput;
        }
        if (parser.isSet(imageOption)) {
            if (options.image.isEmpty()) {
                printError(Cli::tr("--image needs a file name."));
                return BadInput;
            }
            if (!positional.isEmpty()) {
                printError(Cli::tr("send --image takes no message text."));
                return BadInput;
            }
            if (!options.to.isEmpty()) {
                // A picture travels to the whole room; sending it "to" one member would mislead.
                printError(Cli::tr("--to cannot be used with --image: pictures go to the whole room."));
                return BadInput;
            }
            return runSend(options);
        }
        if (positional.isEmpty()) {
            printError(Cli::tr("send needs the message text."));
            return BadInput;
        }
        return runSend(options);
    }
    if (!options.to.isEmpty()) {
        printError(Cli::tr("--to belongs to send."));
        return BadInput;
    }
    if (!positional.isEmpty()) {
        printError(Cli::tr("unexpected arguments: %1").arg(positional.join(QLatin1Char(' '))));
        return BadInput;
    }
    if (options.command == QLatin1String("listen"))
        return runListen(options);
    if (options.command == QLatin1String("who"))
        return runWho(options);
    printError(Cli::tr("unknown command \"%1\"; use send, listen, who or rooms (see --help).").arg(options.command));
    return BadInput;
}
