// FileProbe on real files: what the sender tells of a file (type, size, SHA-256) and of an image (its
// pixels and a thumbnail within bounds), and nothing made from an image that is fake or a bomb.
#include "fileprobe.h"
#include "testimages.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
QString sha256Of(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}
} // namespace

class TestFileProbe : public QObject
{
    Q_OBJECT
private slots:
    void aPhotoGetsAJpegThumbnailWithinBounds();
    void transparencyKeepsAPngThumbnail();
    void aSmallImageIsItsOwnThumbnail();
    void otherFilesHaveNoPicture();
    void aFakeOrHugeImageGoesAsAPlainFile();
    void aMissingFileSaysWhy();
    void anOpaqueRgbaScreenshotGetsAJpeg();
};

void TestFileProbe::aPhotoGetsAJpegThumbnailWithinBounds()
{
    // Noise compresses badly: the thumbnail has to give up quality to fit.
    QImage photo(2000, 1500, QImage::Format_RGB32);
    QRandomGenerator random(20261202); // the same noise every run
    for (int y = 0; y < photo.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(photo.scanLine(y));
        for (int x = 0; x < photo.width(); ++x)
            line[x] = 0xff000000u | (random.generate() & 0xffffffu);
    }
    photo.setText(u"Description"_s, u"our secret beach, GPS 43.1 5.9"_s); // what must not travel
    QTemporaryDir dir;
    const QString path = dir.filePath(u"holiday.jpg"_s);
    QVERIFY(photo.save(path, "JPEG", 95));
    QVERIFY(QImage(path).text().contains(u"secret beach"_s));
    const FileProbe::Result r = FileProbe::probe(path);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.name, u"holiday.jpg"_s);
    QCOMPARE(r.size, QFileInfo(path).size());
    QCOMPARE(r.mime, u"image/jpeg"_s);
    QCOMPARE(r.sha256, sha256Of(path));
    QCOMPARE(r.pixels, QSize(2000, 1500));
    QCOMPARE(r.thumbnailMime, u"image/jpeg"_s);
    QVERIFY2(!r.thumbnail.isEmpty() && r.thumbnail.size() <= FileProbe::MaxThumbnailBytes,
             qPrintable(QString::number(r.thumbnail.size())));
    QCOMPARE(QImage::fromData(r.thumbnail).size(), QSize(320, 240));
    QVERIFY(!r.thumbnail.contains("secret beach"));
    QCOMPARE(r.thumbnailPixels, QSize(320, 240));
}

void TestFileProbe::transparencyKeepsAPngThumbnail()
{
    QImage logo(1000, 500, QImage::Format_ARGB32);
    logo.fill(Qt::transparent);
    QPainter(&logo).fillRect(100, 100, 300, 200, Qt::red);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"logo.png"_s);
    QVERIFY(logo.save(path));
    const FileProbe::Result r = FileProbe::probe(path);
    QCOMPARE(r.mime, u"image/png"_s);
    QCOMPARE(r.pixels, QSize(1000, 500));
    QCOMPARE(r.thumbnailMime, u"image/png"_s);
    const QImage thumbnail = QImage::fromData(r.thumbnail);
    QCOMPARE(thumbnail.size(), QSize(320, 160));
    QVERIFY(thumbnail.hasAlphaChannel());
    QCOMPARE(qAlpha(thumbnail.pixel(0, 0)), 0);
}

void TestFileProbe::aSmallImageIsItsOwnThumbnail()
{
    QImage icon(48, 32, QImage::Format_RGB32);
    icon.fill(Qt::blue);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"icon.png"_s);
    QVERIFY(icon.save(path));
    const FileProbe::Result r = FileProbe::probe(path);
    QCOMPARE(r.pixels, QSize(48, 32));
    QCOMPARE(QImage::fromData(r.thumbnail).size(), QSize(48, 32)); // never scaled up
}

void TestFileProbe::otherFilesHaveNoPicture()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.txt"_s);
    write(path, "a few notes\n");
    const FileProbe::Result r = FileProbe::probe(path);
    QVERIFY(r.error.isEmpty());
    QCOMPARE(r.mime, u"text/plain"_s);
    QCOMPARE(r.size, 12);
    QCOMPARE(r.sha256,
             QString::fromLatin1(QCryptographicHash::hash("a few notes\n", QCryptographicHash::Sha256).toHex()));
    QVERIFY(!r.pixels.isValid());
    QVERIFY(r.thumbnail.isEmpty());
}

void TestFileProbe::aFakeOrHugeImageGoesAsAPlainFile()
{
    QTemporaryDir dir;
    // Text under an image's name.
    const QString fake = dir.filePath(u"cat.png"_s);
    write(fake, "not a picture at all");
    FileProbe::Result r = FileProbe::probe(fake);
    QVERIFY(r.error.isEmpty());
    QCOMPARE(r.mime, u"text/plain"_s); // what it is, not what its name says
    QVERIFY(!r.pixels.isValid());
    QVERIFY(r.thumbnail.isEmpty());
    // A valid PNG claiming 15,000 × 15,000 pixels (ReceivedImage's cap applies to the sender too).
    const QString bomb = dir.filePath(u"big.png"_s);
    write(bomb, TestImages::greyPng(15'000, 15'000, 100));
    r = FileProbe::probe(bomb);
    QVERIFY(r.error.isEmpty());
    QCOMPARE(r.mime, u"image/png"_s);
    QVERIFY(!r.pixels.isValid());
    QVERIFY(r.thumbnail.isEmpty());
}

void TestFileProbe::aMissingFileSaysWhy()
{
    const FileProbe::Result r = FileProbe::probe(u"/nonexistent/file.bin"_s);
    QVERIFY(!r.error.isEmpty());
    QTemporaryDir dir;
    QVERIFY(!FileProbe::probe(dir.path()).error.isEmpty()); // a folder is not sent
}

void TestFileProbe::anOpaqueRgbaScreenshotGetsAJpeg()
{
    QImage shot(1200, 800, QImage::Format_ARGB32);
    QRandomGenerator random(7);
    for (int y = 0; y < shot.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(shot.scanLine(y));
        for (int x = 0; x < shot.width(); ++x)
            line[x] = 0xff000000u | (random.generate() & 0xffffffu); // alpha channel, every pixel opaque
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"screenshot.png"_s);
    QVERIFY(shot.save(path));
    const FileProbe::Result r = FileProbe::probe(path);
    QCOMPARE(r.thumbnailMime, u"image/jpeg"_s);
    QVERIFY(!r.thumbnail.isEmpty() && r.thumbnail.size() <= FileProbe::MaxThumbnailBytes);
}

QTEST_MAIN(TestFileProbe)
#include "tst_client_fileprobe.moc"
