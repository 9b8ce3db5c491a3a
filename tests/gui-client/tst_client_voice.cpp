// Voice messages in real windows against a real server, with no sound device: the recording comes from a
// generated tone handed to Qt Multimedia in buffers (QAudioBufferInput), as a microphone would; holding
// the button records, releasing it sends, and the other window plays it where it is, with Pause, a bar and
// the time, to its end. Where no microphone exists the button says so; a release off the button throws the
// recording away; a file that claims to be audio but is not gets words, not a crash.
#include "filecard.h"
#include "messagedelegate.h"
#include "serverprocess.h"
#include "testfiles.h"
#include "testtone.h"
#include "voiceplayer.h"
#include "voicerecorder.h"
#include "windowfiles.h"
#include "windowsession.h"
#include "windowvoice.h"

#include <QAction>
#include <QAudioBuffer>
#include <QAudioBufferInput>
#include <QAudioDevice>
#include <QLabel>
#include <QListView>
#include <QMediaDevices>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QToolButton>
#include <QUrl>
#include <QtCrypto>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {
QString rowText(MainWindow &window, const QModelIndex &index)
{
    auto *view = window.findChild<QListView *>(u"messages"_s);
    QStyleOptionViewItem option;
    option.initFrom(view->viewport());
    option.rect = view->visualRect(index);
    option.font = view->font();
    QTextDocument doc;
    qobject_cast<MessageDelegate *>(view->itemDelegate())->layoutRow(doc, option, index);
    return doc.toPlainText();
}

QModelIndex audioRow(MainWindow &window)
{
    QAbstractItemModel *model = window.model(u"lobby"_s);
    for (int row = model->rowCount() - 1; row >= 0; --row) {
        const auto file = FileCard::fromVariant(model->index(row, 0).data(MessageModel::FileRole));
        if (file && VoicePlayer::plays(*file))
            return model->index(row, 0);
    }
    return {};
}
} // namespace

class TestClientVoice : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void withoutAMicrophoneTheButtonSaysSo();
    void aHeldButtonRecordsSendsAndTheOtherSidePlaysIt();
    void slidingOffTheButtonThrowsTheRecordingAway();
    void audioThatIsNotAudioGetsWords();

private:
    QCA::Initializer m_qca;
    ServerProcess m_server;
    QTemporaryDir m_dir;
};

void TestClientVoice::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // What an earlier run left in the test cache does not count.
    QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.start());
}

void TestClientVoice::withoutAMicrophoneTheButtonSaysSo()
{
    auto ann = WindowSession::open(u"ann"_s, m_server.tcpPort());
    QVERIFY(ann);
    QToolButton *button = ann->window->voice()->button();
    QVERIFY(button->isVisibleTo(ann->window.get()));
    if (!QMediaDevices::audioInputs().isEmpty()) {
        // This machine has one: the button offers to record.
        QVERIFY(button->toolTip().contains(u"Hold"_s));
        return;
    }
    QVERIFY2(button->toolTip().contains(u"No microphone"_s), qPrintable(button->toolTip()));
    QVERIFY(button->accessibleName().contains(u"no microphone"_s));
    QTest::mousePress(button, Qt::LeftButton);
    QLabel *indicator = ann->window->voice()->indicator();
    QVERIFY(indicator->isVisibleTo(ann->window.get()));
    QVERIFY2(indicator->text().contains(u"No microphone"_s), qPrintable(indicator->text()));
    QTest::mouseRelease(button, Qt::LeftButton);
    QVERIFY(!ann->window->voice()->recorder().isRecording());
}

