#include "pages/apikeys/KeyExpiry.h"

#include "core/LocaleFormat.h"

#include <QCoreApplication>

namespace KeyExpiry {

Level level(const QDate& today, const QDate& expiry)
{
    if (!expiry.isValid() || !today.isValid())
        return Level::None;
    const qint64 days = today.daysTo(expiry);
    if (days < 0)
        return Level::Expired;
    if (days <= UrgentDays)
        return Level::Urgent;
    if (days <= SoonDays)
        return Level::Soon;
    return Level::None;
}

bool shouldNotify(const QDate& today, const QDate& lastNotified, const QDate& expiry)
{
    if (level(today, expiry) == Level::None)
        return false;
    return !lastNotified.isValid() || lastNotified < today;
}

QString daysLeftText(const QDate& today, const QDate& expiry)
{
    if (!expiry.isValid() || !today.isValid())
        return QCoreApplication::translate("KeyExpiry", "Unknown");
    const qint64 days = today.daysTo(expiry);
    if (days == 0)
        return QCoreApplication::translate("KeyExpiry", "Expires today");
    // A plain int variable: lupdate 6.4 does not find a translate() whose count is a cast expression.
    const int count = int(days < 0 ? -days : days);
    if (days < 0)
        return QCoreApplication::translate("KeyExpiry", "Expired %n day(s) ago", nullptr, count);
    // Plural forms come from the catalogs (English too: "5 days left"), never "DAY(S)" (issue 18 item 18).
    return QCoreApplication::translate("KeyExpiry", "%n day(s) left", nullptr, count);
}

QString bannerText(Level level, const QDate& today, const QDate& expiry)
{
    const QString date = LocaleFormat::date(expiry, QLocale::LongFormat);
    const int days = static_cast<int>(today.daysTo(expiry));
    switch (level) {
    case Level::None:
        return {};
    case Level::Soon:
        return QCoreApplication::translate("KeyExpiry",
                                           "Your API key expires on %1, in %n day(s). Plan its rotation now: generate "
                                           "a new key, update your applications, test them, then revoke the old key.",
                                           nullptr, days)
            .arg(date);
    case Level::Urgent:
        return QCoreApplication::translate("KeyExpiry",
                                           "Your API key expires on %1, in %n day(s). Applications that use it will "
                                           "fail after that date: rotate it now.",
                                           nullptr, days)
            .arg(date);
    case Level::Expired:
        return QCoreApplication::translate("KeyExpiry",
                                           "Your API key expired on %1. Generate a new key in the console and enter it "
                                           "here.")
            .arg(date);
    }
    return {};
}

} // namespace KeyExpiry
