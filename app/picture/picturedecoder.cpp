#include "picturedecoder.h"

#include "ipcchannel.h"

#include <QtCore/QBuffer>
#include <QtGui/QImageReader>

namespace PictureDecoder {

namespace {

constexpr qsizetype JpegTrailingBytes = 4096;

QByteArray formatName(ChatMessage::PictureFormat format)
{
    switch (format) {
    case ChatMessage::PictureFormat::Png:
        return QByteArrayLiteral("png");
    case ChatMessage::PictureFormat::Jpeg:
        return QByteArrayLiteral("jpeg");
    case ChatMessage::PictureFormat::Gif:
        return QByteArrayLiteral("gif");
    case ChatMessage::PictureFormat::None:
        break;
    }
    return QByteArray();
}

bool sizeAcceptable(const QSize &size)
{
    return size.isValid() && size.width() > 0 && size.height() > 0
        && size.width() <= IpcChannel::MaxPictureSide && size.height() <= IpcChannel::MaxPictureSide
        && qint64(size.width()) * size.height() <= IpcChannel::MaxPicturePixels;
}

} // namespace

int allocationLimitMiB()
{
    return int(IpcChannel::MaxPicturePixels * 4 / (1024 * 1024)) + 8;
}

QImage decode(const QByteArray &bytes, const ChatMessage::Picture &declared, const QSize &fitInto)
{
    const QByteArray format = formatName(declared.format);
    const QSize size(int(qMin<quint32>(declared.width, 1u << 30)), int(qMin<quint32>(declared.height, 1u << 30)));
    if (format.isEmpty() || bytes.isEmpty() || !sizeAcceptable(size))
        return QImage();
    // libjpeg makes up grey for whatever a truncated file lacks, and Qt calls that a success: a
    // JPEG must end (its EOI marker) near where its bytes do. Cameras may append a little.
    if (declared.format == ChatMessage::PictureFormat::Jpeg
        && bytes.lastIndexOf(QByteArrayView("\xff\xd9", 2)) < bytes.size() - JpegTrailingBytes) {
        return QImage();
    }
    QBuffer buffer;
    buffer.setData(bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return QImage();
    QImageReader reader(&buffer, format);
    // Only the declared format's decoder ever sees the bytes.
    reader.setAutoDetectImageFormat(false);
    reader.setDecideFormatFromContent(false);
    reader.setAutoTransform(false);
    // Qt refuses (without decoding) an image whose pixels would need more than this.
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    reader.setAllocationLimit(allocationLimitMiB());
#endif
    if (!reader.canRead())
        return QImage();
    // The header's size, read before a pixel is decoded: it must be what the sender declared,
    // which the room's rules already bound.
    const QSize header = reader.size();
    if (header != size || !sizeAcceptable(header))
        return QImage();
    QSize expected = header;
    if (fitInto.isValid() && (header.width() > fitInto.width() || header.height() > fitInto.height())) {
        expected = header.scaled(fitInto, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
        reader.setScaledSize(expected);
    }
    QImage image;
    if (!reader.read(&image) || image.isNull())
        return QImage();
    // What comes out is what was declared (a GIF's frame may disagree with its screen size).
    if (image.size() != expected)
        return QImage();
    return image;
}

} // namespace PictureDecoder
