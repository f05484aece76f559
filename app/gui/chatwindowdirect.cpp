// The parts of ChatWindow that issue 13 added: direct messages (a window per member) and the
// typing indicator under the conversation.
#include "chatwindow.h"
#include "ui_chatwindow.h"

#include "announcer.h"
#include "chattext.h"
#include "composeredit.h"
#include "directconversation.h"

#include <QtCore/QDateTime>
#include <QtGui/QAction>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenu>

namespace {
// The window says "typing" again at most this often while keys come: each time it lasts a few
// seconds (Timing::TypingTimeoutMs in the core), so a second is plenty.
constexpr qint64 TypingRefreshMs = 1000;
} // namespace

void ChatWindow::setupDirect()
{
    m_typingLabel = new QLabel(m_ui->chatPane);
    m_typingLabel->setObjectName(QStringLiteral("typingLabel"));
    m_typingLabel->setTextFormat(Qt::PlainText);
    m_typingLabel->setForegroundRole(QPalette::PlaceholderText);
    // Room for one line whether or not someone types, so the composer does not jump.
    m_typingLabel->setMinimumHeight(m_typingLabel->fontMetrics().height());
    m_ui->chatLayout->insertWidget(m_ui->chatLayout->indexOf(m_ui->messageView) + 1, m_typingLabel);
    connect(m_channel.get(), &IpcChannel::typingChanged, this, &ChatWindow::updateTyping);
    connect(m_ui->composer, &ComposerEdit::edited, this,
            [this] { noteTyping(!m_ui->composer->message().isEmpty()); });

    m_ui->memberList->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->memberList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (DirectConversation *conversation = openDirect(MemberList::memberIdOf(item)))
            conversation->composer()->setFocus(Qt::OtherFocusReason);
    });
    connect(m_ui->memberList, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QListWidgetItem *item = m_ui->memberList->itemAt(at);
        if (!item || MemberList::isSelf(item))
            return;
        const quint32 id = MemberList::memberIdOf(item);
        QMenu menu(this);
        menu.addAction(tr("&Direct Message…"), this, [this, id] {
            if (DirectConversation *conversation = openDirect(id))
                conversation->composer()->setFocus(Qt::OtherFocusReason);
        });
        menu.exec(m_ui->memberList->viewport()->mapToGlobal(at));
    });
}

QLabel *ChatWindow::typingLabel() const
{
    return m_typingLabel;
}

void ChatWindow::noteTyping(bool typing)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!typing) {
        if (m_typingSaidMs != 0)
            m_channel->setTyping(false);
        m_typingSaidMs = 0;
        return;
    }
    if (m_typingSaidMs != 0 && now - m_typingSaidMs >= 0 && now - m_typingSaidMs < TypingRefreshMs)
        return;
    m_typingSaidMs = now;
    m_channel->setTyping(true);
}

void ChatWindow::updateTyping()
{
    const QList<ChatMember> typing = m_channel->typingMembers();
    QString text;
    if (typing.size() == 1)
        text = tr("%1 is typing…").arg(ChatText::isolated(typing.at(0).name));
    else if (typing.size() == 2)
        text = tr("%1 and %2 are typing…").arg(ChatText::isolated(typing.at(0).name), ChatText::isolated(typing.at(1).name));
    else if (typing.size() > 2)
        text = tr("Several people are typing…");
    m_typingLabel->setText(text);
}

DirectConversation *ChatWindow::directConversation(quint32 memberId) const
{
    return m_direct.value(memberId);
}

DirectConversation *ChatWindow::openDirect(quint32 memberId)
{
    if (memberId == 0 || memberId == m_channel->memberId())
        return nullptr;
    DirectConversation *conversation = m_direct.value(memberId);
    if (!conversation) {
        const QList<ChatMember> members = m_channel->members();
        const auto member = std::find_if(members.cbegin(), members.cend(),
                                         [memberId](const ChatMember &m) { return m.id == memberId; });
        if (member == members.cend())
            return nullptr;
        conversation = conversationFor(*member, true);
    }
    conversation->show();
    conversation->raise();
    conversation->activateWindow();
    return conversation;
}

DirectConversation *ChatWindow::conversationFor(const ChatMember &peer, bool present)
{
    if (DirectConversation *existing = m_direct.value(peer.id))
        return existing;
    auto *conversation = new DirectConversation(m_channel.get(), peer, m_nickname, this);
    connect(conversation, &DirectConversation::edited, this,
            [this, conversation] { noteTyping(!conversation->composer()->message().isEmpty()); });
    connect(conversation, &DirectConversation::sent, this, [this] { m_typingSaidMs = 0; });
    conversation->setPeer(peer, present);
    m_direct.insert(peer.id, conversation);
    return conversation;
}

