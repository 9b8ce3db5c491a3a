// Direct messages that wait for their reader, conversations and read positions, against the real server:
// what one device reads shows on the others, and nobody reaches another pair's conversation.
#include "serverprocess.h"
#include "testclient.h"

#include <QtCrypto>
#include <memory>

using namespace Qt::Literals::StringLiterals;

class TestServerConversations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void aDirectMessageToSomeoneOfflineWaitsForThem();
    void theSendersOtherDevicesSeeItsDirectMessages();
    void readPositionsSyncAcrossDevicesAndLogins();
    void roomUnreadCountsComeWithJoined();
    void nobodyReadsAnotherPairsConversation();
    void aConversationThatNeverWasCannotBeRead();
    void sendingMovesTheSendersReadPosition();
    void mentionsAreCountedAndListedForTheMentioned();
    void theNotificationLevelFollowsTheAccount();
    void searchFindsWordsOnlyWhereTheUserMayRead();
    void searchQueriesAreChecked_data();
    void searchQueriesAreChecked();
    void searchesRunOneAtATimeAndOutliveNoSession();

private:
    std::unique_ptr<TestClient> device(const QString &name, const std::optional<QString> &device, bool create = false);

    QCA::Initializer m_qca;
    ServerProcess m_server;
    int m_round = 0;
    QString m_a, m_b, m_c;
};

void TestServerConversations::initTestCase()
{
    QVERIFY2(m_server.start({u"--max-sessions-per-user"_s, u"3"_s}), m_server.errors().constData());
}

void TestServerConversations::init()
{
    ++m_round;
    m_a = u"ann%1"_s.arg(m_round);
    m_b = u"ben%1"_s.arg(m_round);
    m_c = u"cat%1"_s.arg(m_round);
}

std::unique_ptr<TestClient> TestServerConversations::device(const QString &name, const std::optional<QString> &device,
                                                            bool create)
{
    return TestClient::open(m_server.tcpPort(), name, device, create);
}

void TestServerConversations::aDirectMessageToSomeoneOfflineWaitsForThem()
{
    {
        auto b = device(m_b, u"desk"_s, true);
        QVERIFY(b);
    } // ben exists, then goes offline
    auto a = device(m_a, u"desk"_s, true);
    QVERIFY(a);
    a->send(Msg::Whisper{m_b, u"see this when you are back"_s, 11, false});
    const auto ack = a->waitFor<Msg::Ack>();
    QVERIFY2(ack, "a message to someone offline is stored, not refused");
    QCOMPARE(ack->ref, 11);

    auto b = device(m_b, u"desk"_s);
    QVERIFY(b);
    const auto list = b->waitFor<Msg::ConversationList>();
    QVERIFY2(list, "the conversation list comes unasked after login");
    QCOMPARE(list->conversations.size(), 1);
    const Msg::ConversationInfo &c = list->conversations.first();
    QCOMPARE(c.with, m_a);
    QCOMPARE(c.lastId, ack->id);
    QCOMPARE(c.unread, 1);
    b->send(Msg::HistoryRequest{QString(), std::nullopt, std::nullopt, 50, std::nullopt, m_a.toUpper()});
    const auto page = b->waitFor<Msg::HistoryReply>();
    QVERIFY(page);
    QVERIFY(page->with.has_value());
    QCOMPARE(page->direct.size(), 1); // exactly once
    QCOMPARE(page->direct[0].id, ack->id);
    QCOMPARE(page->direct[0].from, m_a);
    QCOMPARE(page->direct[0].to, m_b);
    QCOMPARE(page->direct[0].text, u"see this when you are back"_s);
    QVERIFY(!b->has<Msg::PrivateMessage>()); // not pushed again as well: history is where it waits

    // Someone who does not exist at all is still an error.
    a->send(Msg::Whisper{u"ghost"_s, u"hello?"_s, 12, false});
    const auto e = a->waitFor<Msg::ErrorReply>();
    QVERIFY(e);
    QCOMPARE(e->code, u"no_such_user"_s);
    a->send(Msg::Whisper{m_a, u"me"_s, 13, false});
    QCOMPARE(a->waitFor<Msg::ErrorReply>()->code, u"out_of_range"_s);
}

