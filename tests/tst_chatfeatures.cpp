// Issue 10, the window's part: pathological text, bidi isolation, mentions, search, reading aids,
// what the window remembers, notifications, accessibility and the annoyances.
#include "announcer.h"
#include "appsettings.h"
#include "chattext.h"
#include "chatwindow.h"
#include "composeredit.h"
#include "languagemenu.h"
#include "messagedelegate.h"
#include "messagemodel.h"
#include "notifier.h"
#include "remaininglabel.h"
#include "searchbar.h"
#include "windowtest.h"

#include <QtCore/QStandardPaths>
#include <QtGui/QTextLayout>
#include <QtGui/QAccessible>
#include <QtGui/QClipboard>
#include <QtGui/QDesktopServices>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenu>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QSystemTrayIcon>
#include <QtWidgets/QToolButton>

#include <memory>

namespace {

using namespace WindowTest;

int findKind(const MessageModel *model, MessageModel::EntryKind kind)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row).data(MessageModel::KindRole).value<MessageModel::EntryKind>() == kind)
            return row;
    }
    return -1;
}

void say(ChatWindow *window, const QString &text)
{
    window->composer()->setPlainText(text);
    QVERIFY(window->sendComposerText());
}

// One grapheme cluster of about `bytes` bytes of UTF-8: emoji joined by ZWJ, varied by `seed`
// so that no two are alike (the delegate remembers heights per text).
QString zwjCluster(int seed, int bytes)
{
    static const char32_t people[] = { 0x1F468, 0x1F469, 0x1F467, 0x1F466, 0x1F9D1 };
    QString text;
    int used = 0;
    for (int i = 0; used + 7 + 8 <= bytes; ++i) {
        const char32_t person = people[(seed + i * (seed % 3 + 1)) % 5];
        text += QString::fromUcs4(&person, 1);
        text += QChar(0x200D);
        used += 7;
    }
    text.chop(1);
    // Unique, so that no height is remembered from another message.
    return text + QStringLiteral(" %1").arg(seed);
}

QStringList accessibleEvents;
QObject *watchedAnnouncer = nullptr;

void recordAccessibleEvent(QAccessibleEvent *event)
{
    if (event->object() != watchedAnnouncer)
        return;
    accessibleEvents << QStringLiteral("%1:%2").arg(int(event->type())).arg(watchedAnnouncer->property("accessibleName").toString());
}

} // namespace

class TestChatFeatures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void pathologicalClustersDoNotFreeze();
    void longClustersCutForDisplayOnly();
    void peerTextIsIsolated();
    void tabCompletesMemberNames();
    void mentionsAreHighlighted();
    void searchFindsCountsAndMoves();
    void historyEndsWithYouJoined();
    void groupingAndDaySeparators();
    void awayMarker();
    void typingInListGoesToComposer();
    void contextMenuCopiesAndOpensLinks();
    void partialSelectionInMessage();
    void failedLinkOpenIsReported();
    void remembersPerIdentity();
    void draftPerRoom();
    void freshNicknameSuggested();
    void sendDisabledOverLimitAndErrorCleared();
    void newMessagesButtonAfterResize();
    void longNamesKeepTheVerb();
    void missedLineExplainedAndWrapped();
    void notificationsPerRoom();
    void announcementsForScreenReaders();
    void focusMarkOnMessageList();
    void windowIcon();
    void joinRefusalShownWithRename();
    void takenAndDeceptiveNamesRefusedClearly();
};

void TestChatFeatures::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    appSettings().clear();
    LanguageMenu::applyLanguage(QStringLiteral("en"));
}

void TestChatFeatures::cleanupTestCase()
{
    // Test mode keeps these apart from the user's own settings; leave nothing behind either.
    QSettings settings = appSettings();
    settings.clear();
    settings.sync();
    QFile::remove(settings.fileName());
}

void TestChatFeatures::cleanup()
{
    LanguageMenu::applyLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
}

void TestChatFeatures::pathologicalClustersDoNotFreeze()
{
    // 1,200 messages that are each one 4 KiB emoji-ZWJ grapheme cluster: laid out as they are,
    // they stalled the event loop for 1.1-1.7 s (issue 10).
    const QString room = uniqueRoom();
    IpcChannel sender;
    QVERIFY(sender.join(room, QStringLiteral("flooder")));
    QTRY_COMPARE_WITH_TIMEOUT(sender.state(), IpcChannel::State::Joined, Timeout);
    constexpr int Count = 1200;
    QString last;
    for (int i = 0; i < Count; ++i) {
        last = zwjCluster(i, IpcChannel::MaxMessageBytes - 8);
        QVERIFY2(sender.sendMessage(last), qPrintable(sender.errorString()));
    }
    QTRY_VERIFY_WITH_TIMEOUT(sender.waitForJoined(0) || true, Timeout);

    auto bob = makeWindow(room, QStringLiteral("bob"));
    bob->resize(900, 700);
    bob->show();
    QVERIFY(QTest::qWaitForWindowExposed(bob.get()));
    {
        // The first emoji a process draws loads the colour emoji font (10 MB, 100-600 ms here),
        // once, whatever the text; a single smiley costs the same. That is not what this test is
        // about, so it is paid before the clock starts.
        QLabel warmUp(QStringLiteral("👨‍👩 😀"));
        warmUp.show();
        QVERIFY(QTest::qWaitForWindowExposed(&warmUp));
        warmUp.grab();
    }
    // The longest gap between two turns of the event loop while the flood is read, laid out and
    // painted: a timer that asks to run every 5 ms notes how late it is.
    QElapsedTimer clock;
    clock.start();
    qint64 previous = 0;
    qint64 worst = 0;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        worst = qMax(worst, now - previous);
        previous = now;
    });
    tick.start();
    QTRY_VERIFY_WITH_TIMEOUT(findText(bob->model(), last) >= 0, 60000);
    QScrollBar *bar = bob->messageView()->verticalScrollBar();
    QTRY_COMPARE_WITH_TIMEOUT(bar->value(), bar->maximum(), 20000);
    QTest::qWait(200); // the last layout slices and paints
    tick.stop();
    qDebug() << "pathological flood of" << Count << "messages: worst event-loop stall" << worst << "ms, all in"
             << clock.elapsed() << "ms";
    // AddressSanitizer makes this code 5-10 times slower (measured: 0.6-1 s where a release build
    // takes 0.06-0.13 s); laid out whole, the same flood stalls a release build 3.2 s, so the
    // larger bound there still catches it.
