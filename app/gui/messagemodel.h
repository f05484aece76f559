#pragma once

#include "chatmessage.h"

#include <QtCore/QAbstractListModel>
#include <QtCore/QDateTime>
#include <QtCore/QList>

// The scrollback of one room. Rows are appended at the end and dropped from the front once the
// cap is reached, so that a flood keeps memory bounded. System lines (join, leave, ...) keep their
// raw parts and are worded in data(), so that a language switch rewords the whole history.
class MessageModel : public QAbstractListModel
{
    Q_OBJECT
public:
    // HistoryEnd follows the replay ("you joined"); AwayMarker sits before the first message that
    // came while the window was not active.
    enum class EntryKind { Text, Join, Leave, LeaveTimedOut, Rename, Missed, HistoryStart, HistoryEnd, AwayMarker, Picture };
    Q_ENUM(EntryKind)

    enum Roles {
        KindRole = Qt::UserRole + 1, // EntryKind
        SenderRole,                  // QString, nickname at the time of writing
        SenderIdRole,                // quint32
        TimeRole,                    // QDateTime, UTC
        OwnRole,                     // bool: written by this window's member
        SystemRole,                  // bool: a quiet line, not something somebody said
        HistoryRole,                 // bool: replayed from before we joined
        CopyTextRole,                // QString: what "Copy" puts on the clipboard
        BodyTextRole,                // QString: the text as laid out (ChatText::displayText)
        MentionRole,                 // bool: a peer's message that mentions our nickname
        DayBreakRole,                // bool: the first row of its (local) day: a date goes above it
        ContinuationRole,            // bool: same sender as the row above, a few minutes later
        SystemPartsRole,             // QStringList: a system line's pattern (%1, %2), then the names
        PictureRole,                 // ChatMessage (Picture rows only): what fetching it needs
    };

    // Messages from one sender closer together than this are drawn as one group.
    static constexpr qint64 GroupSeconds = 5 * 60;

    static constexpr int DefaultMaximumCount = 5000;

    explicit MessageModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setSelfId(quint32 id) { m_selfId = id; }
    // The nickname a mention must name; rows are repainted when it changes.
    void setSelfName(const QString &name);
    QString selfName() const { return m_selfName; }
    quint32 selfId() const { return m_selfId; }
    int maximumCount() const { return m_maximumCount; }
    void setMaximumCount(int count);

    void appendMessage(const ChatMessage &message);
    void appendMessages(const QList<ChatMessage> &messages);
    void appendMissed(quint64 count);
    // Marks where the replay of messages written before we joined begins.
    void appendHistoryStart();
    // Marks where the replay ends and this window's own time in the room begins.
    void appendHistoryEnd();
    // Puts the "new since you were away" line at the end, removing an earlier one.
    void appendAwayMarker();
    // The row of the away line, or -1.
    int awayMarkerRow() const;
    void clear();
    // The system lines are worded at data() time; views must hear that the words changed.
    void retranslate();

    // Why messages can be missed, for the missed line's tooltip and What's This.
    static QString missedExplanation();

    // Stable across processes (unlike qHash, which is seeded), so every window agrees on a colour.
    static quint32 nameHash(const QString &name);

private:
    struct Entry
    {
        EntryKind kind = EntryKind::Text;
        quint32 senderId = 0;
        bool own = false;
        bool history = false;
        QString sender;
        QString text; // Text: what was said; Rename: the previous nickname
        // Text: the text as laid out (ChatText::displayText), computed when first asked for:
        // the view asks in slices, so a flood's worth is never computed in one go.
        mutable QString display;
        mutable bool displayReady = false;
        QDateTime time;
        quint64 missed = 0;
        ChatMessage picture; // Picture: the message, for IpcChannel::pictureData()
    };

    void append(Entry &&entry);
    Entry entryFor(const ChatMessage &message) const;
    void makeRoomFor(int incoming);
    QString systemText(const Entry &entry) const;
    static QString pictureText(const Entry &entry);
    QStringList systemParts(const Entry &entry) const;
    bool isContinuation(int row) const;
    bool isDayBreak(int row) const;

    QList<Entry> m_entries;
    quint32 m_selfId = 0;
    QString m_selfName;
    int m_maximumCount = DefaultMaximumCount;
};
