// Ctrl+F in a real window against a real server: the dialog finds accented and prefixed words in what the
// user may read (nothing else), marks the matches, lists the user's mentions, and a chosen result opens the
// message in its room.
#include "chatinput.h"
#include "searchdialog.h"
#include "serverprocess.h"
#include "testclient.h"
#include "windowsession.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QtCrypto>

using namespace Qt::Literals::StringLiterals;

class TestClientSearch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void ctrlFFindsWhatTheUserMayReadAndOpensIt();
    void mentionsAreListedAndOpen();

private:
    QCA::Initializer m_qca;
    ServerProcess m_server;
};

void TestClientSearch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.start());
}

void TestClientSearch::ctrlFFindsWhatTheUserMayReadAndOpensIt()
{
    auto writer = TestClient::open(m_server.tcpPort(), u"wes"_s, u"desk"_s, true);
    QVERIFY(writer);
    writer->send(Msg::Join{u"lobby"_s});
    QVERIFY(writer->waitFor<Msg::Joined>());
    writer->send(Msg::Say{u"lobby"_s, u"Le café est prêt"_s, 1});
    const auto cafe = writer->waitFor<Msg::Ack>();
    writer->send(Msg::Join{u"kitchen"_s, true}); // private: eve is not in it
    QVERIFY(writer->waitFor<Msg::Joined>(5000, [](const Msg::Joined &j) { return j.room == u"kitchen"_s; }));
    writer->send(Msg::Say{u"kitchen"_s, u"cafe secrets"_s, 2});
    QVERIFY(cafe && writer->waitFor<Msg::Ack>());

    auto eve = WindowSession::open(u"eve"_s, m_server.tcpPort());
    QVERIFY(eve);
    QTest::keySequence(eve->window.get(), QKeySequence::Find);
    auto *dialog = eve->window->findChild<SearchDialog *>(u"searchDialog"_s);
    QVERIFY(dialog && dialog->isVisible());
    auto *query = dialog->findChild<QLineEdit *>(u"searchQuery"_s);
    QTest::keyClicks(query, u"CAFE pre"_s);
    QTest::keyClick(query, Qt::Key_Return);
    QTRY_COMPARE(dialog->resultCount(), 1); // not the private room's
    QVERIFY2(dialog->statusText().contains(u"1 message"_s), qPrintable(dialog->statusText()));
    auto *results = dialog->findChild<QListWidget *>(u"searchResults"_s);
    QListWidgetItem *item = results->item(0);
    QCOMPARE(item->data(SearchHitDelegate::SnippetRole).toString(), u"Le café est prêt"_s);
    QCOMPARE(item->data(SearchHitDelegate::MatchesRole).toList().size(), 2); // "café" and "prêt" marked
    QCOMPARE(item->data(SearchHitDelegate::WhereRole).toString(), u"#lobby"_s);

    // Nothing found says so.
    query->clear();
    QTest::keyClicks(query, u"zebra"_s);
    QTest::keyClick(query, Qt::Key_Return);
    QTRY_VERIFY(dialog->statusText().contains(u"No messages"_s));
    QCOMPARE(dialog->resultCount(), 0);
    // A query the server refuses: its reason, in the dialog.
    query->clear();
    QTest::keyClicks(query, u"before:someday"_s);
    QTest::keyClick(query, Qt::Key_Return);
    QTRY_VERIFY(!dialog->statusText().contains(u"Searching"_s));
    QVERIFY2(!dialog->statusText().isEmpty() && dialog->resultCount() == 0, qPrintable(dialog->statusText()));

    // Choosing a result opens the message in its room, marked: Down from the query, then Enter.
    dialog->search(u"café"_s);
    QTRY_COMPARE(dialog->resultCount(), 1);
    query->setFocus();
    QTest::keyClick(query, Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), results);
    QCOMPARE(results->currentRow(), 0);
    QTest::keyClick(results, Qt::Key_Return);
    QTRY_COMPARE(eve->window->markedId(), cafe->id);
    QCOMPARE(eve->window->currentRoom(), u"lobby"_s);
}

void TestClientSearch::mentionsAreListedAndOpen()
{
    auto writer = TestClient::open(m_server.tcpPort(), u"xia"_s, u"desk"_s, true);
    auto fay = WindowSession::open(u"fay"_s, m_server.tcpPort());
    QVERIFY(writer && fay);
    writer->send(Msg::Join{u"lobby"_s});
    QVERIFY(writer->waitFor<Msg::Joined>());
    writer->send(Msg::Say{u"lobby"_s, u"@fay can you look at this, @Fay?"_s, 1});
    const auto mention = writer->waitFor<Msg::Ack>();
    QVERIFY(mention);
    auto *input = fay->window->findChild<ChatInput *>(u"input"_s);
    QTest::keyClicks(input, u"/mentions"_s);
    QTest::keyClick(input, Qt::Key_Return);
    auto *dialog = fay->window->findChild<SearchDialog *>(u"searchDialog"_s);
    QVERIFY(dialog && dialog->isVisible());
    QTRY_COMPARE(dialog->resultCount(), 1);
    auto *results = dialog->findChild<QListWidget *>(u"searchResults"_s);
    QCOMPARE(results->item(0)->data(SearchHitDelegate::MatchesRole).toList().size(), 2);
    emit results->itemClicked(results->item(0));
    QTRY_COMPARE(fay->window->markedId(), mention->id);
    // Ctrl+F afterwards is a search again, not the mentions list.
    QTest::keySequence(fay->window.get(), QKeySequence::Find);
    QCOMPARE(dialog->windowTitle(), u"Search messages"_s);
    QCOMPARE(dialog->resultCount(), 0);
}

QTEST_MAIN(TestClientSearch)
#include "tst_client_search.moc"