#if defined(__SANITIZE_ADDRESS__)
    constexpr qint64 Bound = 2000;
#else
    constexpr qint64 Bound = 500;
#endif
    QVERIFY2(worst < Bound, qPrintable(QStringLiteral("the event loop stalled for %1 ms").arg(worst)));
}

void TestChatFeatures::longClustersCutForDisplayOnly()
{
    const QString cluster = zwjCluster(1, 4000);
    QVERIFY(ChatText::hasLongCluster(cluster));
    const QString shown = ChatText::displayText(QStringLiteral("a ") + cluster + QStringLiteral(" b"));
    QVERIFY(shown.size() < 2 + ChatText::MaxClusterUnits + 10);
    QVERIFY(shown.startsWith(QStringLiteral("a ")));
    QVERIFY2(shown.endsWith(QStringLiteral("… 1 b")), qPrintable(shown.right(8)));
    // Ordinary text, real emoji sequences and other scripts pass unchanged.
    const QString family = QStringLiteral("👨🏻‍👩🏻‍👧🏻‍👦🏻 안녕하세요 こんにちは café");
    QVERIFY(!ChatText::hasLongCluster(family));
    QCOMPARE(ChatText::displayText(family), family);
    // The stored message keeps every byte: copy gives it back whole.
    MessageModel model;
    ChatMessage message;
    message.text = cluster;
    model.appendMessage(message);
    QCOMPARE(model.index(0).data(MessageModel::CopyTextRole).toString(), cluster);
    QCOMPARE(model.index(0).data().toString(), cluster);
    QVERIFY(model.index(0).data(MessageModel::BodyTextRole).toString().size() <= ChatText::MaxClusterUnits + 4);
}

void TestChatFeatures::peerTextIsIsolated()
{
    // A peer's right-to-left override, left open, must end with its own run.
    const QString sneaky = QStringLiteral("\u202Eevil");
    const QString isolated = ChatText::isolated(sneaky);
    QCOMPARE(isolated.front(), QChar(0x2068));
    QCOMPARE(isolated.back(), QChar(0x2069));

    MessageModel model;
    ChatMessage rename;
    rename.kind = ChatMessage::Kind::Rename;
    rename.sender = QStringLiteral("\u202Bnew");
    rename.text = QStringLiteral("old\u202E");
    model.appendMessage(rename);
    const QFontMetrics metrics(QApplication::font());
    const QString line = MessageDelegate::systemLine(model.index(0), metrics, 2000);
    // Each name sits in an isolate of its own, and the words between them are outside both.
    QVERIFY2(line.contains(QChar(0x2068) + QStringLiteral("old\u202E") + QChar(0x2069)), qPrintable(line));
    QVERIFY2(line.contains(QChar(0x2068) + QStringLiteral("\u202Bnew") + QChar(0x2069)), qPrintable(line));
    QVERIFY(line.contains(QStringLiteral(" is now known as ")));

    // A message's body is laid out as a paragraph of its own; an Arabic message runs right to
    // left there, a Latin one after it left to right.
    QVERIFY(QStringLiteral("مرحبا").isRightToLeft());
}

void TestChatFeatures::tabCompletesMemberNames()
{
    const QString room = uniqueRoom();
    auto alice = makeWindow(room, QStringLiteral("alice"));
    auto bob = makeWindow(room, QStringLiteral("bob"));
    auto bobby = makeWindow(room, QStringLiteral("Bobby"));
    alice->show();
    QVERIFY(QTest::qWaitForWindowExposed(alice.get()));
    QTRY_COMPARE_WITH_TIMEOUT(alice->memberList()->count(), 3, Timeout);
    ComposerEdit *composer = alice->composer();
    composer->setFocus();
    QTest::keyClicks(composer, QStringLiteral("bo"));
    QTest::keyClick(composer, Qt::Key_Tab);
    QCOMPARE(composer->toPlainText(), QStringLiteral("bob: "));
    QTest::keyClick(composer, Qt::Key_Tab); // again: the next name that fits
    QCOMPARE(composer->toPlainText(), QStringLiteral("Bobby: "));
    QTest::keyClicks(composer, QStringLiteral("ask @b"));
    QTest::keyClick(composer, Qt::Key_Tab);
    QCOMPARE(composer->toPlainText(), QStringLiteral("Bobby: ask @bob "));
    // Our own name is not offered; with nothing to complete, Tab moves on as before.
    QTest::keyClicks(composer, QStringLiteral("ali"));
    QTest::keyClick(composer, Qt::Key_Tab);
    QCOMPARE(composer->toPlainText(), QStringLiteral("Bobby: ask @bob ali"));
    QVERIFY(!composer->hasFocus());
}

