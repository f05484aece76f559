#include "appsettings.h"

#include "ipcchannel.h"

namespace {

const auto NicknameKey = QStringLiteral("nickname");

} // namespace

QSettings appSettings()
{
    return QSettings(QStringLiteral("ShmChat"), QStringLiteral("shmchat"));
}

QString defaultNickname()
{
    const QStringList candidates = {
        appSettings().value(NicknameKey).toString(),
        qEnvironmentVariable("USER"),
        qEnvironmentVariable("USERNAME"),
    };
    for (const QString &candidate : candidates) {
        if (!candidate.isEmpty() && IpcChannel::checkNickname(candidate).isEmpty())
            return candidate;
    }
    return QStringLiteral("guest");
}

void rememberNickname(const QString &nickname)
{
    appSettings().setValue(NicknameKey, nickname);
}
