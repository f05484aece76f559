#include "messagedelegate.h"

#include "chattext.h"
#include "messagemodel.h"
#include "picturestore.h"

#include <QtCore/QLocale>
#include <QtCore/QRegularExpression>
#include <QtCore/QUrl>
#include <QtGui/QPainter>
#include <QtGui/QTextLayout>
#include <QtWidgets/QAbstractItemView>
#include <QtWidgets/QApplication>
#include <QtWidgets/QStyle>

#include <array>

namespace {

QString timeText(const QDateTime &utc)
{
    if (!utc.isValid())
        return QString();
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

bool isDark(const QColor &color)
{
    return color.lightnessF() < 0.5;
}

// Each message is a paragraph of its own, its direction taken from its own first strong
// character: an isolated run, whatever direction marks a peer put in it.
QTextOption bodyOption(const QString &text)
{
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    textOption.setTextDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    return textOption;
}

QColor mentionColor(const QColor &base)
{
    return isDark(base) ? QColor(120, 90, 0, 110) : QColor(255, 200, 0, 70);
}

} // namespace

MessageDelegate::MessageDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QString MessageDelegate::bodyText(const QModelIndex &index)
{
    return index.data(MessageModel::BodyTextRole).toString();
}

void MessageDelegate::setSearch(const QString &term, int currentRow)
{
    m_searchTerm = term;
    m_searchRow = currentRow;
}

QString MessageDelegate::dayText(const QDate &date)
{
    const QDate today = QDate::currentDate();
    if (date == today)
        return tr("Today");
    if (date == today.addDays(-1))
        return tr("Yesterday");
    return QLocale().toString(date, QLocale::LongFormat);
}

QColor MessageDelegate::senderColor(const QString &name, const QColor &background)
{
    // Hues spaced so that neighbours differ; saturation and lightness follow the background so
    // the same hue reads well in light and dark themes.
    static constexpr std::array<int, 12> hues = { 0, 25, 45, 90, 140, 170, 195, 215, 245, 275, 300, 330 };
    const int hue = hues[MessageModel::nameHash(name) % hues.size()];
    return isDark(background) ? QColor::fromHsl(hue, 170, 170) : QColor::fromHsl(hue, 200, 85);
}

QList<QPair<int, int>> MessageDelegate::findLinks(const QString &text)
{
    // Strict on purpose: only a scheme of http or https, not glued to a preceding word, made of
    // the characters RFC 3986 allows. Trailing punctuation belongs to the sentence, not the link.
    static const QRegularExpression pattern(
        QStringLiteral("(?<![\\w/.@])https?://[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]+"),
        QRegularExpression::CaseInsensitiveOption);
    QList<QPair<int, int>> links;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text)) {
        QString candidate = match.captured();
        while (!candidate.isEmpty()) {
            const QChar last = candidate.back();
            const bool unbalancedParen = last == QLatin1Char(')') && candidate.count(QLatin1Char('(')) < candidate.count(QLatin1Char(')'));
            if (QStringLiteral(".,;:!?'").contains(last) || unbalancedParen)
                candidate.chop(1);
            else
                break;
        }
        const QUrl url(candidate, QUrl::StrictMode);
        if (url.isValid() && !url.host().isEmpty())
            links.append({ int(match.capturedStart()), int(candidate.size()) });
    }
    return links;
}

MessageDelegate::Metrics MessageDelegate::metrics(const QStyleOptionViewItem &option)
{
    // Derived from the font so that the rows scale with it and with the screen's DPI.
    const int unit = option.fontMetrics.height();
    return Metrics{ unit / 2, unit / 4, unit / 8, qMax(2, unit / 6) };
}

int MessageDelegate::availableWidth(const QStyleOptionViewItem &option)
{
    // option.rect is not meaningful in sizeHint(); the viewport's width is what we wrap to.
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return option.rect.width() > 0 ? option.rect.width() : 400;
}