void TestChatFeatures::mentionsAreHighlighted()
{
    QVERIFY(ChatText::mentions(QStringLiteral("hey Alice, look"), QStringLiteral("alice")));
    QVERIFY(ChatText::mentions(QStringLiteral("@alice!"), QStringLiteral("alice")));
    QVERIFY(!ChatText::mentions(QStringLiteral("malice aforethought"), QStringLiteral("alice")));
    QVERIFY(!ChatText::mentions(QStringLiteral("alice2 is not me"), QStringLiteral("alice")));

    const QString room = uniqueRoom();
    auto alice = makeWindow(room, QStringLiteral("alice"));
    auto bob = makeWindow(room, QStringLiteral("bob"));
    say(bob.get(), QStringLiteral("@alice are you there?"));
    say(bob.get(), QStringLiteral("malice"));
    say(alice.get(), QStringLiteral("alice talks about alice"));
    QTRY_VERIFY_WITH_TIMEOUT(findText(alice->model(), QStringLiteral("alice talks about alice")) >= 0, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(findText(alice->model(), QStringLiteral("malice")) >= 0, Timeout);
    const auto mention = [&](const QString &text) {
        return alice->model()->index(findText(alice->model(), text)).data(MessageModel::MentionRole).toBool();
    };
    QVERIFY(mention(QStringLiteral("@alice are you there?")));
    QVERIFY(!mention(QStringLiteral("malice")));
    QVERIFY(!mention(QStringLiteral("alice talks about alice"))); // our own words
    // Bob's window sees no mention of bob.
    QVERIFY(!bob->model()->index(findText(bob->model(), QStringLiteral("malice"))).data(MessageModel::MentionRole).toBool());
    // A mention is a notification, even in an active room.
    QVERIFY(alice->notifier()->shownCount() >= 1);
    QVERIFY2(alice->notifier()->lastTitle().contains(QStringLiteral("mentioned you")), qPrintable(alice->notifier()->lastTitle()));

    // And it looks different: the row is tinted.
    alice->resize(600, 400);
    alice->show();
    QVERIFY(QTest::qWaitForWindowExposed(alice.get()));
    MessageView *view = alice->messageView();
    const QModelIndex mentioned = alice->model()->index(findText(alice->model(), QStringLiteral("@alice are you there?")));
    view->scrollTo(mentioned);
    QTRY_VERIFY(view->visualRect(mentioned).isValid());
    const QImage shot = view->viewport()->grab().toImage();
    const QRect rect = view->visualRect(mentioned);
    const QColor base = view->palette().color(QPalette::Base);
    const QColor corner = shot.pixelColor(rect.right() - 3, rect.bottom() - 2);
    QVERIFY2(corner != base, qPrintable(corner.name()));
}

void TestChatFeatures::searchFindsCountsAndMoves()
{
    const QString room = uniqueRoom();
    auto alice = makeWindow(room, QStringLiteral("alice"));
    alice->show();
    QVERIFY(QTest::qWaitForWindowExposed(alice.get()));
    alice->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(alice.get()));
    say(alice.get(), QStringLiteral("apple pie"));
    say(alice.get(), QStringLiteral("banana"));
    say(alice.get(), QStringLiteral("Apple juice"));
    QTRY_VERIFY_WITH_TIMEOUT(findText(alice->model(), QStringLiteral("Apple juice")) >= 0, Timeout);

    QVERIFY(!alice->searchBar()->isVisible());
    QTest::keySequence(alice.get(), QKeySequence::Find);
    QVERIFY(alice->searchBar()->isVisible());
    QTRY_VERIFY(alice->searchBar()->field()->hasFocus());
    QTest::keyClicks(alice->searchBar()->field(), QStringLiteral("APPLE"));
    const QList<int> rows = alice->searchBar()->matchRows();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0), findText(alice->model(), QStringLiteral("apple pie")));
    QCOMPARE(rows.at(1), findText(alice->model(), QStringLiteral("Apple juice")));
    // The newest first, then older with Enter, wrapping; Shift+Enter back.
    QCOMPARE(alice->searchBar()->statusText(), QStringLiteral("2 of 2"));
    QCOMPARE(alice->messageView()->currentIndex().row(), rows.at(1));
    QTest::keyClick(alice->searchBar()->field(), Qt::Key_Return);
    QCOMPARE(alice->searchBar()->statusText(), QStringLiteral("1 of 2"));
    QCOMPARE(alice->messageView()->currentIndex().row(), rows.at(0));
    QTest::keyClick(alice->searchBar()->field(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(alice->messageView()->currentIndex().row(), rows.at(1));
    QCOMPARE(alice->messageView()->messageDelegate()->searchTerm(), QStringLiteral("APPLE"));
    QTest::keyClicks(alice->searchBar()->field(), QStringLiteral("zzz"));
    QCOMPARE(alice->searchBar()->matchRows().size(), 0);
    QCOMPARE(alice->searchBar()->statusText(), QStringLiteral("No matches"));
    QTest::keyClick(alice->searchBar()->field(), Qt::Key_Escape);
    QVERIFY(!alice->searchBar()->isVisible());
    QVERIFY(alice->messageView()->messageDelegate()->searchTerm().isEmpty());
}

void TestChatFeatures::historyEndsWithYouJoined()
{
    const QString room = uniqueRoom();
    auto alice = makeWindow(room, QStringLiteral("alice"));
    say(alice.get(), QStringLiteral("before bob"));
    auto bob = makeWindow(room, QStringLiteral("bob"));
    say(alice.get(), QStringLiteral("after bob"));
    QTRY_VERIFY_WITH_TIMEOUT(findText(bob->model(), QStringLiteral("after bob")) >= 0, Timeout);
    const MessageModel *model = bob->model();
    const int start = findKind(model, MessageModel::EntryKind::HistoryStart);
    const int end = findKind(model, MessageModel::EntryKind::HistoryEnd);
    QCOMPARE(start, 0);
    QVERIFY(end > findText(model, QStringLiteral("before bob")));
    QVERIFY(end < findText(model, QStringLiteral("after bob")));
    QVERIFY(model->index(end).data().toString().contains(QStringLiteral("You joined")));
    // Everything after the end marker is live, everything before it history.
    for (int row = 1; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row).data(MessageModel::HistoryRole).toBool(), row < end);
    QCOMPARE(findKind(alice->model(), MessageModel::EntryKind::HistoryEnd), -1);
}

