#pragma once

#include <QtCore/QElapsedTimer>
#include <QtWidgets/QLabel>

class QTimer;

// Says things to a screen reader: new messages (at most one announcement every MinGapMs; what
// comes in between is summed up), errors and banners (at once). From Qt 6.8 through
// QAccessibleAnnouncementEvent; before, the label is a live region: its accessible name changes
// and a NameChanged event (an Alert for errors) tells the screen reader to read it.
class Announcer : public QLabel
{
    Q_OBJECT
public:
    static constexpr int MinGapMs = 2000;

    explicit Announcer(QWidget *parent = nullptr);

    // A message from `sender`; the text is announced as it is, never as markup.
    void announceMessage(const QString &sender, const QString &text);
    void announceError(const QString &text);
    // What was last said, for tests.
    QString lastAnnouncement() const { return m_last; }
    int announcementCount() const { return m_count; }

private:
    void say(const QString &text, bool assertive);
    void flush();

    QTimer *m_pending;
    QElapsedTimer m_sinceLast;
    int m_waiting = 0;
    QString m_waitingText;
    QString m_last;
    int m_count = 0;
};
