#pragma once

#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QString>
#include <QtCore/QStringList>

// Pure functions on the words of a chat, shared by the model, the delegate, the composer and the
// notifications, and testable without a window.
namespace ChatText {

// A grapheme cluster longer than this (UTF-16 units) is drawn cut, with "…" after it. The longest
// emoji sequences in use (families with skin tones) take about 20; shaping a 4 KiB cluster is
// what froze the window (issue 10), and no real text needs more.
constexpr int MaxClusterUnits = 48;

// `text` as it is laid out in a message row: line breaks made QTextLayout's hard line break, and
// grapheme clusters longer than MaxClusterUnits cut. The stored message is never changed.
QString displayText(const QString &text);
// Whether displayText() had to cut something (for the row's tooltip and tests).
bool hasLongCluster(const QString &text);

// `text` as one isolated bidi run (FSI ... PDI), so that whatever direction marks it holds end
// with it and cannot reorder the words drawn around it.
QString isolated(const QString &text);

// Whether `text` mentions `name`: the name, optionally after '@', not glued to a letter or digit
// on either side, compared case-insensitively.
bool mentions(const QString &text, const QString &name);
// Where `name` is mentioned in `text`, as (start, length), for highlighting.
QList<QPair<int, int>> mentionRanges(const QString &text, const QString &name);

// Case-insensitive occurrences of `term` in `text`, as (start, length).
QList<QPair<int, int>> findAll(const QString &text, const QString &term);

// The member names that start with `prefix` (case-insensitively, an '@' before it ignored),
// sorted the way the member list is, without `exclude`.
QStringList completions(const QString &prefix, const QStringList &names, const QString &exclude = QString());

// A nickname based on `base` that none of `taken` uses (compared case-insensitively): base2,
// base3, ... shortened so that it stays within the nickname limit.
QString freshNickname(const QString &base, const QStringList &taken);

} // namespace ChatText
