// Edits, deletions, replies and reactions against the real server: who may change what, that every reader
// (and only a reader) hears of it, and that history, search and replies show each message as it is now.
#include "serverprocess.h"
#include "testclient.h"

#include <QTemporaryDir>
#include <QtCrypto>
#include <memory>

using namespace Qt::Literals::StringLiterals;

class TestServerEdits : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void anEditReachesEveryReaderAndHistoryKeepsOnlyTheLatest();
    void onlyTheAuthorEdits();
    void aDeletedMessageLeavesATombstone();
    void aRoomsOwnerAndTheOperatorDeleteOthersMessages();
    void aReplyQuotesAMessageOfItsOwnRoomOnly();
    void aReplyInAConversationQuotesThatConversationOnly();
    void reactionsCountEachAccountOnce();
    void reactionsAreBoundedAndChecked();
    void directMessagesAreEditedOnEveryDeviceOfBoth();
    void versionOneSessionsNeitherAskNorHear();
    void editsAndReactionsDrawOnTheMessageLimit();

private:
    std::unique_ptr<TestClient> user(const QString &name, bool create = true, const QString &device = u"desk"_s);
    static bool joinRoom(TestClient &c, const QString &room);
    static std::optional<Msg::ChatMessage> say(TestClient &c, const QString &room, const QString &text,
                                               std::optional<qint64> replyTo = std::nullopt);
    static QList<Msg::ChatMessage> history(TestClient &c, const QString &room);
    static QString errorCode(TestClient &c);

    QCA::Initializer m_qca;
    QTemporaryDir m_dir;
    ServerProcess m_server{m_dir.path()};
    int m_round = 0;
    QString m_a, m_b, m_c, m_room;
};

void TestServerEdits::initTestCase()
{
    QVERIFY2(m_server.start(), m_server.errors().constData());
}

void TestServerEdits::init()
{
    ++m_round;
    m_a = u"ann%1"_s.arg(m_round);
    m_b = u"ben%1"_s.arg(m_round);
    m_c = u"cat%1"_s.arg(m_round);
    m_room = u"edits%1"_s.arg(m_round);
}

std::unique_ptr<TestClient> TestServerEdits::user(const QString &name, bool create, const QString &device)
{
    return TestClient::open(m_server.tcpPort(), name, device, create);
}

bool TestServerEdits::joinRoom(TestClient &c, const QString &room)
{
    c.send(Msg::Join{room});
    return c.waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == room; }).has_value();
}

std::optional<Msg::ChatMessage> TestServerEdits::say(TestClient &c, const QString &room, const QString &text,
                                                     std::optional<qint64> replyTo)
{
    c.send(Msg::Say{room, text, 1, false, replyTo});
    return c.waitFor<Msg::ChatMessage>(5000, [&](const Msg::ChatMessage &m) { return m.text == text; });
}

QList<Msg::ChatMessage> TestServerEdits::history(TestClient &c, const QString &room)
{
    c.send(Msg::HistoryRequest{room, std::nullopt, std::nullopt, 50, std::nullopt});
    const auto reply = c.waitFor<Msg::HistoryReply>(5000, [&](const Msg::HistoryReply &r) { return r.room == room; });
    return reply ? reply->messages : QList<Msg::ChatMessage>();
}

QString TestServerEdits::errorCode(TestClient &c)
{
    const auto error = c.waitFor<Msg::ErrorReply>();
    return error ? error->code : u"(none)"_s;
}

