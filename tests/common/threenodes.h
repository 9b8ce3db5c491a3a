// Three chatroom-server nodes on one PostgreSQL and one Valkey, all started on loopback for a test
// (issue 17, docs/SCALING.md), and what the cluster tests ask of them.
#pragma once

#include "serverprocess.h"
#include "serviceprocess.h"
#include "testclient.h"

#include <QSet>
#include <QTemporaryDir>
#include <array>
#include <memory>

class ThreeNodes
{
public:
    // Starts PostgreSQL, Valkey and the three nodes; false (and why in *error) when one did not start.
    bool start(QByteArray *error);
    void stop();

    // What every node of this cluster is started with.
    QStringList options() const;
    bool startNode(int n);
    ServerProcess &node(int n) { return *m_nodes[std::size_t(n)]; }
    PostgresProcess &postgres() { return m_pg; }
    ValkeyProcess &bus() { return m_bus; }
    QString databaseUrl() const { return m_database; }
    QString filesDir() const { return m_filesDir.path(); } // the folder every node mounts

    // A client on node n (0-2), registered the first time.
    std::unique_ptr<TestClient> client(int n, const QString &name, const std::optional<QString> &device = {});
    // The room's chat messages a client has received so far, in the order they came.
    static QList<Msg::ChatMessage> taken(TestClient &c, const QString &room);
    // Who a client is told is online (in a room, or anywhere).
    static QStringList listed(TestClient &c, const std::optional<QString> &room);

private:
    PostgresProcess m_pg;
    ValkeyProcess m_bus;
    QString m_database;
    QTemporaryDir m_filesDir;
    std::array<std::unique_ptr<ServerProcess>, 3> m_nodes;
    QSet<QString> m_registered;
};
