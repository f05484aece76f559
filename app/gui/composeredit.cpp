#include "composeredit.h"

#include "ipcchannel.h"

#include <QtCore/QBuffer>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QMimeData>
#include <QtGui/QImage>

#include "chattext.h"

#include <QtGui/QKeyEvent>
#include <QtGui/QTextBlock>

namespace {

bool isPictureFileName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("png") || suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg")
        || suffix == QLatin1String("gif");
}

} // namespace

bool ComposerEdit::pictureFrom(const QMimeData *source, QByteArray *encoded, QString *fileName)
{
    if (!source)
        return false;
    if (source->hasUrls()) {
        const QList<QUrl> urls = source->urls();
        if (urls.size() == 1 && urls.first().isLocalFile() && isPictureFileName(urls.first().toLocalFile())) {
            QFile file(urls.first().toLocalFile());
            if (!file.open(QIODevice::ReadOnly))
                return false;
            // One byte more than may be sent is enough for the channel to refuse a larger file.
            *encoded = file.read(qint64(IpcChannel::MaxPictureBytes) + 1);
            *fileName = QFileInfo(file.fileName()).fileName();
            return true;
        }
    }
    // The file as its program offered it, when it offers one of ours; else the pixels as PNG.
    for (const char *type : { "image/png", "image/jpeg", "image/gif" }) {
        if (source->hasFormat(QLatin1String(type))) {
            *encoded = source->data(QLatin1String(type));
            fileName->clear();
            return true;
        }
    }
    if (source->hasImage()) {
        const QImage image = qvariant_cast<QImage>(source->imageData());
        if (image.isNull())
            return false;
        encoded->clear();
        QBuffer buffer(encoded);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        fileName->clear();
        return true;
    }
    return false;
}

bool ComposerEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasImage() || source->hasUrls() || QPlainTextEdit::canInsertFromMimeData(source);
}

void ComposerEdit::insertFromMimeData(const QMimeData *source)
{
    QByteArray encoded;
    QString fileName;
    if (pictureFrom(source, &encoded, &fileName)) {
        emit pictureOffered(encoded, fileName);
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}

ComposerEdit::ComposerEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true); // Tab moves on to the Send button; messages rarely need tabs
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
}

QSize ComposerEdit::sizeHint() const
{
    // Room for three lines: enough to see a short multi-line message without taking the view.
    const int frame = 2 * (frameWidth() + int(document()->documentMargin()));
    return QSize(QPlainTextEdit::sizeHint().width(), 3 * fontMetrics().lineSpacing() + frame);
}

QString ComposerEdit::message() const
{
    QString text = toPlainText();
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    return text.trimmed().isEmpty() ? QString() : text;
}

void ComposerEdit::setCompletionNames(const QStringList &names, const QString &self)
{
    m_names = names;
    m_self = self;
}

bool ComposerEdit::completeName()
{
    QTextCursor cursor = textCursor();
    if (cursor.hasSelection())
        return false;
    const int position = cursor.position();
    const bool cycling = m_cycleIndex >= 0 && position == m_cycleEnd && m_cycle.size() > 1;
    if (cycling) {
        // Tab again: the next name that fits what was typed.
        m_cycleIndex = (m_cycleIndex + 1) % int(m_cycle.size());
    } else {
        const QString blockText = cursor.block().text();
        const int inBlock = cursor.positionInBlock();
        int start = inBlock;
        while (start > 0 && !blockText.at(start - 1).isSpace())
            --start;
        const QString typed = blockText.mid(start, inBlock - start);
        const QStringList found = ChatText::completions(typed, m_names, m_self);
        if (found.isEmpty()) {
            m_cycleIndex = -1;
            return false;
        }
        m_cycle = found;
        m_cycleIndex = 0;
        m_cycleStart = cursor.block().position() + start + (typed.startsWith(QLatin1Char('@')) ? 1 : 0);
    }
    const QString name = m_cycle.at(m_cycleIndex);
    // At the start of the message a name is an address: "bob: ".
    const bool address = m_cycleStart == 0 || (m_cycleStart == 1 && toPlainText().startsWith(QLatin1Char('@')));
    const QString insertion = name + (address ? QStringLiteral(": ") : QStringLiteral(" "));
    cursor.setPosition(m_cycleStart);
    cursor.setPosition(cycling ? m_cycleEnd : position, QTextCursor::KeepAnchor);
    cursor.insertText(insertion);
    setTextCursor(cursor);
    m_cycleEnd = cursor.position();
    return true;
}

bool ComposerEdit::focusNextPrevChild(bool next)
{
    // Tab reaches here (tabChangesFocus); a name to complete wins over moving on.
    if (next && completeName())
        return true;
    m_cycleIndex = -1;
    return QPlainTextEdit::focusNextPrevChild(next);
}

void ComposerEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Tab && event->modifiers() == Qt::NoModifier && completeName()) {
        event->accept();
        return;
    }
    if (event->key() != Qt::Key_Tab)
        m_cycleIndex = -1;
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter) {
        const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
        if (modifiers == Qt::NoModifier) {
            event->accept();
            emit submitRequested();
            return;
        }
        if (modifiers == Qt::ShiftModifier) {
            // QPlainTextEdit would insert a LineSeparator for Shift+Enter; a real newline is sent.
            insertPlainText(QStringLiteral("\n"));
            event->accept();
            emit edited();
            return;
        }
    }
    const int before = document()->revision();
    QPlainTextEdit::keyPressEvent(event);
    if (document()->revision() != before)
        emit edited();
}

void ComposerEdit::inputMethodEvent(QInputMethodEvent *event)
{
    const int before = document()->revision();
    QPlainTextEdit::inputMethodEvent(event);
    if (document()->revision() != before)
        emit edited();
}
