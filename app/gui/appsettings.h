#pragma once

#include <QtCore/QSettings>

// What the window remembers between runs: the nickname, and the geometry of each window slot
// (see WindowPlacement).
QSettings appSettings();

// The nickname to use when none is given: the last one chosen, else the OS user's, else "guest".
QString defaultNickname();
void rememberNickname(const QString &nickname);
