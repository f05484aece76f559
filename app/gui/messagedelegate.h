#pragma once

#include <QtCore/QHash>
#include <QtGui/QFont>
#include <QtWidgets/QStyledItemDelegate>

class PictureStore;
class QAbstractItemView;
class QTextLayout;

// Draws one message: sender and time on a line, then the text, wrapped. Peer text is only ever
// laid out as plain text (QTextLayout), never handed to anything that could interpret markup.
class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit MessageDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Exactly the characters paint() lays out for the body of a row (line breaks made explicit).
    static QString bodyText(const QModelIndex &index);
    // What the user searches for: its occurrences are highlighted in every message; the row
    // `currentRow` (the match the search bar is at) more strongly.
    void setSearch(const QString &term, int currentRow);
    QString searchTerm() const { return m_searchTerm; }
    // A system line with its names shortened to fit, the verb kept; each name an isolated run.
    static QString systemLine(const QModelIndex &index, const QFontMetrics &metrics, int width);
    // The date line drawn above the first row of a day.
    static QString dayText(const QDate &date);

    // A colour for a nickname that stays readable on the given background.
    static QColor senderColor(const QString &name, const QColor &background);
    // The http and https links in `text`, as (start, length); nothing else is ever clickable.
    static QList<QPair<int, int>> findLinks(const QString &text);
    // The link under `pos` (viewport coordinates) in the row at `index`, or an empty string.
    QString linkAt(const QAbstractItemView *view, const QModelIndex &index, const QPoint &pos) const;

    // Picture rows draw their thumbnail from here (none: a placeholder).
    void setPictureStore(PictureStore *store) { m_pictures = store; }
    // Where a picture row's thumbnail is (view coordinates); empty for other rows.
    QRect pictureRect(const QAbstractItemView *view, const QModelIndex &index) const;
    // What a picture row shows instead of its thumbnail while it has none.
    static QString loadingText();
    static QString noLongerAvailableText();
    static QString couldNotShowText();

private:
    struct Metrics
    {
        int hMargin;
        int vMargin;
        int spacing;
        int accent;
    };
    static Metrics metrics(const QStyleOptionViewItem &option);
    static int availableWidth(const QStyleOptionViewItem &option);
    static qreal layoutBody(QTextLayout &layout, qreal width);
    void prepareBody(QTextLayout &layout, const QStyleOptionViewItem &option, const QModelIndex &index,
                     const QColor &linkColor, const QColor &markColor = QColor()) const;
    QStyleOptionViewItem optionFor(const QAbstractItemView *view, const QModelIndex &index) const;
    // Where the body text starts inside a row; paint() and linkAt() must agree on it.
    static QRect bodyRect(const QStyleOptionViewItem &option, const QModelIndex &index);
    // The height of the date line above a row (0 when it has none) and of its sender line.
    static int dayHeight(const QStyleOptionViewItem &option, const QModelIndex &index);
    static int headerHeight(const QStyleOptionViewItem &option, const QModelIndex &index);
    void paintDay(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    static int timeColumn(const QStyleOptionViewItem &option, const QModelIndex &index);
    int bodyHeight(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;

    // A row's height depends only on its text, the font and the width. The view asks for every
    // row's size whenever rows come or go (a flood: all the time), and laying out thousands of
    // texts each time is what would freeze the window; so heights are remembered.
    mutable QHash<QString, int> m_bodyHeights;
    static QRect thumbnailRect(const QStyleOptionViewItem &option, const QModelIndex &index);
    void paintPicture(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                      const QColor &textColor, const QColor &quietColor) const;

    PictureStore *m_pictures = nullptr;
    QString m_searchTerm;
    int m_searchRow = -1;
    mutable int m_cachedWidth = -1;
    mutable QFont m_cachedFont;
};
