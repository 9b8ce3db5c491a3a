#include "windowdialogs.h"

#include "chatclient.h"
#include "chatinput.h"
#include "clientsettings.h"
#include "devicesdialog.h"
#include "emojipicker.h"
#include "mainwindow.h"
#include "memberlist.h"
#include "names.h"
#include "quickswitcher.h"
#include "roomlist.h"
#include "searchdialog.h"
#include "settingsdialog.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QScreen>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

WindowDialogs::WindowDialogs(MainWindow &window, ChatClient &client, RoomList *rooms, MemberList *members,
                             ChatInput *input, QListView *view)
    : QObject(&window), m_window(window), m_client(client), m_rooms(rooms), m_members(members), m_input(input),
      m_view(view)
{}

SearchDialog *WindowDialogs::openSearch()
{
    if (!m_search) {
        m_search = new SearchDialog(m_client, &m_window);
        // Beside the messages rather than over them, where the screen allows: a result chosen is marked
        // in the window, which should stay in sight.
        const QRect screen = m_window.screen()->availableGeometry();
        const QRect window = m_window.frameGeometry();
        int x = window.right() + 8;
        if (x + m_search->width() > screen.right())
            x = std::max(screen.left(), window.right() - m_search->width());
        m_search->move(x, window.top());
        connect(m_search, &SearchDialog::messageChosen, this, [this](const QString &key, qint64 id) {
            m_window.jumpTo(key, id);
            m_window.activateWindow();
        });
    }
    m_search->show();
    m_search->raise();
    m_search->activateWindow();
    return m_search;
}

void WindowDialogs::showDevices()
{
    auto *dialog = new DevicesDialog(m_client, &m_window);
    dialog->setObjectName(u"devicesDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void WindowDialogs::askToJoin()
{
    auto *ask = new QInputDialog(&m_window);
    ask->setObjectName(u"joinDialog"_s);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Join a Room"));
    ask->setLabelText(tr("Room name (a new name creates the room):"));
    ask->setTextEchoMode(QLineEdit::Normal);
    connect(ask, &QInputDialog::textValueSelected, this, [this](const QString &room) {
        if (!room.trimmed().isEmpty())
            m_window.enterRoom(room.trimmed(), false);
    });
    connect(ask, &QDialog::finished, &m_window, &MainWindow::focusInput);
    ask->open();
}

void WindowDialogs::askForDirectMessage()
{
    auto *ask = new QInputDialog(&m_window);
    ask->setObjectName(u"directDialog"_s);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Direct Message"));
    ask->setLabelText(tr("To whom (a username):"));
    ask->setComboBoxEditable(true);
    QStringList people;
    for (const QString &room : m_rooms->rooms())
        people << m_members->members(room);
    people.removeDuplicates();
    people.removeAll(m_client.username());
    std::sort(people.begin(), people.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    ask->setComboBoxItems(people);
    ask->setTextValue(QString());
    connect(ask, &QInputDialog::textValueSelected, this, [this](const QString &typed) {
        // A name, never a command line: "bob hi" is not a message to bob.
        const QString user = typed.trimmed();
        if (user.isEmpty())
            return;
        if (Names::usernameProblem(user))
            return m_window.addInfo(tr("There is no user called %1.").arg(user), MessageEntry::Kind::Error);
        if (Names::canonical(user) == Names::canonical(m_client.username()))
            return m_window.addInfo(tr("That is you: a direct message goes to someone else."),
                                    MessageEntry::Kind::Error);
        m_window.showConversation(user);
    });
    connect(ask, &QDialog::finished, &m_window, &MainWindow::focusInput);
    ask->open();
}

QuickSwitcher *WindowDialogs::openSwitcher()
{
    if (!m_switcher) {
        m_switcher = new QuickSwitcher(&m_window);
        connect(m_switcher, &QuickSwitcher::chosen, this, [this](QuickSwitcher::Kind kind, const QString &name) {
            if (kind == QuickSwitcher::Kind::Room)
                m_window.showRoom(name);
            else
                m_window.showConversation(name);
        });
        connect(m_switcher, &QDialog::finished, &m_window, &MainWindow::focusInput);
    }
    QList<QuickSwitcher::Entry> entries;
    QSet<QString> known; // people with a conversation are listed once, as the conversation
    for (const QString &key : m_rooms->entries()) {
        const bool conversation = RoomList::isConversation(key);
        entries.append({conversation ? QuickSwitcher::Kind::Conversation : QuickSwitcher::Kind::Room,
                        m_rooms->title(key), m_rooms->unread(key)});
        if (conversation)
            known.insert(Names::canonical(m_rooms->title(key)));
    }
    known.insert(Names::canonical(m_client.username()));
    QStringList people;
    for (const QString &room : m_rooms->rooms()) {
        for (const QString &user : m_members->members(room)) {
            if (!known.contains(Names::canonical(user))) {
                known.insert(Names::canonical(user));
                people << user;
            }
        }
    }
    std::sort(people.begin(), people.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    for (const QString &user : std::as_const(people))
        entries.append({QuickSwitcher::Kind::Person, user, 0});
    m_switcher->setEntries(entries);
    // Over the top of the messages, as wide as suits it.
    const QRect area = m_view->geometry().translated(m_view->parentWidget()->mapTo(&m_window, QPoint()));
    m_switcher->move(m_window.mapToGlobal(QPoint(area.center().x() - m_switcher->width() / 2, area.top() + 20)));
    m_switcher->show();
    m_switcher->raise();
    m_switcher->activateWindow();
    m_switcher->filter()->setFocus();
    return m_switcher;
}

void WindowDialogs::showAbout()
{
    QMessageBox::about(&m_window, tr("About Chat Room"),
                       tr("Chat Room %1\n\nA chat for your team, club or class, on your own server.\n\n"
                          "Built with Qt %2.")
                           .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

EmojiPicker *WindowDialogs::openEmojiPicker()
{
    auto *picker = new EmojiPicker(&m_window);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &EmojiPicker::picked, this, [this](const QString &emoji) {
        if (m_input->text().size() + emoji.size() <= m_input->maxLength())
            m_input->insert(emoji);
    });
    connect(picker, &QDialog::finished, &m_window, &MainWindow::focusInput);
    picker->open();
    picker->search()->setFocus();
    return picker;
}

SettingsDialog *WindowDialogs::openSettings()
{
    // As stored: the login may have named the device since the window was made.
    auto *dialog = new SettingsDialog(ClientSettings::load(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::applied, &m_window, &MainWindow::applySettings);
    connect(dialog, &QDialog::finished, &m_window, &MainWindow::focusInput);
    dialog->open();
    return dialog;
}
