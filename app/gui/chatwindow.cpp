#include "chatwindow.h"
#include "ui_chatwindow.h"

#include "appsettings.h"
#include "composeredit.h"
#include "languagemenu.h"
#include "messagemodel.h"
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
      m_nickname(options.nickname.isEmpty() ? defaultNickname() : options.nickname)
{
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
        updateTitle();
    });
    connect(ipc, &IpcChannel::sendFailed, this, &ChatWindow::onSendFailed);
    connect(ipc, &IpcChannel::messageSent, this, [this] {
        // A queued message made it after all; an old failure notice no longer applies.
        m_ui->sendErrorLabel->clear();
        m_ui->sendErrorLabel->hide();
    });
    connect(ipc, &IpcChannel::errorOccurred, this, [this](const QString &message) {
        showBanner(message, m_channel->state() != IpcChannel::State::Joined);
    });

    // From the font, so that the window suits the screen's DPI and the user's font size.
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 32);
    if (options.useGeometrySlot)
        m_placement = std::make_unique<WindowPlacement>(this);

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
    m_room = room;
    m_model->clear(); // the view follows the newest messages again
    m_historyMarked = false;
    m_unread = 0;
    // Hidden first: a successful join may itself report something (a room it had to repair)
    // through errorOccurred, and that must stay visible.
    hideBanner();
    m_model->setSelfId(0);
    // Joined now, or joining: the rest arrives through stateChanged() or joinFailed().
    const bool joined = m_channel->join(room, m_nickname);
    if (!joined)
        showBanner(m_channel->errorString(), true);
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
        return false;
    }
    m_nickname = nickname;
    rememberNickname(nickname);
    updateTitle();
    return true;
}

bool ChatWindow::sendComposerText()
{
    const QString text = m_ui->composer->message();
    if (text.isEmpty())
        return false;
    if (!m_channel->sendMessage(text)) {
        m_ui->sendErrorLabel->setText(m_channel->errorString());
        m_ui->sendErrorLabel->show();
        return false;
    }
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
    // The composer was cleared when the message was queued; give the words back unless the
    // user has started on something else.
    if (m_ui->composer->toPlainText().isEmpty())
        m_ui->composer->setPlainText(text);
}

void ChatWindow::onMessagesReceived(const QList<ChatMessage> &messages)
{
    // History comes first, so a batch that holds any starts with it.
    if (messages.constFirst().history && !m_historyMarked) {
        m_model->appendHistoryStart();
        m_historyMarked = true;
    }
    m_model->appendMessages(messages);
    if (isActiveWindow())
        return;
    const quint32 self = m_channel->memberId();
    const auto fromPeer = [self](const ChatMessage &message) {
        return message.kind == ChatMessage::Kind::Text && !message.history && !(self != 0 && message.senderId == self);
    };
    const int unread = int(std::count_if(messages.cbegin(), messages.cend(), fromPeer));
    if (unread > 0) {
        m_unread += unread;
        updateTitle();
        QApplication::alert(this);
    }
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
}

void ChatWindow::updateComposerState()
{
    const bool joined = m_channel->state() == IpcChannel::State::Joined;
    m_ui->sendButton->setEnabled(joined && !m_ui->composer->message().isEmpty());
}

void ChatWindow::updateStatus()
{
    m_ui->statusBar->setRoom(m_room, m_channel->state());
}

void ChatWindow::showBanner(const QString &text, bool offerRetry)
{
    m_ui->bannerLabel->setText(text);
    m_ui->retryButton->setVisible(offerRetry);
    m_ui->banner->show();
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
        bool ok = false;
        room = QInputDialog::getText(this, tr("Switch Room"), tr("Room to join:"), QLineEdit::Normal, room, &ok);
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
    QStringList arguments{ QStringLiteral("--room"), m_room };
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
        break;
    case QEvent::ActivationChange:
        if (isActiveWindow() && m_unread > 0) {
            m_unread = 0;
            updateTitle();
        }
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
    if (m_placement)
        m_placement->save();
    QMainWindow::closeEvent(event);
}
