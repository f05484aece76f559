#pragma once

#include "ipcchannel.h"

#include <QtCore/QPointer>
#include <QtWidgets/QMainWindow>

#include <memory>

class ComposerEdit;
class MessageDelegate;
class MessageModel;
class QAbstractButton;
class QAction;
class QActionGroup;
class QFrame;
class QLabel;
class QListView;
class QListWidget;
class QLockFile;
class QMenu;
class QPushButton;
class QToolButton;

// One chat window: one IpcChannel, its scrollback, the members and a composer.
class ChatWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Options
    {
        QString room = QStringLiteral("lobby");
        QString nickname;
        int pollInterval = IpcChannel::DefaultPollInterval;
        // Remember the window's geometry under a per-instance slot (off in tests).
        bool useGeometrySlot = true;
    };

    explicit ChatWindow(const Options &options, QWidget *parent = nullptr);
    ~ChatWindow() override;

    // Replaces the application's translator; every window retranslates on the LanguageChange
    // event that follows. An empty language means the system's.
    static void applyLanguage(const QString &language);
    static QString currentLanguage();
    // The nickname to use when none is given: last chosen, else the OS user, else "guest".
    static QString defaultNickname();

    // For tests and for main(): the parts a user interacts with.
    IpcChannel *channel() const { return m_channel; }
    MessageModel *model() const { return m_model; }
    QListView *messageView() const { return m_view; }
    ComposerEdit *composer() const { return m_composer; }
    QPushButton *sendButton() const { return m_sendButton; }
    QLabel *remainingLabel() const { return m_remainingLabel; }
    QLabel *sendErrorLabel() const { return m_sendErrorLabel; }
    QLabel *bannerLabel() const { return m_bannerLabel; }
    QFrame *banner() const { return m_banner; }
    QListWidget *memberList() const { return m_memberList; }
    QToolButton *newMessagesButton() const { return m_newMessagesButton; }
    int unreadCount() const { return m_unread; }

public Q_SLOTS:
    // Leaves the current room and joins `room`; on failure the banner says why and offers Retry.
    bool joinRoom(const QString &room);
    bool changeNickname(const QString &nickname);
    bool sendComposerText();
    void copySelection();
    void scrollToNewest();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void buildMenus();
    void retranslateUi();
    void updateTitle();
    void updateMembers();
    void updateComposerState();
    void updateRemaining();
    void updateStatus();
    void placeNewMessagesButton();
    void showBanner(const QString &text, bool offerRetry);
    void hideBanner();
    void onMessageReceived(const ChatMessage &message);
    void onSendFailed(const QString &text, const QString &reason);
    void askNickname();
    void askRoom();
    void openNewWindow();
    void showAbout();
    void claimGeometrySlot();
    void saveGeometrySlot();

    IpcChannel *m_channel = nullptr;
    MessageModel *m_model = nullptr;
    MessageDelegate *m_delegate = nullptr;
    QString m_room;
    QString m_nickname;
    int m_unread = 0;
    bool m_stickToBottom = true;
    bool m_historyMarked = false;
    bool m_bannerOffersRetry = false;
    int m_geometrySlot = -1;
    std::unique_ptr<QLockFile> m_slotLock;

    QFrame *m_banner = nullptr;
    QLabel *m_bannerLabel = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_dismissButton = nullptr;
    QListView *m_view = nullptr;
    QToolButton *m_newMessagesButton = nullptr;
    ComposerEdit *m_composer = nullptr;
    QPushButton *m_sendButton = nullptr;
    QLabel *m_remainingLabel = nullptr;
    QLabel *m_sendErrorLabel = nullptr;
    QLabel *m_membersHeading = nullptr;
    QListWidget *m_memberList = nullptr;
    QLabel *m_roomStatus = nullptr;
    QLabel *m_memberCountStatus = nullptr;

    QMenu *m_chatMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_nicknameAction = nullptr;
    QAction *m_roomAction = nullptr;
    QAction *m_newWindowAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_systemLanguageAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};
