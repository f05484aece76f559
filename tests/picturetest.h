// Pictures for the picture tests: honest ones made with Qt, and hostile ones made by hand (a PNG
// whose pixels inflate to hundreds of megabytes, headers that lie, truncated files).
#pragma once

#include <QtCore/QBuffer>
#include <QtCore/QByteArray>
#include <QtCore/QRandomGenerator>
#include <QtCore/QtEndian>
#include <QtGui/QImage>

#include <zlib.h>

namespace PictureTest {

// Noise, so that the encoded size is about what the pixels are (PNG cannot shrink it much).
inline QImage noise(int width, int height, quint32 seed)
{
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator random(seed);
    for (int y = 0; y < height; ++y)
        random.fillRange(reinterpret_cast<quint32 *>(image.scanLine(y)), width);
    return image;
}

inline QByteArray encode(const QImage &image, const char *format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

// A 1 x 1 GIF (Qt reads GIF but does not write it).
inline QByteArray tinyGif()
{
    static const unsigned char gif[] = { 'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, 0x80, 0, 0, 0xff, 0xff, 0xff, 0, 0, 0,
                                         0x21, 0xf9, 4, 1, 0, 0, 0, 0, 0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0, 0x3b };
    return QByteArray(reinterpret_cast<const char *>(gif), sizeof gif);
}

inline void appendChunk(QByteArray *png, const char *type, const QByteArray &data)
{
    char length[4];
    qToBigEndian<quint32>(quint32(data.size()), length);
    png->append(length, 4);
    const QByteArray body = QByteArray(type, 4) + data;
    png->append(body);
    char crc[4];
    qToBigEndian<quint32>(quint32(crc32(0, reinterpret_cast<const Bytef *>(body.constData()), uInt(body.size()))), crc);
    png->append(crc, 4);
}

// A PNG of width x height whose pixels are all zero, compressed with zlib (about 1,000 to 1):
// bitDepth 8 or 16, colourType 6 (RGBA) or 0 (grey). rows, if >= 0, is how many rows the
// compressed data really holds (a truncated image when less than height).
inline QByteArray zeroPng(quint32 width, quint32 height, int bitDepth = 8, int colourType = 6, qint64 rows = -1)
{
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    QByteArray ihdr(13, '\0');
    qToBigEndian<quint32>(width, ihdr.data());
    qToBigEndian<quint32>(height, ihdr.data() + 4);
    ihdr[8] = char(bitDepth);
    ihdr[9] = char(colourType);
    appendChunk(&png, "IHDR", ihdr);
    const int channels = colourType == 6 ? 4 : 1;
    const QByteArray row(qsizetype(1 + qint64(width) * channels * bitDepth / 8), '\0');
    z_stream stream{};
    deflateInit(&stream, Z_BEST_COMPRESSION);
    QByteArray compressed;
    QByteArray out(1 << 16, '\0');
    const qint64 total = rows < 0 ? qint64(height) : rows;
    for (qint64 y = 0; y <= total; ++y) {
        const bool last = y == total;
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(row.constData()));
        stream.avail_in = last ? 0 : uInt(row.size());
        do {
            stream.next_out = reinterpret_cast<Bytef *>(out.data());
            stream.avail_out = uInt(out.size());
            deflate(&stream, last ? Z_FINISH : Z_NO_FLUSH);
            compressed.append(out.constData(), out.size() - qsizetype(stream.avail_out));
        } while (stream.avail_out == 0);
    }
    deflateEnd(&stream);
    appendChunk(&png, "IDAT", compressed);
    appendChunk(&png, "IEND", QByteArray());
    return png;
}

} // namespace PictureTest