void TestServerConversations::theSendersOtherDevicesSeeItsDirectMessages()
{
    auto b1 = device(m_b, u"desk"_s, true);
    auto b2 = device(m_b, u"phone"_s);
    auto a1 = device(m_a, u"desk"_s, true);
    auto a2 = device(m_a, u"phone"_s);
    QVERIFY(a1 && a2 && b1 && b2);
    a1->send(Msg::Whisper{m_b, u"to both of your devices"_s, 1, false});
    QVERIFY(a1->waitFor<Msg::Ack>());
    auto isIt = [](const Msg::PrivateMessage &m) { return m.text == "to both of your devices"_L1; };
    QVERIFY(b1->waitFor<Msg::PrivateMessage>(5000, isIt));
    QVERIFY(b2->waitFor<Msg::PrivateMessage>(5000, isIt));
    const auto echo = a2->waitFor<Msg::PrivateMessage>(5000, isIt);
    QVERIFY2(echo, "the sender's other device sees what it sent");
    QCOMPARE(echo->from, m_a);
    QCOMPARE(echo->to, m_b);
    QTest::qWait(100);
    QVERIFY2(!a1->has<Msg::PrivateMessage>(), "the sending device gets its ack, not a copy");
}

void TestServerConversations::readPositionsSyncAcrossDevicesAndLogins()
{
    auto b1 = device(m_b, u"desk"_s, true);
    auto b2 = device(m_b, u"phone"_s);
    auto a = device(m_a, u"desk"_s, true);
    QVERIFY(a && b1 && b2);
    qint64 lastId = 0;
    for (int i = 0; i < 3; ++i) {
        a->send(Msg::Whisper{m_b, u"number %1"_s.arg(i), i + 1, false});
        const auto ack = a->waitFor<Msg::Ack>();
        QVERIFY(ack);
        lastId = ack->id;
    }
    b1->send(Msg::ListConversations{});
    auto list = b1->waitFor<Msg::ConversationList>(5000, [](const Msg::ConversationList &l) {
        return !l.conversations.isEmpty() && l.conversations[0].unread == 3;
    });
    QVERIFY(list);
    // A read at 0 moves nothing and is answered with the count (what a client asks when it leaves a
    // conversation it never read).
    b1->send(Msg::MarkRead{std::nullopt, m_a, 0});
    const auto none = b1->waitFor<Msg::ReadMarker>();
    QVERIFY(none);
    QCOMPARE(none->id, 0);
    QCOMPARE(none->unread, 3);
    // Read up to the second message on the desk: both devices hear it.
    b1->send(Msg::MarkRead{std::nullopt, m_a, lastId - 1});
    for (TestClient *b : {b1.get(), b2.get()}) {
        const auto marker = b->waitFor<Msg::ReadMarker>();
        QVERIFY(marker);
        QCOMPARE(marker->with, std::optional<QString>(m_a));
        QCOMPARE(marker->id, lastId - 1);
        QCOMPARE(marker->unread, 1);
    }
    // Backwards is ignored; past the newest message stops at it.
    b2->send(Msg::MarkRead{std::nullopt, m_a, 1});
    QCOMPARE(b2->waitFor<Msg::ReadMarker>()->id, lastId - 1);
    b2->send(Msg::MarkRead{std::nullopt, m_a, Protocol::MaxId});
    const auto all = b2->waitFor<Msg::ReadMarker>();
    QCOMPARE(all->id, lastId);
    QCOMPARE(all->unread, 0);
    // A later login starts where the devices left off.
    b1.reset();
    b2.reset();
    auto b3 = device(m_b, u"laptop"_s);
    QVERIFY(b3);
    list = b3->waitFor<Msg::ConversationList>();
    QVERIFY(list);
    QCOMPARE(list->conversations[0].lastRead, lastId);
    QCOMPARE(list->conversations[0].unread, 0);
}

