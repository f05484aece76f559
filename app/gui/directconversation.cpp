#include "directconversation.h"

#include "composeredit.h"
#include "ipcchannel.h"
#include "messagemodel.h"
#include "messageview.h"

#include <QtCore/QEvent>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

DirectConversation::DirectConversation(IpcChannel *channel, const ChatMember &peer, const QString &selfName,
                                       QWidget *parent)
    : QWidget(parent, Qt::Window), m_channel(channel), m_peer(peer)
{
    setObjectName(QStringLiteral("directConversation"));
    m_model = new MessageModel(this);
    m_model->setSelfId(channel->memberId());
    m_model->setSelfName(selfName);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("directNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_view = new MessageView(this);
    m_view->setModel(m_model);
    m_composer = new ComposerEdit(this);
    m_composer->setObjectName(QStringLiteral("directComposer"));
    m_send = new QPushButton(this);
    m_error = new QLabel(this);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *composerRow = new QHBoxLayout;
    composerRow->addWidget(m_composer, 1);
    composerRow->addWidget(m_send, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);
    layout->addLayout(composerRow);
    layout->addWidget(m_error);
    m_composer->setMaximumHeight(fontMetrics().height() * 5);

    connect(m_composer, &ComposerEdit::submitRequested, this, &DirectConversation::send);
    connect(m_send, &QPushButton::clicked, this, &DirectConversation::send);
    connect(m_composer, &ComposerEdit::edited, this, &DirectConversation::edited);
    connect(m_composer, &QPlainTextEdit::textChanged, this, [this] {
        updateSendButton();
        if (m_composer->toPlainText().isEmpty())
            m_error->hide();
    });
    resize(fontMetrics().averageCharWidth() * 60, fontMetrics().height() * 22);
    retranslate();
    updateSendButton();
}

void DirectConversation::setPeer(const ChatMember &peer, bool present)
{
    const bool renamed = peer.name != m_peer.name;
    m_peer = peer;
    m_present = present;
    if (renamed)
        retranslate();
    updateSendButton();
}

void DirectConversation::setSelfName(const QString &name)
{
    m_model->setSelfName(name);
}

void DirectConversation::appendMessages(const QList<ChatMessage> &messages)
{
    if (m_channel)
        m_model->setSelfId(m_channel->memberId());
    m_model->appendMessages(messages);
    m_view->scrollToNewest();
}

bool DirectConversation::send()
{
    const QString text = m_composer->message();
    if (text.isEmpty() || !m_channel)
        return false;
    if (m_peer.id == 0) {
        // shmchat-cli send --to: a program that is not a member, so there is nobody to answer.
        showError(tr("%1 wrote from outside the room (a program that is not a member): there is nobody to answer.")
                      .arg(m_peer.name));
        return false;
    }
    if (!m_present) {
        showError(tr("%1 has left the room: the message was not sent.").arg(m_peer.name));
        return false;
    }
    if (!m_channel->sendDirectMessage(m_peer.id, text)) {
        showError(m_channel->errorString());
        return false;
    }
    m_composer->clear();
    m_error->hide();
    emit sent();
    return true;
}

void DirectConversation::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

void DirectConversation::updateSendButton()
{
    const QString text = m_composer->toPlainText();
    m_send->setEnabled(m_present && !m_composer->message().isEmpty()
                       && text.toUtf8().size() <= IpcChannel::MaxDirectMessageBytes);
    m_composer->setReadOnly(!m_present);
}

void DirectConversation::retranslate()
{
    setWindowTitle(tr("Direct messages with %1 — ShmChat").arg(m_peer.name));
    // Said plainly: the other windows do not show these, but nothing hides them.
    m_note->setText(tr("Only you and %1 see these messages in ShmChat. They are not secret: any "
                       "program running as your user can read the room's shared memory.")
                        .arg(m_peer.name));
    m_send->setText(tr("&Send"));
    m_composer->setPlaceholderText(tr("Write to %1 alone…").arg(m_peer.name));
    m_composer->setAccessibleName(tr("Direct message to %1").arg(m_peer.name));
    m_view->setAccessibleName(tr("Direct messages with %1").arg(m_peer.name));
    m_model->retranslate();
}

void DirectConversation::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
