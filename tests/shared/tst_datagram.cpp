// UDP datagrams: sealed ones open with the right key only; tampering, forging and replays are refused.
#include "datagram.h"

#include <QTest>
#include <QtCrypto>

using namespace Qt::Literals::StringLiterals;

class TestDatagram : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void roundTrip();
    void wrongKeyIsRefused();
    void everyTamperedByteIsRefused();
    void truncatedAndOversizeAreRefused();
    void onlyRealtimeKindsTravel();
    void replayWindow();
    void replayWindowFarJump();

private:
    QCA::Initializer m_qca;
    QByteArray m_key = QByteArray(32, '\x2a');
    Datagram::Header m_header{Datagram::Direction::ToServer, 0xdeadbeef, 7};
};

void TestDatagram::initTestCase()
{
    QVERIFY2(Datagram::cryptoAvailable(), "QCA's hmac(sha256) is missing: install the qca-ossl plugin");
}

void TestDatagram::roundTrip()
{
    const Msg::Typing typing{u"lobby"_s, true, std::nullopt, std::nullopt};
    const QByteArray d = Datagram::seal(m_header, typing, m_key);
    QVERIFY(d.size() <= Protocol::MaxDatagramBytes);
    const auto header = Datagram::peekHeader(d);
    QVERIFY(header);
    QCOMPARE(header->session, 0xdeadbeefu);
    QCOMPARE(header->counter, 7u);
    QCOMPARE(header->direction, Datagram::Direction::ToServer);
    const auto opened = Datagram::open(d, m_key);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    QVERIFY(std::get<Msg::Typing>(*opened) == typing);
}

void TestDatagram::wrongKeyIsRefused()
{
    const QByteArray d = Datagram::seal(m_header, Msg::Ping{1}, m_key);
    QByteArray other = m_key;
    other[0] = 'x';
    QVERIFY(!Datagram::open(d, other));
}

void TestDatagram::everyTamperedByteIsRefused()
{
    const QByteArray d = Datagram::seal(m_header, Msg::Ping{123456}, m_key);
    for (qsizetype i = 0; i < d.size(); ++i) {
        QByteArray bad = d;
        bad[i] = char(bad[i] ^ 0x01);
        QVERIFY2(!Datagram::open(bad, m_key), qPrintable(u"flipping byte %1 went unnoticed"_s.arg(i)));
    }
}

void TestDatagram::truncatedAndOversizeAreRefused()
{
    const QByteArray d = Datagram::seal(m_header, Msg::Ping{1}, m_key);
    for (qsizetype n = 0; n < d.size(); ++n)
        QVERIFY(!Datagram::open(QByteArrayView(d).first(n), m_key));
    QVERIFY(!Datagram::peekHeader(QByteArray(d + QByteArray(Protocol::MaxDatagramBytes, 'x'))));
    QVERIFY(!Datagram::peekHeader(QByteArray("garbage that is long enough to have a header and a tag")));
}

void TestDatagram::onlyRealtimeKindsTravel()
{
    // A validly sealed datagram holding a chat message is still refused: chat goes over TCP only.
    QByteArray body = Msg::encode(Msg::Say{u"lobby"_s, u"hi"_s, 1, false});
    body.chop(1);
    QByteArray d = Datagram::seal(m_header, Msg::Ping{1}, m_key);
    d = d.first(Datagram::HeaderBytes) + body;
    QCA::MessageAuthenticationCode mac(u"hmac(sha256)"_s, QCA::SymmetricKey(m_key));
    mac.update(QCA::MemoryRegion(d));
    d += mac.final().toByteArray().left(Datagram::TagBytes);
    const auto opened = Datagram::open(d, m_key);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::UnknownType);
}

void TestDatagram::replayWindow()
{
    Datagram::ReplayWindow w;
    QVERIFY(w.accept(1));
    QVERIFY(!w.accept(1));
    QVERIFY(w.accept(5));
    QVERIFY(w.accept(3)); // late but inside the window
    QVERIFY(!w.accept(3));
    QVERIFY(w.accept(2));
    QVERIFY(!w.accept(5));
    QCOMPARE(w.highest(), 5u);
    QVERIFY(w.accept(100));
    QVERIFY(!w.accept(36)); // 64 behind the highest: too old
    QVERIFY(w.accept(37));
    QVERIFY(!w.accept(37));
}

void TestDatagram::replayWindowFarJump()
{
    Datagram::ReplayWindow w;
    QVERIFY(w.accept(10));
    QVERIFY(w.accept(1'000'000));
    QVERIFY(!w.accept(10));
    QVERIFY(w.accept(999'999));
}

QTEST_GUILESS_MAIN(TestDatagram)
#include "tst_datagram.moc"
