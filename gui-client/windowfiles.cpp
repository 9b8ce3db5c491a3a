#include "windowfiles.h"

#include "chatclient.h"
#include "chatinput.h"
#include "downloadjob.h"
#include "downloadnames.h"
#include "filecache.h"
#include "filecard.h"
#include "filetransfers.h"
#include "imageviewer.h"
#include "messagemodel.h"
#include "transferpanel.h"
#include "uploadjob.h"

#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QToolButton>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

WindowFiles::WindowFiles(QWidget *window, ChatClient &client, ChatInput *input, std::function<Place()> place)
    : QObject(window), m_window(window), m_client(client), m_input(input), m_place(std::move(place)),
      m_transfers(new FileTransfers(client, this)),
      m_cache(new FileCache(*m_transfers, QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/files"_s,
                            this)),
      m_panel(new TransferPanel(window)), m_attach(new QToolButton(window)),
      m_downloads(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
{
    // Where the file dialog opened last, in this run or the one before.
    if (const QString last = QSettings().value(u"files/lastFolder"_s).toString(); QFileInfo(last).isDir())
        m_lastFolder = last;
    m_attach->setObjectName(u"attachButton"_s);
    m_attach->setText(u"📎"_s);
    m_attach->setToolTip(tr("Send files (Ctrl+Shift+O); you can also drop them on the window or paste an image"));
    m_attach->setAccessibleName(tr("Send files"));
    m_attach->setFocusPolicy(Qt::NoFocus); // the menu's shortcut does it from the keyboard
    connect(m_attach, &QToolButton::clicked, this, &WindowFiles::chooseFiles);
    connect(m_transfers, &FileTransfers::resumedUpload, this,
            [this](UploadJob *job) { follow(job, tr("Sending %1").arg(job->fileName())); });
    connect(m_transfers, &FileTransfers::resumedSave, this, &WindowFiles::followSave);
    // While the server is away nothing moves: the rows say so instead of a speed that no longer holds.
    connect(&client, &ChatClient::stateChanged, this, [this](ChatClient::State state) {
        if (state == ChatClient::State::Reconnecting || state == ChatClient::State::Disconnected)
            m_panel->pauseAll(tr("waiting for the server…"));
    });
}

void WindowFiles::chooseFiles()
{
    // The first time in the home folder, not wherever the program was started from.
    auto *dialog =
        new QFileDialog(m_window, tr("Send files"), m_lastFolder.isEmpty() ? QDir::homePath() : m_lastFolder);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList &paths) {
        if (!paths.isEmpty()) {
            m_lastFolder = QFileInfo(paths.constFirst()).absolutePath();
            QSettings().setValue(u"files/lastFolder"_s, m_lastFolder);
        }
        send(paths);
    });
    dialog->open();
}

bool WindowFiles::hasPlace() const
{
    const Place place = m_place();
    return !place.room.isEmpty() || !place.user.isEmpty();
}

void WindowFiles::send(const QStringList &paths)
{
    const Place place = m_place();
    if (paths.isEmpty() || !hasPlace())
        return;
    QString caption = m_input->text().startsWith(u'/') ? QString() : m_input->text().trimmed();
    if (!caption.isEmpty())
        m_input->clear();
    for (const QString &path : paths) {
        UploadJob *job = m_transfers->send(path, place.room.isEmpty() ? std::nullopt : std::optional(place.room),
                                           place.user.isEmpty() ? std::nullopt : std::optional(place.user),
                                           std::exchange(caption, QString()));
        follow(job, tr("Sending %1").arg(QFileInfo(path).fileName()));
    }
}

void WindowFiles::sendRecording(const Place &place, const QString &path, qint64 durationMs, const QString &mime)
{
    UploadJob *job = m_transfers->send(path, place.room.isEmpty() ? std::nullopt : std::optional(place.room),
                                       place.user.isEmpty() ? std::nullopt : std::optional(place.user), QString(),
                                       UploadJob::Recording{durationMs, mime});
    follow(job, tr("Sending a voice message"));
}

void WindowFiles::follow(UploadJob *job, const QString &title)
{
    const int row = m_panel->add(title, [job = QPointer<UploadJob>(job)] {
        if (job)
            job->cancel();
    });
    connect(job, &UploadJob::progressed, m_panel,
            [this, row](qint64 done, qint64 total) { m_panel->progress(row, done, total); });
    connect(job, &UploadJob::restarted, m_panel, [this, row] { m_panel->restart(row); });
    connect(job, &UploadJob::finished, this, [this, row, job](bool ok, qint64 id, const QString &why) {
        m_panel->finish(row, ok, ok ? tr("Sent") : why);
        if (ok && id > 0 && job->isPrivate())
            emit sentPrivately(job->sentMessage());
    });
}

bool WindowFiles::canTake(const QMimeData *data)
{
    if (!data)
        return false;
    if (data->hasImage())
        return true;
    const QList<QUrl> urls = data->urls();
    return std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &url) { return url.isLocalFile(); });
}

bool WindowFiles::take(const QMimeData *data)
{
    if (!canTake(data) || !hasPlace())
        return false;
    QStringList paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty() && data->hasImage()) {
        // An image on the clipboard (a screenshot, say) goes as a PNG of its own.
        const QImage image = qvariant_cast<QImage>(data->imageData());
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/pasted"_s;
        const QString path =
            folder + u"/image-"_s + QDateTime::currentDateTime().toString(u"yyyy-MM-dd-HHmmss"_s) + u".png"_s;
        if (image.isNull() || !QDir().mkpath(folder) || !image.save(path, "PNG"))
            return false;
        paths << path;
    }
    send(paths);
    return !paths.isEmpty();
}

