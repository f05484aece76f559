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
        Picture, // text is the picture's file name (may be empty); picture says where it is
    };
    Q_ENUM(Kind)

    enum class PictureFormat : quint8 { None, Png, Jpeg, Gif };
    Q_ENUM(PictureFormat)

    // A picture, as its sender declared it. Its bytes stay in the room until newer pictures take
    // their place: IpcChannel::pictureData() copies them out and verifies them.
    struct Picture
    {
        quint64 generation = 0; // the room's life it belongs to
        quint64 position = 0;
        quint32 bytes = 0;
        quint32 checksum = 0;   // low 32 bits of XXH3-64 of the bytes
        PictureFormat format = PictureFormat::None;
        quint32 width = 0;
        quint32 height = 0;
    };

    quint64 seq = 0;        // room-wide, strictly increasing within one room generation
    Kind kind = Kind::Text;
    quint32 senderId = 0;   // member id; 0 for a sender that is not a member (shmchat-cli send)
    QString sender;
    QString text;
    QDateTime time;         // when the sender wrote it, UTC
    bool history = false;   // written before we joined; replayed from the ring
    bool timedOut = false;  // Leave only: removed by a peer because it stopped answering
    // Text only: the member id of the one member this was written to (a direct message), else 0.
    // Only that member and the sender are handed it.
    quint32 directTo = 0;

    bool isDirect() const { return directTo != 0; }
    Picture picture;        // Picture only
    QString machine;        // relayed from another machine by shmchat-bridge: its name; else empty
};

struct ChatMember
{
    quint32 id = 0;
    QString name;
    bool self = false;
    QString machine;        // a member on another machine (listed by shmchat-bridge); else empty
};

// A room of this user that has members now (IpcChannel::rooms()).
struct ChatRoom
{
    QString name;
    int memberCount = 0;
};

Q_DECLARE_METATYPE(ChatMessage)
Q_DECLARE_METATYPE(ChatMember)
