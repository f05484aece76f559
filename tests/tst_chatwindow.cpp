// Two chat windows in one process, talking through a real room.
#include "chatwindow.h"
#include "composeredit.h"
#include "languagemenu.h"
#include "messagedelegate.h"
#include "messagemodel.h"

#include "shmchat_os.h"
#include "windowtest.h"

#include <QtCore/QStandardPaths>
#include <QtGui/QAccessible>
#include <QtGui/QAction>
#include <QtGui/QClipboard>
#include <QtGui/QDesktopServices>
#include <QtGui/QPainter>
#include <QtGui/QTextDocument>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QFrame>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListView>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QToolTip>

#include <memory>
#include <optional>

namespace {

using namespace WindowTest;

// Rows that are things somebody said, as (sender, text).
QList<QPair<QString, QString>> textRows(const MessageModel *model)
{
    QList<QPair<QString, QString>> rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row);
        if (!index.data(MessageModel::SystemRole).toBool())
            rows.append({ index.data(MessageModel::SenderRole).toString(), index.data().toString() });
    }
    return rows;
}

void type(ChatWindow *window, const QString &text)
{
    QTest::keyClicks(window->composer(), text);
}

void pressEnter(ChatWindow *window, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(window->composer(), Qt::Key_Return, modifiers);
}

// --- peer text that HTML would change --------------------------------------------------------

// A peer's words or nickname, and a piece of it that survives both rendering and escaping: a
// string "mentions" the peer text when it holds the marker, and must then hold the literal text.
struct PeerText
{
    QString literal;
    QString marker;
};

const PeerText Eve = { QStringLiteral("<i>eve</i>"), QStringLiteral("eve") };

void addPeerTexts()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("marker");
    QTest::addRow("tags") << QStringLiteral("<b>bold</b> and <i>more</i>") << QStringLiteral("bold");
    QTest::addRow("image") << QStringLiteral("<img src=x>") << QStringLiteral("img");
    QTest::addRow("anchor") << QStringLiteral("<a href=\"http://e.com\">x</a>") << QStringLiteral("href");
    QTest::addRow("entity") << QStringLiteral("&lt;") << QStringLiteral("lt;");
    QTest::addRow("unclosed table") << QStringLiteral("<table><tr><td>x") << QStringLiteral("table");
}

// A room per data row as well: a row must not hear the messages of the one before. Digits only,
// since the room's name is shown and must not itself look like a peer's text.
QByteArray roomSuffix()
{
    static int rooms = 0;
    return QByteArray::number(++rooms);
}

// What QTextDocument, and so every widget that takes the text as HTML, shows of `text`.
QString htmlShows(const QString &text)
{
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

// What a tooltip, a What's This or a label left at Qt::AutoText shows: it guesses.
QString autoTextShows(const QString &text)
{
    return Qt::mightBeRichText(text) ? htmlShows(text) : text;
}

// What a label shows of its text, given the format it was told.
QString labelShows(const QLabel *label)
{
    switch (label->textFormat()) {
    case Qt::PlainText:
        return label->text();
    case Qt::AutoText:
        return autoTextShows(label->text());
    default:
        return htmlShows(label->text());
    }
}

// `peer` with its markup taken as HTML, when that reads differently enough to be recognised
// inside another string ("bold and more", "eve"); else empty.
QString strippedForm(const PeerText &peer)
{
    const QString stripped = htmlShows(peer.literal).remove(QChar::ObjectReplacementCharacter).trimmed();
    return stripped.size() >= 3 && stripped != peer.literal ? stripped : QString();
}

// `text` in quotes, with what would not show in a failure message (line breaks, the object
// replacement character an image leaves) spelled out.
QString quoted(const QString &text)
{
    QString result = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c.isPrint() && c != QChar::ObjectReplacementCharacter)
            result += c;
        else
            result += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    return result + QLatin1Char('"');
}

// Empty when `shown` (what the user sees or hears of `value`) keeps every peer text that `value`
// mentions exactly as the peer wrote it; else what went wrong, for the failure message.
QStringList literalProblems(const QString &where, const QString &value, const QString &shown,
                            const QList<PeerText> &peers)
{
    QStringList problems;
    for (const PeerText &peer : peers) {
        const bool mentioned = value.contains(peer.marker) || shown.contains(peer.marker);
        if (!mentioned || shown.contains(peer.literal))
            continue;
        if (value == shown)
            problems << QStringLiteral("%1: %2 lacks %3 as written").arg(where, quoted(value), quoted(peer.literal));
        else
            problems << QStringLiteral("%1: %2 shows as %3, not as %4")
                            .arg(where, quoted(value), quoted(shown), quoted(peer.literal));
    }
    // Besides the literal text, no second copy with the markup taken away ("<b>x</b> (x)").
    QString rest = shown;
    for (const PeerText &peer : peers)
        rest.remove(peer.literal);
    for (const PeerText &peer : peers) {
        const QString stripped = strippedForm(peer);
        if (!stripped.isEmpty() && shown.contains(peer.literal) && rest.contains(stripped)) {
            problems << QStringLiteral("%1: %2 holds %3, which is %4 without its markup")
                            .arg(where, quoted(shown), quoted(stripped), quoted(peer.literal));
        }
    }
    return problems;
}

// Where `widget` sits, for a failure message: the nearest enclosing widget with a name for it.
QString placeOf(const QWidget *widget)
{
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (!parent->accessibleName().isEmpty())
            return quoted(parent->accessibleName());
        if (qstrcmp(parent->metaObject()->className(), "QWidget") != 0)
            return QString::fromLatin1(parent->metaObject()->className());
    }
    return QStringLiteral("the window");
}

// The roles a view or a tooltip may show to the user, and whether what shows them guesses at
// rich text. Qt's status bar draws a status tip plainly, but status tips end up in labels too,
// so they are held to the tooltip's rule. Accessible text reaches the screen reader verbatim.
struct ShownRole
{
    int role;
    const char *name;
    bool autoText;
};
constexpr ShownRole shownRoles[] = {
    { Qt::DisplayRole, "DisplayRole", false },
    { Qt::ToolTipRole, "ToolTipRole", true },
    { Qt::WhatsThisRole, "WhatsThisRole", true },
    { Qt::StatusTipRole, "StatusTipRole", true },
    { Qt::AccessibleTextRole, "AccessibleTextRole", false },
    { Qt::AccessibleDescriptionRole, "AccessibleDescriptionRole", false },
};