void TestChatFeatures::groupingAndDaySeparators()
{
    MessageModel model;
    const QDateTime day1 = QDateTime(QDate(2026, 3, 1), QTime(10, 0)).toUTC();
    const auto add = [&model](const QString &sender, quint32 id, const QDateTime &time) {
        ChatMessage message;
        message.sender = sender;
        message.senderId = id;
        message.text = QStringLiteral("x");
        message.time = time;
        model.appendMessage(message);
        return model.index(model.rowCount() - 1);
    };
    const QModelIndex a1 = add(QStringLiteral("alice"), 1, day1);
    const QModelIndex a2 = add(QStringLiteral("alice"), 1, day1.addSecs(60));
    const QModelIndex b1 = add(QStringLiteral("bob"), 2, day1.addSecs(90));
    const QModelIndex b2 = add(QStringLiteral("bob"), 2, day1.addSecs(90 + MessageModel::GroupSeconds + 1));
    const QModelIndex b3 = add(QStringLiteral("bob"), 2, day1.addDays(1));
    QVERIFY(!a1.data(MessageModel::ContinuationRole).toBool());
    QVERIFY(a2.data(MessageModel::ContinuationRole).toBool());
    QVERIFY(!b1.data(MessageModel::ContinuationRole).toBool()); // another sender
    QVERIFY(!b2.data(MessageModel::ContinuationRole).toBool()); // too long after
    QVERIFY(!b3.data(MessageModel::ContinuationRole).toBool()); // another day
    QVERIFY(a1.data(MessageModel::DayBreakRole).toBool());
    QVERIFY(!a2.data(MessageModel::DayBreakRole).toBool());
    QVERIFY(!b2.data(MessageModel::DayBreakRole).toBool());
    QVERIFY(b3.data(MessageModel::DayBreakRole).toBool());
    QCOMPARE(MessageDelegate::dayText(QDate::currentDate()), QStringLiteral("Today"));

    // A grouped row is drawn without its sender line, so it is lower; a day's first row higher.
    QListView view;
    view.setItemDelegate(new MessageDelegate(&view));
    view.setModel(&model);
    view.resize(500, 400);
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.widget = &view;
    const int first = view.itemDelegate()->sizeHint(option, b2).height();
    const int grouped = view.itemDelegate()->sizeHint(option, a2).height();
    const int dayFirst = view.itemDelegate()->sizeHint(option, b3).height();
    QVERIFY2(grouped < first, qPrintable(QStringLiteral("%1 %2").arg(grouped).arg(first)));
    QVERIFY2(dayFirst > first, qPrintable(QStringLiteral("%1 %2").arg(dayFirst).arg(first)));
}

void TestChatFeatures::awayMarker()
{
    const QString room = uniqueRoom();
    auto alice = makeWindow(room, QStringLiteral("alice"));
    auto bob = makeWindow(room, QStringLiteral("bob"));
    QVERIFY(showWithFirstActive(bob.get(), alice.get()));
    say(alice.get(), QStringLiteral("seen"));
    QTRY_VERIFY_WITH_TIMEOUT(findText(bob->model(), QStringLiteral("seen")) >= 0, Timeout);
    QCOMPARE(bob->model()->awayMarkerRow(), -1);
    // Bob looks elsewhere; what comes now gets a line above it, once.
    alice->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(alice.get()));
    say(alice.get(), QStringLiteral("while away 1"));
    say(alice.get(), QStringLiteral("while away 2"));
    QTRY_VERIFY_WITH_TIMEOUT(findText(bob->model(), QStringLiteral("while away 2")) >= 0, Timeout);
    const int marker = bob->model()->awayMarkerRow();
    QCOMPARE(marker, findText(bob->model(), QStringLiteral("while away 1")) - 1);
    QCOMPARE(bob->model()->index(marker).data().toString(), QStringLiteral("New since you were away"));
    // Back and away again: the line moves to the new news; there is only ever one.
    bob->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(bob.get()));
    alice->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(alice.get()));
    say(alice.get(), QStringLiteral("later"));
    QTRY_VERIFY_WITH_TIMEOUT(findText(bob->model(), QStringLiteral("later")) >= 0, Timeout);
    QCOMPARE(bob->model()->awayMarkerRow(), findText(bob->model(), QStringLiteral("later")) - 1);
    int markers = 0;
    for (int row = 0; row < bob->model()->rowCount(); ++row)
        markers += bob->model()->index(row).data(MessageModel::KindRole).value<MessageModel::EntryKind>()
                   == MessageModel::EntryKind::AwayMarker;
    QCOMPARE(markers, 1);
}

