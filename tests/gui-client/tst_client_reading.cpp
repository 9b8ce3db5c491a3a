// How messages read: colours that keep AA contrast in light and dark, a stable colour per person, day
// separators, grouping, joins and leaves merged or hidden, wrapped lines under the text, a readable line
// width, the full time on hover, copying, and server codes shown in the user's words.
#include "chatclient.h"
#include "chatinput.h"
#include "chattheme.h"
#include "emojipicker.h"
#include "messageactions.h"
#include "messagedelegate.h"
#include "messagemodel.h"
#include "protocolerror.h"
#include "servertext.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QIcon>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyleHints>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 Minute = 60 * 1000;

qint64 todayAt(int hour, int minute, int daysAgo = 0)
{
    return QDateTime(QDate::currentDate().addDays(-daysAgo), QTime(hour, minute)).toMSecsSinceEpoch();
}

MessageEntry chat(qint64 id, const QString &from, const QString &text, qint64 ts,
                  MessageEntry::Kind kind = MessageEntry::Kind::Chat)
{
    MessageEntry e{kind, id, from, {}, text, ts, false};
    return e;
}

QStyleOptionViewItem optionFor(const QPalette &palette, int width, bool selected = false)
{
    QStyleOptionViewItem option;
    option.palette = palette;
    option.rect = QRect(0, 0, width, 40);
    option.font = QApplication::font();
    option.state = QStyle::State_Enabled | (selected ? QStyle::State_Selected : QStyle::State_None);
    return option;
}

// One of each kind of row the view can draw.
QList<MessageEntry> everyKindOfRow()
{
    QList<MessageEntry> rows;
    rows << chat(1, u"ann"_s, u"plain text with a link https://example.org/x and more"_s, todayAt(9, 0, 2));
    rows << chat(2, u"ann"_s, u"grouped under ann"_s, todayAt(9, 1, 2));
    MessageEntry own = chat(3, u"me"_s, u"my own words"_s, todayAt(9, 2, 1), MessageEntry::Kind::Own);
    own.state.edited = 1;
    rows << own;
    MessageEntry pending = chat(0, u"me"_s, u"on its way"_s, todayAt(9, 3, 1), MessageEntry::Kind::Own);
    pending.status = MessageEntry::Status::Pending;
    pending.ref = 7;
    rows << pending;
    MessageEntry failed = chat(0, u"me"_s, u"refused"_s, todayAt(9, 4, 1), MessageEntry::Kind::Own);
    failed.status = MessageEntry::Status::Failed;
    failed.ref = 8;
    rows << failed;
    MessageEntry direct = chat(4, u"bob"_s, u"just to you"_s, todayAt(10, 0), MessageEntry::Kind::Private);
    direct.to = u"me"_s;
    rows << direct;
    MessageEntry mention = chat(5, u"carl"_s, u"hey @me look"_s, todayAt(10, 1));
    mention.mentionsMe = true;
    mention.state.reply = Msg::Quote{1, u"ann"_s, u"plain text"_s, false};
    mention.state.reactions = {{u"👍"_s, 2, true}, {u"🎉"_s, 1, false}};
    rows << mention;
    MessageEntry deleted = chat(6, u"dora"_s, QString(), todayAt(10, 2));
    deleted.state.deleted = true;
    rows << deleted;
    MessageEntry action = chat(7, u"erin"_s, u"waves"_s, todayAt(10, 3));
    action.action = true;
    rows << action;
    rows << MessageEntry{MessageEntry::Kind::Presence, 0, {}, {}, u"fay joined."_s, todayAt(10, 4), false};
    rows << MessageEntry{MessageEntry::Kind::Notice, 0, {}, {}, u"a notice"_s, todayAt(10, 5), false};
    rows << MessageEntry{MessageEntry::Kind::Error, 0, {}, {}, u"an error"_s, todayAt(10, 6), false};
    rows << MessageEntry{MessageEntry::Kind::Announcement, 0, {}, {}, u"maintenance at 6"_s, todayAt(10, 7), false};
    return rows;
}

} // namespace

class TestReading : public QObject
{
    Q_OBJECT
private slots:
    void everyDrawnColourKeepsContrast_data();
    void everyDrawnColourKeepsContrast();
    void personColoursAreStableDistinctAndReadable();
    void paletteFollowsTheScheme();
    void daySeparators();
    void consecutiveMessagesGroupUnderOneName();
    void joinsAndLeavesMergeAndHide();
    void wrappedLinesStayUnderTheText();
    void lineWidthIsCappedOnWideWindows();
    void rowsAreMeasuredAsTheyAreSeen();
    void measuredSizesFollowChanges();
    void hiddenJoinsAreNotReachable();
    void emojiAskForTheColourFont();
    void timesIn24Or12Hours();
    void tooltipGivesTheFullDate();
    void selectedMessagesAreCopied();
    void serverCodesAreShownInTheUsersWords();
    void viewIsDrawnInTheSchemesColours();
    void emojiAreFoundByName();
    void tabCompletesNames();
    void iconsAreSharpAtEveryScale_data();
    void iconsAreSharpAtEveryScale();
};

