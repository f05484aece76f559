#pragma once

#include "chatmessage.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QObject>

class QAction;
class QActionGroup;
class QMenu;
class QSystemTrayIcon;
class QWidget;

// Tells the user about news when they are not looking: a tray icon with the unread count (where
// the desktop has a tray) and desktop notifications through it, for mentions and, while the
// window is inactive, for every new message. What deserves a notification is chosen per room
// (all / mentions only / none) from the menu it offers, and remembered.
class Notifier : public QObject
{
    Q_OBJECT
public:
    enum class Mode { All, Mentions, None };
    Q_ENUM(Mode)

    explicit Notifier(QWidget *window);
    ~Notifier() override;

    // The room whose setting applies (loaded from the settings).
    void setRoom(const QString &room);
    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    // "Notifications" with the three choices, to put in a menu bar.
    QMenu *menu() const { return m_menu; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }

    // The count the tray icon shows (and its tooltip says).
    void setUnread(int count);
    int unread() const { return m_unread; }
    // Given a poll's worth of messages from peers, shows at most one notification for them;
    // `mentioned` says which of them mention us. Returns whether one was shown.
    bool messagesArrived(const QList<ChatMessage> &messages, const QList<bool> &mentioned, bool windowActive);

    // What the last notification said, and how many were shown (also without a tray, so
    // that the decision can be seen and tested where the desktop has none).
    QString lastTitle() const { return m_lastTitle; }
    QString lastBody() const { return m_lastBody; }
    int shownCount() const { return m_shown; }

Q_SIGNALS:
    void notified(const QString &title, const QString &body);

public:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateTray();

    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu;
    QActionGroup *m_group;
    QAction *m_all;
    QAction *m_mentions;
    QAction *m_none;
    QString m_room;
    Mode m_mode = Mode::All;
    int m_unread = 0;
    int m_shown = 0;
    QString m_lastTitle;
    QString m_lastBody;
};
