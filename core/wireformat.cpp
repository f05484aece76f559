#include "wireformat_p.h"

#include <QtCore/QtEndian>

#include <cstring>

// Header-only use of the system's xxHash (libxxhash-dev): the hash inlines into the record loop,
// which matters at 128-byte records.
#define XXH_INLINE_ALL
#include <xxhash.h>

#if defined(__SSE2__) || defined(_M_X64) || defined(_M_AMD64)
#  include <emmintrin.h>
#  define SHMCHAT_HAVE_SSE2
#endif

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
    OffNameLength = 30,    // one byte: names are <= 64 B
    OffMachineLength = 31, // one byte: 0, or a remote record's machine name after the text
    OffTextLength = 32,
    OffGeneration = 36,
};
static_assert(OffGeneration + 4 == RecordHeaderSize);

// Most chat text is printable ASCII (0x20-0x7e): skipping such runs fast is most of a reader's
// and a sender's checks. Sixteen bytes at a time with SSE2 (every x86-64 has it), else a 64-bit
// word at a time; whatever stops a run is then looked at one character at a time.
constexpr quint64 ByteLanes = 0x0101010101010101u;
constexpr quint64 ByteHighBits = 0x8080808080808080u;
constexpr quint64 UnitLanes = 0x0001000100010001u;
constexpr quint64 UnitNonAscii = 0xff80ff80ff80ff80u;
constexpr quint64 UnitHighBits = 0x0080008000800080u;

quint64 load64(const void *p)
{
    quint64 word;
    std::memcpy(&word, p, sizeof word);
    return word;
}

// Any byte below 0x20 or equal to 0x7f, in a word whose bytes are all ASCII ("is there a lane
// below n" is exact for lanes below 0x80, though not which lane).
bool bytesMayBeControl(quint64 word)
{
    const quint64 below20 = (word - 0x20 * ByteLanes) & ~word;
    const quint64 is7f = ((word ^ (0x7f * ByteLanes)) - ByteLanes) & ~(word ^ (0x7f * ByteLanes));
    return ((below20 | is7f) & ByteHighBits) != 0;
}

// The same for four UTF-16 units that are all ASCII.
bool unitsMayBeControl(quint64 word)
{
    const quint64 below20 = (word - 0x20 * UnitLanes) & ~word;
    const quint64 flipped = word ^ (0x7f * UnitLanes);
    const quint64 is7f = (flipped - UnitLanes) & ~flipped;
    return ((below20 | is7f) & UnitHighBits) != 0;
}

// The end of the run of printable ASCII that starts at p.
const uchar *skipPrintable(const uchar *p, const uchar *end)
{
#ifdef SHMCHAT_HAVE_SSE2
    // x - 0x20, saturated down by 0x5e, is zero exactly for 0x20..0x7e.
    const __m128i low = _mm_set1_epi8(0x20);
    const __m128i span = _mm_set1_epi8(0x5e);
    const __m128i zero = _mm_setzero_si128();
    for (; end - p >= 16; p += 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i outside = _mm_subs_epu8(_mm_sub_epi8(x, low), span);
        if (_mm_movemask_epi8(_mm_cmpeq_epi8(outside, zero)) != 0xffff)
            break;
    }
#endif
    for (; end - p >= 8; p += 8) {
        const quint64 word = load64(p);
        if ((word & ByteHighBits) != 0 || bytesMayBeControl(word))
            break;
    }
    while (p < end && *p >= 0x20 && *p < 0x7f)
        ++p;
    return p;
}

const char16_t *skipPrintable(const char16_t *p, const char16_t *end)
{
#ifdef SHMCHAT_HAVE_SSE2
    const __m128i low = _mm_set1_epi16(0x20);
    const __m128i span = _mm_set1_epi16(0x5e);
    const __m128i zero = _mm_setzero_si128();
    for (; end - p >= 8; p += 8) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i outside = _mm_subs_epu16(_mm_sub_epi16(x, low), span);
        if (_mm_movemask_epi8(_mm_cmpeq_epi16(outside, zero)) != 0xffff)
            break;
    }
