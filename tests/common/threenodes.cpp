#include "threenodes.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

bool ThreeNodes::start(QByteArray *error)
{
    if (!m_pg.start()) {
        *error = "PostgreSQL did not start: " + m_pg.errors().right(2000);
        return false;
    }
    if (!m_bus.start()) {
        *error = "Valkey did not start: " + m_bus.errors().right(2000);
        return false;
    }
    if (!m_pg.admin({u"CREATE DATABASE cluster"_s})) {
        *error = "cannot make the database";
        return false;
    }
    QUrl database(m_pg.url());
    database.setPath(u"/cluster"_s);
    m_database = database.toString();
    for (std::size_t n = 0; n < m_nodes.size(); ++n) {
        m_nodes[n] = std::make_unique<ServerProcess>();
        if (!startNode(int(n))) {
            *error = "node " + QByteArray::number(n) + " did not start: " + m_nodes[n]->errors();
            return false;
        }
    }
    return true;
}

void ThreeNodes::stop()
{
    for (auto &node : m_nodes) {
        if (node)
            node->stop();
    }
}

QStringList ThreeNodes::options() const
{
    return {u"--database"_s, m_database, u"--bus"_s, m_bus.url(), u"--files-dir"_s, m_filesDir.path()};
}

bool ThreeNodes::startNode(int n)
{
    return node(n).start(options());
}

std::unique_ptr<TestClient> ThreeNodes::client(int n, const QString &name, const std::optional<QString> &device)
{
    const bool create = !m_registered.contains(name);
    auto c = TestClient::open(node(n).tcpPort(), name, device, create);
    if (c && create)
        m_registered.insert(name);
    return c;
}

QList<Msg::ChatMessage> ThreeNodes::taken(TestClient &c, const QString &room)
{
    QList<Msg::ChatMessage> out;
    while (const auto m = c.waitFor<Msg::ChatMessage>(0, [&](const Msg::ChatMessage &x) { return x.room == room; }))
        out.append(*m);
    return out;
}

QStringList ThreeNodes::listed(TestClient &c, const std::optional<QString> &room)
{
    c.send(Msg::ListUsers{room});
    const auto list = c.waitFor<Msg::UserList>(5000, [&](const Msg::UserList &l) { return l.room == room; });
    QStringList names;
    if (list) {
        for (const Msg::UserInfo &u : list->users)
            names << u.name;
    }
    return names;
}
