#include "chatwindow.h"
#include "ui_chatwindow.h"

#include "announcer.h"
#include "appsettings.h"
#include "chattext.h"
#include "composeredit.h"
#include "directconversation.h"
#include "notifier.h"
#include "languagemenu.h"
#include "roomdialog.h"
#include "messagemodel.h"
#include "pictureviewer.h"
#include "windowplacement.h"

#include <QtCore/QProcess>
#include <QtGui/QCloseEvent>
#include <QtWidgets/QApplication>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QStyle>

#include <algorithm>

namespace {

constexpr int StatusMessageMs = 10000;

} // namespace

ChatWindow::ChatWindow(std::unique_ptr<IpcChannel> channel, const Options &options, QWidget *parent)
    : QMainWindow(parent),
      m_ui(std::make_unique<Ui::ChatWindow>()),
      m_channel(std::move(channel)),
      m_model(new MessageModel(this)),
      m_room(options.room),
      m_nickname(options.nickname.isEmpty() ? defaultNickname() : options.nickname),
      m_remember(options.rememberSettings)
{
    if (m_room.isEmpty()) {
        const QString last = m_remember ? appSettings().value(identityKey(m_nickname, QStringLiteral("room"))).toString()
                                        : QString();
        m_room = !last.isEmpty() && IpcChannel::checkRoomName(last).isEmpty() ? last : QStringLiteral("lobby");
    }
    Q_ASSERT(m_channel);
    m_ui->setupUi(this);

    // What the form cannot say: a style's icon, a palette role, sizes from the font and the
    // platform's standard shortcuts.
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_ui->bannerIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                                    .pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    m_ui->banner->setBackgroundRole(QPalette::AlternateBase);
    m_ui->banner->hide();
    m_ui->sendErrorLabel->hide();
    m_ui->splitter->setCollapsible(0, false);
    const int membersWidth = fontMetrics().averageCharWidth() * 18;
    m_ui->splitter->setSizes({ membersWidth * 4, membersWidth });
    m_ui->newWindowAction->setShortcut(QKeySequence::New);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->messageView->setModel(m_model);
    m_model->setSelfName(m_nickname);
    setupExtras();
    setupDirect();
    setupPictures();
    retranslate();

    connect(m_ui->nicknameAction, &QAction::triggered, this, &ChatWindow::askNickname);
    connect(m_ui->roomAction, &QAction::triggered, this, &ChatWindow::askRoom);
    connect(m_ui->newWindowAction, &QAction::triggered, this, &ChatWindow::openNewWindow);
    connect(m_ui->quitAction, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    connect(m_ui->aboutAction, &QAction::triggered, this, &ChatWindow::showAbout);
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] { joinRoom(m_room); });
    connect(m_ui->dismissButton, &QPushButton::clicked, this, &ChatWindow::hideBanner);
    connect(m_ui->composer, &ComposerEdit::submitRequested, this, &ChatWindow::sendComposerText);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &ChatWindow::sendComposerText);
    connect(m_ui->composer, &QPlainTextEdit::textChanged, this, [this] {
        updateComposerState();
        m_ui->remainingLabel->setUsedBytes(int(m_ui->composer->toPlainText().toUtf8().size()));
        // An emptied composer has nothing left that a refusal could be about.
        if (m_ui->composer->toPlainText().isEmpty()) {
            m_ui->sendErrorLabel->clear();
            m_ui->sendErrorLabel->hide();
        }
    });

    IpcChannel *ipc = m_channel.get();
    connect(ipc, &IpcChannel::messagesReceived, this, &ChatWindow::onMessagesReceived);
    connect(ipc, &IpcChannel::messagesMissed, m_model, &MessageModel::appendMissed);
    connect(ipc, &IpcChannel::membersChanged, this, &ChatWindow::updateMembers);
    connect(ipc, &IpcChannel::stateChanged, this, [this](IpcChannel::State state) {
        if (state == IpcChannel::State::Joined)
            m_model->setSelfId(m_channel->memberId());
        updateComposerState();
        updateStatus();
    });
    connect(ipc, &IpcChannel::joinFailed, this, [this](const QString &reason) { showBanner(reason, true); });
    connect(ipc, &IpcChannel::nicknameChanged, this, [this](const QString &nickname) {
        m_nickname = nickname;
        m_model->setSelfName(nickname);
        for (const QPointer<DirectConversation> &conversation : std::as_const(m_direct)) {
            if (conversation)
                conversation->setSelfName(nickname);
        }
        updateTitle();
    });
    connect(ipc, &IpcChannel::sendFailed, this, &ChatWindow::onSendFailed);
    connect(ipc, &IpcChannel::messageSent, this, [this] {
        // A queued message made it after all; an old failure notice no longer applies.
        m_ui->sendErrorLabel->clear();
        m_ui->sendErrorLabel->hide();
    });
    connect(ipc, &IpcChannel::bridgeStateChanged, m_ui->statusBar, &RoomStatusBar::setBridgeState);
    connect(ipc, &IpcChannel::errorOccurred, this, [this](const QString &message) {
        showBanner(message, m_channel->state() != IpcChannel::State::Joined);
    });

    // From the font, so that the window suits the screen's DPI and the user's font size.
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 32);
    if (options.useGeometrySlot)
        m_placement = std::make_unique<WindowPlacement>(this, m_nickname);

    m_ui->composer->setFocus();
    joinRoom(m_room);
}

