// Files in real windows against a real server: a file dropped on one window (with the input's text as its
// caption) shows a row of progress there and arrives in the other window as a card with its name, size and
// type; Save puts it in the download folder under a safe name of its own, never over another file; a
// pasted image goes as an image; and a sender's path is never trusted.
#include "chatinput.h"
#include "filecard.h"
#include "messagedelegate.h"
#include "messagemodel.h"
#include "serverprocess.h"
#include "testfiles.h"
#include "thumbnails.h"
#include "transferpanel.h"
#include "windowfiles.h"
#include "windowsession.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QProgressBar>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUrl>
#include <QtCrypto>

using namespace Qt::Literals::StringLiterals;

namespace {
using TestFiles::readAll;
} // namespace

class TestClientSharing : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void aDroppedFileArrivesAndIsSaved();
    void aPastedImageGoesAsAnImage();
    void rateTextSaysSpeedAndTimeLeft();
    void aRowSaysHowItEnded();
    void aSendGoesOnInTheNextWindow();
    void aFileInAConversationShowsOnBothSides();

private:
    QCA::Initializer m_qca;
    ServerProcess m_server;
    QTemporaryDir m_dir;
};

void TestClientSharing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(u"transfers"_s); // what an earlier run of these tests left unfinished
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.start());
}

