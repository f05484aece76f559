// What the widget tests share: windows made for tests, room names of their own, and the lookups
// their assertions use.
#pragma once

#include "chatwindow.h"
#include "ipcchannel.h"
#include "messagemodel.h"

#include <QtCore/QCoreApplication>
#include <QtTest/QTest>

#include <memory>

namespace WindowTest {

constexpr int Timeout = 5000;

// Per process and per test, so that parallel runs and earlier tests do not interfere.
inline QString uniqueRoom(const char *suffix = "")
{
    return QStringLiteral("w%1-%2%3")
        .arg(QCoreApplication::applicationPid())
        .arg(QString::fromLatin1(QTest::currentTestFunction()), QString::fromLatin1(suffix));
}

// A window that polls often, takes no remembered place on screen and, unless asked, neither
// reads nor writes settings (tests must not see each other's or a user's).
inline std::unique_ptr<ChatWindow> makeWindow(const QString &room, const QString &name, bool remember = false)
{
    ChatWindow::Options options;
    options.room = room;
    options.nickname = name;
    options.useGeometrySlot = false;
    options.rememberSettings = remember;
    auto channel = std::make_unique<IpcChannel>();
    channel->setPollInterval(5);
    return std::make_unique<ChatWindow>(std::move(channel), options);
}

// The row of a thing somebody said with this text, or -1.
inline int findText(const MessageModel *model, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row);
        if (!index.data(MessageModel::SystemRole).toBool() && index.data().toString() == text)
            return row;
    }
    return -1;
}

// Shows both windows and makes the first the active one, as a user who clicked into it.
inline bool showWithFirstActive(ChatWindow *active, ChatWindow *other)
{
    other->show();
    active->show();
    if (!QTest::qWaitForWindowExposed(active) || !QTest::qWaitForWindowExposed(other))
        return false;
    active->activateWindow();
    return QTest::qWaitForWindowActive(active);
}

} // namespace WindowTest
