// Record encoding and validation: the bytes every peer must agree on, and must distrust.
#include "ipcchannel.h"
#include "referencetext.h"
#include "wireformat_p.h"

#include <QtTest/QtTest>

using namespace ShmChat;

class tst_WireFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void messageBoundaries_data();
    void messageBoundaries();
    void nicknameBoundaries_data();
    void nicknameBoundaries();
    void nameKeys_data();
    void nameKeys();
    void readersRefuseDeceptiveNames();
    void corruptionIsDetected_data();
    void corruptionIsDetected();
    void invalidUtf8IsRefused();
    void truncatedInput();
    void nonZeroPaddingIsRefused();
    void checksumKnownValue();
    void onePassDecodingAgreesWithReference();
    void onePassCheckAgreesWithReference();
    void readerNameCacheNeverMixesNames();
    void textStraightFromUtf16();
    void remoteRecordsCarryTheirMachine();
    void missedRecordsCarryAnExactCount();
};

namespace {

Wire::Outgoing textRecord(const QByteArray &name, const QByteArray &text)
{
    Wire::Outgoing record;
    record.kind = Wire::RecordKind::Text;
    record.memberId = 7;
    record.timeMs = 1'700'000'000'123;
    record.name = name;
    record.text = text;
    return record;
}

// Bytes that look like text often enough to reach every branch: ASCII, the controls and line
// breaks, characters of every UTF-8 length, and bytes that are not UTF-8 at all.
QByteArray randomTextBytes(QRandomGenerator &random)
{
    static const QList<QByteArray> pieces = {
        "a", "Z", " ", "~", "0", "\t", "\n", "\r", QByteArray(1, '\0'), "\x01", "\x1f", "\x7f",
        "\xc2\x80", "\xc2\x9f", "\xc2\xa0", "\xc3\xa9", "\xdf\xbf", "\xe0\xa0\x80", "\xe6\x97\xa5",
        "\xed\x9f\xbf", "\xed\xa0\x80", "\xef\xbb\xbf", "\xef\xbf\xbe", "\xef\xbf\xbf", "\xf0\x9f\x91\x8b",
        "\xf4\x8f\xbf\xbf", "\xf4\x90\x80\x80", "\xc0\xaf", "\xe0\x80\xaf", "\xf0\x80\x80\xaf", "\x80",
        "\xbf", "\xfe", "\xff", "\xf8\x88\x80\x80\x80", "\xe2\x80\xa8", "\xe3\x80\x80",
        "hello world, ", "12345678",
        // What names may not hold: zero-width space and joiner, a bidi override, U+3164, U+2800, a
        // combining mark; and an emoji variation selector, which they may.
        "\xe2\x80\x8b", "\xe2\x80\x8d", "\xe2\x80\xae", "\xe3\x85\xa4", "\xe2\xa0\x80", "\xcc\x81",
        "\xef\xb8\x8f",
    };
    QByteArray bytes;
    const int count = int(random.bounded(24));
    for (int i = 0; i < count; ++i) {
        if (random.bounded(8) == 0)
            bytes += char(random.bounded(256)); // any byte, including a cut sequence
        else
            bytes += pieces.at(qsizetype(random.bounded(int(pieces.size()))));
    }
    return bytes;
}

// Valid UTF-8 of exactly n bytes, made of multi-byte characters where possible.
QString utf8OfBytes(int n)
{
    QString s;
    while (n >= 3) {
        s += QChar(0x65e5); // 日: 3 bytes
        n -= 3;
    }
    s += QString(n, QLatin1Char('a'));
    return s;
}

} // namespace

