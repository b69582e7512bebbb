#pragma once

class QAbstractItemView;
class QLabel;
class StatefulView;
class QWidget;

/**
 * One look for every list of Keydeck (issue 18 item 23): the tabs disagreed, with dense rows and a count at the bottom
 * on some and spaced rows with a chip beside the title on others. Every list page now has a title with a count chip
 * above its list, and every table and tree has rows of one height.
 */
namespace ListHeader {

/** A list page's title: bold and larger than the body text. */
void styleTitle(QLabel* title);

/** The rounded chip that says how many items the list holds ("5 keys", "1 of 4 variables"). */
void styleCountChip(QLabel* chip);

/**
 * Shows @p chip only while @p view shows its list or its empty state: a count beside an error or a spinner would
 * describe a list nobody sees (issue 18 item 7).
 */
void bindCountChip(QLabel* chip, StatefulView* view);

/** Whether @p label was styled as a count chip (tests look for one per list). */
bool isCountChip(const QLabel* label);

/** The one row height of Keydeck's tables and trees for @p view's font. */
int rowHeight(const QWidget* view);

/** Gives @p view (a QTableView or a QTreeView) rows of rowHeight(). */
void uniformRows(QAbstractItemView* view);

} // namespace ListHeader