qreal MessageDelegate::layoutBody(QTextLayout &layout, qreal width)
{
    qreal height = 0;
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(qMax<qreal>(1, width));
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return height;
}

void MessageDelegate::prepareBody(QTextLayout &layout, const QStyleOptionViewItem &option,
                                  const QModelIndex &index, const QColor &linkColor, const QColor &markColor) const
{
    const QString text = bodyText(index);
    layout.setText(text);
    layout.setFont(option.font);
    layout.setTextOption(bodyOption(text));
    QList<QTextLayout::FormatRange> formats;
    for (const auto &link : findLinks(text)) {
        QTextLayout::FormatRange range;
        range.start = link.first;
        range.length = link.second;
        range.format.setForeground(linkColor);
        range.format.setFontUnderline(true);
        formats.append(range);
    }
    if (markColor.isValid()) {
        // Formats change colours only, never metrics, so heights measured without them hold.
        const QString self = qobject_cast<const MessageModel *>(index.model())
                                 ? static_cast<const MessageModel *>(index.model())->selfName()
                                 : QString();
        if (index.data(MessageModel::MentionRole).toBool()) {
            for (const auto &mention : ChatText::mentionRanges(text, self)) {
                QTextLayout::FormatRange range;
                range.start = mention.first;
                range.length = mention.second;
                range.format.setBackground(mentionColor(option.palette.color(QPalette::Base)));
                formats.append(range);
            }
        }
        for (const auto &match : ChatText::findAll(text, m_searchTerm)) {
            QTextLayout::FormatRange range;
            range.start = match.first;
            range.length = match.second;
            range.format.setBackground(markColor);
            range.format.setForeground(Qt::black);
            formats.append(range);
        }
    }
    layout.setFormats(formats);
}

int MessageDelegate::dayHeight(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    return index.data(MessageModel::DayBreakRole).toBool() ? option.fontMetrics.height() * 3 / 2 : 0;
}

int MessageDelegate::headerHeight(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (index.data(MessageModel::ContinuationRole).toBool())
        return 0;
    QFont bold = option.font;
    bold.setBold(true);
    return QFontMetrics(bold).height() + metrics(option).spacing;
}

QRect MessageDelegate::bodyRect(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const Metrics m = metrics(option);
    const QRect content = option.rect.adjusted(m.hMargin + m.accent, m.vMargin, -m.hMargin, -m.vMargin);
    return content.adjusted(0, dayHeight(option, index) + headerHeight(option, index), 0, 0);
}

QString MessageDelegate::systemLine(const QModelIndex &index, const QFontMetrics &fm, int width)
{
    QStringList parts = index.data(MessageModel::SystemPartsRole).toStringList();
    if (parts.isEmpty())
        return index.data(Qt::DisplayRole).toString();
    QString line = parts.takeFirst();
    // Names share at most half the line between them, so that the verb always shows.
    const int budget = parts.isEmpty() ? width : qMax(fm.averageCharWidth() * 6, width / 2 / int(parts.size()));
    for (const QString &name : std::as_const(parts))
        line = line.arg(ChatText::isolated(fm.elidedText(name, Qt::ElideRight, budget)));
    return line;
}

// The option paint() gets for this row, rebuilt for questions asked outside painting (where a
// click landed), so that both measure the same rectangles.
QStyleOptionViewItem MessageDelegate::optionFor(const QAbstractItemView *view, const QModelIndex &index) const
{
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.widget = view;
    option.rect = view->visualRect(index);
    initStyleOption(&option, index);
    return option;
}

QString MessageDelegate::linkAt(const QAbstractItemView *view, const QModelIndex &index, const QPoint &pos) const
{
    if (!index.isValid() || index.data(MessageModel::SystemRole).toBool())
        return QString();
    const QStyleOptionViewItem option = optionFor(view, index);
    const QRect body = bodyRect(option, index);
    QTextLayout layout;
    prepareBody(layout, option, index, QColor());
    layoutBody(layout, body.width());
    const QPointF local = QPointF(pos) - QPointF(body.topLeft());
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        if (local.y() < line.y() || local.y() >= line.y() + line.height())
            continue;
        if (local.x() < line.x() || local.x() > line.x() + line.naturalTextWidth())
            return QString();
        const int cursor = line.xToCursor(local.x(), QTextLine::CursorOnCharacter);
        for (const auto &link : findLinks(layout.text())) {
            if (cursor >= link.first && cursor < link.first + link.second)
                return layout.text().mid(link.first, link.second);
        }
        return QString();
    }
    return QString();
}

