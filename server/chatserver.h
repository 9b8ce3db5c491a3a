// The server: accepts connections, walks each through hello and login, keeps them alive, and ends them.
// Owns the sessions; what logged-in sessions ask for is ChatRequests' job; storage, hashing, UDP and
// typing are its other helpers.
#pragma once

#include "addresscounts.h"
#include "authenticator.h"
#include "banlist.h"
#include "chatrequests.h"
#include "checkpointer.h"
#include "connectionrate.h"
#include "devicesessions.h"
#include "editrequests.h"
#include "filedownloads.h"
#include "filerequests.h"
#include "heartbeatmonitor.h"
#include "listener.h"
#include "logindeadlines.h"
#include "messagestore.h"
#include "onlineaccounts.h"
#include "recentbudgets.h"
#include "retention.h"
#include "roomregistry.h"
#include "roomstore.h"
#include "serverconfig.h"
#include "serverstats.h"
#include "sessionhost.h"
#include "settingsreload.h"
#include "settledtrim.h"
#include "typingrelay.h"
#include "udpchannel.h"

#include <QHash>
#include <QSslConfiguration>
#include <QTimer>
#include <functional>
#include <memory>

class ClusterBus;
class IoThreads;
class LeanSocket;
class PasswordHasher;

class ChatServer : public QObject, private SessionHost
{
    Q_OBJECT
public:
    // With a TLS configuration the TCP port speaks TLS only; without one, plain TCP (--no-tls).
    ChatServer(const ServerConfig &config, Database &db, const std::optional<QSslConfiguration> &tls,
               QObject *parent = nullptr);
    ~ChatServer() override;

    bool listen(QString *error);
    bool isListening() const { return m_listener->isListening() && !m_shuttingDown; }
    // Cluster mode (--bus): connects to the bus; clusterReady() once it may serve. Before listen().
    bool isClustered() const { return m_cluster != nullptr; }
    void joinCluster();
    QString clusterError() const;
    quint16 tcpPort() const { return m_listener->serverPort(); }
    quint16 udpPort() const { return m_udp.port(); }
    QHostAddress address() const { return m_listener->serverAddress(); }

    // For the console.
    QList<const ClientSession *> onlineSessions() const;
    QList<Msg::RoomInfo> roomList() const;
    // The counters, with the bytes of the connections still open added in.
    ServerStats statsSnapshot() const;
    // To everyone online, on every node of a cluster.
    void broadcastNotice(const QString &text);
    // Ends the user's sessions, on every node: false when the user is online nowhere.
    bool kick(const QString &username, const QString &reason);
    // The administrator removed the room (RoomStore::beginRemoval): its members, on every node, are told (text)
    // and taken out of it. Returns how many sessions were in it here.
    int closeRoom(const QString &room, const QString &text);
    // The other nodes of a cluster (none: empty), for the console.
    QStringList onlineElsewhere() const;
    int peerCount() const;
    const ServerConfig &config() const { return m_config; }
    // Stores the room messages waiting for the end of the pass: a command acts after what was already said.
    void storeWaitingMessages() { m_requests.storeWaitingMessages(); }
    // For the admin socket (AdminCommands).
    BanList &bans() { return m_bans; }
    Retention &retention() { return m_retention; }
    PasswordHasher &hasher() { return *m_hasher; }
    Database &database() { return m_db; }
    RoomStore &roomStore() { return m_roomStore; }
    // Ends this node's sessions from addresses in the subnet, telling them why; returns how many.
    int dropFrom(const std::pair<QHostAddress, int> &subnet, const QString &text);
    // Deletes any message as the operator; returns what happened, in a sentence.
    QString deleteMessage(qint64 id) { return m_edits.deleteAsOperator(id); }
    // Tells everyone (the reason, or a standard text when empty), closes every connection, and emits finished()
    // once they are closed (or after a grace time). requestedBy is for the log: "the console", "signal 15".
    void shutdown(const QString &reason, const QString &requestedBy);
    // Settings read again (SIGHUP): those that can change at once apply from now on, a new TLS identity to the
    // connections that come next; nobody is dropped.
    SettingsReload::Outcome reconfigure(const ServerConfig &fresh, const std::optional<QSslConfiguration> &tls);

signals:
    void finished();
    void clusterReady();

private:
    void onNewConnection(LeanSocket *socket);
    void onMessage(ClientSession *session, const Msg::Message &message, std::optional<qint64> ref);
    void onInvalidMessage(ClientSession *session, const ProtocolError &error);
    void onSessionClosed(ClientSession *session);
    // SessionHost: what a session's connection brings.
    void sessionMessage(ClientSession *session, const Msg::Message &message, std::optional<qint64> ref) override;
    void sessionInvalidMessage(ClientSession *session, const ProtocolError &error) override;
    void sessionFatalError(ClientSession *session, const ProtocolError &error) override;
    void sessionConnectionClosed(ClientSession *session) override;
    void onLoginDue(ClientSession *session); // closes it unless it has logged in
    void onAuthenticated(ClientSession *session, const UserRecord &user, const QString &device, bool resumed);
    void onDatagram(ClientSession *session, const Msg::Message &message);
    void noticeToEveryoneHere(const QString &text);
    // An account came online or went offline: this node's members of its rooms are told, each once.
    void tellPresenceHere(const QString &name, bool online, const QStringList &rooms);
    bool kickHere(const QString &username, const QString &reason);
    int closeRoomHere(const QString &room, const QString &text);

