#include "transferpanel.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QScrollArea>
#include <QSizePolicy>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {
// A line of plain text that takes the width it is given, cut with "…" when that is too little.
class ElidedLabel : public QLabel
{
public:
    ElidedLabel(const QString &text, QWidget *parent) : QLabel(text, parent)
    {
        setTextFormat(Qt::PlainText); // a file's name is never markup
        setToolTip(text);
        setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    }
    QSize minimumSizeHint() const override { return {0, fontMetrics().height()}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.drawText(contentsRect(), int(alignment()),
                         fontMetrics().elidedText(text(), Qt::ElideMiddle, contentsRect().width()));
    }
};
} // namespace

TransferPanel::TransferPanel(QWidget *parent)
    : QWidget(parent), m_scroll(new QScrollArea(this)), m_list(new QWidget), m_layout(new QVBoxLayout(m_list))
{
    setObjectName(u"transfers"_s);
    setAccessibleName(tr("Files on their way"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    m_layout->addStretch(); // rows sit at the top when the panel is taller than they need
    // Many rows (a drop of a hundred files, failures left to be read) scroll within a few rows' height
    // instead of pushing the input off the window.
    m_scroll->setWidget(m_list);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);
    hide();
}

void TransferPanel::fitRows()
{
    // As tall as the rows shown, up to MaxRowsShown of them.
    // A status wrapped onto a second line in a narrow window makes its row taller than its size hint says.
    const int width = m_scroll->viewport()->width();
    int height = 0;
    for (qsizetype i = 0; i < m_shown.size() && i < MaxRowsShown; ++i) {
        const QWidget *row = m_shown.at(i);
        height += (row->hasHeightForWidth() && width > 0 ? row->heightForWidth(width) : row->sizeHint().height()) +
                  m_layout->spacing();
    }
    if (m_scroll->height() != height)
        m_scroll->setFixedHeight(height);
    setVisible(!m_shown.isEmpty());
}

int TransferPanel::add(const QString &title, std::function<void()> cancel)
{
    const int id = m_next++;
    auto *row = new QWidget(m_list);
    row->setObjectName(u"transfer%1"_s.arg(id));
    // Two lines: the name over the whole width (cut with "…" in a narrow window, whole in its tooltip), then
    // the bar and how far it is; one line left the name no room beside them in a narrow window.
    auto *layout = new QGridLayout(row);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setVerticalSpacing(0);
    auto *name = new ElidedLabel(title, row);
    name->setObjectName(u"name"_s);
    auto *bar = new QProgressBar(row);
    bar->setObjectName(u"progress"_s);
    bar->setAccessibleName(tr("Progress of %1").arg(title));
    bar->setRange(0, 0); // busy until the size is known
    bar->setMinimumWidth(160);
    bar->setMaximumWidth(220);
    // The share done is said in the status beside it: drawn on the bar, it is unreadable where the fill
    // crosses it in some styles.
    bar->setTextVisible(false);
    auto *status = new QLabel(tr("Preparing…"), row);
    status->setObjectName(u"status"_s);
    // A long path or reason wraps in its row; it never widens the window.
    status->setWordWrap(true);
    status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *stop = new QToolButton(row);
    stop->setObjectName(u"cancel"_s);
    stop->setText(tr("Cancel"));
    stop->setAccessibleName(tr("Cancel %1").arg(title));
    connect(stop, &QToolButton::clicked, this, [cancel] { cancel(); });
    layout->addWidget(name, 0, 0, 1, 2);
    layout->addWidget(stop, 0, 2, 2, 1, Qt::AlignVCenter);
    layout->addWidget(bar, 1, 0);
    layout->addWidget(status, 1, 1);
    layout->setColumnStretch(1, 1);
    m_layout->insertWidget(m_layout->count() - 1, row); // above the stretch
    m_rows.insert(id, Row{row, {}, -1, 0, 0});
    m_shown.append(row);
    fitRows();
    return id;
}

QString TransferPanel::rateText(double bytesPerSecond, qint64 left)
{
    if (bytesPerSecond <= 0)
        return tr("waiting…");
    // (A word joiner: "KiB/" and "s" never on two lines.)
    const QString speed = tr("%1/\u2060s").arg(QLocale().formattedDataSize(qint64(bytesPerSecond)));
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
    it->done = done;
    it->total = total;
    if (it->firstDone < 0) {
        it->firstDone = done;
        it->since.start();
    }
    const qint64 elapsed = it->since.elapsed();
    const double rate = elapsed >= 500 ? double(done - it->firstDone) * 1000.0 / double(elapsed) : 0;
    auto *status = it->widget->findChild<QLabel *>(u"status"_s);
    const int lines = status->heightForWidth(status->width());
    status->setText(tr("%1% done, %2").arg(QLocale().toString(int(done * 100 / total)), rateText(rate, total - done)));
    if (status->heightForWidth(status->width()) != lines)
        fitRows(); // it wrapped onto another line, or back
}

void TransferPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitRows();
}

void TransferPanel::pauseAll(const QString &why)
{
    for (Row &row : m_rows) {
        row.firstDone = -1; // the time without a connection is no part of the speed
        row.widget->findChild<QLabel *>(u"status"_s)
            ->setText(row.total > 0 ? tr("%1% done, %2").arg(QLocale().toString(int(row.done * 100 / row.total)), why)
                                    : why);
    }
    fitRows();
}

void TransferPanel::restart(int id)
{
    if (const auto it = m_rows.find(id); it != m_rows.end())
        it->firstDone = -1; // what came before this start is no part of the speed
}

void TransferPanel::removeLater(QWidget *row, int afterMs)
{
    const auto remove = [this, row] {
        if (!m_shown.removeOne(row))
            return; // gone already (a second click on Dismiss)
        row->hide();
        row->deleteLater();
        fitRows();
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
    fitRows(); // the reason may take more lines than the progress did
    button->setObjectName(u"dismiss"_s);
    button->setText(tr("Dismiss"));
    button->setAccessibleName(tr("Dismiss %1").arg(row->findChild<QLabel *>(u"name"_s)->text()));
    connect(button, &QToolButton::clicked, this, [this, row] { removeLater(row, 0); });
}
