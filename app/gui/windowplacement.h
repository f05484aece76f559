#pragma once

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
    explicit WindowPlacement(QWidget *window);
    ~WindowPlacement();
    WindowPlacement(const WindowPlacement &) = delete;
    WindowPlacement &operator=(const WindowPlacement &) = delete;

    // Remembers the window's geometry for the next window to take this slot.
    void save() const;

private:
    QWidget *m_window;
    int m_slot = -1;
    std::unique_ptr<QLockFile> m_lock;
};
