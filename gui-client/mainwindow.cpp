#include "mainwindow.h"

#include "chatinput.h"
#include "connectionstatus.h"
#include "emptyhint.h"
#include "historypager.h"
#include "memberlist.h"
#include "messageactions.h"
#include "messagedelegate.h"
#include "messagetext.h"
#include "messageupdates.h"
#include "messageview.h"
#include "names.h"
#include "narrowlayout.h"
#include "notifier.h"
#include "outgoingmessages.h"
#include "protocol.h"
#include "reconnectbanner.h"
#include "roomheader.h"
#include "roomlist.h"
#include "searchdialog.h"
#include "servertext.h"
#include "transferpanel.h"
#include "viewplacement.h"
#include "voiceplayer.h"
#include "voicerecorder.h"
#include "windowcommands.h"
#include "windowdialogs.h"
#include "windowfeed.h"
#include "windowfiles.h"
#include "windowmenus.h"
#include "windowvoice.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QLoggingCategory>
#include <QMimeData>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcUi, "chat.client.ui")

MainWindow::MainWindow(ChatClient &client, QWidget *parent)
    : QMainWindow(parent), m_client(client), m_roomList(new RoomList(this)), m_header(new RoomHeader(this)),
      m_banner(new ReconnectBanner(client, this)), m_view(new MessageView(this)), m_typing(new QLabel(this)),
      m_input(new ChatInput(this)), m_memberList(new MemberList(this)), m_status(new ConnectionStatus(client, this)),
      m_typists(this), m_read(client, this), m_menus(new WindowMenus(this))
{
    setWindowTitle(tr("Chat Room"));
    setWindowIcon(QIcon(u":/icons/app.svg"_s));
    m_typing->setObjectName(u"typing"_s);
    m_input->setObjectName(u"input"_s);
    m_input->setAccessibleName(tr("Message"));
    m_input->setAccessibleDescription(tr("Enter sends; Tab completes a name; Up recalls what you sent."));
    m_typing->setAccessibleName(tr("Who is typing"));
    m_typing->setTextFormat(Qt::PlainText);
    m_typing->setMinimumHeight(m_typing->fontMetrics().height());
    m_input->setPlaceholderText(tr("Type a message, or /help for commands"));
    m_placement = new ViewPlacement(m_view);
    m_emptyHint = new EmptyHint(m_view);
    const auto modelOf = [this](const QString &key) { return m_models.value(key); };
    const auto userOf = [this](const QString &key) { return m_roomList->conversationUser(key); };
    m_pager =
        new HistoryPager(client, {m_view, m_placement, &m_read, modelOf, userOf, [this] { return m_current; }}, this);
    m_outgoing = new OutgoingMessages(client, modelOf, userOf, this);
    m_actions = new MessageActions(
        client, m_view, modelOf,
        [this] { return !currentRoom().isEmpty() && m_feed->owner(currentRoom()) == m_client.username(); }, this);

    m_dialogs = new WindowDialogs(*this, client, m_roomList, m_memberList, m_input, m_view);
    m_commands = new WindowCommands(*this, client, m_header, m_actions, m_outgoing);
    auto *center = new QWidget(this);
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->addWidget(m_header);
    centerLayout->addWidget(m_banner);
    centerLayout->addWidget(m_view, 1);
    centerLayout->addWidget(m_typing);
    centerLayout->addWidget(m_actions->bar());
    m_files = new WindowFiles(this, client, m_input,
                              [this] { return WindowFiles::Place{currentRoom(), currentConversation()}; });
    centerLayout->addWidget(m_files->panel());
    m_voice = new WindowVoice(this, *m_files);
    centerLayout->addWidget(m_voice->indicator());
    auto *inputRow = new QHBoxLayout;
    inputRow->setContentsMargins(0, 0, 0, 0);
    inputRow->addWidget(m_files->attachButton());
    inputRow->addWidget(m_voice->button());
    inputRow->addWidget(m_input, 1);
    auto *emojiButton = new QToolButton(center);
    emojiButton->setObjectName(u"emojiButton"_s);
    emojiButton->setText(u"😀"_s);
    emojiButton->setToolTip(tr("Insert an emoji (Ctrl+;)"));
    emojiButton->setAccessibleName(tr("Insert an emoji"));
    emojiButton->setFocusPolicy(Qt::NoFocus); // Ctrl+; does it from the keyboard
    inputRow->addWidget(emojiButton);
    centerLayout->addLayout(inputRow);
    connect(emojiButton, &QToolButton::clicked, m_dialogs, &WindowDialogs::openEmojiPicker);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_roomList);
    splitter->addWidget(center);
    splitter->addWidget(m_memberList);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    m_narrow = new NarrowLayout(this, m_roomList, m_memberList, center);
    centerLayout->insertWidget(0, m_narrow->bar());
    splitter->setSizes({150, 560, 150});
    setCentralWidget(splitter);
    // Tab goes as the eye does: rooms, messages, the input, the people.
    setTabOrder(m_roomList->findChild<QListWidget *>(u"rooms"_s), m_view);
    setTabOrder(m_view, m_input);
    setTabOrder(m_input, m_memberList->findChild<QListWidget *>(u"users"_s));
    statusBar()->addPermanentWidget(m_status);
    resize(900, 560);

    m_notifier = new Notifier(this);
    connect(m_notifier, &Notifier::activated, this, &MainWindow::showEntry);

    // Whenever what is on screen may have changed: the newest seen is noted, older messages are asked
    // for at the top, and after a jump the next newer page at the bottom.
    const auto looked = [this] {
        noteSeen();
        m_pager->fetchIfAtEdge();
    };
    connect(m_placement, &ViewPlacement::moved, this, looked);
    connect(m_placement, &ViewPlacement::placed, this, looked);
    connect(m_placement, &ViewPlacement::markExpired, this, [this] {
        for (MessageModel *m : std::as_const(m_models))
            m->setMarked(0);
    });
    connect(m_input, &ChatInput::submitted, m_commands, &WindowCommands::run);
    connect(m_pager, &HistoryPager::jumpMissed, this, [this] { addInfo(tr("That message is no longer there.")); });
    connect(m_outgoing, &OutgoingMessages::givenBack, this, &MainWindow::giveBack);
    connect(m_outgoing, &OutgoingMessages::editGivenBack, this, &MainWindow::giveBackEdit);
    connect(m_outgoing, &OutgoingMessages::refused, this,
            [this](const QString &reason) { addInfo(reason, MessageEntry::Kind::Error); });
    connect(m_input, &ChatInput::pageRequested, this, [this](int direction) {
        m_view->verticalScrollBar()->triggerAction(direction < 0 ? QAbstractSlider::SliderPageStepSub
                                                                 : QAbstractSlider::SliderPageStepAdd);
    });
    connect(m_input, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!text.isEmpty() && !text.startsWith(u'/') && !currentRoom().isEmpty())
            m_client.noteTyping(m_current);
    });
    connect(m_roomList, &RoomList::selected, this, &MainWindow::showEntry);
    connect(m_roomList, &RoomList::selected, this, [this] { m_narrow->roomChosen(); });
    connect(m_narrow, &NarrowLayout::closedByKey, this, &MainWindow::focusInput);
    connect(m_narrow, &NarrowLayout::narrowChanged, m_status, &ConnectionStatus::setCompact);
    connect(m_view->delegate(), &MessageDelegate::linkActivated, this, &MainWindow::openLink);
    connect(m_view->delegate(), &MessageDelegate::quoteActivated, this, [this](qint64 id) { jumpTo(m_current, id); });
    connect(m_view->delegate(), &MessageDelegate::fileActivated, m_files, &WindowFiles::activate);
    connect(m_files, &WindowFiles::sentPrivately, this,
            [this](const Msg::PrivateMessage &m) { m_feed->addPrivate(m); });
    m_view->showFilesFrom(m_files->transfers(), m_files->cache(), m_voice->player());
    connect(m_files, &WindowFiles::playWanted, &m_voice->player(), &VoicePlayer::toggle);
    // Files dropped on the window, or an image pasted into the input, are sent where the window is.
    setAcceptDrops(true);
    m_input->installEventFilter(this);
    connect(m_actions, &MessageActions::editTextWanted, this, [this](const QString &text) {
        m_input->setText(text);
        m_input->setFocus();
    });
    connect(m_actions, &MessageActions::inputWanted, m_input, qOverload<>(&QWidget::setFocus));
    connect(m_actions, &MessageActions::directMessageWanted, this, &MainWindow::showConversation);
    connect(m_actions, &MessageActions::mentionWanted, this, &MainWindow::mention);
    connect(m_actions, &MessageActions::sendAgainWanted, this,
            [this](const QString &text, bool action) { send(m_current, text, action, text); });
    connect(m_memberList, &MemberList::directMessageWanted, this, &MainWindow::showConversation);
    connect(m_memberList, &MemberList::countChanged, m_header, &RoomHeader::setMemberCount);
    connect(m_memberList, &MemberList::mentionWanted, this, &MainWindow::mention);
    auto *cancel = new QShortcut(QKeySequence::Cancel, this);
    connect(cancel, &QShortcut::activated, this, [this] {
        if (m_voice->recorder().isRecording())
            return m_voice->finishRecording(true); // Escape: a recording is thrown away
        m_actions->cancel();                       // a reply or an edit being written is dropped
        m_narrow->closePanes();                    // and an open room list or people pane closes
        focusInput();
    });
    new MessageUpdates(m_client, modelOf, this);
    connect(&m_client, &ChatClient::messageDeleted, m_actions,
            [this](const Msg::Deleted &deletion) { m_actions->forget(deletion.place.id); });
    setUpMenus();
    applySettings(ClientSettings::load());
    connect(&m_typists, &TypingTracker::changed, this, &MainWindow::refreshTyping);

    m_feed = new WindowFeed(*this, client, {m_roomList, m_header, m_memberList, m_pager, &m_read, &m_typists});
    m_input->setCompletions([this] { return m_memberList->members(currentRoom()); });
    connect(&m_client, &ChatClient::authenticated, this, [this](const Msg::AuthOk &auth) {
        m_signedIn = true;
        m_memberList->setSelf(auth.username);
        if (auth.resumed)
            addInfo(tr("Reconnected."));
        setWindowTitle(auth.username); // the desktop adds "— Chat Room" (the application's display name)
    });
    connect(&m_client, &ChatClient::authFailed, this, [this](const QString &code, const QString &message) {
        // Before the first login the dialog shows it.
        if (m_signedIn && m_client.state() == ChatClient::State::Disconnected)
            addInfo(ServerText::error(code, message), MessageEntry::Kind::Error);
    });
}

