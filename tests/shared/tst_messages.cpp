// Every message kind survives a round trip, and every kind of bad input gets its precise error.
#include "message.h"
#include "protocol.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Msg;

Q_DECLARE_METATYPE(Msg::Message)
Q_DECLARE_METATYPE(ErrorCode)

class TestMessages : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void everyKindHasARoundTripCase();
    void badInput_data();
    void badInput();
    void errorMessagesNameTheField();
    void errorCodesHaveStableNames();
    void roomNamesAreCanonical();
    void unknownFieldsAreIgnored();
    void framesAreOneLine();
    void longUserListsAreCutToOneFrame();
    void numbersWithoutAFractionAreInts_data();
    void numbersWithoutAFractionAreInts();
    void loneSurrogatesBecomeReplacementCharacters_data();
    void loneSurrogatesBecomeReplacementCharacters();
    void anyRequestsRefIsReadEvenWhenTheRestIsBad();
    void aWelcomeWithoutMaxHistoryMeansTheOldLimit();

private:
    QSet<QString> m_kindsTested;
};

namespace {

ChatMessage sampleChat(qint64 id)
{
    ChatMessage c;
    c.id = id;
    c.room = u"lobby"_s;
    c.from = u"alice"_s;
    c.text = u"hello \"world\"\nsecond line \u00e9\u4e2d <b>not html</b>"_s;
    c.ts = 1'700'000'000'000 + id;
    return c;
}

} // namespace