void tst_WireFormat::roundTrip_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("text");

    QTest::addRow("ascii") << int(Wire::RecordKind::Text) << QStringLiteral("alice") << QStringLiteral("hello");
    QTest::addRow("one byte") << int(Wire::RecordKind::Text) << QStringLiteral("a") << QStringLiteral("x");
    QTest::addRow("multibyte") << int(Wire::RecordKind::Text) << QStringLiteral("ゆき")
                               << QStringLiteral("Grüße 👋 日本語");
    QTest::addRow("line breaks") << int(Wire::RecordKind::Text) << QStringLiteral("bob")
                                 << QStringLiteral("one\ntwo\r\n\tthree");
    QTest::addRow("html stays text") << int(Wire::RecordKind::Text) << QStringLiteral("eve")
                                     << QStringLiteral("<b>x</b><img src=y>");
    QTest::addRow("limit") << int(Wire::RecordKind::Text) << QString(64, QLatin1Char('n'))
                           << utf8OfBytes(IpcChannel::MaxMessageBytes);
    QTest::addRow("join") << int(Wire::RecordKind::Join) << QStringLiteral("carol") << QString();
    QTest::addRow("leave") << int(Wire::RecordKind::Leave) << QStringLiteral("carol") << QString();
    QTest::addRow("rename") << int(Wire::RecordKind::Rename) << QStringLiteral("new") << QStringLiteral("old");
    QTest::addRow("leading U+FEFF kept") << int(Wire::RecordKind::Text) << QStringLiteral("bom")
                                         << QString(QChar(0xfeff)) + QStringLiteral("zero-width start");
}

void tst_WireFormat::roundTrip()
{
    QFETCH(int, kind);
    QFETCH(QString, name);
    QFETCH(QString, text);

    Wire::Outgoing out = textRecord(name.toUtf8(), text.toUtf8());
    out.kind = Wire::RecordKind(kind);
    const QByteArray bytes = Wire::encode(out, 42);
    QCOMPARE(bytes.size() % Wire::RecordAlignment, 0);
    QCOMPARE(quint32(bytes.size()), Wire::encodedSize(out));
    QVERIFY(quint32(bytes.size()) <= Wire::MaxRecordSize);
    QCOMPARE(Wire::peekRecordSize(bytes), quint32(bytes.size()));
    QCOMPARE(Wire::peekSeq(bytes), quint64(42));

    // Trailing bytes (the next record in the ring) must not matter.
    Wire::Record in;
    const QByteArray withNext = bytes + QByteArray(16, '\xff');
    QCOMPARE(Wire::decode(withNext, &in), Wire::DecodeError::None);
    QCOMPARE(in.seq, quint64(42));
    QCOMPARE(int(in.kind), kind);
    QCOMPARE(in.memberId, quint32(7));
    QCOMPARE(in.timeMs, qint64(1'700'000'000'123));
    QCOMPARE(in.name, name);
    QCOMPARE(in.text, text);
}

void tst_WireFormat::messageBoundaries_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");

    const int limit = IpcChannel::MaxMessageBytes;
    QTest::addRow("0 bytes") << QString() << false;
    QTest::addRow("1 byte") << QStringLiteral("x") << true;
    QTest::addRow("limit ascii") << QString(limit, QLatin1Char('x')) << true;
    QTest::addRow("limit + 1 ascii") << QString(limit + 1, QLatin1Char('x')) << false;
    QTest::addRow("limit multibyte") << utf8OfBytes(limit) << true;
    QTest::addRow("limit + 1 multibyte") << utf8OfBytes(limit + 1) << false;
    // 1366 characters of 3 bytes = 4098 bytes: fewer characters than the limit, more bytes.
    QTest::addRow("under in chars, over in bytes") << QString(1366, QChar(0x65e5)) << false;
    // Four bytes each (a surrogate pair in UTF-16): counted as fewer, these would pass.
    QTest::addRow("emoji at limit") << QString(QStringLiteral("😀")).repeated(limit / 4) << true;
    QTest::addRow("emoji at limit + 1 byte") << QString(QStringLiteral("😀")).repeated(limit / 4) + QLatin1Char('x') << false;
    QTest::addRow("emoji one past limit") << QString(QStringLiteral("😀")).repeated(limit / 4 + 1) << false;
    QTest::addRow("4,400 bytes of emoji") << QString(QStringLiteral("😀")).repeated(1100) << false;
    QTest::addRow("emoji after ascii, at limit") << QString(limit - 4, QLatin1Char('x')) + QStringLiteral("😀") << true;
    QTest::addRow("emoji after ascii, limit + 1") << QString(limit - 3, QLatin1Char('x')) + QStringLiteral("😀") << false;
    QTest::addRow("embedded NUL") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << false;
    QTest::addRow("escape char") << QStringLiteral("\x1b[31mred") << false;
    QTest::addRow("C1 control") << QString(QChar(0x85)) << false;
    QTest::addRow("lone high surrogate") << QString(QChar(0xd800)) << false;
    QTest::addRow("lone low surrogate") << QStringLiteral("ok") + QChar(0xdc00) << false;
    QTest::addRow("only spaces") << QStringLiteral("   ") << true;
    QTest::addRow("tabs and newlines") << QStringLiteral("a\tb\nc") << true;
}

