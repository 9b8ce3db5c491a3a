// A picture someone shared, full size in a window of its own: it opens at once with the progress of the
// fetch, then fits the window (never enlarged), zooms with the buttons, Ctrl and the wheel, + and -, shows
// its real pixels with 1 and fits again with 0; Save puts it in the download folder. An animated GIF or
// WebP plays. It is decoded like any received image (ReceivedImage): a bomb or a broken file shows why in
// words instead.
#pragma once

#include "attachment.h"

#include <QDialog>
#include <QImage>
#include <optional>

class ImageCanvas;
class QLabel;
class QMovie;
class QScrollArea;
class QToolButton;

class ImageViewer : public QDialog
{
    Q_OBJECT
public:
    static constexpr double MinZoom = 0.05;
    static constexpr double MaxZoom = 8.0;
    static constexpr double ZoomStep = 1.25;
    // The largest the drawn picture gets a side, whatever the zoom (a 20,000-pixel picture at 800% is not).
    static constexpr int MaxCanvasSide = 32'000;
    // An animation is decoded frame by frame on the window's thread: at most this many pixels a frame, and
    // frames at least this far apart (a GIF may ask for none at all between them).
    static constexpr qint64 MaxAnimationPixels = 4'000'000;
    static constexpr int MinFrameMs = 20;
    // The window's first size, when the message says no pixels, and its least.
    static constexpr QSize DefaultSize{800, 660};
    static constexpr QSize LeastSize{360, 280};

    explicit ImageViewer(const Msg::Attachment &file, QWidget *parent = nullptr);
    ~ImageViewer() override;

    // While the file comes.
    void setProgress(qint64 done, qint64 total);
    // The file is here: decoded in the thread pool (an animation is played as it decodes).
    void showFile(const QString &path);
    // It cannot be shown: why, for people.
    void showError(const QString &why);
    // A word beside the buttons (what Save did).
    void showNote(const QString &text);

    void zoomIn();
    void zoomOut();
    void fit();
    void actualSize();

    double zoom() const;
    bool isFitting() const { return m_fitting; }
    bool isAnimated() const { return m_movie != nullptr; }
    // The picture shown (the current frame of an animation); null until decoded.
    QImage image() const;
    // What the viewer says instead of the picture (fetching, or why not), empty once it shows.
    QString statusText() const;

signals:
    // Save was pressed.
    void saveRequested();
    // The picture is decoded and showing, or could not be (the status says why).
    void ready(bool ok);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Zooms keeping the picture's point under anchor (in the viewport) where it is; the middle by default.
    void setZoom(double zoom, std::optional<QPoint> anchor = std::nullopt);
    double fittingZoom() const;
    void onDecoded(const QImage &image, const QString &why);
    void onFrame();

    Msg::Attachment m_file;
    QLabel *m_status;
    QScrollArea *m_scroll;
    ImageCanvas *m_canvas;
    QToolButton *m_fitButton;
    QLabel *m_zoomLabel;
    QLabel *m_note;
    int m_wheel = 0; // wheel turn not yet made a step (touchpads send small ones)
    QMovie *m_movie = nullptr;
    bool m_fitting = true;
};
