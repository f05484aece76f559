#pragma once

#include <QtWidgets/QListView>

class MessageDelegate;
class QAction;
class QToolButton;

// The scrollback as the user sees it. It follows the newest message while scrolled to the bottom;
// scrolled up, it stays put and offers a "New messages" button instead. Ctrl+C (while it has
// focus) copies the selected messages, and clicking a web link in a message opens it.
class MessageView : public QListView
{
    Q_OBJECT
public:
    explicit MessageView(QWidget *parent = nullptr);

    QToolButton *newMessagesButton() const { return m_newMessagesButton; }

public Q_SLOTS:
    void scrollToNewest();
    void copySelection();
    // A new scrollback (another room) starts at the bottom, with nothing new below.
    void reset() override;

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;

private:
    void retranslate();
    void placeNewMessagesButton();
    QString linkAt(const QPoint &pos) const;

    MessageDelegate *m_delegate = nullptr;
    QToolButton *m_newMessagesButton = nullptr;
    QAction *m_copyAction = nullptr;
    bool m_stickToBottom = true;
};