void TestServerConversations::roomUnreadCountsComeWithJoined()
{
    const QString room = u"news%1"_s.arg(m_round);
    auto a = device(m_a, u"desk"_s, true);
    QVERIFY(a);
    a->send(Msg::Say{u"lobby"_s, u"said before ben came"_s, 1, false});
    QVERIFY(a->waitFor<Msg::Ack>());
    a->send(Msg::Join{room});
    QVERIFY(a->waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == room; }));
    a->send(Msg::Say{room, u"old news"_s, 2, false});
    QVERIFY(a->waitFor<Msg::Ack>());
    {
        auto b = device(m_b, u"desk"_s, true);
        QVERIFY(b);
        const auto lobby = b->waitFor<Msg::Joined>();
        QVERIFY(lobby);
        QCOMPARE(lobby->unread, std::optional<qint64>(0)); // what was said before joining is not news
        b->send(Msg::Join{room});
        const auto joined = b->waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == room; });
        QVERIFY(joined);
        QCOMPARE(joined->unread, std::optional<qint64>(0));
    }
    qint64 last = 0;
    for (int i = 0; i < 4; ++i) {
        a->send(Msg::Say{room, u"while you were away %1"_s.arg(i), 10 + i, false});
        last = a->waitFor<Msg::Ack>()->id;
    }
    auto b = device(m_b, u"desk"_s);
    QVERIFY(b);
    const auto joined = b->waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == room; });
    QVERIFY(joined);
    QCOMPARE(joined->unread, std::optional<qint64>(4));
    QVERIFY(joined->lastRead.has_value() && *joined->lastRead < last);
    b->send(Msg::MarkRead{room, std::nullopt, last});
    const auto marker = b->waitFor<Msg::ReadMarker>();
    QVERIFY(marker);
    QCOMPARE(marker->room, std::optional<QString>(room));
    QCOMPARE(marker->unread, 0);
    // Its own messages never count as unread.
    b->send(Msg::Say{room, u"my own"_s, 20, false});
    QVERIFY(b->waitFor<Msg::Ack>());
    b->send(Msg::Join{room});
    QCOMPARE(b->waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == room; })->unread,
             std::optional<qint64>(0));
    // A room the account is not in has no read position to move.
    b->send(Msg::MarkRead{u"elsewhere"_s, std::nullopt, last}, 21);
    const auto e = b->waitFor<Msg::ErrorReply>();
    QVERIFY(e);
    QCOMPARE(e->code, u"not_in_room"_s);
}

void TestServerConversations::nobodyReadsAnotherPairsConversation()
{
    auto a = device(m_a, u"desk"_s, true), b = device(m_b, u"desk"_s, true), c = device(m_c, u"desk"_s, true);
    QVERIFY(a && b && c);
    a->send(Msg::Whisper{m_b, u"between ann and ben"_s, 1, false});
    const auto ack = a->waitFor<Msg::Ack>();
    QVERIFY(ack);
    c->received().clear();
    // Cat asks for "the conversation with ben" and "with ann": cat's own (empty), never theirs.
    for (const QString &who : {m_a, m_b}) {
        c->send(Msg::HistoryRequest{QString(), std::nullopt, std::nullopt, 50, std::nullopt, who});
        const auto page = c->waitFor<Msg::HistoryReply>();
        QVERIFY(page);
        QVERIFY(page->direct.isEmpty());
        c->send(Msg::HistoryRequest{QString(), std::nullopt, std::nullopt, 50, ack->id, who});
        const auto around = c->waitFor<Msg::HistoryReply>();
        QVERIFY(around);
        QVERIFY(around->direct.isEmpty());
    }
    c->send(Msg::ListConversations{});
    const auto list = c->waitFor<Msg::ConversationList>();
    QVERIFY(list);
    QVERIFY(list->conversations.isEmpty());
    QVERIFY(!c->has<Msg::PrivateMessage>());
}

void TestServerConversations::aConversationThatNeverWasCannotBeRead()
{
    auto a = device(m_a, u"desk"_s, true), b = device(m_b, u"desk"_s, true);
    QVERIFY(a && b);
    for (const QString &who : {m_b, m_a, u"nobody"_s}) {
        a->send(Msg::MarkRead{std::nullopt, who, 5}, 40);
        const auto e = a->waitFor<Msg::ErrorReply>();
        QVERIFY(e);
        QCOMPARE(e->code, u"no_such_user"_s);
        QCOMPARE(e->ref, std::optional<qint64>(40));
    }
    QVERIFY(!a->has<Msg::ReadMarker>());
}

