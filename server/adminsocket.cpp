#include "adminsocket.h"

#include "admincommands.h"

#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QTimer>
#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcAdminSocket, "chat.server.admin")

namespace {
// How long a server that holds the socket has to answer before its socket file counts as left behind.
constexpr int ProbeTimeoutMs = 1000;
} // namespace

AdminSocket::AdminSocket(AdminCommands &commands, QObject *parent) : QObject(parent), m_commands(commands)
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &AdminSocket::onNewConnection);
}

AdminSocket::~AdminSocket()
{
    for (QLocalSocket *socket : m_server.findChildren<QLocalSocket *>())
        socket->disconnect(this);
    m_server.close(); // removes the socket file
}

bool AdminSocket::listen(const QString &path, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (QFileInfo::exists(path)) {
        // Asked once at start-up, before the event loop runs: nothing else waits meanwhile.
        QLocalSocket probe;
        probe.connectToServer(path);
        if (probe.waitForConnected(ProbeTimeoutMs)) {
            *error = u"Another server answers on the admin socket %1; give this one another --admin-socket "
                     "(or --data-dir)."_s.arg(path);
            return false;
        }
        struct stat st{};
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISSOCK(st.st_mode)) {
            *error = u"%1 is not a socket; give --admin-socket a path of its own."_s.arg(path);
            return false;
        }
        QLocalServer::removeServer(path); // left by a server that is gone
    }
    if (!m_server.listen(path)) {
        *error = u"Cannot open the admin socket %1: %2"_s.arg(path, m_server.errorString());
        return false;
    }
    qCInfo(lcAdminSocket).noquote() << "admin socket:" << m_server.fullServerName();
    return true;
}

void AdminSocket::onNewConnection()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this] { --m_open; });
        ++m_open;
        if (m_open > MaxConnections) {
            answer(socket, false, u"The server is busy with other admin commands; try again."_s);
            continue;
        }
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadable(socket); });
        QTimer::singleShot(LineTimeout, socket, [socket] {
            if (socket->property("chatroomAsked").toBool())
                return; // asked, and the answer is on its way (a password hash takes a moment)
            answer(socket, false, u"No command arrived in time."_s);
        });
    }
}

void AdminSocket::onReadable(QLocalSocket *socket)
{
    if (socket->property("chatroomAsked").toBool()) {
        socket->readAll(); // one command per connection
        return;
    }
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > MaxLineBytes)
            answer(socket, false, u"A command has at most %1 bytes."_s.arg(MaxLineBytes));
        return;
    }
    const QByteArray line = socket->readLine(MaxLineBytes + 1);
    if (!line.endsWith('\n'))
        return answer(socket, false, u"A command has at most %1 bytes."_s.arg(MaxLineBytes));
    socket->setProperty("chatroomAsked", true);
    const QString command = QString::fromUtf8(line).trimmed();
    if (command.isEmpty())
        return answer(socket, false, AdminCommands::helpText());
    m_commands.run(command, socket, [socket](bool ok, const QString &text) { answer(socket, ok, text); });
}

void AdminSocket::answer(QLocalSocket *socket, bool ok, const QString &text)
{
    socket->setProperty("chatroomAsked", true);
    socket->write((ok ? "OK\n" : "ERROR\n") + text.toUtf8() + '\n');
    socket->flush();                // "shutdown" may end the event loop before it turns again
    socket->disconnectFromServer(); // after what was written has gone
    QTimer::singleShot(LineTimeout, socket, &QLocalSocket::abort); // unless it never reads
}
