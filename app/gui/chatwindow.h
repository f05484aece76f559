#pragma once

#include "ipcchannel.h"
#include "memberlist.h"
#include "messageview.h"
#include "notifier.h"
#include "pictureviewer.h"
#include "remaininglabel.h"

#include <QtCore/QMap>
#include <QtCore/QPointer>
#include <QtWidgets/QMainWindow>

#include <memory>

class Announcer;
class ComposerEdit;
class DirectConversation;
class PictureStore;

class MessageModel;
class QTimer;
class SearchBar;
class QFrame;
class QLabel;
class QPushButton;
class QToolButton;
class WindowPlacement;

namespace Ui {
class ChatWindow;
}

// One chat window: one room through an IpcChannel, its scrollback, the members and a composer.
// The layout is chatwindow.ui. Its parts are classes of their own that show what they are given
// and reword themselves when the language changes (MessageView, MemberList, RemainingLabel,
// RoomStatusBar, LanguageMenu); WindowPlacement decides where the window opens. This class
// passes what the channel says to those parts, and what the user does to the channel.
class ChatWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Options
    {
        QString room = QStringLiteral("lobby"); // empty: the identity's last room, else "lobby"
        QString nickname; // empty: defaultNickname()
        // Remember the window's geometry under a per-instance slot and its identity (off in tests).
        bool useGeometrySlot = true;
        // Remember per identity the last room, the language, the splitter and drafts.
        bool rememberSettings = true;
    };

    // The window takes ownership of `channel`, which must not be null nor have joined a room yet:
    // the window joins options.room, and leaves when it is destroyed.
    ChatWindow(std::unique_ptr<IpcChannel> channel, const Options &options, QWidget *parent = nullptr);
    ~ChatWindow() override;

    // For tests and for main(): the parts a user interacts with.
    IpcChannel *channel() const { return m_channel.get(); }
    MessageModel *model() const { return m_model; }
    MessageView *messageView() const;
    ComposerEdit *composer() const;
    QPushButton *sendButton() const;
    RemainingLabel *remainingLabel() const;
    QLabel *sendErrorLabel() const;
    QLabel *bannerLabel() const;
    QFrame *banner() const;
    MemberList *memberList() const;
    QToolButton *newMessagesButton() const;
    int unreadCount() const { return m_unread; }
    SearchBar *searchBar() const { return m_search; }
    Notifier *notifier() const { return m_notifier; }
    Announcer *announcer() const { return m_announcer; }
    QPushButton *bannerNicknameButton() const { return m_bannerNicknameButton; }
    PictureStore *pictureStore() const { return m_pictures; }
    // The picture window opened last, while it is open.
    PictureViewer *pictureViewer() const { return m_viewer; }
    // What Ctrl+N proposes for the new window: a nickname nobody in the room has.
    QString suggestedNickname() const;
    // "bob is typing…" under the conversation.
    QLabel *typingLabel() const;
    // The window of direct messages with that member, opened (made if need be; nullptr when
    // the member is not in the room or is us), or only looked up.
    DirectConversation *openDirect(quint32 memberId);
    DirectConversation *directConversation(quint32 memberId) const;
    // Saves what the window remembers now (also done on close and as the user goes).
    void saveSettings();

public Q_SLOTS:
    // Leaves the current room and joins `room`; on failure the banner says why and offers Retry.
    bool joinRoom(const QString &room);
    bool changeNickname(const QString &nickname);
    bool sendComposerText();
    // Sends a picture (pasted, dropped or picked); a refusal is shown beside the composer.
    bool sendPicture(const QByteArray &encoded, const QString &fileName);
    bool sendPictureFile(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslate();
    void updateTitle();
    void updateMembers();
    void updateComposerState();
    void updateStatus();
    void showBanner(const QString &text, bool offerRetry);
    void hideBanner();
    void onMessagesReceived(const QList<ChatMessage> &messages);
    void updateBackground();
    void onSendFailed(const QString &text, const QString &reason);
    void askNickname();
    void askRoom();
    void openNewWindow();
    void showAbout();
    void setupExtras();
    void appendDelivered(const QList<ChatMessage> &messages);
    void announceIncoming(const QList<ChatMessage> &messages);
    void saveDraft();
    void loadDraft();
    void updateCompletion();
    void setupDirect();
    void noteTyping(bool typing);
    void updateTyping();
    DirectConversation *conversationFor(const ChatMember &peer, bool present);
    // Hands direct messages to their conversations; returns the room's.
    QList<ChatMessage> routeDirect(const QList<ChatMessage> &messages);
    void updateDirectPeers();
    bool sendSlashMessage(const QString &text, bool *handled);
    void setupPictures();
    void pickPicture();
    void showSendRefusal(const QString &reason);

    const std::unique_ptr<Ui::ChatWindow> m_ui;
    std::unique_ptr<IpcChannel> m_channel;
    MessageModel *m_model = nullptr;
    std::unique_ptr<WindowPlacement> m_placement;
    QString m_room;
    QString m_nickname;
    int m_unread = 0;
    bool m_historyMarked = false;
    bool m_historyEnded = false;
    bool m_awayPending = false;
    bool m_remember = true;
    SearchBar *m_search = nullptr;
    // Guarded: activation events can reach the window while its children are being destroyed.
    QPointer<Notifier> m_notifier;
    Announcer *m_announcer = nullptr;
    QTimer *m_draftTimer = nullptr;
    QPushButton *m_bannerNicknameButton = nullptr;
    QLabel *m_typingLabel = nullptr;
    qint64 m_typingSaidMs = 0; // when we last told the channel we type; 0: not typing
    QMap<quint32, QPointer<DirectConversation>> m_direct;
    PictureStore *m_pictures = nullptr;
    QPointer<PictureViewer> m_viewer;
};
