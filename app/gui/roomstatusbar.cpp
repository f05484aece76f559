#include "roomstatusbar.h"

#include <QtCore/QEvent>
#include <QtWidgets/QLabel>

RoomStatusBar::RoomStatusBar(QWidget *parent)
    : QStatusBar(parent), m_roomLabel(new QLabel(this)), m_memberCountLabel(new QLabel(this))
{
    for (QLabel *label : { m_roomLabel, m_memberCountLabel }) {
        // Room names are the user's words: never interpret them.
        label->setTextFormat(Qt::PlainText);
        addPermanentWidget(label);
    }
    refresh();
}

void RoomStatusBar::setRoom(const QString &room, IpcChannel::State state)
{
    m_room = room;
    m_state = state;
    refresh();
}

void RoomStatusBar::setMemberCount(int count)
{
    m_memberCount = count;
    refresh();
}

void RoomStatusBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QStatusBar::changeEvent(event);
}

void RoomStatusBar::refresh()
{
    switch (m_state) {
    case IpcChannel::State::Joined:
        m_roomLabel->setText(tr("Room: %1").arg(m_room));
        break;
    case IpcChannel::State::Joining:
        m_roomLabel->setText(tr("Joining room %1…").arg(m_room));
        break;
    case IpcChannel::State::Disconnected:
        m_roomLabel->setText(tr("Not connected"));
        break;
    }
    m_memberCountLabel->setText(tr("Members: %1").arg(m_memberCount));
}
