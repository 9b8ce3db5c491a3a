// The frame decoder gives the same frames however the stream is cut, and refuses oversize frames.
#include "framedecoder.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestFrameDecoder : public QObject
{
    Q_OBJECT
private slots:
    void restIsWhatCameAsItCame();
    void everySplitOfAStream();
    void everyPairOfSplits();
    void byteAtATime();
    void manyFramesInOneRead();
    void lineEndings_data();
    void lineEndings();
    void frameAtTheLimit();
    void frameOverTheLimit_data();
    void frameOverTheLimit();
    void afterAnErrorNothingIsAccepted();
    void bufferStaysBounded();

private:
    static QList<QByteArray> decodeAll(FrameDecoder &decoder);
    static const QList<QByteArray> &sampleFrames();
    static QByteArray sampleStream();
};

const QList<QByteArray> &TestFrameDecoder::sampleFrames()
{
    static const QList<QByteArray> frames{
        R"({"type":"hello","version":1})",
        R"({"type":"say","room":"lobby","text":"h\u00e9llo \ud83d\ude00","ref":1})",
        R"({"type":"ping","ts":1})",
        QByteArray(300, 'x'),
        "{}",
    };
    return frames;
}

QByteArray TestFrameDecoder::sampleStream()
{
    QByteArray stream;
    for (const QByteArray &f : sampleFrames())
        stream += f + '\n';
    return stream;
}

QList<QByteArray> TestFrameDecoder::decodeAll(FrameDecoder &decoder)
{
    QList<QByteArray> out;
    while (auto frame = decoder.takeFrame())
        out.append(*frame);
    return out;
}

void TestFrameDecoder::everySplitOfAStream()
{
    const QByteArray stream = sampleStream();
    for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
        FrameDecoder decoder;
        QVERIFY(decoder.feed(QByteArrayView(stream).first(cut)));
        QList<QByteArray> got = decodeAll(decoder);
        QVERIFY(decoder.feed(QByteArrayView(stream).sliced(cut)));
        got += decodeAll(decoder);
        QCOMPARE(got, sampleFrames());
        QCOMPARE(decoder.bufferedBytes(), 0);
    }
}

void TestFrameDecoder::everyPairOfSplits()
{
    // Two cuts, frames taken only at the end: exercises frames that pile up before being taken.
    const QByteArray stream = sampleStream();
    for (qsizetype a = 0; a <= stream.size(); a += 7) {
        for (qsizetype b = a; b <= stream.size(); b += 5) {
            FrameDecoder decoder;
            QVERIFY(decoder.feed(QByteArrayView(stream).first(a)));
            QVERIFY(decoder.feed(QByteArrayView(stream).sliced(a, b - a)));
            QVERIFY(decoder.feed(QByteArrayView(stream).sliced(b)));
            QCOMPARE(decodeAll(decoder), sampleFrames());
        }
    }
}

void TestFrameDecoder::byteAtATime()
{
    const QByteArray stream = sampleStream();
    FrameDecoder decoder;
    QList<QByteArray> got;
    for (char c : stream) {
        QVERIFY(decoder.feed(QByteArrayView(&c, 1)));
        got += decodeAll(decoder);
    }
    QCOMPARE(got, sampleFrames());
}

void TestFrameDecoder::manyFramesInOneRead()
{
    QByteArray stream;
    for (int i = 0; i < 1000; ++i)
        stream += QByteArray::number(i) + '\n';
    FrameDecoder decoder;
    QVERIFY(decoder.feed(stream));
    QVERIFY(decoder.hasFrame());
    const QList<QByteArray> got = decodeAll(decoder);
    QCOMPARE(got.size(), 1000);
    QCOMPARE(got.first(), "0");
    QCOMPARE(got.last(), "999");
    QVERIFY(!decoder.hasFrame());
}

