#include "messageview.h"

#include "messagedelegate.h"
#include "messagemodel.h"

#include <QtGui/QAction>
#include <QtGui/QClipboard>
#include <QtGui/QDesktopServices>
#include <QtGui/QGuiApplication>
#include <QtGui/QMouseEvent>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QToolButton>

#include <algorithm>

MessageView::MessageView(QWidget *parent)
    : QListView(parent),
      m_delegate(new MessageDelegate(this)),
      // A child of the view, not of its viewport: viewport children move when the content scrolls.
      m_newMessagesButton(new QToolButton(this)),
      m_copyAction(new QAction(this))
{
    setItemDelegate(m_delegate);
    setMouseTracking(true); // for the pointing hand over links
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(false);
    // Laying out a new row (wrapping its text) costs tens of microseconds; under a flood a poll
    // brings thousands. In batches the view does a slice per event-loop turn, so the window
    // keeps answering while it catches up.
    setLayoutMode(QListView::Batched);
    setBatchSize(64);
    setWordWrap(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setContextMenuPolicy(Qt::ActionsContextMenu);

    m_newMessagesButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_newMessagesButton->setAutoRaise(false);
    m_newMessagesButton->setCursor(Qt::PointingHandCursor);
    m_newMessagesButton->hide();
    connect(m_newMessagesButton, &QToolButton::clicked, this, &MessageView::scrollToNewest);

    // Only while the view has focus, so that Ctrl+C in the composer still copies its text.
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyAction, &QAction::triggered, this, &MessageView::copySelection);
    addAction(m_copyAction);

    QScrollBar *bar = verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        m_stickToBottom = value >= bar->maximum() - 2;
        if (m_stickToBottom)
            m_newMessagesButton->hide();
    });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int maximum) {
        if (m_stickToBottom)
            bar->setValue(maximum);
    });
    retranslate();
}

void MessageView::scrollToNewest()
{
    m_stickToBottom = true;
    scrollToBottom();
    m_newMessagesButton->hide();
}

void MessageView::copySelection()
{
    QModelIndexList rows = selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QString text;
    if (rows.size() == 1) {
        text = rows.first().data(MessageModel::CopyTextRole).toString();
    } else {
        QStringList lines;
        for (const QModelIndex &index : std::as_const(rows)) {
            const QString time = QLocale().toString(index.data(MessageModel::TimeRole).toDateTime().toLocalTime(),
                                                    QLocale::ShortFormat);
            const QString body = index.data(MessageModel::CopyTextRole).toString();
            if (index.data(MessageModel::SystemRole).toBool())
                lines.append(tr("[%1] %2").arg(time, body));
            else
                lines.append(tr("[%1] %2: %3").arg(time, index.data(MessageModel::SenderRole).toString(), body));
        }
        text = lines.join(QLatin1Char('\n'));
    }
    QGuiApplication::clipboard()->setText(text);
}

void MessageView::reset()
{
    QListView::reset();
    m_stickToBottom = true;
    m_newMessagesButton->hide();
}

bool MessageView::event(QEvent *event)
{
    // The button floats over the viewport, outside any layout: it follows the view by hand.
    if (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest)
        placeNewMessagesButton();
    return QListView::event(event);
}

void MessageView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QListView::changeEvent(event);
}

void MessageView::mouseMoveEvent(QMouseEvent *event)
{
    if (linkAt(event->position().toPoint()).isEmpty())
        viewport()->unsetCursor();
    else
        viewport()->setCursor(Qt::PointingHandCursor);
    QListView::mouseMoveEvent(event);
}

void MessageView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && event->modifiers() == Qt::NoModifier) {
        const QString link = linkAt(event->position().toPoint());
        // findLinks() only matched strict http(s) URLs, so this opens a web page and nothing else.
        if (!link.isEmpty())
            QDesktopServices::openUrl(QUrl(link, QUrl::StrictMode));
    }
    QListView::mouseReleaseEvent(event);
}

void MessageView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QListView::rowsInserted(parent, start, end);
    if (!m_stickToBottom) {
        m_newMessagesButton->show();
        placeNewMessagesButton();
    }
}

void MessageView::retranslate()
{
    m_copyAction->setText(tr("&Copy"));
    m_newMessagesButton->setText(tr("New messages ↓"));
    m_newMessagesButton->setAccessibleName(tr("Scroll to new messages"));
    placeNewMessagesButton();
}

void MessageView::placeNewMessagesButton()
{
    m_newMessagesButton->adjustSize();
    const QRect area = viewport()->geometry();
    const QSize size = m_newMessagesButton->sizeHint();
    const int margin = fontMetrics().height() / 2;
    m_newMessagesButton->setGeometry(area.center().x() - size.width() / 2,
                                     area.bottom() - size.height() - margin, size.width(), size.height());
    m_newMessagesButton->raise();
}

QString MessageView::linkAt(const QPoint &pos) const
{
    return m_delegate->linkAt(this, indexAt(pos), pos);
}
