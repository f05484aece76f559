// Pictures in the window: one pasted in one window shows as a thumbnail in three others; a
// click opens it at full size, and Save As writes the sender's very bytes; a hostile picture
// shows "Picture could not be shown", one the room no longer holds "Picture no longer
// available"; and decoding never stalls the event loop.
#include "chatwindow.h"
#include "composeredit.h"
#include "messagedelegate.h"
#include "messagemodel.h"
#include "picturestore.h"
#include "pictureviewer.h"
#include "picturetest.h"
#include "roomsegment_p.h"
#include "wireformat_p.h"
#include "windowtest.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QMimeData>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtGui/QClipboard>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QStatusBar>

#include <memory>

using namespace ShmChat;

class tst_PictureWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void pastedPictureAppearsInThreeOtherWindows();
    void droppedFileIsSent();
    void clickOpensFullSizeAndSaveWritesTheSentBytes();
    void refusedPictureIsExplainedInTheWindow();
    void hostilePictureCouldNotBeShown();
    void reclaimedPictureIsNoLongerAvailable();
    void decodingDoesNotStallTheEventLoop();

private:
    std::unique_ptr<ChatWindow> makeWindow(const QString &name);
    QString m_room;
    QString m_roomOf;
};

namespace {

QList<QModelIndex> pictureRows(const MessageModel *model)
{
    QList<QModelIndex> rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row);
        if (index.data(MessageModel::KindRole).value<MessageModel::EntryKind>() == MessageModel::EntryKind::Picture)
            rows.append(index);
    }
    return rows;
}

PictureStore::State stateOf(ChatWindow *window, const QModelIndex &index)
{
    return window->pictureStore()->thumbnail(index.data(MessageModel::PictureRole).value<ChatMessage>()).state;
}

// A picture a user would recognise: red, with a blue square in its middle.
QImage redWithBlueSquare()
{
    QImage image(480, 320, QImage::Format_RGB32);
    image.fill(Qt::red);
    for (int y = 120; y < 200; ++y)
        for (int x = 200; x < 280; ++x)
            image.setPixel(x, y, qRgb(0, 0, 255));
    return image;
}

} // namespace

void tst_PictureWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_PictureWindow::cleanup()
{
    RoomSegment::removeIfUnused(m_room);
}

std::unique_ptr<ChatWindow> tst_PictureWindow::makeWindow(const QString &name)
{
    if (m_roomOf != QLatin1String(QTest::currentTestFunction())) {
        m_roomOf = QLatin1String(QTest::currentTestFunction());
        m_room = QStringLiteral("pw%1-%2").arg(QCoreApplication::applicationPid()).arg(m_roomOf.left(30));
    }
    auto window = WindowTest::makeWindow(m_room, name);
    window->resize(700, 600);
    return window;
}

void tst_PictureWindow::pastedPictureAppearsInThreeOtherWindows()
{
    std::vector<std::unique_ptr<ChatWindow>> windows;
    for (const char *name : { "alice", "bob", "carol", "dave" }) {
        windows.push_back(makeWindow(QString::fromLatin1(name)));
        windows.back()->show();
        QVERIFY(QTest::qWaitForWindowExposed(windows.back().get()));
        QTRY_COMPARE(windows.back()->channel()->state(), IpcChannel::State::Joined);
    }
    const QImage image = redWithBlueSquare();
    const QByteArray png = PictureTest::encode(image, "png");
    auto *mime = new QMimeData;
    mime->setData(QStringLiteral("image/png"), png);
    QGuiApplication::clipboard()->setMimeData(mime);
    ChatWindow *alice = windows.front().get();
    alice->composer()->setFocus();
    QTest::keyClick(alice->composer(), Qt::Key_V, Qt::ControlModifier);
    QVERIFY(alice->composer()->toPlainText().isEmpty()); // sent, not inserted as text

    for (const auto &window : windows) {
        QTRY_COMPARE(pictureRows(window->model()).size(), 1);
        const QModelIndex index = pictureRows(window->model()).first();
        QCOMPARE(index.data(MessageModel::SenderRole).toString(), QStringLiteral("alice"));
        QTRY_COMPARE(stateOf(window.get(), index), PictureStore::State::Ready);
        // The thumbnail is drawn: the middle of it is the blue square, its corner red.
        window->messageView()->scrollToNewest();
        QTRY_VERIFY(!window->messageView()->messageDelegate()->pictureRect(window->messageView(), index).isEmpty());
        const QRect rect = window->messageView()->messageDelegate()->pictureRect(window->messageView(), index);
        QCOMPARE(rect.size(), QSize(PictureStore::ThumbnailSide, PictureStore::ThumbnailSide * 320 / 480));
        const QImage shot = window->messageView()->viewport()->grab().toImage();
        const qreal ratio = shot.devicePixelRatio();
        const QColor middle = shot.pixelColor((rect.center() * ratio));
        const QColor corner = shot.pixelColor(((rect.topLeft() + QPoint(5, 5)) * ratio));
        QVERIFY2(middle.blue() > 200 && middle.red() < 60, qPrintable(middle.name()));
        QVERIFY2(corner.red() > 200 && corner.blue() < 60, qPrintable(corner.name()));
        QVERIFY(index.data(Qt::AccessibleTextRole).toString().contains(QLatin1String("480 x 320")));
    }
}

