#include "composeredit.h"

#include <QtGui/QKeyEvent>

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

void ComposerEdit::keyPressEvent(QKeyEvent *event)
{
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
            return;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
}