void TestMessages::roundTrip_data()
{
    QTest::addColumn<Message>("message");

    QTest::newRow("hello") << Message(Hello{1, u"test-client 1.0"_s});
    QTest::newRow("welcome") << Message(Welcome{1, u"chatroom-server 0.1"_s, 10000, 30000, 5001, 65536, 150, {}});
    QTest::newRow("welcome-files") << Message(
        Welcome{2, u"chatroom-server 0.1"_s, 10000, 30000, 5001, 65536, 150, FileLimits{100 << 20, 1LL << 30, 4}});
    QTest::newRow("upload-room") << Message(
        Upload{u"lobby"_s, std::nullopt, u"report (final).pdf"_s, 123456, QString(64, u'a'), u"application/pdf"_s});
    QTest::newRow("upload-with") << Message(
        Upload{std::nullopt, u"bob"_s, u"ünïcödé 📎.txt"_s, 1, QString(64, u'0'), u"text/plain"_s});
    QTest::newRow("upload_ready") << Message(UploadReady{QString(32, u'f'), 100, 200});
    QTest::newRow("cancel_upload") << Message(CancelUpload{QString(32, u'e')});
    QTest::newRow("transfer") << Message(Transfer{QString(32, u'1')});
    QTest::newRow("transfer-download") << Message(Transfer{std::nullopt, QString(32, u'3'), 12345});
    QTest::newRow("download") << Message(Download{42, false});
    QTest::newRow("download-thumbnail") << Message(Download{42, true});
    QTest::newRow("download_ready") << Message(DownloadReady{42, true, QString(32, u'4'), 999, QString(64, u'5')});
    {
        Say say{u"lobby"_s, u"photo.jpg"_s, 7};
        say.file = ShareFile{QString(32, u'6'), 4000, 3000, std::nullopt, QString(32, u'7'), 320, 240};
        QTest::newRow("say-file") << Message(say);
        Whisper voice{u"bob"_s, u"listen"_s, 8};
        voice.file = ShareFile{QString(32, u'8'), std::nullopt, std::nullopt, 5300};
        QTest::newRow("whisper-voice") << Message(voice);
        ChatMessage chat{9, u"lobby"_s, u"alice"_s, u"photo.jpg"_s, 5, false};
        chat.file = Attachment{u"../../photo.jpg"_s,
                               2'000'000,
                               u"image/jpeg"_s,
                               QString(64, u'9'),
                               4000,
                               3000,
                               std::nullopt,
                               Thumbnail{320, 240, u"image/jpeg"_s, 30000}};
        QTest::newRow("chat-file") << Message(chat);
        PrivateMessage direct{10, u"alice"_s, u"bob"_s, u"a voice message"_s, 6, false};
        direct.file = Attachment{u"voice.webm"_s, 40000, u"audio/webm"_s, QString(64, u'a')};
        direct.file->durationMs = 5300;
        QTest::newRow("private-file") << Message(direct);
    }
    QTest::newRow("transfer_ready") << Message(TransferReady{0});
    QTest::newRow("uploaded") << Message(Uploaded{QString(32, u'2'), std::nullopt, std::nullopt});
    QTest::newRow("uploaded-failed") << Message(
        Uploaded{QString(32, u'2'), u"hash_mismatch"_s, u"The content does not match."_s});
    QTest::newRow("register") << Message(Register{u"alice"_s, u"correct horse"_s});
    QTest::newRow("login") << Message(Login{u"Alice"_s, u"pässwörd 123"_s});
    QTest::newRow("resume") << Message(Resume{u"abc-DEF_123"_s});
    QTest::newRow("auth_ok") << Message(
        AuthOk{u"alice"_s, u"tok"_s, 0xfffffffeu, QByteArray(32, '\x07'), {u"lobby"_s, u"dev"_s}, true});
    QTest::newRow("udp_key") << Message(UdpKey{77, QByteArray(32, '\x09')});
    QTest::newRow("logout") << Message(Logout{});
    QTest::newRow("ping") << Message(Ping{1'700'000'000'123});
    QTest::newRow("pong") << Message(Pong{42});
    ErrorReply err(ErrorCode::RateLimited, u"Slow down."_s, 7);
    err.retryAfterMs = 1500;
    QTest::newRow("error") << Message(err);
    QTest::newRow("error-plain") << Message(ErrorReply(ErrorCode::BadCredentials, u"Wrong password."_s));
    QTest::newRow("join") << Message(Join{u"dev"_s});
    QTest::newRow("leave") << Message(Leave{u"dev"_s});
    QTest::newRow("joined") << Message(
        Joined{u"dev"_s, {UserInfo{u"alice"_s, Presence::Online}, UserInfo{u"bob"_s, Presence::Away}}, std::nullopt});
    QTest::newRow("left") << Message(Left{u"dev"_s});
    QTest::newRow("list_rooms") << Message(ListRooms{});
    QTest::newRow("room_list") << Message(RoomList{{RoomInfo{u"lobby"_s, 3}, RoomInfo{u"dev"_s, 0}}});
    QTest::newRow("list_users") << Message(ListUsers{u"lobby"_s});
    QTest::newRow("list_users-all") << Message(ListUsers{});
    QTest::newRow("user_list") << Message(
        UserList{u"lobby"_s, {UserInfo{u"carol"_s, Presence::Offline}}, std::nullopt});
    QTest::newRow("user_list-cut") << Message(UserList{std::nullopt, {UserInfo{u"dave"_s, Presence::Online}}, 12345});
    QTest::newRow("joined-cut") << Message(Joined{u"lobby"_s, {UserInfo{u"erin"_s, Presence::Online}}, 20000});
    QTest::newRow("presence") << Message(PresenceUpdate{u"bob"_s, Presence::Away});
    QTest::newRow("typing-client") << Message(Typing{u"lobby"_s, true, std::nullopt, std::nullopt});
    QTest::newRow("typing-server") << Message(Typing{u"lobby"_s, false, u"bob"_s, 6000});
    QTest::newRow("notice") << Message(Notice{NoticeEvent::Timeout, u"lobby"_s, u"bob"_s, u"bob timed out"_s, 5});
    QTest::newRow("notice-broadcast") << Message(
        Notice{NoticeEvent::Broadcast, std::nullopt, std::nullopt, u"Maintenance at 6."_s, 9});
    QTest::newRow("say") << Message(Say{u"lobby"_s, u"hi"_s, 12, false});
    QTest::newRow("say-action") << Message(Say{u"lobby"_s, u"waves"_s, 13, true});
    QTest::newRow("chat") << Message(sampleChat(99));
    QTest::newRow("whisper") << Message(Whisper{u"bob"_s, u"psst"_s, 3, false});
    QTest::newRow("private") << Message(PrivateMessage{5, u"alice"_s, u"bob"_s, u"psst"_s, 77, false});
    QTest::newRow("ack") << Message(Ack{12, 99, 1234});
    QTest::newRow("history") << Message(HistoryRequest{u"lobby"_s, 100, std::nullopt, 50, std::nullopt});
    QTest::newRow("history-after") << Message(HistoryRequest{u"lobby"_s, std::nullopt, 42, 200, std::nullopt});
    QTest::newRow("history-between") << Message(HistoryRequest{u"lobby"_s, 90, 42, 20, std::nullopt});
    QTest::newRow("history-around") << Message(HistoryRequest{u"lobby"_s, std::nullopt, std::nullopt, 30, 77});
    QTest::newRow("history_reply") << Message(HistoryReply{u"lobby"_s, {sampleChat(1), sampleChat(2)}, true});
    QTest::newRow("login-device") << Message(Login{u"alice"_s, u"pässwörd 123"_s, u"Ünïcode laptop ✓"_s});
    QTest::newRow("register-device") << Message(Register{u"alice"_s, u"correct horse"_s, u"phone"_s});
    QTest::newRow("history-with") << Message(HistoryRequest{QString(), std::nullopt, 42, 20, std::nullopt, u"Bob"_s});
    QTest::newRow("history_reply-with") << Message(
        HistoryReply{QString(), {}, false, u"bob"_s, {PrivateMessage{5, u"alice"_s, u"bob"_s, u"psst"_s, 77, true}}});
    QTest::newRow("joined-read") << Message(Joined{u"dev"_s, {}, std::nullopt, 41, 3});
    QTest::newRow("list_sessions") << Message(ListSessions{});
    QTest::newRow("session_list") << Message(
        SessionList{{SessionInfo{u"desk"_s, true, true, u"127.0.0.1"_s, 1732460000000},
                     SessionInfo{QString(), false, false, std::nullopt, 1732460000001}}});
    QTest::newRow("end_session") << Message(EndSession{u"phone"_s});
    QTest::newRow("end_session-unnamed") << Message(EndSession{QString()});
    QTest::newRow("list_conversations") << Message(ListConversations{});
    QTest::newRow("conversation_list") << Message(ConversationList{{ConversationInfo{u"bob"_s, 9, 1234, 7, 2}}});
    QTest::newRow("read-room") << Message(MarkRead{u"lobby"_s, std::nullopt, 5});
    QTest::newRow("read-with") << Message(MarkRead{std::nullopt, u"bob"_s, 5});
    QTest::newRow("read-nothing") << Message(MarkRead{u"lobby"_s, std::nullopt, 0});
    QTest::newRow("read_marker") << Message(ReadMarker{u"lobby"_s, std::nullopt, 5, 0});
    Msg::ChatMessage mentioning = sampleChat(7);
    mentioning.mentions = {u"bob"_s, u"Carol"_s};
    QTest::newRow("chat-mentions") << Message(mentioning);
    QTest::newRow("notify") << Message(Notify{u"dev"_s, u"mentions"_s});
    QTest::newRow("list_mentions") << Message(ListMentions{90, 20});
    QTest::newRow("mention_list") << Message(MentionList{{mentioning}, true});
    QTest::newRow("export") << Message(ExportRequest{42, 200});
    QTest::newRow("export_page") << Message(
        ExportPage{{mentioning}, {PrivateMessage{9, u"alice"_s, u"bob"_s, u"psst"_s, 77, false}}, true});
    QTest::newRow("export_page-empty") << Message(ExportPage{{}, {}, false});
    QTest::newRow("read_marker-mentions") << Message(ReadMarker{u"dev"_s, std::nullopt, 5, 3, 1});
    QTest::newRow("search") << Message(Search{u"cafe from:alice"_s, 90, 20});
    SearchHit hit{42, u"dev"_s, std::nullopt, u"alice"_s, 5, u"Le café est prêt"_s, {{3, 4}}};
    SearchHit direct{43, std::nullopt, u"bob"_s, u"bob"_s, 6, u"résumé"_s, {}};
    QTest::newRow("search_results") << Message(SearchResults{u"cafe"_s, {hit, direct}, true});
    QTest::newRow("edit") << Message(Edit{5, u"fixed"_s});
    QTest::newRow("delete") << Message(Delete{5});
    QTest::newRow("react") << Message(React{5, u"👍"_s, true});
    QTest::newRow("react-off") << Message(React{5, u"🏳️‍🌈"_s, false});
    QTest::newRow("react-skin-tone") << Message(React{5, u"👍🏽"_s, true});
    QTest::newRow("react-joined") << Message(React{5, u"👩‍💻"_s, true});
    QTest::newRow("react-subdivision-flag") << Message(React{5, u"🏴󠁧󠁢󠁳󠁣󠁴󠁿"_s, true});
    QTest::newRow("react-keycap") << Message(React{5, u"#️⃣"_s, true});
    QTest::newRow("edited") << Message(
        Edited{MessagePlace{5, u"lobby"_s, u"alice"_s, std::nullopt}, u"fixed @bob"_s, 1732460000000, {u"bob"_s}});
    QTest::newRow("deleted-direct") << Message(Deleted{MessagePlace{5, std::nullopt, u"alice"_s, u"bob"_s}, QString()});
    QTest::newRow("reaction") << Message(
        Reacted{MessagePlace{5, u"lobby"_s, u"alice"_s, std::nullopt}, u"1️⃣"_s, u"bob"_s, false, 0});
    Msg::ChatMessage reply = sampleChat(9);
    reply.state = MessageState{7, false, Quote{5, u"alice"_s, u"ok?"_s, false}, {Reaction{u"👍"_s, 2, true}}};
    QTest::newRow("chat-reply") << Message(reply);
    QTest::newRow("private-deleted") << Message(
        PrivateMessage{9, u"bob"_s, u"alice"_s, QString(), 5, false, MessageState{0, true, std::nullopt, {}}});
    QTest::newRow("say-reply") << Message(Say{u"lobby"_s, u"agreed"_s, 3, false, 5});
    QTest::newRow("whisper-reply") << Message(Whisper{u"bob"_s, u"agreed"_s, 3, false, 5});
    QTest::newRow("topic-client") << Message(Topic{u"dev"_s, u"Release on Friday"_s, std::nullopt, std::nullopt});
    QTest::newRow("topic-server") << Message(Topic{u"dev"_s, QString(), u"alice"_s, 1732460000123});
    QTest::newRow("invite") << Message(Invite{u"secret"_s, u"bob"_s});
    QTest::newRow("invited") << Message(Invited{u"secret"_s, u"bob"_s, u"alice"_s});
    QTest::newRow("join-private") << Message(Join{u"secret"_s, true});
    Joined withTopic{u"dev"_s, {}, std::nullopt, 3, 0};
    withTopic.topic = u"plans"_s;
    withTopic.isPrivate = true;
    withTopic.owner = u"alice"_s;
    QTest::newRow("joined-topic") << Message(withTopic);
    QTest::newRow("notice-session-ended")
        << Message(Notice{NoticeEvent::SessionEnded, std::nullopt, u"alice"_s, u"ended from desk"_s, 5});
}

