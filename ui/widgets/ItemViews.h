#pragma once

class QWidget;

/**
 * Keyboard behaviour shared by every table, tree and list of Keydeck (issue 18 item 2).
 *
 * QTableView moves Tab from cell to cell (six presses per row) and drags the selection with it, so Del then acts on
 * another row and the buttons after the table are never reached. Tab moves between controls everywhere; the arrow
 * keys, Home/End and Page Up/Down move within a view.
 */
namespace ItemViews {

/**
 * Makes Tab and Shift+Tab leave every item view in @p root (and @p root itself when it is one), now and for views
 * added to it later. Call once per page or window, after its widgets are set up.
 */
void tabBetweenControls(QWidget* root);

} // namespace ItemViews