// The option `view` paints the row at `index` with: its font, palette and the row's rectangle.
QStyleOptionViewItem viewOption(QListView *view, const QModelIndex &index)
{
    // initViewItemOption() is protected; a pointer to it taken through a subclass is not.
    struct Options : QListView
    {
        using QListView::initViewItemOption;
    };
    QStyleOptionViewItem option;
    (view->*(&Options::initViewItemOption))(&option);
    option.rect = view->visualRect(index);
    return option;
}

// The row at `index` as the view's delegate paints it, on white.
QImage renderRow(QListView *view, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.translate(-option.rect.topLeft());
    view->itemDelegateForIndex(index)->paint(&painter, option, index);
    painter.end();
    return image;
}

// How wide the part of the picture is in which `a` and `b` differ: the ink of whatever one has
// and the other lacks.
int differingWidth(const QImage &a, const QImage &b)
{
    Q_ASSERT(a.size() == b.size());
    int first = a.width();
    int last = -1;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            if (a.pixel(x, y) != b.pixel(x, y)) {
                first = qMin(first, x);
                last = qMax(last, x);
            }
        }
    }
    return last < first ? 0 : last - first + 1;
}

// A tooltip on screen: its text, and what the user reads of it.
struct Tooltip
{
    QString text;
    QString shown;
};

// The tooltip on screen, if one is. What it shows is taken from the label QToolTip puts it in
// (a QTipLabel, a private class); were that not to be found, from the rule QToolTip documents.
std::optional<Tooltip> visibleTooltip()
{
    if (!QToolTip::isVisible())
        return std::nullopt;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        const auto *label = qobject_cast<const QLabel *>(widget);
        if (label && widget->inherits("QTipLabel") && widget->isVisible())
            return Tooltip{ label->text(), labelShows(label) };
    }
    return Tooltip{ QToolTip::text(), autoTextShows(QToolTip::text()) };
}

// Hides the tooltip at once: QToolTip::hideText() waits a moment, and a tooltip left from one row
// would pass for the next one's.
void hideTooltip()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->inherits("QTipLabel"))
            widget->hide();
    }
}

// Rests the pointer on `pos` of `view` as the user would, and returns the tooltip that shows.
std::optional<Tooltip> hoverTooltip(QAbstractItemView *view, const QPoint &pos)
{
    hideTooltip();
    QHelpEvent event(QEvent::ToolTip, pos, view->viewport()->mapToGlobal(pos));
    QCoreApplication::sendEvent(view->viewport(), &event);
    return visibleTooltip();
}

} // namespace

class TestChatWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void messageTravelsBetweenWindows();
    void shiftEnterKeepsLineBreaks();
    void markupStaysLiteral();
    void sendButtonNeedsText();
    void remainingHintNearLimit();
    void refusedSendKeepsText();
    void membersPanel();
    void renameIsAnnounced();
    void unreadCountInTitle();
    void inactiveWindowPollsInTheBackground();
    void languageSwitchRetranslates();
    void switchingRooms();
    void badRoomShowsBanner();
    void scrollbackIsCapped();
    void copySelectedMessage();
    void newMessagesHintWhenScrolledUp();
    void floodStaysBounded();
    void findsOnlyWebLinks();
    void systemLines();
    void historyIsMarked();
    void fullRoomOffersRetry();
    void clickingLinkOpensIt();
    void peerTextDrawnAsPlainText_data();
    void peerTextDrawnAsPlainText();
    void peerTextInItemRoles_data();
    void peerTextInItemRoles();
    void peerTextForAccessibility_data();
    void peerTextForAccessibility();
    void nicknameShownAsTyped();
};

// Stands in for the desktop's browser.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

void TestChatWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    LanguageMenu::applyLanguage(QStringLiteral("en"));
}

void TestChatWindow::cleanup()
{
    LanguageMenu::applyLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
}

void TestChatWindow::messageTravelsBetweenWindows()
{
    const QString room = uniqueRoom();
    auto alice = makeWindow(room, QStringLiteral("alice"));
    auto bob = makeWindow(room, QStringLiteral("bob"));
    QCOMPARE(alice->channel()->state(), IpcChannel::State::Joined);
    QCOMPARE(bob->channel()->state(), IpcChannel::State::Joined);

    type(alice.get(), QStringLiteral("hello bob"));
    QCOMPARE(alice->composer()->toPlainText(), QStringLiteral("hello bob"));
    pressEnter(alice.get());
    QCOMPARE(alice->composer()->toPlainText(), QString()); // sent, so cleared

    QTRY_VERIFY_WITH_TIMEOUT(findText(bob->model(), QStringLiteral("hello bob")) >= 0, Timeout);
    const QModelIndex atBob = bob->model()->index(findText(bob->model(), QStringLiteral("hello bob")));
    QCOMPARE(atBob.data(MessageModel::SenderRole).toString(), QStringLiteral("alice"));
    QVERIFY(!atBob.data(MessageModel::OwnRole).toBool());

    QTRY_VERIFY_WITH_TIMEOUT(findText(alice->model(), QStringLiteral("hello bob")) >= 0, Timeout);
    const QModelIndex atAlice = alice->model()->index(findText(alice->model(), QStringLiteral("hello bob")));
    QVERIFY(atAlice.data(MessageModel::OwnRole).toBool());
    QCOMPARE(textRows(alice->model()).size(), 1);
}

void TestChatWindow::shiftEnterKeepsLineBreaks()
{
    const QString room = uniqueRoom();
    auto alice = makeWindow(room, QStringLiteral("alice"));
    auto bob = makeWindow(room, QStringLiteral("bob"));
    type(alice.get(), QStringLiteral("first"));
    pressEnter(alice.get(), Qt::ShiftModifier);
    type(alice.get(), QStringLiteral("second"));
    QCOMPARE(alice->composer()->toPlainText(), QStringLiteral("first\nsecond"));
    pressEnter(alice.get());
    QTRY_VERIFY_WITH_TIMEOUT(findText(bob->model(), QStringLiteral("first\nsecond")) >= 0, Timeout);
    const QModelIndex index = bob->model()->index(findText(bob->model(), QStringLiteral("first\nsecond")));
    // What the delegate lays out has a hard line break where the newline was.
    QCOMPARE(MessageDelegate::bodyText(index), QStringLiteral("first") + QChar(QChar::LineSeparator) + QStringLiteral("second"));
}

