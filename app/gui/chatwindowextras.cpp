// The parts of ChatWindow that issue 10 added: search, notifications, announcements, drafts,
// what the window remembers, and the markers it puts between messages.
#include "chatwindow.h"
#include "ui_chatwindow.h"

#include "announcer.h"
#include "appsettings.h"
#include "chattext.h"
#include "composeredit.h"
#include "languagemenu.h"
#include "messagemodel.h"
#include "notifier.h"
#include "searchbar.h"
#include "windowplacement.h"

#include <QtCore/QTimer>
#include <QtGui/QAction>
#include <QtGui/QKeyEvent>
#include <QtWidgets/QApplication>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QPushButton>

namespace {

constexpr int DraftSaveDelayMs = 500;

} // namespace

void ChatWindow::setupExtras()
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/shmchat.svg")));

    m_search = new SearchBar(m_ui->messageView, m_ui->chatPane);
    m_ui->chatLayout->insertWidget(0, m_search);
    auto *findAction = new QAction(this);
    findAction->setObjectName(QStringLiteral("findAction"));
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, m_search, &SearchBar::open);
    m_ui->chatMenu->insertAction(m_ui->newWindowAction, findAction);

    // F6 goes round the three places a keyboard user works in: composer, messages, members.
    auto *cycleFocus = new QAction(this);
    cycleFocus->setShortcut(Qt::Key_F6);
    connect(cycleFocus, &QAction::triggered, this, [this] {
        QWidget *const order[] = { m_ui->composer, m_ui->messageView, m_ui->memberList };
        QWidget *focused = QApplication::focusWidget();
        int next = 0;
        for (int i = 0; i < 3; ++i) {
            if (focused == order[i] || (focused && order[i]->isAncestorOf(focused)))
                next = (i + 1) % 3;
        }
        order[next]->setFocus(Qt::ShortcutFocusReason);
    });
    addAction(cycleFocus);

    m_notifier = new Notifier(this);
    m_ui->chatMenu->insertMenu(m_ui->newWindowAction, m_notifier->menu());
    m_ui->chatMenu->insertSeparator(m_ui->newWindowAction);

    m_announcer = new Announcer(this);
    statusBar()->addWidget(m_announcer);
    connect(m_notifier, &Notifier::notified, this, [this](const QString &title, const QString &) {
        statusBar()->showMessage(title, 10000);
    });

    m_bannerNicknameButton = new QPushButton(m_ui->banner);
    m_bannerNicknameButton->setObjectName(QStringLiteral("bannerNicknameButton"));
    m_ui->bannerLayout->insertWidget(2, m_bannerNicknameButton);
    m_bannerNicknameButton->hide();
    connect(m_bannerNicknameButton, &QPushButton::clicked, m_ui->nicknameAction, &QAction::trigger);

    // Typing while the list has focus: the keys go where typing goes.
    connect(m_ui->messageView, &MessageView::typedWhileFocused, this, [this](QKeyEvent *event) {
        m_ui->composer->setFocus(Qt::OtherFocusReason);
        QKeyEvent copy(event->type(), event->key(), event->modifiers(), event->text(), event->isAutoRepeat(),
                       ushort(event->count()));
        QCoreApplication::sendEvent(m_ui->composer, &copy);
    });
    connect(m_ui->messageView, &MessageView::linkOpenFailed, this, [this](const QUrl &url) {
        const QString text = tr("Could not open %1: no web browser or other program for links is set up.")
                                 .arg(url.toDisplayString());
        statusBar()->showMessage(text, 15000);
        m_announcer->announceError(text);
    });

    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(DraftSaveDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &ChatWindow::saveDraft);
    connect(m_ui->composer, &QPlainTextEdit::textChanged, m_draftTimer, qOverload<>(&QTimer::start));

    if (m_remember) {
        const QByteArray splitter =
            appSettings().value(identityKey(m_nickname, QStringLiteral("splitter"))).toByteArray();
        if (!splitter.isEmpty())
            m_ui->splitter->restoreState(splitter);
    }
    m_ui->bannerLabel->setAccessibleDescription(QString());
}

void ChatWindow::appendDelivered(const QList<ChatMessage> &messages)
{
    // History comes first, so a batch that holds any starts with it.
    if (messages.constFirst().history && !m_historyMarked) {
        m_model->appendHistoryStart();
        m_historyMarked = true;
    }
    const quint32 self = m_channel->memberId();
    qsizetype done = 0;
    const auto flushUpTo = [&](qsizetype end) {
        if (end > done)
            m_model->appendMessages(messages.mid(done, end - done));
        done = end;
    };
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const ChatMessage &message = messages.at(i);
        if (m_historyMarked && !m_historyEnded && !message.history) {
            // The replay is over: what follows happened while we are here.
            flushUpTo(i);
            m_model->appendHistoryEnd();
            m_historyEnded = true;
        }
        const bool fromPeer = message.kind == ChatMessage::Kind::Text && !message.history
                              && !(self != 0 && message.senderId == self);
        if (fromPeer && m_awayPending && !isActiveWindow()) {
            flushUpTo(i);
            m_model->appendAwayMarker();
            m_awayPending = false;
        }
    }
    flushUpTo(messages.size());
}

void ChatWindow::announceIncoming(const QList<ChatMessage> &messages)
{
    for (const ChatMessage &message : messages)
        m_announcer->announceMessage(message.sender, message.text);
}

QString ChatWindow::suggestedNickname() const
{
    QStringList taken{ m_nickname };
    for (const ChatMember &member : m_channel->members())
        taken.append(member.name);
    return ChatText::freshNickname(m_nickname, taken);
}

void ChatWindow::saveDraft()
{
    if (!m_remember || m_room.isEmpty())
        return;
    const QString key = draftKey(m_nickname, m_room);
    const QString text = m_ui->composer->toPlainText();
    QSettings settings = appSettings();
    if (text.isEmpty())
        settings.remove(key);
    else
        settings.setValue(key, text);
}

void ChatWindow::loadDraft()
{
    if (!m_remember)
        return;
    m_draftTimer->stop();
    const QString draft = appSettings().value(draftKey(m_nickname, m_room)).toString();
    // Bounded like a message, whatever the settings file holds.
    m_ui->composer->setPlainText(draft.left(IpcChannel::MaxMessageBytes * 2));
    m_ui->composer->moveCursor(QTextCursor::End);
    m_draftTimer->stop();
}

void ChatWindow::saveSettings()
{
    if (m_placement)
        m_placement->save();
    if (!m_remember)
        return;
    saveDraft();
    QSettings settings = appSettings();
    settings.setValue(identityKey(m_nickname, QStringLiteral("splitter")), m_ui->splitter->saveState());
    settings.setValue(identityKey(m_nickname, QStringLiteral("language")), LanguageMenu::currentLanguage());
    if (m_channel->state() == IpcChannel::State::Joined)
        settings.setValue(identityKey(m_nickname, QStringLiteral("room")), m_room);
}

void ChatWindow::updateCompletion()
{
    QStringList names;
    for (const ChatMember &member : m_channel->members())
        names.append(member.name);
    m_ui->composer->setCompletionNames(names, m_nickname);
}
