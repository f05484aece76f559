#include "chatwindow.h"

#include "composeredit.h"
#include "messagedelegate.h"
#include "messagemodel.h"
#include "translations.h"

#include <QtCore/QDir>
#include <QtCore/QLibraryInfo>
#include <QtCore/QLockFile>
#include <QtCore/QProcess>
#include <QtCore/QSettings>
#include <QtCore/QTranslator>
#include <QtGui/QAction>
#include <QtGui/QActionGroup>
#include <QtGui/QClipboard>
#include <QtGui/QCloseEvent>
#include <QtGui/QDesktopServices>
#include <QtGui/QMouseEvent>
#include <QtGui/QGuiApplication>
#include <QtGui/QScreen>
#include <QtWidgets/QApplication>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QFrame>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListView>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QStyle>
#include <QtWidgets/QToolButton>

#include <algorithm>

namespace {

// Enough for a screenful of windows; more instances simply get no remembered geometry.
constexpr int GeometrySlotCount = 16;
constexpr int StatusMessageMs = 10000;

QPointer<QTranslator> appTranslator;
QPointer<QTranslator> qtTranslator;
QString appLanguage;

struct LanguageChoice
{
    const char *code;
    const char *nativeName; // shown in its own language, so it is deliberately not translated
};
constexpr LanguageChoice languageChoices[] = {
    { "en", "English" },
    { "de", "Deutsch" },
    { "fr", "Français" },
    { "es", "Español" },
    { "ja", "日本語" },
};

QSettings settings()
{
    return QSettings(QStringLiteral("ShmChat"), QStringLiteral("shmchat"));
}

void setPlainLabel(QLabel *label)
{
    // Labels here show peer nicknames, room names and error text: never interpret them.
    label->setTextFormat(Qt::PlainText);
}

} // namespace

// --- static helpers -----------------------------------------------------------------------

void ChatWindow::applyLanguage(const QString &language)
{
    if (appTranslator) {
        QCoreApplication::removeTranslator(appTranslator);
        delete appTranslator;
    }
    if (qtTranslator) {
        QCoreApplication::removeTranslator(qtTranslator);
        delete qtTranslator;
    }
    appLanguage = language;
    appTranslator = ShmChat::installTranslation(language);
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    // Qt's own strings (dialog buttons, context menus) when the system has them installed.
    auto *qt = new QTranslator(qApp);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        qtTranslator = qt;
    } else {
        delete qt;
    }
}

QString ChatWindow::currentLanguage()
{
    return appLanguage;
}

QString ChatWindow::defaultNickname()
{
    const QStringList candidates = {
        settings().value(QStringLiteral("nickname")).toString(),
        qEnvironmentVariable("USER"),
        qEnvironmentVariable("USERNAME"),
    };
    for (const QString &candidate : candidates) {
        if (!candidate.isEmpty() && IpcChannel::checkNickname(candidate).isEmpty())
            return candidate;
    }
    return QStringLiteral("guest");
}

// --- construction -------------------------------------------------------------------------

ChatWindow::ChatWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent),
      m_channel(new IpcChannel(this)),
      m_model(new MessageModel(this)),
      m_room(options.room),
      m_nickname(options.nickname.isEmpty() ? defaultNickname() : options.nickname)
{
    m_channel->setPollInterval(options.pollInterval);
    buildUi();
    buildMenus();
    retranslateUi();

    connect(m_channel, &IpcChannel::messageReceived, this, &ChatWindow::onMessageReceived);
    connect(m_channel, &IpcChannel::messagesMissed, m_model, &MessageModel::appendMissed);
    connect(m_channel, &IpcChannel::membersChanged, this, &ChatWindow::updateMembers);
    connect(m_channel, &IpcChannel::stateChanged, this, [this](IpcChannel::State state) {
        if (state == IpcChannel::State::Joined)
            m_model->setSelfId(m_channel->memberId());
        updateComposerState();
        updateStatus();
    });
    connect(m_channel, &IpcChannel::joinFailed, this, [this](const QString &reason) {
        showBanner(reason, true);
    });
    connect(m_channel, &IpcChannel::nicknameChanged, this, [this](const QString &nickname) {
        m_nickname = nickname;
        updateTitle();
    });
    connect(m_channel, &IpcChannel::sendFailed, this, &ChatWindow::onSendFailed);
    connect(m_channel, &IpcChannel::messageSent, this, [this] {
        // A queued message made it after all; an old failure notice no longer applies.
        m_sendErrorLabel->clear();
        m_sendErrorLabel->hide();
    });
    connect(m_channel, &IpcChannel::errorOccurred, this, [this](const QString &message) {
        showBanner(message, m_channel->state() != IpcChannel::State::Joined);
    });

    // From the font, so that the window suits the screen's DPI and the user's font size.
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 32);
    if (options.useGeometrySlot)
        claimGeometrySlot();

    m_composer->setFocus();
    joinRoom(m_room);
}

