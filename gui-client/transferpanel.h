// The files on their way, above the input: one row each with its name, a progress bar, the speed and the
// time left, and a button that cancels it. A row goes when its transfer ends (a failure stays a while,
// with why).
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QWidget>
#include <functional>

class QVBoxLayout;

class TransferPanel : public QWidget
{
    Q_OBJECT
public:
    // How long a finished row stays (with "Sent", "Saved to …" or why it failed).
    static constexpr int LingerMs = 6000;

    explicit TransferPanel(QWidget *parent = nullptr);

    // A transfer to show; cancel is called when its button is pressed. Returns its row's id.
    int add(const QString &title, std::function<void()> cancel);
    void progress(int id, qint64 done, qint64 total);
    // The end: ok, with what to say (empty: the row just goes).
    void finish(int id, bool ok, const QString &text);

    // "1.2 MB/s, 10 seconds left", from bytes done over time (for the tests, and the rows' labels).
    static QString rateText(double bytesPerSecond, qint64 left);

private:
    struct Row
    {
        QWidget *widget = nullptr;
        QElapsedTimer since;   // since the first progress with bytes
        qint64 firstDone = -1; // bytes done then (a resumed transfer starts from more than 0)
    };
    QVBoxLayout *m_layout;
    QHash<int, Row> m_rows;
    int m_next = 1;
};
