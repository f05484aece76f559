// The record format of the broadcast ring, as pure functions: no shared memory here, so that
// tests and fuzzers can feed it any bytes. The layout is documented in roomsegment.cpp.
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayView>
#include <QtCore/QString>
#include <QtCore/QStringView>

#include <utility>

namespace ShmChat::Wire {

constexpr quint32 RecordHeaderSize = 40;
constexpr quint32 RecordAlignment = 8;
constexpr quint32 MaxNameBytes = 64;
constexpr quint32 MaxTextBytes = 4096;
// The machine a remote record came from (written by shmchat-bridge), a name by the same rules.
constexpr quint32 MaxMachineBytes = 23;

constexpr quint32 alignUp(quint32 n) { return (n + RecordAlignment - 1) & ~(RecordAlignment - 1); }
constexpr quint32 MaxRecordSize = alignUp(RecordHeaderSize + MaxNameBytes + MaxTextBytes + MaxMachineBytes);

// Missed: written by shmchat-bridge when the NATS stream no longer held messages it should have
// relayed; the text is their exact count in decimal digits.
enum class RecordKind : quint8 { Text = 1, Join = 2, Leave = 3, Rename = 4, Picture = 5, Direct = 6, Missed = 10 };
// A direct message's text bytes start with the recipient's member id (little-endian, never 0),
// then the message itself, which follows the rules of any text.
constexpr quint32 DirectPrefixBytes = 4;
constexpr quint32 MaxDirectTextBytes = MaxTextBytes - DirectPrefixBytes;
constexpr quint8 FlagTimedOut = 0x1; // Leave written by a peer on behalf of a dead member
// Relayed from another machine by shmchat-bridge; the record carries that machine's name, and
// the bridge never sends such a record out again (no loops).
constexpr quint8 FlagRemote = 0x10;
constexpr quint8 KnownFlags = FlagTimedOut | FlagRemote;

// Pictures: the bytes live in the segment's picture area; a Picture record's text is a fixed
// binary reference to them (PictureRefSize bytes) followed by the file name (UTF-8, a name by
// checkName()'s rules, or empty).
enum class PictureFormat : quint8 { None = 0, Png = 1, Jpeg = 2, Gif = 3 };
// The largest picture on any platform (the layout's own limit may be lower, see
// Layout::MaxPictureBytes), and the most pixels one may have: what a reader may be made to
// decode. 40 megapixels at 4 bytes each is 160 MB, the decoder's allocation limit.
constexpr quint32 MaxPictureBytes = 4u * 1024 * 1024;
constexpr quint64 MaxPicturePixels = 40'000'000;
constexpr quint32 MaxPictureSide = 65535;
constexpr quint32 PictureRefSize = 28;
constexpr quint32 MaxPictureNameBytes = MaxNameBytes;

struct PictureRef
{
    quint64 position = 0; // in the picture area, a byte counter that never wraps
    quint32 size = 0;     // bytes of the encoded picture
    quint32 checksum = 0; // checksum(bytes), unseeded
    PictureFormat format = PictureFormat::None;
    quint32 width = 0;
    quint32 height = 0;
};

// What the bytes are, by their signature and header alone (nothing is decoded): the format and
// the pixel size it declares. None when they are no PNG, JPEG or GIF whose header can be read.
PictureFormat sniffPicture(QByteArrayView bytes, quint32 *width, quint32 *height);
// The reference as carried in a record's text: PictureRefSize bytes, then the name's.
QByteArray encodePictureRef(const PictureRef &ref, QByteArrayView nameUtf8);
// False, with nothing written, when the reference breaks a rule a sender must keep: sizes
// within the limits above, a known format, zero reserved bytes, an acceptable name.
bool decodePictureRef(QByteArrayView text, PictureRef *ref, QString *name);

struct Record
{
    quint64 seq = 0;
    qint64 timeMs = 0;
    quint32 memberId = 0;
    quint32 generationTag = 0; // low 32 bits of the segment generation it was written in
    quint32 recipientId = 0;   // Direct only: the member it is addressed to
    RecordKind kind = RecordKind::Text;
    quint8 flags = 0;
    QString name;
    QString text;         // for a Picture: its file name
    PictureRef picture;   // Picture only
    QString machine;      // FlagRemote only: the machine it came from
};

// A record that is validated but not yet numbered: the sequence number is only known under the
// room's lock.
struct Outgoing
{
    Outgoing() = default;
    // A record whose text is UTF-8 already (announcements, and tests that forge any bytes).
    Outgoing(RecordKind kind, quint8 flags, quint32 memberId, qint64 timeMs, QByteArray name, QByteArray text)
        : kind(kind), flags(flags), memberId(memberId), timeMs(timeMs), name(std::move(name)), text(std::move(text))
    {
    }

