#pragma once

#include <QtWidgets/QMenu>

class QActionGroup;

// The Language menu: the system's language or one of the translations, switched live. Choosing
// an entry calls applyLanguage(); every window, this menu included, rewords itself on the
// LanguageChange event that follows.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // Replaces the application's translators. An empty language means the system's. main() calls
    // it before any window exists, so that --help is worded in the chosen language too.
    static void applyLanguage(const QString &language);
    static QString currentLanguage();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QAction *m_systemAction = nullptr;
    QActionGroup *m_group = nullptr;
};
