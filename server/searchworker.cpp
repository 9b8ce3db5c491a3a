#include "searchworker.h"

#include "database.h"
#include "searchindex.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSearch, "chat.server.search")

// The search thread's side: its own connection, opened there on first use and closed there at the end.
class SearchRunner
{
public:
    explicit SearchRunner(const DatabaseLocation &where) : m_where(where) {}
    ~SearchRunner() { Database::closeThreadConnection(m_name); }

    SearchWorker::Result run(const SearchWorker::Request &r)
    {
        SearchWorker::Result result;
        if (!open())
            return result;
        SearchIndex index(m_name, m_where.kind);
        result.hits = index.search(r.userId, r.userKey, r.query, r.before, r.limit, &result.more);
        // A connection the database closed while this thread did not look: a search only reads, so it is
        // asked again on a new one.
        if (!result.hits && Database::reopenIfBroken(m_where, m_name))
            result.hits = index.search(r.userId, r.userKey, r.query, r.before, r.limit, &result.more);
        if (!result.hits)
            qCWarning(lcSearch) << "a search failed:" << index.lastError();
        return result;
    }

private:
    bool open()
    {
        if (!m_name.isEmpty()) {
            Database::reopenIfBroken(m_where, m_name);
            return true;
        }
        QString error;
        m_name = Database::openThreadConnection(m_where, u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"_s, &error);
        if (m_name.isEmpty())
            qCWarning(lcSearch) << "the search connection did not open:" << error;
        return !m_name.isEmpty();
    }

    DatabaseLocation m_where;
    QString m_name;
};

SearchWorker::SearchWorker(const DatabaseLocation &database, QObject *parent)
    : QObject(parent), m_runner(new SearchRunner(database))
{
    m_thread.setObjectName(u"search"_s);
    m_thread.start();
}

SearchWorker::~SearchWorker()
{
    // What is still queued is skipped; the runner's connection is closed on the thread that opened it.
    m_stopping->store(true);
    QObject closer;
    closer.moveToThread(&m_thread);
    QMetaObject::invokeMethod(&closer, [runner = m_runner] { delete runner; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SearchWorker::search(const Request &request, std::function<void(const Result &)> done)
{
    ++m_pending;
    // A context object on the search thread carries the job there; its answer comes back through this
    // object, so a worker destroyed meanwhile never calls back.
    auto *job = new QObject;
    job->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        job,
        [this, job, runner = m_runner, stopping = m_stopping, request, done = std::move(done)] {
            if (stopping->load()) {
                job->deleteLater();
                return;
            }
            const Result result = runner->run(request);
            job->deleteLater();
            QMetaObject::invokeMethod(
                this,
                [this, result, done] {
                    --m_pending;
                    done(result);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}
