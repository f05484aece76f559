#include "messageview.h"

#include "messagedelegate.h"
#include "messagemodel.h"

#include <QtGui/QAction>
#include <QtGui/QClipboard>
#include <QtGui/QDesktopServices>
#include <QtGui/QGuiApplication>
#include <QtGui/QMouseEvent>
#include <QtGui/QPainter>
#include <QtWidgets/QDialog>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QMenu>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QStyle>
#include <QtWidgets/QStyleOptionFocusRect>
#include <QtWidgets/QVBoxLayout>
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
    setContextMenuPolicy(Qt::DefaultContextMenu);

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
        if (m_inLayout)
            return; // a relayout moved it, not the user
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

bool MessageView::isPicture(const QModelIndex &index)
{
    return index.isValid() && index.data(MessageModel::KindRole).value<MessageModel::EntryKind>() == MessageModel::EntryKind::Picture;
}

void MessageView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && event->modifiers() == Qt::NoModifier) {
        const QModelIndex index = indexAt(event->position().toPoint());
        if (isPicture(index) && m_delegate->pictureRect(this, index).contains(event->position().toPoint())) {
            QListView::mouseReleaseEvent(event);
            emit pictureActivated(index);
            return;
        }
        const QString link = linkAt(event->position().toPoint());
        // findLinks() only matched strict http(s) URLs, so this opens a web page and nothing else.
        if (!link.isEmpty())
            openLink(QUrl(link, QUrl::StrictMode));
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

bool MessageView::openLink(const QUrl &url)
{
    if (QDesktopServices::openUrl(url))
        return true;
    emit linkOpenFailed(url);
    return false;
}

QMenu *MessageView::createContextMenu(const QModelIndex &index)
{
    auto *menu = new QMenu(this);
    if (!index.isValid())
        return menu;
    QAction *copy = menu->addAction(tr("&Copy"), this, &MessageView::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    QAction *select = menu->addAction(tr("&Select Text…"), this,
                                      [this, index = QPersistentModelIndex(index)] { openMessageText(index); });
    select->setEnabled(!index.data(MessageModel::SystemRole).toBool());
    const QString text = index.data(MessageModel::BodyTextRole).toString();
    const QList<QPair<int, int>> links = index.data(MessageModel::SystemRole).toBool()
                                             ? QList<QPair<int, int>>()
                                             : MessageDelegate::findLinks(text);
    // A handful is plenty for a menu; the rest are still in the text.
    constexpr int MaxLinksInMenu = 8;
    for (qsizetype i = 0; i < links.size() && i < MaxLinksInMenu; ++i) {
        const QUrl url(text.mid(links.at(i).first, links.at(i).second), QUrl::StrictMode);
        const QString shown = fontMetrics().elidedText(url.toDisplayString(), Qt::ElideMiddle,
                                                       fontMetrics().averageCharWidth() * 40);
        menu->addSeparator();
        // The URL is ours to show as text: '&' in it must not become a mnemonic.
        QString label = shown;
        label.replace(QLatin1Char('&'), QStringLiteral("&&"));
        menu->addAction(tr("Open Link %1").arg(label), this, [this, url] { openLink(url); });
        menu->addAction(tr("Copy Link %1").arg(label), this,
                        [url] { QGuiApplication::clipboard()->setText(url.toString(QUrl::FullyEncoded)); });
    }
    return menu;
}

void MessageView::contextMenuEvent(QContextMenuEvent *event)
{
    QModelIndex index = event->reason() == QContextMenuEvent::Keyboard ? currentIndex() : indexAt(event->pos());
    if (!index.isValid())
        return;
    if (!selectionModel()->isSelected(index))
        setCurrentIndex(index);
    QMenu *menu = createContextMenu(index);
    const QPoint at = event->reason() == QContextMenuEvent::Keyboard
                          ? viewport()->mapToGlobal(visualRect(index).center())
                          : event->globalPos();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(at);
}

void MessageView::openMessageText(const QModelIndex &index)
{
    if (!index.isValid() || index.data(MessageModel::SystemRole).toBool())
        return;
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("messageTextDialog"));
    dialog->setWindowTitle(tr("Message from %1").arg(index.data(MessageModel::SenderRole).toString()));
    auto *layout = new QVBoxLayout(dialog);
    auto *editor = new QPlainTextEdit(dialog);
    // Plain text, read-only, but selectable with mouse and keyboard: copy any part of it.
    editor->setPlainText(index.data(MessageModel::CopyTextRole).toString());
    editor->setReadOnly(true);
    editor->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    editor->setAccessibleName(tr("Message text"));
    layout->addWidget(editor);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(fontMetrics().averageCharWidth() * 60, fontMetrics().height() * 14);
    dialog->show();
    editor->setFocus();
}

void MessageView::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    const QString text = event->text();
    // Typing, not navigating: the words belong in the composer, not in a jump through the list.
    if (modifiers == Qt::NoModifier && !text.isEmpty() && text.at(0).isPrint() && event->key() != Qt::Key_Space) {
        emit typedWhileFocused(event);
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && isPicture(currentIndex())) {
        emit pictureActivated(currentIndex());
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        // Enter on a message: its links, copy and select text, from the keyboard.
        const QList<QPair<int, int>> links = MessageDelegate::findLinks(currentIndex().data(MessageModel::BodyTextRole).toString());
        if (links.isEmpty() || currentIndex().data(MessageModel::SystemRole).toBool()) {
            openMessageText(currentIndex());
        } else {
            const QPoint center = visualRect(currentIndex()).center();
            QContextMenuEvent menuEvent(QContextMenuEvent::Keyboard, center, viewport()->mapToGlobal(center));
            contextMenuEvent(&menuEvent);
        }
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void MessageView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.isValid() && event->button() == Qt::LeftButton) {
        if (isPicture(index))
            emit pictureActivated(index);
        else
            openMessageText(index);
        event->accept();
        return;
    }
    QListView::mouseDoubleClickEvent(event);
}

