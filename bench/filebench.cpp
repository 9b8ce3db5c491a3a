// chatroom-filebench: files through a running Chat Room server with the real client's transfer engine
// (ChatClient, FileTransfers, UploadJob, DownloadJob), for scripts/bench's "files" scenario. Each of
// --uploads accounts sends a file of --bytes to the lobby at the same time; with --download the first
// file is fetched back (three times, the median counts); with --baseline OpenSSL alone copies the same
// bytes over a loopback TLS socket in this run (three times, the median counts), and the ratios say how
// close the server's transfers come to that. With --server-pid the
// server's resident memory is sampled every 100 ms and its peak reported.
#include "chatclient.h"
#include "downloadjob.h"
#include "filetransfers.h"
#include "processprobe.h"
#include "streammemory.h"
#include "tlsself.h"
#include "uploadjob.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>
#include <QtCrypto>
#include <algorithm>
#include <arpa/inet.h>
#include <csignal>
#include <functional>
#include <netinet/in.h>
#include <sched.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 MiB = 1024 * 1024;

// Copies and downloads are timed this many times, and the median taken.
constexpr int MeasuredRuns = 3;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

[[noreturn]] void fail(const char *what)
{
    TlsSelf::fail("chatroom-filebench", what);
}

// Seconds OpenSSL alone takes to copy bytes from one process to another over a loopback TLS 1.3
// connection (the server side in a child that reads and discards; 256 KiB writes from memory).
double tlsCopySeconds(qint64 bytes, int readerCpu)
{
    SSL_CTX *serverCtx = TlsSelf::serverContext("chatroom-filebench");
    const int listener = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 || listen(listener, 1) != 0 ||
        getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        fail("cannot listen on loopback");
    const pid_t child = fork();
    if (child == 0) {
        // The reader on a CPU of its own (the server's), as the server is: encrypting and decrypting on
        // one core would make OpenSSL look slower than it is.
        if (readerCpu >= 0) {
            cpu_set_t cpus;
            CPU_ZERO(&cpus);
            CPU_SET(readerCpu, &cpus);
            sched_setaffinity(0, sizeof cpus, &cpus);
        }
        const int fd = accept(listener, nullptr, nullptr);
        SSL *ssl = SSL_new(serverCtx);
        SSL_set_fd(ssl, fd);
        if (SSL_accept(ssl) != 1)
            _exit(1);
        std::vector<char> buffer(256 * 1024);
        qint64 got = 0;
        while (got < bytes) {
            const int n = SSL_read(ssl, buffer.data(), int(buffer.size()));
            if (n <= 0)
                _exit(1);
            got += n;
        }
        [[maybe_unused]] const auto w = write(fd, "k", 1); // all read: the copy is over
        _exit(0);
    }
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        kill(child, SIGKILL);
        fail("cannot connect");
    }
    SSL *ssl = SSL_new(ctx);
    SSL_set_fd(ssl, fd);
    if (SSL_connect(ssl) != 1)
        fail("the handshake failed");
    std::vector<char> chunk(256 * 1024);
    for (std::size_t i = 0; i < chunk.size(); ++i)
        chunk[i] = char(QRandomGenerator::global()->generate());
    QElapsedTimer timer;
    timer.start();
    for (qint64 sent = 0; sent < bytes;) {
        const int n = SSL_write(ssl, chunk.data(), int(std::min<qint64>(qint64(chunk.size()), bytes - sent)));
        if (n <= 0)
            fail("the copy broke off");
        sent += n;
    }
    char done = 0;
    if (read(fd, &done, 1) != 1) // SSL_read would wait for a TLS record; the child answers on the socket
        fail("the reader stopped");
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    waitpid(child, nullptr, 0);
    SSL_free(ssl);
    close(fd);
    close(listener);
    SSL_CTX_free(ctx);
    SSL_CTX_free(serverCtx);
    return seconds;
}

struct Transfer
{
    QElapsedTimer timer;
    qint64 startNs = -1; // the first byte's progress (after the file is probed and announced)
    qint64 endNs = -1;   // all bytes through
    qint64 doneNs = -1;  // finished (stored and shared; or fetched and checked)
    bool ok = false;
    QString why;
    double seconds() const { return double(endNs - startNs) / 1e9; }
};