void TestMessages::roundTrip()
{
    QFETCH(Message, message);
    const QByteArray frame = encodeMessage(message);
    QVERIFY(frame.endsWith('\n'));
    QCOMPARE(frame.count('\n'), 1);
    const auto parsed = parse(QByteArrayView(frame).chopped(1));
    QVERIFY2(parsed.has_value(), qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(typeOf(*parsed), typeOf(message));
    QVERIFY(*parsed == message);
    m_kindsTested.insert(QString(typeOf(message)));
}

void TestMessages::everyKindHasARoundTripCase()
{
    QCOMPARE(m_kindsTested.size(), int(std::variant_size_v<Message>));
}

void TestMessages::badInput_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<ErrorCode>("code");

    const QByteArray longText = QByteArray(Protocol::MaxTextLength + 1, 'x');
    const QByteArray deep = QByteArray(2000, '[') + QByteArray(2000, ']');

    QTest::newRow("empty") << QByteArray("") << ErrorCode::BadJson;
    QTest::newRow("export-limit-zero") << QByteArray(R"({"type":"export","limit":0})") << ErrorCode::OutOfRange;
    QTest::newRow("export-limit-huge") << QByteArray(R"({"type":"export","limit":201})") << ErrorCode::OutOfRange;
    QTest::newRow("export-after-negative")
        << QByteArray(R"({"type":"export","after":-1,"limit":5})") << ErrorCode::OutOfRange;
    QTest::newRow("export-after-text") << QByteArray(R"({"type":"export","after":"7","limit":5})")
                                       << ErrorCode::WrongType;
    QTest::newRow("export-no-limit") << QByteArray(R"({"type":"export"})") << ErrorCode::MissingField;
    QTest::newRow("history-around-with-before")
        << QByteArray(R"({"type":"history","room":"lobby","around":5,"before":9,"limit":10})") << ErrorCode::OutOfRange;
    QTest::newRow("history-around-zero") << QByteArray(R"({"type":"history","room":"lobby","around":0,"limit":10})")
                                         << ErrorCode::OutOfRange;
    QTest::newRow("truncated") << QByteArray(R"({"type":"say","room":"lob)") << ErrorCode::BadJson;
    QTest::newRow("not-an-object") << QByteArray(R"(["say"])") << ErrorCode::BadJson;
    QTest::newRow("a-number") << QByteArray("42") << ErrorCode::BadJson;
    QTest::newRow("invalid-utf8") << QByteArray("{\"type\":\"say\",\"room\":\"lobby\",\"text\":\"\xff\xfe\",\"ref\":1}")
                                  << ErrorCode::BadJson;
    QTest::newRow("deep-nesting") << QByteArray(R"({"type":"say","x":)" + deep + "}") << ErrorCode::BadJson;
    QTest::newRow("trailing-garbage") << QByteArray(R"({"type":"ping","ts":1} x)") << ErrorCode::BadJson;
    QTest::newRow("empty-object") << QByteArray("{}") << ErrorCode::MissingField;
    QTest::newRow("type-not-string") << QByteArray(R"({"type":7})") << ErrorCode::WrongType;
    QTest::newRow("unknown-type") << QByteArray(R"({"type":"teleport"})") << ErrorCode::UnknownType;
    QTest::newRow("missing-field") << QByteArray(R"({"type":"say","room":"lobby","ref":1})") << ErrorCode::MissingField;
    QTest::newRow("null-field") << QByteArray(R"({"type":"say","room":"lobby","text":null,"ref":1})")
                                << ErrorCode::MissingField;
    QTest::newRow("string-as-number") << QByteArray(R"({"type":"ping","ts":"12"})") << ErrorCode::WrongType;
    QTest::newRow("number-as-string") << QByteArray(R"({"type":"join","room":5})") << ErrorCode::WrongType;
    QTest::newRow("bool-as-string") << QByteArray(R"({"type":"typing","room":"a","active":"yes"})")
                                    << ErrorCode::WrongType;
    QTest::newRow("fraction") << QByteArray(R"({"type":"ping","ts":1.5})") << ErrorCode::WrongType;
    QTest::newRow("huge-number") << QByteArray(R"({"type":"ping","ts":1e300})") << ErrorCode::OutOfRange;
    QTest::newRow("overflowing-number") << QByteArray(R"({"type":"ping","ts":1e400})") << ErrorCode::BadJson;
    QTest::newRow("negative") << QByteArray(R"({"type":"ack","ref":-1,"id":1,"ts":1})") << ErrorCode::OutOfRange;
    QTest::newRow("past-2^53") << QByteArray(R"({"type":"ping","ts":9007199254740993})") << ErrorCode::OutOfRange;
    QTest::newRow("text-too-long") << QByteArray(R"({"type":"say","room":"lobby","ref":1,"text":")" + longText +
                                                 R"("})")
                                   << ErrorCode::OutOfRange;
    QTest::newRow("blank-text") << QByteArray(R"({"type":"say","room":"lobby","ref":1,"text":"   "})")
                                << ErrorCode::OutOfRange;
    QTest::newRow("bad-room-name") << QByteArray(R"({"type":"join","room":"no spaces"})") << ErrorCode::OutOfRange;
    QTest::newRow("empty-room-name") << QByteArray(R"({"type":"join","room":""})") << ErrorCode::OutOfRange;
    QTest::newRow("bad-enum") << QByteArray(R"({"type":"presence","user":"bob","presence":"asleep"})")
                              << ErrorCode::OutOfRange;
    QTest::newRow("array-of-wrong-things")
        << QByteArray(R"({"type":"user_list","users":[1,2]})") << ErrorCode::WrongType;
    QTest::newRow("nested-bad-name") << QByteArray(R"({"type":"user_list","users":[{"name":"","presence":"away"}]})")
                                     << ErrorCode::OutOfRange;
    QTest::newRow("device-control-character")
        << QByteArray(R"({"type":"login","username":"al","password":"x","device":"a\u0007b"})")
        << ErrorCode::OutOfRange;
    QTest::newRow("device-too-long") << QByteArray(R"({"type":"login","username":"al","password":"x","device":")" +
                                                   QByteArray(65, 'd') + R"("})")
                                     << ErrorCode::OutOfRange;
    QTest::newRow("history-room-and-with")
        << QByteArray(R"({"type":"history","room":"lobby","with":"bob","limit":10})") << ErrorCode::MissingField;
    QTest::newRow("history-neither") << QByteArray(R"({"type":"history","limit":10})") << ErrorCode::MissingField;
    QTest::newRow("read-neither") << QByteArray(R"({"type":"read","id":3})") << ErrorCode::MissingField;
    QTest::newRow("read-bad-peer") << QByteArray(R"({"type":"read","with":"no one","id":3})") << ErrorCode::OutOfRange;
    QTest::newRow("read-negative") << QByteArray(R"({"type":"read","room":"lobby","id":-1})") << ErrorCode::OutOfRange;
    const QByteArray hash(64, 'a');
    QTest::newRow("upload-both")
        << QByteArray(R"({"type":"upload","room":"lobby","with":"bob","name":"a","size":1,"sha256":")" + hash +
                      R"(","mime":"text/plain"})")
        << ErrorCode::MissingField;
    QTest::newRow("upload-neither") << QByteArray(R"({"type":"upload","name":"a","size":1,"sha256":")" + hash +
                                                  R"(","mime":"text/plain"})")
                                    << ErrorCode::MissingField;
    QTest::newRow("upload-empty") << QByteArray(R"({"type":"upload","room":"lobby","name":"a","size":0,"sha256":")" +
                                                hash + R"(","mime":"text/plain"})")
                                  << ErrorCode::OutOfRange;
    QTest::newRow("upload-huge") << QByteArray(R"({"type":"upload","room":"lobby","name":"a","size":1e15,"sha256":")" +
                                               hash + R"(","mime":"text/plain"})")
                                 << ErrorCode::OutOfRange;
    QTest::newRow("upload-blank-name") << QByteArray(
                                              R"({"type":"upload","room":"lobby","name":"  ","size":1,"sha256":")" +
                                              hash + R"(","mime":"text/plain"})")
                                       << ErrorCode::OutOfRange;
    QTest::newRow("upload-mime-newline") << QByteArray(
                                                R"({"type":"upload","room":"lobby","name":"a","size":1,"sha256":")" +
                                                hash + R"(","mime":"text/plain\n"})")
                                         << ErrorCode::OutOfRange;
    QTest::newRow("upload-upper-hash") << QByteArray(
                                              R"({"type":"upload","room":"lobby","name":"a","size":1,"sha256":")" +
                                              hash.toUpper() + R"(","mime":"text/plain"})")
                                       << ErrorCode::OutOfRange;
    QTest::newRow("upload-short-hash")
        << QByteArray(R"({"type":"upload","room":"lobby","name":"a","size":1,"sha256":"abc","mime":"text/plain"})")
        << ErrorCode::OutOfRange;
    QTest::newRow("upload-bad-mime") << QByteArray(R"({"type":"upload","room":"lobby","name":"a","size":1,"sha256":")" +
                                                   hash + R"(","mime":"Text/../x"})")
                                     << ErrorCode::OutOfRange;
    QTest::newRow("cancel-upload-path") << QByteArray(
                                               R"({"type":"cancel_upload","upload":"../../../../../../etc/passwd000"})")
                                        << ErrorCode::OutOfRange;
    QTest::newRow("cancel-upload-missing") << QByteArray(R"({"type":"cancel_upload"})") << ErrorCode::MissingField;
    QTest::newRow("transfer-path") << QByteArray(R"({"type":"transfer","upload":"../../../../../../etc/passwd000"})")
                                   << ErrorCode::OutOfRange;
    QTest::newRow("transfer-both") << QByteArray(R"({"type":"transfer","upload":")" + QByteArray(32, 'a') +
                                                 R"(","download":")" + QByteArray(32, 'b') + R"("})")
                                   << ErrorCode::OutOfRange;
    QTest::newRow("transfer-negative-offset")
        << QByteArray(R"({"type":"transfer","download":")" + QByteArray(32, 'b') + R"(","offset":-1})")
        << ErrorCode::OutOfRange;
    QTest::newRow("download-zero") << QByteArray(R"({"type":"download","message":0})") << ErrorCode::OutOfRange;
    QTest::newRow("say-blank-no-file") << QByteArray(R"({"type":"say","room":"lobby","text":"","ref":1})")
                                       << ErrorCode::OutOfRange;
    QTest::newRow("say-file-blank-caption")
        << QByteArray(R"({"type":"say","room":"lobby","text":"   ","ref":1,"file":{"upload":")" + QByteArray(32, 'c') +
                      R"("}})")
        << ErrorCode::OutOfRange;
    QTest::newRow("say-file-height-alone")
        << QByteArray(R"({"type":"say","room":"lobby","text":"a","ref":1,"file":{"upload":")" + QByteArray(32, 'c') +
                      R"(","height":3}})")
        << ErrorCode::MissingField;
    QTest::newRow("say-file-huge-thumbnail")
        << QByteArray(R"({"type":"say","room":"lobby","text":"a","ref":1,"file":{"upload":")" + QByteArray(32, 'c') +
                      R"(","thumbnail":{"upload":")" + QByteArray(32, 'd') + R"(","width":4000,"height":3}}})")
        << ErrorCode::OutOfRange;
    QTest::newRow("say-file-not-object") << QByteArray(R"({"type":"say","room":"lobby","text":"a","ref":1,"file":"x"})")
                                         << ErrorCode::WrongType;
    QTest::newRow("chat-file-no-hash")
        << QByteArray(R"({"type":"chat","id":1,"room":"lobby","from":"bob","text":"a","ts":5,"file":{"name":"a",)"
                      R"("size":1,"mime":"text/plain"}})")
        << ErrorCode::MissingField;
    QTest::newRow("upload_ready-past")
        << QByteArray(R"({"type":"upload_ready","upload":"00000000000000000000000000000000","offset":5,"size":4})")
        << ErrorCode::OutOfRange;
    QTest::newRow("unread-past-cap") << QByteArray(R"({"type":"read_marker","room":"lobby","id":3,"unread":1001})")
                                     << ErrorCode::OutOfRange;
    QTest::newRow("notify-bad-level") << QByteArray(R"({"type":"notify","room":"dev","level":"loud"})")
                                      << ErrorCode::OutOfRange;
    QTest::newRow("mentions-not-names")
        << QByteArray(R"({"type":"chat","id":1,"room":"lobby","from":"bob","text":"hi","ts":5,"mentions":["a b"]})")
        << ErrorCode::OutOfRange;
    QTest::newRow("search-match-outside-snippet")
        << QByteArray(R"({"type":"search_results","query":"x","more":false,"hits":[{"id":1,"room":"dev","from":"bob",)"
                      R"("ts":1,"snippet":"abc","matches":[[2,5]]}]})")
        << ErrorCode::OutOfRange;
    QTest::newRow("search-blank") << QByteArray(R"({"type":"search","query":"   ","limit":5})")
                                  << ErrorCode::OutOfRange;
    QTest::newRow("react-word") << QByteArray(R"({"type":"react","id":5,"emoji":"lol"})") << ErrorCode::OutOfRange;
    QTest::newRow("react-markup") << QByteArray(R"({"type":"react","id":5,"emoji":"<b>👍</b>"})")
                                  << ErrorCode::OutOfRange;
    QTest::newRow("react-space") << QByteArray(R"({"type":"react","id":5,"emoji":"👍 👍"})") << ErrorCode::OutOfRange;
    QTest::newRow("react-digits") << QByteArray(R"({"type":"react","id":5,"emoji":"123"})") << ErrorCode::OutOfRange;
    QTest::newRow("react-too-long") << QByteArray(R"({"type":"react","id":5,"emoji":"👍👍👍👍👍👍👍👍👍"})")
                                    << ErrorCode::OutOfRange;
    QTest::newRow("react-two") << QByteArray(R"({"type":"react","id":5,"emoji":"👍👍"})") << ErrorCode::OutOfRange;
    QTest::newRow("react-caret") << QByteArray(R"({"type":"react","id":5,"emoji":"👍^"})") << ErrorCode::OutOfRange;
    QTest::newRow("react-marks") << QByteArray(R"({"type":"react","id":5,"emoji":"👍\u0337\u0337"})")
                                 << ErrorCode::OutOfRange;
    QTest::newRow("react-digit-run") << QByteArray(R"({"type":"react","id":5,"emoji":"0123⃣"})")
                                     << ErrorCode::OutOfRange;
    QTest::newRow("react-stray-tag") << QByteArray(R"({"type":"react","id":5,"emoji":"👍\udb40\udc61"})")
                                     << ErrorCode::OutOfRange;
    QTest::newRow("react-bare-keycap") << QByteArray(R"({"type":"react","id":5,"emoji":"\u20e3"})")
                                       << ErrorCode::OutOfRange;
    QTest::newRow("react-selectors") << QByteArray(R"({"type":"react","id":5,"emoji":"👍\ufe0f\ufe0f\ufe0f"})")
                                     << ErrorCode::OutOfRange;
    QTest::newRow("react-lone-surrogate")
        << QByteArray(R"({"type":"react","id":5,"emoji":"\ud83d"})") << ErrorCode::OutOfRange;
    QTest::newRow("react-no-id") << QByteArray(R"({"type":"react","emoji":"👍"})") << ErrorCode::MissingField;
    QTest::newRow("edit-blank") << QByteArray(R"({"type":"edit","id":5,"text":"  "})") << ErrorCode::OutOfRange;
    QTest::newRow("edit-zero-id") << QByteArray(R"({"type":"edit","id":0,"text":"x"})") << ErrorCode::OutOfRange;
    QTest::newRow("delete-string-id") << QByteArray(R"({"type":"delete","id":"5"})") << ErrorCode::WrongType;
    QTest::newRow("say-reply-zero") << QByteArray(R"({"type":"say","room":"lobby","text":"x","ref":1,"reply_to":0})")
                                    << ErrorCode::OutOfRange;
    QTest::newRow("chat-deleted-with-text")
        << QByteArray(R"({"type":"chat","id":1,"room":"lobby","from":"bob","text":"hi","ts":5,"deleted":true})")
        << ErrorCode::OutOfRange;
    QTest::newRow("chat-quote-not-object")
        << QByteArray(R"({"type":"chat","id":1,"room":"lobby","from":"bob","text":"hi","ts":5,"reply_to":5})")
        << ErrorCode::WrongType;
    QTest::newRow("chat-quote-too-long")
        << QByteArray(R"({"type":"chat","id":1,"room":"lobby","from":"bob","text":"hi","ts":5,"reply_to":{"id":2,)"
                      R"("from":"al","text":")" +
                      QByteArray(Protocol::MaxQuoteLength + 1, 'q') + R"("}})")
        << ErrorCode::OutOfRange;
    QTest::newRow("chat-too-many-reactions")
        << QByteArray(R"({"type":"chat","id":1,"room":"lobby","from":"bob","text":"hi","ts":5,"reactions":[)" +
                      QByteArray(R"({"emoji":"👍","count":1},)").repeated(Protocol::MaxReactionKinds) +
                      R"({"emoji":"👍","count":1}]})")
        << ErrorCode::OutOfRange;
    QTest::newRow("edited-both-places")
        << QByteArray(R"({"type":"edited","id":1,"room":"lobby","from":"bob","to":"al","text":"x","edited":5})")
        << ErrorCode::MissingField;
    QTest::newRow("deleted-bad-by") << QByteArray(R"({"type":"deleted","id":1,"room":"lobby","from":"bob","by":"a b"})")
                                    << ErrorCode::OutOfRange;
    QTest::newRow("topic-too-long") << QByteArray(R"({"type":"topic","room":"dev","text":")" + QByteArray(301, 't') +
                                                  R"("})")
                                    << ErrorCode::OutOfRange;
    QTest::newRow("invite-bad-user") << QByteArray(R"({"type":"invite","room":"dev","user":"a b"})")
                                     << ErrorCode::OutOfRange;
    QTest::newRow("session-list-not-objects")
        << QByteArray(R"({"type":"session_list","sessions":["desk"]})") << ErrorCode::WrongType;
    QTest::newRow("udp-key-wrong-size")
        << QByteArray(
               R"({"type":"auth_ok","username":"al","resumeToken":"t","udpSession":1,"udpKey":"AAAA","rooms":[]})")
        << ErrorCode::OutOfRange;
    QTest::newRow("udp-rekey-not-base64")
        << QByteArray(R"({"type":"udp_key","udpSession":1,"udpKey":"!!!!"})") << ErrorCode::OutOfRange;
    QTest::newRow("udp-rekey-no-session")
        << QByteArray(R"({"type":"udp_key","udpSession":0,"udpKey":"AAAA"})") << ErrorCode::OutOfRange;
    QTest::newRow("history-limit") << QByteArray(R"({"type":"history","room":"lobby","limit":100000})")
                                   << ErrorCode::OutOfRange;
}

