#include "checkpointer.h"

#include "database.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcCheckpoint, "chat.server.db")

class CheckpointRunner
{
public:
    explicit CheckpointRunner(const QString &file) : m_file(file) {}
    ~CheckpointRunner() { Database::closeThreadConnection(m_name); }

    // The pages moved into the database file; -1 when it failed.
    qint64 run()
    {
        if (m_name.isEmpty()) {
            QString error;
            DatabaseLocation where;
            where.file = m_file;
            m_name = Database::openThreadConnection(where, u"QSQLITE_BUSY_TIMEOUT=1000"_s, &error);
            if (m_name.isEmpty()) {
                qCWarning(lcCheckpoint) << "the checkpoint connection did not open:" << error;
                return -1;
            }
        }
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        // Columns: busy (1 when it could not finish), pages in the WAL, pages moved.
        if (!q.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s) || !q.next()) {
            qCWarning(lcCheckpoint) << "a checkpoint failed:" << q.lastError().text();
            return -1;
        }
        return q.value(2).toLongLong();
    }

private:
    QString m_file;
    QString m_name;
};

Checkpointer::Checkpointer(Database &db, std::chrono::milliseconds maxWait, QObject *parent)
    : QObject(parent), m_db(db), m_runner(new CheckpointRunner(db.fileName())), m_timer(this),
      m_walFile(db.fileName() + u"-wal"_s), m_maxWait(maxWait)
{
    m_db.setAutoCheckpoint(false);
    m_thread.setObjectName(u"checkpoint"_s);
    m_thread.start();
    m_timer.setInterval(Interval);
    connect(&m_timer, &QTimer::timeout, this, &Checkpointer::onTick);
    m_timer.start();
    m_sinceLast.start();
}

Checkpointer::~Checkpointer()
{
    stop();
}

void Checkpointer::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_timer.stop();
    QObject closer;
    closer.moveToThread(&m_thread);
    QMetaObject::invokeMethod(&closer, [runner = m_runner] { delete runner; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_db.setAutoCheckpoint(true);
}

void Checkpointer::onTick()
{
    if (m_sinceLast.durationElapsed() >= m_maxWait || QFileInfo(m_walFile).size() >= WalBytes)
        start();
}

void Checkpointer::start()
{
    if (m_running || m_stopped)
        return; // the last one is still copying: never two in the queue
    m_running = true;
    m_sinceLast.start();
    auto *job = new QObject;
    job->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        job,
        [this, job, runner = m_runner] {
            const qint64 pages = runner->run();
            job->deleteLater();
            QMetaObject::invokeMethod(
                this,
                [this, pages] {
                    m_running = false;
                    ++m_runs;
                    if (m_stopped)
                        return;
                    if (pages > 0)
                        m_pages += pages;
                    // Better slow commits than a WAL that grows for ever, until a checkpoint here works again.
                    m_db.setAutoCheckpoint(pages < 0);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}