void TestChatFeatures::typingInListGoesToComposer()
{
    const QString room = uniqueRoom();
    auto alice = makeWindow(room, QStringLiteral("alice"));
    alice->show();
    QVERIFY(QTest::qWaitForWindowExposed(alice.get()));
    alice->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(alice.get()));
    for (int i = 0; i < 30; ++i)
        say(alice.get(), QStringLiteral("line %1").arg(i));
    QTRY_VERIFY_WITH_TIMEOUT(findText(alice->model(), QStringLiteral("line 29")) >= 0, Timeout);
    MessageView *view = alice->messageView();
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    const int before = view->currentIndex().row();
    QTest::keyClicks(view, QStringLiteral("lh"));
    QCOMPARE(alice->composer()->toPlainText(), QStringLiteral("lh"));
    QVERIFY(alice->composer()->hasFocus());
    QCOMPARE(view->currentIndex().row(), before); // no keyboard search jumped the list
    // Navigation keys still navigate the list.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Up);
    QVERIFY(view->hasFocus());
    // F6 goes round composer, messages and members.
    alice->composer()->setFocus();
    QTest::keyClick(alice->composer(), Qt::Key_F6);
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_F6);
    QTRY_VERIFY(alice->memberList()->hasFocus());
    QTest::keyClick(alice->memberList(), Qt::Key_F6);
    QTRY_VERIFY(alice->composer()->hasFocus());
}

void TestChatFeatures::contextMenuCopiesAndOpensLinks()
{
    const QString room = uniqueRoom();
    auto alice = makeWindow(room, QStringLiteral("alice"));
    say(alice.get(), QStringLiteral("see https://example.org/a?b=1&c=2 and http://qt.io."));
    QTRY_VERIFY_WITH_TIMEOUT(alice->model()->rowCount() >= 2, Timeout);
    const QModelIndex index = alice->model()->index(alice->model()->rowCount() - 1);
    std::unique_ptr<QMenu> menu(alice->messageView()->createContextMenu(index));
    QStringList texts;
    QList<QAction *> open;
    QList<QAction *> copy;
    for (QAction *action : menu->actions()) {
        texts << action->text();
        if (action->text().startsWith(QStringLiteral("Open Link")))
            open << action;
        if (action->text().startsWith(QStringLiteral("Copy Link")))
            copy << action;
    }
    QCOMPARE(open.size(), 2);
    QCOMPARE(copy.size(), 2);
    QVERIFY2(texts.contains(QStringLiteral("&Copy")), qPrintable(texts.join(QLatin1Char('|'))));
    copy.at(0)->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("https://example.org/a?b=1&c=2"));

    QVERIFY(open.at(1)->text().contains(QStringLiteral("qt.io")));
    QVERIFY(!open.at(1)->text().contains(QStringLiteral("qt.io.")));
}

void TestChatFeatures::partialSelectionInMessage()
{
    const QString room = uniqueRoom();
    auto alice = makeWindow(room, QStringLiteral("alice"));
    alice->show();
    QVERIFY(QTest::qWaitForWindowExposed(alice.get()));
    say(alice.get(), QStringLiteral("take only this part"));
    QTRY_VERIFY_WITH_TIMEOUT(findText(alice->model(), QStringLiteral("take only this part")) >= 0, Timeout);
    const QModelIndex index = alice->model()->index(findText(alice->model(), QStringLiteral("take only this part")));
    alice->messageView()->setCurrentIndex(index);
    alice->messageView()->setFocus();
    // Enter on a message without links opens it for selecting.
    QTest::keyClick(alice->messageView(), Qt::Key_Return);
    auto *dialog = alice->messageView()->findChild<QDialog *>(QStringLiteral("messageTextDialog"));
    QVERIFY(dialog);
    auto *editor = dialog->findChild<QPlainTextEdit *>();
    QVERIFY(editor);
    QVERIFY(editor->isReadOnly());
    QCOMPARE(editor->toPlainText(), QStringLiteral("take only this part"));
    QVERIFY(editor->textInteractionFlags() & Qt::TextSelectableByKeyboard);
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(5);
    cursor.setPosition(9, QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
    editor->copy();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("only"));
    dialog->close();
}

void TestChatFeatures::failedLinkOpenIsReported()
{
    // The offscreen platform has no way to open links: exactly the "no browser" case.
    const QString room = uniqueRoom();
    auto alice = makeWindow(room, QStringLiteral("alice"));
    QSignalSpy failed(alice->messageView(), &MessageView::linkOpenFailed);
    const bool opened = alice->messageView()->openLink(QUrl(QStringLiteral("https://example.org/")));
    if (opened)
        QSKIP("this platform opened the link; the failure path cannot be seen here");
    QCOMPARE(failed.size(), 1);
    QVERIFY2(alice->statusBar()->currentMessage().contains(QStringLiteral("Could not open")),
             qPrintable(alice->statusBar()->currentMessage()));
    QVERIFY(alice->announcer()->lastAnnouncement().contains(QStringLiteral("example.org")));
}

void TestChatFeatures::remembersPerIdentity()
{
    const QString room = uniqueRoom();
    {
        auto alice = makeWindow(room, QStringLiteral("alice"), true);
        auto *splitter = alice->findChild<QSplitter *>();
        QVERIFY(splitter);
        alice->resize(800, 500);
        alice->show();
        QVERIFY(QTest::qWaitForWindowExposed(alice.get()));
        splitter->setSizes({ 500, 280 });
        LanguageMenu::applyLanguage(QStringLiteral("fr"));
        QCoreApplication::processEvents();
        alice->close();
    }
    QSettings settings = appSettings();
    QCOMPARE(settings.value(identityKey(QStringLiteral("alice"), QStringLiteral("room"))).toString(), room);
    QCOMPARE(settings.value(identityKey(QStringLiteral("alice"), QStringLiteral("language"))).toString(),
             QStringLiteral("fr"));
    QVERIFY(!settings.value(identityKey(QStringLiteral("alice"), QStringLiteral("splitter"))).toByteArray().isEmpty());
    // Another identity has its own.
    QVERIFY(settings.value(identityKey(QStringLiteral("bob"), QStringLiteral("room"))).toString().isEmpty());

    // A window for alice with no room given goes back to alice's room.
    ChatWindow::Options options;
    options.room.clear();
    options.nickname = QStringLiteral("alice");
    options.useGeometrySlot = false;
    ChatWindow again(std::make_unique<IpcChannel>(), options);
    QCOMPARE(again.channel()->room(), room);
    again.close();
}