void TestServerEdits::anEditReachesEveryReaderAndHistoryKeepsOnlyTheLatest()
{
    auto a = user(m_a), b = user(m_b);
    QVERIFY(a && b);
    QVERIFY(joinRoom(*a, m_room) && joinRoom(*b, m_room));
    const auto sent = say(*a, m_room, u"meet at the quay %1"_s.arg(m_round));
    QVERIFY(sent);
    QVERIFY(b->waitFor<Msg::ChatMessage>());
    a->send(Msg::Edit{sent->id, u"meet at the café, @%1"_s.arg(m_b)});
    for (TestClient *c : {a.get(), b.get()}) {
        const auto edited = c->waitFor<Msg::Edited>();
        QVERIFY(edited);
        QCOMPARE(edited->place, (Msg::MessagePlace{sent->id, m_room, m_a, std::nullopt}));
        QCOMPARE(edited->text, u"meet at the café, @%1"_s.arg(m_b));
        QVERIFY(edited->edited >= sent->ts);
        QCOMPARE(edited->mentions, QStringList{m_b}); // the mentions follow the new text
    }
    const QList<Msg::ChatMessage> page = history(*b, m_room);
    QCOMPARE(page.size(), 1);
    QCOMPARE(page.first().text, u"meet at the café, @%1"_s.arg(m_b));
    QVERIFY(page.first().state.edited > 0);
    QCOMPARE(page.first().mentions, QStringList{m_b});
    // The search index follows: the old words are gone, the new ones found.
    b->send(Msg::Search{u"quay in:%1"_s.arg(m_room), std::nullopt, 10});
    auto results = b->waitFor<Msg::SearchResults>();
    QVERIFY(results);
    QVERIFY(results->hits.isEmpty());
    b->send(Msg::Search{u"cafe in:%1"_s.arg(m_room), std::nullopt, 10});
    results = b->waitFor<Msg::SearchResults>();
    QVERIFY(results);
    QCOMPARE(results->hits.size(), 1);
    QCOMPARE(results->hits.first().id, sent->id);
    // And b's mentions list has it.
    b->send(Msg::ListMentions{std::nullopt, 10});
    const auto mentions = b->waitFor<Msg::MentionList>();
    QVERIFY(mentions);
    QCOMPARE(mentions->messages.size(), 1);
    QCOMPARE(mentions->messages.first().id, sent->id);
}

void TestServerEdits::onlyTheAuthorEdits()
{
    auto a = user(m_a), b = user(m_b), c = user(m_c);
    QVERIFY(a && b && c);
    QVERIFY(joinRoom(*a, m_room) && joinRoom(*b, m_room));
    const auto sent = say(*a, m_room, u"mine"_s);
    QVERIFY(sent);
    b->send(Msg::Edit{sent->id, u"yours now"_s}, 5);
    auto error = b->waitFor<Msg::ErrorReply>();
    QVERIFY(error);
    QCOMPARE(error->code, u"not_allowed"_s);
    QCOMPARE(error->ref, std::optional<qint64>(5));
    // Someone outside the room cannot tell the message from one that never was.
    c->send(Msg::Edit{sent->id, u"hijack"_s});
    QCOMPARE(errorCode(*c), u"no_such_message"_s);
    c->send(Msg::Edit{Protocol::MaxId, u"nothing"_s});
    QCOMPARE(errorCode(*c), u"no_such_message"_s);
    c->send(Msg::Delete{sent->id});
    QCOMPARE(errorCode(*c), u"no_such_message"_s);
    c->send(Msg::React{sent->id, u"👍"_s, true});
    QCOMPARE(errorCode(*c), u"no_such_message"_s);
    QCOMPARE(history(*a, m_room).first().text, u"mine"_s);
    QVERIFY(!a->has<Msg::Edited>());
}

