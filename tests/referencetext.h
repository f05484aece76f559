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

} // namespace TestSupport
