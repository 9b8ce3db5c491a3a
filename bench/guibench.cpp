// chatroom-guibench: how fast the client starts and fills its window, and how its message view copes with
// big rooms and fast rooms. Opens a room holding 50,000 messages, then appends 1,000 messages a second and
// reports the longest stall of the event loop; then holds 20 rooms at the model's limit (memory) and switches
// between them (time). With the programs built beside it, it also times chatroom-client from its start to the
// login dialog painted, and a window from auth_ok to populated with 20 rooms (against a chatroom-server it
// starts on loopback). Runs offscreen by default (QT_QPA_PLATFORM=offscreen), so it needs no display.
#include "chatclient.h"
#include "mainwindow.h"
#include "messagedelegate.h"
#include "messagemodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QtCrypto>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <unistd.h>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int StepTimeoutMs = 20'000;     // a start, a login, a join, a window filled: each gets this long
constexpr int MessagesTimeoutMs = 60'000; // the setup's messages, all acknowledged
constexpr int LoginRooms = 20;            // the figure: a window with 20 rooms (the server's limit)
constexpr int LoginMessagesPerRoom = 50;

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

// Runs the event loop until done() holds; false when timeoutMs pass first.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    QTimer tick; // wakes the loop every millisecond: done() is checked at least that often
    tick.setTimerType(Qt::PreciseTimer);
    tick.start(1);
    while (!done()) {
        if (waited.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

struct Figures
{
    QList<double> ms;
    QString summary() const
    {
        if (ms.isEmpty())
            return u"not measured"_s;
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        return u"median %1 ms, worst %2 ms over %3 runs"_s.arg(sorted[sorted.size() / 2], 0, 'f', 1)
            .arg(sorted.last(), 0, 'f', 1)
            .arg(sorted.size());
    }
};

// chatroom-client from its start to its login dialog painted (the client says when, see its main()).
Figures measureStartup(const QString &client, int runs)
{
    Figures f;
    QTemporaryDir home; // no settings or log of the user's
    static const QRegularExpression painted(u"login dialog painted"_s);
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"QT_LOGGING_RULES"_s, u"chat.client.startup.debug=true"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
        process.setProcessEnvironment(env);
        QByteArray err;
        QObject::connect(&process, &QProcess::readyReadStandardError, [&] { err += process.readAllStandardError(); });
        QElapsedTimer t;
        t.start();
        process.start(client, {u"--port"_s, u"1"_s}); // nothing is connected to: the dialog only
        const bool shown = waitUntil(
            [&] { return painted.match(QString::fromUtf8(err)).hasMatch() || process.state() == QProcess::NotRunning; },
            StepTimeoutMs);
        const double ms = t.nsecsElapsed() / 1e6;
        if (!shown || process.state() == QProcess::NotRunning) {
            std::fprintf(stderr, "chatroom-guibench: %s did not show its login dialog: %s\n", qPrintable(client),
                         err.constData());
            return {};
        }
        f.ms << ms;
        process.kill();
        process.waitForFinished(5000);
    }
    return f;
}

// A chatroom-server on loopback with an account in `rooms` rooms (the lobby and rooms - 1 more, 20 being
// the server's default limit) of `perRoom` messages; then logins of a
// window, each timed from auth_ok to the window populated: every room listed, the room on screen with its
// messages and members, painted.
struct LoginFigures
{
    Figures populated;
    QString error;
};

LoginFigures measureLogin(const QString &server, int rooms, int perRoom, int runs)
{
    LoginFigures out;
    QTemporaryDir data;
    QProcess process;
    QByteArray output;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, [&] { output += process.readAllStandardOutput(); });
    struct Stop // the server goes with this function, however it ends
    {
        QProcess &p;
        ~Stop()
        {
            p.terminate();
            if (!p.waitForFinished(10'000))
                p.kill();
        }
    } stop{process};
    process.start(server, {u"--data-dir"_s, data.path(), u"--port"_s, u"0"_s, u"--udp-port"_s, u"0"_s, u"--no-tls"_s,
                           u"--message-rate"_s, u"0"_s, u"--request-rate"_s, u"0"_s, u"--connection-rate"_s, u"0"_s,
                           u"--hash-memory-kib"_s, u"8"_s, u"--hash-ops"_s, u"1"_s});
    static const QRegularExpression ready(u"ready: tcp=\\S+:(\\d+)"_s);
    quint16 port = 0;
    if (!waitUntil(
            [&] {
                const auto m = ready.match(QString::fromUtf8(output));
                port = m.hasMatch() ? quint16(m.captured(1).toUInt()) : 0;
                return port != 0 || process.state() == QProcess::NotRunning;
            },
            StepTimeoutMs) ||
        port == 0) {
        out.error = u"the server did not start: "_s + QString::fromUtf8(output);
        return out;
    }
    const QString password = u"guibench-password"_s;
    QStringList names;
    for (int r = 1; r < rooms; ++r)
        names << u"room%1"_s.arg(r);
    {
        // The account and its rooms, with messages in each.
        ChatClient setup;
        setup.setTlsEnabled(false);
        int joined = 0, acked = 0;
        bool in = false;
        QObject::connect(&setup, &ChatClient::authenticated, [&] { in = true; });
        QObject::connect(&setup, &ChatClient::joinedRoom, [&](const Msg::Joined &, bool asked) { joined += asked; });
        QObject::connect(&setup, &ChatClient::acknowledged, [&] { ++acked; });
        QString refused;
        QObject::connect(&setup, &ChatClient::requestFailed,
                         [&](const Msg::ErrorReply &e) { refused = e.code + u": "_s + e.message; });
        setup.start(u"127.0.0.1"_s, port, ChatClient::AuthMode::Register, u"bench"_s, password);
        if (!waitUntil([&] { return in; }, StepTimeoutMs)) {
            out.error = u"could not register"_s;
            return out;
        }
        for (const QString &room : names)
            setup.join(room);
        if (!waitUntil([&] { return joined >= int(names.size()); }, StepTimeoutMs)) {
            out.error = u"could not join the rooms: "_s + refused;
            return out;
        }
        for (const QString &room : names + QStringList{u"lobby"_s}) {
            for (int i = 1; i <= perRoom; ++i)
                setup.say(room, u"message %1 in %2: the quick brown fox jumps over the lazy dog"_s.arg(i).arg(room));
        }
        if (!waitUntil([&] { return acked >= int(names.size() + 1) * perRoom; }, MessagesTimeoutMs)) {
            out.error = u"messages were not acknowledged: "_s + refused;
            return out;
        }
        setup.stop();
    }
    for (int run = 0; run < runs; ++run) {
        ChatClient client;
        client.setTlsEnabled(false);
        MainWindow window(client);
        window.resize(1000, 700);
        QElapsedTimer sinceAuth;
        QObject::connect(&client, &ChatClient::authenticated, [&] {
            sinceAuth.start();
            window.show(); // as the login flow does when the dialog accepts
        });
        client.start(u"127.0.0.1"_s, port, ChatClient::AuthMode::Login, u"bench"_s, password);
        const auto populated = [&] {
            if (!sinceAuth.isValid() || window.currentRoom().isEmpty())
                return false;
            for (const QString &room : names) {
                if (!window.model(room))
                    return false;
            }
            const MessageModel *shown = window.model(window.currentRoom());
            return shown && shown->rowCount() > 0 && !window.members(window.currentRoom()).isEmpty();
        };
        if (!waitUntil(populated, StepTimeoutMs)) {
            int listed = 0;
            for (const QString &room : names)
                listed += window.model(room) != nullptr;
            const MessageModel *shown = window.model(window.currentRoom());
            out.error = u"the window was not populated in time: %1 of %2 rooms listed, '%3' on screen with %4 "
                        "messages and %5 members"_s.arg(listed)
                            .arg(names.size())
                            .arg(window.currentRoom())
                            .arg(shown ? shown->rowCount() : -1)
                            .arg(window.members(window.currentRoom()).size());
            return out;
        }
        (void)window.grab(); // painted
        out.populated.ms << sinceAuth.nsecsElapsed() / 1e6;
        client.stop();
    }
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCA::Initializer qca;
    QLoggingCategory::setFilterRules(u"chat.*=false"_s); // the client's own lines would mix with the figures
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
    const QString here = QCoreApplication::applicationDirPath();
    const QCommandLineOption clientPath(u"client"_s, u"The chatroom-client to time (default: the one built beside)."_s,
                                        u"path"_s, here + u"/../gui-client/chatroom-client"_s);
    const QCommandLineOption serverPath(u"server"_s,
                                        u"The chatroom-server to log in to (default: the one built "
                                        "beside)."_s,
                                        u"path"_s, here + u"/../server/chatroom-server"_s);
    const QCommandLineOption runs(u"runs"_s, u"Starts and logins timed (default 5)."_s, u"n"_s, u"5"_s);
    parser.addOptions({messages, rate, seconds, rooms, switchCount, plainDelegate, clientPath, serverPath, runs});
    parser.process(app);
    const int runCount = std::clamp(parser.value(runs).toInt(), 1, 100);

    // Start-up and login first, on a quiet process.
    const Figures startup =
        QFile::exists(parser.value(clientPath)) ? measureStartup(parser.value(clientPath), runCount) : Figures{};
    const LoginFigures login = QFile::exists(parser.value(serverPath))
                                   ? measureLogin(parser.value(serverPath), LoginRooms, LoginMessagesPerRoom, runCount)
                                   : LoginFigures{{}, u"no server at "_s + parser.value(serverPath)};
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
    view.setLayoutMode(QListView::SinglePass); // as the window does
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
    QList<double> switchMs, revisitMs, firstPaintMs; // a room's first visit, and later ones
    for (int i = 0; i < switches; ++i) {
        QElapsedTimer t;
        t.start();
        view.setModel(roomModels[std::size_t(i % roomCount)].get());
        view.scrollToBottom();
        (void)view.grab(); // the first screen, painted
        firstPaintMs << t.nsecsElapsed() / 1e6;
        // Then until the view has laid out every row (it knows where the newest one is) and shows it.
        const QModelIndex newest = view.model()->index(view.model()->rowCount() - 1, 0);
        const bool placed = waitUntil(
            [&] {
                view.scrollToBottom();
                return view.visualRect(newest).isValid() &&
                       view.visualRect(newest).bottom() <= view.viewport()->height() &&
                       view.verticalScrollBar()->value() == view.verticalScrollBar()->maximum();
            },
            StepTimeoutMs);
        if (!placed) {
            std::fprintf(stderr, "chatroom-guibench: the view did not settle at the newest message in time\n");
            return 1;
        }
        (void)view.grab();
        (i < roomCount ? switchMs : revisitMs) << t.nsecsElapsed() / 1e6;
    }
    std::sort(revisitMs.begin(), revisitMs.end());
    std::sort(switchMs.begin(), switchMs.end());
    std::sort(firstPaintMs.begin(), firstPaintMs.end());

    std::printf("%-34s %s\n", "start to login dialog painted", qPrintable(startup.summary()));
    std::printf("%-34s %s%s\n", "auth_ok to window, 20 rooms", qPrintable(login.populated.summary()),
                login.error.isEmpty() ? "" : qPrintable(u" ("_s + login.error + u')'));
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
    std::printf("%-34s median %.1f ms, worst %.1f ms (first visit of each room)\n", "switch room: all laid out, newest",
                switchMs[switchMs.size() / 2], switchMs.last());
    if (!revisitMs.isEmpty())
        std::printf("%-34s median %.1f ms, worst %.1f ms (rows measured before)\n", "switch room again",
                    revisitMs[revisitMs.size() / 2], revisitMs.last());
    return 0;
}