    RecordKind kind = RecordKind::Text;
    quint8 flags = 0;
    quint32 memberId = 0;
    qint64 timeMs = 0;
    QByteArray name;
    QByteArray text;
    // Direct only: written before the text, as its first DirectPrefixBytes.
    quint32 recipientId = 0;
    QByteArray machine; // FlagRemote records only, <= MaxMachineBytes
    // Or the text as the sender has it, with the exact UTF-8 length checkMessageText() counted:
    // then it is converted straight into the record, with no UTF-8 copy in between.
    QString utf16Text;
    quint32 utf16TextBytes = 0;

    quint32 textBytes() const { return utf16Text.isNull() ? quint32(text.size()) : utf16TextBytes; }
    // What the record's text field holds: the text, after the recipient for a direct message.
    quint32 fieldBytes() const { return textBytes() + (kind == RecordKind::Direct ? DirectPrefixBytes : 0); }
};

enum class TextError {
    None,
    Empty,
    TooLong,
    InvalidUtf16,
    ControlCharacter,
    // Names only: no character that draws anything, or a combining mark first (it would join
    // whatever is drawn before the name).
    NotVisible,
    // Names only: a character that draws nothing or changes how its neighbours are drawn (format
    // and bidi controls, zero-width characters, line and paragraph separators, blank fillers).
    InvisibleCharacter,
};
enum class DecodeError {
    None,
    Truncated,
    BadSize,
    BadLengths,
    BadKind,
    BadChecksum,
    BadName,
    BadText,
};

// The same rules serve the sender (refuse) and the receiver (distrust): what one peer may not
// send, no peer accepts. utf8Bytes, if given, receives the text's exact UTF-8 length when it is
// acceptable.
TextError checkMessageText(QStringView text, quint32 *utf8Bytes = nullptr);
// Names (nicknames, room names) follow stricter rules than text: one line, no outer spaces, at
// least one visible character, no invisible or direction-changing one, so that what a member list
// shows is one name and means one member.
TextError checkName(QStringView name);
// What two names are compared by: people read "Alice", "alice" and "ａｌｉｃｅ" as one name. NFKC
// with case folding, variation selectors dropped, runs of spaces made one space.
QString nameKey(QStringView name);

// The receiving side of the same rules, in one pass over the bytes: valid UTF-8 without a
// forbidden character, converted. False, with *out untouched, otherwise. Lengths are the
// caller's business (decode bounds them by the layout).
bool decodeMessageText(QByteArrayView utf8, QString *out);
bool decodeName(QByteArrayView utf8, QString *out);

// The records' and member slots' checksum: the low 32 bits of XXH3-64 (xxHash), seeded.
quint32 checksum(QByteArrayView bytes, quint64 seed = 0);
quint32 encodedSize(const Outgoing &record);
// Writes encodedSize(record) bytes to dst (padding zeroed), numbered seq, tagged with the
// segment's generation, checksum included. False when utf16Text is not valid UTF-16 or not
// exactly utf16TextBytes long in UTF-8: then nothing past encodedSize(record) was written, and
// what was is not a record.
bool encode(const Outgoing &record, quint64 seq, quint32 generationTag, char *dst);
// Empty when encode() above refuses.
QByteArray encode(const Outgoing &record, quint64 seq, quint32 generationTag = 0);
// A reader sees the same few senders again and again: it keeps the last name it decoded, so that
// a record from the same sender shares that QString instead of allocating and checking its own.
struct NameCache
{
    QByteArray utf8;
    QString name;
};

// bytes may be longer than the record; only the record's own size is read.
DecodeError decode(QByteArrayView bytes, Record *out, NameCache *names = nullptr);

// A Missed record's count (its text: 1 to 19 decimal digits), 0 when it is not one.
quint64 missedCount(const Record &record);

// Reads just the size field, for walking the ring; 0 when the bytes cannot start a record.
quint32 peekRecordSize(QByteArrayView header);
quint64 peekSeq(QByteArrayView header);
quint32 peekGenerationTag(QByteArrayView header);

} // namespace ShmChat::Wire
