#include "searchbar.h"

#include "chattext.h"
#include "messagedelegate.h"
#include "messagemodel.h"
#include "messageview.h"

#include <QtCore/QEvent>
#include <QtCore/QTimer>
#include <QtGui/QKeyEvent>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QToolButton>

SearchBar::SearchBar(MessageView *view, QWidget *parent)
    : QWidget(parent),
      m_view(view),
      m_field(new QLineEdit(this)),
      m_previous(new QToolButton(this)),
      m_next(new QToolButton(this)),
      m_close(new QToolButton(this)),
      m_status(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_close);
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_status->setTextFormat(Qt::PlainText);
    m_previous->setArrowType(Qt::UpArrow);
    m_next->setArrowType(Qt::DownArrow);
    m_close->setText(QStringLiteral("✕"));
    connect(m_field, &QLineEdit::textChanged, this, &SearchBar::search);
    connect(m_previous, &QToolButton::clicked, this, &SearchBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &SearchBar::findNext);
    connect(m_close, &QToolButton::clicked, this, &SearchBar::close);
    // New messages may match, old ones scroll away: count again, a little later and once for a
    // whole flood rather than once per batch.
    auto *again = new QTimer(this);
    again->setSingleShot(true);
    again->setInterval(200);
    connect(again, &QTimer::timeout, this, [this] {
        if (isVisible() && !m_field->text().isEmpty()) {
            const int row = m_current >= 0 ? m_matches.value(m_current) : -1;
            search();
            if (row >= 0 && m_matches.contains(row))
                show(int(m_matches.indexOf(row)));
        }
    });
    QAbstractItemModel *model = m_view->model();
    connect(model, &QAbstractItemModel::rowsInserted, again, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::rowsRemoved, again, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::modelReset, this, &SearchBar::search);
    hide();
    retranslate();
}

QString SearchBar::statusText() const
{
    return m_status->text();
}

void SearchBar::open()
{
    QWidget::show();
    m_field->setFocus();
    m_field->selectAll();
    search();
}

void SearchBar::close()
{
    hide();
    m_matches.clear();
    m_current = -1;
    m_view->messageDelegate()->setSearch(QString(), -1);
    m_view->viewport()->update();
    m_view->setFocus();
}

void SearchBar::search()
{
    const QString term = m_field->text();
    m_matches.clear();
    const QAbstractItemModel *model = m_view->model();
    if (!term.isEmpty()) {
        // The scrollback is capped (MessageModel), so this loop is too.
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (!index.data(MessageModel::SystemRole).toBool()
                && index.data(MessageModel::BodyTextRole).toString().contains(term, Qt::CaseInsensitive))
                m_matches.append(row);
        }
    }
    // The newest match first: that is what a reader looks for.
    if (m_matches.isEmpty()) {
        m_current = -1;
        m_view->messageDelegate()->setSearch(term, -1);
        m_view->viewport()->update();
    } else {
        show(int(m_matches.size()) - 1);
    }
    updateStatus();
}

void SearchBar::show(int match)
{
    m_current = match;
    const int row = m_matches.at(match);
    m_view->messageDelegate()->setSearch(m_field->text(), row);
    const QModelIndex index = m_view->model()->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_view->viewport()->update();
    updateStatus();
}

void SearchBar::findNext()
{
    if (!m_matches.isEmpty())
        show((m_current + 1) % int(m_matches.size()));
}

void SearchBar::findPrevious()
{
    if (!m_matches.isEmpty())
        show((m_current - 1 + int(m_matches.size())) % int(m_matches.size()));
}

void SearchBar::updateStatus()
{
    if (m_field->text().isEmpty())
        m_status->clear();
    else if (m_matches.isEmpty())
        m_status->setText(tr("No matches"));
    else
        m_status->setText(tr("%1 of %2").arg(m_current + 1).arg(m_matches.size()));
    m_status->setAccessibleName(m_status->text());
}

bool SearchBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool shift = key->modifiers() & Qt::ShiftModifier;
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_F3:
            // The search starts at the newest match, so the way on is up, to older ones.
            shift ? findNext() : findPrevious();
            return true;
        case Qt::Key_Escape:
            close();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SearchBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SearchBar::retranslate()
{
    m_field->setPlaceholderText(tr("Find in messages"));
    m_field->setAccessibleName(tr("Find in messages"));
    m_previous->setToolTip(tr("Older match (Enter)"));
    m_previous->setAccessibleName(tr("Older match"));
    m_next->setToolTip(tr("Newer match (Shift+Enter)"));
    m_next->setAccessibleName(tr("Newer match"));
    m_close->setToolTip(tr("Close (Escape)"));
    m_close->setAccessibleName(tr("Close search"));
    updateStatus();
}
