#include "picturestore.h"

#include "ipcchannel.h"
#include "picturedecoder.h"

#include <QtCore/QThread>
#include <QtCore/QRunnable>

PictureStore::PictureStore(IpcChannel *channel, QObject *parent)
    : QObject(parent), m_channel(channel)
{
    // Half the cores at most, at low priority: a flood of pictures must not take the CPU the
    // event loop needs (on two cores, two workers made it wait up to 150 ms).
    m_pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount() / 2));
#if QT_VERSION >= QT_VERSION_CHECK(6, 2, 0)
    m_pool.setThreadPriority(QThread::LowPriority);
#endif
    m_thumbnails.setMaxCost(64 * 1024);
}

PictureStore::~PictureStore()
{
    // Workers post their results to this object: none may still run when it is gone.
    m_pool.clear();
    m_pool.waitForDone();
}

PictureStore::Key PictureStore::keyOf(const ChatMessage &message)
{
    return Key(message.picture.generation, message.picture.position);
}

QSize PictureStore::thumbnailSize(const ChatMessage::Picture &picture)
{
    const QSize size(int(qMin<quint32>(picture.width, IpcChannel::MaxPictureSide)),
                     int(qMin<quint32>(picture.height, IpcChannel::MaxPictureSide)));
    if (size.isEmpty())
        return QSize(ThumbnailSide, ThumbnailSide / 2);
    if (size.width() <= ThumbnailSide && size.height() <= ThumbnailSide)
        return size;
    return size.scaled(ThumbnailSide, ThumbnailSide, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
}

void PictureStore::clear()
{
    m_thumbnails.clear();
}

PictureStore::Thumbnail PictureStore::thumbnail(const ChatMessage &message)
{
    const Key key = keyOf(message);
    if (const Thumbnail *known = m_thumbnails.object(key))
        return *known;
    auto *entry = new Thumbnail;
    QByteArray bytes;
    switch (m_channel->pictureData(message, &bytes)) {
    case IpcChannel::PictureStatus::NoLongerAvailable:
        entry->state = State::NoLongerAvailable;
        break;
    case IpcChannel::PictureStatus::Damaged:
        entry->state = State::CouldNotShow;
        break;
    case IpcChannel::PictureStatus::Available: {
        entry->state = State::Loading;
        const ChatMessage::Picture declared = message.picture;
        const QSize fit = thumbnailSize(declared);
        ++m_pending;
        m_pool.start([this, key, bytes, declared, fit] {
            const QImage image = PictureDecoder::decode(bytes, declared, fit);
            // Queued to the GUI thread; the destructor waits for us, so `this` is alive here.
            QMetaObject::invokeMethod(this, [this, key, image] { decodeDone(key, image); }, Qt::QueuedConnection);
        });
        break;
    }
    }
    const Thumbnail result = *entry;
    m_thumbnails.insert(key, entry, 1);
    return result;
}

void PictureStore::decodeDone(Key key, const QImage &image)
{
    --m_pending;
    auto *entry = new Thumbnail;
    entry->state = image.isNull() ? State::CouldNotShow : State::Ready;
    entry->image = image;
    m_thumbnails.insert(key, entry, qMax<qsizetype>(1, image.sizeInBytes() / 1024));
    emit thumbnailReady();
}

void PictureStore::openFullSize(const ChatMessage &message)
{
    QByteArray bytes;
    switch (m_channel->pictureData(message, &bytes)) {
    case IpcChannel::PictureStatus::NoLongerAvailable:
        emit fullPictureFailed(message, tr("Picture no longer available: the room has reused its space for newer pictures."));
        return;
    case IpcChannel::PictureStatus::Damaged:
        emit fullPictureFailed(message, tr("Picture could not be shown: its data in the room is damaged."));
        return;
    case IpcChannel::PictureStatus::Available:
        break;
    }
    ++m_pending;
    m_pool.start([this, message, bytes] {
        const QImage image = PictureDecoder::decode(bytes, message.picture);
        QMetaObject::invokeMethod(this, [this, message, image, bytes] {
            --m_pending;
            if (image.isNull())
                emit fullPictureFailed(message, tr("Picture could not be shown: it is not a valid picture of the kind and size it claims to be."));
            else
                emit fullPictureReady(message, image, bytes);
        }, Qt::QueuedConnection);
    });
}