#endif
    for (; end - p >= 4; p += 4) {
        const quint64 word = load64(p);
        if ((word & UnitNonAscii) != 0 || unitsMayBeControl(word))
            break;
    }
    while (p < end && *p >= 0x20 && *p < 0x7f)
        ++p;
    return p;
}

bool isForbiddenControl(char32_t c)
{
    // Tab and line breaks are text; every other C0/C1 control, and NUL in particular, is not:
    // it cannot be shown and would be interpreted by terminals that print `listen` output.
    if (c == u'\t' || c == u'\n' || c == u'\r')
        return false;
    return c < 0x20 || (c >= 0x7f && c < 0xa0);
}

bool isForbidden(char32_t c, bool allowLineBreaks)
{
    return isForbiddenControl(c) || (!allowLineBreaks && (c == u'\n' || c == u'\r' || c == u'\t'));
}

TextError checkText(QStringView text, quint32 maxBytes, bool allowLineBreaks, quint32 *utf8Bytes)
{
    if (text.isEmpty())
        return TextError::Empty;
    // Validity, forbidden characters and the exact UTF-8 length, in one pass.
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    qsizetype bytes = 0;
    while (p < end) {
        const char16_t *run = skipPrintable(p, end);
        bytes += run - p; // one UTF-8 byte each
        p = run;
        if (p == end)
            break;
        const char16_t u = *p++;
        if (isForbidden(u, allowLineBreaks))
            return TextError::ControlCharacter;
        if (u < 0x80) {
            bytes += 1;
        } else if (u < 0x800) {
            bytes += 2;
        } else if (QChar::isHighSurrogate(u)) {
            if (p == end || !QChar::isLowSurrogate(*p))
                return TextError::InvalidUtf16;
            ++p;
            bytes += 4;
        } else if (QChar::isLowSurrogate(u)) {
            return TextError::InvalidUtf16;
        } else {
            bytes += 3;
        }
    }
    if (bytes > qsizetype(maxBytes))
        return TextError::TooLong;
    if (utf8Bytes)
        *utf8Bytes = quint32(bytes);
    return TextError::None;
}

bool isContinuation(uchar b)
{
    return (b & 0xc0) == 0x80;
}

// Strict UTF-8 (no overlong forms, no surrogates, nothing past U+10FFFF), as QStringDecoder
// reads it, and the forbidden characters refused on the way. A leading U+FEFF is kept: it is
// what the sender wrote.
bool decodeText(QByteArrayView utf8, bool allowLineBreaks, QString *out)
{
    const auto *p = reinterpret_cast<const uchar *>(utf8.data());
    const uchar *const end = p + utf8.size();

    // Pure ASCII, the common case: checked, then widened by Qt's SIMD code.
    const uchar *q = p;
    while (q < end) {
        q = skipPrintable(q, end);
        if (q == end || *q >= 0x80)
            break;
        if (isForbidden(*q, allowLineBreaks))
            return false;
        ++q;
    }
    if (q == end) {
        *out = QString::fromLatin1(utf8.data(), utf8.size());
        return true;
    }

    // Never more UTF-16 units than UTF-8 bytes.
    QString text(utf8.size(), Qt::Uninitialized);
    char16_t *d = reinterpret_cast<char16_t *>(text.data());
    for (; p < q; ++p)
        *d++ = *p;
    while (p < end) {
        const uchar *run = skipPrintable(p, end);
        for (; p < run; ++p)
            *d++ = *p;
        if (p == end)
            break;
        const uchar b = *p;
        if (b < 0x80) {
            if (isForbidden(b, allowLineBreaks))
                return false;
            *d++ = b;
            ++p;
            continue;
        }
        char32_t c;
        int length;
        char32_t least;
        if (b >= 0xc2 && b < 0xe0) {
            c = b & 0x1f;
            length = 2;
            least = 0x80;
        } else if (b >= 0xe0 && b < 0xf0) {
            c = b & 0x0f;
            length = 3;
            least = 0x800;
        } else if (b >= 0xf0 && b < 0xf5) {
            c = b & 0x07;
            length = 4;
            least = 0x10000;
        } else {
            return false; // a continuation byte out of place, an overlong lead, or past U+10FFFF
        }
        if (end - p < length)
            return false;
        for (int i = 1; i < length; ++i) {
            if (!isContinuation(p[i]))
                return false;
            c = (c << 6) | (p[i] & 0x3f);
        }
        if (c < least || c > 0x10ffff || (c >= 0xd800 && c < 0xe000) || isForbidden(c, allowLineBreaks))
            return false;
        p += length;
        if (c >= 0x10000) {
            *d++ = QChar::highSurrogate(c);
            *d++ = QChar::lowSurrogate(c);
        } else {
            *d++ = char16_t(c);
        }
    }
    text.truncate(d - reinterpret_cast<const char16_t *>(text.constData()));
    *out = std::move(text);
    return true;
}

