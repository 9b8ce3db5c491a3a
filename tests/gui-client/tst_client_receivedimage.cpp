// ReceivedImage against hostile files: a decompression bomb (a small PNG claiming 225 megapixels), a
// picture too long on one side, a truncated JPEG, and bytes that are no image.
#include "receivedimage.h"
#include "testimages.h"

#include <QBuffer>
#include <QLocale>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
using TestImages::greyPng;

QImage decode(QByteArray bytes, QString *why)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return ReceivedImage::decode(&buffer, why);
}
} // namespace

class TestReceivedImage : public QObject
{
    Q_OBJECT
private slots:
    void aSmallImageDecodes();
    void aDecompressionBombIsRefusedBeforeDecoding();
    void aPictureTooLongOnOneSideIsRefused();
    void aTruncatedJpegGivesAPartOrAReason();
    void bytesThatAreNoImageGiveAReason();
    void formatsPeopleDoNotSendAreRefused();
};

void TestReceivedImage::aSmallImageDecodes()
{
    QString why;
    const QImage image = decode(greyPng(64, 32, 32), &why);
    QVERIFY2(!image.isNull(), qPrintable(why));
    QCOMPARE(image.size(), QSize(64, 32));
}

void TestReceivedImage::aDecompressionBombIsRefusedBeforeDecoding()
{
    // 15,000 × 15,000 greyscale: 225 MB of pixels, under Qt's own allocation limit of 256 MB, so only the
    // pixel cap stands between this file and the memory it asks for.
    const QByteArray bomb = greyPng(15'000, 15'000, 2'000);
    QVERIFY2(bomb.size() < 100'000, qPrintable(QString::number(bomb.size())));
    QString why;
    const QImage image = decode(bomb, &why);
    QVERIFY(image.isNull());
    QVERIFY2(why.contains(u"too large"_s) && why.contains(QLocale().toString(15'000)), qPrintable(why));
}

void TestReceivedImage::aPictureTooLongOnOneSideIsRefused()
{
    QString why;
    QVERIFY(decode(greyPng(30'000, 2, 2), &why).isNull());
    QVERIFY2(why.contains(u"too large"_s), qPrintable(why));
}

void TestReceivedImage::aTruncatedJpegGivesAPartOrAReason()
{
    QImage picture(400, 300, QImage::Format_RGB32);
    for (int y = 0; y < picture.height(); ++y) {
        for (int x = 0; x < picture.width(); ++x)
            picture.setPixel(x, y, qRgb(x % 256, y % 256, (x * y) % 256));
    }
    QByteArray jpeg;
    QBuffer out(&jpeg);
    out.open(QIODevice::WriteOnly);
    QVERIFY(picture.save(&out, "JPEG", 90));
    for (const qsizetype keep : {jpeg.size() / 2, qsizetype(600), qsizetype(40)}) {
        QString why;
        const QImage image = decode(jpeg.left(keep), &why);
        if (image.isNull())
            QVERIFY2(!why.isEmpty(), qPrintable(u"%1 bytes kept, no reason"_s.arg(keep)));
        else
            QCOMPARE(image.size(), picture.size()); // decoded in part, at its size
    }
}

void TestReceivedImage::bytesThatAreNoImageGiveAReason()
{
    QString why;
    QVERIFY(decode("this is a text file, not a picture", &why).isNull());
    QVERIFY2(why.contains(u"not an image"_s), qPrintable(why));
    why.clear();
    QVERIFY(decode({}, &why).isNull());
    QVERIFY(!why.isEmpty());
}

void TestReceivedImage::formatsPeopleDoNotSendAreRefused()
{
    // An SVG decodes by drawing, at a cost that is not its pixels: not taken from a sender.
    QString why;
    QVERIFY(decode("<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'/>", &why).isNull());
    QVERIFY2(why.contains(u"not an image"_s), qPrintable(why));
}

QTEST_MAIN(TestReceivedImage)
#include "tst_client_receivedimage.moc"