void tst_WireFormat::messageBoundaries()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);

    const QString reason = IpcChannel::checkMessage(text);
    QCOMPARE(reason.isEmpty(), accepted);
    QCOMPARE(Wire::checkMessageText(text) == Wire::TextError::None, accepted);

    // What the sender refuses, a receiver refuses too, even if a hostile writer encodes it.
    if (!text.isEmpty() && text.isValidUtf16()) {
        const QByteArray utf8 = text.toUtf8();
        if (quint32(utf8.size()) <= Wire::MaxTextBytes) {
            Wire::Record in;
            const auto result = Wire::decode(Wire::encode(textRecord("x", utf8), 1), &in);
            QCOMPARE(result == Wire::DecodeError::None, accepted);
        }
    }
}

void tst_WireFormat::nicknameBoundaries_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");

    QTest::addRow("empty") << QString() << false;
    QTest::addRow("one") << QStringLiteral("a") << true;
    QTest::addRow("limit") << QString(IpcChannel::MaxNicknameBytes, QLatin1Char('n')) << true;
    QTest::addRow("limit + 1") << QString(IpcChannel::MaxNicknameBytes + 1, QLatin1Char('n')) << false;
    QTest::addRow("multibyte limit + 1") << utf8OfBytes(IpcChannel::MaxNicknameBytes + 1) << false;
    QTest::addRow("emoji at limit") << QString(QStringLiteral("😀")).repeated(IpcChannel::MaxNicknameBytes / 4) << true;
    QTest::addRow("emoji at limit + 1 byte") << QString(QStringLiteral("😀")).repeated(IpcChannel::MaxNicknameBytes / 4) + QLatin1Char('x') << false;
    QTest::addRow("newline") << QStringLiteral("a\nb") << false;
    QTest::addRow("tab") << QStringLiteral("a\tb") << false;
    QTest::addRow("leading space") << QStringLiteral(" a") << false;
    QTest::addRow("inner space") << QStringLiteral("a b") << true;
    QTest::addRow("NUL") << QStringLiteral("a") + QChar(0) << false;
    // Names must show one visible name: nothing invisible, nothing that turns text around.
    QTest::addRow("zero-width space") << QStringLiteral("ali\u200bce") << false;
    QTest::addRow("zero-width joiner") << QStringLiteral("\U0001F468\u200d\U0001F469") << false;
    QTest::addRow("word joiner") << QStringLiteral("a\u2060b") << false;
    QTest::addRow("byte order mark") << QStringLiteral("\ufeffalice") << false;
    QTest::addRow("left-to-right mark") << QStringLiteral("alice\u200e") << false;
    QTest::addRow("arabic letter mark") << QStringLiteral("a\u061cb") << false;
    QTest::addRow("bidi override") << QStringLiteral("a\u202eb") << false;
    QTest::addRow("bidi isolate") << QStringLiteral("a\u2066b\u2069") << false;
    QTest::addRow("line separator") << QStringLiteral("a\u2028b") << false;
    QTest::addRow("paragraph separator") << QStringLiteral("a\u2029b") << false;
    QTest::addRow("braille blank") << QStringLiteral("\u2800") << false;
    QTest::addRow("braille blank inside") << QStringLiteral("a\u2800b") << false;
    QTest::addRow("hangul filler") << QStringLiteral("\u3164") << false;
    QTest::addRow("halfwidth hangul filler") << QStringLiteral("a\uffa0") << false;
    QTest::addRow("hangul choseong filler") << QStringLiteral("\u115f") << false;
    QTest::addRow("hangul jungseong filler") << QStringLiteral("\u1160") << false;
    QTest::addRow("combining grapheme joiner") << QStringLiteral("a\u034fb") << false;
    QTest::addRow("mongolian vowel separator") << QStringLiteral("a\u180eb") << false;
    QTest::addRow("tag character") << QStringLiteral("a\U000E0041") << false;
    QTest::addRow("combining mark alone") << QStringLiteral("\u0301") << false;
    QTest::addRow("combining mark first") << QStringLiteral("\u0301a") << false;
    QTest::addRow("enclosing mark alone") << QStringLiteral("\u20dd") << false;
    QTest::addRow("ideographic spaces only") << QStringLiteral("\u3000\u3000") << false;
    QTest::addRow("no-break space only") << QStringLiteral("\u00a0") << false;
    QTest::addRow("decomposed accent") << QStringLiteral("Jose\u0301") << true;
    QTest::addRow("japanese") << QStringLiteral("\u65e5\u672c") << true;
    QTest::addRow("korean") << QStringLiteral("\ud55c\uad6d") << true;
    QTest::addRow("emoji presentation") << QStringLiteral("\u2764\ufe0f") << true;
    QTest::addRow("ideographic variation") << QStringLiteral("\u845b\U000E0100") << true;
    QTest::addRow("no-break space inside") << QStringLiteral("mary\u00a0ann") << true;
    QTest::addRow("full-width") << QStringLiteral("\uff41\uff4c\uff49\uff43\uff45") << true;
}

