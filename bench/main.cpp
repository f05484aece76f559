// shmchat-bench: throughput, latency, idle cost and flood behaviour of ShmChat's shared-memory
// path (IpcChannel::sendMessage in one process to messageReceived in another), next to a
// QLocalSocket baseline doing the same job. The same executable is every process of a run:
// the parent re-executes itself with a hidden --role for each reader, writer and relay.
#include "roles.h"
#include "runner.h"
#include "translations.h"
#include "heaptuning.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#ifdef SHMCHAT_BENCH_HAVE_GUI
#  include <QtWidgets/QApplication>
#endif

#include <memory>

using namespace Qt::StringLiterals;

namespace {

class BenchCli
{
    Q_DECLARE_TR_FUNCTIONS(BenchCli)
};

QCommandLineOption hidden(const QString &name, const QString &valueName = QString())
{
    QCommandLineOption option(name, QString(), valueName);
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

} // namespace

int main(int argc, char *argv[])
{
    // Every role, ShmChat's and QLocalSocket's alike, as the programs themselves run.
    ShmChat::keepFreedHeap();
    // Only the role that drives a chat window needs a GUI application (offscreen unless the
    // caller chose a platform): everything else stays a QCoreApplication.
    bool windowRole = false;
    for (int i = 1; i + 1 < argc; ++i)
        windowRole = windowRole || (qstrcmp(argv[i], "--role") == 0 && qstrcmp(argv[i + 1], "window-reader") == 0);
    std::unique_ptr<QCoreApplication> app;
#ifdef SHMCHAT_BENCH_HAVE_GUI
    if (windowRole) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    }
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(u"shmchat-bench"_s);
    // The help text is translated; the measurements stay in English.
    ShmChat::installTranslation(qEnvironmentVariable("SHMCHAT_LANG"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        BenchCli::tr("Measures ShmChat's shared-memory transport against QLocalSocket: throughput "
                  "without loss (1 to 1 and 1 to 8 readers), one-way latency per poll interval, "
                  "CPU use of an idle member, and event-loop stalls of the chat window and of a bare reader under a flood. "
                  "Targets are reported, never asserted."));
    parser.addHelpOption();
    const QCommandLineOption quick(u"quick"_s, BenchCli::tr("Shorter runs; finishes in under a minute."));
    const QCommandLineOption json(u"json"_s, BenchCli::tr("Print one JSON object per result line instead of a table."));
    const QCommandLineOption only(u"only"_s,
                                  BenchCli::tr("Run only these scenarios (comma-separated): throughput, latency, idle, flood, costs, picture."),
                                  BenchCli::tr("list"));
    const QCommandLineOption jsonFile(u"json-file"_s,
                                      BenchCli::tr("Also write the JSON lines to this file, so one run gives both forms."),
                                      BenchCli::tr("path"));
    parser.addOption(quick);
    parser.addOption(jsonFile);
    parser.addOption(json);
    parser.addOption(only);

    // The children's options: internal, so kept out of --help.
    const QCommandLineOption role = hidden(u"role"_s, u"role"_s);
    const QCommandLineOption name = hidden(u"name"_s, u"name"_s);
    const QCommandLineOption connectTo = hidden(u"connect"_s, u"name"_s);
    const QCommandLineOption bytes = hidden(u"bytes"_s, u"n"_s);
    const QCommandLineOption rate = hidden(u"rate"_s, u"n"_s);
    const QCommandLineOption duration = hidden(u"duration-ms"_s, u"n"_s);
    const QCommandLineOption count = hidden(u"count"_s, u"n"_s);
    const QCommandLineOption gap = hidden(u"gap-us"_s, u"n"_s);
    const QCommandLineOption poll = hidden(u"poll-ms"_s, u"n"_s);
    const QCommandLineOption pump = hidden(u"pump-ms"_s, u"n"_s);
    const QCommandLineOption readers = hidden(u"readers"_s, u"n"_s);
    const QCommandLineOption idle = hidden(u"idle-ms"_s, u"n"_s);
    const QCommandLineOption deadline = hidden(u"deadline-ms"_s, u"n"_s);
    const QCommandLineOption samples = hidden(u"samples"_s);
    const QCommandLineOption stall = hidden(u"stall-timer"_s);
    const QCommandLineOption background = hidden(u"background"_s);
    for (const QCommandLineOption &option : { role, name, connectTo, bytes, rate, duration, count, gap, poll, pump,
                                              readers, idle, deadline, samples, stall, background })
        parser.addOption(option);
    parser.process(*app);

    if (parser.isSet(role)) {
        Bench::RoleOptions o;
        o.role = parser.value(role);
        o.name = parser.value(name);
        o.connectTo = parser.value(connectTo);
        // Above a message's limit, a ShmChat writer sends pictures of that size (the picture scenario).
        o.msgBytes = qBound(16, parser.value(bytes).toInt(), 4 * 1024 * 1024);
        if (!parser.isSet(bytes))
            o.msgBytes = 128;
        o.rate = parser.value(rate).toDouble();
        o.durationMs = parser.value(duration).toInt();
        o.count = parser.value(count).toLongLong();
        o.gapUs = parser.value(gap).toInt();
        o.pollMs = parser.value(poll).toInt();
        if (parser.isSet(pump))
            o.pumpMs = qMax(0, parser.value(pump).toInt());
        o.readers = parser.value(readers).toInt();
        o.idleMs = parser.value(idle).toInt();
        if (parser.isSet(deadline))
            o.deadlineMs = qMax(1000, parser.value(deadline).toInt());
        o.samples = parser.isSet(samples);
        o.stallTimer = parser.isSet(stall);
        o.background = parser.isSet(background);
        return Bench::runRole(o);
    }

    Bench::RunnerOptions o;
    o.quick = parser.isSet(quick);
    o.json = parser.isSet(json);
    o.jsonFile = parser.value(jsonFile);
    for (const QString &item : parser.value(only).split(u',', Qt::SkipEmptyParts))
        o.only << item.trimmed();
    return Bench::runBenchmarks(o);
}
