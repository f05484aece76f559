#pragma once

#include "ipcchannel.h"

#include <QtWidgets/QStatusBar>

class QLabel;

// The bottom line of the window: the room (or that we are joining it, or not connected) and how
// many members it has, kept permanently beside the passing messages.
class RoomStatusBar : public QStatusBar
{
    Q_OBJECT
public:
    explicit RoomStatusBar(QWidget *parent = nullptr);

    void setRoom(const QString &room, IpcChannel::State state);
    void setMemberCount(int count);
    void setBridgeState(IpcChannel::BridgeState state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QLabel *m_bridgeLabel;
    QLabel *m_roomLabel;
    QLabel *m_memberCountLabel;
    QString m_room;
    IpcChannel::State m_state = IpcChannel::State::Disconnected;
    int m_memberCount = 0;
    IpcChannel::BridgeState m_bridgeState = IpcChannel::BridgeState::None;
};
