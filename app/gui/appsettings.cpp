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

QString settingsKeyPart(const QString &text)
{
    return QString::fromLatin1(text.toUtf8().toPercentEncoding());
}

QString identityKey(const QString &nickname, const QString &what)
{
    return QStringLiteral("identity/") + settingsKeyPart(nickname) + QLatin1Char('/') + what;
}

QString draftKey(const QString &nickname, const QString &room)
{
    return identityKey(nickname, QStringLiteral("drafts/") + settingsKeyPart(room));
}
