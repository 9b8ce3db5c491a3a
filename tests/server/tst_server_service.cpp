// The server as a service (issue 18), with the real binary: --check-config, SIGHUP reading the settings and
// the certificate again without dropping anyone, systemd's notify protocol (readiness, watchdog, reload,
// stop) on a socket of the test's own, and the journal instead of the log file.
#include "serverprocess.h"
#include "testcertificate.h"
#include "testclient.h"
#include "tlssetup.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

class TestServerService : public QObject
{
    Q_OBJECT
private slots:
    void checkConfigSaysValidOrWhatIsWrong();
    void sighupAppliesNewLimitsToThoseConnected();
    void sighupWithBadSettingsChangesNothing();
    void sighupShortensTheLoginTimeOfThoseWaiting();
    void roomsPastALoweredLimitAreLeftOnEveryDevice();
    void sighupReadsTheCertificateAgain();
    void systemdHearsReadyWatchdogReloadAndStop();
    void underTheJournalNoLogFileIsWritten();

private:
    static bool writeFile(const QString &path, const QByteArray &text);
    static bool reload(ServerProcess &server, const QByteArray &logText);
    static QString fingerprintAt(quint16 port);
    static bool joins(TestClient &c, const QString &room);
    QCA::Initializer m_qca;
};

bool TestServerService::writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}

