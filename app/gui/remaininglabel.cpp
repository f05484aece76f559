#include "remaininglabel.h"

#include "ipcchannel.h"

#include <QtCore/QEvent>

RemainingLabel::RemainingLabel(QWidget *parent) : QLabel(parent)
{
    refresh();
}

void RemainingLabel::setUsedBytes(int used)
{
    m_used = used;
    refresh();
}

void RemainingLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

void RemainingLabel::refresh()
{
    const int limit = IpcChannel::MaxMessageBytes;
    if (m_used < limit - limit / 10) {
        hide();
        return;
    }
    const int left = limit - m_used;
    setText(left >= 0 ? tr("Bytes left: %1").arg(left) : tr("Bytes over the limit: %1").arg(-left));
    // Weight rather than a colour: it stays legible in every theme.
    QFont weighted = font();
    weighted.setBold(left < 0);
    setFont(weighted);
    show();
}
