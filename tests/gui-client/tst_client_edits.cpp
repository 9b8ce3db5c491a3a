// Replies, edits, reactions, deletions and jumps to a message, in real windows against a real server: what
// one person does reaches the other's window, and the clicks on a quote and on a reaction do what they say.
#include "chatinput.h"
#include "messageactions.h"
#include "messagedelegate.h"
#include "messagetext.h"
#include "serverprocess.h"
#include "testclient.h"
#include "windowsession.h"

#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTimer>
#include <QtCrypto>

using namespace Qt::Literals::StringLiterals;

namespace {

void type(MainWindow &window, const QString &line)
{
    auto *input = window.findChild<ChatInput *>(u"input"_s);
    QTest::keyClicks(input, line);
    QTest::keyClick(input, Qt::Key_Return);
}

QListView *view(MainWindow &window)
{
    return window.findChild<QListView *>(u"messages"_s);
}

// The row showing the message with this text, in the lobby; -1 until there is one.
int rowOf(MainWindow &window, const QString &text)
{
    const QList<int> rows = rowsWith(window.model(u"lobby"_s), text);
    return rows.isEmpty() ? -1 : rows.first();
}

QModelIndex indexOf(MainWindow &window, const QString &text)
{
    const int row = rowOf(window, text);
    return row < 0 ? QModelIndex() : window.model(u"lobby"_s)->index(row);
}

// Clicks a message where its first line (top) or its last line (bottom) is, as the view hands the click to
// its delegate.
void clickMessage(QListView *v, const QModelIndex &index, bool bottom)
{
    auto *delegate = qobject_cast<MessageDelegate *>(v->itemDelegate());
    QStyleOptionViewItem option;
    option.initFrom(v->viewport());
    option.font = v->font();
    option.rect = QRect(0, 0, v->viewport()->width(), 0);
    option.rect.setHeight(delegate->sizeHint(option, index).height());
    // Just right of the time's gutter, where quotes and reaction chips start.
    const QPointF at(QFontMetrics(v->font()).horizontalAdvance(u"88:88"_s) + 20,
                     bottom ? option.rect.height() - 10 : 10);
    QMouseEvent release(QEvent::MouseButtonRelease, at, v->viewport()->mapToGlobal(at), Qt::LeftButton, Qt::NoButton,
                        Qt::NoModifier);
    delegate->editorEvent(&release, v->model(), option, index);
}

// The context menu's entries for the message with this text; a submenu's as "Menu > Entry", with
// " (emoji font)" when drawn in the colour emoji font.
QStringList menuFor(MainWindow &window, const QString &text)
{
    QListView *v = view(window);
    const QRect rect = v->visualRect(indexOf(window, text));
    QStringList entries;
    QTimer::singleShot(200, [&] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            for (QAction *a : menu->actions()) {
                entries << a->text();
                if (!a->menu())
                    continue;
                for (QAction *sub : a->menu()->actions()) {
                    const bool emoji = sub->font().families().value(0) == MessageText::emojiFontFamilies().value(0);
                    entries << a->text() + u" > "_s + sub->text() + (emoji ? u" (emoji font)"_s : QString());
                }
            }
            menu->close();
        }
    });
    emit v->customContextMenuRequested(rect.center());
    return entries;
}

} // namespace

class TestClientEdits : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void replyEditReactAndDeleteReachTheOtherWindow();
    void aQuoteJumpsToAnOldMessageAndTheViewCatchesUp();

private:
    QCA::Initializer m_qca;
    ServerProcess m_server;
};

void TestClientEdits::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.start({u"--message-rate"_s, u"500"_s, u"--message-burst"_s, u"500"_s}));
}

