#include "roomdialog.h"

#include "chattext.h"
#include "ipcchannel.h"

#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace {
constexpr int RoomRole = Qt::UserRole + 1;
} // namespace

RoomDialog::RoomDialog(const QString &current, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Switch Room"));
    auto *label = new QLabel(tr("Room to join:"), this);
    m_edit = new QLineEdit(current, this);
    m_edit->setObjectName(QStringLiteral("roomEdit"));
    label->setBuddy(m_edit);
    auto *listLabel = new QLabel(tr("Your rooms with members now:"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("roomList"));
    listLabel->setBuddy(m_list);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *refreshButton = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(refreshButton, &QPushButton::clicked, this, &RoomDialog::refresh);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            m_edit->setText(roomOf(item));
    });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_edit->setText(roomOf(item));
        accept();
    });
    refresh();
    m_edit->selectAll();
    m_edit->setFocus();
}

QString RoomDialog::room() const
{
    return m_edit->text();
}

QString RoomDialog::roomOf(const QListWidgetItem *item)
{
    return item ? item->data(RoomRole).toString() : QString();
}

void RoomDialog::refresh()
{
    bool available = false;
    const QList<ChatRoom> rooms = IpcChannel::rooms(&available);
    m_list->clear();
    for (const ChatRoom &room : rooms) {
        // The name as a plain item's text (a list item never takes markup), isolated so that a
        // right-to-left name cannot pull the count into itself.
        auto *item = new QListWidgetItem(tr("%1 (%n member(s))", nullptr, room.memberCount).arg(ChatText::isolated(room.name)));
        item->setData(RoomRole, room.name);
        m_list->addItem(item);
    }
    if (!available)
        m_status->setText(tr("This system offers no list of rooms: type the name of the room to join."));
    else if (rooms.isEmpty())
        m_status->setText(tr("None of your rooms has members right now."));
    else
        m_status->clear();
    m_status->setVisible(!m_status->text().isEmpty());
}
