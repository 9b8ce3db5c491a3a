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
    void editsDeletionsAndReactionsChangeRowsAndQuotes();
    void aJumpHoldsLiveMessagesBackUntilCaughtUp();

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
    QVERIFY(model.canFetchOlder()); // what was dropped can be fetched again
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
    QVERIFY(!model.canFetchOlder());
    model.prepend({chat(18), chat(19)}, true);
    QVERIFY(model.canFetchOlder());
    model.fetchOlder();
    QCOMPARE(wanted.size(), 1);
    QCOMPARE(wanted.at(0).at(0).toLongLong(), 18);
    QVERIFY(!model.canFetchOlder()); // one request at a time
}

void TestMessageModel::editsDeletionsAndReactionsChangeRowsAndQuotes()
{
    MessageModel model;
    model.append(chat(1));
    MessageEntry reply = chat(2);
    reply.state.reply = Msg::Quote{1, u"bob"_s, u"message 1"_s, false};
    model.append(reply);
    QSignalSpy changed(&model, &MessageModel::dataChanged);
    model.applyEdit(1, u"better words"_s, 5000, true);
    QCOMPARE(model.index(0).data(MessageModel::TextRole).toString(), u"better words"_s);
    QVERIFY(model.index(0).data(MessageModel::EditedRole).toBool());
    QVERIFY(model.index(0).data(MessageModel::MentionsMeRole).toBool());
    QCOMPARE(model.index(1).data(MessageModel::QuoteRole).toMap().value(u"text"_s).toString(), u"better words"_s);
    QCOMPARE(changed.size(), 2); // the message, and the reply quoting it

    model.applyReaction(1, u"👍"_s, 2, true);
    model.applyReaction(1, u"🎉"_s, 1, std::nullopt);
    QVariantList reactions = model.index(0).data(MessageModel::ReactionsRole).toList();
    QCOMPARE(reactions.size(), 2);
    QCOMPARE(reactions[0].toMap().value(u"count"_s).toLongLong(), 2);
    QVERIFY(reactions[0].toMap().value(u"mine"_s).toBool());
    QVERIFY(!reactions[1].toMap().value(u"mine"_s).toBool());
    model.applyReaction(1, u"👍"_s, 0, false); // the last one taken back: the chip goes
    reactions = model.index(0).data(MessageModel::ReactionsRole).toList();
    QCOMPARE(reactions.size(), 1);
    QCOMPARE(reactions[0].toMap().value(u"emoji"_s).toString(), u"🎉"_s);
    model.applyReaction(99, u"👍"_s, 1, true); // not here: nothing happens
    QCOMPARE(model.rowCount(), 2);

    model.applyDelete(1);
    QVERIFY(model.index(0).data(MessageModel::DeletedRole).toBool());
    QCOMPARE(model.index(0).data(MessageModel::TextRole).toString(), QString());
    QVERIFY(model.index(0).data(MessageModel::ReactionsRole).toList().isEmpty());
    QVERIFY(!model.index(0).data(MessageModel::MentionsMeRole).toBool());
    QVERIFY(model.index(1).data(MessageModel::QuoteRole).toMap().value(u"deleted"_s).toBool());
}

void TestMessageModel::aJumpHoldsLiveMessagesBackUntilCaughtUp()
{
    MessageModel model;
    for (qint64 id = 900; id <= 910; ++id)
        model.append(chat(id));
    model.replaceWith({chat(10), chat(11), chat(12)}, true, true);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.hasNewerOnServer());
    model.append(chat(911)); // live, but far below what is shown: it comes with the pages
    QCOMPARE(model.rowCount(), 3);
    model.appendNewer({chat(12), chat(13), chat(14)}, true); // 12 is shown already
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.newestId(), 14);
    model.appendNewer({chat(15), chat(911)}, false);
    QVERIFY(!model.hasNewerOnServer());
    QCOMPARE(model.newestId(), 911);
    model.append(chat(912));
    QCOMPARE(model.newestId(), 912);
    QCOMPARE(model.rowOfId(13), 3);
    QCOMPARE(model.rowOfId(12345), -1);
}

QTEST_GUILESS_MAIN(TestMessageModel)
#include "tst_client_messagemodel.moc"
