// Nothing is left behind (System V on Linux, read from /proc/sysvipc): 200 listeners killed with
// SIGKILL leave a bounded set of kernel objects, not one per kill, and each newcomer finds the
// room they left and resets it; listeners that leave normally leave no segment, no semaphore
// and no key folder. The temp folder is never used at all.
#include "processtest.h"
#include "roomsegment_p.h"
#include "sysvtest.h"

#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace TestSupport;

class tst_Leftovers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void killedListenersLeaveBoundedLeftovers();
    void listenersLeavingNormallyLeaveNothing();

private:
    QProcess *startListener(const QString &name);

    QString m_room;
    ProcessGroup m_processes;
    QTemporaryDir m_tempDir; // our TMPDIR, and that of every process we start: it must stay empty
};

#ifdef SHMCHAT_TEST_SYSV // used only where the tests below can count System V objects
namespace {
bool waitForOwnJoin(QProcess *listener, const QString &name, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (waitForLine(listener, QProcess::StandardOutput, int(qMax<qint64>(1, deadline.remainingTime())))) {
        const QJsonObject line = QJsonDocument::fromJson(listener->readLine()).object();
        if (line.value(QStringLiteral("kind")).toString() == QLatin1String("join")
            && line.value(QStringLiteral("from")).toString() == name) {
            return true;
        }
    }
    return false;
}
} // namespace
#endif

void tst_Leftovers::initTestCase()
{
    QVERIFY(m_tempDir.isValid());
    qputenv("TMPDIR", QFile::encodeName(m_tempDir.path()));
    qputenv("SHMCHAT_LANG", "en");
}

void tst_Leftovers::init()
{
    m_room = uniqueRoom("lo");
}

void tst_Leftovers::cleanup()
{
    m_processes.killAll();
    ShmChat::RoomSegment::removeIfUnused(m_room);
    // Qt's legacy key files would land here; ShmChat's keys are elsewhere.
    QVERIFY2(QDir(m_tempDir.path()).isEmpty(), qPrintable(QDir(m_tempDir.path()).entryList().join(QLatin1Char(' '))));
}

QProcess *tst_Leftovers::startListener(const QString &name)
{
    return m_processes.start(QStringLiteral(SHMCHAT_CLI), { QStringLiteral("listen"), QStringLiteral("--room"), m_room,
                                                            QStringLiteral("--name"), name });
}

void tst_Leftovers::killedListenersLeaveBoundedLeftovers()
{
#ifndef SHMCHAT_TEST_SYSV
    QSKIP("counts System V objects in /proc/sysvipc (Linux)");
#else
    constexpr int Cycles = 200;
    int recovered = 0;
    qint64 key = -1;
    QStringList growth;
    QElapsedTimer timer;
    timer.start();
    for (int cycle = 1; cycle <= Cycles; ++cycle) {
        const QString name = QStringLiteral("n%1").arg(cycle);
        QProcess *listener = startListener(name);
        const bool joined = waitForOwnJoin(listener, name, 5000);
        listener->kill(); // SIGKILL: no chance to leave
        QVERIFY(listener->waitForFinished(5000));
        const QByteArray err = listener->readAllStandardError();
        QVERIFY2(joined, qPrintable(QStringLiteral("cycle %1: no join line; stderr: %2").arg(cycle).arg(QString::fromUtf8(err))));
        if (err.contains("did not exit cleanly"))
            ++recovered;
        if (cycle == 1)
            key = sysvKeyOf(m_room);
        // The key folder stays while the room does: the key never changes, so nothing piles up.
        QCOMPARE(sysvKeyOf(m_room), key);
        m_processes.killAll(); // the QProcess objects are done with; keep memory flat
        if (cycle == 1 || cycle % 50 == 0) {
            const RoomObjects now = objectsAt(key);
            growth << QStringLiteral("%1: %2 segment(s), %3 semaphore(s)").arg(cycle).arg(now.segments.size()).arg(now.semaphores.size());
        }
    }
    const RoomObjects after = objectsAt(key);
    qInfo("%d SIGKILL cycles in %lld ms; %d newcomers reported the stale room", Cycles, timer.elapsed(), recovered);
    qInfo("after cycle %s", qPrintable(growth.join(QStringLiteral("; "))));
    // Each newcomer found the room the killed one left, reset it, and said so once.
    QCOMPARE(recovered, Cycles - 1);
    // One segment (the room, nobody attached); Qt 6.6+ keeps one semaphore at the same key.
    QCOMPARE(after.segments.size(), qsizetype(1));
    QCOMPARE(after.segments.first().nattch, qint64(0));
    QVERIFY2(after.semaphores.size() <= (QT_VERSION >= QT_VERSION_CHECK(6, 6, 0) ? 1 : 0),
             qPrintable(describe(after.semaphores)));
#endif
}

void tst_Leftovers::listenersLeavingNormallyLeaveNothing()
{
#ifndef SHMCHAT_TEST_SYSV
    QSKIP("counts System V objects in /proc/sysvipc (Linux)");
#else
    // As after the cycles above: a room left behind by killed listeners...
    for (int cycle = 1; cycle <= 5; ++cycle) {
        const QString name = QStringLiteral("k%1").arg(cycle);
        QProcess *listener = startListener(name);
        QVERIFY(waitForOwnJoin(listener, name, 5000));
        listener->kill();
        QVERIFY(listener->waitForFinished(5000));
    }
    const qint64 key = sysvKeyOf(m_room);
    QCOMPARE(objectsAt(key).segments.size(), qsizetype(1));

    // ...then three listeners that leave normally (SIGTERM, which the CLI handles).
    QList<QProcess *> listeners;
    for (const QString &name : { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }) {
        listeners << startListener(name);
        QVERIFY(waitForOwnJoin(listeners.last(), name, 5000));
    }
    QCOMPARE(objectsAt(key).segments.size(), qsizetype(1));
    QCOMPARE(objectsAt(key).segments.first().nattch, qint64(3));
    for (QProcess *listener : std::as_const(listeners))
        listener->terminate();
    for (QProcess *listener : std::as_const(listeners)) {
        QVERIFY(listener->waitForFinished(5000));
        QCOMPARE(listener->exitStatus(), QProcess::NormalExit);
        QCOMPARE(listener->exitCode(), 0);
    }
    // The room's segment, Qt's semaphore (6.6+) and the key folder are gone.
    const RoomObjects after = objectsAt(key);
    QVERIFY2(after.segments.isEmpty(), qPrintable(describe(after.segments)));
    QVERIFY2(after.semaphores.isEmpty(), qPrintable(describe(after.semaphores)));
    QVERIFY2(!QFileInfo::exists(keyFolderOf(m_room)), qPrintable(keyFolderOf(m_room)));
#endif
}

QTEST_GUILESS_MAIN(tst_Leftovers)
#include "tst_leftovers.moc"
