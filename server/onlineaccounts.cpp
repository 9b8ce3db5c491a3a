#include "onlineaccounts.h"

#include "clientsession.h"
#include "names.h"

bool OnlineAccounts::add(ClientSession *s)
{
    QList<ClientSession *> &sessions = m_accounts[s->userKey()];
    if (!sessions.contains(s)) {
        sessions.append(s);
        ++m_sessionTotal;
    }
    if (sessions.size() > 1)
        return false;
    m_messageBuckets.insert(s->userKey(), s->messageBucket());
    return true;
}

bool OnlineAccounts::remove(ClientSession *s)
{
    auto it = m_accounts.find(s->userKey());
    if (it == m_accounts.end() || !it->removeOne(s))
        return false;
    --m_sessionTotal;
    if (!it->isEmpty())
        return false;
    m_accounts.erase(it);
    s->setMessageBucket(m_messageBuckets.take(s->userKey()));
    return true;
}

ClientSession *OnlineAccounts::deviceSession(const QString &userKey, const QString &device) const
{
    const QString key = Names::deviceKey(device);
    for (ClientSession *s : m_accounts.value(userKey)) {
        if (s->deviceKey() == key)
            return s;
    }
    return nullptr;
}

QList<ClientSession *> OnlineAccounts::oneSessionEach() const
{
    QList<ClientSession *> out;
    out.reserve(m_accounts.size());
    for (const QList<ClientSession *> &sessions : m_accounts)
        out.append(sessions.first());
    return out;
}

QList<ClientSession *> OnlineAccounts::allSessions() const
{
    QList<ClientSession *> out;
    for (const QList<ClientSession *> &sessions : m_accounts)
        out += sessions;
    return out;
}