void TestClientSharing::aDroppedFileArrivesAndIsSaved()
{
    auto ann = WindowSession::open(u"ann"_s, m_server.tcpPort());
    auto bob = WindowSession::open(u"bob"_s, m_server.tcpPort());
    QVERIFY(ann && bob);
    QByteArray bytes(3'000'000, Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char(i * 7 + (i >> 9));
    const QString path = m_dir.filePath(u"minutes.pdf"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
    }
    // Dropped with a caption waiting in the input.
    auto *input = ann->window->findChild<ChatInput *>(u"input"_s);
    input->setText(u"from Tuesday"_s);
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    QVERIFY(WindowFiles::canTake(&data));
    QVERIFY(ann->window->files()->take(&data));
    QVERIFY(input->text().isEmpty());
    auto *panel = ann->window->files()->panel();
    QVERIFY(panel->isVisibleTo(ann->window.get()));
    QVERIFY(panel->findChild<QProgressBar *>(u"progress"_s));
    QTRY_VERIFY_WITH_TIMEOUT(rowWithFile(*bob->window, u"minutes.pdf"_s).isValid(), 20'000);
    const QModelIndex index = rowWithFile(*bob->window, u"minutes.pdf"_s);
    QCOMPARE(index.data(MessageModel::TextRole).toString(), u"from Tuesday"_s);
    const auto file = FileCard::fromVariant(index.data(MessageModel::FileRole));
    QCOMPARE(file->size, bytes.size());
    QCOMPARE(file->mime, u"application/pdf"_s); // unknown content: the name's type
    // The sender's row says it went.
    QTRY_VERIFY(panel->findChild<QLabel *>(u"status"_s) &&
                panel->findChild<QLabel *>(u"status"_s)->text() == u"Sent"_s);

    // Bob saves it twice: the second copy gets a name of its own.
    const QString downloads = m_dir.filePath(u"downloads"_s);
    QVERIFY(QDir().mkpath(downloads));
    WindowFiles *files = bob->window->files();
    files->setDownloadFolder(downloads);
    QSignalSpy saved(files, &WindowFiles::saved);
    auto *delegate =
        qobject_cast<MessageDelegate *>(bob->window->findChild<QListView *>(u"messages"_s)->itemDelegate());
    emit delegate->fileActivated(index, FileCard::Action::Save);
    QVERIFY(saved.wait(20'000));
    emit delegate->fileActivated(index, FileCard::Action::Save);
    QVERIFY(saved.wait(20'000));
    QCOMPARE(saved.at(0).at(0).toString(), downloads + u"/minutes.pdf"_s);
    QCOMPARE(saved.at(1).at(0).toString(), downloads + u"/minutes (1).pdf"_s);
    QCOMPARE(readAll(downloads + u"/minutes.pdf"_s), bytes);
    QCOMPARE(readAll(downloads + u"/minutes (1).pdf"_s), bytes);
    QVERIFY(!(QFileInfo(downloads + u"/minutes.pdf"_s).permissions() & QFileDevice::ExeUser));
    // Nothing else is left there (the hidden parts took the names once whole).
    QCOMPARE(QDir(downloads).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void TestClientSharing::aPastedImageGoesAsAnImage()
{
    auto ann = WindowSession::open(u"cleo"_s, m_server.tcpPort());
    auto bob = WindowSession::open(u"dave"_s, m_server.tcpPort());
    QVERIFY(ann && bob);
    QImage shot(640, 480, QImage::Format_RGB32);
    shot.fill(Qt::darkGreen);
    auto *clipboardData = new QMimeData;
    clipboardData->setImageData(shot);
    QGuiApplication::clipboard()->setMimeData(clipboardData);
    auto *input = ann->window->findChild<ChatInput *>(u"input"_s);
    input->setFocus();
    QTest::keyClick(input, Qt::Key_V, Qt::ControlModifier);
    QModelIndex image;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QAbstractItemModel *model = bob->window->model(u"lobby"_s);
            for (int row = 0; row < model->rowCount(); ++row) {
                const auto file = FileCard::fromVariant(model->index(row, 0).data(MessageModel::FileRole));
                if (file && file->mime == u"image/png"_s && file->width == 640 && file->height == 480 &&
                    file->thumbnail) {
                    image = model->index(row, 0);
                    return true;
                }
            }
            return false;
        }(),
        20'000);
    // The row has the thumbnail's size from the start; the picture itself comes when it is first shown.
    const auto file = FileCard::fromVariant(image.data(MessageModel::FileRole));
    QCOMPARE(Thumbnails::shownSize(*file, 1000), QSize(320, 240));
    auto *thumbnails = bob->window->findChild<Thumbnails *>();
    QVERIFY(thumbnails);
    const qint64 id = image.data(MessageModel::IdRole).toLongLong();
    // Painting the row asked for it (or this does); it comes, decoded, at the size the message said.
    QTRY_VERIFY_WITH_TIMEOUT(!thumbnails->image(id, *file).isNull(), 20'000);
    const QImage shown = thumbnails->image(id, *file);
    QCOMPARE(shown.size(), QSize(320, 240));
    QCOMPARE(QColor(shown.pixel(100, 100)).green(), QColor(Qt::darkGreen).green());
    QVERIFY(input->text().isEmpty()); // nothing of the image went into the text
}

void TestClientSharing::rateTextSaysSpeedAndTimeLeft()
{
    QCOMPARE(TransferPanel::rateText(0, 100), u"waiting…"_s);
    const QString text = TransferPanel::rateText(1024.0 * 1024.0, 30LL * 1024 * 1024);
    // (A word joiner keeps "MiB/" and "s" on one line.)
    QVERIFY2(text.contains(u"1.00 MiB/\u2060s"_s) && text.contains(u"30 second"_s), qPrintable(text));
    QVERIFY(TransferPanel::rateText(1024.0, 10LL * 60 * 1024).contains(u"10 minute"_s));
}

void TestClientSharing::aRowSaysHowItEnded()
{
    QWidget window;
    auto *panel = new TransferPanel(&window);
    window.show();
    const auto statusOf = [panel](int id) {
        return panel->findChild<QWidget *>(u"transfer%1"_s.arg(id))->findChild<QLabel *>(u"status"_s)->text();
    };
    const int sent = panel->add(u"Sending a.bin"_s, [] {});
    const int cancelled = panel->add(u"Sending b.bin"_s, [] {});
    const int failed = panel->add(u"Sending c.bin"_s, [] {});
    QVERIFY(panel->isVisible());
    // How far it is, in the words beside the bar (not on it).
    panel->progress(sent, 0, 1000);
    QTest::qWait(600);
    panel->progress(sent, 420, 1000);
    QVERIFY2(statusOf(sent).startsWith(u"42%"_s) && statusOf(sent).contains(u"/\u2060s"_s), qPrintable(statusOf(sent)));
    const auto *bar = panel->findChild<QWidget *>(u"transfer%1"_s.arg(sent))->findChild<QProgressBar *>();
    QVERIFY(!bar->isTextVisible());
    // The server away: the row says so, and the time without it is no part of the speed afterwards.
    panel->pauseAll(u"waiting for the server…"_s);
    QCOMPARE(statusOf(sent), u"42% done, waiting for the server…"_s);
    QTest::qWait(600);
    panel->progress(sent, 430, 1000);
    QVERIFY2(statusOf(sent).contains(u"waiting…"_s), qPrintable(statusOf(sent)));
    // A transfer taken up again from where the server has it: those bytes are no part of the speed.
    QTest::qWait(600);
    panel->restart(sent);
    panel->progress(sent, 900, 1000);
    QVERIFY2(statusOf(sent) == u"90% done, waiting…"_s, qPrintable(statusOf(sent)));
    // The name is whole in its tooltip, however narrow the row.
    auto *name = panel->findChild<QWidget *>(u"transfer%1"_s.arg(sent))->findChild<QLabel *>(u"name"_s);
    QCOMPARE(name->toolTip(), u"Sending a.bin"_s);

    panel->finish(sent, true, u"Sent"_s);
    panel->finish(cancelled, false, QString());
    panel->finish(failed, false, u"c.bin is too large: this server takes files of up to 1.00 MiB."_s);
    QCOMPARE(statusOf(cancelled), u"Cancelled"_s);
    // Sent and cancelled rows go after a while; why one failed stays until dismissed.
    QTest::qWait(TransferPanel::LingerMs + 500);
    QVERIFY(!panel->findChild<QWidget *>(u"transfer%1"_s.arg(sent)));
    QVERIFY(!panel->findChild<QWidget *>(u"transfer%1"_s.arg(cancelled)));
    QVERIFY(statusOf(failed).contains(u"too large"_s));
    QVERIFY(panel->isVisible());
    // In a narrow window the reason wraps: the row gets the height its text takes at that width, no less
    // (cut off) and no more (a size hint for no width at all made it 200 px tall).
    panel->resize(260, panel->height());
    auto *scroll = panel->findChild<QScrollArea *>();
    const QWidget *failedRow = panel->findChild<QWidget *>(u"transfer%1"_s.arg(failed));
    QTRY_VERIFY(scroll->viewport()->width() <= 260);
    const int needed = failedRow->heightForWidth(scroll->viewport()->width());
    QVERIFY2(scroll->minimumHeight() >= needed && scroll->minimumHeight() <= needed + 4,
             qPrintable(u"%1 shown, %2 needed"_s.arg(scroll->minimumHeight()).arg(needed)));
    auto *dismiss = panel->findChild<QToolButton *>(u"dismiss"_s);
    QVERIFY(dismiss && dismiss->isVisible());
    QTest::mouseClick(dismiss, Qt::LeftButton);
    QTRY_VERIFY(!panel->findChild<QWidget *>(u"transfer%1"_s.arg(failed)));
    QVERIFY(!panel->isVisible());

    // A drop of many files: a few rows' height, the rest scroll; the input is not pushed away.
    const int first = panel->add(u"Sending 0.bin"_s, [] {});
    QTRY_VERIFY(panel->isVisible());
    const int oneRow = panel->sizeHint().height();
    for (int i = 1; i < 20; ++i)
        panel->add(u"Sending %1.bin"_s.arg(i), [] {});
    const int all = panel->sizeHint().height();
    QVERIFY2(all > 3 * oneRow && all <= TransferPanel::MaxRowsShown * oneRow + 10,
             qPrintable(u"%1 for one row, %2 for twenty"_s.arg(oneRow).arg(all)));
    Q_UNUSED(first)
}

void TestClientSharing::aSendGoesOnInTheNextWindow()
{
    // The window (and its client) closed mid-send; the next login's window takes the send up by itself,
    // with its row, and it arrives once.
    auto bob = WindowSession::open(u"finn"_s, m_server.tcpPort());
    QVERIFY(bob);
    QByteArray bytes(80'000'000, Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char((i * 2654435761u) >> 13);
    const QString path = m_dir.filePath(u"holiday.mkv"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
    }
    {
        auto erin = WindowSession::open(u"erin"_s, m_server.tcpPort());
        QVERIFY(erin);
        erin->window->files()->send({path});
        const auto partial = [this] {
            qint64 most = 0;
            for (const QFileInfo &f : QDir(m_server.dataDir() + u"/files/partial"_s).entryInfoList(QDir::Files))
                most = std::max(most, f.size());
            return most;
        };
        QTRY_VERIFY_WITH_TIMEOUT(partial() > 5'000'000, 30'000);
        QVERIFY(!rowWithFile(*bob->window, u"holiday.mkv"_s).isValid());
    }
    auto erin = WindowSession::open(u"erin"_s, m_server.tcpPort(), false);
    QVERIFY(erin);
    auto *panel = erin->window->files()->panel();
    QTRY_VERIFY(panel->isVisible() && panel->findChild<QLabel *>(u"name"_s) &&
                panel->findChild<QLabel *>(u"name"_s)->text() == u"Sending holiday.mkv"_s);
    QTRY_VERIFY_WITH_TIMEOUT(rowWithFile(*bob->window, u"holiday.mkv"_s).isValid(), 60'000);
    QCOMPARE(FileCard::fromVariant(rowWithFile(*bob->window, u"holiday.mkv"_s).data(MessageModel::FileRole))->size,
             bytes.size());
    QTRY_VERIFY(panel->findChild<QLabel *>(u"status"_s)->text() == u"Sent"_s);
    QTest::qWait(500);
    int copies = 0;
    QAbstractItemModel *lobby = bob->window->model(u"lobby"_s);
    for (int row = 0; row < lobby->rowCount(); ++row) {
        const auto file = FileCard::fromVariant(lobby->index(row, 0).data(MessageModel::FileRole));
        copies += file && file->name == u"holiday.mkv"_s;
    }
    QCOMPARE(copies, 1);
}

void TestClientSharing::aFileInAConversationShowsOnBothSides()
{
    // The server sends a direct message to the sender's other sessions, not to the one that sent it: the
    // sending window shows its own file from the ack.
    auto gus = WindowSession::open(u"gus"_s, m_server.tcpPort());
    auto hana = WindowSession::open(u"hana"_s, m_server.tcpPort());
    QVERIFY(gus && hana);
    const QString path = m_dir.filePath(u"letter.txt"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("dear hana") == 9);
    }
    gus->window->showConversation(u"hana"_s);
    QCOMPARE(gus->window->currentConversation(), u"hana"_s);
    gus->window->files()->send({path});
    const auto hasLetter = [](const MessageModel *model) {
        for (int row = 0; model && row < model->rowCount(); ++row) {
            const auto file = FileCard::fromVariant(model->index(row, 0).data(MessageModel::FileRole));
            if (file && file->name == u"letter.txt"_s)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(hasLetter(hana->window->conversationModel(u"gus"_s)), 20'000);
    QTRY_VERIFY(hasLetter(gus->window->conversationModel(u"hana"_s)));
}

QTEST_MAIN(TestClientSharing)
#include "tst_client_sharing.moc"