ChatWindow::~ChatWindow()
{
    // Leave (announced by the channel's destructor) while the window's parts still exist.
    delete m_channel;
    m_channel = nullptr;
}

void ChatWindow::buildUi()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    m_banner = new QFrame(central);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::AlternateBase);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    auto *bannerIcon = new QLabel(m_banner);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    bannerIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                              .pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    m_bannerLabel = new QLabel(m_banner);
    setPlainLabel(m_bannerLabel);
    m_bannerLabel->setWordWrap(true);
    m_bannerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retryButton = new QPushButton(m_banner);
    m_dismissButton = new QPushButton(m_banner);
    bannerLayout->addWidget(bannerIcon, 0, Qt::AlignTop);
    bannerLayout->addWidget(m_bannerLabel, 1);
    bannerLayout->addWidget(m_retryButton);
    bannerLayout->addWidget(m_dismissButton);
    m_banner->hide();
    connect(m_retryButton, &QPushButton::clicked, this, [this] { joinRoom(m_room); });
    connect(m_dismissButton, &QPushButton::clicked, this, &ChatWindow::hideBanner);
    layout->addWidget(m_banner);

    auto *splitter = new QSplitter(Qt::Horizontal, central);
    layout->addWidget(splitter, 1);

    auto *chatPane = new QWidget(splitter);
    auto *chatLayout = new QVBoxLayout(chatPane);
    chatLayout->setContentsMargins(0, 0, 0, 0);

    m_view = new QListView(chatPane);
    m_view->setModel(m_model);
    m_delegate = new MessageDelegate(m_view);
    m_view->setItemDelegate(m_delegate);
    m_view->setMouseTracking(true); // for the pointing hand over links
    m_view->viewport()->installEventFilter(this);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setUniformItemSizes(false);
    // Laying out a new row (wrapping its text) costs tens of microseconds; under a flood a poll
    // brings thousands. In batches the view does a slice per event-loop turn, so the window
    // keeps answering while it catches up.
    m_view->setLayoutMode(QListView::Batched);
    m_view->setBatchSize(64);
    m_view->setWordWrap(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->installEventFilter(this);
    chatLayout->addWidget(m_view, 1);

    // A child of the view, not of its viewport: viewport children move when the content scrolls.
    m_newMessagesButton = new QToolButton(m_view);
    m_newMessagesButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_newMessagesButton->setAutoRaise(false);
    m_newMessagesButton->setCursor(Qt::PointingHandCursor);
    m_newMessagesButton->hide();
    connect(m_newMessagesButton, &QToolButton::clicked, this, &ChatWindow::scrollToNewest);

    QScrollBar *bar = m_view->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        m_stickToBottom = value >= bar->maximum() - 2;
        if (m_stickToBottom)
            m_newMessagesButton->hide();
    });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int maximum) {
        if (m_stickToBottom)
            bar->setValue(maximum);
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_stickToBottom) {
            m_newMessagesButton->show();
            placeNewMessagesButton();
        }
    });

    auto *composerRow = new QHBoxLayout;
    m_composer = new ComposerEdit(chatPane);
    m_composer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    composerRow->addWidget(m_composer, 1);
    auto *sendColumn = new QVBoxLayout;
    m_sendButton = new QPushButton(chatPane);
    m_sendButton->setDefault(false);
    m_sendButton->setAutoDefault(false);
    m_remainingLabel = new QLabel(chatPane);
    setPlainLabel(m_remainingLabel);
    m_remainingLabel->setAlignment(Qt::AlignCenter);
    m_remainingLabel->hide();
    sendColumn->addWidget(m_sendButton);
    sendColumn->addWidget(m_remainingLabel);
    sendColumn->addStretch(1);
    composerRow->addLayout(sendColumn);
    chatLayout->addLayout(composerRow);

    m_sendErrorLabel = new QLabel(chatPane);
    setPlainLabel(m_sendErrorLabel);
    m_sendErrorLabel->setWordWrap(true);
    m_sendErrorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sendErrorLabel->hide();
    chatLayout->addWidget(m_sendErrorLabel);

    connect(m_composer, &ComposerEdit::submitRequested, this, &ChatWindow::sendComposerText);
    connect(m_sendButton, &QPushButton::clicked, this, &ChatWindow::sendComposerText);
    connect(m_composer, &QPlainTextEdit::textChanged, this, [this] {
        updateComposerState();
        updateRemaining();
    });

    auto *membersPane = new QWidget(splitter);
    auto *membersLayout = new QVBoxLayout(membersPane);
    membersLayout->setContentsMargins(0, 0, 0, 0);
    m_membersHeading = new QLabel(membersPane);
    setPlainLabel(m_membersHeading);
    m_memberList = new QListWidget(membersPane);
    m_memberList->setSelectionMode(QAbstractItemView::NoSelection);
    m_membersHeading->setBuddy(m_memberList);
    membersLayout->addWidget(m_membersHeading);
    membersLayout->addWidget(m_memberList, 1);

    splitter->addWidget(chatPane);
    splitter->addWidget(membersPane);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);
    const int membersWidth = fontMetrics().averageCharWidth() * 18;
    splitter->setSizes({ membersWidth * 4, membersWidth });

    setCentralWidget(central);

    m_roomStatus = new QLabel(this);
    setPlainLabel(m_roomStatus);
    m_memberCountStatus = new QLabel(this);
    setPlainLabel(m_memberCountStatus);
    statusBar()->addPermanentWidget(m_roomStatus);
    statusBar()->addPermanentWidget(m_memberCountStatus);

    setTabOrder(m_composer, m_sendButton);
    setTabOrder(m_sendButton, m_view);
    setTabOrder(m_view, m_memberList);
    setTabOrder(m_memberList, m_retryButton);
    setTabOrder(m_retryButton, m_dismissButton);
}

