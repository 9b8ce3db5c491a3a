// chatroom-server --migrate-to postgresql://… (docs/SCALING.md): copies the embedded database (accounts,
// resume tokens, rooms and memberships, history, conversations, read positions, mentions, reactions, files'
// records) into PostgreSQL, table by table in batches, keeping every id, so that the nodes of a cluster
// take over where the single server stopped. Run again, it copies only what is not there yet. A target
// that holds other accounts under the same ids is refused before anything is written. The files' bytes
// stay in DATA-DIR/files, where the nodes' --files-dir finds them.
#pragma once

#include <QList>
#include <QString>
#include <functional>

class Database;

class DatabaseCopy
{
public:
    // Rows copied per transaction: a failure loses at most one batch's progress, never half a row's links.
    static constexpr int Batch = 500;

    struct Table
    {
        QString name;
        qint64 rows = 0;   // in the source
        qint64 copied = 0; // new in the target
    };
    // progress(table, done, total) after each batch.
    using Progress = std::function<void(const QString &table, qint64 done, qint64 total)>;

    DatabaseCopy(Database &from, Database &to) : m_from(from), m_to(to) {}
    // false and *error (a sentence) when it could not finish; what was copied stays (a rerun goes on).
    bool run(const Progress &progress, QString *error);
    const QList<Table> &tables() const { return m_tables; }

private:
    bool checkTarget(QString *error);
    bool copy(Table &table, const QStringList &columns, const QString &conflict, const Progress &progress,
              QString *error);

    Database &m_from;
    Database &m_to;
    QList<Table> m_tables;
};
