// A picture someone shared, full size in a window of its own: it opens at once with the progress of the
// fetch, then fits the window (never enlarged), zooms with the buttons, Ctrl and the wheel, + and -, shows
// its real pixels with 1 and fits again with 0; Save puts it in the download folder. An animated GIF or
// WebP plays. It is decoded like any received image (ReceivedImage): a bomb or a broken file shows why in
// words instead.
#pragma once

#include "attachment.h"

#include <QDialog>
#include <QImage>

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

    explicit ImageViewer(const Msg::Attachment &file, QWidget *parent = nullptr);
    ~ImageViewer() override;

    // While the file comes.
    void setProgress(qint64 done, qint64 total);
    // The file is here: decoded in the thread pool (an animation is played as it decodes).
    void showFile(const QString &path);
    // It cannot be shown: why, for people.
    void showError(const QString &why);

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
    void setZoom(double zoom);
    double fittingZoom() const;
    void onDecoded(const QImage &image, const QString &why);
    void onFrame();

    Msg::Attachment m_file;
    QLabel *m_status;
    QScrollArea *m_scroll;
    ImageCanvas *m_canvas;
    QToolButton *m_fitButton;
    QMovie *m_movie = nullptr;
    bool m_fitting = true;
};
