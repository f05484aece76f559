#pragma once

#include "chatmessage.h"

#include <QtCore/QCache>
#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QThreadPool>
#include <QtGui/QImage>

class IpcChannel;

// The window's pictures: fetched from the room (copied out and verified by IpcChannel) on the
// GUI thread, which takes a millisecond or two for the largest, and decoded on worker threads
// by the bounded decoder, so that the event loop never waits on a decode. Thumbnails are cached.
class PictureStore : public QObject
{
    Q_OBJECT
public:
    enum class State { Loading, Ready, NoLongerAvailable, CouldNotShow };
    struct Thumbnail
    {
        State state = State::Loading;
        QImage image;
    };

    // The longest side of a thumbnail, in device-independent pixels.
    static constexpr int ThumbnailSide = 240;

    explicit PictureStore(IpcChannel *channel, QObject *parent = nullptr);
    ~PictureStore() override;

    // The thumbnail as far as it is known; the first call starts loading it, and thumbnailReady
    // says when it is known.
    Thumbnail thumbnail(const ChatMessage &message);
    // Fetches the picture and decodes it at full size on a worker; fullPictureReady or
    // fullPictureFailed follows.
    void openFullSize(const ChatMessage &message);
    // Forgets every thumbnail (the room changed).
    void clear();
    // Decodes still running or queued: for tests.
    int pendingDecodes() const { return m_pending; }

    static QSize thumbnailSize(const ChatMessage::Picture &picture);

Q_SIGNALS:
    void thumbnailReady();
    // bytes: the verified file as sent (what Save As writes); image: decoded at full size.
    void fullPictureReady(const ChatMessage &message, const QImage &image, const QByteArray &bytes);
    void fullPictureFailed(const ChatMessage &message, const QString &reason);

private:
    using Key = QPair<quint64, quint64>; // generation, position
    static Key keyOf(const ChatMessage &message);
    void decodeDone(Key key, const QImage &image);

    IpcChannel *m_channel;
    QThreadPool m_pool;
    // Cost in KiB of pixels: about 64 MiB of thumbnails at most.
    QCache<Key, Thumbnail> m_thumbnails;
    int m_pending = 0;
};