ChatWindow::~ChatWindow()
{
    // Leave (announced by the channel's destructor) while the window's parts still exist.
    m_channel.reset();
}

MessageView *ChatWindow::messageView() const { return m_ui->messageView; }
ComposerEdit *ChatWindow::composer() const { return m_ui->composer; }
QPushButton *ChatWindow::sendButton() const { return m_ui->sendButton; }
RemainingLabel *ChatWindow::remainingLabel() const { return m_ui->remainingLabel; }
QLabel *ChatWindow::sendErrorLabel() const { return m_ui->sendErrorLabel; }
QLabel *ChatWindow::bannerLabel() const { return m_ui->bannerLabel; }
QFrame *ChatWindow::banner() const { return m_ui->banner; }
MemberList *ChatWindow::memberList() const { return m_ui->memberList; }
QToolButton *ChatWindow::newMessagesButton() const { return m_ui->messageView->newMessagesButton(); }

// The words that neither the form nor the parts hold: the title, the members' "(you)" and the
// system lines of the scrollback.
void ChatWindow::retranslate()
{
    m_bannerNicknameButton->setText(tr("Change &Nickname…"));
    findChild<QAction *>(QStringLiteral("findAction"))->setText(tr("&Find in Messages…"));
    findChild<QAction *>(QStringLiteral("sendPictureAction"))->setText(tr("Send &Picture…"));
    m_model->retranslate();
    updateTitle();
    updateMembers();
}

bool ChatWindow::joinRoom(const QString &room)
{
    const QString problem = IpcChannel::checkRoomName(room);
    if (!problem.isEmpty()) {
        showBanner(problem, false);
        return false;
    }
    const bool switching = room != m_room;
    if (switching)
        saveDraft();
    m_room = room;
    m_model->clear(); // the view follows the newest messages again
    m_historyMarked = false;
    m_historyEnded = false;
    m_awayPending = false;
    m_unread = 0;
    m_notifier->setRoom(room);
    m_notifier->setUnread(0);
    // Hidden first: a successful join may itself report something (a room it had to repair)
    // through errorOccurred, and that must stay visible.
    hideBanner();
    m_model->setSelfId(0);
    m_typingSaidMs = 0;
    // Another room, another member id: the conversations of this one end with it.
    for (const QPointer<DirectConversation> &conversation : std::as_const(m_direct))
        delete conversation.data();
    m_direct.clear();
    // Joined now, or joining: the rest arrives through stateChanged() or joinFailed().
    const bool joined = m_channel->join(room, m_nickname);
    if (!joined)
        showBanner(m_channel->errorString(), true);
    else if (m_remember)
        appSettings().setValue(identityKey(m_nickname, QStringLiteral("room")), room);
    // A retry in the same room keeps what is being written.
    if (switching || m_ui->composer->toPlainText().isEmpty())
        loadDraft();
    updateTitle();
    updateMembers();
    updateComposerState();
    updateStatus();
    return joined;
}

