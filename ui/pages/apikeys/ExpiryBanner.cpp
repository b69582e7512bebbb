#include "pages/apikeys/ExpiryBanner.h"
#include "ui_ExpiryBanner.h"

#include "pages/apikeys/KeyExpiry.h"

ExpiryBanner::ExpiryBanner(QWidget* parent)
    : QFrame(parent)
    , m_ui(new Ui::ExpiryBanner)
{
    m_ui->setupUi(this);
    setVisible(false);
    connect(m_ui->expiryRotateButton, &QPushButton::clicked, this, &ExpiryBanner::rotateRequested);
}

ExpiryBanner::~ExpiryBanner() = default;

void ExpiryBanner::setExpiry(const QDate& today, const QDate& expiry)
{
    const KeyExpiry::Level level = KeyExpiry::level(today, expiry);
    setVisible(level != KeyExpiry::Level::None);
    m_ui->expiryBannerLabel->setText(KeyExpiry::bannerText(level, today, expiry));
    // Amber for a notice, red when it is urgent or too late; text stays dark so both palettes read well. The
    // selector names this banner (the page's objectName for it), so the colours never reach other frames.
    const bool urgent = level == KeyExpiry::Level::Urgent || level == KeyExpiry::Level::Expired;
    setStyleSheet(urgent ? QStringLiteral("QFrame#%1 { background: #ffebee; border: 1px solid #c62828; } "
                                          "QFrame#%1 QLabel { color: #b71c1c; }")
                               .arg(objectName())
                         : QStringLiteral("QFrame#%1 { background: #fff8e1; border: 1px solid #f9a825; } "
                                          "QFrame#%1 QLabel { color: #5d4037; }")
                               .arg(objectName()));
}