void tst_WireFormat::nameKeys_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::addRow("identical") << QStringLiteral("alice") << QStringLiteral("alice") << true;
    QTest::addRow("case") << QStringLiteral("Alice") << QStringLiteral("aLICE") << true;
    QTest::addRow("full-width") << QStringLiteral("\uff21lice") << QStringLiteral("alice") << true;
    QTest::addRow("composed or not") << QStringLiteral("Jos\u00e9") << QStringLiteral("JOSE\u0301") << true;
    QTest::addRow("sharp s") << QStringLiteral("Stra\u00dfe") << QStringLiteral("strasse") << true;
    QTest::addRow("ligature") << QStringLiteral("\ufb01sh") << QStringLiteral("fish") << true;
    QTest::addRow("greek final sigma") << QStringLiteral("\u039f\u03a3") << QStringLiteral("\u03bf\u03c2") << true;
    QTest::addRow("no-break space") << QStringLiteral("mary\u00a0ann") << QStringLiteral("mary ann") << true;
    QTest::addRow("space runs") << QStringLiteral("mary   ann") << QStringLiteral("mary ann") << true;
    QTest::addRow("variation selector") << QStringLiteral("\u2764\ufe0f") << QStringLiteral("\u2764") << true;
    QTest::addRow("different") << QStringLiteral("alice") << QStringLiteral("alicf") << false;
    QTest::addRow("space matters") << QStringLiteral("bob") << QStringLiteral("b ob") << false;
    QTest::addRow("accent matters") << QStringLiteral("Jos\u00e9") << QStringLiteral("Jose") << false;
}

void tst_WireFormat::nameKeys()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(Wire::nameKey(a) == Wire::nameKey(b), same);
}

