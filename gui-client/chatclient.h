// The client's network side: one TCP connection (and UDP for typing), login, heartbeat, and reconnecting
// with the resume token. Knows nothing of widgets; it reports through signals.
#pragma once

#include "connection.h"
#include "typingnotifier.h"
#include "udplink.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QSslSocket>
#include <QTimer>
#include <set>
#include <variant>

class ChatClient : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, LoggingIn, Connected, Reconnecting };
    Q_ENUM(State)
    enum class AuthMode { Login, Register };

    explicit ChatClient(QObject *parent = nullptr);
    ~ChatClient() override;

    // Connects and logs in (or registers). Progress and the outcome arrive as signals.
    void start(const QString &host, quint16 port, AuthMode mode, const QString &username, const QString &password);
    // Logs out and closes; no reconnect.
    void stop();

    // The name this device logs in with (version 2): other devices of the account list it, and a login from
    // the same name replaces only this device's session. Empty: the unnamed device.
    void setDevice(const QString &device) { m_device = device; }
    QString device() const { return m_device; }
    // TLS is on unless turned off (--no-tls) before start(), for a server run with --no-tls.
    void setTlsEnabled(bool on) { m_tls = on; }
    bool tlsEnabled() const { return m_tls; }
    // Answers certificateNeedsApproval: pin this fingerprint for the server and connect again, or give up.
    void trustCertificate(const QString &fingerprint);
    void rejectCertificate();

    State state() const { return m_state; }
    QString username() const { return m_username; }
    bool realtimeOverUdp() const { return m_udp.isProven(); }
    int rttMs() const { return m_rttMs; }                    // -1 until measured
    double packetLoss() const { return m_udp.packetLoss(); } // 0..1 over recent UDP pings; -1 until measured
    QString serverAddress() const { return m_host + u':' + QString::number(m_port); }
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    // What the server takes (welcome.files); nullopt when it takes no files or has not said yet.
    std::optional<Msg::FileLimits> fileLimits() const { return m_fileLimits; }

    // Requests; ids for say/whisper are the refs their ack or error will carry. A say or whisper made while the
    // connection is down waits and goes out, with the same ref, once logged in again; unsent() tells when one
    // cannot go out (or its fate is unknown).
    // replyTo: the id of the message (of the same room or conversation) this answers.
    qint64 say(const QString &room, const QString &text, bool action = false,
               std::optional<qint64> replyTo = std::nullopt);
    qint64 whisper(const QString &to, const QString &text, bool action = false,
                   std::optional<qint64> replyTo = std::nullopt);
    // Files (version 2; FileTransfers drives them). A say or whisper sharing a stored upload (text: the
    // caption, or the file's name), queued like any other; an upload announced, or a download asked for,
    // now: 0 when not connected. Their answers come as uploadReady (in the order asked), uploaded,
    // downloadReady, or fileRequestFailed with the returned ref.
    qint64 share(const std::optional<QString> &room, const std::optional<QString> &to, const QString &text,
                 const Msg::ShareFile &file);
    qint64 announceUpload(const Msg::Upload &upload);
    // Gives up an upload not shared yet (version 2): the server forgets it; nothing is answered. Not
    // connected: said after the next login.
    void cancelUpload(const QString &upload);
    qint64 requestDownload(qint64 message, bool thumbnail);
    // Changing what was sent (version 2): the answers are messageEdited, messageDeleted, reactionChanged,
    // or requestFailed.
    // Returns the ref that a refusal (requestFailed) or unsent() carries.
    qint64 editMessage(qint64 id, const QString &text);
    void deleteMessage(qint64 id);
    void react(qint64 id, const QString &emoji, bool on);
    // Searches what the account may read (answered with searchResultsReceived); before: the next page.
    // Returns the ref a refusal carries.
    qint64 search(const QString &query, std::optional<qint64> before = std::nullopt);
    // isPrivate: a room this creates is invite only.
    void join(const QString &room, bool isPrivate = false);
    void setTopic(const QString &room, const QString &text);
    void invite(const QString &room, const QString &user);
    // When this account's devices notify for a room ("all", "mentions", "nothing"), and its mentions.
    void setNotifyLevel(const QString &room, const QString &level);
    void requestMentions(std::optional<qint64> before = std::nullopt, int limit = 50);
    // A page of the messages this account sent (version 2), those after id `after`: exportPageReceived, or
    // exportFailed. A page refused for the rate is asked again when the server says. False when not connected.
    bool requestExportPage(qint64 after);
    static constexpr int ExportPageSize = 200;
    void leave(const QString &room);
    void requestUsers(const std::optional<QString> &room);
    void requestRooms();
    // catchUp: the messages missed while disconnected (asked again while there are more).
    void requestHistory(const QString &room, std::optional<qint64> before, std::optional<qint64> after, int limit,
                        bool catchUp = false);
    // The same for the direct conversation with a user.
    void requestConversationHistory(const QString &user, std::optional<qint64> before, std::optional<qint64> after,
                                    int limit, bool catchUp = false);
    // A page around a message (the message a user jumps to), and the pages after it until the newest
    // (answered with aroundReceived and newerReceived). room for a room's, else with for a conversation's.
    void requestAround(const QString &room, const std::optional<QString> &with, qint64 id, int limit);
    void requestNewer(const QString &room, const std::optional<QString> &with, qint64 after, int limit);
    // The user has seen a room's (or, with a user, a conversation's) messages up to id.
    // false when it could not be sent now (not connected): the caller tries again later.
    bool markRead(const std::optional<QString> &room, const std::optional<QString> &user, qint64 id);
    // The account's devices (answered with sessionsReceived), and ending another one's session.
    void requestSessions();
    void endSession(const QString &device);
    // Typing: call on every keystroke; the client sends start, refreshes, and stops after a pause.
    void noteTyping(const QString &room);
    void stopTyping(const QString &room);

    // For tests: the first reconnect delay (it doubles up to the maximum; each is spread by up to a quarter
    // either way).
    void setReconnectDelays(std::chrono::milliseconds first, std::chrono::milliseconds max);
    // While waiting to reconnect: try at once, and start the back-off again.
    void reconnectNow();
    bool reconnectPending() const { return m_reconnect.isActive(); }
    // Messages written while disconnected that wait for the next login.
    int queuedCount() const { return int(m_outbox.size()); }