bool ChatWindow::changeNickname(const QString &nickname)
{
    if (!m_channel->setNickname(nickname)) {
        statusBar()->showMessage(m_channel->errorString(), StatusMessageMs);
        m_announcer->announceError(m_channel->errorString());
        return false;
    }
    saveSettings(); // under the old identity, which the next window of that name finds
    m_nickname = nickname;
    m_model->setSelfName(nickname);
    rememberNickname(nickname);
    if (m_placement)
        m_placement->setIdentity(nickname);
    updateTitle();
    updateCompletion();
    return true;
}

bool ChatWindow::sendComposerText()
{
    const QString text = m_ui->composer->message();
    if (text.isEmpty())
        return false;
    bool slashCommand = false;
    const bool sentDirect = sendSlashMessage(text, &slashCommand);
    if (slashCommand) {
        if (sentDirect)
            m_typingSaidMs = 0; // sending took our typing back
        return sentDirect;
    }
    if (!m_channel->sendMessage(text)) {
        m_ui->sendErrorLabel->setText(m_channel->errorString());
        m_ui->sendErrorLabel->show();
        m_announcer->announceError(m_channel->errorString());
        return false;
    }
    m_typingSaidMs = 0; // sending took our typing back
    m_ui->composer->clear();
    m_ui->sendErrorLabel->clear();
    m_ui->sendErrorLabel->hide();
    m_ui->messageView->scrollToNewest();
    return true;
}

void ChatWindow::onSendFailed(const QString &text, const QString &reason)
{
    m_ui->sendErrorLabel->setText(reason);
    m_ui->sendErrorLabel->show();
    m_announcer->announceError(reason);
    // The composer was cleared when the message was queued; give the words back unless the
    // user has started on something else.
    if (m_ui->composer->toPlainText().isEmpty())
        m_ui->composer->setPlainText(text);
}

void ChatWindow::onMessagesReceived(const QList<ChatMessage> &delivered)
{
    const QList<ChatMessage> messages = routeDirect(delivered);
    if (messages.isEmpty())
        return;
    appendDelivered(messages);
    const quint32 self = m_channel->memberId();
    const auto fromPeer = [self](const ChatMessage &message) {
        return message.kind == ChatMessage::Kind::Text && !message.history && !(self != 0 && message.senderId == self);
    };
    QList<ChatMessage> news;
    QList<bool> mentioned;
    for (const ChatMessage &message : messages) {
        if (fromPeer(message)) {
            news.append(message);
            mentioned.append(ChatText::mentions(message.text, m_nickname));
        }
    }
    if (news.isEmpty())
        return;
    announceIncoming(news);
    m_notifier->messagesArrived(news, mentioned, isActiveWindow());
    if (isActiveWindow())
        return;
    m_unread += int(news.size());
    m_notifier->setUnread(m_unread);
    updateTitle();
    QApplication::alert(this);
}

void ChatWindow::updateTitle()
{
    QString title = tr("ShmChat — %1 — %2", "window title: room, nickname").arg(m_room, m_nickname);
    if (m_unread > 0)
        title = tr("(%1) %2", "window title: unread count, title").arg(m_unread).arg(title);
    setWindowTitle(title);
}

void ChatWindow::updateMembers()
{
    const QList<ChatMember> members = m_channel->members();
    m_ui->memberList->setMembers(members);
    m_ui->statusBar->setMemberCount(int(members.size()));
    updateCompletion();
    updateDirectPeers();
    updateTyping(); // a typing member that left, or renamed
}

void ChatWindow::updateComposerState()
{
    const bool joined = m_channel->state() == IpcChannel::State::Joined;
    // Over the limit Send is off; Enter still tries, and says why it cannot.
    const bool fits = m_ui->composer->toPlainText().toUtf8().size() <= IpcChannel::MaxMessageBytes;
    m_ui->sendButton->setEnabled(joined && fits && !m_ui->composer->message().isEmpty());
}

void ChatWindow::updateStatus()
{
    m_ui->statusBar->setRoom(m_room, m_channel->state());
}