QString MessageDelegate::loadingText()
{
    return tr("Loading picture…");
}

QString MessageDelegate::noLongerAvailableText()
{
    return tr("Picture no longer available");
}

QString MessageDelegate::couldNotShowText()
{
    return tr("Picture could not be shown");
}

QRect MessageDelegate::thumbnailRect(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const auto message = index.data(MessageModel::PictureRole).value<ChatMessage>();
    const QRect body = bodyRect(option, index);
    const QSize size = PictureStore::thumbnailSize(message.picture).boundedTo(QSize(qMax(1, body.width()), PictureStore::ThumbnailSide));
    return QStyle::visualRect(option.direction, body, QRect(body.topLeft(), size));
}

QRect MessageDelegate::pictureRect(const QAbstractItemView *view, const QModelIndex &index) const
{
    if (!index.isValid() || index.data(MessageModel::KindRole).value<MessageModel::EntryKind>() != MessageModel::EntryKind::Picture)
        return QRect();
    const QStyleOptionViewItem option = optionFor(view, index);
    return thumbnailRect(option, index);
}

void MessageDelegate::paintPicture(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                                   const QColor &textColor, const QColor &quietColor) const
{
    const QRect thumb = thumbnailRect(option, index);
    PictureStore::Thumbnail thumbnail;
    thumbnail.state = PictureStore::State::CouldNotShow;
    if (m_pictures)
        thumbnail = m_pictures->thumbnail(index.data(MessageModel::PictureRole).value<ChatMessage>());
    if (thumbnail.state == PictureStore::State::Ready) {
        const QSize drawn = thumbnail.image.size().scaled(thumb.size(), Qt::KeepAspectRatio);
        painter->drawImage(QRect(thumb.topLeft(), drawn), thumbnail.image);
    } else {
        painter->setPen(quietColor);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(thumb.adjusted(0, 0, -1, -1));
        const QString text = thumbnail.state == PictureStore::State::Loading ? loadingText()
                           : thumbnail.state == PictureStore::State::NoLongerAvailable ? noLongerAvailableText()
                                                                                        : couldNotShowText();
        painter->drawText(thumb.adjusted(4, 4, -4, -4), Qt::AlignCenter | Qt::TextWordWrap, text);
    }
    // The caption: the file name and what the sender declared, as plain text.
    const QRect body = bodyRect(option, index);
    const QRect caption(body.left(), thumb.bottom() + 1 + metrics(option).spacing, body.width(), option.fontMetrics.height());
    painter->setPen(textColor);
    painter->setFont(option.font);
    painter->drawText(caption, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                      option.fontMetrics.elidedText(bodyText(index), Qt::ElideMiddle, caption.width()));
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &styleOption, const QModelIndex &index) const
{
    QStyleOptionViewItem option = styleOption;
    initStyleOption(&option, index);
    const Metrics m = metrics(option);
    const int width = availableWidth(option);
    const int day = dayHeight(option, index);
    if (index.data(MessageModel::SystemRole).toBool()) {
        // Wrapped, never cut: the missed line in particular is long in some languages.
        const int textWidth = qMax(1, width - 2 * m.hMargin - timeColumn(option, index));
        const QRect bounds = option.fontMetrics.boundingRect(QRect(0, 0, textWidth, 100000), Qt::TextWordWrap,
                                                             systemLine(index, option.fontMetrics, textWidth));
        return QSize(width, day + qMax(option.fontMetrics.height(), bounds.height()) + 2 * m.vMargin);
    }
    if (index.data(MessageModel::KindRole).value<MessageModel::EntryKind>() == MessageModel::EntryKind::Picture) {
        const auto message = index.data(MessageModel::PictureRole).value<ChatMessage>();
        const int thumb = qMin(PictureStore::thumbnailSize(message.picture).height(), PictureStore::ThumbnailSide);
        return QSize(width, day + 2 * m.vMargin + headerHeight(option, index) + thumb + m.spacing
                                + option.fontMetrics.height() + m.vMargin);
    }
    const int body = bodyHeight(option, index, width - 2 * m.hMargin - m.accent);
    return QSize(width, day + 2 * m.vMargin + headerHeight(option, index) + body + m.vMargin);
}