void TestServerEdits::aDeletedMessageLeavesATombstone()
{
    auto a = user(m_a), b = user(m_b);
    QVERIFY(a && b);
    QVERIFY(joinRoom(*a, m_room) && joinRoom(*b, m_room));
    const auto first = say(*a, m_room, u"an embarrassing typo"_s);
    QVERIFY(first);
    const auto reply = say(*b, m_room, u"ha"_s, first->id);
    QVERIFY(reply);
    b->send(Msg::React{first->id, u"😂"_s, true});
    QVERIFY(a->waitFor<Msg::Reacted>());
    a->send(Msg::Delete{first->id});
    for (TestClient *c : {a.get(), b.get()}) {
        const auto deleted = c->waitFor<Msg::Deleted>();
        QVERIFY(deleted);
        QCOMPARE(deleted->place.id, first->id);
        QCOMPARE(deleted->by, m_a);
    }
    const QList<Msg::ChatMessage> page = history(*b, m_room);
    QCOMPARE(page.size(), 2); // no gap: the tombstone keeps its place
    QVERIFY(page[0].state.deleted);
    QCOMPARE(page[0].text, QString());
    QVERIFY(page[0].state.reactions.isEmpty());
    QVERIFY(page[1].state.reply);
    QVERIFY(page[1].state.reply->deleted);
    QCOMPARE(page[1].state.reply->text, QString());
    b->send(Msg::Search{u"embarrassing"_s, std::nullopt, 10});
    const auto results = b->waitFor<Msg::SearchResults>();
    QVERIFY(results && results->hits.isEmpty());
    // A tombstone is not edited, reacted to, deleted again or replied to.
    a->send(Msg::Edit{first->id, u"better"_s});
    QCOMPARE(errorCode(*a), u"no_such_message"_s);
    b->send(Msg::React{first->id, u"👍"_s, true});
    QCOMPARE(errorCode(*b), u"no_such_message"_s);
    a->send(Msg::Delete{first->id});
    QCOMPARE(errorCode(*a), u"no_such_message"_s);
    b->send(Msg::Say{m_room, u"again"_s, 9, false, first->id});
    QCOMPARE(errorCode(*b), u"no_such_message"_s);
}

void TestServerEdits::aRoomsOwnerAndTheOperatorDeleteOthersMessages()
{
    auto a = user(m_a), b = user(m_b), c = user(m_c);
    QVERIFY(a && b && c);
    QVERIFY(joinRoom(*a, m_room)); // a created it: a owns it, and every member is told
    c->send(Msg::Join{m_room});
    const auto joined = c->waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == m_room; });
    QVERIFY(joined);
    QCOMPARE(joined->owner, std::optional<QString>(m_a));
    QVERIFY(joinRoom(*b, m_room));
    const auto bs = say(*b, m_room, u"spam spam"_s);
    const auto as = say(*a, m_room, u"the owner speaks"_s);
    QVERIFY(bs && as);
    c->send(Msg::Delete{as->id});
    QCOMPARE(errorCode(*c), u"not_allowed"_s);
    a->send(Msg::Delete{bs->id});
    const auto byOwner = c->waitFor<Msg::Deleted>();
    QVERIFY(byOwner);
    QCOMPARE(byOwner->place.id, bs->id);
    QCOMPARE(byOwner->place.from, m_b);
    QCOMPARE(byOwner->by, m_a);
    // The lobby is nobody's: its messages are deleted by their authors and the operator only.
    QVERIFY(joinRoom(*a, u"lobby"_s) && joinRoom(*b, u"lobby"_s));
    const auto lobby = say(*b, u"lobby"_s, u"lobby words %1"_s.arg(m_round));
    QVERIFY(lobby);
    a->send(Msg::Delete{lobby->id});
    QCOMPARE(errorCode(*a), u"not_allowed"_s);
    m_server.writeStdin(u"delete %1\n"_s.arg(lobby->id).toUtf8());
    const auto byOperator =
        b->waitFor<Msg::Deleted>(5000, [&](const Msg::Deleted &d) { return d.place.id == lobby->id; });
    QVERIFY(byOperator);
    QCOMPARE(byOperator->by, QString());
}

