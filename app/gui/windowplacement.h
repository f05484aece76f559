#pragma once

#include <QtCore/QString>

#include <memory>

class QLockFile;
class QWidget;

// Where a window opens. Each running window holds one of a few numbered slots; a new window
// takes the first free one and opens where the last window in that slot was closed, so that
// several windows come back in their places. Without a remembered geometry, windows cascade.
class WindowPlacement
{
public:
    // Claims a slot for `window` and moves it into place. Call it after setting the window's
    // default size, so that a remembered geometry wins over that size.
    // With an identity (a nickname), the geometry that identity's window last had wins over
    // the slot's.
    explicit WindowPlacement(QWidget *window, const QString &identity = QString());
    ~WindowPlacement();
    WindowPlacement(const WindowPlacement &) = delete;
    WindowPlacement &operator=(const WindowPlacement &) = delete;

    // Remembers the window's geometry for the next window to take this slot.
    void save() const;
    // Puts `window` in column `index` of `count` side by side on its screen (the demo's windows).
    static void tile(QWidget *window, int index, int count);
    // The identity whose geometry save() also records (after a rename).
    void setIdentity(const QString &identity) { m_identity = identity; }

private:
    QWidget *m_window;
    QString m_identity;
    int m_slot = -1;
    std::unique_ptr<QLockFile> m_lock;
};
