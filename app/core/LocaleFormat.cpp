#include "core/LocaleFormat.h"

#include <cmath>

namespace LocaleFormat {

QLocale effective(const QLocale& locale)
{
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
}

QString money(double amount, const QString& currency, const QLocale& requested)
{
    const QLocale locale = effective(requested);
    const double magnitude = std::abs(amount);
    // "-0.00" says nothing a plain "0.00" does not.
    const bool negative = amount < 0 && std::llround(magnitude * 100) != 0;
    const bool usd = currency.isEmpty() || currency.compare(QLatin1String("USD"), Qt::CaseInsensitive) == 0;
    QString text = usd ? locale.toCurrencyString(magnitude, QStringLiteral("$"), 2)
                       : locale.toString(magnitude, 'f', 2) + u' ' + currency.toUpper();
    // Qt 6.4's CLDR data writes negative money in accounting style for some locales ("($3.21)" in en_US,
    // "(3,21 $)" in fr_FR), which reads as a label rather than a debt: the sign goes first in every language.
    if (negative)
        text.prepend(locale.negativeSign());
    text.replace(u' ', QChar(0x00A0));
    return text;
}

QString withFullYear(QString format)
{
    // "dd.MM.yy" → "dd.MM.yyyy": a two-digit year is ambiguous in a list that spans decades (issue 18 item 24).
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString date(const QDate& date, QLocale::FormatType format, const QLocale& requested)
{
    const QLocale locale = effective(requested);
    if (format != QLocale::ShortFormat)
        return locale.toString(date, format);
    return locale.toString(date, withFullYear(locale.dateFormat(QLocale::ShortFormat)));
}

QString dateTime(const QDateTime& time, QLocale::FormatType format, const QLocale& requested)
{
    const QLocale locale = effective(requested);
    if (format != QLocale::ShortFormat)
        return locale.toString(time.toLocalTime(), format);
    return locale.toString(time.toLocalTime(), withFullYear(locale.dateTimeFormat(QLocale::ShortFormat)));
}

} // namespace LocaleFormat
