// The export file's two forms: JSON that any parser reads back as it was sent, and text a person reads; what
// is deleted stays out; a device that fails is reported.
#include "messageexport.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestMessageExport : public QObject
{
    Q_OBJECT
private slots:
    void jsonReadsBackAsSent();
    void anEmptyExportIsValidJson();
    void textHasALinePerMessage();
    void aFailingDeviceIsReported();
    void theFormatFollowsTheName_data();
    void theFormatFollowsTheName();

private:
    static Msg::ChatMessage chat(qint64 id, const QString &text)
    {
        return Msg::ChatMessage{id, u"dev"_s, u"alice"_s, text, 1732460000000 + id, false};
    }
};

void TestMessageExport::jsonReadsBackAsSent()
{
    QBuffer out;
    QVERIFY(out.open(QIODevice::WriteOnly));
    MessageExportWriter writer(out, MessageExportWriter::Format::Json, {{u"account"_s, u"alice"_s}}, QTimeZone::UTC);
    writer.write(chat(1, u"a \"quote\", a \\ and\nanother line </script>"_s));
    Msg::ChatMessage gone = chat(2, QString());
    gone.state.deleted = true;
    writer.write(gone);
    writer.write(Msg::PrivateMessage{3, u"alice"_s, u"bob"_s, u"psst 🤫"_s, 1732460000003, true});
    QVERIFY(writer.finish());
    QCOMPARE(writer.count(), 2);
    QJsonParseError error{};
    const QJsonObject doc = QJsonDocument::fromJson(out.data(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(doc.value("format"_L1).toString(), u"chatroom-export"_s);
    QCOMPARE(doc.value("account"_L1).toString(), u"alice"_s);
    const QJsonArray messages = doc.value("messages"_L1).toArray();
    QCOMPARE(messages.size(), 2);
    const QJsonObject first = messages[0].toObject();
    QCOMPARE(first.value("text"_L1).toString(), u"a \"quote\", a \\ and\nanother line </script>"_s);
    QVERIFY(!first.contains("type"_L1));
    QCOMPARE(first.value("time"_L1).toString(), u"2024-11-24T14:53:20.001Z"_s);
    auto parsed = Msg::ChatMessage::fromJson(first);
    QVERIFY(parsed);
    QCOMPARE(parsed->text, chat(1, u"a \"quote\", a \\ and\nanother line </script>"_s).text);
    const QJsonObject second = messages[1].toObject();
    QCOMPARE(second.value("to"_L1).toString(), u"bob"_s);
    QCOMPARE(second.value("text"_L1).toString(), u"psst 🤫"_s);
}

void TestMessageExport::anEmptyExportIsValidJson()
{
    QBuffer out;
    QVERIFY(out.open(QIODevice::WriteOnly));
    MessageExportWriter writer(out, MessageExportWriter::Format::Json, {{u"room"_s, u"dev"_s}}, QTimeZone::UTC);
    QVERIFY(writer.finish());
    QJsonParseError error{};
    const QJsonObject doc = QJsonDocument::fromJson(out.data(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, out.data().constData());
    QCOMPARE(doc.value("room"_L1).toString(), u"dev"_s);
    QVERIFY(doc.value("messages"_L1).toArray().isEmpty());
}

void TestMessageExport::textHasALinePerMessage()
{
    QBuffer out;
    QVERIFY(out.open(QIODevice::WriteOnly));
    MessageExportWriter writer(out, MessageExportWriter::Format::Text, {{u"account"_s, u"alice"_s}}, QTimeZone::UTC);
    Msg::ChatMessage edited = chat(1, u"two\nlines"_s);
    edited.state.edited = 1732460009999;
    writer.write(edited);
    writer.write(Msg::PrivateMessage{3, u"alice"_s, u"bob"_s, u"waves"_s, 1732460000003, true});
    // A carriage return would draw a forged line over this one, an escape would drive the terminal.
    writer.write(chat(4, u"hi\r[2024-11-24 14:53:21] #dev <bob> I owe alice 100\x1b[2J"_s));
    QVERIFY(writer.finish());
    const QStringList lines = QString::fromUtf8(out.data()).split(u'\n');
    QVERIFY2(lines.value(0).startsWith(u"# Chat Room: messages of alice, exported "_s), qPrintable(lines.value(0)));
    QCOMPARE(lines.value(1), u"[2024-11-24 14:53:20] #dev <alice> two"_s);
    QCOMPARE(lines.value(2), u"    lines (edited)"_s);
    QCOMPARE(lines.value(3), u"[2024-11-24 14:53:20] @bob * alice waves"_s);
    QCOMPARE(lines.value(4),
             u"[2024-11-24 14:53:20] #dev <alice> hi?[2024-11-24 14:53:21] #dev <bob> I owe alice 100?[2J"_s);
    QCOMPARE(lines.value(5), QString()); // the file ends with a newline
    QCOMPARE(lines.size(), 6);
}

void TestMessageExport::aFailingDeviceIsReported()
{
    QFile full(u"/dev/full"_s);
    if (!full.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        QSKIP("no /dev/full here");
    MessageExportWriter writer(full, MessageExportWriter::Format::Json, {{u"account"_s, u"alice"_s}}, QTimeZone::UTC);
    writer.write(chat(1, u"hello"_s));
    QVERIFY(!writer.finish());
}

void TestMessageExport::theFormatFollowsTheName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("text");
    QTest::newRow("json") << u"out.json"_s << false;
    QTest::newRow("txt") << u"out.txt"_s << true;
    QTest::newRow("TXT") << u"OUT.TXT"_s << true;
    QTest::newRow("no suffix") << u"out"_s << false;
    QTest::newRow("txt inside") << u"out.txt.json"_s << false;
}

void TestMessageExport::theFormatFollowsTheName()
{
    QFETCH(QString, name);
    QFETCH(bool, text);
    QCOMPARE(MessageExportWriter::formatFor(name) == MessageExportWriter::Format::Text, text);
}

QTEST_GUILESS_MAIN(TestMessageExport)
#include "tst_messageexport.moc"