void TestClientVoice::aHeldButtonRecordsSendsAndTheOtherSidePlaysIt()
{
    auto cleo = WindowSession::open(u"cleo"_s, m_server.tcpPort());
    auto dave = WindowSession::open(u"dave"_s, m_server.tcpPort());
    QVERIFY(cleo && dave);
    TestTone tone(2000);
    WindowVoice *voice = cleo->window->voice();
    voice->recorder().setBufferInput(&tone.input);
    QToolButton *button = voice->button();
    QVERIFY(button->toolTip().contains(u"Hold"_s)); // something to record from now

    // Held: it records, and the line above the input counts.
    QTest::mousePress(button, Qt::LeftButton);
    QVERIFY(voice->recorder().isRecording());
    QVERIFY(voice->indicator()->isVisibleTo(cleo->window.get()));
    QVERIFY(voice->indicator()->text().contains(u"Recording"_s));
    QTRY_VERIFY_WITH_TIMEOUT(tone.done() && voice->recorder().durationMs() >= 1900, 20'000);
    QTRY_VERIFY(voice->indicator()->text().contains(FileCard::clock(voice->recorder().durationMs())));
    QVERIFY(!voice->indicator()->text().contains(u"0:00"_s));
    // Released on the button: it goes.
    QTest::mouseRelease(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(audioRow(*dave->window).isValid(), 20'000);
    const QModelIndex index = audioRow(*dave->window);
    const auto file = FileCard::fromVariant(index.data(MessageModel::FileRole));
    QVERIFY2(file->mime == u"audio/webm"_s || file->mime == u"audio/ogg"_s, qPrintable(file->mime));
    QVERIFY(file->durationMs);
    QVERIFY2(*file->durationMs >= 1800 && *file->durationMs <= 2500, qPrintable(QString::number(*file->durationMs)));
    QVERIFY(file->name.startsWith(u"Voice message"_s));
    QVERIFY(!voice->indicator()->text().contains(u"Recording"_s) || !voice->indicator()->isVisible());
    // Its row: Play, an empty bar and the length.
    QString text = rowText(*dave->window, index);
    QVERIFY2(text.contains(u"Play"_s) && text.contains(u"0:0"_s) && text.contains(QChar(0x2500)), qPrintable(text));

    // Played where it is: Pause, the bar fills, the time runs, and it ends by itself.
    VoicePlayer &player = dave->window->voice()->player();
    const qint64 id = index.data(MessageModel::IdRole).toLongLong();
    QSignalSpy changed(&player, &VoicePlayer::changed);
    auto *delegate =
        qobject_cast<MessageDelegate *>(dave->window->findChild<QListView *>(u"messages"_s)->itemDelegate());
    emit delegate->fileActivated(index, FileCard::Action::Play);
    QCOMPARE(player.current(), id);
    QTRY_VERIFY_WITH_TIMEOUT(player.state(id).positionMs >= 1000, 10'000);
    QVERIFY(player.state(id).playing);
    text = rowText(*dave->window, index);
    QVERIFY2(text.contains(u"Pause"_s) && text.contains(QChar(0x2501)) && text.contains(u"0:01 / 0:0"_s),
             qPrintable(text));
    QTRY_COMPARE_WITH_TIMEOUT(player.current(), 0, 10'000);
    QVERIFY(changed.size() > 3);
    QVERIFY(rowText(*dave->window, index).contains(u"Play"_s));
}

void TestClientVoice::slidingOffTheButtonThrowsTheRecordingAway()
{
    auto erin = WindowSession::open(u"erin"_s, m_server.tcpPort());
    QVERIFY(erin);
    TestTone tone(1500);
    WindowVoice *voice = erin->window->voice();
    voice->recorder().setBufferInput(&tone.input);
    QSignalSpy finished(&voice->recorder(), &VoiceRecorder::finished);
    const int before = erin->window->model(u"lobby"_s)->rowCount();
    QTest::mousePress(voice->button(), Qt::LeftButton);
    QVERIFY(voice->recorder().isRecording());
    QTRY_VERIFY_WITH_TIMEOUT(tone.done(), 20'000);
    // Released away from the button.
    QTest::mouseRelease(voice->button(), Qt::LeftButton, {}, QPoint(-50, -50));
    QTRY_VERIFY(!voice->recorder().isRecording());
    QVERIFY(voice->indicator()->text().contains(u"thrown away"_s));
    QTest::qWait(500);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(erin->window->model(u"lobby"_s)->rowCount(), before);
    // From the menu (Ctrl+Shift+R) it records until asked again; Escape throws it away.
    TestTone more(3000);
    voice->recorder().setBufferInput(&more.input);
    erin->window->findChild<QAction *>(u"actionRecordVoice"_s)->trigger();
    QVERIFY(voice->recorder().isRecording());
    QTRY_VERIFY_WITH_TIMEOUT(voice->recorder().durationMs() > 500, 20'000);
    QTest::keyClick(erin->window.get(), Qt::Key_Escape);
    QTRY_VERIFY(!voice->recorder().isRecording());
    QVERIFY(voice->indicator()->text().contains(u"thrown away"_s));
    QTest::qWait(500);
    QCOMPARE(finished.size(), 0);
    // Nothing left behind (a recording that was sent is gone from there too).
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/voice"_s;
    QTRY_VERIFY(QDir(folder).entryList(QDir::Files).isEmpty());
}

void TestClientVoice::audioThatIsNotAudioGetsWords()
{
    auto finn = WindowSession::open(u"finn"_s, m_server.tcpPort());
    auto gail = WindowSession::open(u"gail"_s, m_server.tcpPort());
    QVERIFY(finn && gail);
    const QString path = m_dir.filePath(u"noise.ogg"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(TestFiles::content(50'000, 9));
    }
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    QVERIFY(finn->window->files()->take(&data));
    QTRY_VERIFY_WITH_TIMEOUT(rowWithFile(*gail->window, u"noise.ogg"_s).isValid(), 20'000);
    const QModelIndex index = rowWithFile(*gail->window, u"noise.ogg"_s);
    QCOMPARE(FileCard::fromVariant(index.data(MessageModel::FileRole))->mime, u"audio/ogg"_s);
    VoicePlayer &player = gail->window->voice()->player();
    QSignalSpy failed(&player, &VoicePlayer::failed);
    auto *delegate =
        qobject_cast<MessageDelegate *>(gail->window->findChild<QListView *>(u"messages"_s)->itemDelegate());
    emit delegate->fileActivated(index, FileCard::Action::Play);
    QVERIFY(failed.wait(20'000));
    QVERIFY2(failed.at(0).at(1).toString().contains(u"cannot be played"_s), qPrintable(failed.at(0).at(1).toString()));
    QCOMPARE(player.current(), 0);
    QLabel *indicator = gail->window->voice()->indicator();
    QVERIFY(indicator->isVisibleTo(gail->window.get()) && indicator->text().contains(u"cannot be played"_s));
}

QTEST_MAIN(TestClientVoice)
#include "tst_client_voice.moc"