void TestMessages::badInput()
{
    QFETCH(QByteArray, frame);
    QFETCH(ErrorCode, code);
    const auto parsed = parse(frame);
    QVERIFY(!parsed.has_value());
    QCOMPARE(errorCodeName(parsed.error().code), errorCodeName(code));
    QVERIFY(!parsed.error().message.isEmpty());
}

void TestMessages::errorMessagesNameTheField()
{
    const auto parsed = parse(R"({"type":"say","room":"lobby","text":7,"ref":1})");
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().message, u"'say': field 'text' must be a string"_s);
}

void TestMessages::errorCodesHaveStableNames()
{
    // These spellings are the wire protocol (docs/PROTOCOL.md); changing one breaks every client.
    QCOMPARE(errorCodeName(ErrorCode::FrameTooLarge), "frame_too_large"_L1);
    QCOMPARE(errorCodeName(ErrorCode::RateLimited), "rate_limited"_L1);
    QCOMPARE(errorCodeName(ErrorCode::ShuttingDown), "shutting_down"_L1);
    for (int c = int(ErrorCode::FrameTooLarge); c <= int(ErrorCode::TlsRequired); ++c) {
        const auto name = errorCodeName(ErrorCode(c));
        QCOMPARE(errorCodeFromName(QString(name)), std::optional<ErrorCode>(ErrorCode(c)));
    }
    QCOMPARE(errorCodeFromName(u"no_such_code"_s), std::nullopt);
    // A code a newer server invents still arrives intact.
    const auto parsed = parse(R"({"type":"error","code":"brand_new","message":"x"})");
    QVERIFY(parsed);
    QCOMPARE(std::get<ErrorReply>(*parsed).code, u"brand_new"_s);
    QCOMPARE(std::get<ErrorReply>(*parsed).errorCode(), std::nullopt);
}

