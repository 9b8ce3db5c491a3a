#include "messageview.h"

#include "messagedelegate.h"
#include "messagehover.h"
#include "messagemodel.h"
#include "thumbnails.h"
#include "voiceplayer.h"

#include <QScrollBar>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int DayCheckMs = 60'000; // how often the date is looked at (for "Today")
} // namespace

MessageView::MessageView(QWidget *parent) : QListView(parent), m_delegate(new MessageDelegate(this))
{
    setObjectName(u"messages"_s);
    setItemDelegate(m_delegate);
    setWordWrap(true);
    setResizeMode(QListView::Adjust);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Messages are selected as rows (a click, Shift or Ctrl and a click, Ctrl+A) and copied with Ctrl+C.
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Every row placed in one go: laid out in batches, the view would offer a scroll range of the rows
    // placed so far, clamp the reader's position to it, and jump. Remembered and estimated sizes
    // (MessageDelegate) keep one go short: about 20 ms for 5,000 rows (docs/PERFORMANCE.md).
    setLayoutMode(QListView::SinglePass);
    // The wheel's step, set once: the view would take it from the first row's height, which is 0 when
    // that row is a hidden join or leave (and the wheel would not move at all).
    verticalScrollBar()->setSingleStep(fontMetrics().height() * 2);
    setAccessibleName(tr("Messages"));
    setAccessibleDescription(
        tr("The messages of the room on screen. Ctrl+C copies the selected ones; the menu key acts on one."));

    // "Today" becomes "Yesterday" at midnight, or after a suspend or a change of the clock or time zone:
    // the date is looked at every minute (a wall-clock matter) and the view redrawn when it moved on.
    auto *dayCheck = new QTimer(this);
    dayCheck->setInterval(DayCheckMs);
    connect(dayCheck, &QTimer::timeout, this, [this] {
        if (const QDate today = QDate::currentDate(); today != m_today) {
            m_today = today;
            relayoutAll();
        }
    });
    dayCheck->start();
}

void MessageView::showFilesFrom(FileTransfers &transfers, FileCache &cache, VoicePlayer &player)
{
    auto *thumbnails = new Thumbnails(
        transfers, cache, QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/thumbnails"_s, this);
    m_delegate->setThumbnails(thumbnails);
    m_delegate->setVoicePlayer(&player);
    connect(&player, &VoicePlayer::changed, viewport(), qOverload<>(&QWidget::update));
    connect(thumbnails, &Thumbnails::arrived, viewport(), qOverload<>(&QWidget::update));
    new MessageHover(this, m_delegate, thumbnails, this);
}

void MessageView::showModel(MessageModel *model)
{
    if (model == this->model())
        return; // setModel() would keep the selection model that is deleted below
    QItemSelectionModel *oldSelection = selectionModel();
    setModel(model);
    delete oldSelection; // setModel() makes a new one and leaves the old to its caller
}

void MessageView::watch(MessageModel *model)
{
    connect(model, &MessageModel::dataChanged, m_delegate, [this, model](const QModelIndex &first) {
        if (this->model() == model)
            m_delegate->relayout(first);
    });
}

void MessageView::relayoutAll()
{
    doItemsLayout();
    viewport()->update();
}
