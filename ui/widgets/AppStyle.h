#pragma once

#include <QProxyStyle>

/**
 * The application's style: the platform's own, with the standard icons Qt reads at start-up read cheaply.
 *
 * QMenuBar's constructor asks the style for its extension button's icon. Fusion and Windows load it from PNGs in
 * Qt's resources through QImageReader with format detection on, which loads every image-format plugin (SVG with
 * QtSvg, GIF, ICO, JPEG with libjpeg) to ask whether one of them wants to read a PNG: about a tenth of the
 * instructions before the main window's first paint (docs/PERFORMANCE.md, start-up). Here the same files are
 * read by Qt's PNG reader alone.
 */
class AppStyle : public QProxyStyle
{
    Q_OBJECT

public:
    /** Makes the application's style an AppStyle around the one it has (the platform's, or the one of -style). */
    static void install();

    explicit AppStyle(const QString& baseKey);

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;

    /** @p style itself, or the style a chain of proxies ends in. */
    static const QStyle* unwrapped(const QStyle* style);
};
