#include "announcer.h"

#include <QtCore/QTimer>
#include <QtGui/QAccessible>

Announcer::Announcer(QWidget *parent) : QLabel(parent), m_pending(new QTimer(this))
{
    setTextFormat(Qt::PlainText);
    // Present for assistive technology, invisible on screen: a live region must not be hidden.
    setFixedSize(1, 1);
    setObjectName(QStringLiteral("announcer"));
    m_pending->setSingleShot(true);
    connect(m_pending, &QTimer::timeout, this, &Announcer::flush);
}

void Announcer::announceMessage(const QString &sender, const QString &text)
{
    ++m_waiting;
    m_waitingText = tr("%1 says: %2").arg(sender, text);
    if (!m_sinceLast.isValid() || m_sinceLast.elapsed() >= MinGapMs) {
        flush();
        return;
    }
    if (!m_pending->isActive())
        m_pending->start(int(MinGapMs - m_sinceLast.elapsed()));
}

void Announcer::flush()
{
    if (m_waiting == 0)
        return;
    const QString text = m_waiting == 1 ? m_waitingText : tr("New messages: %1").arg(m_waiting);
    m_waiting = 0;
    m_waitingText.clear();
    m_sinceLast.start();
    say(text, false);
}

void Announcer::announceError(const QString &text)
{
    if (!text.isEmpty())
        say(text, true);
}

void Announcer::say(const QString &text, bool assertive)
{
    m_last = text;
    ++m_count;
    setAccessibleName(text);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QAccessibleAnnouncementEvent event(this, text);
    event.setPoliteness(assertive ? QAccessible::AnnouncementPoliteness::Assertive
                                  : QAccessible::AnnouncementPoliteness::Polite);
    QAccessible::updateAccessibility(&event);
#else
    QAccessibleEvent event(this, assertive ? QAccessible::Alert : QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
#endif
}
