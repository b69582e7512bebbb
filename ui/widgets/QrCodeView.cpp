#include "widgets/QrCodeView.h"

#include <QPainter>

QrCodeView::QrCodeView(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void QrCodeView::setCode(const std::optional<QrCode>& code)
{
    m_code = code;
    updateGeometry();
    update();
}

int QrCodeView::moduleScale(int modulesWithQuietZone, int side)
{
    if (modulesWithQuietZone <= 0)
        return 1;
    return std::max(1, side / modulesWithQuietZone);
}

QSize QrCodeView::sizeHint() const
{
    const int modules = m_code ? m_code->size() + 2 * QrCode::kQuietZone : 0;
    return QSize(modules * 4, modules * 4);
}

QSize QrCodeView::minimumSizeHint() const
{
    const int modules = m_code ? m_code->size() + 2 * QrCode::kQuietZone : 0;
    return QSize(modules * 2, modules * 2);
}

void QrCodeView::paintEvent(QPaintEvent*)
{
    if (!m_code)
        return;
    QPainter painter(this);
    // Work in device pixels, so that a module never straddles a pixel boundary on a scaled screen.
    const qreal ratio = devicePixelRatioF();
    painter.scale(1.0 / ratio, 1.0 / ratio);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const int total = m_code->size() + 2 * QrCode::kQuietZone;
    const int deviceWidth = qRound(width() * ratio);
    const int deviceHeight = qRound(height() * ratio);
    const int scale = moduleScale(total, std::min(deviceWidth, deviceHeight));
    const int side = total * scale;
    const int left = (deviceWidth - side) / 2;
    const int top = (deviceHeight - side) / 2;
    painter.fillRect(QRect(left, top, side, side), Qt::white);
    for (int y = 0; y < m_code->size(); ++y) {
        for (int x = 0; x < m_code->size(); ++x) {
            if (m_code->isDark(x, y)) {
                painter.fillRect(QRect(left + (x + QrCode::kQuietZone) * scale, top + (y + QrCode::kQuietZone) * scale,
                                       scale, scale),
                                 Qt::black);
            }
        }
    }
}