void TestReading::everyDrawnColourKeepsContrast_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<bool>("selected");
    QTest::newRow("light") << false << false;
    QTest::newRow("light, selected") << false << true;
    QTest::newRow("dark") << true << false;
    QTest::newRow("dark, selected") << true << true;
}

void TestReading::everyDrawnColourKeepsContrast()
{
    QFETCH(bool, dark);
    QFETCH(bool, selected);
    const QPalette palette = ChatTheme::palette(dark ? ChatTheme::Scheme::Dark : ChatTheme::Scheme::Light);
    QCOMPARE(ChatTheme::isDark(palette), dark);
    MessageModel model;
    for (const MessageEntry &e : everyKindOfRow())
        model.append(e);
    model.setLastRead(4, u"me"_s); // a "new messages" line above carl's message
    QVERIFY(model.firstUnreadRow() >= 0);
    MessageDelegate delegate;
    int pairs = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        for (const auto &[fg, bg] : delegate.drawnColors(optionFor(palette, 600, selected), index)) {
            QVERIFY2(fg.isValid(), qPrintable(u"row %1 draws text without a colour of its own"_s.arg(row)));
            QVERIFY(bg.isValid());
            QCOMPARE(bg.alpha(), 255);
            const double ratio = ChatTheme::contrast(fg, bg);
            QVERIFY2(ratio >= ChatTheme::MinContrast, qPrintable(u"row %1 (%2): %3 on %4 is %5:1"_s.arg(row)
                                                                     .arg(model.at(row).text, fg.name(), bg.name())
                                                                     .arg(ratio, 0, 'f', 2)));
            ++pairs;
        }
    }
    QVERIFY2(pairs >= 3 * model.rowCount(), qPrintable(QString::number(pairs))); // times, names, text, chips...
}

void TestReading::personColoursAreStableDistinctAndReadable()
{
    for (const bool dark : {false, true}) {
        const ChatTheme::Colors colors =
            ChatTheme::colors(ChatTheme::palette(dark ? ChatTheme::Scheme::Dark : ChatTheme::Scheme::Light));
        QCOMPARE(ChatTheme::personColor(u"Ann"_s, colors), ChatTheme::personColor(u"ann"_s, colors));
        QSet<QRgb> distinct;
        for (int i = 0; i < 300; ++i) {
            const QString name = u"user%1"_s.arg(i);
            const QColor c = ChatTheme::personColor(name, colors);
            distinct.insert(c.rgb());
            for (const QColor &bg : colors.backgrounds())
                QVERIFY2(ChatTheme::contrast(c, bg) >= ChatTheme::MinContrast,
                         qPrintable(u"%1: %2 on %3"_s.arg(name, c.name(), bg.name())));
        }
        QVERIFY2(distinct.size() >= 10, qPrintable(QString::number(distinct.size())));
    }
    // The same on every machine and in every session: not a per-process hash.
    const ChatTheme::Colors light = ChatTheme::colors(ChatTheme::palette(ChatTheme::Scheme::Light));
    QCOMPARE(ChatTheme::personColor(u"ann"_s, light), ChatTheme::personColor(u"ANN"_s, light));
    QVERIFY(ChatTheme::personColor(u"ann"_s, light) != ChatTheme::personColor(u"bob"_s, light) ||
            ChatTheme::personColor(u"bob"_s, light) != ChatTheme::personColor(u"carl"_s, light));
}

void TestReading::paletteFollowsTheScheme()
{
    QVERIFY(!ChatTheme::isDark(ChatTheme::palette(ChatTheme::Scheme::Light)));
    QVERIFY(ChatTheme::isDark(ChatTheme::palette(ChatTheme::Scheme::Dark)));
    ChatTheme::apply(ChatTheme::Scheme::Dark);
    QVERIFY(ChatTheme::isDark(QApplication::palette()));
    QListView view;
    QVERIFY(ChatTheme::isDark(view.palette()));
    ChatTheme::apply(ChatTheme::Scheme::Light);
    QVERIFY(!ChatTheme::isDark(QApplication::palette()));
    // Whatever the system's scheme, the palette it gives agrees with it (or is the platform's own).
    const QPalette system = ChatTheme::palette(ChatTheme::Scheme::System);
    const Qt::ColorScheme scheme = QGuiApplication::styleHints()->colorScheme();
    if (scheme != Qt::ColorScheme::Unknown)
        QCOMPARE(ChatTheme::isDark(system), scheme == Qt::ColorScheme::Dark);
    QCOMPARE(ChatTheme::schemeFromName(u"dark"_s), ChatTheme::Scheme::Dark);
    QCOMPARE(ChatTheme::schemeFromName(u"nonsense"_s), ChatTheme::Scheme::System);
    // Both palettes' own text pairs keep AA too.
    for (const auto s : {ChatTheme::Scheme::Light, ChatTheme::Scheme::Dark}) {
        const QPalette p = ChatTheme::palette(s);
        QVERIFY(ChatTheme::contrast(p.color(QPalette::Text), p.color(QPalette::Base)) >= ChatTheme::MinContrast);
        QVERIFY(ChatTheme::contrast(p.color(QPalette::WindowText), p.color(QPalette::Window)) >=
                ChatTheme::MinContrast);
        QVERIFY(ChatTheme::contrast(p.color(QPalette::ButtonText), p.color(QPalette::Button)) >=
                ChatTheme::MinContrast);
        QVERIFY(ChatTheme::contrast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)) >=
                ChatTheme::MinContrast);
        QVERIFY(ChatTheme::contrast(p.color(QPalette::PlaceholderText), p.color(QPalette::Base)) >=
                ChatTheme::MinContrast);
        QVERIFY(ChatTheme::contrast(p.color(QPalette::Link), p.color(QPalette::Base)) >= ChatTheme::MinContrast);
    }
}