void TestFrameDecoder::lineEndings_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QList<QByteArray>>("frames");
    QTest::newRow("lf") << QByteArray("a\nb\n") << QList<QByteArray>{"a", "b"};
    QTest::newRow("crlf") << QByteArray("a\r\nb\r\n") << QList<QByteArray>{"a", "b"};
    QTest::newRow("empty-lines-skipped") << QByteArray("\n\r\na\n\n\nb\n\n") << QList<QByteArray>{"a", "b"};
    QTest::newRow("no-final-newline") << QByteArray("a\nb") << QList<QByteArray>{"a"};
    QTest::newRow("inner-cr-kept") << QByteArray("a\rb\n") << QList<QByteArray>{"a\rb"};
}

void TestFrameDecoder::lineEndings()
{
    QFETCH(QByteArray, stream);
    QFETCH(QList<QByteArray>, frames);
    FrameDecoder decoder;
    QVERIFY(decoder.feed(stream));
    QCOMPARE(decodeAll(decoder), frames);
}

void TestFrameDecoder::frameAtTheLimit()
{
    FrameDecoder decoder(100);
    const QByteArray exact(100, 'a');
    QVERIFY(decoder.feed(QByteArray(exact + '\n')));
    QVERIFY(decoder.feed(QByteArray(exact + "\r\n"))); // the '\r' of a CRLF ending does not count
    const QList<QByteArray> got = decodeAll(decoder);
    QCOMPARE(got, (QList<QByteArray>{exact, exact}));
    QVERIFY(!decoder.error());
}

void TestFrameDecoder::frameOverTheLimit_data()
{
    QTest::addColumn<QList<QByteArray>>("reads");
    const QByteArray over(101, 'a');
    QTest::newRow("whole") << QList<QByteArray>{over + '\n'};
    QTest::newRow("no-newline-yet") << QList<QByteArray>{over};
    QTest::newRow("in-pieces") << QList<QByteArray>{QByteArray(60, 'a'), QByteArray(41, 'a')};
    QTest::newRow("after-good-frames") << QList<QByteArray>{"ok\nok\n" + over};
    QTest::newRow("cr-not-followed-by-lf") << QList<QByteArray>{QByteArray(100, 'a') + "\rb"};
}

void TestFrameDecoder::frameOverTheLimit()
{
    QFETCH(QList<QByteArray>, reads);
    FrameDecoder decoder(100);
    bool ok = true;
    for (const QByteArray &r : reads)
        ok = decoder.feed(r) && ok;
    QVERIFY(!ok);
    QVERIFY(decoder.error());
    QCOMPARE(decoder.error()->code, ErrorCode::FrameTooLarge);
    QVERIFY(decoder.error()->message.contains(u"100"_s));
    QCOMPARE(decoder.bufferedBytes(), 0);
}

void TestFrameDecoder::afterAnErrorNothingIsAccepted()
{
    FrameDecoder decoder(10);
    QVERIFY(!decoder.feed(QByteArray(20, 'x')));
    QVERIFY(!decoder.feed("ok\n"));
    QVERIFY(!decoder.takeFrame());
}

void TestFrameDecoder::bufferStaysBounded()
{
    // A peer that trickles a huge line is stopped once the line passes the limit, not at the end.
    FrameDecoder decoder(1000);
    qsizetype fed = 0;
    while (decoder.feed(QByteArray(64, 'z'))) {
        fed += 64;
        QVERIFY(decoder.bufferedBytes() <= 1000);
        QVERIFY(fed < 10'000);
    }
    QCOMPARE(decoder.error()->code, ErrorCode::FrameTooLarge);
}

void TestFrameDecoder::restIsWhatCameAsItCame()
{
    FrameDecoder decoder;
    QVERIFY(decoder.feed(QByteArray("{\"a\":1}\r\n{\"b\":2}\n\x00\xffpartial", 26)));
    QCOMPARE(decoder.takeFrame(), std::optional<QByteArray>("{\"a\":1}"));
    QCOMPARE(decoder.takeRest(), QByteArray("{\"b\":2}\n\x00\xffpartial", 17));
    QVERIFY(!decoder.hasFrame());
    QCOMPARE(decoder.bufferedBytes(), 0);
    QCOMPARE(decoder.takeRest(), QByteArray());
}

QTEST_GUILESS_MAIN(TestFrameDecoder)
#include "tst_framedecoder.moc"
