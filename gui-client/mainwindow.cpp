#include "mainwindow.h"

#include "chatinput.h"
#include "connectionstatus.h"
#include "logindialog.h"
#include "memberlist.h"
#include "messagedelegate.h"
#include "names.h"
#include "protocol.h"
#include "slashcommand.h"

#include <QApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QLoggingCategory>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcUi, "chat.client.ui")

namespace {
constexpr int FirstHistoryPage = 50;
constexpr int OlderHistoryPage = 100;
constexpr int FollowSlackPixels = 4; // this close to the bottom counts as at the bottom

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

MainWindow::MainWindow(ChatClient &client, QWidget *parent)
    : QMainWindow(parent), m_client(client), m_roomList(new QListWidget(this)), m_view(new QListView(this)),
      m_delegate(new MessageDelegate(this)), m_typing(new QLabel(this)), m_input(new ChatInput(this)),
      m_memberList(new MemberList(this)), m_status(new ConnectionStatus(client, this)), m_typists(this)
{
    setWindowTitle(tr("Chat Room"));
    setWindowIcon(QIcon(u":/icons/app.png"_s));
    m_roomList->setObjectName(u"rooms"_s);
    m_view->setObjectName(u"messages"_s);
    m_typing->setObjectName(u"typing"_s);
    m_input->setObjectName(u"input"_s);
    m_view->setItemDelegate(m_delegate);
    m_view->setWordWrap(true);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setLayoutMode(QListView::Batched);
    m_view->setBatchSize(200);
    m_typing->setTextFormat(Qt::PlainText);
    m_typing->setMinimumHeight(m_typing->fontMetrics().height());
    m_input->setPlaceholderText(tr("Type a message, or /help for commands"));

    auto *roomsPane = new QWidget(this);
    auto *roomsLayout = new QVBoxLayout(roomsPane);
    roomsLayout->setContentsMargins(0, 0, 0, 0);
    roomsLayout->addWidget(new QLabel(tr("Rooms"), roomsPane));
    roomsLayout->addWidget(m_roomList);
    auto *center = new QWidget(this);
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->addWidget(m_view, 1);
    centerLayout->addWidget(m_typing);
    centerLayout->addWidget(m_input);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(roomsPane);
    splitter->addWidget(center);
    splitter->addWidget(m_memberList);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({150, 560, 150});
    setCentralWidget(splitter);
    statusBar()->addPermanentWidget(m_status);
    resize(900, 560);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(u":/icons/app.png"_s), this);
        m_tray->show();
    }

    // The view sticks to the newest message unless the user scrolled up to read, also when a tall message
    // is laid out after it arrived or the window's width changes the messages' heights.
    QScrollBar *bar = m_view->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this,
            [this, bar](int value) { m_followNewest = value >= bar->maximum() - FollowSlackPixels; });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int max) {
        if (m_followNewest)
            bar->setValue(max);
    });
    connect(m_input, &ChatInput::submitted, this, &MainWindow::onSubmitted);
    connect(m_input, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!text.isEmpty() && !text.startsWith(u'/'))
            m_client.noteTyping(m_current);
    });
    connect(m_roomList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_rooms.size())
            showRoom(m_rooms[row]);
    });
    connect(m_delegate, &MessageDelegate::linkActivated, this, &MainWindow::openLink);
    connect(&m_typists, &TypingTracker::changed, this, &MainWindow::refreshTyping);

    connect(&m_client, &ChatClient::joinedRoom, this, &MainWindow::onJoined);
    connect(&m_client, &ChatClient::leftRoom, this, &MainWindow::onLeft);
    connect(&m_client, &ChatClient::chatReceived, this, &MainWindow::onChat);
    connect(&m_client, &ChatClient::privateReceived, this, &MainWindow::onPrivate);
    connect(&m_client, &ChatClient::noticeReceived, this, &MainWindow::onNotice);
    connect(&m_client, &ChatClient::historyReceived, this, &MainWindow::onHistory);
    connect(&m_client, &ChatClient::requestFailed, this, &MainWindow::onRequestFailed);
    connect(&m_client, &ChatClient::usersReceived, this, &MainWindow::onUsers);
    connect(&m_client, &ChatClient::typingChanged, this, [this](const Msg::Typing &t) {
        if (t.user && *t.user != m_client.username())
            m_typists.update(t.room, *t.user, t.active, t.ttlMs.value_or(0));
    });
    connect(&m_client, &ChatClient::roomsReceived, this, [this](const Msg::RoomList &list) {
        QStringList lines;
        for (const Msg::RoomInfo &r : list.rooms)
            lines << tr("%1 (%n member(s))", nullptr, r.members).arg(r.name);
        addInfo(tr("Rooms: %1").arg(lines.join(u", "_s)));
    });
    connect(&m_client, &ChatClient::acknowledged, this, [this](const Msg::Ack &ack) { m_unconfirmed.remove(ack.ref); });
    connect(&m_client, &ChatClient::reconnectScheduled, this, [this](int delayMs, const QString &reason) {
        m_unconfirmed.clear(); // a new connection answers none of the old requests
        m_typists.clear();
        addInfo(tr("%1 Reconnecting in %n second(s)…", nullptr, (delayMs + 999) / 1000).arg(reason),
                MessageEntry::Kind::Error);
    });
    connect(&m_client, &ChatClient::authenticated, this, [this](const Msg::AuthOk &auth) {
        if (auth.resumed)
            addInfo(tr("Reconnected."));
        setWindowTitle(tr("Chat Room – %1").arg(auth.username));
    });
    connect(&m_client, &ChatClient::authFailed, this, [this](const QString &code, const QString &message) {
        if (m_client.state() == ChatClient::State::Disconnected)
            addInfo(LoginDialog::describeError(code, message), MessageEntry::Kind::Error);
    });
}

