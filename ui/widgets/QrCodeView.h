#pragma once

#include "core/QrCode.h"

#include <QWidget>

#include <optional>

/**
 * Draws a QrCode crisply at any size (issue 22 item 3): every module is a whole number of device pixels, dark on
 * light whatever the palette (scanners need it), with the quiet zone around, centred in the widget. Shows nothing
 * without a code.
 */
class QrCodeView : public QWidget
{
    Q_OBJECT

public:
    explicit QrCodeView(QWidget* parent = nullptr);

    void setCode(const std::optional<QrCode>& code);
    const std::optional<QrCode>& code() const { return m_code; }

    /** Device pixels per module at @p side device pixels: the largest whole number that fits, at least 1. */
    static int moduleScale(int modulesWithQuietZone, int side);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::optional<QrCode> m_code;
};
