#include "pictureviewer.h"

#include <QtCore/QDir>
#include <QtCore/QSaveFile>
#include <QtGui/QGuiApplication>
#include <QtGui/QPixmap>
#include <QtGui/QScreen>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QVBoxLayout>

PictureViewer::PictureViewer(const QImage &image, const QByteArray &bytes, const QString &fileName,
                             const QString &sender, QWidget *parent)
    : QDialog(parent), m_bytes(bytes), m_fileName(fileName)
{
    setAttribute(Qt::WA_DeleteOnClose);
    // Plain text only: the name and the sender come from a peer.
    setWindowTitle(fileName.isEmpty() ? tr("Picture from %1").arg(sender) : tr("%1 from %2").arg(fileName, sender));
    auto *layout = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    m_image = new QLabel(scroll);
    m_image->setTextFormat(Qt::PlainText);
    m_image->setPixmap(QPixmap::fromImage(image));
    m_image->setAccessibleName(windowTitle());
    scroll->setWidget(m_image);
    scroll->setAlignment(Qt::AlignCenter);
    layout->addWidget(scroll);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save As…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    connect(m_save, &QPushButton::clicked, this, &PictureViewer::saveAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // As large as the picture, within most of the screen.
    const QRect screen = (parent && parent->screen() ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    resize(image.size().grownBy(QMargins(40, 40, 40, 80)).boundedTo(screen.size() * 9 / 10).expandedTo(QSize(320, 240)));
}

QString PictureViewer::suggestedFileName() const
{
    if (!m_fileName.isEmpty())
        return m_fileName;
    return tr("picture");
}

bool PictureViewer::saveTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_bytes) != m_bytes.size() || !file.commit()) {
        *error = tr("Could not save the picture to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void PictureViewer::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Picture As"), suggestedFileName());
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::warning(this, tr("Save Picture As"), error);
}
