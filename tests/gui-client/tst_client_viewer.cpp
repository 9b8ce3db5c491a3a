// Pictures in real windows against a real server: a click on a thumbnail opens the viewer, which fetches the
// picture, fits it to the window, zooms and saves it; an animated GIF plays in its thumbnail's place while
// the pointer is on it (and stops when it leaves) and plays in the viewer; a picture that claims to be huge
// (a decompression bomb) or is broken gets words in the viewer, not an out-of-memory.
#include "filecard.h"
#include "imageviewer.h"
#include "messagedelegate.h"
#include "serverprocess.h"
#include "testfiles.h"
#include "testimages.h"
#include "thumbnails.h"
#include "windowfiles.h"
#include "windowsession.h"

#include <QBuffer>
#include <QImage>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QToolButton>
#include <QUrl>
#include <QtCrypto>

using namespace Qt::Literals::StringLiterals;

namespace {
using TestFiles::readAll;
QListView *messagesOf(MainWindow &window)
{
    return window.findChild<QListView *>(u"messages"_s);
}

MessageDelegate *delegateOf(MainWindow &window)
{
    return qobject_cast<MessageDelegate *>(messagesOf(window)->itemDelegate());
}

// The middle of the row's thumbnail (where a click shows it full size) in the view, or (-1, -1).
QPoint thumbnailPoint(MainWindow &window, const QModelIndex &index)
{
    QListView *view = messagesOf(window);
    view->scrollTo(index);
    QTest::qWait(100); // laid out again where it shows
    QStyleOptionViewItem option;
    option.initFrom(view->viewport());
    option.rect = view->visualRect(index);
    option.font = view->font();
    // The thumbnail and the card's View link both show the picture: most points are the thumbnail's.
    QList<int> xs;
    QList<int> ys;
    for (int y = 0; y < option.rect.height(); y += 4) {
        for (int x = 0; x < option.rect.width(); x += 4) {
            if (delegateOf(window)->linkAt(option, index, QPointF(x, y)) == FileCard::ViewAnchor) {
                xs << x;
                ys << y;
            }
        }
    }
    if (xs.isEmpty())
        return {-1, -1};
    std::sort(xs.begin(), xs.end());
    std::sort(ys.begin(), ys.end());
    return option.rect.topLeft() + QPoint(xs.at(xs.size() / 2), ys.at(ys.size() / 2));
}
} // namespace

class TestClientViewer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void aPictureOpensFitsZoomsAndSaves();
    void aGifPlaysOnHoverAndInTheViewer();
    void aBombOrABrokenPictureGetsWords();

private:
    // Sends a file with these bytes from one window; the other's row for it, once there with its thumbnail.
    QModelIndex share(WindowSession &from, WindowSession &to, const QString &name, const QByteArray &bytes);

    QCA::Initializer m_qca;
    ServerProcess m_server;
    QTemporaryDir m_dir;
};

void TestClientViewer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.start());
}