void TestServerConversations::sendingMovesTheSendersReadPosition()
{
    auto laptop = device(m_a, u"laptop"_s, true);
    auto phone = device(m_a, u"phone"_s);
    auto b = device(m_b, u"desk"_s, true);
    QVERIFY(laptop && phone && b);
    for (int i = 0; i < 3; ++i) {
        b->send(Msg::Whisper{m_a, u"question %1"_s.arg(i), i + 1, false});
        QVERIFY(b->waitFor<Msg::Ack>());
    }
    // Answered from the phone: the laptop no longer counts the questions as unread.
    phone->send(Msg::Whisper{m_b, u"answer"_s, 9, false});
    const auto ack = phone->waitFor<Msg::Ack>();
    QVERIFY(ack);
    const auto marker =
        laptop->waitFor<Msg::ReadMarker>(5000, [&](const Msg::ReadMarker &r) { return r.id == ack->id; });
    QVERIFY(marker);
    QCOMPARE(marker->with, std::optional<QString>(m_b));
    QCOMPARE(marker->unread, 0);
    laptop->send(Msg::ListConversations{});
    const auto list = laptop->waitFor<Msg::ConversationList>(
        5000, [](const Msg::ConversationList &l) { return !l.conversations.isEmpty(); });
    QVERIFY(list);
    QCOMPARE(list->conversations[0].unread, 0);
    QCOMPARE(list->conversations[0].lastRead, ack->id);
    // The same in a room.
    b->send(Msg::Say{u"lobby"_s, u"anyone?"_s, 20, false});
    QVERIFY(b->waitFor<Msg::Ack>());
    phone->send(Msg::Say{u"lobby"_s, u"me"_s, 21, false});
    const auto said = phone->waitFor<Msg::Ack>();
    QVERIFY(said);
    QVERIFY(laptop->waitFor<Msg::ReadMarker>(
        5000, [&](const Msg::ReadMarker &r) { return r.room == "lobby"_L1 && r.id == said->id && r.unread == 0; }));
}

void TestServerConversations::mentionsAreCountedAndListedForTheMentioned()
{
    const QString room = u"team%1"_s.arg(m_round);
    auto a = device(m_a, u"desk"_s, true), c = device(m_c, u"desk"_s, true);
    QVERIFY(a && c);
    {
        auto b = device(m_b, u"desk"_s, true);
        QVERIFY(b);
        b->send(Msg::Join{room});
        QVERIFY(b->waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == room; }));
    } // Ben is away
    a->send(Msg::Join{room});
    QVERIFY(a->waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == room; }));
    const QString text = u"@%1: ship it? (cc @%2, @nobody, @%3, mail x@%1.org)"_s.arg(m_b.toUpper(), m_c, m_a);
    a->send(Msg::Say{room, text, 1, false});
    const auto ack = a->waitFor<Msg::Ack>();
    QVERIFY(ack);
    const auto chat = a->waitFor<Msg::ChatMessage>(5000, [&](const Msg::ChatMessage &m) { return m.id == ack->id; });
    QVERIFY(chat);
    // Ben only: Cat is not in the room, nobody does not exist, Ann is the sender, and an address is no mention.
    QCOMPARE(chat->mentions, QStringList{m_b});
    a->send(Msg::Say{room, u"and something else"_s, 2, false});
    QVERIFY(a->waitFor<Msg::Ack>());

    auto b = device(m_b, u"desk"_s);
    QVERIFY(b);
    const auto joined = b->waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == room; });
    QVERIFY(joined);
    QCOMPARE(joined->unread, std::optional<qint64>(2));
    QCOMPARE(joined->mentions, std::optional<qint64>(1)); // counted apart from the other unread
    b->send(Msg::ListMentions{std::nullopt, 50});
    const auto list = b->waitFor<Msg::MentionList>();
    QVERIFY(list);
    QCOMPARE(list->messages.size(), 1);
    QCOMPARE(list->messages[0].id, ack->id);
    QCOMPARE(list->messages[0].room, room);
    QCOMPARE(list->messages[0].mentions, QStringList{m_b});
    QVERIFY(!list->more);
    // History carries them too; reading past it clears the count; Cat has none.
    b->send(Msg::HistoryRequest{room, std::nullopt, std::nullopt, 50, std::nullopt});
    const auto page = b->waitFor<Msg::HistoryReply>();
    QVERIFY(page);
    QVERIFY(std::any_of(page->messages.cbegin(), page->messages.cend(),
                        [&](const Msg::ChatMessage &m) { return m.id == ack->id && m.mentions == QStringList{m_b}; }));
    b->send(Msg::MarkRead{room, std::nullopt, ack->id});
    const auto marker = b->waitFor<Msg::ReadMarker>();
    QVERIFY(marker);
    QCOMPARE(marker->unread, 1);
    QCOMPARE(marker->mentions, 0);
    c->send(Msg::ListMentions{std::nullopt, 50});
    QVERIFY(c->waitFor<Msg::MentionList>()->messages.isEmpty());
    // Leaving the room takes its mentions out of the list.
    b->send(Msg::Leave{room});
    QVERIFY(b->waitFor<Msg::Left>());
    b->send(Msg::ListMentions{std::nullopt, 50});
    QVERIFY(b->waitFor<Msg::MentionList>()->messages.isEmpty());
}