void TestReading::daySeparators()
{
    const QDate today = QDate::currentDate();
    QCOMPARE(MessageModel::dayName(today, today), u"Today"_s);
    QCOMPARE(MessageModel::dayName(today.addDays(-1), today), u"Yesterday"_s);
    const QString older = MessageModel::dayName(QDate(today.year() - 1, 3, 14), today);
    QVERIFY2(older.contains(QString::number(today.year() - 1)) && older.contains(u"14"_s), qPrintable(older));

    MessageModel model;
    model.append(chat(10, u"ann"_s, u"a"_s, todayAt(23, 0, 3)));
    model.append(chat(11, u"ann"_s, u"b"_s, todayAt(23, 30, 3)));
    model.append(chat(12, u"bob"_s, u"c"_s, todayAt(8, 0, 1)));
    model.append(chat(13, u"bob"_s, u"d"_s, todayAt(0, 5)));
    model.append(chat(14, u"bob"_s, u"e"_s, todayAt(0, 6)));
    QVERIFY(!model.index(0).data(MessageModel::DayRole).toString().isEmpty());
    QCOMPARE(model.index(1).data(MessageModel::DayRole).toString(), QString());
    QCOMPARE(model.index(2).data(MessageModel::DayRole).toString(), u"Yesterday"_s);
    QCOMPARE(model.index(3).data(MessageModel::DayRole).toString(), u"Today"_s);
    QCOMPARE(model.index(4).data(MessageModel::DayRole).toString(), QString());

    // Older messages from history above: the formerly first one no longer starts its day, and says so.
    QSignalSpy changed(&model, &MessageModel::dataChanged);
    model.prepend({chat(5, u"ann"_s, u"earlier"_s, todayAt(22, 0, 3))}, false);
    QCOMPARE(model.index(1).data(MessageModel::DayRole).toString(), QString());
    bool told = false;
    for (const auto &args : std::as_const(changed))
        told = told || args.at(0).toModelIndex().row() == 1;
    QVERIFY(told);

    // The separator is drawn above the message.
    MessageDelegate delegate;
    QTextDocument doc;
    delegate.layoutRow(doc, optionFor(ChatTheme::palette(ChatTheme::Scheme::Light), 600), model.index(4));
    QVERIFY2(doc.begin().text().contains(u"Today"_s), qPrintable(doc.toPlainText()));
}

void TestReading::consecutiveMessagesGroupUnderOneName()
{
    MessageModel model;
    model.append(chat(1, u"ann"_s, u"one"_s, todayAt(9, 0)));
    model.append(chat(2, u"Ann"_s, u"two, a minute later"_s, todayAt(9, 1)));
    model.append(chat(3, u"ann"_s, u"three, six minutes later"_s, todayAt(9, 7)));
    model.append(chat(4, u"bob"_s, u"someone else"_s, todayAt(9, 7)));
    MessageEntry action = chat(5, u"bob"_s, u"waves"_s, todayAt(9, 8));
    action.action = true;
    model.append(action);
    model.append(chat(6, u"bob"_s, u"after an action"_s, todayAt(9, 8)));
    model.append(chat(7, u"bob"_s, u"new since last read"_s, todayAt(9, 9)));
    const auto grouped = [&](int row) { return model.index(row).data(MessageModel::GroupedRole).toBool(); };
    QVERIFY(!grouped(0));
    QVERIFY(grouped(1));
    QVERIFY(!grouped(2)); // more than GroupMs later
    QVERIFY(!grouped(3));
    QVERIFY(!grouped(4)); // an action names its sender in its text
    QVERIFY(!grouped(5));
    QVERIFY(grouped(6));
    model.setLastRead(6, u"me"_s);
    QVERIFY(!grouped(6)); // the "new messages" line comes between

    // A reply's quote comes under the sender's name, above the text.
    MessageModel replies;
    MessageEntry reply = chat(9, u"bob"_s, u"yes"_s, todayAt(9, 0));
    reply.state.reply = Msg::Quote{1, u"ann"_s, u"lunch?"_s, false};
    replies.append(reply);
    QTextDocument replyDoc;
    MessageDelegate replyDelegate;
    replyDelegate.layoutRow(replyDoc, optionFor(ChatTheme::palette(ChatTheme::Scheme::Light), 600), replies.index(0));
    const QString laidOut = replyDoc.toPlainText();
    QVERIFY2(laidOut.indexOf(u"bob"_s) < laidOut.indexOf(u"lunch?"_s) &&
                 laidOut.indexOf(u"lunch?"_s) < laidOut.indexOf(u"yes"_s),
             qPrintable(laidOut));

    // A grouped message is drawn without the name; the first of a group with it.
    MessageDelegate delegate;
    const QStyleOptionViewItem option = optionFor(ChatTheme::palette(ChatTheme::Scheme::Light), 600);
    QTextDocument first, second;
    delegate.layoutRow(first, option, model.index(0));
    delegate.layoutRow(second, option, model.index(1));
    QVERIFY(first.toPlainText().contains(u"ann"_s));
    QVERIFY(!second.toPlainText().contains(u"Ann"_s));
    QVERIFY(second.toPlainText().contains(u"two, a minute later"_s));
}

