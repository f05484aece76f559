#pragma once

#include <QtWidgets/QListView>

class MessageDelegate;
class QAction;
class QMenu;
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
    MessageDelegate *messageDelegate() const { return m_delegate; }
    // The menu the context-menu key or a right click opens on a row: copy, select text, and
    // open or copy each link in it. The caller owns it.
    QMenu *createContextMenu(const QModelIndex &index);
    // Opens `url` (an http(s) link found in a message); on failure emits linkOpenFailed.
    bool openLink(const QUrl &url);
    // Whether the view currently follows the newest message.
    bool followsNewest() const { return m_stickToBottom; }

public Q_SLOTS:
    void scrollToNewest();
    void copySelection();
    // A new scrollback (another room) starts at the bottom, with nothing new below.
    void reset() override;
    // Opens the message at `index` in a read-only editor, where any part of it can be selected.
    void openMessageText(const QModelIndex &index);

Q_SIGNALS:
    // Printable keys typed while the list has focus, for the composer to take.
    void typedWhileFocused(QKeyEvent *event);
    void linkOpenFailed(const QUrl &url);
    // A click on a picture's thumbnail, or Enter or a double click on its row: open it full size.
    void pictureActivated(const QModelIndex &index);

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void updateGeometries() override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void retranslate();
    void placeNewMessagesButton();
    QString linkAt(const QPoint &pos) const;
    static bool isPicture(const QModelIndex &index);

    MessageDelegate *m_delegate = nullptr;
    QToolButton *m_newMessagesButton = nullptr;
    QAction *m_copyAction = nullptr;
    // Keeps following the newest message across a relayout (a resize moves the scroll bar).
    template<typename Layout>
    void keepFollowing(Layout layout);

    bool m_stickToBottom = true;
    bool m_inLayout = false;
};