void TestChatFeatures::draftPerRoom()
{
    const QString first = uniqueRoom("a");
    const QString second = uniqueRoom("b");
    auto alice = makeWindow(first, QStringLiteral("alice"), true);
    alice->composer()->setPlainText(QStringLiteral("half a thought"));
    QVERIFY(alice->joinRoom(second));
    QCOMPARE(alice->composer()->toPlainText(), QString());
    alice->composer()->setPlainText(QStringLiteral("other room's words"));
    QVERIFY(alice->joinRoom(first));
    QCOMPARE(alice->composer()->toPlainText(), QStringLiteral("half a thought"));
    // Sent, the draft is gone.
    QVERIFY(alice->sendComposerText());
    alice->saveSettings();
    QVERIFY(!appSettings().contains(draftKey(QStringLiteral("alice"), first)));
    QCOMPARE(appSettings().value(draftKey(QStringLiteral("alice"), second)).toString(), QStringLiteral("other room's words"));
    alice->close();
    // A new window of the same identity finds it again.
    auto later = makeWindow(second, QStringLiteral("alice"), true);
    QCOMPARE(later->composer()->toPlainText(), QStringLiteral("other room's words"));
    later->composer()->clear();
    later->saveSettings();
}

void TestChatFeatures::freshNicknameSuggested()
{
    const QString room = uniqueRoom();
    auto alice = makeWindow(room, QStringLiteral("alice"));
    auto alice2 = makeWindow(room, QStringLiteral("alice2"));
    QTRY_COMPARE_WITH_TIMEOUT(alice->memberList()->count(), 2, Timeout);
    const QString suggestion = alice->suggestedNickname();
    QVERIFY(suggestion.compare(QStringLiteral("alice"), Qt::CaseInsensitive) != 0);
    QVERIFY(suggestion.compare(QStringLiteral("alice2"), Qt::CaseInsensitive) != 0);
    QCOMPARE(suggestion, QStringLiteral("alice3"));
    QVERIFY(IpcChannel::checkNickname(suggestion).isEmpty());
    // Near the length limit it stays within it.
    const QString longName(IpcChannel::MaxNicknameBytes, QLatin1Char('x'));
    const QString fresh = ChatText::freshNickname(longName, { longName });
    QVERIFY(fresh.toUtf8().size() <= IpcChannel::MaxNicknameBytes);
    QVERIFY(fresh != longName);
}

void TestChatFeatures::sendDisabledOverLimitAndErrorCleared()
{
    const QString room = uniqueRoom();
    auto alice = makeWindow(room, QStringLiteral("alice"));
    alice->show();
    QVERIFY(QTest::qWaitForWindowExposed(alice.get()));
    alice->composer()->setPlainText(QString(IpcChannel::MaxMessageBytes, QLatin1Char('a')));
    QVERIFY(alice->sendButton()->isEnabled()); // exactly at the limit is fine
    alice->composer()->setPlainText(QString(IpcChannel::MaxMessageBytes + 5, QLatin1Char('a')));
    QVERIFY(!alice->sendButton()->isEnabled());
    const QString hint = alice->remainingLabel()->text();
    QVERIFY2(!hint.contains(QStringLiteral("Bytes")), qPrintable(hint));
    QVERIFY2(hint.contains(QStringLiteral("Too long")) && hint.contains(QStringLiteral("5")), qPrintable(hint));
    QTest::keyClick(alice->composer(), Qt::Key_Return);
    QVERIFY(alice->sendErrorLabel()->isVisible());
    alice->composer()->clear();
    QVERIFY(!alice->sendErrorLabel()->isVisible());
    QVERIFY(alice->sendErrorLabel()->text().isEmpty());
}

