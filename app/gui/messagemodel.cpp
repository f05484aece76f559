#include "messagemodel.h"

#include "chattext.h"

#include <QtCore/QLocale>

MessageModel::MessageModel(QObject *parent) : QAbstractListModel(parent) {}

int MessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QString MessageModel::systemText(const Entry &entry) const
{
    const QStringList parts = systemParts(entry);
    QString text = parts.value(0);
    for (qsizetype i = 1; i < parts.size(); ++i)
        text = text.arg(parts.at(i));
    return text;
}

// The pattern first, so that a view can shorten the names and keep the verb.
QStringList MessageModel::systemParts(const Entry &entry) const
{
    switch (entry.kind) {
    case EntryKind::Text:
    case EntryKind::Picture:
        return {};
    case EntryKind::Join:
        return { tr("%1 joined"), entry.sender };
    case EntryKind::Leave:
        return { tr("%1 left"), entry.sender };
    case EntryKind::LeaveTimedOut:
        return { tr("%1 left (not responding)"), entry.sender };
    case EntryKind::Rename:
        return { tr("%1 is now known as %2"), entry.text, entry.sender };
    case EntryKind::Missed:
        return { tr("Messages missed: %1 (why? see the tooltip)").arg(entry.missed) };
    case EntryKind::HistoryStart:
        return { tr("Earlier messages, from before you joined:") };
    case EntryKind::HistoryEnd:
        return { tr("You joined. Messages below are new.") };
    case EntryKind::AwayMarker:
        return { tr("New since you were away") };
    }
    return {};
}

QString MessageModel::pictureText(const Entry &entry)
{
    const ChatMessage::Picture &picture = entry.picture.picture;
    QString format;
    switch (picture.format) {
    case ChatMessage::PictureFormat::Png:
        format = QStringLiteral("PNG");
        break;
    case ChatMessage::PictureFormat::Jpeg:
        format = QStringLiteral("JPEG");
        break;
    case ChatMessage::PictureFormat::Gif:
        format = QStringLiteral("GIF");
        break;
    case ChatMessage::PictureFormat::None:
        break;
    }
    const QString size = QLocale().formattedDataSize(picture.bytes, 1, QLocale::DataSizeTraditionalFormat);
    if (entry.text.isEmpty())
        return tr("Picture (%1 x %2, %3, %4)").arg(QString::number(picture.width), QString::number(picture.height), format, size);
    // One arg() call: a file name holding "%2" must not take the next argument's place.
    return tr("Picture %1 (%2 x %3, %4, %5)")
        .arg(entry.text, QString::number(picture.width), QString::number(picture.height), format, size);
}

QString MessageModel::missedExplanation()
{
    return tr("The room keeps only its newest messages. These were overwritten before this window "
              "could read them, because the room was very busy or this program was paused.");
}

void MessageModel::setSelfName(const QString &name)
{
    if (name == m_selfName)
        return;
    m_selfName = name;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1), { MentionRole });
}

bool MessageModel::isContinuation(int row) const
{
    if (row <= 0)
        return false;
    const Entry &entry = m_entries.at(row);
    const Entry &previous = m_entries.at(row - 1);
    if (entry.kind != EntryKind::Text || previous.kind != EntryKind::Text || entry.senderId != previous.senderId
        || entry.sender != previous.sender || entry.history != previous.history)
        return false;
    if (!entry.time.isValid() || !previous.time.isValid())
        return false;
    const qint64 gap = previous.time.secsTo(entry.time);
    return gap >= 0 && gap <= GroupSeconds && !isDayBreak(row);
}

bool MessageModel::isDayBreak(int row) const
{
    const Entry &entry = m_entries.at(row);
    if (!entry.time.isValid())
        return false;
    // Lines without a time (markers) do not count; a few rows back is enough to find one.
    for (int back = row - 1; back >= 0 && back >= row - 4; --back) {
        const QDateTime &earlier = m_entries.at(back).time;
        if (earlier.isValid())
            return earlier.toLocalTime().date() != entry.time.toLocalTime().date();
    }
    return true;
}