void TestMessages::roomNamesAreCanonical()
{
    const auto parsed = parse(R"({"type":"join","room":"Dev-Team"})");
    QVERIFY(parsed);
    QCOMPARE(std::get<Join>(*parsed).room, u"dev-team"_s);
}

void TestMessages::unknownFieldsAreIgnored()
{
    const auto parsed = parse(R"({"type":"ping","ts":5,"future":{"a":[1,2]}})");
    QVERIFY(parsed);
    QCOMPARE(std::get<Ping>(*parsed).ts, 5);
}

void TestMessages::framesAreOneLine()
{
    Say say{u"lobby"_s, u"line one\nline two\r\n\u2028end"_s, 1, false};
    const QByteArray frame = encode(say);
    QCOMPARE(frame.count('\n'), 1);
    QVERIFY(!frame.contains('\r'));
}

void TestMessages::longUserListsAreCutToOneFrame()
{
    QList<UserInfo> users;
    for (int i = 0; i < 10000; ++i) // the longest names the rules allow
        users.append(UserInfo{u"user_%1_"_s.arg(i, 5, 10, QChar(u'0')) + QString(32 - 11, u'x'), Presence::Online});
    QCOMPARE(users.first().name.size(), 32);
    QList<UserInfo> all = users;
    const auto total = fitToFrame(users);
    QCOMPARE(total, 10000);
    QVERIFY(users.size() > 500 && users.size() < 10000);
    QCOMPARE(users.first(), all.first()); // a prefix, in order
    const QByteArray frame = encode(UserList{u"lobby"_s, users, total});
    QVERIFY2(frame.size() <= Protocol::MaxFrameBytes, qPrintable(QString::number(frame.size())));
    // A short list is left alone.
    QList<UserInfo> few = all.mid(0, 10);
    QCOMPARE(fitToFrame(few), std::nullopt);
    QCOMPARE(few.size(), 10);
}

