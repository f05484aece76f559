#include "wireformat_p.h"

#include <QtCore/QStringDecoder>
#include <QtCore/QtEndian>

#include <array>
#include <cstring>

namespace ShmChat::Wire {

namespace {

// Byte offsets inside a record header. Little-endian: the segment never leaves the machine,
// but a fixed order keeps the checksum and the fuzz corpus meaningful everywhere.
enum HeaderOffset : quint32 {
    OffSize = 0,
    OffChecksum = 4,
    OffSeq = 8,
    OffTime = 16,
    OffMember = 24,
    OffKind = 28,
    OffFlags = 29,
    OffNameLength = 30,
    OffTextLength = 32,
    OffGeneration = 36,
};
static_assert(OffGeneration + 4 == RecordHeaderSize);

// Slicing-by-8 tables for the standard CRC-32 (polynomial 0xEDB88320): table 0 is the classic
// byte-at-a-time table, table k advances a byte through k more zero bytes. Eight bytes per step
// make the checksum ~6x faster, and it is a third of a reader's cost per message.
using CrcTables = std::array<std::array<quint32, 256>, 8>;
constexpr CrcTables makeCrcTables()
{
    CrcTables tables{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        tables[0][i] = c;
    }
    for (int k = 1; k < 8; ++k) {
        for (quint32 i = 0; i < 256; ++i)
            tables[k][i] = (tables[k - 1][i] >> 8) ^ tables[0][tables[k - 1][i] & 0xffu];
    }
    return tables;
}
constexpr CrcTables CrcTable = makeCrcTables();

bool isForbiddenControl(char16_t c)
{
    // Tab and line breaks are text; every other C0/C1 control, and NUL in particular, is not:
    // it cannot be shown and would be interpreted by terminals that print `listen` output.
    if (c == u'\t' || c == u'\n' || c == u'\r')
        return false;
    return c < 0x20 || (c >= 0x7f && c < 0xa0);
}

bool isForbidden(char16_t c, bool allowLineBreaks)
{
    return isForbiddenControl(c) || (!allowLineBreaks && (c == u'\n' || c == u'\r' || c == u'\t'));
}

TextError checkText(QStringView text, quint32 maxBytes, bool allowLineBreaks)
{
    if (text.isEmpty())
        return TextError::Empty;
    // Most chat text is ASCII: then one pass settles it, its UTF-8 length is its length and no
    // surrogate can be broken.
    qsizetype i = 0;
    for (; i < text.size() && text[i].unicode() < 0x80; ++i) {
        if (isForbidden(text[i].unicode(), allowLineBreaks))
            return TextError::ControlCharacter;
    }
    if (i == text.size())
        return text.size() > qsizetype(maxBytes) ? TextError::TooLong : TextError::None;

    if (!text.isValidUtf16())
        return TextError::InvalidUtf16;
    for (; i < text.size(); ++i) {
        if (isForbidden(text[i].unicode(), allowLineBreaks))
            return TextError::ControlCharacter;
    }
    // Once the text is valid UTF-16, its UTF-8 length is exact without converting it.
    qsizetype bytes = 0;
    for (qsizetype k = 0; k < text.size(); ++k) {
        const char16_t u = text[k].unicode();
        if (u < 0x80)
            bytes += 1;
        else if (u < 0x800)
            bytes += 2;
        else if (QChar::isHighSurrogate(u)) {
            bytes += 4;
            ++k;
        } else
            bytes += 3;
    }
    if (bytes > qsizetype(maxBytes))
        return TextError::TooLong;
    return TextError::None;
}

bool decodeUtf8(QByteArrayView bytes, QString *out)
{
    // ConvertInitialBom: a text that starts with U+FEFF keeps it, as its sender wrote it.
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    *out = decoder.decode(bytes);
    return !decoder.hasError();
}

} // namespace

TextError checkMessageText(QStringView text)
{
    return checkText(text, MaxTextBytes, true);
}

TextError checkName(QStringView name)
{
    if (name.trimmed().size() != name.size())
        return TextError::ControlCharacter;
    return checkText(name, MaxNameBytes, false);
}

quint32 crc32(QByteArrayView bytes, quint32 crc)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    qsizetype n = bytes.size();
    const CrcTables &t = CrcTable;
    crc = ~crc;
    for (; n >= 8; p += 8, n -= 8) {
        const quint32 a = qFromLittleEndian<quint32>(p) ^ crc;
        const quint32 b = qFromLittleEndian<quint32>(p + 4);
        crc = t[7][a & 0xffu] ^ t[6][(a >> 8) & 0xffu] ^ t[5][(a >> 16) & 0xffu] ^ t[4][a >> 24]
            ^ t[3][b & 0xffu] ^ t[2][(b >> 8) & 0xffu] ^ t[1][(b >> 16) & 0xffu] ^ t[0][b >> 24];
    }
    for (; n > 0; ++p, --n)
        crc = t[0][(crc ^ *p) & 0xffu] ^ (crc >> 8);
    return ~crc;
}

