#pragma once

#include <QtWidgets/QPlainTextEdit>

// The message editor: Enter sends, Shift+Enter starts a new line, Tab completes a member's name
// (again to cycle through the names that fit; with nothing to complete, Tab moves focus on).
class ComposerEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ComposerEdit(QWidget *parent = nullptr);
    QSize sizeHint() const override;
    // What Send would send: the text without the trailing blank lines typing leaves behind, or
    // nothing when there is only white space.
    QString message() const;
    // The names Tab completes, and our own, which it leaves out.
    void setCompletionNames(const QStringList &names, const QString &self);
    // Completes the word before the cursor; false when there is nothing to complete.
    bool completeName();

    // A picture in what is pasted or dropped: a picture file (PNG, JPEG, GIF), or image data
    // (a screenshot on the clipboard, made a PNG). False when there is none.
    static bool pictureFrom(const QMimeData *source, QByteArray *encoded, QString *fileName);

Q_SIGNALS:
    void submitRequested();
    // The user changed the text with a key or an input method (not a program): for the typing
    // indicator, which a loaded draft must not set off.
    void edited();
    // Pasted (Ctrl+V) or dropped: a picture, to send rather than to insert as text.
    void pictureOffered(const QByteArray &encoded, const QString &fileName);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    QStringList m_names;
    QString m_self;
    // The cycle a repeated Tab goes through: what was typed, and where the completion sits.
    QStringList m_cycle;
    int m_cycleIndex = -1;
    int m_cycleStart = -1;
    int m_cycleEnd = -1;
};
