#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

/**
 * Money and dates as the UI language writes them. QLocale() is the UI language's locale once
 * Translations::install() has run; the C locale (LANG=C) is read as US English, whose formats people can read.
 */
namespace LocaleFormat {

/** @p locale, or US English for the C locale. */
QLocale effective(const QLocale& locale = QLocale());

/**
 * An amount of money: US dollars (both APIs report USD, docs/api/spheron.md §5) with the "$" symbol placed as the
 * locale does ("$3.21", "3,21 $"); another ISO code follows the number ("3.21 EUR"). A negative amount always
 * starts with the locale's minus sign, never the accounting "($3.21)" some locales use. Never breaks across lines.
 */
QString money(double amount, const QString& currency = {}, const QLocale& locale = QLocale());

/**
 * A date in the locale's short format with the year in full ("04.03.2026", "3/4/2026") or its long format
 * ("Mittwoch, 4. März 2026").
 */
QString date(const QDate& date, QLocale::FormatType format, const QLocale& locale = QLocale());

/** A moment in local time in the locale's short (the year in full) or long format. */
QString dateTime(const QDateTime& time, QLocale::FormatType format, const QLocale& locale = QLocale());

} // namespace LocaleFormat