void TestChatFeatures::newMessagesButtonAfterResize()
{
    const QString room = uniqueRoom();
    auto alice = makeWindow(room, QStringLiteral("alice"));
    auto bob = makeWindow(room, QStringLiteral("bob"));
    bob->resize(500, 300);
    bob->show();
    QVERIFY(QTest::qWaitForWindowExposed(bob.get()));
    for (int i = 0; i < 20; ++i)
        say(alice.get(), QStringLiteral("filler %1").arg(i));
    QTRY_VERIFY_WITH_TIMEOUT(findText(bob->model(), QStringLiteral("filler 19")) >= 0, Timeout);
    QScrollBar *bar = bob->messageView()->verticalScrollBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > 0, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(bar->value(), bar->maximum(), Timeout);

    // Following the newest, a resize keeps following.
    bob->resize(420, 260);
    QTRY_COMPARE_WITH_TIMEOUT(bar->value(), bar->maximum(), Timeout);
    say(alice.get(), QStringLiteral("after a resize"));
    QTRY_VERIFY_WITH_TIMEOUT(findText(bob->model(), QStringLiteral("after a resize")) >= 0, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(bar->value(), bar->maximum(), Timeout);
    QVERIFY(!bob->newMessagesButton()->isVisible());

    // Scrolled up, news shows the button; a window tall enough to show everything drops it, and
    // the view follows again.
    bar->setValue(0);
    say(alice.get(), QStringLiteral("news"));
    QTRY_VERIFY_WITH_TIMEOUT(bob->newMessagesButton()->isVisible(), Timeout);
    bob->resize(500, 3000);
    QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() == 0 || bar->value() == bar->maximum(), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!bob->newMessagesButton()->isVisible(), Timeout);
    bob->resize(500, 300);
    say(alice.get(), QStringLiteral("and more"));
    QTRY_VERIFY_WITH_TIMEOUT(findText(bob->model(), QStringLiteral("and more")) >= 0, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(bar->value(), bar->maximum(), Timeout);
    QVERIFY(!bob->newMessagesButton()->isVisible());
}

void TestChatFeatures::longNamesKeepTheVerb()
{
    MessageModel model;
    ChatMessage join;
    join.kind = ChatMessage::Kind::Join;
    join.sender = QStringLiteral("Maximilian-Alexander-Friedrich-von-Hohenzollern-Sigmaringen");
    model.appendMessage(join);
    const QFontMetrics metrics(QApplication::font());
    const int width = metrics.averageCharWidth() * 30;
    const QString line = MessageDelegate::systemLine(model.index(0), metrics, width);
    QVERIFY2(line.endsWith(QStringLiteral(" joined")), qPrintable(line));
    QVERIFY2(line.contains(QChar(0x2026)), qPrintable(line));
    QVERIFY2(line.startsWith(QChar(0x2068) + QStringLiteral("Max")), qPrintable(line));
    QVERIFY(metrics.horizontalAdvance(line) <= width);
}

void TestChatFeatures::missedLineExplainedAndWrapped()
{
    MessageModel model;
    model.appendMissed(1234);
    const QModelIndex missed = model.index(0);
    QVERIFY(missed.data().toString().contains(QStringLiteral("1234")));
    const QString tip = missed.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("overwritten")), qPrintable(tip));
    QCOMPARE(missed.data(Qt::WhatsThisRole).toString(), tip);
    // In a narrow view the line wraps instead of being cut.
    LanguageMenu::applyLanguage(QStringLiteral("fr"));
    QListView view;
    view.setItemDelegate(new MessageDelegate(&view));
    view.setModel(&model);
    view.resize(160, 400);
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.widget = &view;
    const int height = view.itemDelegate()->sizeHint(option, missed).height();
    QVERIFY2(height > 2 * option.fontMetrics.height(), qPrintable(QString::number(height)));
}

void TestChatFeatures::notificationsPerRoom()
{
    const QString room = uniqueRoom();
    auto alice = makeWindow(room, QStringLiteral("alice"));
    auto bob = makeWindow(room, QStringLiteral("bob"));
    QVERIFY(showWithFirstActive(alice.get(), bob.get()));
    Notifier *notifier = bob->notifier();
    QCOMPARE(notifier->trayIcon() != nullptr, QSystemTrayIcon::isSystemTrayAvailable());
    notifier->setMode(Notifier::Mode::All);
    say(alice.get(), QStringLiteral("anyone?"));
    QTRY_COMPARE_WITH_TIMEOUT(notifier->shownCount(), 1, Timeout);
    QCOMPARE(notifier->lastTitle(), QStringLiteral("alice in %1").arg(room));
    QCOMPARE(notifier->lastBody(), QStringLiteral("anyone?"));
    QCOMPARE(notifier->unread(), 1);

    notifier->setMode(Notifier::Mode::Mentions);
    say(alice.get(), QStringLiteral("just chatting"));
    QTRY_COMPARE_WITH_TIMEOUT(bob->unreadCount(), 2, Timeout);
    QCOMPARE(notifier->shownCount(), 1);
    say(alice.get(), QStringLiteral("bob: look"));
    QTRY_COMPARE_WITH_TIMEOUT(notifier->shownCount(), 2, Timeout);
    QVERIFY(notifier->lastTitle().contains(QStringLiteral("mentioned you")));

    notifier->setMode(Notifier::Mode::None);
    say(alice.get(), QStringLiteral("bob bob bob"));
    QTRY_COMPARE_WITH_TIMEOUT(bob->unreadCount(), 4, Timeout);
    QCOMPARE(notifier->shownCount(), 2);

    // The choice is the room's, remembered, and offered in the menu.
    Notifier other(bob.get());
    other.setRoom(room);
    QCOMPARE(other.mode(), Notifier::Mode::None);
    other.setRoom(uniqueRoom("elsewhere"));
    QCOMPARE(other.mode(), Notifier::Mode::All);
    QCOMPARE(notifier->menu()->actions().size(), 3);
    notifier->menu()->actions().at(1)->trigger();
    QCOMPARE(notifier->mode(), Notifier::Mode::Mentions);
}

void TestChatFeatures::announcementsForScreenReaders()
{
    const QString room = uniqueRoom();
    auto alice = makeWindow(room, QStringLiteral("alice"));
    auto bob = makeWindow(room, QStringLiteral("bob"));
    bob->show();
    QVERIFY(QTest::qWaitForWindowExposed(bob.get()));
    QAccessible::setActive(true);
    watchedAnnouncer = bob->announcer();
    accessibleEvents.clear();
    QAccessible::installUpdateHandler(recordAccessibleEvent);
    const int before = bob->announcer()->announcementCount();
    say(alice.get(), QStringLiteral("first words"));
    QTRY_VERIFY_WITH_TIMEOUT(bob->announcer()->announcementCount() > before, Timeout);
    QVERIFY2(bob->announcer()->lastAnnouncement().contains(QStringLiteral("first words")),
             qPrintable(bob->announcer()->lastAnnouncement()));
    // A burst is summed up, not read out message by message.
    for (int i = 0; i < 20; ++i)
        say(alice.get(), QStringLiteral("burst %1").arg(i));
    QTRY_VERIFY_WITH_TIMEOUT(findText(bob->model(), QStringLiteral("burst 19")) >= 0, Timeout);
    const int afterBurst = bob->announcer()->announcementCount();
    QVERIFY2(afterBurst - before <= 2, qPrintable(QString::number(afterBurst - before)));
    QTRY_VERIFY_WITH_TIMEOUT(bob->announcer()->lastAnnouncement().contains(QStringLiteral("New messages")),
                             Announcer::MinGapMs * 3);
    // Errors at once.
    QVERIFY(!bob->joinRoom(QStringLiteral(" bad ")));
    QCOMPARE(bob->announcer()->lastAnnouncement(), IpcChannel::checkRoomName(QStringLiteral(" bad ")));
    // What a screen reader reads on the event: the live region's name.
    QCOMPARE(bob->announcer()->accessibleName(), IpcChannel::checkRoomName(QStringLiteral(" bad ")));
    const bool active = QAccessible::isActive();
    QAccessible::installUpdateHandler(nullptr);
    QAccessible::setActive(false);
    // Events reach a handler only while accessibility is active, which needs a platform that
    // has it (not the offscreen one the suite runs on; under X with AT-SPI it is).
    if (active) {
        QVERIFY2(!accessibleEvents.isEmpty(), "no accessibility event reached the screen reader's side");
        QVERIFY(accessibleEvents.last().contains(IpcChannel::checkRoomName(QStringLiteral(" bad "))));
    }
}