void TestServerConversations::theNotificationLevelFollowsTheAccount()
{
    auto desk = device(m_a, u"desk"_s, true), phone = device(m_a, u"phone"_s);
    QVERIFY(desk && phone);
    desk->send(Msg::Notify{u"lobby"_s, u"mentions"_s});
    for (TestClient *d : {desk.get(), phone.get()}) {
        const auto notify = d->waitFor<Msg::Notify>();
        QVERIFY(notify);
        QCOMPARE(notify->level, u"mentions"_s);
    }
    desk.reset();
    phone.reset();
    auto laptop = device(m_a, u"laptop"_s);
    QVERIFY(laptop);
    const auto joined = laptop->waitFor<Msg::Joined>();
    QVERIFY(joined);
    QCOMPARE(joined->notify, std::optional<QString>(u"mentions"_s));
    QJsonObject bad = Msg::Notify{u"lobby"_s, u"all"_s}.toJson();
    bad.insert("level"_L1, u"loud"_s);
    laptop->sendRaw(Msg::encodeObject(bad));
    QCOMPARE(laptop->waitFor<Msg::ErrorReply>()->code, u"out_of_range"_s);
    laptop->send(Msg::Notify{u"elsewhere"_s, u"nothing"_s});
    QCOMPARE(laptop->waitFor<Msg::ErrorReply>()->code, u"not_in_room"_s);
}

void TestServerConversations::searchFindsWordsOnlyWhereTheUserMayRead()
{
    const QString room = u"kitchen%1"_s.arg(m_round), other = u"cellar%1"_s.arg(m_round);
    auto a = device(m_a, u"desk"_s, true), b = device(m_b, u"desk"_s, true), c = device(m_c, u"desk"_s, true);
    QVERIFY(a && b && c);
    for (TestClient *x : {a.get(), b.get()}) {
        x->send(Msg::Join{room});
        QVERIFY(x->waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == room; }));
    }
    c->send(Msg::Join{other});
    QVERIFY(c->waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == other; }));
    a->send(Msg::Say{room, u"Le café est prêt, venez"_s, 1, false});
    const qint64 cafe = a->waitFor<Msg::Ack>()->id;
    a->send(Msg::Whisper{m_b, u"Résumé attached"_s, 2, false});
    const qint64 resume = a->waitFor<Msg::Ack>()->id;
    c->send(Msg::Say{other, u"cafe secrets of the cellar"_s, 3, false});
    QVERIFY(c->waitFor<Msg::Ack>());

    auto search = [](TestClient &x, const QString &query, std::optional<qint64> before = std::nullopt) {
        x.send(Msg::Search{query, before, 20});
        return x.waitFor<Msg::SearchResults>();
    };
    // Accents folded, words found by their start; Cat's room is not Ben's to search.
    auto found = search(*b, u"cafe"_s);
    QVERIFY(found);
    QCOMPARE(found->hits.size(), 1);
    const Msg::SearchHit &hit = found->hits[0];
    QCOMPARE(hit.id, cafe);
    QCOMPARE(hit.room, std::optional<QString>(room));
    QCOMPARE(hit.from, m_a);
    QCOMPARE(hit.snippet, u"Le café est prêt, venez"_s);
    QCOMPARE(hit.matches.size(), 1);
    QCOMPARE(hit.snippet.mid(hit.matches[0].first, hit.matches[0].second), u"café"_s);
    found = search(*b, u"RESU"_s);
    QVERIFY(found && found->hits.size() == 1);
    QCOMPARE(found->hits[0].id, resume);
    QCOMPARE(found->hits[0].with, std::optional<QString>(m_a));
    // Filters.
    QCOMPARE(search(*b, u"caf from:%1"_s.arg(m_a))->hits.size(), 1);
    QCOMPARE(search(*b, u"caf from:%1"_s.arg(m_c))->hits.size(), 0);
    QCOMPARE(search(*b, u"in:@%1"_s.arg(m_a))->hits.size(), 1);
    QCOMPARE(search(*b, u"prêt in:%1"_s.arg(room))->hits.size(), 1);
    QCOMPARE(search(*b, u"prêt before:2000-01-01"_s)->hits.size(), 0);
    QCOMPARE(search(*b, u"prêt after:2000-01-01"_s)->hits.size(), 1);
    QCOMPARE(search(*b, u"cafe"_s, cafe)->hits.size(), 0); // older than itself: nothing
    // Nobody reaches what they may not read: not another room, not another pair's conversation.
    QCOMPARE(search(*c, u"prêt"_s)->hits.size(), 0);
    QCOMPARE(search(*c, u"résumé"_s)->hits.size(), 0);
    QCOMPARE(search(*c, u"in:%1"_s.arg(room))->hits.size(), 0);
    found = search(*c, u"cafe"_s);
    QVERIFY(found && found->hits.size() == 1);
    QCOMPARE(found->hits[0].room, std::optional<QString>(other));
    // Leaving a room takes it out of one's searches.
    b->send(Msg::Leave{room});
    QVERIFY(b->waitFor<Msg::Left>(5000, [&](const Msg::Left &l) { return l.room == room; }));
    QCOMPARE(search(*b, u"cafe"_s)->hits.size(), 0);
}

