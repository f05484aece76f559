// The text rules written plainly, one character at a time, on what Qt's own UTF-8 decoder makes
// of the bytes. The fast one-pass code in core/wireformat.cpp must agree with this on every
// input: tst_wireformat checks it on generated inputs, fuzz_record on whatever the fuzzer finds.
#pragma once

#include <QtCore/QByteArrayView>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringDecoder>

namespace TestSupport {

inline bool referenceForbidden(char32_t c, bool allowLineBreaks)
{
    if (c == u'\t' || c == u'\n' || c == u'\r')
        return !allowLineBreaks;
    return c < 0x20 || (c >= 0x7f && c < 0xa0);
}

// False when the bytes are not UTF-8 or hold a forbidden character; else the text.
inline bool referenceDecode(QByteArrayView bytes, bool allowLineBreaks, QString *out)
{
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return false;
    for (const char32_t c : text.toUcs4()) {
        if (referenceForbidden(c, allowLineBreaks))
            return false;
    }
    *out = text;
    return true;
}

// The name rules, plainly: one line without outer spaces, nothing that draws nothing or turns
// text around (the Unicode categories Cf, Zl, Zp, and the blank characters of other categories),
// no combining mark first, something visible.
inline bool referenceInvisibleInName(char32_t c)
{
    static const QList<char32_t> blanks = { 0x034f, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180b, 0x180c, 0x180d,
                                            0x180e, 0x180f, 0x2800, 0x3164, 0xffa0 };
    const QChar::Category category = QChar::category(c);
    return category == QChar::Other_Format || category == QChar::Separator_Line
        || category == QChar::Separator_Paragraph || blanks.contains(c) || (c >= 0xfff0 && c <= 0xfff8)
        || (c >= 0xe0000 && c <= 0xe00ff) || (c >= 0xe01f0 && c <= 0xe0fff);
}

inline bool referenceNameAcceptable(const QString &name)
{
    if (name.isEmpty() || name.trimmed() != name)
        return false;
    const QList<uint> characters = name.toUcs4();
    bool visible = false;
    for (qsizetype i = 0; i < characters.size(); ++i) {
        const char32_t c = characters.at(i);
        if (referenceInvisibleInName(c))
            return false;
        const QChar::Category category = QChar::category(c);
        const bool mark = category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing;
        if (i == 0 && mark)
            return false;
        if (!mark && category != QChar::Separator_Space)
            visible = true;
    }
    return visible;
}

// decodeName's expectation: a name's bytes as referenceDecode reads them, then the rules above.
inline bool referenceDecodeName(QByteArrayView bytes, QString *out)
{
    QString name;
    if (!referenceDecode(bytes, false, &name) || !referenceNameAcceptable(name))
        return false;
    *out = name;
    return true;
}

} // namespace TestSupport
