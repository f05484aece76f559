#include "languagemenu.h"

#include "translations.h"

#include <QtCore/QLibraryInfo>
#include <QtCore/QPointer>
#include <QtCore/QTranslator>
#include <QtGui/QActionGroup>
#include <QtWidgets/QApplication>

namespace {

QPointer<QTranslator> appTranslator;
QPointer<QTranslator> qtTranslator;
QString appLanguage;

struct LanguageChoice
{
    const char *code;
    const char *nativeName; // shown in its own language, so it is deliberately not translated
};
constexpr LanguageChoice languageChoices[] = {
    { "en", "English" },
    { "de", "Deutsch" },
    { "fr", "Français" },
    { "es", "Español" },
    { "ja", "日本語" },
};

} // namespace

LanguageMenu::LanguageMenu(QWidget *parent) : QMenu(parent), m_group(new QActionGroup(this))
{
    m_systemAction = addAction(QString());
    m_systemAction->setCheckable(true);
    m_systemAction->setData(QString());
    m_group->addAction(m_systemAction);
    addSeparator();
    for (const LanguageChoice &choice : languageChoices) {
        QAction *action = addAction(QString::fromUtf8(choice.nativeName));
        action->setCheckable(true);
        action->setData(QString::fromLatin1(choice.code));
        m_group->addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, this, [](QAction *action) {
        applyLanguage(action->data().toString());
    });
    retranslate();
}

void LanguageMenu::applyLanguage(const QString &language)
{
    if (appTranslator) {
        QCoreApplication::removeTranslator(appTranslator);
        delete appTranslator;
    }
    if (qtTranslator) {
        QCoreApplication::removeTranslator(qtTranslator);
        delete qtTranslator;
    }
    appLanguage = language;
    appTranslator = ShmChat::installTranslation(language);
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    // Qt's own strings (dialog buttons, context menus) when the system has them installed.
    auto *qt = new QTranslator(qApp);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        qtTranslator = qt;
    } else {
        delete qt;
    }
}

QString LanguageMenu::currentLanguage()
{
    return appLanguage;
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslate()
{
    m_systemAction->setText(tr("System Default"));
    // The language may have been chosen elsewhere: on the command line, or in another window.
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toString() == currentLanguage());
}