// Leading or trailing white space makes two names look alike.
bool hasOuterSpace(QStringView name)
{
    return !name.isEmpty() && (name.front().isSpace() || name.back().isSpace());
}

bool isVariationSelector(char32_t c)
{
    return (c >= 0xfe00 && c <= 0xfe0f) || (c >= 0xe0100 && c <= 0xe01ef);
}

// Characters that draw nothing themselves or change how their neighbours are drawn. In a name they
// let one member pass for another ("alice" + U+200B), make one name look like two (U+2028 in a
// list), or reorder the text around it (bidi overrides). Variation selectors are the exception:
// emoji and Japanese names need them; nameKey() ignores them instead.
bool isDeceptiveInName(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Format: // bidi controls and isolates, zero-width space and joiners, soft hyphen, tags
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        break;
    }
    // Default-ignorable or blank characters of other categories: Hangul fillers, the braille
    // blank, the combining grapheme joiner, Khmer's invisible vowels, Mongolian selectors, and
    // the reserved default-ignorable ranges.
    return c == 0x034f || c == 0x115f || c == 0x1160 || c == 0x17b4 || c == 0x17b5 || (c >= 0x180b && c <= 0x180f)
        || c == 0x2800 || c == 0x3164 || c == 0xffa0 || (c >= 0xfff0 && c <= 0xfff8)
        || (c >= 0xe0000 && c <= 0xe0fff && !isVariationSelector(c));
}

bool isMark(QChar::Category category)
{
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
        || category == QChar::Mark_Enclosing;
}

// The code point at p, and p moved past it. A lone surrogate comes back as itself: the callers
// run on text that checkText() has already found valid.
char32_t nextCodePoint(const char16_t *&p, const char16_t *end)
{
    char32_t c = *p++;
    if (QChar::isHighSurrogate(c) && p < end && QChar::isLowSurrogate(*p))
        c = QChar::surrogateToUcs4(char16_t(c), *p++);
    return c;
}

// The rules above, on a name that is valid UTF-16 without control characters.
TextError checkNameCharacters(QStringView name)
{
    const char16_t *p = name.utf16();
    const char16_t *const end = p + name.size();
    if (skipPrintable(p, end) == end)
        return TextError::None; // printable ASCII without outer spaces: something is visible
    bool visible = false;
    for (bool first = true; p < end; first = false) {
        const char32_t c = nextCodePoint(p, end);
        if (isDeceptiveInName(c))
            return TextError::InvisibleCharacter;
        const QChar::Category category = QChar::category(c);
        if (first && isMark(category))
            return TextError::NotVisible;
        switch (category) {
        case QChar::Separator_Space:
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            break;
        default:
            visible = true;
        }
    }
    return visible ? TextError::None : TextError::NotVisible;
}

} // namespace

TextError checkMessageText(QStringView text, quint32 *utf8Bytes)
{
    return checkText(text, MaxTextBytes, true, utf8Bytes);
}

