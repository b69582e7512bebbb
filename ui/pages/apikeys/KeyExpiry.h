#pragma once

#include <QDate>
#include <QString>

/**
 * The expiry rules of the API Keys tab as pure functions of dates, so they are unit-tested without a clock:
 * which banner to show and whether today's desktop notification is still due.
 */
namespace KeyExpiry {

/** How urgent an expiry is; the thresholds follow the issue (a banner at 30 days and at 7 days). */
enum class Level {
    None, ///< unknown expiry, or more than 30 days left
    Soon, ///< 30 days or fewer left
    Urgent, ///< 7 days or fewer left
    Expired, ///< the expiry date has passed
};

constexpr int SoonDays = 30;
constexpr int UrgentDays = 7;

/** The level for @p expiry seen on @p today; None when @p expiry is null or invalid. */
Level level(const QDate& today, const QDate& expiry);

/**
 * True when a desktop notification is due: the expiry is known and at most SoonDays away (or past), and
 * nothing was notified yet today (@p lastNotified is null, or before @p today). A @p lastNotified in the
 * future (clock moved back) counts as today, so a changed clock never produces a burst of notifications.
 */
bool shouldNotify(const QDate& today, const QDate& lastNotified, const QDate& expiry);

/** "320 days left", "1 day left", "Expires today" or "Expired 3 days ago" (plural forms from the catalogs). */
QString daysLeftText(const QDate& today, const QDate& expiry);

/** The banner sentence for @p level, or an empty string for Level::None. */
QString bannerText(Level level, const QDate& today, const QDate& expiry);

} // namespace KeyExpiry