void tst_WireFormat::readersRefuseDeceptiveNames()
{
    // The reader holds a record's sender name to the sender's rules: a forged record with a name
    // no sender could use is refused, whatever else is right about it.
    for (const char *bad : { "ali\xe2\x80\x8b" "ce", "\xe2\x80\xae" "ecila", "a\xe2\x80\xa8" "b", "\xe2\xa0\x80",
                             "\xe3\x85\xa4", "\xcc\x81", "\xcc\x81" "a", "\xef\xbb\xbf" "bob", "\xe1\x85\x9f" }) {
        const QByteArray encoded = Wire::encode(textRecord(bad, "hello"), 1);
        QVERIFY(!encoded.isEmpty());
        Wire::Record record;
        QCOMPARE(Wire::decode(encoded, &record), Wire::DecodeError::BadName);
        QString name;
        QVERIFY(!Wire::decodeName(QByteArray(bad), &name));
    }
    Wire::Record record;
    QCOMPARE(Wire::decode(Wire::encode(textRecord("Jos\xc3\xa9 \xe2\x9d\xa4\xef\xb8\x8f", "hello"), 1), &record),
             Wire::DecodeError::None);
    QCOMPARE(record.name, QStringLiteral("Jos\u00e9 \u2764\ufe0f"));
}

void tst_WireFormat::nicknameBoundaries()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    QCOMPARE(IpcChannel::checkNickname(name).isEmpty(), accepted);
    QCOMPARE(IpcChannel::checkRoomName(name).isEmpty(), accepted);
}

void tst_WireFormat::corruptionIsDetected_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<int>("expected");

    using E = Wire::DecodeError;
    QTest::addRow("size 0") << 0 << QByteArray(4, '\0') << int(E::BadSize);
    QTest::addRow("size 0xFFFFFFFF") << 0 << QByteArray(4, '\xff') << int(E::BadSize);
    QTest::addRow("size unaligned") << 0 << QByteArray("\x41\0\0\0", 4) << int(E::BadSize);
    QTest::addRow("size larger than buffer") << 0 << QByteArray("\x00\x02\0\0", 4) << int(E::Truncated);
    QTest::addRow("checksum") << 4 << QByteArray("\x01", 1) << int(E::BadChecksum);
    QTest::addRow("seq flipped") << 8 << QByteArray("\x02", 1) << int(E::BadChecksum);
    QTest::addRow("kind 0") << 28 << QByteArray("\x00", 1) << int(E::BadKind);
    QTest::addRow("kind 99") << 28 << QByteArray("\x63", 1) << int(E::BadKind);
    QTest::addRow("unknown flag") << 29 << QByteArray("\x80", 1) << int(E::BadKind);
    QTest::addRow("name length huge") << 30 << QByteArray("\xff\xff", 2) << int(E::BadLengths);
    QTest::addRow("name length 65") << 30 << QByteArray("\x41", 1) << int(E::BadLengths);
    QTest::addRow("machine length without machine") << 31 << QByteArray("\x08", 1) << int(E::BadLengths);
    QTest::addRow("remote flag without machine") << 29 << QByteArray("\x10", 1) << int(E::BadKind);
    QTest::addRow("kind 10 (missed) with text") << 28 << QByteArray("\x0a", 1) << int(E::BadChecksum);
    QTest::addRow("text length 0xFFFFFFFF") << 32 << QByteArray(4, '\xff') << int(E::BadLengths);
    QTest::addRow("generation tag") << 36 << QByteArray("\x01", 1) << int(E::BadChecksum);
    QTest::addRow("payload bit") << 41 << QByteArray("Z", 1) << int(E::BadChecksum);
}

