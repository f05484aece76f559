#pragma once

#include <QtWidgets/QPlainTextEdit>

// The message editor: Enter sends, Shift+Enter starts a new line.
class ComposerEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ComposerEdit(QWidget *parent = nullptr);
    QSize sizeHint() const override;

Q_SIGNALS:
    void submitRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
};
