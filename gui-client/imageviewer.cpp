#include "imageviewer.h"

#include "filecard.h"
#include "receivedimage.h"

#include <QAction>
#include <QFile>
#include <QHBoxLayout>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMovie>
#include <QPainter>
#include <QPointer>
#include <QScrollArea>
#include <QScrollBar>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

// The picture at a zoom: as large as it is drawn, inside the scroll area. Drawn scaled as it is painted
// (only what shows), never as an enlarged copy in memory.
class ImageCanvas : public QWidget
{
public:
    using QWidget::QWidget;

    void setImage(const QImage &image)
    {
        const bool resized = image.size() != m_image.size();
        m_image = image;
        if (resized)
            relayout();
        update();
    }
    const QImage &image() const { return m_image; }
    void setZoom(double zoom)
    {
        m_zoom = zoom;
        relayout();
        update();
    }
    double zoom() const { return m_zoom; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        if (m_image.isNull())
            return;
        QPainter painter(this);
        // Smooth when made smaller; enlarged pixels stay sharp squares, as in every image viewer.
        painter.setRenderHint(QPainter::SmoothPixmapTransform, m_zoom < 1.0);
        painter.drawImage(rect(), m_image);
    }

private:
    void relayout()
    {
        const QSize size = (QSizeF(m_image.size()) * m_zoom).toSize().expandedTo(QSize(1, 1));
        setFixedSize(size);
    }

    QImage m_image;
    double m_zoom = 1.0;
};

ImageViewer::ImageViewer(const Msg::Attachment &file, QWidget *parent)
    : QDialog(parent), m_file(file), m_status(new QLabel(this)), m_scroll(new QScrollArea(this)),
      m_canvas(new ImageCanvas), m_fitButton(new QToolButton(this)), m_zoomLabel(new QLabel(this)),
      m_note(new QLabel(this))
{
    setObjectName(u"imageViewer"_s);
    // Isolated: a right-to-left override in the sender's name reverses only itself. (A title is never markup.)
    const QString name = QChar(0x2068) + file.name + QChar(0x2069);
    setWindowTitle(name);
    setAttribute(Qt::WA_DeleteOnClose);
    setSizeGripEnabled(true);

    m_status->setObjectName(u"viewerStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    m_status->setText(tr("Fetching %1…").arg(name));

    m_scroll->setObjectName(u"viewerPicture"_s);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setWidget(m_canvas);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_scroll->hide();
    m_scroll->viewport()->installEventFilter(this);

    // Each button's keys work anywhere in the window (the keys image viewers use, and the desktop's zoom).
    const auto button = [this](QToolButton *b, const QString &name, const QString &text, const QString &tip,
                               const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setToolTip(tip);
        action->setShortcuts(keys);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
        b->setDefaultAction(action);
        b->setObjectName(name);
        b->setAccessibleName(tip);
        return b;
    };
    auto *bar = new QHBoxLayout;
    bar->addWidget(button(new QToolButton(this), u"zoomOut"_s, u"−"_s, tr("Smaller (−)"),
                          {QKeySequence(Qt::Key_Minus), QKeySequence::ZoomOut}, &ImageViewer::zoomOut));
    bar->addWidget(button(new QToolButton(this), u"zoomIn"_s, u"+"_s, tr("Larger (+)"),
                          {QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal), QKeySequence::ZoomIn},
                          &ImageViewer::zoomIn));
    bar->addWidget(button(m_fitButton, u"fit"_s, tr("Fit"), tr("Fit the window (0)"), {QKeySequence(Qt::Key_0)},
                          &ImageViewer::fit));
    m_fitButton->defaultAction()->setCheckable(true);
    m_fitButton->defaultAction()->setChecked(true);
    m_zoomLabel->setObjectName(u"zoomLevel"_s);
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(u"8,888 %"_s));
    bar->addWidget(m_zoomLabel);
    bar->addWidget(button(new QToolButton(this), u"actualSize"_s, u"1:1"_s, tr("Real size (1)"),
                          {QKeySequence(Qt::Key_1)}, &ImageViewer::actualSize));
    bar->addStretch();
    // Name, size in bytes and pixels, as the message said them.
    auto *about = new QLabel(this);
    about->setTextFormat(Qt::PlainText);
    about->setText(FileCard::details(file));
    bar->addWidget(about);
    bar->addStretch();
    m_note->setObjectName(u"viewerNote"_s);
    m_note->setTextFormat(Qt::PlainText);
    bar->addWidget(m_note);
    bar->addWidget(button(new QToolButton(this), u"save"_s, tr("Save"), tr("Save to the download folder (Ctrl+S)"),
                          {QKeySequence::Save}, &ImageViewer::saveRequested));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_scroll, 1);

    // Large enough for the picture where the screen allows, as Gwenview and Eye of GNOME open.
    QSize wanted = file.width && file.height ? QSize(int(*file.width), int(*file.height) + 60) : DefaultSize;
    if (parent)
        wanted = wanted.boundedTo(parent->window()->size() * 0.9);
    resize(wanted.expandedTo(LeastSize));
}

ImageViewer::~ImageViewer() = default;

void ImageViewer::setProgress(qint64 done, qint64 total)
{
    if (total > 0)
        m_status->setText(tr("Fetching %1… %2%").arg(m_file.name).arg(done * 100 / total));
}