void TestServerConversations::searchQueriesAreChecked_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("only punctuation") << u"\"*( ) -"_s;
    QTest::newRow("bad from") << u"from:no!one"_s;
    QTest::newRow("bad in") << u"in:no!room"_s;
    QTest::newRow("bad date") << u"cafe before:yesterday"_s;
    QTest::newRow("too many words") << u"a b c d e f g h i j k l m n o p q"_s;
}

void TestServerConversations::searchQueriesAreChecked()
{
    QFETCH(QString, query);
    auto a = device(m_a, u"desk"_s, true);
    QVERIFY(a);
    a->send(Msg::Search{query, std::nullopt, 10}, 5);
    const auto e = a->waitFor<Msg::ErrorReply>();
    QVERIFY(e);
    QCOMPARE(e->code, u"out_of_range"_s);
    QCOMPARE(e->ref, std::optional<qint64>(5));
    // FTS5's own syntax is only ever words: this is a search for "NEAR" and "x", not an error.
    a->send(Msg::Search{u"NEAR(x) OR \"y*"_s, std::nullopt, 10});
    QVERIFY(a->waitFor<Msg::SearchResults>());
}

void TestServerConversations::searchesRunOneAtATimeAndOutliveNoSession()
{
    auto a = device(m_a, u"desk"_s, true), b = device(m_b, u"desk"_s, true);
    QVERIFY(a && b);
    // Twelve in one write (within the request budget): those that arrive while one is on the search
    // thread are refused, each with its ref and when to retry; every one is answered once.
    QByteArray burst;
    for (int i = 1; i <= 12; ++i)
        burst += Msg::encode(Msg::Search{u"word%1"_s.arg(i), std::nullopt, 10}, i);
    a->sendRaw(burst);
    int busy = 0, results = 0;
    const auto collect = [&] {
        QList<Msg::Message> &inbox = a->received();
        for (qsizetype k = 0; k < inbox.size();) {
            if (const auto *e = std::get_if<Msg::ErrorReply>(&inbox[k]); e && e->code == u"rate_limited"_s && e->ref &&
                                                                         e->retryAfterMs.value_or(0) > 0 &&
                                                                         e->message.contains(u"still running"_s)) {
                ++busy;
                inbox.removeAt(k);
            } else if (std::holds_alternative<Msg::SearchResults>(inbox[k])) {
                ++results;
                inbox.removeAt(k);
            } else {
                ++k;
            }
        }
        return busy + results >= 12;
    };
    QTRY_VERIFY_WITH_TIMEOUT(collect(), 10000);
    QCOMPARE(busy + results, 12);
    QVERIFY(results >= 1);
    QVERIFY2(busy >= 1, "no search was refused while another ran");
    a->send(Msg::Search{u"third"_s, std::nullopt, 10});
    QVERIFY(a->waitFor<Msg::SearchResults>(5000, [](const Msg::SearchResults &r) { return r.query == u"third"_s; }));
    // A session that leaves with its search under way: the answer goes nowhere, and others are served.
    a->send(Msg::Search{u"fourth"_s, std::nullopt, 10});
    a.reset();
    b->send(Msg::Search{u"fifth"_s, std::nullopt, 10});
    QVERIFY(b->waitFor<Msg::SearchResults>(5000, [](const Msg::SearchResults &r) { return r.query == u"fifth"_s; }));
}

QTEST_GUILESS_MAIN(TestServerConversations)
#include "tst_server_conversations.moc"
