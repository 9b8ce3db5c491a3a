#include "devicesessions.h"

#include "database.h"
#include "names.h"
#include "onlineaccounts.h"
#include "protocol.h"
#include "serverstats.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcServer)

DeviceSessions::DeviceSessions(Database &db, const OnlineAccounts &online, ServerStats &stats,
                               std::function<void(ClientSession *)> end)
    : m_db(db), m_online(online), m_stats(stats), m_end(std::move(end))
{}

Msg::SessionList DeviceSessions::sessionList(const QString &userKey, qint64 userId)
{
    Msg::SessionList list;
    QSet<QString> online;
    for (const ClientSession *device : m_online.sessionsOf(userKey)) {
        online.insert(device->deviceKey());
        list.sessions.append(
            {device->device(), true, false, device->connection()->peerAddress().toString(), device->loggedInAtMs()});
    }
    for (const Database::ResumableDevice &d : m_db.resumableDevices(userId, QDateTime::currentMSecsSinceEpoch())) {
        if (list.sessions.size() >= Protocol::MaxSessionListEntries)
            break;
        if (!online.contains(Names::deviceKey(d.device)))
            list.sessions.append({d.device, false, false, std::nullopt, d.lastSeenMs});
    }
    list.sessions.resize(std::min<qsizetype>(list.sessions.size(), Protocol::MaxSessionListEntries));
    return list;
}

void DeviceSessions::sendSessionList(ClientSession *to, Msg::SessionList list)
{
    for (Msg::SessionInfo &info : list.sessions)
        info.current = info.online && Names::deviceKey(info.device) == to->deviceKey();
    to->sendMessage(list);
}

void DeviceSessions::sendSessionLists(const QString &userKey)
{
    if (m_held > 0)
        return;
    const QList<ClientSession *> devices = m_online.sessionsOf(userKey);
    const auto modern = std::find_if(devices.cbegin(), devices.cend(),
                                     [](const ClientSession *d) { return d->protocolVersion() >= 2; });
    if (modern == devices.cend())
        return;
    const Msg::SessionList list = sessionList(userKey, (*modern)->userId()); // one query for every device
    for (ClientSession *device : devices) {
        if (device->protocolVersion() >= 2)
            sendSessionList(device, list);
    }
}

void DeviceSessions::handle(ClientSession *s, const Msg::ListSessions &)
{
    if (s->requireActive())
        sendSessionList(s, sessionList(s->userKey(), s->userId()));
}

bool DeviceSessions::handle(ClientSession *s, const Msg::EndSession &m)
{
    if (!s->requireActive())
        return true;
    if (Names::deviceKey(m.device) == s->deviceKey())
        return false;
    ClientSession *target = m_online.deviceSession(s->userKey(), m.device);
    const std::optional<bool> revoked = m_db.revokeDeviceTokens(s->userId(), m.device);
    if (!revoked) {
        ++m_stats.storageErrors;
        s->sendMessage(Msg::ErrorReply(ErrorCode::ServerError, u"The server could not end that session; try again."_s));
        return true;
    }
    if (!target && !*revoked) {
        s->sendMessage(Msg::ErrorReply(ErrorCode::NoSuchSession, u"You have no session on a device called '%1'."_s.arg(
                                                                     m.device.left(Protocol::MaxDeviceNameLength))));
        return true;
    }
    qCInfo(lcServer) << "session ended from another device:" << s->username();
    if (!target) {
        sendSessionLists(s->userKey());
        return true;
    }
    target->setResumeTokenHash({}); // revoked above: nothing to extend when it ends
    const QString text = s->device().isEmpty() ? u"This session was ended from another of your devices."_s
                                               : u"This session was ended from your device '%1'."_s.arg(s->device());
    // A version 1 client knows no session_ended; replaced means the same to it: log in again.
    target->sendMessage(
        Msg::Notice{target->protocolVersion() >= 2 ? Msg::NoticeEvent::SessionEnded : Msg::NoticeEvent::Replaced,
                    std::nullopt, s->username(), text, QDateTime::currentMSecsSinceEpoch()});
    m_end(target);
    return true;
}