void tst_WireFormat::corruptionIsDetected()
{
    QFETCH(int, offset);
    QFETCH(QByteArray, patch);
    QFETCH(int, expected);

    QByteArray bytes = Wire::encode(textRecord("alice", "hello there"), 5);
    bytes.replace(offset, patch.size(), patch);
    Wire::Record in;
    in.text = QStringLiteral("untouched");
    QCOMPARE(int(Wire::decode(bytes, &in)), expected);
    QCOMPARE(in.text, QStringLiteral("untouched")); // nothing half-decoded leaks out
}

void tst_WireFormat::invalidUtf8IsRefused()
{
    // A record with a correct checksum but bytes that are not UTF-8: written by a hostile peer.
    const QList<QByteArray> texts = { QByteArray("\xc3\x28", 2), QByteArray("\xed\xa0\x80", 3),
                                      QByteArray("\xf8\x88\x80\x80\x80", 5), QByteArray("ok\xff", 3),
                                      QByteArray("\xe6\x97", 2) /* cut multi-byte */ };
    for (const QByteArray &text : texts) {
        Wire::Record in;
        QCOMPARE(Wire::decode(Wire::encode(textRecord("x", text), 1), &in), Wire::DecodeError::BadText);
        QCOMPARE(Wire::decode(Wire::encode(textRecord(text, "x"), 1), &in), Wire::DecodeError::BadName);
    }
    Wire::Record in;
    QCOMPARE(Wire::decode(Wire::encode(textRecord("x", QByteArray("a\0b", 3)), 1), &in),
             Wire::DecodeError::BadText);
}

void tst_WireFormat::truncatedInput()
{
    const QByteArray bytes = Wire::encode(textRecord("alice", "hello"), 1);
    Wire::Record in;
    for (qsizetype n = 0; n < bytes.size(); ++n) {
        const auto result = Wire::decode(bytes.first(n), &in);
        QVERIFY2(result == Wire::DecodeError::Truncated, qPrintable(QString::number(n)));
    }
}

void tst_WireFormat::nonZeroPaddingIsRefused()
{
    // Name "bob", no text: 43 bytes padded to 48. The padding is outside the checksum.
    Wire::Outgoing join = textRecord("bob", QByteArray());
    join.kind = Wire::RecordKind::Join;
    QByteArray bytes = Wire::encode(join, 3);
    QCOMPARE(bytes.size(), 48);
    Wire::Record in;
    QCOMPARE(Wire::decode(bytes, &in), Wire::DecodeError::None);
    bytes[45] = 'x';
    QCOMPARE(Wire::decode(bytes, &in), Wire::DecodeError::BadLengths);
}

void tst_WireFormat::checksumKnownValue()
{
    // XXH3-64 of no bytes, as xxHash documents it: other implementations can verify our records.
    QCOMPARE(Wire::checksum(QByteArrayView()), 0x38D394C2u);
    QVERIFY(Wire::checksum("abc") != Wire::checksum("abd"));
    QVERIFY(Wire::checksum("abc", 1) != Wire::checksum("abc", 2));
}

void tst_WireFormat::onePassDecodingAgreesWithReference()
{
    QRandomGenerator random(20261204);
    int accepted = 0;
    int refused = 0;
    for (int i = 0; i < 200000; ++i) {
        const QByteArray bytes = randomTextBytes(random);
        QString expected;
        const bool expectText = TestSupport::referenceDecode(bytes, true, &expected) && !expected.isEmpty();
        QString actual = QStringLiteral("untouched");
        const bool gotText = Wire::decodeMessageText(bytes, &actual) && !actual.isEmpty();
        QVERIFY2(gotText == expectText, bytes.toHex(' ').constData());
        if (expectText)
            QCOMPARE(actual, expected);
        expectText ? ++accepted : ++refused;

        QString expectedName;
        const bool expectName = TestSupport::referenceDecodeName(bytes, &expectedName);
        QString name;
        QVERIFY2(Wire::decodeName(bytes, &name) == expectName, bytes.toHex(' ').constData());
        if (expectName)
            QCOMPARE(name, expectedName);
    }
    // The generator must reach both outcomes often, or the comparison proves little.
    QVERIFY2(accepted > 10000 && refused > 10000, qPrintable(QStringLiteral("%1 / %2").arg(accepted).arg(refused)));
}

