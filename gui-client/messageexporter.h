// /export: the messages this account sent, page by page from the server, into a file (JSON, or text for a
// ".txt" name) through MessageExportWriter. The file appears only when every page is in (QSaveFile); a lost
// connection or a refusal leaves nothing behind.
#pragma once

#include "messageexport.h"

#include <QObject>
#include <QSaveFile>

class ChatClient;
namespace Msg {
struct ExportPage;
struct ErrorReply;
} // namespace Msg

class MessageExporter : public QObject
{
    Q_OBJECT
public:
    MessageExporter(ChatClient &client, const QString &fileName, QObject *parent = nullptr);
    // Opens the file and asks for the first page; false (and *error, in the user's language) when it cannot.
    bool start(QString *error);
    QString fileName() const { return m_file.fileName(); }

signals:
    void progress(qint64 written);
    // Once, at the end; error is in the user's language.
    void finished(bool ok, qint64 written, const QString &error);

private:
    void onPage(const Msg::ExportPage &page);
    void onFailed(const Msg::ErrorReply &error);
    void fail(const QString &why);

    ChatClient &m_client;
    QSaveFile m_file;
    MessageExportWriter m_writer;
    qint64 m_after = 0;
    bool m_done = false;
};
