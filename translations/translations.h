#pragma once

#include <QtCore/QString>

class QTranslator;

namespace ShmChat {
// Installs the translation for `language` (a locale name such as "de" or "ja_JP"), or for the
// system's UI languages when it is empty. Returns the translator (owned by qApp) or nullptr when
// the language is English or has no translation.
QTranslator *installTranslation(const QString &language);
} // namespace ShmChat