void tst_PictureWindow::droppedFileIsSent()
{
    auto alice = makeWindow(QStringLiteral("alice"));
    auto bob = makeWindow(QStringLiteral("bob"));
    QTRY_COMPARE(bob->channel()->state(), IpcChannel::State::Joined);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dropped.jpg"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(PictureTest::encode(redWithBlueSquare(), "jpeg"));
    }
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(path) });
    QByteArray bytes;
    QString name;
    QVERIFY(ComposerEdit::pictureFrom(&mime, &bytes, &name));
    QCOMPARE(name, QStringLiteral("dropped.jpg"));
    // What a drop ends in (QPlainTextEdit's drop calls insertFromMimeData).
    QSignalSpy offered(alice->composer(), &ComposerEdit::pictureOffered);
    struct Insert : ComposerEdit
    {
        using ComposerEdit::insertFromMimeData;
    };
    (alice->composer()->*(&Insert::insertFromMimeData))(&mime);
    QCOMPARE(offered.size(), 1);
    QTRY_COMPARE(pictureRows(bob->model()).size(), 1);
    QCOMPARE(pictureRows(bob->model()).first().data(MessageModel::PictureRole).value<ChatMessage>().text, QStringLiteral("dropped.jpg"));
    // A file that is no picture is text to insert, as before.
    mime.setUrls({ QUrl::fromLocalFile(dir.filePath(QStringLiteral("notes.txt"))) });
    QVERIFY(!ComposerEdit::pictureFrom(&mime, &bytes, &name));
}

void tst_PictureWindow::clickOpensFullSizeAndSaveWritesTheSentBytes()
{
    auto alice = makeWindow(QStringLiteral("alice"));
    auto bob = makeWindow(QStringLiteral("bob"));
    bob->show();
    QVERIFY(QTest::qWaitForWindowExposed(bob.get()));
    QTRY_COMPARE(bob->channel()->state(), IpcChannel::State::Joined);
    const QByteArray png = PictureTest::encode(redWithBlueSquare(), "png");
    QVERIFY(alice->sendPicture(png, QStringLiteral("square.png")));
    QTRY_COMPARE(pictureRows(bob->model()).size(), 1);
    const QModelIndex index = pictureRows(bob->model()).first();
    QTRY_COMPARE(stateOf(bob.get(), index), PictureStore::State::Ready);
    const QRect rect = bob->messageView()->messageDelegate()->pictureRect(bob->messageView(), index);
    QTest::mouseClick(bob->messageView()->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    QTRY_VERIFY(bob->pictureViewer() != nullptr);
    PictureViewer *viewer = bob->pictureViewer();
    QCOMPARE(viewer->imageLabel()->pixmap().size(), QSize(480, 320)); // full size, not the thumbnail
    QVERIFY(viewer->windowTitle().contains(QLatin1String("square.png")));
    QCOMPARE(viewer->suggestedFileName(), QStringLiteral("square.png"));
    QTemporaryDir dir;
    QString error;
    QVERIFY2(viewer->saveTo(dir.filePath(QStringLiteral("saved.png")), &error), qPrintable(error));
    QFile saved(dir.filePath(QStringLiteral("saved.png")));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), png);
    QVERIFY(!viewer->saveTo(dir.filePath(QStringLiteral("no/such/folder/x.png")), &error));
    QVERIFY(error.contains(QLatin1String("Could not save")));
    viewer->close();
}