void TestChatWindow::markupStaysLiteral()
{
    const QString room = uniqueRoom();
    auto alice = makeWindow(room, QStringLiteral("<i>alice</i>"));
    auto bob = makeWindow(room, QStringLiteral("bob"));
    const QString markup = QStringLiteral("<b>x</b> &amp; <a href=\"http://example.com\">link</a>");
    type(alice.get(), markup);
    pressEnter(alice.get());
    QTRY_VERIFY_WITH_TIMEOUT(findText(bob->model(), markup) >= 0, Timeout);
    const QModelIndex index = bob->model()->index(findText(bob->model(), markup));
    QCOMPARE(index.data(Qt::DisplayRole).toString(), markup);
    QCOMPARE(MessageDelegate::bodyText(index), markup);
    QCOMPARE(index.data(MessageModel::SenderRole).toString(), QStringLiteral("<i>alice</i>"));

    // Painting must not choke on it either; and the member list shows the name as typed.
    bob->resize(500, 400);
    bob->show();
    QVERIFY(QTest::qWaitForWindowExposed(bob.get()));
    QImage image(bob->size(), QImage::Format_ARGB32);
    bob->render(&image);
    QTRY_COMPARE_WITH_TIMEOUT(bob->memberList()->count(), 2, Timeout);
    QStringList names;
    for (int i = 0; i < bob->memberList()->count(); ++i)
        names << bob->memberList()->item(i)->text();
    QVERIFY2(names.contains(QStringLiteral("<i>alice</i>")), qPrintable(names.join(QLatin1Char(','))));
}

void TestChatWindow::sendButtonNeedsText()
{
    auto alice = makeWindow(uniqueRoom(), QStringLiteral("alice"));
    QVERIFY(!alice->sendButton()->isEnabled());
    type(alice.get(), QStringLiteral("   "));
    QVERIFY(!alice->sendButton()->isEnabled());
    pressEnter(alice.get());
    QCOMPARE(alice->composer()->toPlainText(), QStringLiteral("   ")); // nothing sent, nothing lost
    type(alice.get(), QStringLiteral("x"));
    QVERIFY(alice->sendButton()->isEnabled());
    QTest::mouseClick(alice->sendButton(), Qt::LeftButton);
    QCOMPARE(alice->composer()->toPlainText(), QString());
    QVERIFY(!alice->sendButton()->isEnabled());
}

void TestChatWindow::remainingHintNearLimit()
{
    auto alice = makeWindow(uniqueRoom(), QStringLiteral("alice"));
    alice->show();
    QVERIFY(QTest::qWaitForWindowExposed(alice.get()));
    alice->composer()->setPlainText(QString(100, QLatin1Char('a')));
    QVERIFY(!alice->remainingLabel()->isVisible());

    // 'é' is two bytes of UTF-8: the hint counts bytes, since that is what the limit is on.
    const int chars = IpcChannel::MaxMessageBytes * 95 / 100 / 2;
    alice->composer()->setPlainText(QString(chars, QChar(0xE9)));
    QVERIFY(alice->remainingLabel()->isVisible());
    const int left = IpcChannel::MaxMessageBytes - 2 * chars;
    QVERIFY2(alice->remainingLabel()->text().contains(QString::number(left)), qPrintable(alice->remainingLabel()->text()));

    alice->composer()->setPlainText(QString(IpcChannel::MaxMessageBytes + 7, QLatin1Char('a')));
    QVERIFY(alice->remainingLabel()->isVisible());
    QVERIFY2(alice->remainingLabel()->text().contains(QStringLiteral("7")), qPrintable(alice->remainingLabel()->text()));

    alice->composer()->clear();
    QVERIFY(!alice->remainingLabel()->isVisible());
}

void TestChatWindow::refusedSendKeepsText()
{
    const QString room = uniqueRoom();
    auto alice = makeWindow(room, QStringLiteral("alice"));
    auto bob = makeWindow(room, QStringLiteral("bob"));
    alice->show();
    QVERIFY(QTest::qWaitForWindowExposed(alice.get()));
    const QString tooLong(IpcChannel::MaxMessageBytes + 1, QLatin1Char('z'));
    alice->composer()->setPlainText(tooLong);
    // Over the limit Send is off; Enter still tries, and says why not.
    QVERIFY(!alice->sendButton()->isEnabled());
    pressEnter(alice.get());

    QVERIFY(alice->sendErrorLabel()->isVisible());
    QCOMPARE(alice->sendErrorLabel()->text(), IpcChannel::checkMessage(tooLong));
    QVERIFY(!alice->sendErrorLabel()->text().isEmpty());
    QCOMPARE(alice->composer()->toPlainText(), tooLong);

    // A good message afterwards goes out and clears the notice; the refused one never arrived.
    alice->composer()->setPlainText(QStringLiteral("short"));
    pressEnter(alice.get());
    QVERIFY(!alice->sendErrorLabel()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(findText(bob->model(), QStringLiteral("short")) >= 0, Timeout);
    QCOMPARE(textRows(bob->model()).size(), 1);
}

void TestChatWindow::membersPanel()
{
    const QString room = uniqueRoom();
    auto alice = makeWindow(room, QStringLiteral("alice"));
    QTRY_COMPARE_WITH_TIMEOUT(alice->memberList()->count(), 1, Timeout);
    auto bob = makeWindow(room, QStringLiteral("bob"));
    auto carol = makeWindow(room, QStringLiteral("carol"));
    QTRY_COMPARE_WITH_TIMEOUT(bob->memberList()->count(), 3, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(alice->memberList()->count(), 3, Timeout);
    QCOMPARE(bob->memberList()->item(0)->text(), QStringLiteral("bob (you)")); // self first
    QCOMPARE(bob->memberList()->item(1)->text(), QStringLiteral("alice"));
    QCOMPARE(bob->memberList()->item(2)->text(), QStringLiteral("carol"));
    carol.reset();
    QTRY_COMPARE_WITH_TIMEOUT(alice->memberList()->count(), 2, Timeout);
    // And the leave shows as a quiet line.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int row = 0; row < alice->model()->rowCount(); ++row) {
                const QModelIndex index = alice->model()->index(row);
                if (index.data(MessageModel::KindRole).value<MessageModel::EntryKind>() == MessageModel::EntryKind::Leave
                    && index.data().toString() == QStringLiteral("carol left"))
                    return true;
            }
            return false;
        }(),
        Timeout);
}