void TestReading::joinsAndLeavesMergeAndHide()
{
    MessageModel model;
    model.append(chat(1, u"ann"_s, u"hello"_s, todayAt(9, 0)));
    model.append(MessageEntry{MessageEntry::Kind::Presence, 0, {}, {}, u"bob joined."_s, todayAt(9, 1), false});
    model.append(MessageEntry{MessageEntry::Kind::Presence, 0, {}, {}, u"carl left."_s, todayAt(9, 2), false});
    QCOMPARE(model.rowCount(), 2); // one line for both
    QVERIFY(model.at(1).text.contains(u"bob joined."_s) && model.at(1).text.contains(u"carl left."_s));
    model.append(chat(2, u"ann"_s, u"still here"_s, todayAt(9, 3)));
    QVERIFY(!model.index(2).data(MessageModel::GroupedRole).toBool()); // the line comes between
    // A flood of comings and goings stays bounded per line.
    for (int i = 0; i < 500; ++i)
        model.append(
            MessageEntry{MessageEntry::Kind::Presence, 0, {}, {}, u"user%1 joined."_s.arg(i), todayAt(9, 4), false});
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.at(row).text.size() <= MessageModel::MaxPresenceLine + 100);

    MessageDelegate delegate;
    const QStyleOptionViewItem option = optionFor(ChatTheme::palette(ChatTheme::Scheme::Light), 600);
    QVERIFY(delegate.sizeHint(option, model.index(1)).height() > 0);
    QSignalSpy changed(&model, &MessageModel::dataChanged);
    model.setShowPresence(false);
    QVERIFY(!changed.isEmpty());
    QVERIFY(model.index(1).data(MessageModel::HiddenRole).toBool());
    QCOMPARE(delegate.sizeHint(option, model.index(1)).height(), 0);
    QVERIFY(!model.index(0).data(MessageModel::HiddenRole).toBool());
    QVERIFY(model.index(2).data(MessageModel::GroupedRole).toBool()); // hidden lines do not split a group
}

void TestReading::wrappedLinesStayUnderTheText()
{
    MessageModel model;
    model.append(chat(1, u"ann"_s, QString(u"word "_s).repeated(120), todayAt(9, 0)));
    MessageDelegate delegate;
    const QStyleOptionViewItem option = optionFor(ChatTheme::palette(ChatTheme::Scheme::Light), 400);
    QTextDocument doc;
    delegate.layoutRow(doc, option, model.index(0));
    const QFontMetrics metrics(option.font);
    const qreal timeRight = metrics.horizontalAdvance(u"88:88"_s);
    int lines = 0;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (!block.text().contains(u"word"_s))
            continue;
        const QRectF box = doc.documentLayout()->blockBoundingRect(block);
        for (int i = 0; i < block.layout()->lineCount(); ++i) {
            const qreal x = box.left() + block.layout()->lineAt(i).x();
            QVERIFY2(x > timeRight, qPrintable(u"line %1 starts at %2, under the time"_s.arg(i).arg(x)));
            ++lines;
        }
    }
    QVERIFY2(lines >= 3, qPrintable(QString::number(lines)));
}