signals:
    void stateChanged(ChatClient::State state);
    void authenticated(const Msg::AuthOk &auth);
    void authFailed(const QString &code, const QString &message);
    // The server showed a certificate nobody vouches for: new (previousFingerprint empty) or different from the
    // pinned one. The connection is closed; trustCertificate() or rejectCertificate() decides what comes next.
    void certificateNeedsApproval(const QString &server, const QString &fingerprint,
                                  const QString &previousFingerprint);
    void chatReceived(const Msg::ChatMessage &message);
    void privateReceived(const Msg::PrivateMessage &message);
    void noticeReceived(const Msg::Notice &notice);
    // asked: this client asked to join it (join()); false for the rooms the server joins at login.
    void joinedRoom(const Msg::Joined &joined, bool asked);
    void leftRoom(const QString &room);
    void usersReceived(const Msg::UserList &users);
    void roomsReceived(const Msg::RoomList &rooms);
    void presenceChanged(const Msg::PresenceUpdate &presence);
    void typingChanged(const Msg::Typing &typing);
    void historyReceived(const Msg::HistoryReply &history, bool catchUp);
    void aroundReceived(const Msg::HistoryReply &history);
    void newerReceived(const Msg::HistoryReply &history);
    // Version 2: the account's direct conversations, a read position moved (here or on another device), and
    // the account's devices.
    void conversationsReceived(const Msg::ConversationList &list);
    void readMarkerReceived(const Msg::ReadMarker &marker);
    void sessionsReceived(const Msg::SessionList &list);
    void topicChanged(const Msg::Topic &topic);
    void invited(const Msg::Invited &invitation);
    void notifyLevelChanged(const Msg::Notify &notify);
    void mentionsReceived(const Msg::MentionList &list);
    void messageEdited(const Msg::Edited &edit);
    void messageDeleted(const Msg::Deleted &deletion);
    void reactionChanged(const Msg::Reacted &reaction);
    void searchResultsReceived(const Msg::SearchResults &results);
    void acknowledged(const Msg::Ack &ack);
    void uploadReady(const Msg::UploadReady &ready);
    void uploaded(const Msg::Uploaded &done);
    void downloadReady(const Msg::DownloadReady &ready);
    void fileRequestFailed(const Msg::ErrorReply &error);
    void requestFailed(const Msg::ErrorReply &error);
    void exportPageReceived(const Msg::ExportPage &page);
    void exportFailed(const Msg::ErrorReply &error);
    // A say or whisper that was not sent (the client gave up reconnecting), or whose fate is unknown (the
    // connection dropped before the server confirmed it); reason is a sentence for people.
    void unsent(qint64 ref, const QString &reason);
    void linkChanged(); // RTT, loss or transport changed
    // The connection dropped; retrying in delayMs.
    void reconnectScheduled(int delayMs, const QString &reason);