void TestChatWindow::renameIsAnnounced()
{
    const QString room = uniqueRoom();
    auto alice = makeWindow(room, QStringLiteral("alice"));
    auto bob = makeWindow(room, QStringLiteral("bob"));
    QVERIFY(alice->changeNickname(QStringLiteral("alicia")));
    QCOMPARE(alice->channel()->nickname(), QStringLiteral("alicia"));
    QVERIFY(alice->windowTitle().contains(QStringLiteral("alicia")));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int row = 0; row < bob->model()->rowCount(); ++row) {
                if (bob->model()->index(row).data().toString() == QStringLiteral("alice is now known as alicia"))
                    return true;
            }
            return false;
        }(),
        Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!bob->memberList()->findItems(QStringLiteral("alicia"), Qt::MatchExactly).isEmpty(), Timeout);

    QVERIFY(!alice->changeNickname(QStringLiteral(" spaced ")));
    QCOMPARE(alice->channel()->nickname(), QStringLiteral("alicia"));
}

void TestChatWindow::unreadCountInTitle()
{
    const QString room = uniqueRoom();
    auto alice = makeWindow(room, QStringLiteral("alice"));
    auto bob = makeWindow(room, QStringLiteral("bob"));
    QVERIFY(showWithFirstActive(alice.get(), bob.get()));
    QVERIFY(!bob->isActiveWindow());
    QCOMPARE(QApplication::focusWidget(), alice->composer()); // ready to type at once

    type(alice.get(), QStringLiteral("one"));
    pressEnter(alice.get());
    type(alice.get(), QStringLiteral("two"));
    pressEnter(alice.get());
    QTRY_COMPARE_WITH_TIMEOUT(bob->unreadCount(), 2, Timeout);
    QVERIFY2(bob->windowTitle().startsWith(QStringLiteral("(2) ")), qPrintable(bob->windowTitle()));
    QCOMPARE(alice->unreadCount(), 0); // own messages in the active window do not count
    QVERIFY(!alice->windowTitle().startsWith(QLatin1Char('(')));

    bob->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(bob.get()));
    QTRY_COMPARE_WITH_TIMEOUT(bob->unreadCount(), 0, Timeout);
    QVERIFY(!bob->windowTitle().startsWith(QLatin1Char('(')));
}

void TestChatWindow::inactiveWindowPollsInTheBackground()
{
    const QString room = uniqueRoom();
    auto alice = makeWindow(room, QStringLiteral("alice"));
    auto bob = makeWindow(room, QStringLiteral("bob"));
    QVERIFY(showWithFirstActive(alice.get(), bob.get()));
    QTRY_VERIFY(bob->channel()->isBackground());
    QVERIFY(!alice->channel()->isBackground());

    // In the background, bob still gets what alice says.
    type(alice.get(), QStringLiteral("while you were away"));
    pressEnter(alice.get());
    QTRY_COMPARE_WITH_TIMEOUT(bob->unreadCount(), 1, Timeout);

    bob->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(bob.get()));
    QTRY_VERIFY(!bob->channel()->isBackground());
    QTRY_VERIFY(alice->channel()->isBackground());

    // Minimised counts as not looking, whatever the focus says.
    bob->showMinimized();
    QTRY_VERIFY(bob->channel()->isBackground());
}

void TestChatWindow::languageSwitchRetranslates()
{
    const QString room = uniqueRoom();
    auto alice = makeWindow(room, QStringLiteral("alice"));
    QCOMPARE(alice->sendButton()->text(), QStringLiteral("Send"));
    QTRY_VERIFY_WITH_TIMEOUT(alice->model()->rowCount() > 0, Timeout);
    const QModelIndex join = alice->model()->index(0);
    QCOMPARE(join.data().toString(), QStringLiteral("alice joined"));

    // Through the Language menu, as a user would.
    QAction *german = nullptr;
    for (QAction *action : alice->findChildren<QAction *>()) {
        if (action->isCheckable() && action->data().toString() == QStringLiteral("de"))
            german = action;
    }
    QVERIFY(german);
    german->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(alice->sendButton()->text(), QStringLiteral("Senden"), Timeout);
    QVERIFY(german->isChecked());
    QCOMPARE(LanguageMenu::currentLanguage(), QStringLiteral("de"));
    QCOMPARE(join.data().toString(), QStringLiteral("alice ist beigetreten"));
    // Strings from the core are translated through the same catalogue.
    QCOMPARE(IpcChannel::checkMessage(QString()), QStringLiteral("Die Nachricht ist leer."));

    LanguageMenu::applyLanguage(QStringLiteral("ja"));
    QTRY_COMPARE_WITH_TIMEOUT(alice->sendButton()->text(), QStringLiteral("送信"), Timeout);

    LanguageMenu::applyLanguage(QStringLiteral("en"));
    QTRY_COMPARE_WITH_TIMEOUT(alice->sendButton()->text(), QStringLiteral("Send"), Timeout);
    QCOMPARE(join.data().toString(), QStringLiteral("alice joined"));
}