QString MainWindow::typingText() const
{
    return m_typing->text();
}

QStringList MainWindow::members(const QString &room) const
{
    return m_memberList->members(room);
}

MessageModel *MainWindow::ensureModel(const QString &room)
{
    MessageModel *&model = m_models[room];
    if (!model) {
        model = new MessageModel(MessageModel::DefaultLimit, this);
        connect(model, &MessageModel::olderMessagesWanted, this,
                [this, room](qint64 before) { m_client.requestHistory(room, before, std::nullopt, OlderHistoryPage); });
    }
    return model;
}

void MainWindow::showRoom(const QString &room)
{
    if (!m_rooms.contains(room))
        return;
    m_current = room;
    m_unread.remove(room);
    m_view->setModel(ensureModel(room));
    m_followNewest = true;
    m_view->scrollToBottom();
    const int row = int(m_rooms.indexOf(room));
    if (m_roomList->currentRow() != row)
        m_roomList->setCurrentRow(row);
    refreshRooms();
    m_memberList->showRoom(room);
    refreshTyping(room);
}

void MainWindow::onJoined(const Msg::Joined &joined)
{
    m_memberList->setMembers(joined.room, joined.members, joined.total);
    const bool fresh = !m_rooms.contains(joined.room);
    MessageModel *model = ensureModel(joined.room);
    if (fresh) {
        m_rooms.append(joined.room);
        if (model->rowCount() == 0)
            m_client.requestHistory(joined.room, std::nullopt, std::nullopt, FirstHistoryPage);
    }
    refreshRooms();
    if (fresh || m_current.isEmpty())
        showRoom(joined.room);
}

void MainWindow::onLeft(const QString &room)
{
    m_rooms.removeAll(room);
    m_memberList->forgetRoom(room);
    m_unread.remove(room);
    if (m_current == room)
        m_current.clear();
    refreshRooms();
    if (m_current.isEmpty() && !m_rooms.isEmpty())
        showRoom(m_rooms.first());
}

void MainWindow::addLine(const QString &room, MessageEntry entry, bool shouldNotify)
{
    MessageModel *model = ensureModel(room);
    model->append(entry); // the view follows it if it was at the newest message (see m_followNewest)
    if (!shouldNotify)
        return;
    if (room != m_current) {
        ++m_unread[room];
        refreshRooms();
    }
    if (!isActiveWindow())
        notify(entry.from, entry.text);
}