void TestClientEdits::replyEditReactAndDeleteReachTheOtherWindow()
{
    auto ann = WindowSession::open(u"ann"_s, m_server.tcpPort());
    auto bob = WindowSession::open(u"bob"_s, m_server.tcpPort());
    QVERIFY(ann && bob);
    type(*bob->window, u"lunch at one?"_s);
    QTRY_VERIFY(rowOf(*ann->window, u"lunch at one?"_s) >= 0);
    QTRY_VERIFY(indexOf(*bob->window, u"lunch at one?"_s).data(MessageModel::IdRole).toLongLong() > 0);

    // Someone else's message offers a reply and reactions, not an edit or a deletion.
    QStringList menu = menuFor(*ann->window, u"lunch at one?"_s);
    QVERIFY2(menu.contains(u"Reply"_s) && menu.contains(u"React"_s), qPrintable(menu.join(u", "_s)));
    QVERIFY2(menu.contains(u"React > 👍 (emoji font)"_s) && menu.contains(u"React > Other Emoji…"_s),
             qPrintable(menu.join(u", "_s)));
    // From the keyboard: Shift+F10 opens it on the current message, as the Menu key does.
    QListView *annView = view(*ann->window);
    ann->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(ann->window.get()));
    annView->setFocus();
    annView->setCurrentIndex(indexOf(*ann->window, u"lunch at one?"_s));
    QString opened;
    QTimer::singleShot(200, [&] {
        if (auto *popup = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            opened = popup->objectName();
            popup->close();
        }
    });
    QTest::keyClick(annView, Qt::Key_F10, Qt::ShiftModifier);
    QCOMPARE(opened, u"messageMenu"_s);
    QVERIFY(!menu.contains(u"Edit"_s) && !menu.contains(u"Delete"_s));
    menu = menuFor(*bob->window, u"lunch at one?"_s);
    QVERIFY2(menu.contains(u"Edit"_s) && menu.contains(u"Delete"_s), qPrintable(menu.join(u", "_s)));

    // ann replies: the bar says to what, and bob sees the quote.
    ann->window->messageActions()->startReply(indexOf(*ann->window, u"lunch at one?"_s));
    auto *bar = ann->window->findChild<QWidget *>(u"composeBar"_s);
    QVERIFY(bar->isVisible());
    QVERIFY(ann->window->findChild<QLabel *>(u"composeText"_s)->text().contains(u"lunch at one?"_s));
    type(*ann->window, u"yes, the usual place"_s);
    QVERIFY(!bar->isVisible());
    QTRY_VERIFY(rowOf(*bob->window, u"yes, the usual place"_s) >= 0);
    const QVariantMap quote = indexOf(*bob->window, u"yes, the usual place"_s).data(MessageModel::QuoteRole).toMap();
    QCOMPARE(quote.value(u"from"_s).toString(), u"bob"_s);
    QCOMPARE(quote.value(u"text"_s).toString(), u"lunch at one?"_s);

    // bob edits his: the input gets the text; Enter saves; both windows show it edited, quote included.
    bob->window->messageActions()->startEdit(indexOf(*bob->window, u"lunch at one?"_s));
    auto *input = bob->window->findChild<ChatInput *>(u"input"_s);
    QCOMPARE(input->text(), u"lunch at one?"_s);
    input->clear();
    type(*bob->window, u"lunch at two?"_s);
    QTRY_VERIFY(rowOf(*ann->window, u"lunch at two?"_s) >= 0);
    QVERIFY(indexOf(*ann->window, u"lunch at two?"_s).data(MessageModel::EditedRole).toBool());
    QCOMPARE(rowOf(*ann->window, u"lunch at one?"_s), -1);
    QTRY_COMPARE(indexOf(*ann->window, u"yes, the usual place"_s)
                     .data(MessageModel::QuoteRole)
                     .toMap()
                     .value(u"text"_s)
                     .toString(),
                 u"lunch at two?"_s);
    QCOMPARE(rowsWith(bob->window->model(u"lobby"_s), u"lunch at two?"_s).size(), 1); // an edit, not a new message

    // ann reacts from the menu; bob clicks the same reaction under the message: two.
    ann->window->messageActions()->toggleReaction(indexOf(*ann->window, u"lunch at two?"_s), u"👍"_s);
    QTRY_COMPARE(indexOf(*bob->window, u"lunch at two?"_s).data(MessageModel::ReactionsRole).toList().size(), 1);
    clickMessage(view(*bob->window), indexOf(*bob->window, u"lunch at two?"_s), true);
    QTRY_COMPARE(indexOf(*ann->window, u"lunch at two?"_s)
                     .data(MessageModel::ReactionsRole)
                     .toList()
                     .value(0)
                     .toMap()
                     .value(u"count"_s)
                     .toLongLong(),
                 2);
    // The row grew by its reactions' line: the view lays it out again at its new height.
    {
        QListView *v = view(*bob->window);
        const QModelIndex reacted = indexOf(*bob->window, u"lunch at two?"_s);
        QStyleOptionViewItem option;
        option.initFrom(v->viewport());
        option.font = v->font();
        option.rect = QRect(0, 0, v->visualRect(reacted).width(), 0);
        const int wanted = v->itemDelegate()->sizeHint(option, reacted).height();
        QTRY_COMPARE(v->visualRect(reacted).height(), wanted);
    }
    const QVariantMap bobs =
        indexOf(*bob->window, u"lunch at two?"_s).data(MessageModel::ReactionsRole).toList().value(0).toMap();
    QVERIFY(bobs.value(u"mine"_s).toBool());
    QVERIFY(!indexOf(*ann->window, u"lunch at two?"_s)
                 .data(MessageModel::ReactionsRole)
                 .toList()
                 .value(0)
                 .toMap()
                 .value(u"mine"_s)
                 .isNull());

    // bob deletes it (after saying yes to the question): a tombstone in both windows, and in the quote.
    QTimer::singleShot(200, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        for (QAbstractButton *b : box ? box->buttons() : QList<QAbstractButton *>()) {
            if (b->text() == u"Delete"_s)
                b->click();
        }
    });
    const qint64 id = indexOf(*bob->window, u"lunch at two?"_s).data(MessageModel::IdRole).toLongLong();
    bob->window->messageActions()->deleteMessage(indexOf(*bob->window, u"lunch at two?"_s));
    MessageModel *annLobby = ann->window->model(u"lobby"_s);
    QTRY_VERIFY(annLobby->index(annLobby->rowOfId(id)).data(MessageModel::DeletedRole).toBool());
    QCOMPARE(rowOf(*ann->window, u"lunch at two?"_s), -1);
    QVERIFY(indexOf(*ann->window, u"yes, the usual place"_s)
                .data(MessageModel::QuoteRole)
                .toMap()
                .value(u"deleted"_s)
                .toBool());
}

