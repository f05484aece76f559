#include "chattext.h"

#include "ipcchannel.h"


#include <algorithm>

namespace ChatText {

namespace {

bool glued(const QString &text, qsizetype at)
{
    if (at < 0 || at >= text.size())
        return false;
    const QChar c = text.at(at);
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c.isMark();
}

// Below U+0300 every character is a cluster of its own (but CR LF, which we never keep): no
// boundary search is needed, which keeps ordinary text on the cheap path.
bool mayHaveLongClusters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x300; });
}

bool extendsCluster(char32_t c)
{
    if (c == 0x200C || c == 0x200D) // ZWNJ, ZWJ
        return true;
    if ((c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF)) // variation selectors
        return true;
    if ((c >= 0x1F3FB && c <= 0x1F3FF) || (c >= 0xE0020 && c <= 0xE007F)) // skin tones, tags
        return true;
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

bool isJamo(char32_t c)
{
    return (c >= 0x1100 && c <= 0x11FF) || (c >= 0xA960 && c <= 0xA97F) || (c >= 0xD7B0 && c <= 0xD7FF);
}

// Runs of characters that may belong to one grapheme cluster, longer than MaxClusterUnits.
// A run is at least as long as the cluster it holds (a character after a ZWJ, a combining mark,
// a variation selector, a skin tone, a tag or a conjoining jamo counts as glued to the one
// before), so every long cluster is found, in one cheap pass: QTextBoundaryFinder was exact but
// took a millisecond per 4 KiB message under AddressSanitizer, and a full relayout asks for all
// of them at once.
template<typename Visit>
void forEachLongCluster(const QString &text, Visit visit)
{
    if (text.size() <= MaxClusterUnits || !mayHaveLongClusters(text))
        return;
    qsizetype runStart = 0;
    char32_t previous = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size;) {
        char32_t c = text.at(i).unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        const bool glued = i > 0
            && (extendsCluster(c) || previous == 0x200D
                || (isJamo(c) && (isJamo(previous) || (previous >= 0xAC00 && previous <= 0xD7A3))));
        if (!glued) {
            if (i - runStart > MaxClusterUnits)
                visit(runStart, i);
            runStart = i;
        }
        previous = c;
        i += width;
    }
    if (size - runStart > MaxClusterUnits)
        visit(runStart, size);
}

} // namespace

QString displayText(const QString &input)
{
    QString text = input;
    // QTextLayout does not break at '\n' by itself; LineSeparator is its hard line break.
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    text.replace(QLatin1Char('\r'), QChar::LineSeparator);
    QList<QPair<qsizetype, qsizetype>> cuts;
    forEachLongCluster(text, [&cuts](qsizetype start, qsizetype end) { cuts.append({ start, end }); });
    if (cuts.isEmpty())
        return text;
    QString result;
    result.reserve(text.size());
    qsizetype done = 0;
    for (const auto &[start, end] : std::as_const(cuts)) {
        qsizetype keep = start + MaxClusterUnits;
        if (text.at(keep - 1).isHighSurrogate())
            --keep; // never half a character
        result += QStringView(text).mid(done, keep - done);
        result += QChar(0x2026);
        done = end;
    }
    result += QStringView(text).mid(done);
    return result;
}

bool hasLongCluster(const QString &text)
{
    bool found = false;
    forEachLongCluster(text, [&found](qsizetype, qsizetype) { found = true; });
    return found;
}

QString isolated(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

QList<QPair<int, int>> mentionRanges(const QString &text, const QString &name)
{
    QList<QPair<int, int>> ranges;
    if (name.isEmpty())
        return ranges;
    for (qsizetype at = text.indexOf(name, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(name, at + 1, Qt::CaseInsensitive)) {
        if (glued(text, at - 1) || glued(text, at + name.size()))
            continue;
        const bool at_sign = at > 0 && text.at(at - 1) == QLatin1Char('@');
        ranges.append({ int(at_sign ? at - 1 : at), int(name.size() + (at_sign ? 1 : 0)) });
    }
    return ranges;
}

bool mentions(const QString &text, const QString &name)
{
    return !mentionRanges(text, name).isEmpty();
}

QList<QPair<int, int>> findAll(const QString &text, const QString &term)
{
    QList<QPair<int, int>> ranges;
    if (term.isEmpty())
        return ranges;
    for (qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(term, at + term.size(), Qt::CaseInsensitive))
        ranges.append({ int(at), int(term.size()) });
    return ranges;
}

QStringList completions(const QString &typed, const QStringList &names, const QString &exclude)
{
    const QString prefix = typed.startsWith(QLatin1Char('@')) ? typed.mid(1) : typed;
    QStringList found;
    if (prefix.isEmpty())
        return found;
    for (const QString &name : names) {
        if (name.startsWith(prefix, Qt::CaseInsensitive) && name.compare(exclude, Qt::CaseInsensitive) != 0
            && !found.contains(name))
            found.append(name);
    }
    std::sort(found.begin(), found.end(),
              [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    return found;
}

QString freshNickname(const QString &base, const QStringList &taken)
{
    // A trailing number is the part we change: alice2 suggests alice3, not alice22.
    QString stem = base;
    while (!stem.isEmpty() && stem.back().isDigit())
        stem.chop(1);
    if (stem.isEmpty())
        stem = QStringLiteral("guest");
    const auto isTaken = [&taken](const QString &name) {
        return std::any_of(taken.cbegin(), taken.cend(),
                           [&name](const QString &t) { return t.compare(name, Qt::CaseInsensitive) == 0; });
    };
    // Bounded: 32 members at most, so one of 34 numbers is free.
    for (int n = 2; n < 100; ++n) {
        const QString number = QString::number(n);
        QString candidate = stem + number;
        while (candidate.toUtf8().size() > IpcChannel::MaxNicknameBytes && stem.size() > 1) {
            stem.chop(1);
            candidate = stem + number;
        }
        if (!isTaken(candidate) && IpcChannel::checkNickname(candidate).isEmpty())
            return candidate;
    }
    return QStringLiteral("guest");
}

} // namespace ChatText
