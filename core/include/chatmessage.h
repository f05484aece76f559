// Value types that IpcChannel hands to its users. Nothing here knows about shared memory.
#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QString>

struct ChatMessage
{
    Q_GADGET
public:
    enum class Kind : quint8 {
        Text,   // text: what was said
        Join,   // sender joined
        Leave,  // sender left; timedOut says whether it stopped answering instead
        Rename, // sender is the new nickname, text the previous one
    };
    Q_ENUM(Kind)

    quint64 seq = 0;        // room-wide, strictly increasing within one room generation
    Kind kind = Kind::Text;
    quint32 senderId = 0;   // member id; 0 for a sender that is not a member (shmchat-cli send)
    QString sender;
    QString text;
    QDateTime time;         // when the sender wrote it, UTC
    bool history = false;   // written before we joined; replayed from the ring
    bool timedOut = false;  // Leave only: removed by a peer because it stopped answering
    QString machine;        // relayed from another machine by shmchat-bridge: its name; else empty
};

struct ChatMember
{
    quint32 id = 0;
    QString name;
    bool self = false;
    QString machine;        // a member on another machine (listed by shmchat-bridge); else empty
};

Q_DECLARE_METATYPE(ChatMessage)
Q_DECLARE_METATYPE(ChatMember)
