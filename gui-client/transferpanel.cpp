#include "transferpanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSizePolicy>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <functional>

using namespace Qt::Literals::StringLiterals;

TransferPanel::TransferPanel(QWidget *parent) : QWidget(parent), m_layout(new QVBoxLayout(this))
{
    setObjectName(u"transfers"_s);
    setAccessibleName(tr("Files on their way"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    hide();
}

int TransferPanel::add(const QString &title, std::function<void()> cancel)
{
    const int id = m_next++;
    auto *row = new QWidget(this);
    row->setObjectName(u"transfer%1"_s.arg(id));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(4, 0, 4, 0);
    auto *name = new QLabel(title, row);
    name->setTextFormat(Qt::PlainText); // a file's name is never markup
    name->setObjectName(u"name"_s);
    auto *bar = new QProgressBar(row);
    bar->setObjectName(u"progress"_s);
    bar->setAccessibleName(tr("Progress of %1").arg(title));
    bar->setRange(0, 0); // busy until the size is known
    bar->setMaximumWidth(220);
    // The share done is said in the status beside it: drawn on the bar, it is unreadable where the fill
    // crosses it in some styles.
    bar->setTextVisible(false);
    auto *status = new QLabel(tr("Preparing…"), row);
    status->setObjectName(u"status"_s);
    // A long path or reason wraps in its row; it never widens the window.
    status->setWordWrap(true);
    status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    status->setMinimumWidth(160);
    name->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *stop = new QToolButton(row);
    stop->setObjectName(u"cancel"_s);
    stop->setText(tr("Cancel"));
    stop->setAccessibleName(tr("Cancel %1").arg(title));
    connect(stop, &QToolButton::clicked, this, [cancel] { cancel(); });
    layout->addWidget(name, 1);
    layout->addWidget(bar);
    layout->addWidget(status, 1);
    layout->addWidget(stop);
    m_layout->addWidget(row);
    m_rows.insert(id, Row{row, {}, -1});
    show();
    return id;
}

QString TransferPanel::rateText(double bytesPerSecond, qint64 left)
{
    if (bytesPerSecond <= 0)
        return tr("waiting…");
    const QString speed = tr("%1/s").arg(QLocale().formattedDataSize(qint64(bytesPerSecond)));
    const qint64 seconds = qint64(std::ceil(double(left) / bytesPerSecond));
    if (seconds < 60)
        return tr("%1, %n second(s) left", nullptr, int(seconds)).arg(speed);
    return tr("%1, %n minute(s) left", nullptr, int((seconds + 59) / 60)).arg(speed);
}

void TransferPanel::progress(int id, qint64 done, qint64 total)
{
    const auto it = m_rows.find(id);
    if (it == m_rows.end() || total <= 0)
        return;
    auto *bar = it->widget->findChild<QProgressBar *>(u"progress"_s);
    // Per mille: a bar's int range holds any file's progress.
    bar->setRange(0, 1000);
    bar->setValue(int(done * 1000 / total));
    if (it->firstDone < 0) {
        it->firstDone = done;
        it->since.start();
    }
    const qint64 elapsed = it->since.elapsed();
    const double rate = elapsed >= 500 ? double(done - it->firstDone) * 1000.0 / double(elapsed) : 0;
    const QString percent = QLocale().toString(int(done * 100 / total)) + QLocale().percent();
    it->widget->findChild<QLabel *>(u"status"_s)->setText(tr("%1 · %2").arg(percent, rateText(rate, total - done)));
}

void TransferPanel::pauseAll(const QString &why)
{
    for (Row &row : m_rows) {
        row.firstDone = -1; // the time without a connection is no part of the speed
        row.widget->findChild<QLabel *>(u"status"_s)->setText(why);
    }
}

void TransferPanel::removeLater(QWidget *row, int afterMs)
{
    const auto remove = [this, row] {
        row->hide();
        row->deleteLater();
        const QList<QWidget *> rows = findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
        if (std::all_of(rows.cbegin(), rows.cend(), [](const QWidget *other) { return other->isHidden(); }))
            hide();
    };
    if (afterMs <= 0)
        return remove();
    QTimer::singleShot(afterMs, row, remove);
}

void TransferPanel::finish(int id, bool ok, const QString &text)
{
    const auto it = m_rows.find(id);
    if (it == m_rows.end())
        return;
    QWidget *row = it->widget;
    m_rows.erase(it);
    if (ok && text.isEmpty())
        return removeLater(row, 0);
    auto *button = row->findChild<QToolButton *>(u"cancel"_s);
    button->disconnect(this);
    auto *bar = row->findChild<QProgressBar *>(u"progress"_s);
    bar->setVisible(ok);
    bar->setRange(0, 1000);
    bar->setValue(1000);
    auto *status = row->findChild<QLabel *>(u"status"_s);
    status->setTextFormat(Qt::PlainText);
    const bool failed = !ok && !text.isEmpty();
    status->setText(ok || failed ? text : tr("Cancelled"));
    if (!failed) {
        button->hide();
        return removeLater(row, LingerMs);
    }
    // Why it failed stays until it was read: a row gone after a few seconds may never have been seen.
    button->setObjectName(u"dismiss"_s);
    button->setText(tr("Dismiss"));
    button->setAccessibleName(tr("Dismiss %1").arg(row->findChild<QLabel *>(u"name"_s)->text()));
    connect(button, &QToolButton::clicked, this, [this, row] { removeLater(row, 0); });
}
