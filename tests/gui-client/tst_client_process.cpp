// The chatroom-client program itself: --help and --version without a display, a clear word when there is
// no display, and a bad --port refused instead of silently turned into another port.
#include <QProcess>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestClientProcess : public QObject
{
    Q_OBJECT
private slots:
    void helpAndVersionNeedNoDisplay_data();
    void helpAndVersionNeedNoDisplay();
    void noDisplayIsExplained();
    void badPortIsRefused_data();
    void badPortIsRefused();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    // Runs the client with `args`; withDisplay false takes every way to a display out of its environment.
    static Run run(const QStringList &args, bool withDisplay);
};

TestClientProcess::Run TestClientProcess::run(const QStringList &args, bool withDisplay)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        env.remove(name);
    if (withDisplay)
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CHATROOM_CLIENT_BINARY), args);
    Run r;
    if (!p.waitForFinished(30'000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestClientProcess::helpAndVersionNeedNoDisplay_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--help") << u"--help"_s << u"--port <port>"_s;
    QTest::newRow("-h") << u"-h"_s << u"server_host"_s;
    QTest::newRow("--version") << u"--version"_s << u"chatroom-client 0.1.0"_s;
}

void TestClientProcess::helpAndVersionNeedNoDisplay()
{
    QFETCH(QString, option);
    QFETCH(QString, expected);
    const Run r = run({option}, false);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(expected), qPrintable(r.out + r.err));
}

void TestClientProcess::noDisplayIsExplained()
{
    const Run r = run({}, false);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"no display"_s), qPrintable(r.err));
}

void TestClientProcess::badPortIsRefused_data()
{
    QTest::addColumn<QString>("port");
    QTest::newRow("too big") << u"99999"_s;
    QTest::newRow("zero") << u"0"_s;
    QTest::newRow("not a number") << u"five"_s;
    QTest::newRow("negative") << u"-1"_s;
}

void TestClientProcess::badPortIsRefused()
{
    QFETCH(QString, port);
    const Run r = run({u"--port"_s, port}, true);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"--port takes a number from 1 to 65535"_s), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestClientProcess)
#include "tst_client_process.moc"
