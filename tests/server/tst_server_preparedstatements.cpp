// PreparedStatements on a real SQLite file: a statement is made once and reused, and made again after it
// failed, since the driver may have dropped it.
#include "preparedstatements.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestPreparedStatements : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void madeOnceAndReused();
    void madeAgainAfterItFailed();
    void aStatementThatCannotBePreparedSaysWhy();

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
    PreparedStatements m_statements;
    static constexpr auto Insert = "INSERT INTO t (v) VALUES (?) RETURNING id";
};

void TestPreparedStatements::init()
{
    QVERIFY(m_dir.isValid());
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"prepared"_s);
    m_db.setDatabaseName(m_dir.filePath(u"t.db"_s));
    QVERIFY(m_db.open());
    QSqlQuery create(m_db);
    QVERIFY(create.exec(u"CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)"_s));
}

void TestPreparedStatements::cleanup()
{
    m_statements.clear(); // before the connection goes
    m_db.close();
    m_db = {};
    QSqlDatabase::removeDatabase(u"prepared"_s);
}

void TestPreparedStatements::madeOnceAndReused()
{
    QString error;
    QSqlQuery *first = m_statements.get(m_db, QString::fromLatin1(Insert), &error);
    QVERIFY2(first, qPrintable(error));
    for (int i = 1; i <= 3; ++i) {
        QSqlQuery *q = m_statements.get(m_db, QString::fromLatin1(Insert), &error);
        QCOMPARE(q, first);
        q->bindValue(0, u"row %1"_s.arg(i));
        QVERIFY2(q->exec() && q->next(), qPrintable(q->lastError().text()));
        QCOMPARE(q->value(0).toLongLong(), i);
        q->finish();
    }
    QVERIFY(m_db.transaction() && m_db.commit()); // nothing left open
}

void TestPreparedStatements::madeAgainAfterItFailed()
{
    QString error;
    QSqlQuery *q = m_statements.get(m_db, QString::fromLatin1(Insert), &error);
    QVERIFY(q);
    q->bindValue(0, u"one"_s);
    q->bindValue(1, u"one too many"_s); // SQLite's driver finalizes a statement whose binding failed
    QVERIFY(!q->exec());
    q->finish();
    QSqlQuery *again = m_statements.get(m_db, QString::fromLatin1(Insert), &error);
    QVERIFY(again);
    again->bindValue(0, u"fine"_s);
    QVERIFY2(again->exec() && again->next(), qPrintable(again->lastError().text()));
    again->finish();
}

void TestPreparedStatements::aStatementThatCannotBePreparedSaysWhy()
{
    QString error;
    QVERIFY(!m_statements.get(m_db, u"INSERT INTO nowhere (v) VALUES (?)"_s, &error));
    QVERIFY2(error.contains(u"nowhere"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestPreparedStatements)
#include "tst_server_preparedstatements.moc"