private:
    void setState(State state);
    void openConnection();
    void onTransportReady();
    void onSslErrors(QSslSocket *socket, const QList<QSslError> &errors);
    void onMessage(const Msg::Message &message);
    void onClosed();
    void onHeartbeat();
    void handleAuthOk(const Msg::AuthOk &auth);
    void handleError(const Msg::ErrorReply &error);
    void scheduleReconnect(const QString &reason);
    void sendTyping(const QString &room, bool active);
    // A new ref for a request the user did not ask for: a refusal of it is logged, not shown.
    qint64 quietRef();
    // A ref whose answer, an error above all, goes to the file transfers, not to the user.
    qint64 fileRef();
    // Why a page was asked for, and so where its answer goes.
    enum class HistoryPurpose { Older, CatchUp, Around, Newer };
    void sendHistoryRequest(const Msg::HistoryRequest &request, HistoryPurpose purpose);
    void onHistoryReply(const Msg::HistoryReply &reply);
    // Where history is kept track of: a room's name, or '@' and a conversation's user in lower case.
    static QString historyKey(const QString &room, const std::optional<QString> &with);
    using Outgoing = std::variant<Msg::Say, Msg::Whisper>;
    void sendOrQueue(const Outgoing &request);
    void flushOutbox();
    void failOutgoing(QList<qint64> refs, const QString &reason);
    template <typename T> void send(const T &message)
    {
        if (m_connection)
            m_connection->sendMessage(message);
    }

    QString m_host;
    quint16 m_port = 0;
    AuthMode m_mode = AuthMode::Login;
    QString m_username;
    QString m_device;
    QString m_password; // only until the first successful login; then the resume token is used
    QString m_resumeToken;
    State m_state = State::Disconnected;
    Connection *m_connection = nullptr;
    bool m_wantConnected = false;
    bool m_tls = true;
    QString m_awaitingApproval; // fingerprint of a certificate the user has been asked about
    QString m_transportError;   // why the last connection attempt failed, in words
    bool m_authenticatedOnce = false;
    QHash<QString, qint64> m_lastSeenId; // per historyKey(), to catch up after a reconnect
    QStringList m_rooms;
    QHash<QString, QList<HistoryPurpose>> m_historyWaiting; // per historyKey(), the history requests unanswered

    QTimer m_heartbeat;
    QElapsedTimer m_sinceHeard;
    qint64 m_timeoutMs = 30'000;
    int m_rttMs = -1;

    QTimer m_reconnect;
    std::chrono::milliseconds m_firstDelay{1000};
    std::chrono::milliseconds m_maxDelay{30'000};
    std::chrono::milliseconds m_nextDelay{1000};

    UdpLink m_udp;
    quint16 m_udpPort = 0;                        // from the server's welcome
    int m_maxHistory = Protocol::MaxHistoryLimit; // the largest page the server serves (welcome)
    QSet<QString> m_joinsAsked;                   // rooms join() asked for, until their joined comes

    TypingNotifier m_typing;
    qint64 m_nextRef = 1;
    // Refs of the typing indicators (over TCP) and read positions sent lately, whose refusals are not the
    // user's business.
    std::set<qint64> m_quietRefs;
    QStringList m_pendingCancels;       // uploads cancelled while not connected (cancelUpload)
    QHash<qint64, qint64> m_exportRefs; // export pages asked for, by ref: the id they start after
    int m_exportGeneration = 0;         // a new export, or a lost connection, makes older retries void
    std::set<qint64> m_fileRefs; // uploads and downloads asked for, until answered (their errors are FileTransfers')
    std::optional<Msg::FileLimits> m_fileLimits;
    QMap<qint64, Msg::HistoryRequest> m_historyRefs; // history requests not answered yet, by ref (ascending)
    static constexpr std::size_t MaxQuietRefs = 64;
    QList<Outgoing> m_outbox; // written while disconnected, in order
    QList<qint64> m_inFlight; // sent on this connection, not yet answered
    QString m_closeReason;    // what the server said before it closed (shutdown), for reconnectScheduled
};