void TestClientEdits::aQuoteJumpsToAnOldMessageAndTheViewCatchesUp()
{
    auto writer = TestClient::open(m_server.tcpPort(), u"dan"_s, u"desk"_s, true);
    QVERIFY(writer);
    writer->send(Msg::Join{u"lobby"_s});
    QVERIFY(writer->waitFor<Msg::Joined>());
    writer->send(Msg::Say{u"lobby"_s, u"the first plan"_s, 1});
    const auto first = writer->waitFor<Msg::Ack>();
    QVERIFY(first);
    for (int i = 0; i < 150; ++i)
        writer->send(Msg::Say{u"lobby"_s, u"filler %1"_s.arg(i), 2 + i});
    writer->send(Msg::Say{u"lobby"_s, u"back to the plan"_s, 500, false, first->id});
    QVERIFY(writer->waitFor<Msg::Ack>(10000, [](const Msg::Ack &a) { return a.ref == 500; }));
    // cat logs in later: the window loads only the latest page.
    auto cat = WindowSession::open(u"cat"_s, m_server.tcpPort());
    QVERIFY(cat);
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(*cat->window, u"back to the plan"_s) >= 0, 10000);
    QCOMPARE(rowOf(*cat->window, u"the first plan"_s), -1); // long scrolled away

    // A click on the quote loads the page around the message it answers, and marks it.
    QListView *v = view(*cat->window);
    QVERIFY(!indexOf(*cat->window, u"back to the plan"_s).data(MessageModel::QuoteRole).toMap().isEmpty());
    clickMessage(v, indexOf(*cat->window, u"back to the plan"_s), false);
    QTRY_COMPARE(cat->window->markedId(), first->id);
    MessageModel *lobby = cat->window->model(u"lobby"_s);
    QVERIFY(rowOf(*cat->window, u"the first plan"_s) >= 0);
    QVERIFY(lobby->hasNewerOnServer());
    QCOMPARE(rowOf(*cat->window, u"back to the plan"_s), -1);
    // Scrolling down fetches the newer pages until the newest message is there again.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            v->verticalScrollBar()->setValue(v->verticalScrollBar()->maximum());
            return !lobby->hasNewerOnServer();
        }(),
        10000);
    QVERIFY(rowOf(*cat->window, u"back to the plan"_s) >= 0);
    const QList<int> fillers = rowsWith(lobby, u"filler "_s);
    QCOMPARE(fillers.size(), 150); // no gap, no duplicate
    // And live messages are shown again.
    writer->send(Msg::Say{u"lobby"_s, u"live again"_s, 600});
    QTRY_VERIFY(rowOf(*cat->window, u"live again"_s) >= 0);
}

QTEST_MAIN(TestClientEdits)
#include "tst_client_edits.moc"