void ChatWindow::buildMenus()
{
    m_chatMenu = menuBar()->addMenu(QString());
    m_nicknameAction = m_chatMenu->addAction(QString(), this, &ChatWindow::askNickname);
    m_nicknameAction->setShortcut(Qt::Key_F2);
    m_roomAction = m_chatMenu->addAction(QString(), this, &ChatWindow::askRoom);
    m_roomAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_newWindowAction = m_chatMenu->addAction(QString(), this, &ChatWindow::openNewWindow);
    m_newWindowAction->setShortcut(QKeySequence::New);
    m_chatMenu->addSeparator();
    m_quitAction = m_chatMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    // Only while the message list has focus, so that Ctrl+C in the composer still copies its text.
    m_copyAction = new QAction(this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyAction, &QAction::triggered, this, &ChatWindow::copySelection);
    m_view->addAction(m_copyAction);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    m_systemLanguageAction = m_languageMenu->addAction(QString());
    m_systemLanguageAction->setCheckable(true);
    m_systemLanguageAction->setData(QString());
    m_languageGroup->addAction(m_systemLanguageAction);
    m_languageMenu->addSeparator();
    for (const LanguageChoice &choice : languageChoices) {
        QAction *action = m_languageMenu->addAction(QString::fromUtf8(choice.nativeName));
        action->setCheckable(true);
        action->setData(QString::fromLatin1(choice.code));
        m_languageGroup->addAction(action);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this, [](QAction *action) {
        applyLanguage(action->data().toString());
    });

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &ChatWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void ChatWindow::retranslateUi()
{
    m_chatMenu->setTitle(tr("&Chat"));
    m_nicknameAction->setText(tr("Change &Nickname…"));
    m_roomAction->setText(tr("Switch &Room…"));
    m_newWindowAction->setText(tr("New &Window"));
    m_quitAction->setText(tr("&Quit"));
    m_copyAction->setText(tr("&Copy"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguageAction->setText(tr("System Default"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About ShmChat"));
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == currentLanguage());

    m_retryButton->setText(tr("&Retry"));
    m_dismissButton->setText(tr("Dismiss"));
    m_banner->setAccessibleName(tr("Connection problem"));
    m_sendButton->setText(tr("Send"));
    m_sendButton->setAccessibleName(tr("Send message"));
    m_composer->setPlaceholderText(tr("Write a message… (Enter sends, Shift+Enter starts a new line)"));
    m_composer->setAccessibleName(tr("Message"));
    m_view->setAccessibleName(tr("Messages"));
    m_newMessagesButton->setText(tr("New messages ↓"));
    m_newMessagesButton->setAccessibleName(tr("Scroll to new messages"));
    m_newMessagesButton->adjustSize();
    m_membersHeading->setText(tr("&Members"));
    m_memberList->setAccessibleName(tr("Members"));
    m_sendErrorLabel->setAccessibleName(tr("Send error"));
    m_remainingLabel->setAccessibleName(tr("Remaining message length"));

    m_model->retranslate();
    placeNewMessagesButton();
    updateTitle();
    updateMembers();
    updateRemaining();
    updateStatus();
}

// --- behaviour ----------------------------------------------------------------------------

bool ChatWindow::joinRoom(const QString &room)
{
    const QString problem = IpcChannel::checkRoomName(room);
    if (!problem.isEmpty()) {
        showBanner(problem, false);
        return false;
    }
    m_room = room;
    m_model->clear();
    m_historyMarked = false;
    m_unread = 0;
    m_stickToBottom = true;
    m_newMessagesButton->hide();
    // Hidden first: a successful join may itself report something (a room it had to repair)
    // through errorOccurred, and that must stay visible.
    hideBanner();
    m_model->setSelfId(0);
    // Joined now, or joining: the rest arrives through stateChanged() or joinFailed().
    const bool joined = m_channel->join(room, m_nickname);
    if (!joined)
        showBanner(m_channel->errorString(), true);
    updateTitle();
    updateMembers();
    updateComposerState();
    updateStatus();
    return joined;
}

bool ChatWindow::changeNickname(const QString &nickname)
{
    if (!m_channel->setNickname(nickname)) {
        statusBar()->showMessage(m_channel->errorString(), StatusMessageMs);
        return false;
    }
    m_nickname = nickname;
    settings().setValue(QStringLiteral("nickname"), nickname);
    updateTitle();
    return true;
}

bool ChatWindow::sendComposerText()
{
    QString text = m_composer->toPlainText();
    // Trailing blank lines are an accident of typing, not part of the message.
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    if (text.trimmed().isEmpty())
        return false;
    if (!m_channel->sendMessage(text)) {
        m_sendErrorLabel->setText(m_channel->errorString());
        m_sendErrorLabel->show();
        return false;
    }
    m_composer->clear();
    m_sendErrorLabel->clear();
    m_sendErrorLabel->hide();
    scrollToNewest();
    return true;
}

void ChatWindow::onSendFailed(const QString &text, const QString &reason)
{
    m_sendErrorLabel->setText(reason);
    m_sendErrorLabel->show();
    // The composer was cleared when the message was queued; give the words back unless the
    // user has started on something else.
    if (m_composer->toPlainText().isEmpty())
        m_composer->setPlainText(text);
}

void ChatWindow::onMessageReceived(const ChatMessage &message)
{
    if (message.history && !m_historyMarked) {
        m_model->appendHistoryStart();
        m_historyMarked = true;
    }
    m_model->appendMessage(message);
    const bool fromPeer = message.kind == ChatMessage::Kind::Text && !message.history
                          && !(m_channel->memberId() != 0 && message.senderId == m_channel->memberId());
    if (fromPeer && !isActiveWindow()) {
        ++m_unread;
        updateTitle();
        QApplication::alert(this);
    }
}

void ChatWindow::copySelection()
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
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

void ChatWindow::scrollToNewest()
{
    m_stickToBottom = true;
    m_view->scrollToBottom();
    m_newMessagesButton->hide();
}

void ChatWindow::updateTitle()
{
    QString title = tr("ShmChat — %1 — %2", "window title: room, nickname").arg(m_room, m_nickname);
    if (m_unread > 0)
        title = tr("(%1) %2", "window title: unread count, title").arg(m_unread).arg(title);
    setWindowTitle(title);
}

void ChatWindow::updateMembers()
{
    QList<ChatMember> members = m_channel->members();
    std::sort(members.begin(), members.end(), [](const ChatMember &a, const ChatMember &b) {
        if (a.self != b.self)
            return a.self;
        const int order = QString::localeAwareCompare(a.name, b.name);
        return order != 0 ? order < 0 : a.id < b.id;
    });
    m_memberList->clear();
    const QColor base = m_memberList->palette().color(QPalette::Base);
    for (const ChatMember &member : std::as_const(members)) {
        auto *item = new QListWidgetItem(member.self ? tr("%1 (you)").arg(member.name) : member.name);
        item->setForeground(MessageDelegate::senderColor(member.name, base));
        if (member.self) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        m_memberList->addItem(item);
    }
    m_memberCountStatus->setText(tr("Members: %1").arg(members.size()));
}

void ChatWindow::updateComposerState()
{
    const bool joined = m_channel->state() == IpcChannel::State::Joined;
    m_sendButton->setEnabled(joined && !m_composer->toPlainText().trimmed().isEmpty());
}

void ChatWindow::updateRemaining()
{
    const int used = int(m_composer->toPlainText().toUtf8().size());
    const int limit = IpcChannel::MaxMessageBytes;
    // Quiet until the end is near: most messages are nowhere close to the limit.
    if (used < limit - limit / 10) {
        m_remainingLabel->hide();
        return;
    }
    const int left = limit - used;
    // Bytes, not characters: the limit is on UTF-8, where one character may take up to four.
    m_remainingLabel->setText(left >= 0 ? tr("Bytes left: %1").arg(left)
                                        : tr("Bytes over the limit: %1").arg(-left));
    // Weight rather than a colour: it stays legible in every theme.
    QFont font = m_remainingLabel->font();
    font.setBold(left < 0);
    m_remainingLabel->setFont(font);
    m_remainingLabel->show();
}

void ChatWindow::updateStatus()
{
    switch (m_channel->state()) {
    case IpcChannel::State::Joined:
        m_roomStatus->setText(tr("Room: %1").arg(m_room));
        break;
    case IpcChannel::State::Joining:
        m_roomStatus->setText(tr("Joining room %1…").arg(m_room));
        break;
    case IpcChannel::State::Disconnected:
        m_roomStatus->setText(tr("Not connected"));
        break;
    }
}

void ChatWindow::showBanner(const QString &text, bool offerRetry)
{
    m_bannerOffersRetry = offerRetry;
    m_bannerLabel->setText(text);
    m_retryButton->setVisible(offerRetry);
    m_banner->show();
}

void ChatWindow::hideBanner()
{
    m_banner->hide();
    m_bannerLabel->clear();
}

void ChatWindow::placeNewMessagesButton()
{
    if (!m_newMessagesButton)
        return;
    m_newMessagesButton->adjustSize();
    const QRect area = m_view->viewport()->geometry();
    const QSize size = m_newMessagesButton->sizeHint();
    const int margin = fontMetrics().height() / 2;
    m_newMessagesButton->setGeometry(area.center().x() - size.width() / 2,
                                     area.bottom() - size.height() - margin, size.width(), size.height());
    m_newMessagesButton->raise();
}

void ChatWindow::askNickname()
{
    QString nickname = m_nickname;
    for (;;) {
        bool ok = false;
        nickname = QInputDialog::getText(this, tr("Change Nickname"), tr("New nickname:"),
                                         QLineEdit::Normal, nickname, &ok);
        if (!ok || nickname == m_nickname)
            return;
        const QString problem = IpcChannel::checkNickname(nickname);
        if (problem.isEmpty() && changeNickname(nickname))
            return;
        QMessageBox box(QMessageBox::Warning, tr("Change Nickname"),
                        problem.isEmpty() ? m_channel->errorString() : problem, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
}

void ChatWindow::askRoom()
{
    QString room = m_room;
    for (;;) {
        bool ok = false;
        room = QInputDialog::getText(this, tr("Switch Room"), tr("Room to join:"), QLineEdit::Normal, room, &ok);
        if (!ok || (room == m_room && m_channel->state() == IpcChannel::State::Joined))
            return;
        const QString problem = IpcChannel::checkRoomName(room);
        if (problem.isEmpty()) {
            joinRoom(room);
            return;
        }
        QMessageBox box(QMessageBox::Warning, tr("Switch Room"), problem, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
}

void ChatWindow::openNewWindow()
{
    QStringList arguments{ QStringLiteral("--room"), m_room };
    if (!currentLanguage().isEmpty())
        arguments << QStringLiteral("--lang") << currentLanguage();
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments))
        statusBar()->showMessage(tr("Could not start a new window."), StatusMessageMs);
}

void ChatWindow::showAbout()
{
    QMessageBox box(QMessageBox::Information, tr("About ShmChat"),
                    tr("ShmChat %1\n\nChat between programs on this computer through shared memory.")
                        .arg(QCoreApplication::applicationVersion()),
                    QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

// --- window geometry per instance -------------------------------------------------------------

void ChatWindow::claimGeometrySlot()
{
    // A lock file per slot: the first free one is ours while we run, and a crashed holder's
    // lock is taken over because QLockFile checks whether its process still lives.
    for (int slot = 0; slot < GeometrySlotCount; ++slot) {
        auto lock = std::make_unique<QLockFile>(
            QDir::temp().filePath(QStringLiteral("shmchat-window-%1.lock").arg(slot)));
        lock->setStaleLockTime(0);
        if (lock->tryLock(0)) {
            m_geometrySlot = slot;
            m_slotLock = std::move(lock);
            break;
        }
    }
    const QByteArray saved = m_geometrySlot >= 0
        ? settings().value(QStringLiteral("geometry/%1").arg(m_geometrySlot)).toByteArray()
        : QByteArray();
    if (!saved.isEmpty() && restoreGeometry(saved))
        return;
    const QFontMetrics fm = fontMetrics();
    // Cascade, so that several new windows do not sit exactly on top of each other.
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QRect available = screen->availableGeometry();
        const int step = fm.height() * 2;
        const int n = qMax(0, m_geometrySlot);
        move(available.topLeft() + QPoint(step + n * step, step + n * step));
    }
}

void ChatWindow::saveGeometrySlot()
{
    if (m_geometrySlot >= 0)
        settings().setValue(QStringLiteral("geometry/%1").arg(m_geometrySlot), saveGeometry());
}

// --- events -------------------------------------------------------------------------------

void ChatWindow::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslateUi();
        break;
    case QEvent::ActivationChange:
        if (isActiveWindow() && m_unread > 0) {
            m_unread = 0;
            updateTitle();
        }
        break;
    case QEvent::PaletteChange:
        updateMembers(); // nickname colours depend on the background
        break;
    default:
        break;
    }
    QMainWindow::changeEvent(event);
}

void ChatWindow::closeEvent(QCloseEvent *event)
{
    saveGeometrySlot();
    QMainWindow::closeEvent(event);
}

bool ChatWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest))
        placeNewMessagesButton();
    if (watched == m_view->viewport()
        && (event->type() == QEvent::MouseMove || event->type() == QEvent::MouseButtonRelease)) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QPoint pos = mouse->position().toPoint();
        const QString link = m_delegate->linkAt(m_view, m_view->indexAt(pos), pos);
        if (event->type() == QEvent::MouseMove) {
            if (link.isEmpty())
                m_view->viewport()->unsetCursor();
            else
                m_view->viewport()->setCursor(Qt::PointingHandCursor);
        } else if (!link.isEmpty() && mouse->button() == Qt::LeftButton && mouse->modifiers() == Qt::NoModifier) {
            // findLinks() only matched strict http(s) URLs, so this opens a web page and nothing else.
            QDesktopServices::openUrl(QUrl(link, QUrl::StrictMode));
        }
    }
    return QMainWindow::eventFilter(watched, event);
}
