#pragma once

#include <QtCore/QSettings>

// What the window remembers between runs: the last nickname, and per identity (nickname) the
// last room, the language, the splitter and the geometry, and a draft per room; the geometry of
// each window slot (see WindowPlacement) for windows without one of their own.
QSettings appSettings();

// The nickname to use when none is given: the last one chosen, else the OS user's, else "guest".
QString defaultNickname();
void rememberNickname(const QString &nickname);

// `text` made safe as one part of a settings key: any name may hold '/', which QSettings takes
// for a group, or characters an INI file would mangle.
QString settingsKeyPart(const QString &text);

// Settings that belong to one identity (a nickname): "identity/<nickname>/<what>".
QString identityKey(const QString &nickname, const QString &what);
// The draft of `room` for `nickname`.
QString draftKey(const QString &nickname, const QString &room);
