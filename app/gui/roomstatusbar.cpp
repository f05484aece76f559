#include "roomstatusbar.h"

#include <QtCore/QEvent>
#include <QtWidgets/QLabel>

RoomStatusBar::RoomStatusBar(QWidget *parent)
    : QStatusBar(parent), m_bridgeLabel(new QLabel(this)), m_roomLabel(new QLabel(this)),
      m_memberCountLabel(new QLabel(this))
{
    m_bridgeLabel->setObjectName(QStringLiteral("bridgeLabel"));
    m_bridgeLabel->hide();
    for (QLabel *label : { m_bridgeLabel, m_roomLabel, m_memberCountLabel }) {
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

void RoomStatusBar::setBridgeState(IpcChannel::BridgeState state)
{
    m_bridgeState = state;
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
    // Only rooms with a bridge (shmchat-bridge) reach other machines; others show nothing here.
    switch (m_bridgeState) {
    case IpcChannel::BridgeState::None:
        m_bridgeLabel->clear();
        break;
    case IpcChannel::BridgeState::Connected:
        m_bridgeLabel->setText(tr("Linked to other machines"));
        break;
    case IpcChannel::BridgeState::NotConnected:
        m_bridgeLabel->setText(tr("Not connected to other machines"));
        break;
    }
    m_bridgeLabel->setVisible(m_bridgeState != IpcChannel::BridgeState::None);
}
