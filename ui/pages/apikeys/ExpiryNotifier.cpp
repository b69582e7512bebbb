#include "pages/apikeys/ExpiryNotifier.h"

#include "pages/apikeys/KeyExpiry.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>
#include <QSystemTrayIcon>

#include <chrono>

ExpiryNotifier::ExpiryNotifier(const QString& accountId, QSettings* settings, QObject* parent)
    : QObject(parent)
    , m_accountId(accountId)
    , m_settings(settings)
{
    if (!m_settings) {
        m_settings = new QSettings();
        m_ownsSettings = true;
    }
    m_today = [] { return QDate::currentDate(); };
    m_notify = [this](const QString& title, const QString& message) { return trayNotify(title, message); };
    // Keydeck may run for days: look again every hour so the next day's notice is not missed.
    m_timer.setInterval(std::chrono::hours(1));
    connect(&m_timer, &QTimer::timeout, this, &ExpiryNotifier::check);
    m_timer.start();
}

ExpiryNotifier::~ExpiryNotifier()
{
    if (m_ownsSettings)
        delete m_settings;
}

QString ExpiryNotifier::settingsKey() const
{
    return QStringLiteral("apiKeys/%1/lastExpiryNotification").arg(m_accountId);
}

QDate ExpiryNotifier::lastNotified() const
{
    return QDate::fromString(m_settings->value(settingsKey()).toString(), Qt::ISODate);
}

void ExpiryNotifier::setExpiry(const QDate& expiry)
{
    m_expiry = expiry;
    check();
}

bool ExpiryNotifier::check()
{
    const QDate today = m_today();
    if (!KeyExpiry::shouldNotify(today, lastNotified(), m_expiry))
        return false;
    const QString title = m_accountLabel.isEmpty() ? tr("Keydeck: API key expiry")
                                                   : tr("Keydeck: the API key of %1 expires soon").arg(m_accountLabel);
    const QString message = KeyExpiry::bannerText(KeyExpiry::level(today, m_expiry), today, m_expiry);
    if (!m_notify || !m_notify(title, message))
        return false;
    m_settings->setValue(settingsKey(), today.toString(Qt::ISODate));
    emit notified(message);
    return true;
}

bool ExpiryNotifier::trayNotify(const QString& title, const QString& message)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
        return false;
    if (!m_tray) {
        // A tray icon without an icon is refused by Qt ("No Icon set"); fall back to the app's own SVG.
        const QIcon icon = QApplication::windowIcon().isNull() ? QIcon(QStringLiteral(":/icons/keydeck.svg"))
                                                               : QApplication::windowIcon();
        m_tray = new QSystemTrayIcon(icon, this);
        m_tray->setToolTip(QStringLiteral("Keydeck"));
    }
    m_tray->show();
    m_tray->showMessage(title, message, QSystemTrayIcon::Warning);
    return true;
}