void TestChatWindow::switchingRooms()
{
    const QString first = uniqueRoom("a");
    const QString second = uniqueRoom("b");
    auto alice = makeWindow(first, QStringLiteral("alice"));
    auto bob = makeWindow(first, QStringLiteral("bob"));
    auto carol = makeWindow(second, QStringLiteral("carol"));
    QTRY_COMPARE_WITH_TIMEOUT(bob->memberList()->count(), 2, Timeout);

    QVERIFY(alice->joinRoom(second));
    QCOMPARE(alice->channel()->room(), second);
    QVERIFY(alice->windowTitle().contains(second));
    QTRY_COMPARE_WITH_TIMEOUT(bob->memberList()->count(), 1, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(alice->memberList()->count(), 2, Timeout);

    type(alice.get(), QStringLiteral("in the second room"));
    pressEnter(alice.get());
    QTRY_VERIFY_WITH_TIMEOUT(findText(carol->model(), QStringLiteral("in the second room")) >= 0, Timeout);
    QTest::qWait(100);
    QCOMPARE(findText(bob->model(), QStringLiteral("in the second room")), -1);
}

void TestChatWindow::badRoomShowsBanner()
{
    const QString room = uniqueRoom();
    auto alice = makeWindow(room, QStringLiteral("alice"));
    alice->show();
    QVERIFY(QTest::qWaitForWindowExposed(alice.get()));
    QVERIFY(!alice->banner()->isVisible());
    const QString bad = QStringLiteral(" bad room ");
    QVERIFY(!alice->joinRoom(bad));
    QVERIFY(alice->banner()->isVisible());
    QCOMPARE(alice->bannerLabel()->text(), IpcChannel::checkRoomName(bad));
    QCOMPARE(alice->channel()->room(), room); // still where it was
    QCOMPARE(alice->channel()->state(), IpcChannel::State::Joined);
}

void TestChatWindow::scrollbackIsCapped()
{
    MessageModel model;
    model.setMaximumCount(10);
    for (int i = 0; i < 25; ++i) {
        ChatMessage message;
        message.seq = quint64(i);
        message.sender = QStringLiteral("flood");
        message.text = QString::number(i);
        model.appendMessage(message);
        QVERIFY(model.rowCount() <= 10);
    }
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("15"));
    QCOMPARE(model.index(9).data().toString(), QStringLiteral("24"));
}

void TestChatWindow::copySelectedMessage()
{
    const QString room = uniqueRoom();
    auto alice = makeWindow(room, QStringLiteral("alice"));
    auto bob = makeWindow(room, QStringLiteral("bob"));
    const QString text = QStringLiteral("copy <me>\nplease");
    alice->composer()->setPlainText(text);
    QVERIFY(alice->sendComposerText());
    QTRY_VERIFY_WITH_TIMEOUT(findText(bob->model(), text) >= 0, Timeout);
    bob->show();
    QVERIFY(QTest::qWaitForWindowExposed(bob.get()));
    const QModelIndex index = bob->model()->index(findText(bob->model(), text));
    bob->messageView()->setFocus();
    bob->messageView()->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(bob->messageView(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), text);
}

void TestChatWindow::newMessagesHintWhenScrolledUp()
{
    const QString room = uniqueRoom();
    auto alice = makeWindow(room, QStringLiteral("alice"));
    auto bob = makeWindow(room, QStringLiteral("bob"));
    bob->resize(500, 400);
    bob->show();
    QVERIFY(QTest::qWaitForWindowExposed(bob.get()));
    for (int i = 0; i < 40; ++i) {
        alice->composer()->setPlainText(QStringLiteral("filler %1").arg(i));
        QVERIFY(alice->sendComposerText());
    }
    QTRY_VERIFY_WITH_TIMEOUT(findText(bob->model(), QStringLiteral("filler 39")) >= 0, Timeout);
    QScrollBar *bar = bob->messageView()->verticalScrollBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > 0, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(bar->value(), bar->maximum(), Timeout); // followed the flow
    QVERIFY(!bob->newMessagesButton()->isVisible());

    bar->setValue(0); // the user reads back
    alice->composer()->setPlainText(QStringLiteral("news"));
    QVERIFY(alice->sendComposerText());
    QTRY_VERIFY_WITH_TIMEOUT(findText(bob->model(), QStringLiteral("news")) >= 0, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(bob->newMessagesButton()->isVisible(), Timeout);
    QCOMPARE(bar->value(), 0); // not yanked away

    QTest::mouseClick(bob->newMessagesButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(bar->value(), bar->maximum(), Timeout);
    QVERIFY(!bob->newMessagesButton()->isVisible());
}

void TestChatWindow::floodStaysBounded()
{
    const QString room = uniqueRoom();
    auto alice = makeWindow(room, QStringLiteral("alice"));
    auto bob = makeWindow(room, QStringLiteral("bob"));
    bob->resize(500, 400);
    bob->show();
    QVERIFY(QTest::qWaitForWindowExposed(bob.get()));
    QElapsedTimer timer;
    timer.start();
    const int count = MessageModel::DefaultMaximumCount + 1000;
    for (int i = 0; i < count; ++i)
        QVERIFY(alice->channel()->sendMessage(QStringLiteral("flood %1 with some words to wrap around").arg(i)));
    const QString last = QStringLiteral("flood %1 with some words to wrap around").arg(count - 1);
    QTRY_VERIFY_WITH_TIMEOUT(findText(bob->model(), last) >= 0, 20000);
    QCOMPARE(bob->model()->rowCount(), MessageModel::DefaultMaximumCount);
    QCOMPARE(bob->model()->index(MessageModel::DefaultMaximumCount - 1).data().toString(), last);
    // Still following the newest message after the flood.
    QScrollBar *bar = bob->messageView()->verticalScrollBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > 0, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(bar->value(), bar->maximum(), Timeout);
    qDebug() << "flood of" << count << "handled in" << timer.elapsed() << "ms";
    timer.restart();
    bob->resize(700, 400);
    bob->messageView()->doItemsLayout();
    QCoreApplication::processEvents();
    qDebug() << "relayout of" << bob->model()->rowCount() << "rows after a resize:" << timer.elapsed() << "ms";
}

void TestChatWindow::findsOnlyWebLinks()
{
    const auto links = [](const QString &text) {
        QStringList found;
        for (const auto &link : MessageDelegate::findLinks(text))
            found << text.mid(link.first, link.second);
        return found;
    };
    QCOMPARE(links(QStringLiteral("see https://example.com/a?b=1, and http://qt.io.")),
             QStringList({ QStringLiteral("https://example.com/a?b=1"), QStringLiteral("http://qt.io") }));
    QCOMPARE(links(QStringLiteral("(https://example.com/x_(y))")), QStringList{ QStringLiteral("https://example.com/x_(y)") });
    QCOMPARE(links(QStringLiteral("javascript:alert(1) file:///etc/passwd ftp://x.org mailto:a@b.c")), QStringList());
    QCOMPARE(links(QStringLiteral("xhttp://evil.com https:// http:///path")), QStringList());
    QCOMPARE(links(QStringLiteral("<a href=\"http://a.example\">b</a>")), QStringList{ QStringLiteral("http://a.example") });
}

void TestChatWindow::clickingLinkOpensIt()
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &catcher, "open");
    const QString room = uniqueRoom();
    auto alice = makeWindow(room, QStringLiteral("alice"));
    auto bob = makeWindow(room, QStringLiteral("bob"));
    bob->resize(500, 400);
    bob->show();
    QVERIFY(QTest::qWaitForWindowExposed(bob.get()));
    const QString text = QStringLiteral("https://example.com/page plain words after the link");
    alice->composer()->setPlainText(text);
    QVERIFY(alice->sendComposerText());
    QTRY_VERIFY_WITH_TIMEOUT(findText(bob->model(), text) >= 0, Timeout);
    const QModelIndex index = bob->model()->index(findText(bob->model(), text));
    QListView *view = bob->messageView();
    view->scrollTo(index);
    const QRect rect = view->visualRect(index);
    auto *delegate = qobject_cast<MessageDelegate *>(view->itemDelegate());
    QVERIFY(delegate);

    QPoint onLink;
    QPoint offLink;
    for (int y = rect.top(); y <= rect.bottom() && onLink.isNull(); y += 2) {
        for (int x = rect.left(); x <= rect.right(); x += 3) {
            const QString link = delegate->linkAt(view, index, QPoint(x, y));
            if (link == QStringLiteral("https://example.com/page")) {
                onLink = QPoint(x + 3, y);
                offLink = QPoint(rect.right() - 2, y); // beyond the end of the text on that line
                break;
            }
        }
    }
    QVERIFY2(!onLink.isNull(), "no point in the row maps to the link");
    QCOMPARE(delegate->linkAt(view, index, QPoint(rect.left() + 2, rect.top() + 2)), QString()); // the header

    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, offLink);
    QCOMPARE(catcher.opened.size(), 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, onLink);
    QCOMPARE(catcher.opened, QList<QUrl>{ QUrl(QStringLiteral("https://example.com/page")) });
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
}

