// The files on their way, above the input: one row each with its name, a progress bar, how far it is, the
// speed and the time left, and a button that cancels it. A row that ended says so a while ("Sent",
// "Cancelled"); one that failed says why until it is dismissed.
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QWidget>
#include <functional>

class QScrollArea;
class QVBoxLayout;

class TransferPanel : public QWidget
{
    Q_OBJECT
public:
    // How long a finished or cancelled row stays (with "Sent", "Saved to …", "Cancelled").
    static constexpr int LingerMs = 6000;
    // Rows shown at once; more scroll.
    static constexpr int MaxRowsShown = 5;

    explicit TransferPanel(QWidget *parent = nullptr);

    // A transfer to show; cancel is called when its button is pressed. Returns its row's id.
    int add(const QString &title, std::function<void()> cancel);
    void progress(int id, qint64 done, qint64 total);
    // Every row stands still for a while (the connection to the server is gone): they say so, and speed and
    // time left start afresh with the next progress.
    void pauseAll(const QString &why);
    // A transfer starts again from where the other side has it: speed and time left count from here.
    void restart(int id);
    // The end. ok: with what to say (empty: the row just goes). Not ok: why, kept until dismissed (empty:
    // cancelled, said for a while).
    void finish(int id, bool ok, const QString &text);

    // "1.2 MB/s, 10 seconds left", from bytes done over time (for the tests, and the rows' labels).
    static QString rateText(double bytesPerSecond, qint64 left);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Row
    {
        QWidget *widget = nullptr;
        QElapsedTimer since;   // since the first progress after the start or a pause
        qint64 firstDone = -1; // bytes done then (a resumed transfer starts from more than 0)
        qint64 done = 0;       // the latest progress
        qint64 total = 0;
    };
    // The row goes after LingerMs, or now.
    void removeLater(QWidget *row, int afterMs);
    // Its height to the rows shown (hidden when none is).
    void fitRows();

    QScrollArea *m_scroll;
    QWidget *m_list;          // the rows
    QList<QWidget *> m_shown; // every row on display, running or ended, in order
    QVBoxLayout *m_layout;
    QHash<int, Row> m_rows;
    int m_next = 1;
};
