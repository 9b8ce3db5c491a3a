// The list of the messages on screen: rows drawn by MessageDelegate (their sizes remembered), selected as
// rows and copied, with pictures, voice players and a hover of their own, and the day lines ("Today")
// redrawn when the date moves on.
#pragma once

#include <QDate>
#include <QListView>

class FileCache;
class FileTransfers;
class MessageDelegate;
class MessageModel;
class VoicePlayer;

class MessageView : public QListView
{
    Q_OBJECT
public:
    explicit MessageView(QWidget *parent = nullptr);

    MessageDelegate *delegate() const { return m_delegate; }
    // Where shared pictures (a thumbnail cache of their own) and recordings come from; called once.
    void showFilesFrom(FileTransfers &transfers, FileCache &cache, VoicePlayer &player);
    // Shows model (and drops the selection of the one shown before).
    void showModel(MessageModel *model);
    // model's rows change height (an edit, a tombstone, a reaction): laid out again while it is shown.
    void watch(MessageModel *model);
    // Every row laid out again and redrawn (the font, the time format or what is shown changed).
    void relayoutAll();

private:
    MessageDelegate *m_delegate;
    QDate m_today = QDate::currentDate(); // the day "Today" was drawn for
};