template<typename Layout>
void MessageView::keepFollowing(Layout layout)
{
    const bool follow = m_stickToBottom;
    const bool nested = m_inLayout;
    m_inLayout = true;
    layout();
    m_inLayout = nested;
    if (nested)
        return;
    QScrollBar *bar = verticalScrollBar();
    if (follow)
        bar->setValue(bar->maximum());
    // Also: a view that now shows its end (a taller window) follows again, and says nothing new.
    m_stickToBottom = follow || bar->value() >= bar->maximum() - 2;
    if (m_stickToBottom)
        m_newMessagesButton->hide();
}

void MessageView::resizeEvent(QResizeEvent *event)
{
    keepFollowing([this, event] { QListView::resizeEvent(event); });
    placeNewMessagesButton();
}

void MessageView::updateGeometries()
{
    keepFollowing([this] { QListView::updateGeometries(); });
}

void MessageView::focusInEvent(QFocusEvent *event)
{
    // The keyboard needs a row to start from; the newest is where the reader is.
    if (!currentIndex().isValid() && model() && model()->rowCount() > 0)
        selectionModel()->setCurrentIndex(model()->index(model()->rowCount() - 1, 0), QItemSelectionModel::NoUpdate);
    QListView::focusInEvent(event);
    viewport()->update();
}

void MessageView::focusOutEvent(QFocusEvent *event)
{
    QListView::focusOutEvent(event);
    viewport()->update();
}

void MessageView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if (!hasFocus())
        return;
    // Around the whole list as well, so that focus shows even with no row in sight.
    QPainter painter(viewport());
    QPen pen(palette().color(QPalette::Highlight), 2);
    painter.setPen(pen);
    painter.drawRect(viewport()->rect().adjusted(1, 1, -1, -1));
}