void TestServerEdits::aReplyQuotesAMessageOfItsOwnRoomOnly()
{
    auto a = user(m_a), b = user(m_b);
    QVERIFY(a && b);
    const QString other = m_room + u"x"_s;
    QVERIFY(joinRoom(*a, m_room) && joinRoom(*b, m_room) && joinRoom(*a, other));
    const auto question = say(*a, m_room, u"lunch at %1?"_s.arg(QString(250, u'1')));
    const auto secret = say(*a, other, u"the other room's secret"_s);
    QVERIFY(question && secret);
    const auto answer = say(*b, m_room, u"yes"_s, question->id);
    QVERIFY(answer);
    QVERIFY(answer->state.reply);
    QCOMPARE(answer->state.reply->id, question->id);
    QCOMPARE(answer->state.reply->from, m_a);
    QCOMPARE(answer->state.reply->text, question->text.left(Protocol::MaxQuoteLength));
    QVERIFY(a->waitFor<Msg::ChatMessage>(5000, [&](const Msg::ChatMessage &m) { return m.id == answer->id; }));
    // b cannot reach into a room it is not in through a reply, whatever id it tries.
    b->send(Msg::Say{m_room, u"what was it?"_s, 4, false, secret->id});
    QCOMPARE(errorCode(*b), u"no_such_message"_s);
    QCOMPARE(history(*b, m_room).size(), 2);
    // History shows the quote as the message is now.
    a->send(Msg::Edit{question->id, u"lunch at noon?"_s});
    QVERIFY(b->waitFor<Msg::Edited>());
    const QList<Msg::ChatMessage> page = history(*b, m_room);
    QCOMPARE(page.size(), 2);
    QVERIFY(page[1].state.reply);
    QCOMPARE(page[1].state.reply->text, u"lunch at noon?"_s);
}

void TestServerEdits::aReplyInAConversationQuotesThatConversationOnly()
{
    auto a = user(m_a), b = user(m_b), c = user(m_c);
    QVERIFY(a && b && c);
    a->send(Msg::Whisper{m_c, u"between a and c"_s, 1});
    const auto ac = c->waitFor<Msg::PrivateMessage>();
    a->send(Msg::Whisper{m_b, u"between a and b"_s, 2});
    const auto ab = b->waitFor<Msg::PrivateMessage>();
    QVERIFY(ac && ab);
    b->send(Msg::Whisper{m_a, u"quoting a and c"_s, 3, false, ac->id});
    QCOMPARE(errorCode(*b), u"no_such_message"_s);
    b->send(Msg::Whisper{m_a, u"got it"_s, 4, false, ab->id});
    const auto answer = a->waitFor<Msg::PrivateMessage>();
    QVERIFY(answer && answer->state.reply);
    QCOMPARE(answer->state.reply->text, u"between a and b"_s);
    // Editing and deleting work in conversations too; c hears nothing of them.
    a->send(Msg::Edit{ab->id, u"between us"_s});
    const auto edited = b->waitFor<Msg::Edited>();
    QVERIFY(edited);
    QCOMPARE(edited->place, (Msg::MessagePlace{ab->id, std::nullopt, m_a, m_b}));
    b->send(Msg::HistoryRequest{QString(), std::nullopt, std::nullopt, 10, std::nullopt, m_a});
    const auto page = b->waitFor<Msg::HistoryReply>();
    QVERIFY(page);
    QCOMPARE(page->direct.size(), 2);
    QCOMPARE(page->direct[0].text, u"between us"_s);
    QVERIFY(page->direct[0].state.edited > 0);
    QCOMPARE(page->direct[1].state.reply->text, u"between us"_s);
    c->send(Msg::Delete{ab->id});
    QCOMPARE(errorCode(*c), u"no_such_message"_s);
    QVERIFY(!c->has<Msg::Edited>());
}

