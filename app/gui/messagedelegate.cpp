#include "messagedelegate.h"

#include "messagemodel.h"

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

QTextOption bodyOption(Qt::LayoutDirection direction)
{
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    textOption.setTextDirection(direction);
    return textOption;
}

} // namespace

MessageDelegate::MessageDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QString MessageDelegate::bodyText(const QModelIndex &index)
{
    QString text = index.data(Qt::DisplayRole).toString();
    // QTextLayout does not break at '\n' by itself; LineSeparator is its hard line break.
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    text.replace(QLatin1Char('\r'), QChar::LineSeparator);
    return text;
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
                                  const QModelIndex &index, const QColor &linkColor)
{
    const QString text = bodyText(index);
    layout.setText(text);
    layout.setFont(option.font);
    layout.setTextOption(bodyOption(option.direction));
    QList<QTextLayout::FormatRange> formats;
    for (const auto &link : findLinks(text)) {
        QTextLayout::FormatRange range;
        range.start = link.first;
        range.length = link.second;
        range.format.setForeground(linkColor);
        range.format.setFontUnderline(true);
        formats.append(range);
    }
    layout.setFormats(formats);
}

QRect MessageDelegate::bodyRect(const QStyleOptionViewItem &option)
{
    const Metrics m = metrics(option);
    QFont bold = option.font;
    bold.setBold(true);
    const QRect content = option.rect.adjusted(m.hMargin + m.accent, m.vMargin, -m.hMargin, -m.vMargin);
    return content.adjusted(0, QFontMetrics(bold).height() + m.spacing, 0, 0);
}

QString MessageDelegate::linkAt(const QAbstractItemView *view, const QModelIndex &index, const QPoint &pos) const
{
    if (!index.isValid() || index.data(MessageModel::SystemRole).toBool())
        return QString();
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.widget = view;
    option.rect = view->visualRect(index);
    initStyleOption(&option, index);
    const QRect body = bodyRect(option);
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

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &styleOption, const QModelIndex &index) const
{
    QStyleOptionViewItem option = styleOption;
    initStyleOption(&option, index);
    const Metrics m = metrics(option);
    const int width = availableWidth(option);
    if (index.data(MessageModel::SystemRole).toBool())
        return QSize(width, option.fontMetrics.height() + 2 * m.vMargin);

    QFont bold = option.font;
    bold.setBold(true);
    const int header = QFontMetrics(bold).height();
    const int body = bodyHeight(option, index, width - 2 * m.hMargin - m.accent);
    return QSize(width, 2 * m.vMargin + header + m.spacing + body + m.vMargin);
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
    const bool selected = option.state & QStyle::State_Selected;
    const bool system = index.data(MessageModel::SystemRole).toBool();
    // Only what we said is set apart; our own join line stays as quiet as everyone else's.
    const bool own = !system && index.data(MessageModel::OwnRole).toBool();
    const QPalette &palette = option.palette;
    const QColor base = palette.color(QPalette::Base);

    // The style's own panel gives selection and hover the platform's look; no text is drawn by it.
    QStyleOptionViewItem panel = option;
    panel.text.clear();
    panel.icon = QIcon();
    panel.features &= ~QStyleOptionViewItem::HasDisplay;
    if (own && !selected) {
        QColor tint = palette.color(QPalette::Highlight);
        tint.setAlphaF(isDark(base) ? 0.22f : 0.10f);
        painter->fillRect(option.rect, tint);
    }
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &panel, painter, widget);

    const QColor textColor = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor quietColor = selected ? textColor : palette.color(QPalette::PlaceholderText);
    const QRect inner = option.rect.adjusted(m.hMargin, m.vMargin, -m.hMargin, -m.vMargin);

    if (system) {
        QFont font = option.font;
        font.setItalic(true);
        painter->setFont(font);
        painter->setPen(quietColor);
        const QString time = timeText(index.data(MessageModel::TimeRole).toDateTime());
        const QFontMetrics fm(font);
        const int timeWidth = time.isEmpty() ? 0 : fm.horizontalAdvance(time) + m.hMargin;
        const QRect timeRect(inner.left(), inner.top(), timeWidth, fm.height());
        painter->drawText(QStyle::visualRect(option.direction, inner, timeRect),
                          Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, time);
        const QRect textRect = inner.adjusted(timeWidth, 0, 0, 0);
        const QString text = fm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, textRect.width());
        painter->drawText(QStyle::visualRect(option.direction, inner, textRect),
                          Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, text);
        painter->restore();
        return;
    }

    const QString sender = index.data(MessageModel::SenderRole).toString();
    const QColor nameColor = selected ? textColor : senderColor(sender, base);
    if (own) {
        const QRect bar(option.rect.left(), option.rect.top(), m.accent, option.rect.height());
        painter->fillRect(QStyle::visualRect(option.direction, option.rect, bar), nameColor);
    }
    const QRect content = inner.adjusted(m.accent, 0, 0, 0);

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

    QTextLayout layout;
    prepareBody(layout, option, index, selected ? textColor : palette.color(QPalette::Link));
    const QRect body = bodyRect(option);
    layoutBody(layout, body.width());
    painter->setPen(textColor);
    layout.draw(painter, body.topLeft());
    painter->restore();
}
