#include "roles_p.h"

#include "benchcommon.h"

#include "ipcchannel.h"

#include <QtCore/QCoreApplication>
#include <QtNetwork/QLocalSocket>

using namespace Qt::StringLiterals;

namespace Bench {

bool joinRoom(IpcChannel &channel, const RoleOptions &o, const QString &nickPrefix, Membership membership)
{
    if (o.pollMs > 0)
        channel.setPollInterval(o.pollMs);
    const QString nick = nickPrefix + QString::number(QCoreApplication::applicationPid());
    const bool joining = membership == Membership::Observer
        ? channel.join(o.name, nick, IpcChannel::Observer | IpcChannel::SkipHistory)
        : channel.join(o.name, nick);
    if (!joining || !channel.waitForJoined(10000)) {
        complain(channel.errorString());
        return false;
    }
    return true;
}

bool connectSocket(QLocalSocket &socket, const RoleOptions &o)
{
    socket.connectToServer(o.connectTo);
    if (!socket.waitForConnected(3000)) {
        complain(socket.errorString());
        return false;
    }
    return true;
}

int runRole(const RoleOptions &options)
{
    dieWithParent();
    struct Entry
    {
        QLatin1StringView name;
        int (*run)(const RoleOptions &);
    };
    static constexpr Entry entries[] = {
        { "shm-reader"_L1, shmReader },
#ifdef SHMCHAT_BENCH_HAVE_GUI
        { "window-reader"_L1, windowReader },
#endif
        { "shm-writer"_L1, shmWriter },
        { "sock-reader"_L1, sockReader },
        { "sock-writer"_L1, sockWriter },
        { "sock-relay"_L1, sockRelay },
        { "shm-idle"_L1, shmIdle },
        { "sock-idle"_L1, sockIdle },
    };
    for (const Entry &entry : entries) {
        if (options.role == entry.name)
            return entry.run(options);
    }
    complain(u"unknown role "_s + options.role);
    return 2;
}

} // namespace Bench