    // The requests before login and those about the session itself; the template passes the rest on to
    // ChatRequests.
    void handle(ClientSession *s, const Msg::Hello &m);
    void handle(ClientSession *s, const Msg::Register &m);
    void handle(ClientSession *s, const Msg::Login &m);
    void handle(ClientSession *s, const Msg::Resume &m);
    void handle(ClientSession *s, const Msg::Logout &m);
    void handle(ClientSession *s, const Msg::Ping &m);
    void handle(ClientSession *s, const Msg::Pong &m);
    void handle(ClientSession *s, const Msg::ListSessions &m);
    void handle(ClientSession *s, const Msg::EndSession &m);
    void handle(ClientSession *s, const Msg::Edit &m) { m_edits.handle(s, m); }
    void handle(ClientSession *s, const Msg::Delete &m) { m_edits.handle(s, m); }
    void handle(ClientSession *s, const Msg::React &m) { m_edits.handle(s, m); }
    void handle(ClientSession *s, const Msg::Upload &m) { m_files.handle(s, m); }
    void handle(ClientSession *s, const Msg::CancelUpload &m) { m_files.handle(s, m); }
    void handle(ClientSession *s, const Msg::Download &m) { m_downloads.handle(s, m); }
    void handle(ClientSession *s, const Msg::Transfer &m);
    template <typename T> void handle(ClientSession *s, const T &m) { m_requests.handle(s, m); }
    // Register, login and resume are taken only between hello and login.
    void handleAuthRequest(ClientSession *s, const std::function<void()> &start);

    bool admitConnection(LeanSocket *socket);
    // Acts on the request budget's verdict: true to go on; otherwise the client was answered (or closed).
    bool withinBudget(ClientSession *s, RequestBudget::Verdict verdict, qint64 retryAfterMs, std::optional<qint64> ref);
    // Ends a session: its rooms are told (event), it is forgotten, and its connection closes.
    void drop(ClientSession *s, Msg::NoticeEvent event);
    // Waiting, in their handshake or not logged in yet (SettledTrim).
    qsizetype unsettledConnections() const;
    // An error sent without a session, which counts its own (chatroom_errors_total).
    void countError(ErrorCode code);
    // The rooms a session joins when it logs in or resumes: the account's. Rooms past a lowered limit are
    // left for good, by the account's other devices here too.
    QStringList roomsToJoin(ClientSession *s, qint64 userId);
    void sendPresence(ClientSession *s, Msg::Presence presence);
    void finish();

    ServerConfig m_config;
    Database &m_db;
    ServerStats m_stats;
    Listener *m_listener;
    IoThreads *m_io = nullptr; // --io-threads; none: the sockets stay in this thread
    QString m_tlsError;        // OpenSSL refused the TLS configuration: listen() says so
    UdpChannel m_udp;
    PasswordHasher *m_hasher;
    Authenticator *m_auth;
    HeartbeatMonitor m_heartbeat;
    LoginDeadlines m_loginDeadlines;
    SettledTrim m_settledTrim;
    RoomRegistry m_rooms;
    MessageStore m_messages;
    RoomStore m_roomStore;
    OnlineAccounts m_online;
    QSet<ClientSession *> m_sessions;
    AddressCounts m_perAddress; // open sessions per peer address
    TypingRelay m_typing;
    RecentBudgets m_recentBudgets; // by canonical username
    ConnectionRate m_connectionRate;
    ChatRequests m_requests;
    DeviceSessions m_devices;
    EditRequests m_edits;
    FileRequests m_files;
    FileDownloads m_downloads;
    QTimer m_statsTimer;
    BanList m_bans;
    Retention m_retention;
    QTimer m_banRefresh;                          // a cluster's other nodes change them too
    std::unique_ptr<Checkpointer> m_checkpointer; // SQLite's WAL only
    std::unique_ptr<ClusterBus> m_cluster;        // --bus only
    bool m_shuttingDown = false;
    bool m_finished = false;
};