void tst_PictureWindow::refusedPictureIsExplainedInTheWindow()
{
    auto alice = makeWindow(QStringLiteral("alice"));
    alice->show();
    QTRY_COMPARE(alice->channel()->state(), IpcChannel::State::Joined);
    QVERIFY(!alice->sendPicture(QByteArray("plain text"), QStringLiteral("x.png")));
    QVERIFY(alice->sendErrorLabel()->isVisible());
    QVERIFY(alice->sendErrorLabel()->text().contains(QLatin1String("only PNG, JPEG and GIF")));
    // A decompression bomb is refused by its declared pixels before it leaves.
    QVERIFY(!alice->sendPicture(PictureTest::zeroPng(30000, 30000, 8, 6, 0), QStringLiteral("bomb.png")));
    QVERIFY(alice->sendErrorLabel()->text().contains(QLatin1String("too many pixels")));
    QCOMPARE(pictureRows(alice->model()).size(), 0);
}

void tst_PictureWindow::hostilePictureCouldNotBeShown()
{
    // Written straight into the room, as a hostile process of the user could: a bomb whose record
    // declares 100 x 100 while the file's header says 30,000 x 30,000, and a truncated PNG.
    auto bob = makeWindow(QStringLiteral("bob"));
    bob->show();
    QVERIFY(QTest::qWaitForWindowExposed(bob.get()));
    QTRY_COMPARE(bob->channel()->state(), IpcChannel::State::Joined);
    RoomSegment writer;
    QCOMPARE(writer.open(m_room, 2000).status, RoomSegment::OpenResult::Status::Opened);
    const QByteArray bomb = PictureTest::zeroPng(30000, 30000, 8, 6, 0);
    const QByteArray png = PictureTest::encode(PictureTest::noise(200, 100, 3), "png");
    const QByteArray truncated = png.left(png.size() / 2);
    {
        RoomSegment::Locked held = writer.lock(1000);
        QVERIFY(held);
        QList<Wire::Outgoing> records;
        for (int i = 0; i < 2; ++i) {
            const QByteArray &bytes = i == 0 ? bomb : truncated;
            quint64 position = 0;
            QVERIFY(held.storePicture(bytes, &position));
            Wire::PictureRef ref;
            ref.position = position;
            ref.size = quint32(bytes.size());
            ref.checksum = Wire::checksum(bytes);
            ref.format = Wire::PictureFormat::Png;
            ref.width = i == 0 ? 100 : 200;
            ref.height = 100;
            records.append(Wire::Outgoing{ Wire::RecordKind::Picture, 0, 0, QDateTime::currentMSecsSinceEpoch(), "mallory",
                                           Wire::encodePictureRef(ref, "cute.png") });
        }
        QVERIFY(held.append(records) != 0);
    }
    QTRY_COMPARE(pictureRows(bob->model()).size(), 2);
    for (const QModelIndex &index : pictureRows(bob->model()))
        QTRY_COMPARE(stateOf(bob.get(), index), PictureStore::State::CouldNotShow);
    QCOMPARE(MessageDelegate::couldNotShowText(), QStringLiteral("Picture could not be shown"));
    // Opening it says so too, and opens nothing.
    QSignalSpy failed(bob->pictureStore(), &PictureStore::fullPictureFailed);
    bob->messageView()->setCurrentIndex(pictureRows(bob->model()).first());
    bob->messageView()->setFocus();
    QTest::keyClick(bob->messageView(), Qt::Key_Return);
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.first().at(1).toString().contains(QLatin1String("could not be shown")));
    QTRY_VERIFY(bob->statusBar()->currentMessage().contains(QLatin1String("could not be shown")));
    QVERIFY(bob->pictureViewer() == nullptr);
}