QModelIndex TestClientViewer::share(WindowSession &from, WindowSession &to, const QString &name,
                                    const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    file.close();
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    if (!from.window->files()->take(&data))
        return {};
    QModelIndex index;
    if (!QTest::qWaitFor([&] { return (index = rowWithFile(*to.window, name)).isValid(); }, 20'000))
        return {};
    return index;
}

void TestClientViewer::aPictureOpensFitsZoomsAndSaves()
{
    auto ann = WindowSession::open(u"ann"_s, m_server.tcpPort());
    auto bob = WindowSession::open(u"bob"_s, m_server.tcpPort());
    QVERIFY(ann && bob);
    QImage photo(1600, 1200, QImage::Format_RGB32);
    photo.fill(Qt::darkBlue);
    for (int y = 0; y < 600; ++y)
        for (int x = 0; x < 800; ++x)
            photo.setPixel(x, y, qRgb(250, 200, 0)); // the top left quarter yellow
    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(photo.save(&buffer, "PNG"));
    }
    const QModelIndex index = share(*ann, *bob, u"harbour.png"_s, png);
    QVERIFY(index.isValid());
    QVERIFY(FileCard::fromVariant(index.data(MessageModel::FileRole))->thumbnail);

    // A click on the thumbnail (found where the row draws it) opens the viewer.
    const QPoint at = thumbnailPoint(*bob->window, index);
    QVERIFY(at.x() >= 0);
    QSignalSpy opened(bob->window->files(), &WindowFiles::viewerOpened);
    QTest::mouseClick(messagesOf(*bob->window)->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(opened.size(), 1);
    auto *viewer = opened.at(0).at(0).value<ImageViewer *>();
    QVERIFY(viewer && viewer->isVisible());
    viewer->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(viewer));
    QCOMPARE(viewer->windowTitle(), u"\u2068harbour.png\u2069"_s); // isolated: the sender's name is not trusted
    QSignalSpy ready(viewer, &ImageViewer::ready);
    QVERIFY(ready.wait(20'000));
    QCOMPARE(ready.at(0).at(0).toBool(), true);
    QCOMPARE(viewer->image().size(), QSize(1600, 1200));
    QCOMPARE(QColor(viewer->image().pixel(10, 10)), QColor(250, 200, 0));
    QVERIFY(viewer->statusText().isEmpty());

    // It fits the window (smaller than the picture), zooms in steps, shows real pixels, fits again.
    viewer->resize(800, 600);
    QTRY_VERIFY(viewer->isFitting() && viewer->zoom() < 0.5 && viewer->zoom() > 0.2);
    const double fitted = viewer->zoom();
    QTest::keyClick(viewer, Qt::Key_Plus);
    QVERIFY(!viewer->isFitting());
    QCOMPARE(viewer->zoom(), fitted * ImageViewer::ZoomStep);
    QTest::keyClick(viewer, Qt::Key_Minus);
    QTest::keyClick(viewer, Qt::Key_Minus);
    QCOMPARE(viewer->zoom(), fitted / ImageViewer::ZoomStep);
    QTest::keyClick(viewer, Qt::Key_1);
    QCOMPARE(viewer->zoom(), 1.0);
    QCOMPARE(viewer->findChild<QLabel *>(u"zoomLevel"_s)->text(), u"100 %"_s);
    for (int i = 0; i < 40; ++i)
        viewer->zoomIn();
    QCOMPARE(viewer->zoom(), ImageViewer::MaxZoom); // never beyond
    QTest::keyClick(viewer, Qt::Key_0);
    QVERIFY(viewer->isFitting());
    QCOMPARE(viewer->zoom(), fitted);
    viewer->resize(1200, 900); // fitting follows the window
    QTRY_VERIFY(viewer->zoom() > fitted);

    // Save puts the picture in the download folder, whole.
    const QString downloads = m_dir.filePath(u"downloads"_s);
    bob->window->files()->setDownloadFolder(downloads);
    QSignalSpy saved(bob->window->files(), &WindowFiles::saved);
    viewer->findChild<QToolButton *>(u"save"_s)->click();
    QVERIFY(saved.wait(20'000));
    QCOMPARE(saved.at(0).at(0).toString(), downloads + u"/harbour.png"_s);
    QCOMPARE(readAll(downloads + u"/harbour.png"_s), png);
    // Said in the viewer, which hides the panel where saves are reported.
    QTRY_COMPARE(viewer->findChild<QLabel *>(u"viewerNote"_s)->text(), u"Saved to the download folder"_s);
    viewer->close();
}

void TestClientViewer::aGifPlaysOnHoverAndInTheViewer()
{
    auto ann = WindowSession::open(u"cleo"_s, m_server.tcpPort());
    auto bob = WindowSession::open(u"dave"_s, m_server.tcpPort());
    QVERIFY(ann && bob);
    const QModelIndex index = share(*ann, *bob, u"lights.gif"_s, TestImages::animatedGif());
    QVERIFY(index.isValid());
    const auto file = FileCard::fromVariant(index.data(MessageModel::FileRole));
    QCOMPARE(file->mime, u"image/gif"_s);
    QVERIFY(file->thumbnail);
    auto *thumbnails = bob->window->findChild<Thumbnails *>();
    const qint64 id = index.data(MessageModel::IdRole).toLongLong();
    QTRY_VERIFY_WITH_TIMEOUT(!thumbnails->image(id, *file).isNull(), 20'000);
    const QColor still = thumbnails->image(id, *file).pixelColor(10, 10);

    // The pointer on the picture: it plays, at the thumbnail's size, frame after frame.
    const QPoint at = thumbnailPoint(*bob->window, index);
    QVERIFY(at.x() >= 0);
    QWidget *viewport = messagesOf(*bob->window)->viewport();
    // The event the pointer makes (QTest::mouseMove goes to the window under it on the offscreen screen).
    QMouseEvent move(QEvent::MouseMove, at, viewport->mapToGlobal(at), Qt::NoButton, {}, {});
    QApplication::sendEvent(viewport, &move);
    QTRY_COMPARE(thumbnails->playing(), id);
    QTRY_VERIFY_WITH_TIMEOUT(thumbnails->isAnimating(), 20'000);
    QCOMPARE(viewport->cursor().shape(), Qt::PointingHandCursor);
    QSet<QRgb> colours;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QImage frame = thumbnails->image(id, *file);
            colours.insert(frame.pixel(10, 10));
            return frame.size() == QSize(96, 64) && colours.size() >= 3;
        }(),
        5'000);
    // Away from it: it stops and the still picture is back.
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(viewport, &leave);
    QTRY_COMPARE(thumbnails->playing(), 0);
    QVERIFY(!thumbnails->isAnimating());
    QCOMPARE(thumbnails->image(id, *file).pixelColor(10, 10), still);

    // A click: the viewer plays it too.
    QSignalSpy opened(bob->window->files(), &WindowFiles::viewerOpened);
    emit delegateOf(*bob->window)->fileActivated(index, FileCard::Action::View);
    QCOMPARE(opened.size(), 1);
    auto *viewer = opened.at(0).at(0).value<ImageViewer *>();
    QSignalSpy ready(viewer, &ImageViewer::ready);
    QVERIFY(ready.wait(20'000));
    QVERIFY(viewer->isAnimated());
    QSet<QRgb> shown;
    QTRY_VERIFY_WITH_TIMEOUT((shown.insert(viewer->image().pixel(5, 5)), shown.size() >= 3), 5'000);
    viewer->close();
}

void TestClientViewer::aBombOrABrokenPictureGetsWords()
{
    auto ann = WindowSession::open(u"erin"_s, m_server.tcpPort());
    auto bob = WindowSession::open(u"finn"_s, m_server.tcpPort());
    QVERIFY(ann && bob);
    // 30000 × 30000 pixels claimed by a few kilobytes: the sender's probe makes no thumbnail of it, so the
    // viewer is opened as a click on its card would for a picture.
    const QModelIndex bomb = share(*ann, *bob, u"bomb.png"_s, TestImages::greyPng(30'000, 30'000, 200));
    QVERIFY(bomb.isValid());
    QSignalSpy opened(bob->window->files(), &WindowFiles::viewerOpened);
    emit delegateOf(*bob->window)->fileActivated(bomb, FileCard::Action::View);
    QCOMPARE(opened.size(), 1);
    auto *viewer = opened.at(0).at(0).value<ImageViewer *>();
    QSignalSpy ready(viewer, &ImageViewer::ready);
    QVERIFY(ready.wait(20'000));
    QCOMPARE(ready.at(0).at(0).toBool(), false);
    QVERIFY2(viewer->statusText().contains(u"too large"_s), qPrintable(viewer->statusText()));
    QVERIFY(viewer->image().isNull());
    viewer->close();

    // A PNG cut after its header: damaged, in words.
    QImage small(400, 300, QImage::Format_RGB32);
    small.fill(Qt::red);
    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(small.save(&buffer, "PNG"));
    }
    const QModelIndex broken = share(*ann, *bob, u"cut.png"_s, png.left(40));
    QVERIFY(broken.isValid());
    emit delegateOf(*bob->window)->fileActivated(broken, FileCard::Action::View);
    QCOMPARE(opened.size(), 2);
    viewer = opened.at(1).at(0).value<ImageViewer *>();
    QSignalSpy readyToo(viewer, &ImageViewer::ready);
    QVERIFY(readyToo.wait(20'000));
    QCOMPARE(readyToo.at(0).at(0).toBool(), false);
    QVERIFY2(viewer->statusText().contains(u"damaged"_s) || viewer->statusText().contains(u"not an image"_s),
             qPrintable(viewer->statusText()));
    viewer->close();
}

QTEST_MAIN(TestClientViewer)
#include "tst_client_viewer.moc"