void TestServerEdits::reactionsCountEachAccountOnce()
{
    auto a = user(m_a), b = user(m_b), b2 = user(m_b, false, u"phone"_s);
    QVERIFY(a && b && b2);
    QVERIFY(joinRoom(*a, m_room) && joinRoom(*b, m_room));
    const auto sent = say(*a, m_room, u"ship it?"_s);
    QVERIFY(sent);
    a->send(Msg::React{sent->id, u"👍"_s, true});
    auto r = b2->waitFor<Msg::Reacted>();
    QVERIFY(r);
    QCOMPARE(r->count, 1);
    QCOMPARE(r->user, m_a);
    QVERIFY(r->on);
    b->send(Msg::React{sent->id, u"👍"_s, true});
    r = a->waitFor<Msg::Reacted>(5000, [](const Msg::Reacted &x) { return x.count == 2; });
    QVERIFY(r);
    // The same account again, from its other device: nothing changes, and only that device is told.
    b2->send(Msg::React{sent->id, u"👍"_s, true});
    r = b2->waitFor<Msg::Reacted>(5000, [&](const Msg::Reacted &x) { return x.user == m_b && x.count == 2; });
    QVERIFY(r);
    QTest::qWait(200);
    QVERIFY(!a->has<Msg::Reacted>(
        [&](const Msg::Reacted &x) { return x.user == m_b && x.count == 2 && x.place.id == sent->id; }));
    b->send(Msg::React{sent->id, u"🎉"_s, true});
    QVERIFY(a->waitFor<Msg::Reacted>(5000, [](const Msg::Reacted &x) { return x.emoji == u"🎉"_s; }));
    // History: counts, in the order first chosen, and "mine" as each reader sees it.
    auto page = history(*a, m_room);
    QCOMPARE(page.first().state.reactions, (QList<Msg::Reaction>{{u"👍"_s, 2, true}, {u"🎉"_s, 1, false}}));
    page = history(*b, m_room);
    QCOMPARE(page.first().state.reactions, (QList<Msg::Reaction>{{u"👍"_s, 2, true}, {u"🎉"_s, 1, true}}));
    // Taking one back.
    b2->send(Msg::React{sent->id, u"👍"_s, false});
    r = a->waitFor<Msg::Reacted>(5000, [](const Msg::Reacted &x) { return !x.on; });
    QVERIFY(r);
    QCOMPARE(r->count, 1);
    page = history(*b, m_room);
    QCOMPARE(page.first().state.reactions, (QList<Msg::Reaction>{{u"👍"_s, 1, false}, {u"🎉"_s, 1, true}}));
}

void TestServerEdits::reactionsAreBoundedAndChecked()
{
    auto a = user(m_a);
    QVERIFY(a);
    QVERIFY(joinRoom(*a, m_room));
    const auto sent = say(*a, m_room, u"vote"_s);
    QVERIFY(sent);
    // Twenty different emoji at most; the one after is refused, one already there is still fine.
    const QList<char32_t> emoji = {0x1F600, 0x1F601, 0x1F602, 0x1F603, 0x1F604, 0x1F605, 0x1F606,
                                   0x1F607, 0x1F608, 0x1F609, 0x1F60A, 0x1F60B, 0x1F60C, 0x1F60D,
                                   0x1F60E, 0x1F60F, 0x1F610, 0x1F611, 0x1F612, 0x1F613, 0x1F614};
    for (int i = 0; i < Protocol::MaxReactionKinds; ++i) {
        a->send(Msg::React{sent->id, QString::fromUcs4(&emoji[i], 1), true});
        QVERIFY(a->waitFor<Msg::Reacted>());
    }
    a->send(Msg::React{sent->id, QString::fromUcs4(&emoji[Protocol::MaxReactionKinds], 1), true});
    QCOMPARE(errorCode(*a), u"out_of_range"_s);
    a->send(Msg::React{sent->id, QString::fromUcs4(&emoji[0], 1), false});
    QVERIFY(a->waitFor<Msg::Reacted>(5000, [](const Msg::Reacted &r) { return !r.on && r.count == 0; }));
    QCOMPARE(history(*a, m_room).first().state.reactions.size(), Protocol::MaxReactionKinds - 1);
    // Not an emoji: refused before it reaches the message.
    a->sendRaw(R"({"type":"react","id":)" + QByteArray::number(sent->id) +
               R"(,"emoji":"<img src=x>"})"
               "\n");
    QCOMPARE(errorCode(*a), u"out_of_range"_s);
    QVERIFY(a->isConnected());
}

