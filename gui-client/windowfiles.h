// Files in the chat window: the attach button, files dropped on the window or an image pasted into the
// input go to the room or conversation on screen (the input's text as the caption of the first), each with
// a row of progress; Save puts a message's file in the download folder under a safe name of its own, Open
// fetches it and opens it with the desktop's program (asking first when it could run), a click on a
// picture shows it in the image viewer.
#pragma once

#include "chatmessages.h"
#include "filecard.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <functional>

class ChatClient;
class ChatInput;
class DownloadJob;
class FileCache;
class FileTransfers;
class ImageViewer;
class QMimeData;
class QModelIndex;
class QToolButton;
class QWidget;
class TransferPanel;
class UploadJob;

class WindowFiles : public QObject
{
    Q_OBJECT
public:
    struct Place
    {
        QString room; // the room on screen, or empty
        QString user; // the conversation's user, or empty
    };
    WindowFiles(QWidget *window, ChatClient &client, ChatInput *input, std::function<Place()> place);

    QToolButton *attachButton() const { return m_attach; }
    TransferPanel *panel() const { return m_panel; }
    FileTransfers &transfers() const { return *m_transfers; }
    FileCache &cache() const { return *m_cache; }

    // Sends these files where the window is; the input's text goes with the first as its caption.
    void send(const QStringList &paths);
    // The room or conversation on screen (both empty: none).
    Place place() const { return m_place(); }
    // Sends a recording (a voice message) to where it was started; the file goes once sent.
    void sendRecording(const Place &place, const QString &path, qint64 durationMs, const QString &mime);
    // The file dialog, whose files are sent.
    void chooseFiles();
    // Whether the data holds files (or an image) to send, and sends them.
    static bool canTake(const QMimeData *data);
    bool take(const QMimeData *data);
    // Save, Open, View or Play the file of a message (View: a picture in the viewer, anything else is
    // opened; Play: playWanted).
    void activate(const QModelIndex &index, FileCard::Action action);
    // Where Save puts files (the user's download folder; tests set their own).
    void setDownloadFolder(const QString &folder) { m_downloads = folder; }

signals:
    // Play (or pause) a message's audio.
    void playWanted(qint64 message, const Msg::Attachment &file);
    // The image viewer opened for a message's picture.
    void viewerOpened(ImageViewer *viewer);
    // A file is saved (path) or could not be (why, for people).
    void saved(const QString &path);
    // A file this window shared in a conversation, as the conversation shows it (the server does not send
    // the sending session its own direct messages).
    void sentPrivately(const Msg::PrivateMessage &message);

private:
    // Its row of progress in the panel.
    void follow(UploadJob *job, const QString &title);
    bool hasPlace() const;
    // The save under way (null: it could not start; the panel says why).
    DownloadJob *save(qint64 message, const Msg::Attachment &file);
    // A save's row of progress; the part file and the reserved name go if it fails.
    void followSave(DownloadJob *job, const QString &part, const QString &path);
    void open(qint64 message, const Msg::Attachment &file);
    void view(qint64 message, const Msg::Attachment &file);

    QWidget *m_window;
    ChatClient &m_client;
    ChatInput *m_input;
    std::function<Place()> m_place;
    FileTransfers *m_transfers;
    FileCache *m_cache;
    TransferPanel *m_panel;
    QToolButton *m_attach;
    QString m_downloads;
    QString m_lastFolder;    // where the file dialog opens: the folder of the last files sent, at first home
    QSet<QString> m_opening; // files being fetched to open, by SHA-256
};
