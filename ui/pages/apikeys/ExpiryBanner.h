#pragma once

#include <QDate>
#include <QFrame>

#include <memory>

namespace Ui {
class ExpiryBanner;
}

/**
 * The API Keys tab's expiry banner, shared by both providers' panels: amber when the key expires within 30 days,
 * red within 7 days or once it has expired (KeyExpiry), hidden otherwise. Its button leads to the rotation
 * assistant.
 */
class ExpiryBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ExpiryBanner(QWidget* parent = nullptr);
    ~ExpiryBanner() override;

    /** Shows the banner for @p expiry as seen on @p today (hidden when unknown or far away). */
    void setExpiry(const QDate& today, const QDate& expiry);

signals:
    void rotateRequested();

private:
    const std::unique_ptr<Ui::ExpiryBanner> m_ui;
};