QVariant MessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Entry &entry = m_entries.at(index.row());
    const bool system = entry.kind != EntryKind::Text && entry.kind != EntryKind::Picture;
    if (entry.kind == EntryKind::Picture) {
        switch (role) {
        case Qt::DisplayRole:
        case CopyTextRole:
        case BodyTextRole:
            return pictureText(entry);
        case Qt::AccessibleTextRole:
            return tr("%1: %2").arg(entry.sender, pictureText(entry));
        case MentionRole:
            return false;
        case PictureRole:
            return QVariant::fromValue(entry.picture);
        default:
            break;
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return system ? systemText(entry) : entry.text;
    case Qt::ToolTipRole:
        // Only our own words and a date: a tooltip would render peer text as rich text.
        if (entry.kind == EntryKind::Missed)
            return missedExplanation();
        return entry.time.isValid() ? QLocale().toString(entry.time.toLocalTime(), QLocale::LongFormat) : QVariant();
    case Qt::WhatsThisRole:
        return entry.kind == EntryKind::Missed ? QVariant(missedExplanation()) : QVariant();
    case Qt::AccessibleTextRole:
        return system ? systemText(entry) : tr("%1: %2").arg(entry.sender, entry.text);
    case KindRole:
        return QVariant::fromValue(entry.kind);
    case SenderRole:
        return entry.sender;
    case SenderIdRole:
        return entry.senderId;
    case TimeRole:
        return entry.time;
    case OwnRole:
        return entry.own;
    case SystemRole:
        return system;
    case HistoryRole:
        return entry.history;
    case CopyTextRole:
        return system ? systemText(entry) : entry.text;
    case BodyTextRole:
        if (system)
            return systemText(entry);
        if (!entry.displayReady) {
            entry.display = ChatText::displayText(entry.text);
            entry.displayReady = true;
        }
        return entry.display;
    case MentionRole:
        return !system && !entry.own && ChatText::mentions(entry.text, m_selfName);
    case DayBreakRole:
        return isDayBreak(index.row());
    case ContinuationRole:
        return isContinuation(index.row());
    case SystemPartsRole:
        return systemParts(entry);
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> MessageModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(SenderRole, "sender");
    names.insert(SenderIdRole, "senderId");
    names.insert(TimeRole, "time");
    names.insert(OwnRole, "own");
    names.insert(SystemRole, "system");
    names.insert(HistoryRole, "history");
    return names;
}

void MessageModel::setMaximumCount(int count)
{
    m_maximumCount = qMax(1, count);
    makeRoomFor(0);
}

void MessageModel::makeRoomFor(int incoming)
{
    // Drop first, so the list never holds more than the cap even for a moment.
    const int excess = int(m_entries.size()) + incoming - m_maximumCount;
    if (excess > 0) {
        beginRemoveRows(QModelIndex(), 0, excess - 1);
        m_entries.remove(0, excess);
        endRemoveRows();
    }
}

MessageModel::Entry MessageModel::entryFor(const ChatMessage &message) const
{
    Entry entry;
    switch (message.kind) {
    case ChatMessage::Kind::Text:
        entry.kind = EntryKind::Text;
        break;
    case ChatMessage::Kind::Join:
        entry.kind = EntryKind::Join;
        break;
    case ChatMessage::Kind::Leave:
        entry.kind = message.timedOut ? EntryKind::LeaveTimedOut : EntryKind::Leave;
        break;
    case ChatMessage::Kind::Rename:
        entry.kind = EntryKind::Rename;
        break;
    case ChatMessage::Kind::Picture:
        entry.kind = EntryKind::Picture;
        entry.picture = message;
        break;
    }
    entry.senderId = message.senderId;
    entry.own = m_selfId != 0 && message.senderId == m_selfId;
    entry.history = message.history;
    // Relayed from another machine by shmchat-bridge: the name says where from, in every line
    // that shows it ("alice (laptop): hi", "alice (laptop) joined").
    entry.sender = message.machine.isEmpty() ? message.sender
                                             : tr("%1 (%2)", "sender on another machine").arg(message.sender, message.machine);
    entry.text = message.text;
    entry.time = message.time;
    return entry;
}

void MessageModel::appendMessage(const ChatMessage &message)
{
    append(entryFor(message));
}

void MessageModel::appendMessages(const QList<ChatMessage> &messages)
{
    // One insertion for the whole batch: views lay out and repaint once, not once per row. Of a
    // batch longer than the cap, only its newest rows could stay anyway.
    const qsizetype skip = qMax<qsizetype>(0, messages.size() - m_maximumCount);
    const int count = int(messages.size() - skip);
    if (count == 0)
        return;
    makeRoomFor(count);
    const int row = int(m_entries.size());
    beginInsertRows(QModelIndex(), row, row + count - 1);
    for (qsizetype i = skip; i < messages.size(); ++i)
        m_entries.append(entryFor(messages.at(i)));
    endInsertRows();
}

void MessageModel::appendMissed(quint64 count)
{
    Entry entry;
    entry.kind = EntryKind::Missed;
    entry.missed = count;
    entry.time = QDateTime::currentDateTimeUtc();
    append(std::move(entry));
}

void MessageModel::appendHistoryStart()
{
    Entry entry;
    entry.kind = EntryKind::HistoryStart;
    entry.history = true;
    append(std::move(entry));
}

void MessageModel::appendHistoryEnd()
{
    Entry entry;
    entry.kind = EntryKind::HistoryEnd;
    append(std::move(entry));
}

int MessageModel::awayMarkerRow() const
{
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        if (m_entries.at(row).kind == EntryKind::AwayMarker)
            return row;
    }
    return -1;
}

void MessageModel::appendAwayMarker()
{
    const int old = awayMarkerRow();
    if (old >= 0) {
        beginRemoveRows(QModelIndex(), old, old);
        m_entries.removeAt(old);
        endRemoveRows();
    }
    Entry entry;
    entry.kind = EntryKind::AwayMarker;
    append(std::move(entry));
}

void MessageModel::append(Entry &&entry)
{
    makeRoomFor(1);
    const int row = int(m_entries.size());
    beginInsertRows(QModelIndex(), row, row);
    m_entries.append(std::move(entry));
    endInsertRows();
}

void MessageModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void MessageModel::retranslate()
{
    if (m_entries.isEmpty())
        return;
    // Sizes change with the words, so views must lay out again, not merely repaint.
    emit layoutAboutToBeChanged();
    emit layoutChanged();
}

quint32 MessageModel::nameHash(const QString &name)
{
    // FNV-1a over UTF-8.
    quint32 hash = 2166136261u;
    const QByteArray utf8 = name.toUtf8();
    for (const char c : utf8) {
        hash ^= quint8(c);
        hash *= 16777619u;
    }
    return hash;
}