TextError checkName(QStringView name)
{
    if (hasOuterSpace(name))
        return TextError::ControlCharacter;
    const TextError error = checkText(name, MaxNameBytes, false, nullptr);
    return error != TextError::None ? error : checkNameCharacters(name);
}

QString nameKey(QStringView name)
{
    // Qt's toCaseFolded() folds one character to one ("ß" stays); upper case first gives the
    // full folding ("STRASSE"), and lower case plus folding ends on one form of each letter.
    const QString folded = name.toString()
                               .normalized(QString::NormalizationForm_KC)
                               .toUpper()
                               .toLower()
                               .toCaseFolded()
                               .normalized(QString::NormalizationForm_KC);
    QString key;
    key.reserve(folded.size());
    bool spaceBefore = false;
    const char16_t *p = reinterpret_cast<const char16_t *>(folded.utf16());
    const char16_t *const end = p + folded.size();
    while (p < end) {
        const char16_t *const at = p;
        const char32_t c = nextCodePoint(p, end);
        if (isVariationSelector(c))
            continue;
        if (QChar::isSpace(c)) {
            spaceBefore = true;
            continue;
        }
        if (spaceBefore && !key.isEmpty())
            key.append(u' ');
        spaceBefore = false;
        key.append(QStringView(at, p));
    }
    return key;
}

bool decodeMessageText(QByteArrayView utf8, QString *out)
{
    return decodeText(utf8, true, out);
}

bool decodeName(QByteArrayView utf8, QString *out)
{
    QString name;
    if (utf8.isEmpty() || !decodeText(utf8, false, &name) || hasOuterSpace(name)
        || checkNameCharacters(name) != TextError::None)
        return false;
    *out = std::move(name);
    return true;
}

quint32 checksum(QByteArrayView bytes, quint64 seed)
{
    return quint32(XXH3_64bits_withSeed(bytes.data(), size_t(bytes.size()), seed));
}

quint32 encodedSize(const Outgoing &record)
{
    return alignUp(RecordHeaderSize + quint32(record.name.size()) + record.fieldBytes()
                   + quint32(record.machine.size()));
}

namespace {

// UTF-16 to UTF-8 into exactly `bytes` at dst, never past them: false when the text is not
// valid UTF-16 or its UTF-8 is not exactly that long.
bool writeUtf8(QStringView text, char *dst, quint32 bytes)
{
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    auto *d = reinterpret_cast<uchar *>(dst);
    const uchar *const dEnd = d + bytes;
    while (p < end) {
#ifdef SHMCHAT_HAVE_SSE2
        // Sixteen ASCII units at a time, narrowed to sixteen bytes.
        const __m128i nonAscii = _mm_set1_epi16(short(0xff80));
        while (end - p >= 16 && dEnd - d >= 16) {
            const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 8));
            const __m128i high = _mm_and_si128(_mm_or_si128(a, b), nonAscii);
            if (_mm_movemask_epi8(_mm_cmpeq_epi16(high, _mm_setzero_si128())) != 0xffff)
                break;
            _mm_storeu_si128(reinterpret_cast<__m128i *>(d), _mm_packus_epi16(a, b));
            p += 16;
            d += 16;
        }
        if (p == end)
            break;
#endif
        const char32_t u = *p++;
        char32_t c = u;
        int length = 1;
        if (u >= 0x80) {
            length = u < 0x800 ? 2 : 3;
            if (QChar::isHighSurrogate(u)) {
                if (p == end || !QChar::isLowSurrogate(*p))
                    return false;
                c = QChar::surrogateToUcs4(char16_t(u), *p++);
                length = 4;
            } else if (QChar::isLowSurrogate(u)) {
                return false;
            }
        }
        if (dEnd - d < length)
            return false;
        switch (length) {
        case 1:
            d[0] = uchar(c);
            break;
        case 2:
            d[0] = uchar(0xc0 | (c >> 6));
            d[1] = uchar(0x80 | (c & 0x3f));
            break;
        case 3:
            d[0] = uchar(0xe0 | (c >> 12));
            d[1] = uchar(0x80 | ((c >> 6) & 0x3f));
            d[2] = uchar(0x80 | (c & 0x3f));
            break;
        default:
            d[0] = uchar(0xf0 | (c >> 18));
            d[1] = uchar(0x80 | ((c >> 12) & 0x3f));
            d[2] = uchar(0x80 | ((c >> 6) & 0x3f));
            d[3] = uchar(0x80 | (c & 0x3f));
            break;
        }
        d += length;
    }
    return d == dEnd;
}

} // namespace

