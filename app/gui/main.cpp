// shmchat: the chat window.
#include "appsettings.h"
#include "chatwindow.h"
#include "languagemenu.h"
#include "windowplacement.h"
#include "shmchat_os.h"
#include "signalwatcher.h"
#include "heaptuning.h"

#include <QtCore/QCommandLineParser>
#include <QtWidgets/QApplication>

#include <cstdio>
#include <memory>

namespace {

class Gui
{
    Q_DECLARE_TR_FUNCTIONS(Gui)
};

int fail(const QString &message)
{
    const QByteArray line = QCoreApplication::applicationName().toUtf8() + ": " + message.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    ShmChat::keepFreedHeap();
    // The xcb platform plugin takes "--name" (its window-manager instance name) out of argv while
    // QApplication is constructed, so the command line is kept as it was given.
    QStringList givenArguments;
#if !defined(SHMCHAT_OS_WIN)
    for (int i = 0; i < argc; ++i)
        givenArguments.append(QString::fromLocal8Bit(argv[i]));
#endif

    QApplication app(argc, argv);
#if defined(SHMCHAT_OS_WIN)
    // argv went through the ANSI code page, where a name outside it is "?"; Qt reads the wide
    // command line (GetCommandLineW), and the Windows plugin takes nothing out of it.
    givenArguments = QCoreApplication::arguments();
#endif
    QCoreApplication::setOrganizationName(QStringLiteral("ShmChat"));
    QCoreApplication::setApplicationName(QStringLiteral("shmchat"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHMCHAT_VERSION));

    const QCommandLineOption langOption(QStringLiteral("lang"), QString(), QStringLiteral("code"));
    {
        // The language must be known before the help text is worded; unknown options are
        // reported by the real parse below.
        QCommandLineParser early;
        early.addOption(langOption);
        early.parse(givenArguments);
        LanguageMenu::applyLanguage(early.value(langOption));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(Gui::tr("Chat with other ShmChat windows on this computer."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption nameOption(QStringLiteral("name"), Gui::tr("Your nickname (default: the last one you chose, else your user name)."), Gui::tr("nickname"));
    const QCommandLineOption roomOption(QStringLiteral("room"), Gui::tr("The room to join (default: the last one this nickname was in, else %1).").arg(QStringLiteral("lobby")), Gui::tr("name"));
    const QCommandLineOption langOptionDescribed(QStringLiteral("lang"), Gui::tr("The language of the user interface, such as de or ja (default: the system's)."), Gui::tr("code"));
    const QCommandLineOption pollOption(QStringLiteral("poll-interval"), Gui::tr("Look for new messages every this many milliseconds (default %1).").arg(IpcChannel::DefaultPollInterval), Gui::tr("ms"));
    const QCommandLineOption tileOption(QStringLiteral("tile"), Gui::tr("Place the window in column I of N side by side, e.g. 2/3."), Gui::tr("I/N"));
    parser.addOptions({ nameOption, roomOption, langOptionDescribed, pollOption, tileOption });
    parser.process(app);

    // Help, version and unknown options were handled above; only --name needs the original list.
    QCommandLineParser nameParser;
    nameParser.addOption(nameOption);
    nameParser.parse(givenArguments);

    ChatWindow::Options options;
    options.room = parser.value(roomOption); // empty: the identity's last room
    options.nickname = nameParser.value(nameOption);
    if (nameParser.isSet(nameOption)) {
        const QString problem = IpcChannel::checkNickname(options.nickname);
        if (!problem.isEmpty())
            return fail(problem);
    }
    const QString roomProblem = parser.isSet(roomOption) ? IpcChannel::checkRoomName(options.room) : QString();
    if (!roomProblem.isEmpty())
        return fail(roomProblem);
    if (options.nickname.isEmpty())
        options.nickname = defaultNickname();
    // Without --lang, the language this nickname's window had last time.
    if (!parser.isSet(langOptionDescribed)) {
        const QString remembered =
            appSettings().value(identityKey(options.nickname, QStringLiteral("language"))).toString();
        if (!remembered.isEmpty())
            LanguageMenu::applyLanguage(remembered);
    }
    // Made here rather than by the window, which works with whichever channel it is handed (the
    // tests hand it their own).
    auto channel = std::make_unique<IpcChannel>();
    if (parser.isSet(pollOption)) {
        bool ok = false;
        const int pollInterval = parser.value(pollOption).toInt(&ok);
        if (!ok || pollInterval < 1 || pollInterval > 1000)
            return fail(Gui::tr("--poll-interval takes a number of milliseconds from 1 to 1000."));
        channel->setPollInterval(pollInterval);
    }

    ChatWindow window(std::move(channel), options);
    SignalWatcher watcher;
    // Closing, not exiting: the window saves its geometry and the channel announces the leave.
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &app, [] {
        QApplication::closeAllWindows();
        QCoreApplication::quit();
    });
    if (parser.isSet(tileOption)) {
        const QStringList tile = parser.value(tileOption).split(QLatin1Char('/'));
        const int column = tile.value(0).toInt();
        const int columns = tile.value(1).toInt();
        if (tile.size() != 2 || column < 1 || column > columns || columns > 16)
            return fail(Gui::tr("--tile takes a column and a count, such as 2/3."));
        WindowPlacement::tile(&window, column - 1, columns);
    }
    window.show();
    return QApplication::exec();
}
