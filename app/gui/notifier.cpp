#include "notifier.h"

#include "appsettings.h"

#include <QtCore/QEvent>
#include <QtGui/QActionGroup>
#include <QtGui/QIcon>
#include <QtGui/QPainter>
#include <QtWidgets/QMenu>
#include <QtWidgets/QSystemTrayIcon>
#include <QtWidgets/QWidget>

namespace {

QString modeKey(const QString &room)
{
    return QStringLiteral("notifications/") + settingsKeyPart(room);
}

// What a notification quotes of a message: short, one line.
QString excerpt(const QString &text)
{
    constexpr int MaxChars = 160;
    QString line = text.simplified();
    if (line.size() > MaxChars)
        line = line.left(MaxChars - 1) + QChar(0x2026);
    return line;
}

} // namespace

Notifier::Notifier(QWidget *window)
    : QObject(window),
      m_window(window),
      m_menu(new QMenu(window)),
      m_group(new QActionGroup(this))
{
    m_all = m_menu->addAction(QString());
    m_mentions = m_menu->addAction(QString());
    m_none = m_menu->addAction(QString());
    for (QAction *action : { m_all, m_mentions, m_none }) {
        action->setCheckable(true);
        m_group->addAction(action);
    }
    m_all->setData(int(Mode::All));
    m_mentions->setData(int(Mode::Mentions));
    m_none->setData(int(Mode::None));
    m_all->setChecked(true);
    connect(m_group, &QActionGroup::triggered, this, [this](QAction *action) { setMode(Mode(action->data().toInt())); });
    // Not every desktop has a tray (a bare X server, the tests' offscreen platform): then the
    // title's count and QApplication::alert() are all there is.
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
                m_window->showNormal();
                m_window->raise();
                m_window->activateWindow();
            }
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        });
        updateTray();
        m_tray->show();
    }
    m_menu->installEventFilter(this);
    retranslate();
}

Notifier::~Notifier() = default;

void Notifier::setRoom(const QString &room)
{
    m_room = room;
    const int stored = appSettings().value(modeKey(room), int(Mode::All)).toInt();
    m_mode = stored >= int(Mode::All) && stored <= int(Mode::None) ? Mode(stored) : Mode::All;
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toInt() == int(m_mode));
    updateTray();
}

void Notifier::setMode(Mode mode)
{
    m_mode = mode;
    if (!m_room.isEmpty())
        appSettings().setValue(modeKey(m_room), int(mode));
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toInt() == int(m_mode));
}

void Notifier::setUnread(int count)
{
    m_unread = count;
    updateTray();
}

bool Notifier::messagesArrived(const QList<ChatMessage> &messages, const QList<bool> &mentioned, bool windowActive)
{
    if (m_mode == Mode::None)
        return false;
    int count = 0;
    int first = -1;
    bool anyMention = false;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const bool mention = mentioned.value(i);
        // Mentions always; the rest only when nobody is looking and the room wants them all.
        const bool wanted = mention || (!windowActive && m_mode == Mode::All);
        if (!wanted)
            continue;
        ++count;
        if (first < 0 || (mention && !anyMention))
            first = int(i);
        anyMention = anyMention || mention;
    }
    if (count == 0)
        return false;
    const ChatMessage &message = messages.at(first);
    m_lastTitle = anyMention ? tr("%1 mentioned you in %2").arg(message.sender, m_room)
                             : tr("%1 in %2").arg(message.sender, m_room);
    m_lastBody = excerpt(message.text);
    if (count > 1)
        m_lastBody += QLatin1Char('\n') + tr("(and %1 more)").arg(count - 1);
    ++m_shown;
    if (m_tray)
        m_tray->showMessage(m_lastTitle, m_lastBody, QSystemTrayIcon::Information, 8000);
    emit notified(m_lastTitle, m_lastBody);
    return true;
}

void Notifier::updateTray()
{
    if (!m_tray)
        return;
    const QIcon base = m_window->windowIcon();
    if (m_unread <= 0) {
        m_tray->setIcon(base);
        m_tray->setToolTip(tr("ShmChat — %1").arg(m_room));
        return;
    }
    // The count drawn on the icon: a tray has no other way to show it at a glance.
    QPixmap pixmap = base.pixmap(64, 64);
    if (pixmap.isNull()) {
        pixmap = QPixmap(64, 64);
        pixmap.fill(Qt::transparent);
    }
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(QColor(200, 30, 30));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QRect(24, 24, 40, 40));
        QFont font = painter.font();
        font.setPixelSize(m_unread > 99 ? 16 : 24);
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QRect(24, 24, 40, 40), Qt::AlignCenter,
                         m_unread > 99 ? QStringLiteral("99+") : QString::number(m_unread));
    }
    m_tray->setIcon(QIcon(pixmap));
    m_tray->setToolTip(tr("ShmChat — %1 — unread: %2").arg(m_room).arg(m_unread));
}

bool Notifier::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_menu && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void Notifier::retranslate()
{
    m_menu->setTitle(tr("&Notifications"));
    m_all->setText(tr("&All Messages"));
    m_mentions->setText(tr("&Mentions Only"));
    m_none->setText(tr("&None"));
    updateTray();
}