void TestReading::emojiAskForTheColourFont()
{
    MessageModel model;
    model.append(chat(1, u"ann"_s, u"hi 😀 there 👍🏽 ❤️"_s, todayAt(9, 0)));
    MessageDelegate delegate;
    QTextDocument doc;
    delegate.layoutRow(doc, optionFor(ChatTheme::palette(ChatTheme::Scheme::Light), 600), model.index(0));
    QStringList emojiRuns, textRuns;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            const QStringList families = f.charFormat().fontFamilies().toStringList();
            (families.value(0) == u"Noto Color Emoji"_s ? emojiRuns : textRuns) << f.text();
        }
    }
    QVERIFY2(emojiRuns.join(u'|').contains(u"😀"_s) && emojiRuns.join(u'|').contains(u"👍🏽"_s) &&
                 emojiRuns.join(u'|').contains(u"❤️"_s),
             qPrintable(emojiRuns.join(u'|')));
    QVERIFY(!emojiRuns.join(u'|').contains(u"hi"_s));
    QVERIFY(textRuns.join(u'|').contains(u"there"_s));
}

void TestReading::lineWidthIsCappedOnWideWindows()
{
    MessageModel model;
    model.append(chat(1, u"ann"_s, QString(u"word "_s).repeated(400), todayAt(9, 0)));
    MessageDelegate delegate;
    QTextDocument doc;
    delegate.layoutRow(doc, optionFor(ChatTheme::palette(ChatTheme::Scheme::Light), 4000), model.index(0));
    const qreal cap = (MessageDelegate::MaxLineChars + 20) * QFontMetricsF(QApplication::font()).averageCharWidth();
    QVERIFY2(doc.textWidth() < cap, qPrintable(u"%1 >= %2"_s.arg(doc.textWidth()).arg(cap)));
    QTextDocument narrow;
    delegate.layoutRow(narrow, optionFor(ChatTheme::palette(ChatTheme::Scheme::Light), 300), model.index(0));
    QCOMPARE(narrow.textWidth(), 300.0); // a narrow window uses all of its width
}

void TestReading::timesIn24Or12Hours()
{
    MessageDelegate delegate;
    const QDateTime afternoon(QDate(2026, 6, 1), QTime(15, 7));
    QCOMPARE(delegate.timeText(afternoon), u"15:07"_s);
    delegate.setTwelveHour(true);
    const QString twelve = delegate.timeText(afternoon);
    QVERIFY2(twelve.startsWith(u"3:07"_s), qPrintable(twelve));
    QVERIFY2(twelve.contains(u"PM"_s, Qt::CaseInsensitive) || twelve.contains(QLocale().pmText()), qPrintable(twelve));
}

void TestReading::tooltipGivesTheFullDate()
{
    MessageModel model;
    model.append(chat(42, u"ann"_s, u"hi"_s, QDateTime(QDate(2025, 3, 14), QTime(15, 9)).toMSecsSinceEpoch()));
    const QString tip = model.index(0).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"2025"_s) && tip.contains(u"14"_s) && tip.contains(u"42"_s), qPrintable(tip));
}

void TestReading::selectedMessagesAreCopied()
{
    ChatClient client; // never connected: copying needs no server
    MessageModel model;
    model.append(chat(1, u"ann"_s, u"first line"_s, todayAt(9, 0)));
    model.append(chat(2, u"bob"_s, u"second line"_s, todayAt(9, 1)));
    model.append(chat(3, u"carl"_s, u"third line"_s, todayAt(9, 2)));
    QWidget window;
    auto *view = new QListView(&window);
    view->setItemDelegate(new MessageDelegate(view));
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setModel(&model);
    MessageActions actions(client, view, [&](const QString &) { return &model; }, [] { return false; }, &window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!actions.copySelection()); // nothing selected
    view->setFocus();
    view->selectionModel()->select(model.index(2), QItemSelectionModel::Select);
    view->selectionModel()->select(model.index(0), QItemSelectionModel::Select);
    QSignalSpy copied(&actions, &MessageActions::messageCopied);
    QTest::keySequence(view, QKeySequence::Copy);
    QCOMPARE(copied.size(), 1);
    const QString text = QApplication::clipboard()->text();
    QVERIFY2(text.contains(u"ann: first line"_s) && text.contains(u"carl: third line"_s) && !text.contains(u"second"_s),
             qPrintable(text));
    QVERIFY(text.indexOf(u"first"_s) < text.indexOf(u"third"_s)); // in the order shown
    QVERIFY2(text.startsWith(u"[09:00:00] "_s), qPrintable(text));
    // With 12-hour times chosen, the copy says them so too.
    qobject_cast<MessageDelegate *>(view->itemDelegate())->setTwelveHour(true);
    QVERIFY(actions.copySelection());
    QVERIFY2(QApplication::clipboard()->text().startsWith(u"[9:00:00 AM] "_s),
             qPrintable(QApplication::clipboard()->text()));
}

