#pragma once

#include "chatmessage.h"

#include <QtCore/QPointer>
#include <QtWidgets/QWidget>

class ComposerEdit;
class IpcChannel;
class MessageModel;
class MessageView;
class QLabel;
class QPushButton;

// The direct messages between us and one member of the room, apart from the room: a small window
// of its own, opened from the member list, by /msg or by a direct message that comes in. It
// sends through the room's channel; the room's window hands it the messages of this pair.
class DirectConversation : public QWidget
{
    Q_OBJECT
public:
    DirectConversation(IpcChannel *channel, const ChatMember &peer, const QString &selfName, QWidget *parent);

    quint32 peerId() const { return m_peer.id; }
    QString peerName() const { return m_peer.name; }
    // The peer renamed itself, or left (false): then nothing more can be sent here.
    void setPeer(const ChatMember &peer, bool present);
    void setSelfName(const QString &name);
    void appendMessages(const QList<ChatMessage> &messages);
    bool send();

    MessageModel *model() const { return m_model; }
    MessageView *messageView() const { return m_view; }
    ComposerEdit *composer() const { return m_composer; }
    QPushButton *sendButton() const { return m_send; }
    QLabel *noteLabel() const { return m_note; }
    QLabel *errorLabel() const { return m_error; }

Q_SIGNALS:
    // The user typed here: the room's window tells the channel (one typing word per member).
    void edited();
    // A message went out (which took our typing back).
    void sent();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSendButton();
    void showError(const QString &text);

    QPointer<IpcChannel> m_channel;
    ChatMember m_peer;
    bool m_present = true;
    MessageModel *m_model = nullptr;
    MessageView *m_view = nullptr;
    ComposerEdit *m_composer = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_error = nullptr;
};
