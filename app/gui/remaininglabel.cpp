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
    // Counted in bytes, which the user need not know about: most characters take one, accented
    // letters two, CJK three and emoji four; the tooltip says so.
    setText(left >= 0 ? tr("%1 left").arg(left) : tr("Too long by %1: shorten it to send").arg(-left));
    setToolTip(tr("A message may take %1 bytes. Most letters take one, accented letters two, "
                  "Chinese, Japanese and Korean characters three and emoji four.")
                   .arg(limit));
    // Weight rather than a colour: it stays legible in every theme.
    QFont weighted = font();
    weighted.setBold(left < 0);
    setFont(weighted);
    show();
}