void TestMessages::numbersWithoutAFractionAreInts_data()
{
    QTest::addColumn<QByteArray>("ts");
    QTest::addColumn<qint64>("value");
    QTest::newRow("1.0") << QByteArray("1.0") << qint64(1);
    QTest::newRow("1e3") << QByteArray("1e3") << qint64(1000);
    QTest::newRow("0.5e1") << QByteArray("0.5e1") << qint64(5);
    QTest::newRow("-0") << QByteArray("-0") << qint64(0);
}

void TestMessages::numbersWithoutAFractionAreInts()
{
    QFETCH(QByteArray, ts);
    QFETCH(qint64, value);
    const auto parsed = Msg::parse(QByteArray(R"({"type":"ping","ts":)" + ts + "}"));
    QVERIFY(parsed);
    QCOMPARE(std::get<Msg::Ping>(*parsed).ts, value);
}

void TestMessages::loneSurrogatesBecomeReplacementCharacters_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("text");
    QTest::newRow("high alone") << QByteArray(R"(\ud800)") << u"\uFFFD"_s;
    QTest::newRow("low between letters") << QByteArray(R"(a\udc00b)") << u"a\uFFFDb"_s;
    QTest::newRow("two highs") << QByteArray(R"(\ud800\ud800)") << u"\uFFFD\uFFFD"_s;
    QTest::newRow("low then high") << QByteArray(R"(\udc00\ud800)") << u"\uFFFD\uFFFD"_s;
    QTest::newRow("a real pair stays") << QByteArray(R"(\ud83d\ude00)") << u"\U0001F600"_s;
}