bool encode(const Outgoing &record, quint64 seq, quint32 generationTag, char *dst)
{
    Q_ASSERT(quint32(record.name.size()) <= MaxNameBytes);
    Q_ASSERT(record.fieldBytes() <= MaxTextBytes);
    Q_ASSERT(quint32(record.machine.size()) <= MaxMachineBytes);
    const quint32 textBytes = record.textBytes();
    const quint32 fieldBytes = record.fieldBytes();
    const quint32 size = encodedSize(record);
    qToLittleEndian<quint32>(size, dst + OffSize);
    qToLittleEndian<quint64>(seq, dst + OffSeq);
    qToLittleEndian<qint64>(record.timeMs, dst + OffTime);
    qToLittleEndian<quint32>(record.memberId, dst + OffMember);
    dst[OffKind] = char(record.kind);
    dst[OffFlags] = char(record.flags);
    dst[OffNameLength] = char(quint8(record.name.size()));
    dst[OffMachineLength] = char(quint8(record.machine.size()));
    qToLittleEndian<quint32>(fieldBytes, dst + OffTextLength);
    qToLittleEndian<quint32>(generationTag, dst + OffGeneration);
    char *payload = dst + RecordHeaderSize;
    std::memcpy(payload, record.name.constData(), size_t(record.name.size()));
    char *text = payload + record.name.size();
    if (record.kind == RecordKind::Direct) {
        qToLittleEndian<quint32>(record.recipientId, text);
        text += DirectPrefixBytes;
    }
    if (record.utf16Text.isNull())
        std::memcpy(text, record.text.constData(), size_t(textBytes));
    else if (!writeUtf8(record.utf16Text, text, textBytes))
        return false;
    std::memcpy(text + textBytes, record.machine.constData(), size_t(record.machine.size()));
    const quint32 covered = RecordHeaderSize + quint32(record.name.size()) + fieldBytes
        + quint32(record.machine.size());
    std::memset(dst + covered, 0, size - covered);
    qToLittleEndian<quint32>(checksum(QByteArrayView(dst + OffSeq, covered - OffSeq)), dst + OffChecksum);
    return true;
}