void TestChatFeatures::focusMarkOnMessageList()
{
    const QString room = uniqueRoom();
    auto alice = makeWindow(room, QStringLiteral("alice"));
    alice->show();
    QVERIFY(QTest::qWaitForWindowExposed(alice.get()));
    alice->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(alice.get()));
    say(alice.get(), QStringLiteral("something to look at"));
    QTRY_VERIFY_WITH_TIMEOUT(findText(alice->model(), QStringLiteral("something to look at")) >= 0, Timeout);
    MessageView *view = alice->messageView();
    alice->composer()->setFocus();
    QTRY_VERIFY(alice->composer()->hasFocus());
    const QImage unfocused = view->viewport()->grab().toImage();
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QVERIFY(view->currentIndex().isValid()); // the keyboard has a row to start from
    const QImage focused = view->viewport()->grab().toImage();
    // The mark is strong: a frame along the edge, in the highlight colour.
    const QColor highlight = view->palette().color(QPalette::Highlight);
    QCOMPARE(focused.pixelColor(1, focused.height() / 2).rgb(), highlight.rgb());
    QVERIFY(unfocused.pixelColor(1, unfocused.height() / 2).rgb() != highlight.rgb());
}

void TestChatFeatures::windowIcon()
{
    auto alice = makeWindow(uniqueRoom(), QStringLiteral("alice"));
    QVERIFY(!alice->windowIcon().isNull());
    QVERIFY(!alice->windowIcon().pixmap(64, 64).isNull());
}

void TestChatFeatures::joinRefusalShownWithRename()
{
    // A refused join (here: the room's name) shows its reason; when the channel is not in a room
    // the banner also offers to change the nickname, the way out of a name the room refuses.
    const QString room = uniqueRoom();
    auto alice = makeWindow(room, QStringLiteral("alice"));
    alice->show();
    QVERIFY(QTest::qWaitForWindowExposed(alice.get()));
    QVERIFY(!alice->joinRoom(QStringLiteral(" x ")));
    QVERIFY(alice->banner()->isVisible());
    QCOMPARE(alice->bannerLabel()->text(), IpcChannel::checkRoomName(QStringLiteral(" x ")));
    QVERIFY(!alice->bannerNicknameButton()->isVisible()); // still in its room: nothing to change
}

void TestChatFeatures::takenAndDeceptiveNamesRefusedClearly()
{
    const QString room = uniqueRoom();
    auto alice = makeWindow(room, QStringLiteral("alice"));
    QCOMPARE(alice->channel()->state(), IpcChannel::State::Joined);
    // At join: the core refuses, and the banner says why and offers another nickname.
    const QStringList refused = {
        QStringLiteral("ALICE"),                      // taken, whatever the case
        QStringLiteral("ａｌｉｃｅ"),                 // taken, in full-width letters
        QStringLiteral("ali\u200Bce"),                // a zero-width space inside
        QStringLiteral("\u202Eecila"),                // a bidi override
        QStringLiteral("\u3164"),                     // only an invisible filler
    };
    for (const QString &name : refused) {
        auto other = makeWindow(room, name);
        other->show();
        QVERIFY(QTest::qWaitForWindowExposed(other.get()));
        QTRY_COMPARE_WITH_TIMEOUT(other->channel()->state(), IpcChannel::State::Disconnected, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(other->banner()->isVisible(), Timeout);
        const QString reason = other->bannerLabel()->text();
        QVERIFY2(!reason.isEmpty(), qPrintable(name));
        QCOMPARE(reason, other->channel()->errorString());
        QVERIFY(other->bannerNicknameButton()->isVisible());
        QCOMPARE(other->announcer()->lastAnnouncement(), reason);
        QCOMPARE(alice->memberList()->count(), 1);
    }
    // At rename: refused, said in the status bar and to screen readers; the name stays.
    auto bob = makeWindow(room, QStringLiteral("bob"));
    QTRY_COMPARE_WITH_TIMEOUT(bob->memberList()->count(), 2, Timeout);
    for (const QString &name : { QStringLiteral("Alice"), QStringLiteral("b\u2028ob") }) {
        QVERIFY(!bob->changeNickname(name));
        QCOMPARE(bob->channel()->nickname(), QStringLiteral("bob"));
        QVERIFY(!bob->channel()->errorString().isEmpty());
        QCOMPARE(bob->statusBar()->currentMessage(), bob->channel()->errorString());
        QCOMPARE(bob->announcer()->lastAnnouncement(), bob->channel()->errorString());
        QVERIFY(bob->windowTitle().contains(QStringLiteral("bob")));
    }
}

QTEST_MAIN(TestChatFeatures)
#include "tst_chatfeatures.moc"