void tst_WireFormat::onePassCheckAgreesWithReference()
{
    QRandomGenerator random(4122026);
    for (int i = 0; i < 100000; ++i) {
        // Valid UTF-16 from the generator's bytes, plus now and then a lone surrogate.
        QString text = QString::fromUtf8(randomTextBytes(random));
        if (random.bounded(16) == 0)
            text.insert(qsizetype(random.bounded(int(text.size()) + 1)), QChar(random.bounded(2) ? 0xd800 : 0xdc00));
        bool forbidden = false;
        for (const char32_t c : text.toUcs4())
            forbidden = forbidden || TestSupport::referenceForbidden(c, true);
        const qsizetype utf8 = text.toUtf8().size();
        Wire::TextError expected = Wire::TextError::None;
        if (text.isEmpty())
            expected = Wire::TextError::Empty;
        else if (!text.isValidUtf16())
            expected = Wire::TextError::InvalidUtf16;
        else if (forbidden)
            expected = Wire::TextError::ControlCharacter;
        else if (utf8 > qsizetype(Wire::MaxTextBytes))
            expected = Wire::TextError::TooLong;
        quint32 bytes = 0;
        const Wire::TextError actual = Wire::checkMessageText(text, &bytes);
        // A text both invalid and forbidden may be refused for either reason.
        if (expected == Wire::TextError::InvalidUtf16 && forbidden)
            QVERIFY(actual == Wire::TextError::InvalidUtf16 || actual == Wire::TextError::ControlCharacter);
        else
            QCOMPARE(actual, expected);
        if (actual == Wire::TextError::None)
            QCOMPARE(qsizetype(bytes), utf8);
    }
}

void tst_WireFormat::readerNameCacheNeverMixesNames()
{
    // A reader reuses the last sender's decoded name; a different name, or a refused one, must
    // never come out as the cached one.
    Wire::NameCache cache;
    Wire::Record in;
    QCOMPARE(Wire::decode(Wire::encode(textRecord("alice", "1"), 1), &in, &cache), Wire::DecodeError::None);
    QCOMPARE(in.name, QStringLiteral("alice"));
    QCOMPARE(Wire::decode(Wire::encode(textRecord("alicf", "2"), 2), &in, &cache), Wire::DecodeError::None);
    QCOMPARE(in.name, QStringLiteral("alicf"));
    QCOMPARE(Wire::decode(Wire::encode(textRecord("alic", "3"), 3), &in, &cache), Wire::DecodeError::None);
    QCOMPARE(in.name, QStringLiteral("alic"));
    QCOMPARE(Wire::decode(Wire::encode(textRecord("al\x01ic", "4"), 4), &in, &cache), Wire::DecodeError::BadName);
    QCOMPARE(Wire::decode(Wire::encode(textRecord("alic", "5"), 5), &in, &cache), Wire::DecodeError::None);
    QCOMPARE(in.name, QStringLiteral("alic"));
}