void TestChatWindow::systemLines()
{
    MessageModel model;
    model.setSelfId(7);
    const auto add = [&](ChatMessage::Kind kind, const QString &sender, const QString &text = QString(), bool timedOut = false) {
        ChatMessage message;
        message.kind = kind;
        message.sender = sender;
        message.senderId = 3;
        message.text = text;
        message.timedOut = timedOut;
        message.time = QDateTime::currentDateTimeUtc();
        model.appendMessage(message);
        return model.index(model.rowCount() - 1);
    };
    QCOMPARE(add(ChatMessage::Kind::Join, QStringLiteral("<b>eve</b>")).data().toString(), QStringLiteral("<b>eve</b> joined"));
    QCOMPARE(add(ChatMessage::Kind::Leave, QStringLiteral("eve")).data().toString(), QStringLiteral("eve left"));
    QCOMPARE(add(ChatMessage::Kind::Leave, QStringLiteral("eve"), QString(), true).data().toString(),
             QStringLiteral("eve left (not responding)"));
    QCOMPARE(add(ChatMessage::Kind::Rename, QStringLiteral("new"), QStringLiteral("old")).data().toString(),
             QStringLiteral("old is now known as new"));
    const QModelIndex text = add(ChatMessage::Kind::Text, QStringLiteral("eve"), QStringLiteral("hi"));
    QVERIFY(!text.data(MessageModel::SystemRole).toBool());
    QVERIFY(!text.data(MessageModel::OwnRole).toBool()); // sender 3, we are 7
    model.appendMissed(42);
    const QModelIndex missed = model.index(model.rowCount() - 1);
    QVERIFY(missed.data(MessageModel::SystemRole).toBool());
    QVERIFY2(missed.data().toString().contains(QStringLiteral("42")), qPrintable(missed.data().toString()));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row).data(MessageModel::SystemRole).toBool(), row != text.row());
}

void TestChatWindow::historyIsMarked()
{
    const QString room = uniqueRoom();
    auto alice = makeWindow(room, QStringLiteral("alice"));
    alice->composer()->setPlainText(QStringLiteral("said before bob came"));
    QVERIFY(alice->sendComposerText());
    auto bob = makeWindow(room, QStringLiteral("bob"));
    QTRY_VERIFY_WITH_TIMEOUT(findText(bob->model(), QStringLiteral("said before bob came")) >= 0, Timeout);
    const QModelIndex first = bob->model()->index(0);
    QCOMPARE(first.data(MessageModel::KindRole).value<MessageModel::EntryKind>(), MessageModel::EntryKind::HistoryStart);
    const QModelIndex old = bob->model()->index(findText(bob->model(), QStringLiteral("said before bob came")));
    QVERIFY(old.data(MessageModel::HistoryRole).toBool());
    alice->composer()->setPlainText(QStringLiteral("said after"));
    QVERIFY(alice->sendComposerText());
    QTRY_VERIFY_WITH_TIMEOUT(findText(bob->model(), QStringLiteral("said after")) >= 0, Timeout);
    QVERIFY(!bob->model()->index(findText(bob->model(), QStringLiteral("said after"))).data(MessageModel::HistoryRole).toBool());
    // The window that was there first has nothing to replay, so no marker.
    QVERIFY(alice->model()->index(0).data(MessageModel::KindRole).value<MessageModel::EntryKind>()
            != MessageModel::EntryKind::HistoryStart);
}

