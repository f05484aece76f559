#include "windowplacement.h"

#include "appsettings.h"

#include <QtCore/QDir>
#include <QtCore/QLockFile>
#include <QtGui/QGuiApplication>
#include <QtGui/QScreen>
#include <QtWidgets/QWidget>

namespace {

// Enough for a screenful of windows; more instances simply get no remembered geometry.
constexpr int SlotCount = 16;

QString geometryKey(int slot)
{
    return QStringLiteral("geometry/%1").arg(slot);
}

} // namespace

WindowPlacement::WindowPlacement(QWidget *window, const QString &identity) : m_window(window), m_identity(identity)
{
    // A lock file per slot: the first free one is ours while we run, and a crashed holder's
    // lock is taken over because QLockFile checks whether its process still lives.
    for (int slot = 0; slot < SlotCount; ++slot) {
        auto lock = std::make_unique<QLockFile>(
            QDir::temp().filePath(QStringLiteral("shmchat-window-%1.lock").arg(slot)));
        lock->setStaleLockTime(0);
        if (lock->tryLock(0)) {
            m_slot = slot;
            m_lock = std::move(lock);
            break;
        }
    }
    const QByteArray own = m_identity.isEmpty()
        ? QByteArray()
        : appSettings().value(identityKey(m_identity, QStringLiteral("geometry"))).toByteArray();
    if (!own.isEmpty() && m_window->restoreGeometry(own))
        return;
    const QByteArray saved = m_slot >= 0 ? appSettings().value(geometryKey(m_slot)).toByteArray() : QByteArray();
    if (!saved.isEmpty() && m_window->restoreGeometry(saved))
        return;
    // Cascade, so that several new windows do not sit exactly on top of each other.
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QRect available = screen->availableGeometry();
        const int step = m_window->fontMetrics().height() * 2;
        const int n = qMax(0, m_slot);
        m_window->move(available.topLeft() + QPoint(step + n * step, step + n * step));
    }
}

WindowPlacement::~WindowPlacement() = default;

void WindowPlacement::save() const
{
    if (m_slot >= 0)
        appSettings().setValue(geometryKey(m_slot), m_window->saveGeometry());
    if (!m_identity.isEmpty())
        appSettings().setValue(identityKey(m_identity, QStringLiteral("geometry")), m_window->saveGeometry());
}

void WindowPlacement::tile(QWidget *window, int index, int count)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen || count < 1 || index < 0 || index >= count)
        return;
    const QRect available = screen->availableGeometry();
    const int width = available.width() / count;
    // The frame (title bar, borders) is the window manager's; leave it room.
    const int frame = window->fontMetrics().height() * 2;
    window->resize(qMax(200, width - frame / 2), qMax(200, available.height() - frame * 2));
    window->move(available.left() + index * width, available.top());
}
