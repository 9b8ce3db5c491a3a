// One transfer connection (docs/PROTOCOL.md, "Files"): a second connection to the chat server, over TLS with
// the certificate the user trusts for it, whose first frame names an upload or a download; after
// transfer_ready it carries the file's bytes, one way or the other.
#pragma once

#include "message.h"

#include <QObject>
#include <QPointer>

class Connection;

class TransferLink : public QObject
{
    Q_OBJECT
public:
    TransferLink(const QString &host, quint16 port, bool tls, QObject *parent = nullptr);
    ~TransferLink() override;

    // Connects and sends `first` as the first frame. ready() follows, or failed().
    void open(const Msg::Transfer &first);
    // After ready(), for an upload: bytes on their way to the server.
    void send(const QByteArray &bytes);
    // Bytes handed to the link but not to the kernel yet.
    qint64 pending() const;
    // Connected, and not closed since.
    bool isOpen() const;
    void abort();

signals:
    void ready(qint64 offset);
    // A download's bytes, after ready().
    void received(const QByteArray &bytes);
    // Some of what send() queued went out: room for more.
    void written();
    // A frame after ready() (an upload's uploaded, or an error).
    void messageReceived(const Msg::Message &message);
    // The connection ended (after everything, or before: the owner knows by its byte count); why, for
    // people, when the server said or the connection failed.
    void closed(const QString &why);

private:
    QString m_host;
    quint16 m_port = 0;
    bool m_tls = true;
    bool m_download = false;
    bool m_ready = false;
    QString m_why;
    QPointer<Connection> m_connection;
};