// SIGHUP, then waits for the reload's line in the log (stderr).
bool TestServerService::reload(ServerProcess &server, const QByteArray &logText)
{
    ::kill(pid_t(server.process().processId()), SIGHUP);
    QTRY_VERIFY_WITH_TIMEOUT_NOFAIL(server.errors().contains(logText), 10'000);
    return server.errors().contains(logText);
}

QString TestServerService::fingerprintAt(quint16 port)
{
    std::unique_ptr<QSslSocket> socket(TestClient::tlsSocket());
    socket->connectToHostEncrypted(u"127.0.0.1"_s, port);
    if (!socket->waitForEncrypted(10'000))
        return {};
    return TlsSetup::fingerprint(socket->peerCertificate());
}

bool TestServerService::joins(TestClient &c, const QString &room)
{
    c.received().clear();
    c.send(Msg::Join{room});
    const QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired()) {
        if (c.has<Msg::Joined>([&](const Msg::Joined &j) { return j.room == room; }))
            return true;
        if (c.has<Msg::ErrorReply>([](const Msg::ErrorReply &e) { return e.code == "too_many_rooms"_L1; }))
            return false;
        QTest::qWait(10);
    }
    return false;
}

void TestServerService::checkConfigSaysValidOrWhatIsWrong()
{
    QTemporaryDir dir;
    const QString conf = dir.filePath(u"server.conf"_s);
    QVERIFY(writeFile(conf, "# settings\nport = 6123\nmax-rooms-per-user = 3\n"));
    QProcess check;
    check.start(QStringLiteral(CHATROOM_SERVER_BINARY), {u"--config"_s, conf, u"--check-config"_s});
    QVERIFY(check.waitForFinished(10'000));
    QCOMPARE(check.exitCode(), 0);
    const QByteArray out = check.readAllStandardOutput();
    QVERIFY2(out.contains(QByteArray("The settings are valid (" + conf.toUtf8())), out.constData());
    QVERIFY2(out.contains("port 6123"), out.constData());
    QVERIFY(!QFile::exists(dir.filePath(u"chatroom.db"_s))); // checking starts nothing

    QVERIFY(writeFile(conf, "port = 6123\nmax-rooms-per-user = many\nlisten = somewhere\n"));
    check.start(QStringLiteral(CHATROOM_SERVER_BINARY), {u"--config"_s, conf, u"--check-config"_s});
    QVERIFY(check.waitForFinished(10'000));
    QCOMPARE(check.exitCode(), 2);
    const QByteArray err = check.readAllStandardError();
    QVERIFY2(err.contains(QByteArray(conf.toUtf8() + ", line 2: max-rooms-per-user must be a whole number")),
             err.constData());
    QVERIFY2(err.contains(QByteArray(conf.toUtf8() + ", line 3: listen needs an IP address")), err.constData());
}

void TestServerService::sighupAppliesNewLimitsToThoseConnected()
{
    QTemporaryDir dir;
    const QString conf = dir.filePath(u"server.conf"_s);
    QVERIFY(writeFile(conf, "max-rooms-per-user = 2\nheartbeat-interval-ms = 10000\n"));
    ServerProcess server;
    QVERIFY(server.start({u"--config"_s, conf}));
    TestClient c;
    QVERIFY(c.connectTo(server.tcpPort()) && c.registerUser(u"hupper"_s));
    QVERIFY(joins(c, u"one"_s));
    QVERIFY(!joins(c, u"two"_s)); // the lobby and "one" are two

    QVERIFY(writeFile(conf, "max-rooms-per-user = 5\nheartbeat-interval-ms = 5000\n"));
    QVERIFY2(reload(server, "Settings reloaded; changed: max-rooms-per-user."), server.errors().constData());
    QVERIFY(server.errors().contains("These take effect only after a restart: heartbeat-interval-ms."));
    QVERIFY(c.isConnected());
    QVERIFY(joins(c, u"two"_s)); // the same session, under the new limit
    QVERIFY(joins(c, u"three"_s));
}

void TestServerService::sighupShortensTheLoginTimeOfThoseWaiting()
{
    QTemporaryDir dir;
    const QString conf = dir.filePath(u"server.conf"_s);
    QVERIFY(writeFile(conf, "auth-timeout-s = 600\n"));
    ServerProcess server;
    QVERIFY(server.start({u"--config"_s, conf}));
    TestClient waiting;
    QVERIFY(waiting.connectTo(server.tcpPort()) && waiting.hello());
    QVERIFY(writeFile(conf, "auth-timeout-s = 1\n"));
    QVERIFY2(reload(server, "Settings reloaded; changed: auth-timeout-s."), server.errors().constData());
    const auto e = waiting.waitFor<Msg::ErrorReply>(5000);
    QVERIFY(e);
    QCOMPARE(e->code, u"not_authenticated"_s);
    QVERIFY(waiting.waitForDisconnect());
}

// Found by an outside tester: after the limit was lowered, a second device's login dropped the rooms past
// it from the account while the first device stayed in them, untold.
void TestServerService::roomsPastALoweredLimitAreLeftOnEveryDevice()
{
    QTemporaryDir dir;
    const QString conf = dir.filePath(u"server.conf"_s);
    QVERIFY(writeFile(conf, "max-rooms-per-user = 4\n"));
    ServerProcess server;
    QVERIFY(server.start({u"--config"_s, conf}));
    TestClient desk;
    desk.setDevice(u"desk"_s);
    QVERIFY(desk.connectTo(server.tcpPort()) && desk.registerUser(u"alice"_s));
    QVERIFY(joins(desk, u"r1"_s) && joins(desk, u"r2"_s) && joins(desk, u"r3"_s)); // and the lobby
    QVERIFY(writeFile(conf, "max-rooms-per-user = 2\n"));
    QVERIFY2(reload(server, "Settings reloaded; changed: max-rooms-per-user."), server.errors().constData());
    desk.received().clear();
    const std::unique_ptr<TestClient> phone = TestClient::open(server.tcpPort(), u"alice"_s, u"phone"_s, false);
    QVERIFY(phone);
    for (const QString &room : {u"r2"_s, u"r3"_s})
        QVERIFY(desk.waitFor<Msg::Left>(5000, [&](const Msg::Left &l) { return l.room == room; }));
    desk.received().clear();
    desk.send(Msg::Say{u"r3"_s, u"still here?"_s});
    const auto refused = desk.waitFor<Msg::ErrorReply>();
    QVERIFY(refused);
    QCOMPARE(refused->code, u"not_in_room"_s);
}

void TestServerService::sighupWithBadSettingsChangesNothing()
{
    QTemporaryDir dir;
    const QString conf = dir.filePath(u"server.conf"_s);
    QVERIFY(writeFile(conf, "max-rooms-per-user = 2\n"));
    ServerProcess server;
    QVERIFY(server.start({u"--config"_s, conf}));
    QVERIFY(writeFile(conf, "max-rooms-per-user = 9\nmessage-burst = lots\n"));
    QVERIFY2(reload(server, "The settings were not reloaded; nothing changed:"), server.errors().constData());
    QVERIFY(server.errors().contains(", line 2: message-burst must be a whole number"));
    TestClient c;
    QVERIFY(c.connectTo(server.tcpPort()) && c.registerUser(u"steady"_s));
    QVERIFY(joins(c, u"one"_s));
    QVERIFY(!joins(c, u"two"_s)); // still 2
}

void TestServerService::sighupReadsTheCertificateAgain()
{
    QTemporaryDir dir;
    const QString conf = dir.filePath(u"server.conf"_s);
    QVERIFY(TestCertificate::write(dir.filePath(u"cert.pem"_s), dir.filePath(u"key.pem"_s), u"old.example.org"_s));
    QVERIFY(writeFile(conf, "tls-cert = cert.pem\ntls-key = key.pem\n"));
    ServerProcess server;
    QVERIFY(server.start({u"--config"_s, conf}));
    const QString before = fingerprintAt(server.tcpPort());
    QVERIFY(!before.isEmpty());
    TestClient c;
    QVERIFY(c.connectTo(server.tcpPort()) && c.registerUser(u"renewer"_s));

    QVERIFY(TestCertificate::write(dir.filePath(u"cert.pem"_s), dir.filePath(u"key.pem"_s), u"new.example.org"_s));
    QVERIFY2(reload(server, "The TLS certificate was read again; its SHA-256 fingerprint: "),
             server.errors().constData());
    const QString after = fingerprintAt(server.tcpPort());
    QVERIFY(!after.isEmpty());
    QVERIFY(after != before);
    QVERIFY(server.errors().contains(after.toUtf8())); // the log says which one is served now
    // The session from before the renewal goes on over its old TLS session.
    QVERIFY(c.isConnected());
    QVERIFY(joins(c, u"after-renewal"_s));

    // A half-written renewal (a key that does not belong) keeps the certificate served.
    QVERIFY(TestCertificate::write(dir.filePath(u"other.pem"_s), dir.filePath(u"key.pem"_s)));
    QVERIFY2(reload(server, "the TLS certificate is unusable; nothing changed"), server.errors().constData());
    QCOMPARE(fingerprintAt(server.tcpPort()), after);
}

void TestServerService::systemdHearsReadyWatchdogReloadAndStop()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notify"_s);
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    QVERIFY(fd >= 0);
    auto closeLater = qScopeGuard([fd] { ::close(fd); });
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(path);
    QVERIFY(size_t(encoded.size()) < sizeof address.sun_path);
    std::memcpy(address.sun_path, encoded.constData(), size_t(encoded.size()));
    QVERIFY(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);

    QStringList heard;
    auto listen = [&] {
        char buffer[4096];
        ssize_t n;
        while ((n = ::recv(fd, buffer, sizeof buffer, 0)) > 0)
            heard.append(QString::fromUtf8(buffer, n));
    };
    auto heardWith = [&](const QString &text) {
        listen();
        return int(std::count_if(heard.cbegin(), heard.cend(), [&](const QString &h) { return h.contains(text); }));
    };

    ServerProcess server;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"NOTIFY_SOCKET"_s, path);
    env.insert(u"WATCHDOG_USEC"_s, u"200000"_s); // fed every 100 ms
    server.process().setProcessEnvironment(env);
    QVERIFY(server.start());
    QTRY_COMPARE_WITH_TIMEOUT(heardWith(u"READY=1"_s), 1, 5000);
    QVERIFY(heardWith(u"STATUS=Serving on TCP port %1"_s.arg(server.tcpPort())) == 1);
    QTRY_VERIFY_WITH_TIMEOUT(heardWith(u"WATCHDOG=1"_s) >= 5, 5000);

    ::kill(pid_t(server.process().processId()), SIGHUP);
    QTRY_COMPARE_WITH_TIMEOUT(heardWith(u"READY=1"_s), 2, 5000); // again, after the reload
    QCOMPARE(heardWith(u"RELOADING=1"_s), 1);
    QVERIFY(heardWith(u"MONOTONIC_USEC="_s) == 1);

    server.stop();
    QCOMPARE(heardWith(u"STOPPING=1"_s), 1);
}

void TestServerService::underTheJournalNoLogFileIsWritten()
{
    QTemporaryDir dir;
    const QString errors = dir.filePath(u"stderr"_s);
    QVERIFY(writeFile(errors, {}));
    struct stat st{};
    QVERIFY(::stat(QFile::encodeName(errors).constData(), &st) == 0);
    ServerProcess server;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // What systemd sets when a service's stderr is the journal: the stream's device and inode.
    env.insert(u"JOURNAL_STREAM"_s, u"%1:%2"_s.arg(st.st_dev).arg(st.st_ino));
    server.process().setProcessEnvironment(env);
    server.process().setStandardErrorFile(errors);
    QVERIFY(server.start());
    TestClient c;
    QVERIFY(c.connectTo(server.tcpPort()) && c.registerUser(u"journaled"_s));
    server.stop();
    QVERIFY(!QFile::exists(QDir(server.dataDir()).filePath(u"server.log"_s)));

    // The same server with stderr elsewhere keeps its file, as before.
    server.process().setStandardErrorFile(QString()); // back to a pipe
    QVERIFY(server.start());
    server.stop();
    QVERIFY(QFile::exists(QDir(server.dataDir()).filePath(u"server.log"_s)));
}

QTEST_GUILESS_MAIN(TestServerService)
#include "tst_server_service.moc"
