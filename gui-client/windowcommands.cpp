#include "windowcommands.h"

#include "chatclient.h"
#include "mainwindow.h"
#include "messageactions.h"
#include "messageexporter.h"
#include "names.h"
#include "outgoingmessages.h"
#include "protocol.h"
#include "roomheader.h"
#include "roomlist.h"
#include "searchdialog.h"
#include "slashcommand.h"
#include "windowdialogs.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

WindowCommands::WindowCommands(MainWindow &window, ChatClient &client, RoomHeader *header, MessageActions *actions,
                               OutgoingMessages *outgoing)
    : QObject(&window), m_window(window), m_client(client), m_header(header), m_actions(actions), m_outgoing(outgoing)
{}

void WindowCommands::run(const QString &line)
{
    const QString current = m_window.currentKey();
    const QString room = m_window.currentRoom();
    const SlashCommand c = SlashCommand::parse(line);
    switch (c.kind) {
    case SlashCommand::Kind::Message:
    case SlashCommand::Kind::Me:
        if (current.isEmpty())
            return m_window.addInfo(tr("Join a room first: /join <room>"), MessageEntry::Kind::Error);
        if (const std::optional<qint64> id = m_actions->editing())
            m_outgoing->edit(current, *id, c.argument);
        else
            m_window.send(current, c.argument, c.kind == SlashCommand::Kind::Me, line, m_actions->replyQuote());
        m_actions->cancel();
        break;
    case SlashCommand::Kind::Msg:
        if (auto problem = Names::usernameProblem(c.argument))
            return m_window.addInfo(tr("There is no user called %1.").arg(c.argument), MessageEntry::Kind::Error);
        if (Names::canonical(c.argument) == Names::canonical(m_client.username()))
            return m_window.addInfo(tr("That is you: a direct message goes to someone else."),
                                    MessageEntry::Kind::Error);
        m_window.showConversation(c.argument);
        if (!c.text.isEmpty())
            m_window.send(RoomList::conversationKey(c.argument), c.text, false, c.text);
        break;
    case SlashCommand::Kind::Help:
        m_window.addInfo(
            tr("Commands: /join <room>, /private <room>, /leave, /topic [text], /invite <user>, /msg <user> "
               "[text], /me <action>, /notify all|mentions|nothing, /mentions, /users, /rooms, /devices, "
               "/export [file], /clear, /exit. Tab completes @names; Ctrl+F searches; right-click a message to reply, "
               "react, edit or "
               "delete it. Start a message with // to send a line beginning with /."));
        break;
    case SlashCommand::Kind::Devices:
        m_window.dialogs()->showDevices();
        break;
    case SlashCommand::Kind::Topic:
        topic(c.argument);
        break;
    case SlashCommand::Kind::Invite:
        if (room.isEmpty() || !m_header->isPrivate(room))
            return m_window.addInfo(
                tr("Invitations are for private rooms: open one first (/private <room> makes one)."),
                MessageEntry::Kind::Error);
        m_client.invite(room, c.argument);
        break;
    case SlashCommand::Kind::Notify:
        if (room.isEmpty())
            return m_window.addInfo(tr("Notifications are set per room: open one first."), MessageEntry::Kind::Error);
        m_client.setNotifyLevel(room, c.argument);
        break;
    case SlashCommand::Kind::Mentions:
        m_window.dialogs()->openSearch()->showMentions();
        break;
    case SlashCommand::Kind::Private:
        m_window.enterRoom(c.argument, true);
        break;
    case SlashCommand::Kind::Export:
        exportMessages(c.argument);
        break;
    case SlashCommand::Kind::Clear:
        if (MessageModel *model = m_window.model(current))
            model->clear();
        break;
    case SlashCommand::Kind::Exit:
        m_client.stop();
        m_window.close();
        break;
    case SlashCommand::Kind::Users:
        m_client.requestUsers(room.isEmpty() ? std::nullopt : std::optional<QString>(room));
        break;
    case SlashCommand::Kind::Rooms:
        m_client.requestRooms();
        break;
    case SlashCommand::Kind::Join:
        m_window.enterRoom(c.argument, false);
        break;
    case SlashCommand::Kind::Leave:
        leave(c.argument);
        break;
    case SlashCommand::Kind::Unknown:
        m_window.refuse(line, tr("There is no command /%1. Type /help for the list.").arg(c.argument));
        break;
    case SlashCommand::Kind::Usage: {
        const QString usage = c.argument == "join"_L1      ? SlashCommand::usage(SlashCommand::Kind::Join)
                              : c.argument == "me"_L1      ? SlashCommand::usage(SlashCommand::Kind::Me)
                              : c.argument == "invite"_L1  ? SlashCommand::usage(SlashCommand::Kind::Invite)
                              : c.argument == "private"_L1 ? SlashCommand::usage(SlashCommand::Kind::Private)
                              : c.argument == "notify"_L1  ? SlashCommand::usage(SlashCommand::Kind::Notify)
                                                           : SlashCommand::usage(SlashCommand::Kind::Msg);
        m_window.refuse(line, tr("Usage: %1").arg(usage));
        break;
    }
    }
}