QList<ChatMessage> ChatWindow::routeDirect(const QList<ChatMessage> &messages)
{
    // The common case, a batch without any, costs one pass and no copy.
    if (std::none_of(messages.cbegin(), messages.cend(), [](const ChatMessage &m) { return m.isDirect(); }))
        return messages;
    const quint32 self = m_channel->memberId();
    const QList<ChatMember> members = m_channel->members();
    QList<ChatMessage> room;
    QMap<quint32, QList<ChatMessage>> direct;
    for (const ChatMessage &message : messages) {
        if (!message.isDirect())
            room.append(message);
        else if (self != 0 && (message.senderId == self || message.directTo == self))
            direct[message.senderId == self ? message.directTo : message.senderId].append(message);
    }
    for (auto it = direct.cbegin(); it != direct.cend(); ++it) {
        const quint32 peerId = it.key();
        const auto member = std::find_if(members.cbegin(), members.cend(),
                                         [peerId](const ChatMember &m) { return m.id == peerId; });
        ChatMember peer;
        peer.id = peerId;
        if (member != members.cend()) {
            peer.name = member->name;
        } else {
            // Gone already: its name is on what it sent, if it sent anything.
            const auto sent = std::find_if(it->cbegin(), it->cend(),
                                           [peerId](const ChatMessage &m) { return m.senderId == peerId; });
            peer.name = sent != it->cend() ? sent->sender : tr("member %1").arg(peerId);
        }
        const bool isNew = !m_direct.contains(peerId);
        DirectConversation *conversation = conversationFor(peer, member != members.cend());
        conversation->appendMessages(*it);
        const auto incoming = std::find_if(it->cbegin(), it->cend(), [self](const ChatMessage &m) {
            return m.senderId != self && !m.history;
        });
        if (incoming == it->cend())
            continue;
        // A message written to us alone opens its window (without taking the focus from where
        // the user is typing) and says so.
        if (isNew || conversation->isHidden())
            conversation->show();
        const QString notice = tr("%1 sent you a direct message.").arg(ChatText::isolated(peer.name));
        statusBar()->showMessage(notice, 10000);
        m_announcer->announceMessage(incoming->sender, incoming->text);
        if (!conversation->isActiveWindow())
            QApplication::alert(conversation);
    }
    return room;
}

void ChatWindow::updateDirectPeers()
{
    const QList<ChatMember> members = m_channel->members();
    for (auto it = m_direct.cbegin(); it != m_direct.cend(); ++it) {
        if (!*it)
            continue;
        const quint32 peerId = it.key();
        const auto member = std::find_if(members.cbegin(), members.cend(),
                                         [peerId](const ChatMember &m) { return m.id == peerId; });
        ChatMember peer;
        peer.id = peerId;
        peer.name = member != members.cend() ? member->name : (*it)->peerName();
        (*it)->setPeer(peer, member != members.cend());
    }
}

bool ChatWindow::sendSlashMessage(const QString &text, bool *handled)
{
    // "/msg NAME TEXT": NAME is the longest member name the rest starts with (names may hold
    // spaces), compared as the room compares names.
    static const QString command = QStringLiteral("/msg ");
    *handled = text.startsWith(command);
    if (!*handled)
        return false;
    const QString rest = text.mid(command.size());
    const QList<ChatMember> members = m_channel->members();
    const ChatMember *best = nullptr;
    for (const ChatMember &member : members) {
        const qsizetype n = member.name.size();
        if (member.self || rest.size() < n || (rest.size() > n && !rest.at(n).isSpace()))
            continue;
        if (rest.left(n).compare(member.name, Qt::CaseInsensitive) == 0 && (!best || n > best->name.size()))
            best = &member;
    }
    QString problem;
    if (!best) {
        const QString name = rest.section(QLatin1Char(' '), 0, 0);
        problem = tr("Nobody called \"%1\" is in the room besides you: /msg takes a member's name, then the message.").arg(name);
    } else {
        const QString body = rest.mid(best->name.size()).trimmed();
        DirectConversation *conversation = openDirect(best->id);
        if (body.isEmpty() || !conversation) {
            if (conversation) {
                conversation->composer()->setFocus(Qt::OtherFocusReason);
                m_ui->composer->clear();
                return true;
            }
            problem = m_channel->errorString();
        } else if (m_channel->sendDirectMessage(best->id, body)) {
            m_ui->composer->clear();
            m_ui->sendErrorLabel->hide();
            return true;
        } else {
            problem = m_channel->errorString();
        }
    }
    m_ui->sendErrorLabel->setText(problem);
    m_ui->sendErrorLabel->show();
    m_announcer->announceError(problem);
    return false;
}
