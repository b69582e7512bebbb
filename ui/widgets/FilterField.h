#pragma once

#include <QLabel>

class QLineEdit;

/**
 * What every filter field of Keydeck does (issue 18 items 8 and 24): Esc empties a field that holds text (an empty
 * one lets Esc through to the page), and its clear button has an accessible name.
 */
namespace FilterField {

/** Sets up @p edit (its clear button is turned on here). */
void setUp(QLineEdit* edit);

/** The accessible name of a filter field's clear button. */
QString clearButtonName();

/**
 * The line that says a filter hides every row, the filter's text shown as plain text (issue 18 item 24). Hidden
 * until show() says there is something to say.
 */
class NoMatchesLabel : public QLabel
{
    Q_OBJECT

public:
    explicit NoMatchesLabel(QWidget* parent = nullptr);

    /** Shows "No … match “@p filter”" when @p total rows exist, @p shown are shown and @p filter is not empty. */
    void showFor(const QString& filter, int total, int shown);
};

} // namespace FilterField