void tst_WireFormat::textStraightFromUtf16()
{
    // The sender's path: the text as QString, converted straight into the record. It must give
    // the very bytes the UTF-8 path gives, and refuse a length that is not the text's own.
    QRandomGenerator random(1204);
    for (int i = 0; i < 20000; ++i) {
        const QString text = QString::fromUtf8(randomTextBytes(random)) + QString(int(random.bounded(40)), QLatin1Char('a'));
        quint32 bytes = 0;
        if (Wire::checkMessageText(text, &bytes) != Wire::TextError::None)
            continue;
        const Wire::Outgoing viaUtf8 = textRecord("alice", text.toUtf8());
        Wire::Outgoing direct = textRecord("alice", QByteArray());
        direct.utf16Text = text;
        direct.utf16TextBytes = bytes;
        QCOMPARE(Wire::encodedSize(direct), Wire::encodedSize(viaUtf8));
        QCOMPARE(Wire::encode(direct, 9, 3), Wire::encode(viaUtf8, 9, 3));
        for (const quint32 wrong : { bytes - 1, bytes + 1, bytes + 8 }) {
            direct.utf16TextBytes = wrong;
            QVERIFY2(Wire::encode(direct, 9, 3).isEmpty(), qPrintable(text));
        }
    }
    // A lone surrogate never reaches the ring, whatever length it is given.
    Wire::Outgoing lone = textRecord("alice", QByteArray());
    lone.utf16Text = QStringLiteral("ab") + QChar(0xd800);
    for (const quint32 length : { 2u, 3u, 5u, 6u }) {
        lone.utf16TextBytes = length;
        QVERIFY(Wire::encode(lone, 1).isEmpty());
    }
}


void tst_WireFormat::remoteRecordsCarryTheirMachine()
{
    Wire::Outgoing out = textRecord("alice", "hello from afar");
    out.flags = Wire::FlagRemote;
    out.machine = "machine-b";
    Wire::Record in;
    QCOMPARE(Wire::decode(Wire::encode(out, 7), &in), Wire::DecodeError::None);
    QCOMPARE(in.machine, QStringLiteral("machine-b"));
    QCOMPARE(in.text, QStringLiteral("hello from afar"));
    QVERIFY(in.flags & Wire::FlagRemote);

    // The machine name follows the rules of names: nothing invisible, no control character.
    for (const QByteArray &bad : { QByteArray("evil\x1b" "[2J"), QByteArray("a\xe2\x80\xae" "b"), QByteArray(" pad"),
                                   QByteArray("\xff\xfe") }) {
        out.machine = bad;
        QCOMPARE(Wire::decode(Wire::encode(out, 7), &in), Wire::DecodeError::BadName);
    }
    // A machine without the remote flag is not a record.
    out.machine = "machine-b";
    out.flags = 0;
    QCOMPARE(Wire::decode(Wire::encode(out, 7), &in), Wire::DecodeError::BadKind);
    // 23 bytes fit exactly; the longest record still fits MaxRecordSize.
    out.flags = Wire::FlagRemote;
    out.machine = QByteArray(int(Wire::MaxMachineBytes), 'm');
    out.name = QByteArray(int(Wire::MaxNameBytes), 'n');
    out.text = QByteArray(int(Wire::MaxTextBytes), 't');
    QCOMPARE(Wire::encodedSize(out), Wire::MaxRecordSize);
    QCOMPARE(Wire::decode(Wire::encode(out, 7), &in), Wire::DecodeError::None);
    QCOMPARE(in.machine.size(), qsizetype(Wire::MaxMachineBytes));
}

void tst_WireFormat::missedRecordsCarryAnExactCount()
{
    Wire::Outgoing out(Wire::RecordKind::Missed, 0, 0, 1, "shmchat-bridge", "1234");
    Wire::Record in;
    QCOMPARE(Wire::decode(Wire::encode(out, 3), &in), Wire::DecodeError::None);
    QCOMPARE(Wire::missedCount(in), quint64(1234));
    for (const QByteArray &bad : { QByteArray(), QByteArray("0"), QByteArray("12a"), QByteArray("-5"),
                                   QByteArray("99999999999999999999") }) {
        out.text = bad;
        QCOMPARE(Wire::decode(Wire::encode(out, 3), &in), Wire::DecodeError::BadText);
    }
    // A text record whose text is digits is a message, not a count.
    QCOMPARE(Wire::decode(Wire::encode(textRecord("bob", "42"), 4), &in), Wire::DecodeError::None);
    QCOMPARE(Wire::missedCount(in), quint64(0));
}

QTEST_GUILESS_MAIN(tst_WireFormat)
#include "tst_wireformat.moc"
