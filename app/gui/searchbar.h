#pragma once

#include <QtWidgets/QWidget>

class MessageView;
class QLabel;
class QLineEdit;
class QToolButton;

// Ctrl+F: finds text in the room's messages (case-insensitively), highlights every occurrence,
// says how many messages match and moves between them: it starts at the newest match, Enter (or
// F3, or the up arrow) goes to the next older one and Shift+Enter back, wrapping around. Escape closes it and gives the focus back to where it was.
class SearchBar : public QWidget
{
    Q_OBJECT
public:
    explicit SearchBar(MessageView *view, QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    // Rows of the messages that contain the term, oldest first.
    QList<int> matchRows() const { return m_matches; }
    // Index into matchRows() of the message shown, or -1.
    int currentMatch() const { return m_current; }
    QString statusText() const;

public Q_SLOTS:
    void open();
    void close();
    void findNext();
    void findPrevious();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void show(int match);
    void retranslate();
    void updateStatus();

    MessageView *m_view;
    QLineEdit *m_field;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
    QLabel *m_status;
    QList<int> m_matches;
    int m_current = -1;
};
