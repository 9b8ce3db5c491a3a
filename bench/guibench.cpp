// chatroom-guibench: how the client's message view copes with big rooms and fast rooms, in-process.
// Opens a room holding 50,000 messages, then appends 1,000 messages a second and reports the longest stall
// of the event loop; then holds 20 rooms at the model's limit (memory) and switches between them (time). Runs offscreen
// by default (QT_QPA_PLATFORM=offscreen), so it needs no display.
#include "messagedelegate.h"
#include "messagemodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QScrollBar>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <unistd.h>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {

MessageEntry entry(qint64 id)
{
    return MessageEntry{
        id % 7 == 0 ? MessageEntry::Kind::Own : MessageEntry::Kind::Chat,
        id,
        u"user%1"_s.arg(id % 40),
        {},
        u"Message %1: the quick brown fox jumps over the lazy dog, see https://example.org/%1"_s.arg(id),
        1'700'000'000'000 + id * 1000,
        false};
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Measures the client's message view: opening a room with many messages, and "
                                     "appending messages at a steady rate."_s);
    parser.addHelpOption();
    const QCommandLineOption messages(u"messages"_s, u"Messages in the room (default 50000)."_s, u"n"_s, u"50000"_s);
    const QCommandLineOption rate(u"rate"_s, u"Messages appended per second (default 1000)."_s, u"n"_s, u"1000"_s);
    const QCommandLineOption seconds(u"seconds"_s, u"Seconds of appending (default 5)."_s, u"s"_s, u"5"_s);
    const QCommandLineOption rooms(u"rooms"_s, u"Rooms held at once for the switching test (default 20)."_s, u"n"_s,
                                   u"20"_s);
    const QCommandLineOption switchCount(u"switches"_s, u"Room switches measured (default 40)."_s, u"n"_s, u"40"_s);
    const QCommandLineOption plainDelegate(u"plain-delegate"_s,
                                           u"Qt's own item delegate instead of Chat Room's (to tell the model's cost "
                                           "from the delegate's)."_s);
    parser.addOptions({messages, rate, seconds, rooms, switchCount, plainDelegate});
    parser.process(app);
    const int total = std::max(1, parser.value(messages).toInt());
    const int perSecond = std::max(1, parser.value(rate).toInt());
    const int duration = std::max(1, parser.value(seconds).toInt());
    const int roomCount = std::clamp(parser.value(rooms).toInt(), 2, 200);
    const int switches = std::clamp(parser.value(switchCount).toInt(), 1, 10'000);

    // Open: the model receives the room's messages (it keeps the newest within its limit) and the view shows them.
    QElapsedTimer open;
    open.start();
    MessageModel model;
    for (qint64 id = 1; id <= total; ++id)
        model.append(entry(id));
    QListView view;
    MessageDelegate delegate;
    if (!parser.isSet(plainDelegate))
        view.setItemDelegate(&delegate);
    view.setWordWrap(true);
    view.setResizeMode(QListView::Adjust);
    view.setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view.setLayoutMode(QListView::Batched);
    view.setBatchSize(200);
    view.resize(700, 600);
    view.setModel(&model);
    view.show();
    view.scrollToBottom();
    (void)view.grab(); // forces layout and a paint of what is visible
    const double openMs = open.nsecsElapsed() / 1e6;

    // Append at a steady rate; a 5 ms watchdog timer measures how late the event loop runs it.
    qint64 next = total + 1;
    qint64 appended = 0;
    const qint64 target = qint64(perSecond) * duration;
    QElapsedTimer clock;
    clock.start();
    QTimer feeder;
    feeder.setTimerType(Qt::PreciseTimer);
    QObject::connect(&feeder, &QTimer::timeout, [&] {
        const qint64 due = std::min(target, clock.elapsed() * perSecond / 1000);
        const bool atBottom = view.verticalScrollBar()->value() >= view.verticalScrollBar()->maximum() - 4;
        while (appended < due) {
            model.append(entry(next++));
            ++appended;
        }
        if (atBottom)
            view.scrollToBottom();
        if (appended >= target)
            app.quit();
    });
    QElapsedTimer sinceTick;
    qint64 worstStallMs = 0;
    QTimer watchdog;
    watchdog.setTimerType(Qt::PreciseTimer);
    QObject::connect(&watchdog, &QTimer::timeout, [&] {
        if (sinceTick.isValid())
            worstStallMs = std::max(worstStallMs, sinceTick.elapsed());
        sinceTick.restart();
    });
    feeder.start(1);
    watchdog.start(5);
    app.exec();
    // The appending is over: its timers stop, so that the room switching below (which runs the event loop)
    // is not counted as a stall of it.
    feeder.stop();
    watchdog.stop();
    const qint64 appendStallMs = worstStallMs;

    // Several rooms held at once, as a window does (one model each, at the model's limit), and switching
    // between them: setModel, to the newest, laid out and painted.
    const long pageKiB = sysconf(_SC_PAGESIZE) / 1024;
    const auto rssKiB = [pageKiB] {
        QFile statm(u"/proc/self/statm"_s);
        if (!statm.open(QIODevice::ReadOnly))
            return -1L;
        const QList<QByteArray> fields = statm.readAll().split(' ');
        return fields.size() > 1 ? fields[1].toLong() * pageKiB : -1L;
    };
    const long beforeRooms = rssKiB();
    std::vector<std::unique_ptr<MessageModel>> roomModels;
    for (int r = 0; r < roomCount; ++r) {
        auto m = std::make_unique<MessageModel>();
        for (qint64 id = 1; id <= MessageModel::DefaultLimit; ++id)
            m->append(entry(qint64(r) * 1'000'000 + id));
        roomModels.push_back(std::move(m));
    }
    const long afterRooms = rssKiB();
    QList<double> switchMs, firstPaintMs;
    for (int i = 0; i < switches; ++i) {
        QElapsedTimer t;
        t.start();
        view.setModel(roomModels[std::size_t(i % roomCount)].get());
        view.scrollToBottom();
        (void)view.grab(); // the first screen, painted
        firstPaintMs << t.nsecsElapsed() / 1e6;
        // Then until the view has laid out every row (the scroll range stops changing) and sits at the newest.
        int lastMax = -1;
        while (view.verticalScrollBar()->maximum() != lastMax) {
            lastMax = view.verticalScrollBar()->maximum();
            QCoreApplication::processEvents();
            view.scrollToBottom();
        }
        (void)view.grab();
        switchMs << t.nsecsElapsed() / 1e6;
    }
    std::sort(switchMs.begin(), switchMs.end());
    std::sort(firstPaintMs.begin(), firstPaintMs.end());

    std::printf("%-34s %d messages (%d kept in memory)\n", "room", total, model.rowCount());
    std::printf("%-34s %.0f ms\n", "open (fill model, lay out, paint)", openMs);
    std::printf("%-34s %lld messages at %d/s over %.1f s\n", "appended", static_cast<long long>(appended), perSecond,
                clock.elapsed() / 1000.0);
    std::printf("%-34s %lld ms (between 5 ms watchdog ticks)\n", "longest event-loop stall",
                static_cast<long long>(appendStallMs));
    std::printf("%-34s %d rooms of %d messages: %.1f MiB more (process %.1f MiB)\n", "rooms held", roomCount,
                MessageModel::DefaultLimit, (afterRooms - beforeRooms) / 1024.0, afterRooms / 1024.0);
    std::printf("%-34s median %.1f ms, worst %.1f ms over %d switches\n", "switch room: first screen",
                firstPaintMs[firstPaintMs.size() / 2], firstPaintMs.last(), int(firstPaintMs.size()));
    std::printf("%-34s median %.1f ms, worst %.1f ms\n", "switch room: all laid out, newest",
                switchMs[switchMs.size() / 2], switchMs.last());
    return 0;
}