void TestChatWindow::fullRoomOffersRetry()
{
#if defined(SHMCHAT_OS_MACOS)
    // Each channel is an attachment of its own, and macOS lets a process attach 8 segments
    // (kern.sysv.shmseg): the fillers would stop there, not at a full room.
    QSKIP("one process cannot fill a room's 32 slots under macOS's default kern.sysv.shmseg (8)");
#endif
    const QString room = uniqueRoom();
    // Fill every member slot, however many the room has.
    std::vector<std::unique_ptr<IpcChannel>> fillers;
    QString refusal;
    for (int i = 0; i < 1000; ++i) {
        auto channel = std::make_unique<IpcChannel>();
        if (!channel->join(room, QStringLiteral("filler%1").arg(i))) {
            refusal = channel->errorString();
            break;
        }
        fillers.push_back(std::move(channel));
    }
    QVERIFY(fillers.size() > 1 && fillers.size() < 1000);
    // Stopped by the room being full, not by a limit of the system's.
    QVERIFY2(refusal.contains(QLatin1String("full")), qPrintable(refusal));

    auto alice = makeWindow(room, QStringLiteral("alice"));
    alice->show();
    QVERIFY(QTest::qWaitForWindowExposed(alice.get()));
    QCOMPARE(alice->channel()->state(), IpcChannel::State::Disconnected);
    QVERIFY(alice->banner()->isVisible());
    QVERIFY2(alice->bannerLabel()->text().contains(room), qPrintable(alice->bannerLabel()->text()));
    QPushButton *retry = nullptr;
    for (QPushButton *button : alice->banner()->findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("&Retry"))
            retry = button;
    }
    QVERIFY(retry);
    QVERIFY(retry->isVisible());
    QVERIFY(!alice->sendButton()->isEnabled());
    alice->composer()->setPlainText(QStringLiteral("nobody hears this"));
    QVERIFY(!alice->sendButton()->isEnabled()); // not in a room

    fillers.pop_back(); // one leaves
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(alice->channel()->state(), IpcChannel::State::Joined);
    QVERIFY(!alice->banner()->isVisible());
    QVERIFY(alice->sendButton()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(alice->memberList()->count(), int(fillers.size()) + 1, Timeout);
}

void TestChatWindow::peerTextDrawnAsPlainText_data()
{
    addPeerTexts();
}

void TestChatWindow::peerTextDrawnAsPlainText()
{
    QFETCH(QString, text);
    auto bob = makeWindow(uniqueRoom(roomSuffix().constData()), QStringLiteral("bob"));
    bob->show();
    QVERIFY(QTest::qWaitForWindowExposed(bob.get()));
    // Straight into the window's model: what the delegate draws is under test here, not the room.
    MessageModel *model = bob->model();
    const auto say = [model](const QString &body) {
        ChatMessage message;
        message.sender = Eve.literal;
        message.senderId = 99;
        message.text = body;
        model->appendMessage(message);
        return model->index(model->rowCount() - 1);
    };
    const QString stripped = htmlShows(text).remove(QChar::ObjectReplacementCharacter).trimmed();
    const QModelIndex literal = say(text);
    const QModelIndex withoutMarkup = say(stripped);
    const QModelIndex empty = say(QString());
    QListView *view = bob->messageView();
    QTRY_VERIFY_WITH_TIMEOUT(view->visualRect(empty).isValid(), Timeout);

    // All three painted into the same rectangle, so that only the body can differ.
    const QStyleOptionViewItem option = viewOption(view, literal);
    const int advance = QFontMetrics(option.font).horizontalAdvance(text);
    QVERIFY2(advance + 2 * option.fontMetrics.height() < option.rect.width(),
             "the text must fit on one line for its width to tell");
    const QImage drawn = renderRow(view, option, literal);
    // Taken as HTML the tags vanish and the ink shrinks to the few words left; as plain text it
    // spans about the advance of every character (a little less: the glyphs' side bearings).
    const int ink = differingWidth(drawn, renderRow(view, option, empty));
    QVERIFY2(ink >= advance * 8 / 10,
             qPrintable(QStringLiteral("%1 is drawn %2 px wide; as plain text it would be about %3 px")
                            .arg(quoted(text)).arg(ink).arg(advance)));
    QVERIFY2(drawn != renderRow(view, option, withoutMarkup),
             qPrintable(QStringLiteral("%1 is drawn exactly like %2").arg(quoted(text), quoted(stripped))));
}

void TestChatWindow::peerTextInItemRoles_data()
{
    addPeerTexts();
}

void TestChatWindow::peerTextInItemRoles()
{
    QFETCH(QString, text);
    QFETCH(QString, marker);
    const QList<PeerText> peers = { { text, marker }, Eve };
    const QString room = uniqueRoom(roomSuffix().constData());
    auto bob = makeWindow(room, QStringLiteral("bob"));
    bob->show();
    QVERIFY(QTest::qWaitForWindowExposed(bob.get()));
    IpcChannel eve;
    eve.setPollInterval(5);
    QVERIFY(eve.join(room, Eve.literal));
    QTRY_COMPARE_WITH_TIMEOUT(eve.state(), IpcChannel::State::Joined, Timeout);
    QVERIFY(eve.sendMessage(text));
    QTRY_VERIFY_WITH_TIMEOUT(findText(bob->model(), text) >= 0, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(bob->memberList()->count(), 2, Timeout);

    // Every row: the message, eve's join line, the members.
    QStringList problems;
    const auto checkRoles = [&](const QAbstractItemModel *model, const QString &what) {
        for (int row = 0; row < model->rowCount(); ++row) {
            for (const ShownRole &role : shownRoles) {
                const QString value = model->index(row, 0).data(role.role).toString();
                const QString shown = role.autoText ? autoTextShows(value) : value;
                problems << literalProblems(QStringLiteral("%1 row %2, %3").arg(what).arg(row).arg(QLatin1String(role.name)),
                                            value, shown, peers);
            }
        }
    };
    checkRoles(bob->model(), QStringLiteral("message"));
    checkRoles(bob->memberList()->model(), QStringLiteral("member"));

    // And what resting the pointer on a row pops up, however the view came by it.
    const auto checkTooltips = [&](QListView *view, const QString &what) {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, 0);
            view->scrollTo(index);
            if (const auto tip = hoverTooltip(view, view->visualRect(index).center())) {
                problems << literalProblems(QStringLiteral("%1 row %2, tooltip").arg(what).arg(row), tip->text,
                                            tip->shown, peers);
            }
        }
    };
    checkTooltips(bob->messageView(), QStringLiteral("message"));
    checkTooltips(bob->memberList(), QStringLiteral("member"));
    hideTooltip();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestChatWindow::peerTextForAccessibility_data()
{
    addPeerTexts();
}