void TestMessages::loneSurrogatesBecomeReplacementCharacters()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, text);
    const auto parsed = Msg::parse(QByteArray(R"({"type":"say","room":"lobby","ref":1,"text":")" + json + R"("})"));
    QVERIFY(parsed);
    const Msg::Say say = std::get<Msg::Say>(*parsed);
    QCOMPARE(say.text, text);
    // What is relayed parses back to the same text: no half characters on the wire.
    const auto again = Msg::parse(Msg::encode(say).chopped(1));
    QVERIFY(again);
    QCOMPARE(std::get<Msg::Say>(*again).text, text);
}

void TestMessages::anyRequestsRefIsReadEvenWhenTheRestIsBad()
{
    std::optional<qint64> ref;
    auto parsed = Msg::parse(R"({"type":"join","room":"lobby","ref":12})", &ref);
    QVERIFY(parsed);
    QCOMPARE(ref, std::optional<qint64>(12));
    parsed = Msg::parse(R"({"type":"say","room":"lobby","text":"","ref":13})", &ref);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, ErrorCode::OutOfRange);
    QCOMPARE(parsed.error().ref, std::optional<qint64>(13));
    parsed = Msg::parse(R"({"type":"join","room":"lobby","ref":"13"})", &ref);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, ErrorCode::WrongType);
    QCOMPARE(parsed.error().ref, std::nullopt);
}

void TestMessages::aWelcomeWithoutMaxHistoryMeansTheOldLimit()
{
    // Servers before maxHistory was announced served pages of at most 200.
    const auto parsed = Msg::parse(QByteArray(
        R"({"type":"welcome","version":1,"server":"old","heartbeatMs":10000,"timeoutMs":30000,"udpPort":0,"maxFrame":65536})"));
    QVERIFY(parsed);
    QCOMPARE(std::get<Msg::Welcome>(*parsed).maxHistory, 200);
}

QTEST_GUILESS_MAIN(TestMessages)
#include "tst_messages.moc"