void TestReading::serverCodesAreShownInTheUsersWords()
{
    // Every code this build knows has a sentence of its own, never the server's English.
    const QString secret = u"SERVER ENGLISH"_s;
    for (int i = 0; i <= int(ErrorCode::TlsRequired); ++i) {
        const QString code = errorCodeName(ErrorCode(i));
        const QString text = ServerText::error(code, secret);
        QVERIFY2(!text.contains(secret), qPrintable(code));
        QVERIFY2(!text.contains(u"does not know why"_s), qPrintable(code));
    }
    QVERIFY(ServerText::error(u"from_the_future"_s, secret).contains(u"from_the_future"_s));
    QVERIFY(!ServerText::error(u"from_the_future"_s, secret).contains(secret));
    // Notices from their event and fields.
    Msg::Notice join{Msg::NoticeEvent::Join, u"lobby"_s, u"ann"_s, u"ENGLISH"_s, 1};
    QCOMPARE(ServerText::notice(join), u"ann joined."_s);
    Msg::Notice broadcast{Msg::NoticeEvent::Broadcast, std::nullopt, std::nullopt, u"Pizza at noon"_s, 1};
    QCOMPARE(ServerText::notice(broadcast), u"Pizza at noon"_s); // the operator's own words
    Msg::Notice shutdown{Msg::NoticeEvent::Shutdown, std::nullopt, std::nullopt, u"The server is shutting down."_s, 1};
    QVERIFY(ServerText::notice(shutdown).contains(u"reconnected"_s));
}

