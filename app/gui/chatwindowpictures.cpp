// The parts of ChatWindow that issue 13 added: sending pictures (pasted, dropped or picked),
// their thumbnails in the conversation, and a picture at full size.
#include "chatwindow.h"
#include "ui_chatwindow.h"

#include "announcer.h"
#include "composeredit.h"
#include "messagedelegate.h"
#include "messagemodel.h"
#include "picturestore.h"
#include "pictureviewer.h"

#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtGui/QAction>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QStatusBar>

void ChatWindow::setupPictures()
{
    m_pictures = new PictureStore(m_channel.get(), this);
    m_ui->messageView->messageDelegate()->setPictureStore(m_pictures);
    connect(m_pictures, &PictureStore::thumbnailReady, m_ui->messageView->viewport(), qOverload<>(&QWidget::update));

    auto *pickAction = new QAction(this);
    pickAction->setObjectName(QStringLiteral("sendPictureAction"));
    pickAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(pickAction, &QAction::triggered, this, &ChatWindow::pickPicture);
    m_ui->chatMenu->insertAction(m_ui->chatMenu->actions().value(0), pickAction);

    connect(m_ui->composer, &ComposerEdit::pictureOffered, this, &ChatWindow::sendPicture);
    connect(m_ui->messageView, &MessageView::pictureActivated, this, [this](const QModelIndex &index) {
        m_pictures->openFullSize(index.data(MessageModel::PictureRole).value<ChatMessage>());
    });
    connect(m_pictures, &PictureStore::fullPictureReady, this,
            [this](const ChatMessage &message, const QImage &image, const QByteArray &bytes) {
                if (m_viewer)
                    m_viewer->close();
                m_viewer = new PictureViewer(image, bytes, message.text, message.sender, this);
                m_viewer->show();
            });
    connect(m_pictures, &PictureStore::fullPictureFailed, this, [this](const ChatMessage &, const QString &reason) {
        statusBar()->showMessage(reason, 10000);
        m_announcer->announceError(reason);
    });
}

void ChatWindow::showSendRefusal(const QString &reason)
{
    m_ui->sendErrorLabel->setText(reason);
    m_ui->sendErrorLabel->show();
    m_announcer->announceError(reason);
}

bool ChatWindow::sendPicture(const QByteArray &encoded, const QString &fileName)
{
    if (!m_channel->sendPicture(encoded, fileName)) {
        showSendRefusal(m_channel->errorString());
        return false;
    }
    m_ui->sendErrorLabel->clear();
    m_ui->sendErrorLabel->hide();
    m_ui->messageView->scrollToNewest();
    return true;
}

bool ChatWindow::sendPictureFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showSendRefusal(tr("Could not read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    // One byte more than may be sent is enough for the channel to refuse a larger file.
    return sendPicture(file.read(qint64(IpcChannel::MaxPictureBytes) + 1), QFileInfo(path).fileName());
}

void ChatWindow::pickPicture()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Send Picture"), QString(),
                                                      tr("Pictures (*.png *.jpg *.jpeg *.gif)"));
    if (!path.isEmpty())
        sendPictureFile(path);
}
