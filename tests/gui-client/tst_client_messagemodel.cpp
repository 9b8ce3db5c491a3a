// The message model: bounded memory, no duplicates, history prepended, and older pages asked for.
#include "messagemodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestMessageModel : public QObject
{
    Q_OBJECT
private slots:
    void appendsAndExposesRoles();
    void memoryStaysBounded();
    void duplicatesAreIgnored();
    void historyIsPrependedInOrder();
    void scrollingBackAsksForOlderMessages();

private:
    static MessageEntry chat(qint64 id)
    {
        return MessageEntry{MessageEntry::Kind::Chat, id, u"bob"_s, {}, u"message %1"_s.arg(id), 1000 * id, false};
    }
};

void TestMessageModel::appendsAndExposesRoles()
{
    MessageModel model;
    model.append(chat(1));
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex i = model.index(0);
    QCOMPARE(i.data(MessageModel::FromRole).toString(), u"bob"_s);
    QCOMPARE(i.data(MessageModel::TextRole).toString(), u"message 1"_s);
    QCOMPARE(i.data(MessageModel::IdRole).toLongLong(), 1);
    QCOMPARE(i.data(MessageModel::TimeRole).toDateTime().toMSecsSinceEpoch(), 1000);
}

void TestMessageModel::memoryStaysBounded()
{
    MessageModel model(1000);
    for (qint64 id = 1; id <= 50'000; ++id)
        model.append(chat(id));
    QVERIFY(model.rowCount() <= 1000);
    QVERIFY(model.rowCount() >= 900);
    QCOMPARE(model.newestId(), 50'000);
    QVERIFY(model.canFetchMore({})); // what was dropped can be fetched again
}

void TestMessageModel::duplicatesAreIgnored()
{
    MessageModel model;
    model.append(chat(5));
    model.append(chat(5));
    model.append(MessageEntry{MessageEntry::Kind::Notice, 0, {}, {}, u"local"_s, 1, false});
    model.append(MessageEntry{MessageEntry::Kind::Notice, 0, {}, {}, u"local"_s, 1, false});
    QCOMPARE(model.rowCount(), 3); // local lines (id 0) are never merged
}

void TestMessageModel::historyIsPrependedInOrder()
{
    MessageModel model;
    model.append(chat(10));
    model.prepend({chat(7), chat(8), chat(9), chat(10)}, true);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.oldestId(), 7);
    QCOMPARE(model.at(3).id, 10);
}

void TestMessageModel::scrollingBackAsksForOlderMessages()
{
    MessageModel model;
    QSignalSpy wanted(&model, &MessageModel::olderMessagesWanted);
    model.prepend({chat(20), chat(21)}, false);
    QVERIFY(!model.canFetchMore({}));
    model.prepend({chat(18), chat(19)}, true);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(wanted.size(), 1);
    QCOMPARE(wanted.at(0).at(0).toLongLong(), 18);
    QVERIFY(!model.canFetchMore({})); // one request at a time
}

QTEST_GUILESS_MAIN(TestMessageModel)
#include "tst_client_messagemodel.moc"