void MainWindow::addInfo(const QString &text, MessageEntry::Kind kind)
{
    if (m_current.isEmpty())
        return statusBar()->showMessage(text, 10'000);
    addLine(m_current, MessageEntry{kind, 0, {}, {}, text, nowMs(), false});
}

void MainWindow::onChat(const Msg::ChatMessage &m)
{
    const bool own = m.from == m_client.username();
    m_typists.userLeft(m.room, m.from);
    addLine(m.room,
            MessageEntry{
                own ? MessageEntry::Kind::Own : MessageEntry::Kind::Chat, m.id, m.from, {}, m.text, m.ts, m.action},
            !own);
}

void MainWindow::onPrivate(const Msg::PrivateMessage &m)
{
    if (m_current.isEmpty())
        return;
    addLine(m_current, MessageEntry{MessageEntry::Kind::Private, 0, m.from, m.to, m.text, m.ts, m.action}, true);
}

void MainWindow::onNotice(const Msg::Notice &n)
{
    const QString room = n.room.value_or(m_current);
    const QString user = n.user.value_or(QString());
    switch (n.event) {
    case Msg::NoticeEvent::Join:
        m_memberList->memberJoined(room, user);
        break;
    case Msg::NoticeEvent::Leave:
    case Msg::NoticeEvent::Timeout:
    case Msg::NoticeEvent::Kicked:
        if (n.room) {
            m_memberList->memberLeft(room, user);
            m_typists.userLeft(room, user);
        }
        break;
    case Msg::NoticeEvent::Shutdown:
        statusBar()->showMessage(tr("The server is shutting down: %1").arg(n.text), 30'000);
        break;
    default:
        break;
    }
    if (room.isEmpty())
        return statusBar()->showMessage(n.text, 30'000);
    const bool important = n.event == Msg::NoticeEvent::Broadcast || n.event == Msg::NoticeEvent::Shutdown ||
                           n.event == Msg::NoticeEvent::Replaced || (n.event == Msg::NoticeEvent::Kicked && !n.room);
    addLine(room,
            MessageEntry{
                important ? MessageEntry::Kind::Error : MessageEntry::Kind::Notice, 0, {}, {}, n.text, n.ts, false},
            important);
}

void MainWindow::onHistory(const Msg::HistoryReply &history, bool catchUp)
{
    MessageModel *model = ensureModel(history.room);
    QList<MessageEntry> entries;
    for (const Msg::ChatMessage &m : history.messages) {
        const bool own = m.from == m_client.username();
        entries.append(
            {own ? MessageEntry::Kind::Own : MessageEntry::Kind::Chat, m.id, m.from, {}, m.text, m.ts, m.action});
    }
    if (catchUp && model->newestId() > 0) {
        // Missed while disconnected: these go below what is shown.
        if (!entries.isEmpty())
            addLine(history.room,
                    MessageEntry{MessageEntry::Kind::Notice,
                                 0,
                                 {},
                                 {},
                                 tr("%n message(s) arrived while you were away.", nullptr, int(entries.size())),
                                 nowMs(),
                                 false});
        for (const MessageEntry &e : std::as_const(entries))
            addLine(history.room, e);
        return;
    }
    model->prepend(entries, history.more);
    if (m_view->model() == model && model->rowCount() <= int(entries.size()) + 1)
        m_view->scrollToBottom();
}

void MainWindow::onRequestFailed(const Msg::ErrorReply &error)
{
    // A message the server did not take goes back into an empty input line, to be sent again or edited.
    if (const QString line = error.ref ? m_unconfirmed.take(*error.ref) : QString();
        !line.isEmpty() && m_input->text().isEmpty())
        m_input->setText(line);
    if (error.errorCode() == ErrorCode::RateLimited) {
        const qint64 seconds = (error.retryAfterMs.value_or(1000) + 999) / 1000;
        addInfo(tr("You are sending too fast; wait %n second(s) and send it again.", nullptr, int(seconds)),
                MessageEntry::Kind::Error);
        return;
    }
    addInfo(LoginDialog::describeError(error.code, error.message), MessageEntry::Kind::Error);
}

void MainWindow::onUsers(const Msg::UserList &users)
{
    QStringList names;
    for (const Msg::UserInfo &u : users.users)
        names << u.name;
    QString list = names.join(u", "_s);
    if (users.total && *users.total > names.size())
        list = tr("%1 and %n more", nullptr, int(*users.total - names.size())).arg(list);
    addInfo(users.room ? tr("In %1: %2").arg(*users.room, list) : tr("Online: %1").arg(list));
}

void MainWindow::onSubmitted(const QString &line)
{
    const SlashCommand c = SlashCommand::parse(line);
    switch (c.kind) {
    case SlashCommand::Kind::Message:
    case SlashCommand::Kind::Me:
        if (m_current.isEmpty())
            return addInfo(tr("Join a room first: /join <room>"), MessageEntry::Kind::Error);
        m_unconfirmed.insert(m_client.say(m_current, c.argument, c.kind == SlashCommand::Kind::Me), line);
        break;
    case SlashCommand::Kind::Msg:
        m_unconfirmed.insert(m_client.whisper(c.argument, c.text), line);
        if (!m_current.isEmpty())
            addLine(m_current, MessageEntry{MessageEntry::Kind::Private, 0, m_client.username(), c.argument, c.text,
                                            nowMs(), false});
        break;
    case SlashCommand::Kind::Help:
        addInfo(tr("Commands: /join <room>, /leave, /msg <user> <text>, /me <action>, /users, /rooms, /clear, "
                   "/exit. Start a message with // to send a line beginning with /."));
        break;
    case SlashCommand::Kind::Clear:
        if (MessageModel *model = m_models.value(m_current))
            model->clear();
        break;
    case SlashCommand::Kind::Exit:
        m_client.stop();
        close();
        break;
    case SlashCommand::Kind::Users:
        m_client.requestUsers(m_current.isEmpty() ? std::nullopt : std::optional<QString>(m_current));
        break;
    case SlashCommand::Kind::Rooms:
        m_client.requestRooms();
        break;
    case SlashCommand::Kind::Join:
        if (auto problem = Names::roomNameProblem(c.argument))
            return addInfo(tr("A room name has 1 to 32 characters: letters a–z, digits, '_' and '-'."),
                           MessageEntry::Kind::Error);
        if (m_rooms.contains(c.argument.toLower()))
            showRoom(c.argument.toLower());
        else
            m_client.join(c.argument);
        break;
    case SlashCommand::Kind::Leave:
        if (!c.argument.isEmpty() || !m_current.isEmpty())
            m_client.leave(c.argument.isEmpty() ? m_current : c.argument.toLower());
        break;
    case SlashCommand::Kind::Unknown:
        addInfo(tr("There is no command /%1. Type /help for the list.").arg(c.argument), MessageEntry::Kind::Error);
        break;
    case SlashCommand::Kind::Usage: {
        const QString usage = c.argument == "join"_L1 ? SlashCommand::usage(SlashCommand::Kind::Join)
                              : c.argument == "me"_L1 ? SlashCommand::usage(SlashCommand::Kind::Me)
                                                      : SlashCommand::usage(SlashCommand::Kind::Msg);
        addInfo(tr("Usage: %1").arg(usage), MessageEntry::Kind::Error);
        break;
    }
    }
}

void MainWindow::refreshRooms()
{
    const QSignalBlocker block(m_roomList);
    m_roomList->clear();
    for (const QString &room : std::as_const(m_rooms)) {
        const int count = m_unread.value(room);
        m_roomList->addItem(count > 0 ? tr("%1 (%2)").arg(room).arg(count) : room);
    }
    m_roomList->setCurrentRow(int(m_rooms.indexOf(m_current)));
}

void MainWindow::refreshTyping(const QString &room)
{
    if (room == m_current)
        m_typing->setText(TypingTracker::describe(m_typists.typists(room)));
}

void MainWindow::notify(const QString &title, const QString &text)
{
    // Desktop notification services read the body as markup (KDE's even loads images), and Qt passes it
    // on as it is: with '<' swapped for a look-alike no tag can form, in either kind of tray.
    QString body = MessageDelegate::displayText(text.left(200));
    body.replace(u'<', QChar(0xFF1C)); // FULLWIDTH LESS-THAN SIGN
    emit notified(title, body);
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(title, body, QSystemTrayIcon::Information, 5000);
}

void MainWindow::openLink(const QUrl &url)
{
    if (MessageDelegate::isSafeLink(url))
        QDesktopServices::openUrl(url);
    else
        qCWarning(lcUi) << "refused to open a link with scheme" << url.scheme();
}
