#include "searchworker.h"

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
    explicit SearchRunner(const QString &file) : m_file(file) {}
    ~SearchRunner()
    {
        if (m_name.isEmpty())
            return;
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }

    SearchWorker::Result run(const SearchWorker::Request &r)
    {
        SearchWorker::Result result;
        if (!open())
            return result;
        SearchIndex index(m_name);
        result.hits = index.search(r.userId, r.userKey, r.query, r.before, r.limit, &result.more);
        if (!result.hits)
            qCWarning(lcSearch) << "a search failed:" << index.lastError();
        return result;
    }

private:
    bool open()
    {
        if (!m_name.isEmpty())
            return true;
        const QString name = u"chatroom-search-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_file);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"_s);
        if (!db.open()) {
            qCWarning(lcSearch) << "the search connection did not open:" << db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return false;
        }
        m_name = name;
        return true;
    }

    QString m_file;
    QString m_name;
};

SearchWorker::SearchWorker(const QString &databaseFile, QObject *parent)
    : QObject(parent), m_runner(new SearchRunner(databaseFile))
{
    m_thread.setObjectName(u"search"_s);
    m_thread.start();
}

SearchWorker::~SearchWorker()
{
    // The runner's connection is closed on the thread that opened it; what is still queued is dropped.
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
        [this, job, runner = m_runner, request, done = std::move(done)] {
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