quint32 encodedSize(const Outgoing &record)
{
    return alignUp(RecordHeaderSize + quint32(record.name.size()) + quint32(record.text.size()));
}

void encode(const Outgoing &record, quint64 seq, quint32 generationTag, char *dst)
{
    Q_ASSERT(quint32(record.name.size()) <= MaxNameBytes);
    Q_ASSERT(quint32(record.text.size()) <= MaxTextBytes);
    const quint32 size = encodedSize(record);
    std::memset(dst, 0, size);
    qToLittleEndian<quint32>(size, dst + OffSize);
    qToLittleEndian<quint64>(seq, dst + OffSeq);
    qToLittleEndian<qint64>(record.timeMs, dst + OffTime);
    qToLittleEndian<quint32>(record.memberId, dst + OffMember);
    dst[OffKind] = char(record.kind);
    dst[OffFlags] = char(record.flags);
    qToLittleEndian<quint16>(quint16(record.name.size()), dst + OffNameLength);
    qToLittleEndian<quint32>(quint32(record.text.size()), dst + OffTextLength);
    qToLittleEndian<quint32>(generationTag, dst + OffGeneration);
    char *payload = dst + RecordHeaderSize;
    std::memcpy(payload, record.name.constData(), size_t(record.name.size()));
    std::memcpy(payload + record.name.size(), record.text.constData(), size_t(record.text.size()));
    const quint32 covered = RecordHeaderSize + quint32(record.name.size() + record.text.size());
    qToLittleEndian<quint32>(crc32(QByteArrayView(dst + OffSeq, covered - OffSeq)), dst + OffChecksum);
}

QByteArray encode(const Outgoing &record, quint64 seq, quint32 generationTag)
{
    QByteArray bytes(qsizetype(encodedSize(record)), Qt::Uninitialized);
    encode(record, seq, generationTag, bytes.data());
    return bytes;
}

quint32 peekRecordSize(QByteArrayView header)
{
    if (header.size() < qsizetype(RecordHeaderSize))
        return 0;
    const quint32 size = qFromLittleEndian<quint32>(header.data() + OffSize);
    if (size < RecordHeaderSize || size > MaxRecordSize || size % RecordAlignment != 0)
        return 0;
    return size;
}

quint64 peekSeq(QByteArrayView header)
{
    if (header.size() < qsizetype(RecordHeaderSize))
        return 0;
    return qFromLittleEndian<quint64>(header.data() + OffSeq);
}

DecodeError decode(QByteArrayView bytes, Record *out)
{
    if (bytes.size() < qsizetype(RecordHeaderSize))
        return DecodeError::Truncated;
    const char *p = bytes.data();
    const quint32 size = peekRecordSize(bytes);
    if (size == 0)
        return DecodeError::BadSize;
    if (qsizetype(size) > bytes.size())
        return DecodeError::Truncated;

    const quint32 nameLength = qFromLittleEndian<quint16>(p + OffNameLength);
    const quint32 textLength = qFromLittleEndian<quint32>(p + OffTextLength);
    if (nameLength > MaxNameBytes || textLength > MaxTextBytes
        || alignUp(RecordHeaderSize + nameLength + textLength) != size) {
        return DecodeError::BadLengths;
    }

    const quint8 kind = quint8(p[OffKind]);
    const quint8 flags = quint8(p[OffFlags]);
    if (kind < quint8(RecordKind::Text) || kind > quint8(RecordKind::Rename) || (flags & ~KnownFlags))
        return DecodeError::BadKind;

    const quint32 covered = RecordHeaderSize + nameLength + textLength;
    if (crc32(bytes.sliced(OffSeq, covered - OffSeq)) != qFromLittleEndian<quint32>(p + OffChecksum))
        return DecodeError::BadChecksum;
    // The padding is outside the checksum; writers zero it, so anything else is not a record.
    for (quint32 i = covered; i < size; ++i) {
        if (p[i] != 0)
            return DecodeError::BadLengths;
    }

    Record record;
    record.seq = qFromLittleEndian<quint64>(p + OffSeq);
    record.timeMs = qFromLittleEndian<qint64>(p + OffTime);
    record.memberId = qFromLittleEndian<quint32>(p + OffMember);
    record.generationTag = qFromLittleEndian<quint32>(p + OffGeneration);
    record.kind = RecordKind(kind);
    record.flags = flags;
    if (!decodeUtf8(bytes.sliced(RecordHeaderSize, nameLength), &record.name)
        || checkName(record.name) != TextError::None) {
        return DecodeError::BadName;
    }
    const QByteArrayView text = bytes.sliced(RecordHeaderSize + nameLength, textLength);
    if (!decodeUtf8(text, &record.text))
        return DecodeError::BadText;
    // Only a text message must carry text; a rename carries the old name, join/leave nothing.
    const TextError textError = checkMessageText(record.text);
    if (record.kind == RecordKind::Text ? textError != TextError::None
                                        : (textError != TextError::None && textError != TextError::Empty))
        return DecodeError::BadText;

    *out = std::move(record);
    return DecodeError::None;
}

} // namespace ShmChat::Wire