void WindowCommands::exportMessages(const QString &fileName, bool replace)
{
    if (m_exporter)
        return m_window.addInfo(tr("Your messages are being exported already; wait until that is done."),
                                MessageEntry::Kind::Error);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (fileName.isEmpty()) {
        auto *dialog =
            new QFileDialog(&m_window, tr("Export Your Messages"), documents, tr("JSON (*.json);;Text (*.txt)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave); // it asks before replacing a file
        dialog->setDefaultSuffix(u"json"_s);
        dialog->selectFile(
            u"chatroom-%1-%2.json"_s.arg(m_client.username(), QDate::currentDate().toString(Qt::ISODate)));
        connect(dialog, &QFileDialog::fileSelected, this,
                [this](const QString &chosen) { exportMessages(chosen, true); });
        dialog->open();
        return;
    }
    const QString path = QDir(documents).absoluteFilePath(QDir::fromNativeSeparators(fileName));
    if (!replace && QFileInfo::exists(path))
        return m_window.addInfo(tr("%1 exists already; give the export a new name.").arg(path),
                                MessageEntry::Kind::Error);
    // A file replaced only once the export is whole (QSaveFile): a failed one leaves the old file as it was.
    auto *exporter = new MessageExporter(m_client, path, this);
    QString error;
    if (!exporter->start(&error)) {
        exporter->deleteLater();
        return m_window.addInfo(error, MessageEntry::Kind::Error);
    }
    m_exporter = exporter;
    connect(exporter, &MessageExporter::progress, this, [this](qint64 written) {
        m_window.statusBar()->showMessage(tr("Exporting your messages: %n so far…", nullptr, int(written)));
    });
    connect(exporter, &MessageExporter::finished, this,
            [this, exporter, path](bool ok, qint64 written, const QString &why) {
                m_window.statusBar()->clearMessage();
                if (ok)
                    m_window.addInfo(tr("Exported %n message(s) you sent to %1.", nullptr, int(written)).arg(path));
                else
                    m_window.addInfo(why, MessageEntry::Kind::Error);
                exporter->deleteLater();
                m_exporter = nullptr;
            });
    m_window.statusBar()->showMessage(tr("Exporting your messages…"));
}

void WindowCommands::topic(const QString &text)
{
    const QString room = m_window.currentRoom();
    if (room.isEmpty())
        return m_window.addInfo(tr("A topic belongs to a room: open one first."), MessageEntry::Kind::Error);
    if (text.isEmpty()) {
        const QString topic = m_header->topic(room);
        m_window.addInfo(topic.isEmpty() ? tr("%1 has no topic. /topic <text> sets one.").arg(room)
                                         : tr("The topic of %1: %2").arg(room, topic));
    } else if (text.size() > Protocol::MaxTopicLength) {
        m_window.addInfo(tr("A topic has at most %1 characters.").arg(Protocol::MaxTopicLength),
                         MessageEntry::Kind::Error);
    } else {
        m_client.setTopic(room, text);
    }
}

void WindowCommands::leave(const QString &room)
{
    const QString current = m_window.currentKey();
    if (room.isEmpty() && RoomList::isConversation(current)) {
        // Closes the conversation's entry; its messages stay for the session if it opens again.
        m_window.closeConversation();
    } else if (!room.isEmpty() || !current.isEmpty()) {
        m_client.leave(room.isEmpty() ? current : room.toLower());
    }
}
