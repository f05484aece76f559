#include "memberlist.h"

#include "messagedelegate.h"

#include <algorithm>

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int SelfRole = Qt::UserRole + 2;
} // namespace

quint32 MemberList::memberIdOf(const QListWidgetItem *item)
{
    return item && !item->data(SelfRole).toBool() ? item->data(IdRole).toUInt() : 0;
}

bool MemberList::isSelf(const QListWidgetItem *item)
{
    return item && item->data(SelfRole).toBool();
}

MemberList::MemberList(QWidget *parent) : QListWidget(parent)
{
    // A long name ends in "…" rather than being cut off mid-letter.
    setTextElideMode(Qt::ElideRight);
    setWordWrap(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void MemberList::setMembers(QList<ChatMember> members)
{
    std::sort(members.begin(), members.end(), [](const ChatMember &a, const ChatMember &b) {
        if (a.self != b.self)
            return a.self;
        const int order = QString::localeAwareCompare(a.name, b.name);
        return order != 0 ? order < 0 : a.id < b.id;
    });
    clear();
    const QColor base = palette().color(QPalette::Base);
    for (const ChatMember &member : std::as_const(members)) {
        QString label = member.self ? tr("%1 (you)").arg(member.name) : member.name;
        if (!member.machine.isEmpty())
            label = tr("%1 (%2)", "member on another machine").arg(member.name, member.machine);
        auto *item = new QListWidgetItem(label);
        item->setForeground(MessageDelegate::senderColor(member.name, base));
        item->setData(IdRole, member.id);
        item->setData(SelfRole, member.self);
        if (!member.self)
            // Without the name: a tooltip guesses at rich text, and a peer's name is not markup.
            item->setToolTip(tr("Double-click or press Enter to write to this member alone."));
        if (member.self) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        addItem(item);
    }
}
