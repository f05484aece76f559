#pragma once

#include <QtWidgets/QPlainTextEdit>

// The message editor: Enter sends, Shift+Enter starts a new line.
class ComposerEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ComposerEdit(QWidget *parent = nullptr);
    QSize sizeHint() const override;
    // What Send would send: the text without the trailing blank lines typing leaves behind, or
    // nothing when there is only white space.
    QString message() const;

Q_SIGNALS:
    void submitRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
};