void WindowFiles::activate(const QModelIndex &index, FileCard::Action action)
{
    const std::optional<Msg::Attachment> file = FileCard::fromVariant(index.data(MessageModel::FileRole));
    const qint64 message = index.data(MessageModel::IdRole).toLongLong();
    if (!file || message <= 0)
        return;
    switch (action) {
    case FileCard::Action::Save:
        save(message, *file);
        return;
    case FileCard::Action::Open:
        return open(message, *file);
    case FileCard::Action::View:
        return file->mime.startsWith(u"image/"_s) ? view(message, *file) : open(message, *file);
    case FileCard::Action::Play:
        emit playWanted(message, *file);
        return;
    }
}

void WindowFiles::view(qint64 message, const Msg::Attachment &file)
{
    auto *viewer = new ImageViewer(file, m_window);
    connect(viewer, &ImageViewer::saveRequested, this, [this, viewer, message, file] {
        // Said in the viewer too: the panel is behind it.
        viewer->showNote(tr("Saving…"));
        DownloadJob *job = save(message, file);
        if (!job)
            return viewer->showNote(tr("It cannot be saved in the download folder."));
        connect(job, &DownloadJob::finished, viewer, [viewer](bool ok, const QString &why) {
            viewer->showNote(ok ? tr("Saved to the download folder") : why);
        });
    });
    if (DownloadJob *job = m_cache->get(message, file, viewer, [viewer](const QString &path, const QString &why) {
            if (path.isEmpty())
                viewer->showError(why.isEmpty() ? tr("The picture was not fetched.") : why);
            else
                viewer->showFile(path);
        }))
        connect(job, &DownloadJob::progressed, viewer, &ImageViewer::setProgress);
    viewer->show();
    emit viewerOpened(viewer);
}

DownloadJob *WindowFiles::save(qint64 message, const Msg::Attachment &file)
{
    const QString &name = file.name;
    QString why;
    // A name of its own in the download folder, made now (so that two saves never pick the same one). A
    // new home may have no download folder yet: it is made.
    QDir().mkpath(m_downloads);
    const std::unique_ptr<QFile> target = DownloadNames::create(m_downloads, name, &why);
    if (!target)
        why = tr("%1 cannot be saved in %2: %3").arg(name, QDir::toNativeSeparators(m_downloads), why);
    if (!target) {
        const int row = m_panel->add(tr("Saving %1").arg(name), [] {});
        m_panel->finish(row, false, why);
        return nullptr;
    }
    const QString path = target->fileName();
    target->close();
    // The bytes go to a hidden file beside it, which takes the name only once whole and checked: a save cut
    // short never leaves half a file that looks like the file (the name stays reserved, empty, meanwhile,
    // and a save cut short by the end of the client goes on at its next login).
    const QFileInfo named(path);
    const QString part = named.absolutePath() + u"/."_s + named.fileName() + u".part"_s;
    DownloadJob *job = m_transfers->save(message, file.sha256, file.size, part, path);
    followSave(job, part, path);
    return job;
}

void WindowFiles::followSave(DownloadJob *job, const QString &part, const QString &path)
{
    const int row = m_panel->add(tr("Saving %1").arg(QFileInfo(path).fileName()), [job = QPointer<DownloadJob>(job)] {
        if (job)
            job->cancel();
    });
    connect(job, &DownloadJob::progressed, m_panel,
            [this, row](qint64 done, qint64 total) { m_panel->progress(row, done, total); });
    connect(job, &DownloadJob::finished, this, [this, row, path, part](bool ok, const QString &error) {
        if (!ok) {
            QFile::remove(part);
            if (const QFileInfo reserved(path); reserved.isFile() && reserved.size() == 0)
                QFile::remove(path); // the reserved name, still empty (never a file put there since)
        }
        m_panel->finish(row, ok, ok ? tr("Saved to %1").arg(QDir::toNativeSeparators(path)) : error);
        if (ok)
            emit saved(path);
    });
}

void WindowFiles::open(qint64 message, const Msg::Attachment &file)
{
    const QString &sha256 = file.sha256;
    if (m_opening.contains(sha256))
        return; // on its way already (a double click): opened once
    const auto launch = [this](const QString &path) {
        if (DownloadNames::mightRun(path) &&
            QMessageBox::question(m_window, tr("Open a program?"),
                                  tr("%1 could run as a program on this computer. Open it only if you trust "
                                     "whoever sent it. Open it?")
                                      .arg(QFileInfo(path).fileName()),
                                  QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Open)
            return;
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
            const int row = m_panel->add(QFileInfo(path).fileName(), [] {});
            m_panel->finish(row, false,
                            tr("No program on this computer opens it; it is in %1.")
                                .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        }
    };
    m_opening.insert(sha256);
    auto fetch = std::make_shared<QPointer<DownloadJob>>(); // what the row's Cancel stops, once it runs
    const int row = m_cache->has(file) ? -1 : m_panel->add(tr("Opening %1").arg(file.name), [fetch] {
        if (*fetch)
            (*fetch)->cancel();
    });
    DownloadJob *job =
        m_cache->get(message, file, this, [this, row, launch, sha256](const QString &path, const QString &why) {
            m_opening.remove(sha256);
            if (row >= 0)
                m_panel->finish(row, !path.isEmpty(), path.isEmpty() ? why : QString());
            if (!path.isEmpty())
                launch(path);
        });
    if (job) {
        *fetch = job;
        connect(job, &DownloadJob::progressed, m_panel,
                [this, row](qint64 done, qint64 total) { m_panel->progress(row, done, total); });
    }
}