void ChatWindow::showBanner(const QString &text, bool offerRetry)
{
    m_ui->bannerLabel->setText(text);
    m_ui->retryButton->setVisible(offerRetry);
    // A refused join may be about the name (taken, or not allowed): let it be changed here.
    m_bannerNicknameButton->setVisible(offerRetry && m_channel->state() != IpcChannel::State::Joined);
    m_ui->banner->show();
    m_announcer->announceError(text);
}

void ChatWindow::hideBanner()
{
    m_ui->banner->hide();
    m_ui->bannerLabel->clear();
}

void ChatWindow::askNickname()
{
    QString nickname = m_nickname;
    for (;;) {
        bool ok = false;
        nickname = QInputDialog::getText(this, tr("Change Nickname"), tr("New nickname:"),
                                         QLineEdit::Normal, nickname, &ok);
        if (!ok || nickname == m_nickname)
            return;
        const QString problem = IpcChannel::checkNickname(nickname);
        if (problem.isEmpty() && changeNickname(nickname))
            return;
        QMessageBox box(QMessageBox::Warning, tr("Change Nickname"),
                        problem.isEmpty() ? m_channel->errorString() : problem, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
}

void ChatWindow::askRoom()
{
    QString room = m_room;
    for (;;) {
        RoomDialog dialog(room, this);
        const bool ok = dialog.exec() == QDialog::Accepted;
        room = dialog.room();
        if (!ok || (room == m_room && m_channel->state() == IpcChannel::State::Joined))
            return;
        const QString problem = IpcChannel::checkRoomName(room);
        if (problem.isEmpty()) {
            joinRoom(room);
            return;
        }
        QMessageBox box(QMessageBox::Warning, tr("Switch Room"), problem, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
}

void ChatWindow::openNewWindow()
{
    bool ok = false;
    const QString nickname = QInputDialog::getText(this, tr("New Window"), tr("Nickname for the new window:"),
                                                   QLineEdit::Normal, suggestedNickname(), &ok);
    if (!ok)
        return;
    const QString problem = IpcChannel::checkNickname(nickname);
    if (!problem.isEmpty()) {
        statusBar()->showMessage(problem, StatusMessageMs);
        return;
    }
    QStringList arguments{ QStringLiteral("--room"), m_room, QStringLiteral("--name"), nickname };
    const QString language = LanguageMenu::currentLanguage();
    if (!language.isEmpty())
        arguments << QStringLiteral("--lang") << language;
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments))
        statusBar()->showMessage(tr("Could not start a new window."), StatusMessageMs);
}

void ChatWindow::showAbout()
{
    QMessageBox box(QMessageBox::Information, tr("About ShmChat"),
                    tr("ShmChat %1\n\nChat between programs on this computer through shared memory.")
                        .arg(QCoreApplication::applicationVersion()),
                    QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void ChatWindow::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        m_ui->retranslateUi(this);
        retranslate();
        if (m_remember)
            appSettings().setValue(identityKey(m_nickname, QStringLiteral("language")), LanguageMenu::currentLanguage());
        break;
    case QEvent::ActivationChange:
        if (isActiveWindow() && m_unread > 0) {
            m_unread = 0;
            if (m_notifier)
                m_notifier->setUnread(0);
            updateTitle();
        }
        // What comes while the user looks elsewhere gets a line above it.
        m_awayPending = !isActiveWindow();
        updateBackground();
        break;
    case QEvent::WindowStateChange:
        updateBackground();
        break;
    case QEvent::PaletteChange:
        updateMembers(); // nickname colours depend on the background
        break;
    default:
        break;
    }
    QMainWindow::changeEvent(event);
}

void ChatWindow::updateBackground()
{
    // Nobody reads a window that is not active: it may learn of news a little later, for
    // almost no CPU while the room is quiet.
    if (m_channel) // gone while the window is destroyed
        m_channel->setBackground(!isActiveWindow() || isMinimized());
}

void ChatWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    // The conversations belong to this window's membership: they go with it (and would
    // otherwise keep the application running as its last windows).
    for (const QPointer<DirectConversation> &conversation : std::as_const(m_direct)) {
        if (conversation)
            conversation->close();
    }
    QMainWindow::closeEvent(event);
}
