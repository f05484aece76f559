#include "translations.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLocale>
#include <QtCore/QTranslator>

namespace ShmChat {

QTranslator *installTranslation(const QString &language)
{
    const QStringList candidates = language.isEmpty() ? QLocale::system().uiLanguages()
                                                      : QStringList{ language };
    for (const QString &candidate : candidates) {
        const QLocale locale(candidate);
        if (locale.language() == QLocale::English || locale.language() == QLocale::C)
            return nullptr;
        auto *translator = new QTranslator(QCoreApplication::instance());
        // The .qm files are embedded by qt_add_translations() under :/i18n/.
        if (translator->load(locale, QStringLiteral("shmchat"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
            QCoreApplication::installTranslator(translator);
            return translator;
        }
        delete translator;
    }
    return nullptr;
}

} // namespace ShmChat