void TestServerEdits::directMessagesAreEditedOnEveryDeviceOfBoth()
{
    auto a = user(m_a), a2 = user(m_a, false, u"phone"_s), b = user(m_b);
    QVERIFY(a && a2 && b);
    a->send(Msg::Whisper{m_b, u"draft"_s, 1});
    const auto sent = b->waitFor<Msg::PrivateMessage>();
    QVERIFY(sent && a2->waitFor<Msg::PrivateMessage>());
    a2->send(Msg::Edit{sent->id, u"final"_s});
    for (TestClient *c : {a.get(), a2.get(), b.get()})
        QVERIFY(c->waitFor<Msg::Edited>(5000, [](const Msg::Edited &e) { return e.text == u"final"_s; }));
    b->send(Msg::React{sent->id, u"❤️"_s, true});
    for (TestClient *c : {a.get(), a2.get(), b.get()})
        QVERIFY(c->waitFor<Msg::Reacted>());
    b->send(Msg::Delete{sent->id}); // not b's message, and a conversation has no owner
    QCOMPARE(errorCode(*b), u"not_allowed"_s);
    a->send(Msg::Delete{sent->id});
    for (TestClient *c : {a.get(), a2.get(), b.get()})
        QVERIFY(c->waitFor<Msg::Deleted>());
}

void TestServerEdits::versionOneSessionsNeitherAskNorHear()
{
    auto a = user(m_a);
    auto old = std::make_unique<TestClient>();
    old->setProtocolVersion(1);
    QVERIFY(a && old->connectTo(m_server.tcpPort()) && old->registerUser(m_b));
    QVERIFY(joinRoom(*a, m_room) && joinRoom(*old, m_room));
    const auto sent = say(*a, m_room, u"hello"_s);
    QVERIFY(sent);
    old->send(Msg::React{sent->id, u"👍"_s, true});
    QCOMPARE(errorCode(*old), u"unknown_type"_s);
    old->send(Msg::Say{m_room, u"re"_s, 3, false, sent->id});
    QCOMPARE(errorCode(*old), u"unknown_type"_s);
    a->send(Msg::Edit{sent->id, u"hello, all"_s});
    QVERIFY(a->waitFor<Msg::Edited>());
    a->send(Msg::Say{m_room, u"marker"_s, 4});
    QVERIFY(old->waitFor<Msg::ChatMessage>(5000, [](const Msg::ChatMessage &m) { return m.text == u"marker"_s; }));
    QVERIFY(!old->has<Msg::Edited>());
    // A deleted message in a version 1 session's history reads as such: its text is never empty there.
    a->send(Msg::Delete{sent->id});
    QVERIFY(a->waitFor<Msg::Deleted>());
    const QList<Msg::ChatMessage> page = history(*old, m_room);
    QVERIFY(!page.isEmpty());
    QCOMPARE(page.first().id, sent->id);
    QCOMPARE(page.first().text, u"(This message was deleted.)"_s);
    QCOMPARE(page.first().state, Msg::MessageState{});
}

void TestServerEdits::editsAndReactionsDrawOnTheMessageLimit()
{
    ServerProcess slow(m_dir.path() + u"/slow"_s);
    QVERIFY(slow.start({u"--message-rate"_s, u"1"_s, u"--message-burst"_s, u"3"_s}));
    auto a = TestClient::open(slow.tcpPort(), m_a, u"desk"_s, true);
    auto b = TestClient::open(slow.tcpPort(), m_b, u"desk"_s, true);
    QVERIFY(a && b);
    QVERIFY(joinRoom(*a, m_room) && joinRoom(*b, m_room));
    const auto sent = say(*a, m_room, u"one"_s);
    QVERIFY(sent);
    for (int i = 0; i < 10; ++i)
        a->send(Msg::Edit{sent->id, u"edit %1"_s.arg(i)});
    const auto error = a->waitFor<Msg::ErrorReply>();
    QVERIFY(error);
    QCOMPARE(error->code, u"rate_limited"_s);
    QVERIFY(error->retryAfterMs.value_or(0) > 0);
    // b, who did nothing, is served as before.
    b->send(Msg::Say{m_room, u"still here"_s, 2});
    QVERIFY(b->waitFor<Msg::Ack>());
}

QTEST_GUILESS_MAIN(TestServerEdits)
#include "tst_server_edits.moc"
