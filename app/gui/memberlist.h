#pragma once

#include "chatmessage.h"

#include <QtWidgets/QListWidget>

// The members of the room: ourselves first and in bold, then the others by name, each in the
// colour their messages are signed with.
class MemberList : public QListWidget
{
    Q_OBJECT
public:
    explicit MemberList(QWidget *parent = nullptr);

    // Colours follow the palette and "(you)" the language: call again when either changes.
    void setMembers(QList<ChatMember> members);
    // Which member an item shows (for direct messages).
    static quint32 memberIdOf(const QListWidgetItem *item);
    static bool isSelf(const QListWidgetItem *item);
};
