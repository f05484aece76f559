// A second OS user for tests that play one (Unix, as root): created when missing, removed again
// at the end if we created it, and able to run our binaries (copies are made when the build
// folder is closed to it).
#pragma once

#include "shmchat_os.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QString>
#include <QtCore/QStringList>

#if defined(SHMCHAT_OS_UNIX)
#  include <sys/stat.h>
#  include <unistd.h>
#endif

namespace TestSupport {

class OtherUser
{
public:
    static constexpr char Name[] = "shmchat-other";

    // Empty when the user is ready; otherwise why it is not (the tests that need it skip).
    QString prepare(const QString &scratchFolder, QStringList *binaries)
    {
#if defined(SHMCHAT_OS_UNIX)
        if (::geteuid() != 0)
            return QStringLiteral("needs root to create a second user (%1) and run programs as it").arg(QLatin1String(Name));
        m_runuser = findSbin(QStringLiteral("runuser"));
        if (m_runuser.isEmpty())
            return QStringLiteral("runuser (util-linux) not found");
        const QString user = QLatin1String(Name);
        if (run(QStringLiteral("id"), { user }) != 0) {
            QByteArray output;
            const QString useradd = findSbin(QStringLiteral("useradd"));
            if (useradd.isEmpty()
                || run(useradd, { QStringLiteral("--system"), QStringLiteral("--no-create-home"), QStringLiteral("--shell"),
                                  QStringLiteral("/usr/sbin/nologin"), user }, &output) != 0) {
                return QStringLiteral("cannot create user %1: %2").arg(user, QString::fromLocal8Bit(output));
            }
            m_created = true;
        }
        QByteArray uid;
        if (run(QStringLiteral("id"), { QStringLiteral("-u"), user }, &uid) != 0 || uid.trimmed().toLongLong() <= 0)
            return QStringLiteral("no uid for %1").arg(user);
        m_uid = uid.trimmed().toLongLong();
        // Our binaries may sit in a folder the other user cannot enter: then it runs copies.
        bool copied = false;
        for (QString &binary : *binaries) {
            if (canRun(binary))
                continue;
            const QString bin = scratchFolder + QStringLiteral("/bin");
            QDir().mkpath(bin);
            ::chmod(QFile::encodeName(bin).constData(), 0755);
            const QString copy = bin + QLatin1Char('/') + QFileInfo(binary).fileName();
            QFile::remove(copy);
            if (!QFile::copy(binary, copy) || ::chmod(QFile::encodeName(copy).constData(), 0755) != 0)
                return QStringLiteral("cannot copy %1 for the other user").arg(binary);
            binary = copy;
            copied = true;
        }
        for (const QString &binary : std::as_const(*binaries)) {
            if (!canRun(binary))
                return QStringLiteral("%1 cannot run %2").arg(user, binary);
        }
        if (copied)
            qInfo("%s runs copies of our binaries from %s", Name, qPrintable(scratchFolder));
        return QString();
#else
        Q_UNUSED(scratchFolder);
        Q_UNUSED(binaries);
        return QStringLiteral("needs a Unix system with runuser");
#endif
    }

    // Removes the user if prepare() created it.
    void remove()
    {
        if (!m_created)
            return;
        const QString userdel = findSbin(QStringLiteral("userdel"));
        if (userdel.isEmpty() || run(userdel, { QLatin1String(Name) }) != 0)
            qWarning("could not remove user %s", Name);
        m_created = false;
    }

    qint64 uid() const { return m_uid; }

    // The command line that runs program as the other user.
    QStringList command(const QString &program, const QStringList &arguments) const
    {
        return QStringList{ m_runuser, QStringLiteral("-u"), QLatin1String(Name), QStringLiteral("--"), program } + arguments;
    }

    static int run(const QString &program, const QStringList &arguments, QByteArray *output = nullptr)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        if (!process.waitForFinished(20000)) {
            process.kill();
            process.waitForFinished(5000);
            return -1;
        }
        if (output)
            *output = process.readAll();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

private:
    static QString findSbin(const QString &name)
    {
        QString found = QStandardPaths::findExecutable(name);
        if (found.isEmpty()) {
            found = QStandardPaths::findExecutable(name, { QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                                                           QStringLiteral("/usr/bin"), QStringLiteral("/bin") });
        }
        return found;
    }

    bool canRun(const QString &binary) const
    {
        return run(m_runuser, { QStringLiteral("-u"), QLatin1String(Name), QStringLiteral("--"), QStringLiteral("test"),
                                QStringLiteral("-x"), binary }) == 0;
    }

    QString m_runuser;
    qint64 m_uid = -1;
    bool m_created = false;
};

} // namespace TestSupport