void ImageViewer::showFile(const QString &path)
{
    m_status->setText(tr("Opening %1…").arg(m_file.name));
    // An animation plays as it decodes, frame by frame (QMovie); its header is checked first, like any
    // received picture's.
    {
        QImageReader reader(path);
        QString why;
        const QSize size =
            reader.supportsAnimation() && reader.imageCount() != 1 ? ReceivedImage::check(reader, &why) : QSize();
        if (size.isValid() && qint64(size.width()) * size.height() <= MaxAnimationPixels) {
            m_movie = new QMovie(path, QByteArray(), this);
            m_movie->setCacheMode(QMovie::CacheNone);
            connect(m_movie, &QMovie::frameChanged, this, &ImageViewer::onFrame);
            connect(m_movie, &QMovie::error, this, [this] {
                if (m_canvas->image().isNull())
                    showError(tr("This image is damaged and cannot be shown."));
                else
                    m_movie->stop(); // the frames so far stay
            });
            m_movie->start();
            return;
        }
        // A larger animation shows its first frame, decoded like a still picture.
    }
    // A still picture, decoded in the thread pool (a large photo takes a moment).
    QThreadPool::globalInstance()->start([self = QPointer<ImageViewer>(this), path] {
        QFile file(path);
        QString why;
        QImage image;
        if (file.open(QIODevice::ReadOnly))
            image = ReceivedImage::decode(&file, &why);
        else
            why = tr("The file is not readable.");
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, image, why] {
                if (self)
                    self->onDecoded(image, why);
            },
            Qt::QueuedConnection);
    });
}

void ImageViewer::showError(const QString &why)
{
    m_scroll->hide();
    m_status->show();
    m_status->setText(why);
    emit ready(false);
}

void ImageViewer::onDecoded(const QImage &image, const QString &why)
{
    if (image.isNull())
        return showError(why);
    m_canvas->setImage(image);
    m_status->hide();
    m_status->clear();
    m_scroll->show();
    fit();
    emit ready(true);
}

void ImageViewer::onFrame()
{
    if (m_movie->nextFrameDelay() < MinFrameMs && m_movie->state() == QMovie::Running) {
        m_movie->setPaused(true);
        QTimer::singleShot(MinFrameMs, m_movie, [movie = m_movie] { movie->setPaused(false); });
    }
    const bool first = m_canvas->image().isNull();
    m_canvas->setImage(m_movie->currentImage());
    if (first) {
        m_status->hide();
        m_status->clear();
        m_scroll->show();
        fit();
        emit ready(true);
    }
}

double ImageViewer::zoom() const
{
    return m_canvas->zoom();
}

QImage ImageViewer::image() const
{
    return m_canvas->image();
}

QString ImageViewer::statusText() const
{
    return m_status->isVisible() || m_scroll->isHidden() ? m_status->text() : QString();
}

double ImageViewer::fittingZoom() const
{
    const QSize image = m_canvas->image().size();
    if (image.isEmpty())
        return 1.0;
    const QSize room = m_scroll->maximumViewportSize();
    return std::min({1.0, double(room.width()) / image.width(), double(room.height()) / image.height()});
}

void ImageViewer::setZoom(double zoom, std::optional<QPoint> anchor)
{
    const QSize image = m_canvas->image().size();
    double most = MaxZoom;
    if (!image.isEmpty())
        most = std::min(most, double(MaxCanvasSide) / std::max(image.width(), image.height()));
    // Fitting a very large picture may take less than MinZoom.
    zoom = std::clamp(zoom, std::min(MinZoom, fittingZoom()), most);
    const QPoint at = anchor.value_or(m_scroll->viewport()->rect().center());
    // The picture's point under the anchor, before.
    const QPointF point = (QPointF(at) - QPointF(m_canvas->pos())) / m_canvas->zoom();
    m_canvas->setZoom(zoom); // its new size moves the scroll bars' ranges and its place at once
    // The same point under it, after: the scroll bars move by the difference.
    const QPointF now = QPointF(m_canvas->pos()) + point * zoom;
    m_scroll->horizontalScrollBar()->setValue(m_scroll->horizontalScrollBar()->value() + int(now.x() - at.x()));
    m_scroll->verticalScrollBar()->setValue(m_scroll->verticalScrollBar()->value() + int(now.y() - at.y()));
    m_zoomLabel->setText(tr("%1 %").arg(QLocale().toString(qRound(zoom * 100))));
}

void ImageViewer::showNote(const QString &text)
{
    m_note->setText(text);
}

void ImageViewer::zoomIn()
{
    m_fitting = false;
    m_fitButton->defaultAction()->setChecked(false);
    setZoom(zoom() * ZoomStep);
}

void ImageViewer::zoomOut()
{
    m_fitting = false;
    m_fitButton->defaultAction()->setChecked(false);
    setZoom(zoom() / ZoomStep);
}

void ImageViewer::fit()
{
    m_fitting = true;
    m_fitButton->defaultAction()->setChecked(true);
    setZoom(fittingZoom());
}

void ImageViewer::actualSize()
{
    m_fitting = false;
    m_fitButton->defaultAction()->setChecked(false);
    setZoom(1.0);
}

void ImageViewer::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    if (m_fitting)
        setZoom(fittingZoom());
}

bool ImageViewer::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl and the wheel zoom, as in browsers; the wheel alone scrolls.
    if (watched == m_scroll->viewport() && event->type() == QEvent::Wheel) {
        const auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            // A step per notch of a wheel (120); a touchpad's small turns add up to one.
            m_wheel += wheel->angleDelta().y();
            const int steps = m_wheel / 120;
            m_wheel %= 120;
            if (steps != 0) {
                m_fitting = false;
                m_fitButton->defaultAction()->setChecked(false);
                setZoom(zoom() * std::pow(ZoomStep, steps), wheel->position().toPoint());
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}