void TestReading::viewIsDrawnInTheSchemesColours()
{
    for (const bool dark : {false, true}) {
        ChatTheme::apply(dark ? ChatTheme::Scheme::Dark : ChatTheme::Scheme::Light);
        MessageModel model;
        for (const MessageEntry &e : everyKindOfRow())
            model.append(e);
        model.setLastRead(4, u"me"_s);
        QListView view;
        view.setItemDelegate(new MessageDelegate(&view));
        view.setWordWrap(true);
        view.setResizeMode(QListView::Adjust);
        view.setModel(&model);
        view.resize(640, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage image = view.grab().toImage();
        if (const QByteArray dir = qgetenv("CHATROOM_SCREENSHOT_DIR"); !dir.isEmpty())
            image.save(
                QDir(QString::fromLocal8Bit(dir)).filePath(dark ? u"reading-dark.png"_s : u"reading-light.png"_s));
        // The plain rows' background is the scheme's Base, and something is written on it.
        const QColor corner = image.pixelColor(image.width() - 30, view.visualRect(model.index(0)).top() + 3);
        QCOMPARE(corner.rgb(), QApplication::palette().color(QPalette::Base).rgb());
        QCOMPARE(ChatTheme::isDark(QApplication::palette()), dark);
    }
    ChatTheme::apply(ChatTheme::Scheme::Light);
}

void TestReading::tabCompletesNames()
{
    QWidget window;
    auto *input = new ChatInput(&window);
    input->setCompletions([] { return QStringList{u"ann"_s, u"Annika"_s, u"bob"_s}; });
    window.show();
    input->setFocus();
    QTest::keyClicks(input, u"thanks bo"_s);
    QTest::keyClick(input, Qt::Key_Tab);
    QCOMPARE(input->text(), u"thanks @bob "_s); // a name typed without @ becomes a mention
    input->clear();
    QTest::keyClicks(input, u"@an"_s);
    QTest::keyClick(input, Qt::Key_Tab);
    QCOMPARE(input->text(), u"@ann"_s); // two match: as far as they agree
    input->clear();
    QTest::keyClicks(input, u"/join bo"_s);
    QTest::keyClick(input, Qt::Key_Tab);
    QCOMPARE(input->text(), u"/join bo"_s); // a command's words are not names
}

void TestReading::emojiAreFoundByName()
{
    QVERIFY2(EmojiPicker::all().size() > 1500, qPrintable(QString::number(EmojiPicker::all().size())));
    const auto texts = [](const QList<EmojiPicker::Emoji> &list) {
        QStringList out;
        for (const auto &e : list)
            out << e.text;
        return out;
    };
    QVERIFY(texts(EmojiPicker::find(u"thumbs up"_s)).contains(u"👍"_s));
    QVERIFY(texts(EmojiPicker::find(u"THUMB"_s)).contains(u"👎"_s)); // any case, the start of a word
    QVERIFY(texts(EmojiPicker::find(u"cat"_s)).contains(u"🐱"_s));
    QVERIFY(!texts(EmojiPicker::find(u"cat"_s)).contains(u"🐶"_s));
    QVERIFY(EmojiPicker::find(u"zzzqqq"_s).isEmpty());
    QCOMPARE(EmojiPicker::find(QString()).size(), EmojiPicker::all().size());

    // Picked with the keyboard alone; a reaction picker offers only what the server takes.
    EmojiPicker picker(nullptr, [](const QString &e) { return e.size() <= 2; });
    QSignalSpy picked(&picker, &EmojiPicker::picked);
    picker.show();
    QTest::keyClicks(picker.search(), u"grinning face"_s);
    QVERIFY(picker.list()->count() >= 1);
    QTest::keyClick(picker.search(), Qt::Key_Return);
    QCOMPARE(picked.size(), 1);
    QCOMPARE(picked.first().first().toString(), u"😀"_s);
    QVERIFY(!picker.isVisible());
    EmojiPicker flags(nullptr, [](const QString &e) { return e.size() <= 2; });
    QTest::keyClicks(flags.search(), u"family"_s); // long joined sequences: none fits
    for (int i = 0; i < flags.list()->count(); ++i)
        QVERIFY(flags.list()->item(i)->text().size() <= 2);
    QVERIFY(flags.list()->count() >= 1);                                                   // 👪 alone is one character
    QCOMPARE(flags.list()->item(0)->data(Qt::AccessibleTextRole).toString(), u"family"_s); // read by name
}

void TestReading::iconsAreSharpAtEveryScale_data()
{
    QTest::addColumn<QString>("name");
    for (const char *icon : {"app", "online", "offline", "connecting"})
        QTest::newRow(icon) << QString::fromLatin1(icon);
}

void TestReading::iconsAreSharpAtEveryScale()
{
    QFETCH(QString, name);
    const QIcon icon(u":/icons/%1.svg"_s.arg(name));
    QVERIFY(!icon.isNull());
    // Drawn from the vector at each scale (no bitmap sizes to stretch), so 1.5× and 2× are as sharp as 1×.
    QVERIFY2(icon.availableSizes().isEmpty(), "an SVG icon engine: qt6-svg-plugins is missing");
    // Fully opaque pixels of everything drawn: a vector drawing at 2× keeps its solid inside, a small bitmap
    // stretched to 2× turns it into blur.
    const auto solid = [](const QImage &image) {
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                count += image.pixelColor(x, y).alpha() == 255;
        }
        return count;
    };
    const QImage small = icon.pixmap(QSize(16, 16), 1.0).toImage();
    for (const qreal scale : {1.5, 2.0}) {
        const QPixmap pixmap = icon.pixmap(QSize(16, 16), scale);
        QCOMPARE(pixmap.size(), QSize(qRound(16 * scale), qRound(16 * scale)));
        QCOMPARE(pixmap.devicePixelRatio(), scale);
        const QImage stretched = small.scaled(pixmap.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        QVERIFY2(
            solid(pixmap.toImage()) > solid(stretched),
            qPrintable(u"%1 solid pixels drawn, %2 stretched"_s.arg(solid(pixmap.toImage())).arg(solid(stretched))));
    }
}

namespace {

// The height a row has when laid out for painting at the view's width.
int paintedHeight(const QListView &view, const MessageDelegate &delegate, const QModelIndex &index)
{
    QStyleOptionViewItem option = optionFor(view.palette(), view.viewport()->width());
    option.font = view.font();
    QTextDocument doc;
    delegate.layoutRow(doc, option, index);
    return int(std::ceil(doc.size().height()));
}

// Until the view has laid out every row and nothing moves any more (the scroll bar coming in narrows it).
bool waitForLayout(QListView &view)
{
    const QModelIndex newest = view.model()->index(view.model()->rowCount() - 1, 0);
    const auto state = [&] {
        return std::tuple(view.viewport()->width(), view.verticalScrollBar()->maximum(), view.visualRect(newest));
    };
    int still = 0;
    for (int round = 0; round < 500 && still < 5; ++round) {
        const auto before = state();
        QTest::qWait(10);
        still = before == state() && view.visualRect(newest).isValid() ? still + 1 : 0;
    }
    return still >= 5;
}

// A view set up as the window's message view is, shown at size and laid out; false if it never settles.
bool showLikeTheWindow(QListView &view, MessageModel &model, MessageDelegate &delegate, const QSize &size)
{
    view.setItemDelegate(&delegate);
    view.setWordWrap(true);
    view.setResizeMode(QListView::Adjust);
    view.setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view.setLayoutMode(QListView::SinglePass);
    view.setModel(&model);
    view.resize(size);
    view.show();
    return QTest::qWaitForWindowExposed(&view) && waitForLayout(view);
}

} // namespace

void TestReading::rowsAreMeasuredAsTheyAreSeen()
{
    // Rows far from the newest start with an estimate; whatever is on screen is exact once painted.
    MessageModel model;
    const qint64 start = todayAt(0, 0, 3);
    constexpr int Rows = 600;
    for (int i = 1; i <= Rows; ++i) {
        QString text = u"words "_s.repeated(1 + (i * 13) % 60);
        if (i % 11 == 0)
            text += u"\nand a second line\nand a third"_s;
        model.append(chat(i, u"user%1"_s.arg(i % 5), text, start + i * 7 * Minute));
    }
    QListView view;
    MessageDelegate delegate;
    QVERIFY(showLikeTheWindow(view, model, delegate, QSize(480, 360)));

    // The newest rows are measured at once (a room opens at them).
    for (int row = Rows - MessageDelegate::ExactRows; row < Rows; ++row)
        QCOMPARE(view.visualRect(model.index(row)).height(), paintedHeight(view, delegate, model.index(row)));

    // Older rows, once scrolled to and painted, take their real height.
    int wrong = 0;
    for (int row = 0; row < 40; ++row)
        wrong += view.visualRect(model.index(row)).height() != paintedHeight(view, delegate, model.index(row));
    QVERIFY2(wrong > 0, "the old rows were all estimated exactly: the test shows nothing");
    const auto visibleExact = [&] {
        (void)view.grab(); // painted: what is seen is measured
        for (int row = 0; row < Rows; ++row) {
            const QRect rect = view.visualRect(model.index(row));
            if (rect.bottom() < 0)
                continue;
            if (rect.top() >= view.viewport()->height())
                return true;
            if (rect.height() != paintedHeight(view, delegate, model.index(row)))
                return false;
            // Placed by the measured size, not only asked for it: the next row starts where this one ends.
            if (row + 1 < Rows && view.visualRect(model.index(row + 1)).top() != rect.bottom() + 1)
                return false;
        }
        return true;
    };
    for (int top = 0; top < 40; top += 4) {
        view.scrollTo(model.index(top), QAbstractItemView::PositionAtTop);
        QTRY_VERIFY2(visibleExact(), qPrintable(u"the screen from row %1"_s.arg(top)));
    }
}

void TestReading::measuredSizesFollowChanges()
{
    // A remembered size is given up as soon as what it depends on changes: the text, reactions, the
    // width, hiding joins and leaves.
    MessageModel model;
    model.append(chat(1, u"ann"_s, u"short"_s, todayAt(9, 0)));
    model.append(chat(2, u"bob"_s, u"short too"_s, todayAt(9, 1)));
    MessageEntry join{MessageEntry::Kind::Presence, 0, {}, {}, u"carl joined"_s, todayAt(9, 2), false};
    model.append(join);
    QListView view;
    MessageDelegate delegate;
    QVERIFY(showLikeTheWindow(view, model, delegate, QSize(400, 300)));
    const QModelIndex first = model.index(0);
    const int shortHeight = view.visualRect(first).height();
    QVERIFY(shortHeight > 0);

    model.applyEdit(1, u"a much longer text now, "_s.repeated(12), 1, false);
    QTRY_COMPARE(view.visualRect(first).height(), paintedHeight(view, delegate, first));
    const int editedHeight = view.visualRect(first).height();
    QVERIFY(editedHeight > shortHeight);
    model.applyEdit(1, u"short again"_s, 2, false);
    QTRY_COMPARE(view.visualRect(first).height(), shortHeight);
    model.applyEdit(1, u"a much longer text now, "_s.repeated(12), 3, false);
    QTRY_COMPARE(view.visualRect(first).height(), editedHeight);

    model.applyReaction(1, u"👍"_s, 1, true);
    QTRY_COMPARE(view.visualRect(first).height(), paintedHeight(view, delegate, first));
    QVERIFY(view.visualRect(first).height() > editedHeight);

    const int narrowHeight = view.visualRect(first).height();
    view.resize(250, 300);
    QTRY_COMPARE(view.visualRect(first).height(), paintedHeight(view, delegate, first));
    QVERIFY(view.visualRect(first).height() > narrowHeight);

    QVERIFY(view.visualRect(model.index(2)).height() > 0);
    model.setShowPresence(false);
    QTRY_COMPARE(view.visualRect(model.index(2)).height(), 0);
    model.setShowPresence(true);
    QTRY_VERIFY(view.visualRect(model.index(2)).height() > 0);
}

void TestReading::hiddenJoinsAreNotReachable()
{
    // A hidden join has no height: the keyboard passes it by and a selection leaves it out.
    MessageModel model;
    model.append(chat(1, u"ann"_s, u"before"_s, todayAt(9, 0)));
    model.append(MessageEntry{MessageEntry::Kind::Presence, 0, {}, {}, u"carl joined"_s, todayAt(9, 1), false});
    model.append(chat(2, u"bob"_s, u"after"_s, todayAt(9, 2)));
    model.setShowPresence(false);
    QListView view;
    MessageDelegate delegate;
    view.setSelectionMode(QAbstractItemView::ExtendedSelection);
    QVERIFY(showLikeTheWindow(view, model, delegate, QSize(400, 300)));
    view.setFocus();
    view.setCurrentIndex(model.index(0));
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(view.currentIndex().row(), 2);
    QTest::keyClick(&view, Qt::Key_Up);
    QCOMPARE(view.currentIndex().row(), 0);
    view.selectAll();
    QList<int> selected;
    for (const QModelIndex &index : view.selectionModel()->selectedRows())
        selected << index.row();
    std::sort(selected.begin(), selected.end());
    QCOMPARE(selected, QList<int>({0, 2}));

    model.setShowPresence(true); // shown again: reachable again
    view.setCurrentIndex(model.index(0));
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(view.currentIndex().row(), 1);
}

QTEST_MAIN(TestReading)
#include "tst_client_reading.moc"