MainWindow::~MainWindow()
{
    delete m_feed; // it fills m_read and m_typists, which go before the window's children
}

QString MainWindow::currentRoom() const
{
    return RoomList::isConversation(m_current) ? QString() : m_current;
}

qint64 MainWindow::markedId() const
{
    return m_placement->marked();
}

QString MainWindow::currentConversation() const
{
    return RoomList::isConversation(m_current) ? m_roomList->conversationUser(m_current) : QString();
}

MessageModel *MainWindow::conversationModel(const QString &user) const
{
    return m_models.value(RoomList::conversationKey(user));
}

int MainWindow::unread(const QString &room) const
{
    return m_roomList->unread(room);
}

int MainWindow::conversationUnread(const QString &user) const
{
    return m_roomList->unread(RoomList::conversationKey(user));
}

QString MainWindow::typingText() const
{
    return m_typing->text();
}

QString MainWindow::headerText() const
{
    return m_header->text();
}

QString MainWindow::reconnectText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

QStringList MainWindow::members(const QString &room) const
{
    return m_memberList->members(room);
}

MessageModel *MainWindow::ensureModel(const QString &key)
{
    MessageModel *&model = m_models[key];
    if (!model) {
        model = new MessageModel(MessageModel::DefaultLimit, this);
        model->setShowPresence(m_settings.showPresence);
        m_view->watch(model);
        m_pager->watch(key, model);
    }
    return model;
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    m_notifier->setActive(true); // the tray icon is the logged-in window's, not the login dialog's
    // Whatever is typed first, right after the login dialog, is a message.
    activateWindow();
    m_input->setFocus();
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    if (!event->spontaneous()) // hidden by the program (a log out), not minimised by the user
        m_notifier->setActive(false);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (WindowFiles::canTake(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (m_files->take(event->mimeData()))
        event->acceptProposedAction();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Paste into the input: an image on the clipboard (and no text) is sent as an image message.
    if (watched == m_input && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste)) {
        const QMimeData *clipboard = QGuiApplication::clipboard()->mimeData();
        if (clipboard && clipboard->hasImage() && !clipboard->hasText())
            return m_files->take(clipboard);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ActivationChange)
        noteSeen();
}

void MainWindow::noteSeen()
{
    if (m_current.isEmpty() || m_placement->isPlacing() || !isActiveWindow() || !m_placement->followsNewest())
        return;
    MessageModel *model = m_models.value(m_current);
    if (!model || model->hasNewerOnServer())
        return; // away from the newest messages (after a jump): nothing new was seen
    m_read.seen(m_current, model->newestId());
    m_notifier->withdraw(m_current); // read here: its notification has said what it had to
    // Messages watched as they arrive are not news: no line appears above them. A line already shown
    // stays until the room is left. (Not before any message is there: right after a login the room is
    // empty until its history comes, and a read position of 0 would make all of that history new.)
    if (model->firstUnreadRow() < 0 && model->newestId() > 0)
        model->setLastRead(std::max(model->newestId(), m_read.position(m_current)), m_client.username());
}

void MainWindow::showRoom(const QString &room)
{
    if (m_roomList->hasRoom(room))
        showEntry(room);
}

void MainWindow::showConversation(const QString &user)
{
    showEntry(openConversation(user));
}

QString MainWindow::openConversation(const QString &user)
{
    const QString key = RoomList::conversationKey(user);
    m_roomList->addConversation(user);
    ensureModel(key);
    return key;
}

void MainWindow::showEntry(const QString &key)
{
    if (!m_roomList->hasRoom(key) && !m_roomList->hasConversation(key))
        return;
    if (key != m_current) {
        // Each room and conversation keeps what was typed in it: a line must never go to another
        // person than the one it was written for (or given back from).
        m_actions->cancel(); // a reply or edit belongs to the room it was started in (its text goes with it)
        if (const QString draft = m_input->text(); !draft.isEmpty())
            m_drafts.insert(m_current, draft);
        else
            m_drafts.remove(m_current);
        m_input->setText(m_drafts.take(key));
        leaving(m_current);
    }
    m_current = key;
    MessageModel *model = ensureModel(key);
    model->setLastRead(m_read.position(key), m_client.username());
    m_placement->beginSwitch();
    m_view->showModel(model);
    m_emptyHint->watch(model);
    // A conversation's history is asked for when it is first opened, even if a message arrived before.
    if (RoomList::isConversation(key) && !m_historyAsked.contains(key)) {
        m_historyAsked.insert(key);
        m_pager->requestNewest(key);
    }
    // Opened at the first message not read yet, when there is one; else at the newest.
    m_placement->showNews(model);
    m_roomList->setCurrent(key);
    if (RoomList::isConversation(key))
        m_header->showConversation(m_roomList->conversationUser(key));
    else
        m_header->showRoom(key);
    m_memberList->showRoom(currentRoom());
    m_typing->clear();
    refreshTyping(key);
    m_input->setFocus();
    noteSeen();
}

void MainWindow::leaving(const QString &key)
{
    // Opening a room took its count away; what was not read there counts again. The server knows how many
    // that is (this window may not hold them all, after a jump): it answers a read position, even an
    // unchanged one, with the count after it (read_marker).
    MessageModel *model = m_models.value(key);
    if (!model || (model->firstUnreadRow() < 0 && !model->hasNewerOnServer()))
        return;
    if (RoomList::isConversation(key))
        m_client.markRead(std::nullopt, m_roomList->conversationUser(key), m_read.position(key));
    else if (m_roomList->hasRoom(key))
        m_client.markRead(key, std::nullopt, m_read.position(key));
}

void MainWindow::addLine(const QString &key, const MessageEntry &entry, bool announce)
{
    MessageModel *model = ensureModel(key);
    model->append(entry); // the view follows it if it was at the newest message (see ViewPlacement)
    if (key != m_current)
        return;
    noteSeen();
    if (announce) {
        // A screen reader says it when it is done speaking, without moving the user's focus.
        QAccessibleAnnouncementEvent said(m_view, model->index(model->rowCount() - 1).data().toString());
        said.setPoliteness(QAccessible::AnnouncementPoliteness::Polite);
        QAccessible::updateAccessibility(&said);
    }
}

void MainWindow::addInfo(const QString &text, MessageEntry::Kind kind)
{
    if (m_current.isEmpty())
        return statusBar()->showMessage(text, 10'000);
    addLine(m_current, MessageEntry::local(kind, text));
}

void MainWindow::jumpTo(const QString &key, qint64 id)
{
    if (key != m_current)
        showEntry(key);
    if (key == m_current)
        m_pager->jumpTo(key, id);
}

void MainWindow::send(const QString &key, const QString &text, bool action, const QString &line,
                      const std::optional<Msg::Quote> &reply)
{
    if (text.size() > Protocol::MaxTextLength)
        return refuse(line, tr("A message has at most %1 characters; this one has %2. Shorten it, or send it in "
                               "parts.")
                                .arg(QLocale().toString(Protocol::MaxTextLength), QLocale().toString(text.size())));
    if (MessageModel *model = m_models.value(key); model && model->hasNewerOnServer()) {
        // Read back in history after a jump: what is sent goes below the newest messages, so those come back.
        model->clear();
        m_pager->requestNewest(key);
    }
    addLine(key, m_outgoing->send(key, text, action, line, reply));
    if (key == m_current)
        m_placement->followNewest(); // what one sends, one sees go out
}

void MainWindow::giveBack(const QString &key, const QString &line, const QString &reason)
{
    // Marked as not delivered where it was shown (OutgoingMessages), the reason beside it, and the line back
    // in an empty input line, to be sent again or edited.
    addLine(key, MessageEntry::local(MessageEntry::Kind::Error, reason));
    if (key != m_current) {
        if (!m_drafts.contains(key))
            m_drafts.insert(key, line); // waits in its own room or conversation
    } else if (m_input->text().isEmpty()) {
        m_input->setText(line);
        m_input->selectAll(); // typing goes over it, rather than onto its end
    }
}

void MainWindow::refuse(const QString &line, const QString &reason)
{
    addInfo(reason, MessageEntry::Kind::Error);
    if (m_input->text().isEmpty()) {
        m_input->setText(line);
        m_input->selectAll();
    }
}

void MainWindow::giveBackEdit(const QString &key, qint64 id, const QString &text, const QString &reason)
{
    addLine(key, MessageEntry::local(MessageEntry::Kind::Error, tr("Not edited: %1").arg(reason)));
    if (key == m_current && m_input->text().isEmpty()) {
        m_actions->resumeEdit(id);
        m_input->setText(text);
    }
}

void MainWindow::closeConversation()
{
    if (!RoomList::isConversation(m_current))
        return;
    const QString key = m_current;
    m_roomList->removeConversation(key);
    entryClosed(key);
}

void MainWindow::entryClosed(const QString &key)
{
    if (m_current == key) {
        m_header->showNothing();
        m_current.clear();
    }
    if (m_current.isEmpty() && !m_roomList->rooms().isEmpty())
        showEntry(m_roomList->rooms().first());
}

void MainWindow::enterRoom(const QString &room, bool isPrivate)
{
    if (Names::roomNameProblem(room))
        return addInfo(ServerText::error(u"invalid_room"_s), MessageEntry::Kind::Error);
    if (m_roomList->hasRoom(room.toLower()))
        showEntry(room.toLower()); // in it already: shown
    else
        m_client.join(room, isPrivate);
}

void MainWindow::refreshTyping(const QString &room)
{
    if (room == m_current)
        m_typing->setText(TypingTracker::describe(m_typists.typists(room)));
}

void MainWindow::setUpMenus()
{
    connect(m_menus->joinRoom, &QAction::triggered, m_dialogs, &WindowDialogs::askToJoin);
    connect(m_menus->leaveRoom, &QAction::triggered, this, [this] { m_commands->run(u"/leave"_s); });
    connect(m_menus->directMessage, &QAction::triggered, m_dialogs, &WindowDialogs::askForDirectMessage);
    connect(m_menus->sendFiles, &QAction::triggered, m_files, &WindowFiles::chooseFiles);
    connect(m_menus->recordVoice, &QAction::triggered, m_voice, &WindowVoice::toggleRecording);
    connect(m_menus->devices, &QAction::triggered, m_dialogs, &WindowDialogs::showDevices);
    connect(m_menus->exportMessages, &QAction::triggered, this, [this] { m_commands->run(u"/export"_s); });
    connect(m_menus->logOut, &QAction::triggered, this, &MainWindow::logOutRequested);
    connect(m_menus->quit, &QAction::triggered, this, [this] { m_commands->run(u"/exit"_s); });
    m_menus->setCopyAction(m_actions->copyAction());
    connect(m_menus->search, &QAction::triggered, this, [this] { m_dialogs->openSearch()->startSearching(); });
    connect(m_menus->mentions, &QAction::triggered, this, [this] { m_dialogs->openSearch()->showMentions(); });
    connect(m_menus->quickSwitch, &QAction::triggered, m_dialogs, &WindowDialogs::openSwitcher);
    connect(m_menus->nextRoom, &QAction::triggered, this, [this] { showEntry(m_roomList->neighbour(m_current, 1)); });
    connect(m_menus->previousRoom, &QAction::triggered, this,
            [this] { showEntry(m_roomList->neighbour(m_current, -1)); });
    for (int i = 0; i < m_menus->roomByNumber.size(); ++i)
        connect(m_menus->roomByNumber[i], &QAction::triggered, this, [this, i] { showNumbered(i); });
    connect(m_menus->focusInput, &QAction::triggered, this, &MainWindow::focusInput);
    // Triggered, not toggled: the pane's own changes tick the action, and must not count as the user's choice.
    connect(m_menus->showPeople, &QAction::triggered, m_narrow, &NarrowLayout::setPeopleWanted);
    connect(m_narrow, &NarrowLayout::peopleShown, m_menus->showPeople, &QAction::setChecked);
    connect(m_menus->shortcuts, &QAction::triggered, this,
            [this] { WindowMenus::shortcutsDialog(m_menus->all(), this)->show(); });
    connect(m_menus->about, &QAction::triggered, m_dialogs, &WindowDialogs::showAbout);
    connect(m_menus->settings, &QAction::triggered, m_dialogs, &WindowDialogs::openSettings);
    connect(m_menus->insertEmoji, &QAction::triggered, m_dialogs, &WindowDialogs::openEmojiPicker);
}

void MainWindow::applySettings(const ClientSettings &settings)
{
    const bool appWide = settings.theme != m_settings.theme || settings.fontSize != m_settings.fontSize;
    m_settings = settings;
    if (appWide)
        settings.applyToApplication();
    m_view->delegate()->setTwelveHour(settings.twelveHour);
    for (MessageModel *model : std::as_const(m_models))
        model->setShowPresence(settings.showPresence);
    m_view->relayoutAll(); // every row's height may have changed
}

void MainWindow::showNumbered(int n)
{
    if (const QStringList entries = m_roomList->entries(); n >= 0 && n < entries.size())
        showEntry(entries[n]);
}

void MainWindow::focusInput()
{
    activateWindow(); // from a dialog or popup of its own, which not every window manager gives back
    m_input->setFocus();
}

void MainWindow::mention(const QString &user)
{
    QString line = m_input->text();
    if (!line.isEmpty() && !line.endsWith(u' '))
        line += u' ';
    m_input->setText(line + u'@' + user + u' ');
    m_input->setFocus();
}

void MainWindow::notify(const QString &title, const QString &text, const QString &key, const QString &place)
{
    if (!m_settings.notifications)
        return;
    emit notified(title, Notifier::safeBody(text));
    m_notifier->notify(title, text, key, place);
}

void MainWindow::openLink(const QUrl &url)
{
    if (MessageText::isSafeLink(url))
        QDesktopServices::openUrl(url);
    else
        qCWarning(lcUi) << "refused to open a link with scheme" << url.scheme();
}