QByteArray encode(const Outgoing &record, quint64 seq, quint32 generationTag)
{
    QByteArray bytes(qsizetype(encodedSize(record)), Qt::Uninitialized);
    if (!encode(record, seq, generationTag, bytes.data()))
        return QByteArray();
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

quint32 peekGenerationTag(QByteArrayView header)
{
    if (header.size() < qsizetype(RecordHeaderSize))
        return 0;
    return qFromLittleEndian<quint32>(header.data() + OffGeneration);
}

quint64 missedCount(const Record &record)
{
    if (record.kind != RecordKind::Missed || record.text.size() > 19)
        return 0;
    quint64 count = 0;
    for (const QChar c : record.text) {
        if (c < u'0' || c > u'9')
            return 0;
        count = count * 10 + quint64(c.unicode() - u'0');
    }
    return count;
}

DecodeError decode(QByteArrayView bytes, Record *out, NameCache *names)
{
    if (bytes.size() < qsizetype(RecordHeaderSize))
        return DecodeError::Truncated;
    const char *p = bytes.data();
    const quint32 size = peekRecordSize(bytes);
    if (size == 0)
        return DecodeError::BadSize;
    if (qsizetype(size) > bytes.size())
        return DecodeError::Truncated;

    const quint32 nameLength = quint8(p[OffNameLength]);
    const quint32 machineLength = quint8(p[OffMachineLength]);
    const quint32 textLength = qFromLittleEndian<quint32>(p + OffTextLength);
    if (nameLength > MaxNameBytes || textLength > MaxTextBytes || machineLength > MaxMachineBytes
        || alignUp(RecordHeaderSize + nameLength + textLength + machineLength) != size) {
        return DecodeError::BadLengths;
    }

    const quint8 kind = quint8(p[OffKind]);
    const quint8 flags = quint8(p[OffFlags]);
    const bool kindKnown = (kind >= quint8(RecordKind::Text) && kind <= quint8(RecordKind::Direct))
        || kind == quint8(RecordKind::Missed);
    // A machine name exactly when the record says it is remote.
    if (!kindKnown || (flags & ~KnownFlags) || ((flags & FlagRemote) != 0) != (machineLength != 0))
        return DecodeError::BadKind;

    const quint32 covered = RecordHeaderSize + nameLength + textLength + machineLength;
    if (checksum(bytes.sliced(OffSeq, covered - OffSeq)) != qFromLittleEndian<quint32>(p + OffChecksum))
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
    const QByteArrayView name = bytes.sliced(RecordHeaderSize, nameLength);
    if (names && !names->utf8.isNull() && name == QByteArrayView(names->utf8)) {
        record.name = names->name;
    } else {
        if (!decodeName(name, &record.name))
            return DecodeError::BadName;
        if (names) {
            names->utf8 = name.toByteArray();
            names->name = record.name;
        }
    }
    // Only a text message must carry text; a rename carries the old name, join/leave nothing.
    QByteArrayView text = bytes.sliced(RecordHeaderSize + nameLength, textLength);
    if (record.kind == RecordKind::Picture) {
        if (!decodePictureRef(text, &record.picture, &record.text))
            return DecodeError::BadText;
    } else {
        if (record.kind == RecordKind::Direct) {
            // The recipient, then a message like any other: a member id is never 0.
            if (text.size() <= qsizetype(DirectPrefixBytes))
                return DecodeError::BadText;
            record.recipientId = qFromLittleEndian<quint32>(text.data());
            if (record.recipientId == 0)
                return DecodeError::BadText;
            text = text.sliced(DirectPrefixBytes);
        }
        const bool needsText = record.kind == RecordKind::Text || record.kind == RecordKind::Direct
            || record.kind == RecordKind::Missed;
        if (text.isEmpty() ? needsText : !decodeMessageText(text, &record.text))
            return DecodeError::BadText;
    }
    if (record.kind == RecordKind::Missed && missedCount(record) == 0)
        return DecodeError::BadText;
    if (machineLength != 0
        && !decodeName(bytes.sliced(RecordHeaderSize + nameLength + textLength, machineLength), &record.machine)) {
        return DecodeError::BadName;
    }

    *out = std::move(record);
    return DecodeError::None;
}

// --- pictures ------------------------------------------------------------------------------

namespace {

bool sizeAcceptable(quint32 width, quint32 height)
{
    return width > 0 && height > 0 && width <= MaxPictureSide && height <= MaxPictureSide
        && quint64(width) * height <= MaxPicturePixels;
}

quint32 bigEndian16(const uchar *p) { return quint32(p[0]) << 8 | p[1]; }

PictureFormat sniffJpeg(QByteArrayView bytes, quint32 *width, quint32 *height)
{
    // Markers from the start to the first frame header (SOF0..SOF15 but DHT, JPG and DAC); each
    // segment says its length, so the walk is bounded by the bytes.
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 2;
    while (i + 4 <= n) {
        if (p[i] != 0xff)
            return PictureFormat::None;
        const uchar marker = p[i + 1];
        if (marker == 0xff) { // fill byte
            ++i;
            continue;
        }
        if (marker == 0xd8 || marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
            i += 2; // no length
            continue;
        }
        const quint32 length = bigEndian16(p + i + 2);
        if (length < 2)
            return PictureFormat::None;
        if (marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc) {
            if (length < 7 || i + 9 > n)
                return PictureFormat::None;
            *height = bigEndian16(p + i + 5);
            *width = bigEndian16(p + i + 7);
            return PictureFormat::Jpeg;
        }
        if (marker == 0xd9 || marker == 0xda) // end, or scan data before any frame header
            return PictureFormat::None;
        i += 2 + qsizetype(length);
    }
    return PictureFormat::None;
}

} // namespace

PictureFormat sniffPicture(QByteArrayView bytes, quint32 *width, quint32 *height)
{
    *width = 0;
    *height = 0;
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    PictureFormat format = PictureFormat::None;
    static const uchar png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
    if (bytes.size() >= 24 && std::memcmp(p, png, sizeof png) == 0 && std::memcmp(p + 12, "IHDR", 4) == 0) {
        *width = qFromBigEndian<quint32>(p + 16);
        *height = qFromBigEndian<quint32>(p + 20);
        format = PictureFormat::Png;
    } else if (bytes.size() >= 10 && (std::memcmp(p, "GIF87a", 6) == 0 || std::memcmp(p, "GIF89a", 6) == 0)) {
        *width = qFromLittleEndian<quint16>(p + 6);
        *height = qFromLittleEndian<quint16>(p + 8);
        format = PictureFormat::Gif;
    } else if (bytes.size() >= 4 && p[0] == 0xff && p[1] == 0xd8 && p[2] == 0xff) {
        format = sniffJpeg(bytes, width, height);
    }
    if (format == PictureFormat::None || *width == 0 || *height == 0)
        return PictureFormat::None;
    return format;
}

QByteArray encodePictureRef(const PictureRef &ref, QByteArrayView nameUtf8)
{
    QByteArray text(qsizetype(PictureRefSize) + nameUtf8.size(), '\0');
    char *p = text.data();
    qToLittleEndian<quint64>(ref.position, p);
    qToLittleEndian<quint32>(ref.size, p + 8);
    qToLittleEndian<quint32>(ref.checksum, p + 12);
    p[16] = char(ref.format);
    qToLittleEndian<quint32>(ref.width, p + 20);
    qToLittleEndian<quint32>(ref.height, p + 24);
    if (!nameUtf8.isEmpty())
        std::memcpy(p + PictureRefSize, nameUtf8.data(), size_t(nameUtf8.size()));
    return text;
}

bool decodePictureRef(QByteArrayView text, PictureRef *ref, QString *name)
{
    if (text.size() < qsizetype(PictureRefSize) || text.size() > qsizetype(PictureRefSize + MaxPictureNameBytes))
        return false;
    const char *p = text.data();
    PictureRef r;
    r.position = qFromLittleEndian<quint64>(p);
    r.size = qFromLittleEndian<quint32>(p + 8);
    r.checksum = qFromLittleEndian<quint32>(p + 12);
    const quint8 format = quint8(p[16]);
    r.width = qFromLittleEndian<quint32>(p + 20);
    r.height = qFromLittleEndian<quint32>(p + 24);
    if (format < quint8(PictureFormat::Png) || format > quint8(PictureFormat::Gif) || p[17] || p[18] || p[19])
        return false;
    r.format = PictureFormat(format);
    if (r.size == 0 || r.size > MaxPictureBytes || r.position % RecordAlignment != 0 || r.position >= (quint64(1) << 62)
        || !sizeAcceptable(r.width, r.height)) {
        return false;
    }
    QString decodedName;
    const QByteArrayView nameBytes = text.sliced(PictureRefSize);
    if (!nameBytes.isEmpty() && !decodeName(nameBytes, &decodedName))
        return false;
    *ref = r;
    *name = decodedName;
    return true;
}

} // namespace ShmChat::Wire
