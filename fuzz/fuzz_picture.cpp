// libFuzzer target: the picture path a reader takes, on hostile bytes. The input is a picture
// record's text (the reference and the file name) followed by the picture's bytes: the
// reference decoder, the sniffer, and the bounded decoder (with what the reference declares and
// with what the bytes' own header declares), at full size and as a thumbnail.
#include "picturedecoder.h"
#include "wireformat_p.h"

#include <QtCore/QCoreApplication>

#include <cstddef>
#include <cstdint>

using namespace ShmChat;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Qt finds the JPEG and GIF decoders (plugins) through the application.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = qMin<qsizetype>(input.size(), Wire::PictureRefSize + (input.isEmpty() ? 0 : data[0] % 16));
    const QByteArray text = input.first(split).toByteArray();
    const QByteArray bytes = input.sliced(split).toByteArray();

    Wire::PictureRef ref;
    QString name;
    if (Wire::decodePictureRef(text, &ref, &name)) {
        // What was accepted keeps every rule a sender keeps.
        if (ref.size == 0 || ref.size > Wire::MaxPictureBytes || quint64(ref.width) * ref.height > Wire::MaxPicturePixels
            || ref.format == Wire::PictureFormat::None || name.toUtf8().size() > qsizetype(Wire::MaxPictureNameBytes)) {
            __builtin_trap();
        }
        ChatMessage::Picture declared;
        declared.format = ChatMessage::PictureFormat(quint8(ref.format));
        declared.width = ref.width;
        declared.height = ref.height;
        const QImage image = PictureDecoder::decode(bytes, declared, QSize(64, 64));
        if (!image.isNull() && (image.width() > 64 || image.height() > 64))
            __builtin_trap();
    }

    quint32 width = 0;
    quint32 height = 0;
    const Wire::PictureFormat format = Wire::sniffPicture(bytes, &width, &height);
    if (format != Wire::PictureFormat::None && (width == 0 || height == 0))
        __builtin_trap();
    ChatMessage::Picture own;
    own.format = ChatMessage::PictureFormat(quint8(format));
    own.width = width;
    own.height = height;
    const QImage image = PictureDecoder::decode(bytes, own);
    if (!image.isNull() && (quint32(image.width()) != width || quint32(image.height()) != height))
        __builtin_trap(); // a decoded picture is exactly the size its header declared
    return 0;
}