int MessageDelegate::timeColumn(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QString time = timeText(index.data(MessageModel::TimeRole).toDateTime());
    return time.isEmpty() ? 0 : option.fontMetrics.horizontalAdvance(time) + metrics(option).hMargin;
}

int MessageDelegate::bodyHeight(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const
{
    // Twice the scrollback: enough for every row, bounded whatever the texts.
    constexpr qsizetype MaxCachedHeights = 10000;
    if (width != m_cachedWidth || option.font != m_cachedFont || m_bodyHeights.size() >= MaxCachedHeights) {
        m_bodyHeights.clear();
        m_cachedWidth = width;
        m_cachedFont = option.font;
    }
    const QString text = bodyText(index);
    const auto cached = m_bodyHeights.constFind(text);
    if (cached != m_bodyHeights.cend())
        return *cached;
    QTextLayout layout;
    prepareBody(layout, option, index, QColor());
    const int height = qCeil(layoutBody(layout, width));
    m_bodyHeights.insert(text, height);
    return height;
}

void MessageDelegate::paintDay(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int height = dayHeight(option, index);
    if (height == 0)
        return;
    const QDate date = index.data(MessageModel::TimeRole).toDateTime().toLocalTime().date();
    const QRect line(option.rect.left(), option.rect.top(), option.rect.width(), height);
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics fm(font);
    const QString text = dayText(date);
    const int textWidth = fm.horizontalAdvance(text) + fm.height();
    const QColor quiet = option.palette.color(QPalette::PlaceholderText);
    painter->setPen(quiet);
    const int y = line.center().y();
    const int gapLeft = line.center().x() - textWidth / 2;
    const int margin = metrics(option).hMargin;
    painter->drawLine(line.left() + margin, y, gapLeft, y);
    painter->drawLine(gapLeft + textWidth, y, line.right() - margin, y);
    painter->setFont(font);
    painter->drawText(line, Qt::AlignCenter | Qt::TextSingleLine, text);
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &styleOption,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem option = styleOption;
    initStyleOption(&option, index);
    const Metrics m = metrics(option);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    painter->save();
    painter->setClipRect(option.rect);
    paintDay(painter, option, index);
    // Below the date line, the row proper.
    const int day = dayHeight(option, index);
    QStyleOptionViewItem row = option;
    row.rect.setTop(option.rect.top() + day);

    const bool selected = option.state & QStyle::State_Selected;
    const bool system = index.data(MessageModel::SystemRole).toBool();
    // Only what we said is set apart; our own join line stays as quiet as everyone else's.
    const bool own = !system && index.data(MessageModel::OwnRole).toBool();
    const bool mention = !system && index.data(MessageModel::MentionRole).toBool();
    const QPalette &palette = option.palette;
    const QColor base = palette.color(QPalette::Base);

    // The style's own panel gives selection and hover the platform's look; no text is drawn by it.
    QStyleOptionViewItem panel = row;
    panel.text.clear();
    panel.icon = QIcon();
    panel.features &= ~QStyleOptionViewItem::HasDisplay;
    panel.state &= ~QStyle::State_HasFocus;
    if (own && !selected) {
        QColor tint = palette.color(QPalette::Highlight);
        tint.setAlphaF(isDark(base) ? 0.22f : 0.10f);
        painter->fillRect(row.rect, tint);
    }
    if (mention && !selected)
        painter->fillRect(row.rect, mentionColor(base));
    if (index.row() == m_searchRow && !m_searchTerm.isEmpty() && !selected) {
        QColor found = palette.color(QPalette::Highlight);
        found.setAlphaF(0.18f);
        painter->fillRect(row.rect, found);
    }
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &panel, painter, widget);

    const QColor textColor = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor quietColor = selected ? textColor : palette.color(QPalette::PlaceholderText);
    const QRect inner = row.rect.adjusted(m.hMargin, m.vMargin, -m.hMargin, -m.vMargin);

    if (system) {
        // No italics: CJK fonts have none, and a slanted fake reads badly. The quiet colour
        // sets these lines apart in every script.
        painter->setFont(option.font);
        painter->setPen(quietColor);
        const QString time = timeText(index.data(MessageModel::TimeRole).toDateTime());
        const QFontMetrics &fm = option.fontMetrics;
        const int timeWidth = timeColumn(option, index);
        const QRect timeRect(inner.left(), inner.top(), timeWidth, fm.height());
        painter->drawText(QStyle::visualRect(option.direction, inner, timeRect),
                          Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, time);
        const QRect textRect = inner.adjusted(timeWidth, 0, 0, 0);
        painter->drawText(QStyle::visualRect(option.direction, inner, textRect),
                          Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, systemLine(index, fm, textRect.width()));
    } else {
        const QString sender = index.data(MessageModel::SenderRole).toString();
        const QColor nameColor = selected ? textColor : senderColor(sender, base);
        if (own || mention) {
            const QRect bar(row.rect.left(), row.rect.top(), m.accent, row.rect.height());
            painter->fillRect(QStyle::visualRect(option.direction, row.rect, bar), nameColor);
        }
        const QRect content = inner.adjusted(m.accent, 0, 0, 0);
        if (!index.data(MessageModel::ContinuationRole).toBool()) {
            QFont bold = option.font;
            bold.setBold(true);
            const QFontMetrics boldMetrics(bold);
            const QString time = timeText(index.data(MessageModel::TimeRole).toDateTime());
            const int timeWidth = option.fontMetrics.horizontalAdvance(time);
            const int nameRoom = qMax(0, content.width() - timeWidth - m.hMargin);
            const QString name = boldMetrics.elidedText(sender, Qt::ElideRight, nameRoom);
            const int nameWidth = boldMetrics.horizontalAdvance(name);
            painter->setFont(bold);
            painter->setPen(nameColor);
            const QRect nameRect(content.left(), content.top(), nameWidth, boldMetrics.height());
            painter->drawText(QStyle::visualRect(option.direction, content, nameRect),
                              Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, name);
            painter->setFont(option.font);
            painter->setPen(quietColor);
            const QRect timeRect(nameRect.right() + 1 + m.hMargin, content.top(), timeWidth, boldMetrics.height());
            painter->drawText(QStyle::visualRect(option.direction, content, timeRect),
                              Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, time);
        }
        if (index.data(MessageModel::KindRole).value<MessageModel::EntryKind>() == MessageModel::EntryKind::Picture) {
            paintPicture(painter, option, index, textColor, quietColor);
        } else {
            QTextLayout layout;
            prepareBody(layout, option, index, selected ? textColor : palette.color(QPalette::Link),
                        QColor(255, 220, 0));
            const QRect body = bodyRect(option, index);
            layoutBody(layout, body.width());
            painter->setPen(textColor);
            layout.draw(painter, body.topLeft());
        }
    }

    // A mark that cannot be missed on the row the keyboard is at, while the list has focus.
    if ((option.state & QStyle::State_HasFocus) && widget && widget->hasFocus()) {
        QPen pen(palette.color(QPalette::Highlight), qMax(2, m.accent / 2));
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(row.rect.adjusted(1, 1, -2, -2));
    }
    painter->restore();
}
