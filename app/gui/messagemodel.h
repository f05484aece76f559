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
    enum class EntryKind { Text, Join, Leave, LeaveTimedOut, Rename, Missed, HistoryStart };
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
    };

    static constexpr int DefaultMaximumCount = 5000;

    explicit MessageModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setSelfId(quint32 id) { m_selfId = id; }
    quint32 selfId() const { return m_selfId; }
    int maximumCount() const { return m_maximumCount; }
    void setMaximumCount(int count);

    void appendMessage(const ChatMessage &message);
    void appendMessages(const QList<ChatMessage> &messages);
    void appendMissed(quint64 count);
    // Marks where the replay of messages written before we joined begins.
    void appendHistoryStart();
    void clear();
    // The system lines are worded at data() time; views must hear that the words changed.
    void retranslate();

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
        QDateTime time;
        quint64 missed = 0;
    };

    void append(Entry &&entry);
    Entry entryFor(const ChatMessage &message) const;
    void makeRoomFor(int incoming);
    QString systemText(const Entry &entry) const;

    QList<Entry> m_entries;
    quint32 m_selfId = 0;
    int m_maximumCount = DefaultMaximumCount;
};
