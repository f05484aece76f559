// Decoding a picture a peer sent, bounded: whatever the bytes are (a decompression bomb, a
// truncated or malformed file, another format than declared), decode() returns a null image
// instead of crashing, hanging or allocating without limit. Thread-safe; meant for a worker.
#pragma once

#include "chatmessage.h"

#include <QtCore/QByteArray>
#include <QtCore/QSize>
#include <QtGui/QImage>

namespace PictureDecoder {

// The most a decode may allocate for the image, in MiB: the largest picture the room accepts
// (IpcChannel::MaxPicturePixels) at 4 bytes a pixel, and a little more.
int allocationLimitMiB();

// Decodes bytes verified by IpcChannel::pictureData() (or any bytes at all). They must be of
// the declared format and declare exactly the declared size, within the pixel limit, before a
// pixel is decoded. fitInto, when valid, asks for an image scaled to fit it (a thumbnail;
// JPEG then decodes at the smaller size directly). Null when refused or undecodable.
QImage decode(const QByteArray &bytes, const ChatMessage::Picture &declared, const QSize &fitInto = QSize());

} // namespace PictureDecoder
