// shmchat-bridge --room R --server nats://HOST:PORT[,nats://...] [--credentials FILE]
//                [--tls-ca FILE] [--machine NAME]
// Joins room R on this machine to room R on every other machine whose bridge uses the same NATS
// cluster. Exit codes: 0 stopped by a signal, 2 bad input or could not start (reason on stderr).
#include "bridge.h"
#include "translations.h"
#include "ipcchannel.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QSysInfo>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace {
std::atomic<bool> g_stop{ false };

extern "C" void onSignal(int) { g_stop.store(true); }

class BridgeCli
{
    Q_DECLARE_TR_FUNCTIONS(BridgeCli)
};

int fail(const QString &text)
{
    const QByteArray line = "shmchat-bridge: " + text.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    return 2;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("shmchat-bridge"));
    ShmChat::installTranslation(QString());

    QCommandLineParser parser;
    parser.setApplicationDescription(BridgeCli::tr("Joins a ShmChat room on this machine to the same room on other "
                                                   "machines through a NATS JetStream cluster."));
    parser.addHelpOption();
    const QCommandLineOption room(QStringLiteral("room"), BridgeCli::tr("The room to join."), QStringLiteral("R"));
    const QCommandLineOption server(QStringLiteral("server"),
                                    BridgeCli::tr("NATS servers, comma-separated (nats://HOST:PORT or tls://HOST:PORT)."),
                                    QStringLiteral("URLS"));
    const QCommandLineOption credentials(QStringLiteral("credentials"),
                                         BridgeCli::tr("A file holding \"user:password\", a token, or a NATS .creds file."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption tlsCa(QStringLiteral("tls-ca"),
                                   BridgeCli::tr("Use TLS, trusting the certificate authority in FILE."), QStringLiteral("FILE"));
    const QCommandLineOption machine(QStringLiteral("machine"),
                                     BridgeCli::tr("This machine's name as other machines show it (default: the host name)."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption maxMessages(QStringLiteral("stream-max-messages"),
                                         BridgeCli::tr("How many messages the room's stream keeps, when the bridge creates it."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption replicas(QStringLiteral("replicas"),
                                      BridgeCli::tr("Copies of the room's stream in the cluster, when the bridge creates it."),
                                      QStringLiteral("N"), QStringLiteral("1"));
    parser.addOptions({ room, server, credentials, tlsCa, machine, maxMessages, replicas });
    parser.process(app);

    ShmChat::Bridge::Options options;
    options.room = parser.value(room);
    const QString roomProblem = IpcChannel::checkRoomName(options.room);
    if (!roomProblem.isEmpty())
        return fail(roomProblem);
    options.servers = parser.value(server).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (options.servers.isEmpty())
        return fail(BridgeCli::tr("--server is required (nats://HOST:PORT, several separated by commas)."));
    options.credentialsFile = parser.value(credentials);
    options.tlsCaFile = parser.value(tlsCa);
    options.machine = parser.isSet(machine) ? parser.value(machine) : QSysInfo::machineHostName();
    if (ShmChat::Wire::checkName(options.machine) != ShmChat::Wire::TextError::None
        || quint32(options.machine.toUtf8().size()) > ShmChat::Wire::MaxMachineBytes) {
        return fail(BridgeCli::tr("\"%1\" cannot be a machine name: at most %2 bytes, one line, visible characters "
                                  "(choose one with --machine).")
                        .arg(options.machine)
                        .arg(ShmChat::Wire::MaxMachineBytes));
    }
    bool ok = false;
    options.streamMaxMessages = parser.value(maxMessages).toLongLong(&ok);
    if (!ok || options.streamMaxMessages < 1)
        return fail(BridgeCli::tr("--stream-max-messages takes a whole number of 1 or more."));
    options.replicas = parser.value(replicas).toInt(&ok);
    if (!ok || options.replicas < 1 || options.replicas > 5)
        return fail(BridgeCli::tr("--replicas takes a number from 1 to 5."));

    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    for (int sig : { SIGINT, SIGTERM, SIGHUP })
        sigaction(sig, &action, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    int code = 0;
    {
        ShmChat::Bridge::Relay relay(options);
        code = relay.run(g_stop);
    }
    nats_Close();
    return code;
}