struct Account
{
    std::unique_ptr<ChatClient> client = std::make_unique<ChatClient>();
    std::unique_ptr<FileTransfers> transfers;
    Transfer upload;
    qint64 message = 0;
};

// Logs every account in, then calls done (false: one could not).
void logIn(std::vector<std::unique_ptr<Account>> &accounts, const QString &host, quint16 port, const QString &prefix,
           std::function<void(bool)> done)
{
    auto left = std::make_shared<int>(int(accounts.size()));
    auto failed = std::make_shared<bool>(false);
    for (std::size_t i = 0; i < accounts.size(); ++i) {
        ChatClient *c = accounts[i]->client.get();
        QObject::connect(
            c, &ChatClient::certificateNeedsApproval, c,
            [c](const QString &, const QString &fingerprint, const QString &) { c->trustCertificate(fingerprint); });
        QObject::connect(c, &ChatClient::authenticated, c, [left, failed, done] {
            if (--*left == 0)
                done(!*failed);
        });
        QObject::connect(c, &ChatClient::authFailed, c, [failed, done](const QString &, const QString &why) {
            std::fprintf(stderr, "chatroom-filebench: login failed: %s\n", qPrintable(why));
            if (!std::exchange(*failed, true))
                done(false);
        });
        c->start(host, port, ChatClient::AuthMode::Register, prefix + QString::number(i), u"benchpassword"_s);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    StreamMemory::tune();                    // as the client does
    qputenv("QT_QPA_PLATFORM", "offscreen"); // no window: the client's code needs a GUI application, not a screen
    QGuiApplication app(argc, argv);
    QCA::Initializer qca; // the session's datagrams are sealed with QCA, as in the client
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QCoreApplication::setApplicationName(u"chatroom-filebench"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Sends files through a running Chat Room server with the client's own transfer code: --uploads "
        "accounts each send --bytes to the lobby at once; --download fetches the first back; --baseline copies "
        "the same bytes with OpenSSL alone for comparison. Reports seconds, MiB/s and ratios."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption host(u"host"_s, u"Server address (default 127.0.0.1)."_s, u"addr"_s, u"127.0.0.1"_s);
    const QCommandLineOption port(u"port"_s, u"Server TCP port (default 5000)."_s, u"n"_s, u"5000"_s);
    const QCommandLineOption bytesOption(u"bytes"_s, u"Bytes per file (default 100 MiB)."_s, u"n"_s,
                                         QString::number(100 * MiB));
    const QCommandLineOption uploadsOption(u"uploads"_s, u"Files sent at once, one per account (default 1)."_s, u"n"_s,
                                           u"1"_s);
    const QCommandLineOption roundsOption(
        u"rounds"_s, u"Files each account sends, one after the other, each new content (default 1)."_s, u"n"_s, u"1"_s);
    const QCommandLineOption download(u"download"_s, u"Fetch the first file back and time it."_s);
    const QCommandLineOption baseline(u"baseline"_s, u"Time OpenSSL alone copying the same bytes."_s);
    const QCommandLineOption readerCpu(
        u"reader-cpu"_s, u"CPU for the baseline's reading side (the server's; default: unpinned)."_s, u"n"_s, u"-1"_s);
    const QCommandLineOption serverPid(u"server-pid"_s, u"Server process id, to report its peak memory."_s, u"pid"_s);
    const QCommandLineOption json(u"json"_s, u"Also write the results as JSON to this file."_s, u"file"_s);
    parser.addOptions(
        {host, port, bytesOption, uploadsOption, roundsOption, download, baseline, readerCpu, serverPid, json});
    parser.process(app);
    bool ok = false;
    const qint64 bytes = parser.value(bytesOption).toLongLong(&ok);
    const int uploads = parser.value(uploadsOption).toInt();
    const int rounds = parser.value(roundsOption).toInt();
    const int serverPort = parser.value(port).toInt();
    if (!ok || bytes < 4096 || uploads < 1 || uploads > 64 || rounds < 1 || rounds > 1000 || serverPort < 1 ||
        serverPort > 65535) {
        std::fputs("chatroom-filebench: --bytes (4096 or more), --uploads (1 to 64), --rounds (1 to 1000) and --port "
                   "must be positive numbers.\n",
                   stderr);
        return 2;
    }
    const long pid = parser.value(serverPid).toLong();

    QJsonObject results{{u"bytes"_s, bytes}, {u"uploads"_s, uploads}, {u"rounds"_s, rounds}};
    if (parser.isSet(baseline)) {
        // The median of a few: on a virtual machine one copy took from 0.06 to 0.13 s within the hour.
        std::vector<double> copies;
        for (int i = 0; i < MeasuredRuns; ++i)
            copies.push_back(tlsCopySeconds(bytes, parser.value(readerCpu).toInt()));
        const double seconds = median(copies);
        results[u"tlsCopySeconds"_s] = seconds;
        std::printf("%-34s %7.2f s  %8.1f MiB/s  (median of %d)\n", "OpenSSL alone, one copy", seconds,
                    double(bytes) / MiB / seconds, MeasuredRuns);
    }

    // The files: random bytes (nothing compresses), one per account.
    QTemporaryDir dir;
    if (!dir.isValid())
        fail("cannot make a temporary folder");
    QByteArray block(4 * MiB, Qt::Uninitialized);
    for (qsizetype i = 0; i < block.size(); i += 4)
        qToUnaligned(QRandomGenerator::global()->generate(), block.data() + i);
    std::vector<std::unique_ptr<Account>> accounts;
    for (int i = 0; i < uploads; ++i) {
        QFile file(dir.filePath(u"file%1.bin"_s.arg(i)));
        if (!file.open(QIODevice::WriteOnly))
            fail("cannot write the test files");
        block[0] = char(i); // a file of its own each: the server stores equal content once
        for (qint64 written = 0; written < bytes; written += block.size()) {
            const qint64 n = std::min<qint64>(block.size(), bytes - written);
            if (file.write(block.constData(), n) != n)
                fail("cannot write the test files (is the temporary folder full?)");
        }
        accounts.push_back(std::make_unique<Account>());
        accounts.back()->transfers = std::make_unique<FileTransfers>(*accounts.back()->client);
    }

    long peakRssKib = 0;
    QTimer sampler;
    if (pid > 0) {
        QObject::connect(&sampler, &QTimer::timeout, [&] {
            if (const auto s = sampleProcess(pid))
                peakRssKib = std::max(peakRssKib, s->rssKib);
        });
        sampler.start(100);
    }
    int exitCode = 0;
    auto finishUploads = std::make_shared<int>(uploads);
    const auto report = [&] {
        double slowest = 0;
        for (const auto &a : accounts)
            slowest = std::max(slowest, a->upload.seconds());
        const Transfer &first = accounts.front()->upload;
        std::printf("%-34s %7.2f s  %8.1f MiB/s\n", "upload through the server", first.seconds(),
                    double(bytes) * rounds / MiB / first.seconds());
        results[u"uploadSeconds"_s] = first.seconds();
        results[u"slowestUploadSeconds"_s] = slowest;
        if (uploads > 1)
            std::printf("%-34s %7.2f s  %8.1f MiB/s in all\n",
                        qPrintable(u"%1 uploads at once, slowest"_s.arg(uploads)), slowest,
                        double(bytes) * rounds * uploads / MiB / slowest);
        if (results.contains(u"tlsCopySeconds"_s)) {
            const double ratio = results[u"tlsCopySeconds"_s].toDouble() * rounds / first.seconds();
            results[u"uploadRatio"_s] = ratio;
            std::printf("%-34s %7.2f  (target >= 0.5)\n", "upload / OpenSSL alone", ratio);
        }
    };
    const auto finish = [&] {
        if (pid > 0) {
            results[u"serverPeakRssKib"_s] = qint64(peakRssKib);
            std::printf("%-34s %7.1f MiB\n", "server peak RSS during the run", double(peakRssKib) / 1024);
        }
        if (parser.isSet(json)) {
            QFile out(parser.value(json));
            if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(QJsonDocument(results).toJson()) < 0)
                exitCode = 2;
        }
        QCoreApplication::exit(exitCode);
    };
    // The file fetched back MeasuredRuns times, one after the other; the median is the figure.
    std::vector<double> downloads;
    std::function<void()> fetchBack = [&] {
        Account &a = *accounts.front();
        auto *t = new Transfer;
        t->timer.start();
        const QString target = dir.filePath(u"fetched%1.bin"_s.arg(downloads.size()));
        DownloadJob *job = a.transfers->fetch(a.message, false, target + u".part"_s, target);
        QObject::connect(job, &DownloadJob::progressed, job, [t](qint64 done, qint64 total) {
            if (done > 0 && t->startNs < 0)
                t->startNs = t->timer.nsecsElapsed();
            if (done == total && total > 0)
                t->endNs = t->timer.nsecsElapsed();
        });
        QObject::connect(job, &DownloadJob::finished, job, [&, t, target](bool done, const QString &why) {
            std::unique_ptr<Transfer> owned(t);
            if (!done || t->startNs < 0) {
                std::fprintf(stderr, "chatroom-filebench: the download failed: %s\n", qPrintable(why));
                exitCode = 1;
                return finish();
            }
            QFile::remove(target);
            downloads.push_back(t->seconds());
            if (downloads.size() < std::size_t(MeasuredRuns))
                return fetchBack();
            const double seconds = median(downloads);
            std::printf("%-34s %7.2f s  %8.1f MiB/s  (median of %d: %.2f to %.2f s)\n", "download through the server",
                        seconds, double(bytes) / MiB / seconds, MeasuredRuns,
                        *std::min_element(downloads.cbegin(), downloads.cend()),
                        *std::max_element(downloads.cbegin(), downloads.cend()));
            results[u"downloadSeconds"_s] = seconds;
            if (results.contains(u"tlsCopySeconds"_s)) {
                const double ratio = results[u"tlsCopySeconds"_s].toDouble() / seconds;
                results[u"downloadRatio"_s] = ratio;
                std::printf("%-34s %7.2f  (target >= 0.5)\n", "download / OpenSSL alone", ratio);
            }
            finish();
        });
    };
    std::vector<std::shared_ptr<std::function<void()>>> senders;
    logIn(accounts, parser.value(host), quint16(serverPort), u"fb%1u"_s.arg(getpid() % 100000), [&](bool in) {
        if (!in) {
            exitCode = 1;
            return finish();
        }
        for (int i = 0; i < uploads; ++i) {
            Account &a = *accounts[std::size_t(i)];
            a.upload.timer.start();
            const QString path = dir.filePath(u"file%1.bin"_s.arg(i));
            auto left = std::make_shared<int>(rounds);
            auto sendOne = std::make_shared<std::function<void()>>();
            senders.push_back(sendOne); // kept here: the function itself holds only a weak reference
            *sendOne = [&, path, left, weakSend = std::weak_ptr(sendOne), i] {
                UploadJob *job = a.transfers->send(path, u"lobby"_s, std::nullopt, QString());
                QObject::connect(job, &UploadJob::progressed, job, [&a, left](qint64 done, qint64 total) {
                    if (done > 0 && a.upload.startNs < 0)
                        a.upload.startNs = a.upload.timer.nsecsElapsed();
                    // The last round's last byte sent (not the server's check after it).
                    if (done == total && total > 0 && *left == 1 && a.upload.endNs < 0)
                        a.upload.endNs = a.upload.timer.nsecsElapsed();
                });
                QObject::connect(
                    job, &UploadJob::finished, job,
                    [&, finishUploads, left, weakSend, path, i](bool done, qint64 id, const QString &why) {
                        a.upload.ok = done;
                        if (a.message == 0)
                            a.message = id;
                        if (!done) {
                            std::fprintf(stderr, "chatroom-filebench: an upload failed: %s\n", qPrintable(why));
                            exitCode = 1;
                        } else if (--*left > 0) {
                            // The next round: other content (the server keeps equal content once).
                            QFile file(path);
                            const QByteArray mark = QByteArray::number(i) + '.' + QByteArray::number(*left) + '.';
                            if (file.open(QIODevice::ReadWrite) && file.write(mark) == mark.size()) {
                                file.close();
                                if (const auto again = weakSend.lock())
                                    return (*again)();
                            }
                            exitCode = 1;
                        }
                        if (--*finishUploads > 0)
                            return;
                        if (exitCode != 0)
                            return finish();
                        report();
                        if (parser.isSet(download))
                            fetchBack();
                        else
                            finish();
                    });
            };
            (*sendOne)();
        }
    });
    return app.exec();
}