void tst_PictureWindow::reclaimedPictureIsNoLongerAvailable()
{
    auto bob = makeWindow(QStringLiteral("bob")); // not shown: it fetches nothing until it paints
    QTRY_COMPARE(bob->channel()->state(), IpcChannel::State::Joined);
    IpcChannel alice;
    QVERIFY(alice.join(m_room, QStringLiteral("alice")));
    QVERIFY(alice.sendPicture(PictureTest::encode(redWithBlueSquare(), "png"), QStringLiteral("first.png")));
    QByteArray big = PictureTest::encode(PictureTest::noise(8, 8, 5), "png");
    big.append(QByteArray(IpcChannel::MaxPictureBytes - big.size(), 'x'));
    const int count = int(Layout::PictureAreaCapacity / quint32(IpcChannel::MaxPictureBytes)) + 1;
    for (int i = 0; i < count; ++i)
        QVERIFY(alice.sendPicture(big, QStringLiteral("big.png")));
    QTRY_COMPARE(pictureRows(bob->model()).size(), count + 1);
    bob->show();
    QVERIFY(QTest::qWaitForWindowExposed(bob.get()));
    const QModelIndex first = pictureRows(bob->model()).first();
    QCOMPARE(stateOf(bob.get(), first), PictureStore::State::NoLongerAvailable);
    QCOMPARE(MessageDelegate::noLongerAvailableText(), QStringLiteral("Picture no longer available"));
    QSignalSpy failed(bob->pictureStore(), &PictureStore::fullPictureFailed);
    bob->pictureStore()->openFullSize(first.data(MessageModel::PictureRole).value<ChatMessage>());
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().at(1).toString().contains(QLatin1String("no longer available")));
    // The newest is still there (an 8 x 8 PNG followed by filler, which decoders ignore).
    QTRY_COMPARE(stateOf(bob.get(), pictureRows(bob->model()).last()), PictureStore::State::Ready);
}

void tst_PictureWindow::decodingDoesNotStallTheEventLoop()
{
    // Six pictures of 36 megapixels each (zeros, small to send, each a second or so to decode)
    // arrive at once: the thumbnails are made on workers while the event loop keeps turning.
    auto bob = makeWindow(QStringLiteral("bob"));
    bob->show();
    QVERIFY(QTest::qWaitForWindowExposed(bob.get()));
    QTRY_COMPARE(bob->channel()->state(), IpcChannel::State::Joined);
    IpcChannel alice;
    QVERIFY(alice.join(m_room, QStringLiteral("alice")));
    const QByteArray large = PictureTest::zeroPng(6000, 6000, 8, 6);
    QVERIFY(IpcChannel::checkPicture(large).isEmpty());

    qint64 longestGap = 0;
    int maxPending = 0;
    QElapsedTimer sinceTick;
    sinceTick.start();
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, this, [&] {
        longestGap = qMax(longestGap, sinceTick.elapsed());
        sinceTick.restart();
        maxPending = qMax(maxPending, bob->pictureStore()->pendingDecodes());
    });
    ticker.start();
    for (int i = 0; i < 6; ++i)
        QVERIFY(alice.sendPicture(large, QStringLiteral("large%1.png").arg(i)));
    QTRY_COMPARE(pictureRows(bob->model()).size(), 6);
    const auto allReady = [&] {
        const QList<QModelIndex> rows = pictureRows(bob->model());
        bob->messageView()->viewport()->update();
        return std::all_of(rows.cbegin(), rows.cend(), [&](const QModelIndex &index) {
            bob->messageView()->scrollTo(index);
            return stateOf(bob.get(), index) == PictureStore::State::Ready;
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(allReady(), 60000);
    ticker.stop();
    QVERIFY2(maxPending >= 1, "no decode ran on a worker");
    // The poll reads, the copy and the checksum happen on the GUI thread; the decodes do not.
    QVERIFY2(longestGap < 250, qPrintable(QStringLiteral("event loop stalled %1 ms").arg(longestGap)));
    qInfo("longest gap between 5 ms ticks while decoding: %lld ms", longestGap);
}

QTEST_MAIN(tst_PictureWindow)
#include "tst_picturewindow.moc"
