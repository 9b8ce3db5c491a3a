#include "transferlink.h"

#include "certificatetrust.h"
#include "connection.h"
#include "servertext.h"
#include "tlssetup.h"

#include <QSslSocket>

using namespace Qt::Literals::StringLiterals;

TransferLink::TransferLink(const QString &host, quint16 port, bool tls, QObject *parent)
    : QObject(parent), m_host(host), m_port(port), m_tls(tls)
{}

TransferLink::~TransferLink()
{
    if (m_connection) {
        m_connection->disconnect(this);
        m_connection->abort();
    }
}

void TransferLink::open(const Msg::Transfer &first)
{
    m_download = first.download.has_value();
    QTcpSocket *socket = nullptr;
    const QString server = m_host + u':' + QString::number(m_port);
    if (m_tls) {
        auto *ssl = new QSslSocket;
        ssl->setSslConfiguration(TlsSetup::clientConfiguration());
        // Only the certificate the user trusts for this server (the session's): anything else is no file's way.
        connect(ssl, &QSslSocket::sslErrors, this, [this, ssl, server](const QList<QSslError> &errors) {
            if (CertificateTrust::judge(server, ssl->peerCertificate(), errors) == CertificateTrust::Verdict::Trusted)
                ssl->ignoreSslErrors(errors);
            else
                m_why = tr("The server's certificate is not the one you trust.");
        });
        connect(ssl, &QSslSocket::encrypted, this, [this, first] {
            if (m_connection)
                m_connection->sendMessage(first);
        });
        socket = ssl;
    } else {
        socket = new QTcpSocket;
        connect(socket, &QTcpSocket::connected, this, [this, first] {
            if (m_connection)
                m_connection->sendMessage(first);
        });
    }
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
        if (m_why.isEmpty() && error != QAbstractSocket::RemoteHostClosedError)
            m_why = tr("The system says: %1.").arg(socket->errorString());
    });
    m_connection = new Connection(socket, this);
    connect(m_connection, &Connection::messageReceived, this, [this](const Msg::Message &m) {
        if (const auto *ready = std::get_if<Msg::TransferReady>(&m); ready && !m_ready) {
            m_ready = true;
            if (m_download)
                m_connection->switchToRaw(); // the rest of the stream is the file
            emit this->ready(ready->offset);
            return;
        }
        if (const auto *error = std::get_if<Msg::ErrorReply>(&m))
            m_why = ServerText::error(error->code);
        emit messageReceived(m);
    });
    connect(m_connection, &Connection::rawReceived, this, &TransferLink::received);
    connect(m_connection, &Connection::written, this, &TransferLink::written, Qt::QueuedConnection);
    connect(m_connection, &Connection::closed, this, [this] {
        m_connection->deleteLater();
        emit closed(m_why);
    });
    if (auto *ssl = qobject_cast<QSslSocket *>(socket))
        ssl->connectToHostEncrypted(m_host, m_port);
    else
        socket->connectToHost(m_host, m_port);
}

void TransferLink::send(const QByteArray &bytes)
{
    if (m_connection)
        m_connection->send(bytes);
}

qint64 TransferLink::pending() const
{
    return m_connection ? m_connection->pendingOutput() : 0;
}

bool TransferLink::isOpen() const
{
    return m_connection && m_connection->isOpen();
}

void TransferLink::abort()
{
    if (m_connection)
        m_connection->abort();
}