void TestChatWindow::peerTextForAccessibility()
{
    QFETCH(QString, text);
    QFETCH(QString, marker);
    const QList<PeerText> peers = { { text, marker }, Eve };
    const QString room = uniqueRoom(roomSuffix().constData());
    auto bob = makeWindow(room, QStringLiteral("bob"));
    IpcChannel eve;
    eve.setPollInterval(5);
    QVERIFY(eve.join(room, Eve.literal));
    QTRY_COMPARE_WITH_TIMEOUT(eve.state(), IpcChannel::State::Joined, Timeout);
    QVERIFY(eve.sendMessage(text));
    QTRY_VERIFY_WITH_TIMEOUT(findText(bob->model(), text) >= 0, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(bob->memberList()->count(), 2, Timeout);

    // A screen reader takes what it is given as plain words: it must be given the literal text.
    QStringList problems;
    const auto checkItems = [&](QAbstractItemView *view, const QString &what) {
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(view);
        QVERIFY(list);
        const QAbstractItemModel *model = view->model();
        QVERIFY2(list->childCount() >= model->rowCount(), qPrintable(what));
        int items = 0;
        for (int i = 0; i < list->childCount(); ++i) {
            QAccessibleInterface *item = list->child(i);
            QAccessibleTableCellInterface *cell = item ? item->tableCellInterface() : nullptr;
            if (!cell)
                continue;
            ++items;
            const QString where = QStringLiteral("%1 item %2").arg(what).arg(cell->rowIndex());
            const QString name = item->text(QAccessible::Name);
            const std::pair<QAccessible::Text, const char *> texts[] = {
                { QAccessible::Name, "name" },
                { QAccessible::Description, "description" },
                { QAccessible::Value, "value" },
            };
            for (const auto &[kind, kindName] : texts) {
                const QString value = item->text(kind);
                problems << literalProblems(QStringLiteral("%1, %2").arg(where, QLatin1String(kindName)), value, value, peers);
            }
            // Whatever peer text the row shows, its accessible name says too, letter for letter.
            const QString displayed = model->index(cell->rowIndex(), 0).data(Qt::DisplayRole).toString();
            for (const PeerText &peer : peers) {
                if (displayed.contains(peer.literal) && !name.contains(peer.literal))
                    problems << QStringLiteral("%1 shows %2 but is named %3").arg(where, quoted(displayed), quoted(name));
            }
        }
        QCOMPARE(items, model->rowCount());
    };
    checkItems(bob->messageView(), QStringLiteral("message"));
    checkItems(bob->memberList(), QStringLiteral("member"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestChatWindow::nicknameShownAsTyped()
{
    const QString room = uniqueRoom();
    auto bob = makeWindow(room, QStringLiteral("bob"));
    bob->show();
    QVERIFY(QTest::qWaitForWindowExposed(bob.get()));
    IpcChannel eve;
    eve.setPollInterval(5);
    QVERIFY(eve.join(room, Eve.literal));
    QTRY_COMPARE_WITH_TIMEOUT(eve.state(), IpcChannel::State::Joined, Timeout);
    QVERIFY(eve.sendMessage(QStringLiteral("hi")));
    QTRY_VERIFY_WITH_TIMEOUT(findText(bob->model(), QStringLiteral("hi")) >= 0, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(bob->memberList()->count(), 2, Timeout);

    // The member list: the item's text, and its ink as drawn (taken as HTML, "eve" is a third as wide).
    QListWidget *members = bob->memberList();
    const QList<QListWidgetItem *> found = members->findItems(Eve.literal, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    const QModelIndex member = members->model()->index(members->row(found.first()), 0);
    const QStyleOptionViewItem memberOption = viewOption(members, member);
    const QVariant memberFont = member.data(Qt::FontRole);
    const QFontMetrics memberMetrics(memberFont.isValid() ? memberFont.value<QFont>() : memberOption.font);
    QImage blank(memberOption.rect.size(), QImage::Format_ARGB32_Premultiplied);
    blank.fill(Qt::white);
    const int memberInk = differingWidth(renderRow(members, memberOption, member), blank);
    const int memberAdvance = memberMetrics.horizontalAdvance(Eve.literal);
    QVERIFY2(memberInk >= memberAdvance * 8 / 10,
             qPrintable(QStringLiteral("the member is drawn %1 px wide; as plain text about %2 px")
                            .arg(memberInk)
                            .arg(memberAdvance)));

    // The sender line of a message: rows without a time (which would be drawn after the name,
    // where the name ends), one with eve's name and one with none, so that only the name differs.
    MessageModel *model = bob->model();
    const auto say = [model](const QString &sender) {
        ChatMessage message;
        message.sender = sender;
        message.senderId = 99;
        message.text = QStringLiteral("hello");
        model->appendMessage(message);
        return model->index(model->rowCount() - 1);
    };
    const QModelIndex named = say(Eve.literal);
    const QModelIndex unnamed = say(QString());
    QListView *view = bob->messageView();
    QTRY_VERIFY_WITH_TIMEOUT(view->visualRect(unnamed).isValid(), Timeout);
    const QStyleOptionViewItem option = viewOption(view, named);
    // The name is bold, so at least as wide as in the view's regular font.
    const int nameInk = differingWidth(renderRow(view, option, named), renderRow(view, option, unnamed));
    const int nameAdvance = QFontMetrics(option.font).horizontalAdvance(Eve.literal);
    QVERIFY2(nameInk >= nameAdvance * 8 / 10,
             qPrintable(QStringLiteral("the sender is drawn %1 px wide; as plain text about %2 px")
                            .arg(nameInk)
                            .arg(nameAdvance)));

    // Every label (status bar, headings, whatever sits in the lists), the status bar's message and
    // the title: where eve's name appears, it appears as typed.
    const QList<PeerText> peers = { Eve };
    QStringList problems;
    for (const QLabel *label : bob->findChildren<QLabel *>()) {
        problems << literalProblems(QStringLiteral("label %1 in %2").arg(quoted(label->objectName()), placeOf(label)),
                                    label->text(), labelShows(label), peers);
    }
    // The pointer passing over the messages (the view tracks it) puts their status tips, if they
    // have any, in the status bar.
    for (int row = 0; row < model->rowCount(); ++row) {
        view->scrollTo(model->index(row));
        const QPoint pos = view->visualRect(model->index(row)).center();
        QMouseEvent move(QEvent::MouseMove, pos, view->viewport()->mapToGlobal(pos), Qt::NoButton, Qt::NoButton,
                         Qt::NoModifier);
        QCoreApplication::sendEvent(view->viewport(), &move);
        const QString message = bob->statusBar()->currentMessage();
        problems << literalProblems(QStringLiteral("status bar over row %1").arg(row), message, message, peers);
    }
    problems << literalProblems(QStringLiteral("window title"), bob->windowTitle(), bob->windowTitle(), peers);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestChatWindow)
#include "tst_chatwindow.moc"
