// The window through the accessibility interfaces a screen reader uses: every widget named, each message
// readable as text, and a new message announced politely.
#include "chatinput.h"
#include "mainwindow.h"
#include "serverprocess.h"
#include "testclient.h"
#include "windowsession.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QListView>
#include <QStandardPaths>
#include <QTest>
#include <QtCrypto>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Announcement
{
    QString message;
    QAccessible::AnnouncementPoliteness politeness;
};
QList<Announcement> announcements;

void recordUpdate(QAccessibleEvent *event)
{
    if (event->type() == QAccessible::Announcement) {
        const auto *a = static_cast<QAccessibleAnnouncementEvent *>(event);
        announcements.append({a->message(), a->politeness()});
    }
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyWidgetHasANameOrALabel();
    void messagesAreReadableAsText();
    void newMessagesAreAnnouncedPolitely();

private:
    QCA::Initializer m_qca;
    ServerProcess m_server;
    std::unique_ptr<WindowSession> m_ann;
    std::unique_ptr<TestClient> m_bob;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QAccessible::installUpdateHandler(recordUpdate);
    QVERIFY(m_server.start());
    m_ann = WindowSession::open(u"ann"_s, m_server.tcpPort());
    QVERIFY(m_ann);
    m_bob = TestClient::open(m_server.tcpPort(), u"bob"_s, std::nullopt, true);
    QVERIFY(m_bob);
    m_bob->send(Msg::Say{u"lobby"_s, u"hello <b>ann</b>"_s, 1});
    QVERIFY(m_bob->waitFor<Msg::Ack>());
    QTRY_VERIFY(!rowsWith(m_ann->window->model(u"lobby"_s), u"hello"_s).isEmpty());
}

void TestAccessibility::everyWidgetHasANameOrALabel()
{
    // What a screen reader reaches: every visible control that takes focus or is clicked.
    QStringList unnamed;
    for (QWidget *w : m_ann->window->findChildren<QWidget *>()) {
        if (!w->isVisible() || (w->focusPolicy() == Qt::NoFocus && !qobject_cast<QAbstractButton *>(w)))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        QVERIFY(iface);
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << u"%1 (%2)"_s.arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()));
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    QAccessibleInterface *view =
        QAccessible::queryAccessibleInterface(m_ann->window->findChild<QListView *>(u"messages"_s));
    QCOMPARE(view->text(QAccessible::Name), u"Messages"_s);
    QVERIFY(!view->text(QAccessible::Description).isEmpty());
}

void TestAccessibility::messagesAreReadableAsText()
{
    auto *list = m_ann->window->findChild<QListView *>(u"messages"_s);
    QAccessibleInterface *view = QAccessible::queryAccessibleInterface(list);
    QVERIFY(view);
    QStringList texts;
    const int rows = list->model()->rowCount();
    QVERIFY(rows > 0);
    // Each message is a child whose name is the message as a sentence: sender and text, no markup read.
    for (int i = 0; i < view->childCount(); ++i) {
        if (QAccessibleInterface *child = view->child(i))
            texts << child->text(QAccessible::Name);
    }
    QVERIFY2(texts.contains(u"bob: hello <b>ann</b>"_s), qPrintable(texts.join(u" | "_s)));
}

void TestAccessibility::newMessagesAreAnnouncedPolitely()
{
    announcements.clear();
    m_bob->send(Msg::Say{u"lobby"_s, u"is anyone there?"_s, 2});
    QTRY_VERIFY_WITH_TIMEOUT(!announcements.isEmpty(), 5000);
    QCOMPARE(announcements.first().message, u"bob: is anyone there?"_s);
    QCOMPARE(announcements.first().politeness, QAccessible::AnnouncementPoliteness::Polite);
    // The user's own lines are not read back to them.
    announcements.clear();
    auto *input = m_ann->window->findChild<ChatInput *>(u"input"_s);
    QTest::keyClicks(input, u"yes, me"_s);
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_VERIFY(!rowsWith(m_ann->window->model(u"lobby"_s), u"yes, me"_s).isEmpty());
    QTest::qWait(200);
    QVERIFY(announcements.isEmpty());
}

QTEST_MAIN(TestAccessibility)
#include "tst_client_accessibility.moc"
