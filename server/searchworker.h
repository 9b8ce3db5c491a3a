// Runs searches on a thread of their own with a connection of its own to the database (SQLite in WAL mode
// lets it read while the server writes), so that a long search never holds up anyone's messages.
#pragma once

#include "conversationmessages.h"
#include "databaselocation.h"
#include "searchquery.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class SearchRunner;

class SearchWorker : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        qint64 userId = 0;
        QString userKey;
        SearchQuery query;
        std::optional<qint64> before;
        int limit = 20;
    };
    struct Result
    {
        std::optional<QList<Msg::SearchHit>> hits; // nullopt: the database failed
        bool more = false;
    };

    explicit SearchWorker(const DatabaseLocation &database, QObject *parent = nullptr);
    ~SearchWorker() override; // waits for the search under way; those still queued do not run

    // Queues the search; `done` runs later on this object's thread (never inside this call).
    void search(const Request &request, std::function<void(const Result &)> done);
    // Searches queued or under way.
    int pending() const { return m_pending; }

private:
    QThread m_thread;
    SearchRunner *m_runner; // lives on m_thread
    int m_pending = 0;
    std::shared_ptr<std::atomic_bool> m_stopping = std::make_shared<std::atomic_bool>(false);
};
