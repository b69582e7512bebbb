#pragma once

class OpenAccount;
class AppServices;
class MainWindow;
class QStatusBar;
class QString;
class QTabWidget;

/** Builds an opened account's tabs: the composition root's MainWindow::PageBuilder. */
namespace AccountPages {

/**
 * Creates the pages the account's provider offers (Profile, SSH Keys, API Keys, and on Vast.ai Environment
 * and Sessions) into @p tabs and wires them to each other and to @p window: team switching scopes the SSH
 * keys, 2FA prompts, a rejected key leads to re-entering it, status messages reach the status bar, and each
 * page loads the first time its tab is shown.
 */
void build(AppServices* services, OpenAccount* opened, QTabWidget* tabs, MainWindow* window);

/**
 * The one rule for a page's words in the status bar: an action's message (statusMessage: "The API key … was
 * deleted.") replaces whatever is shown; a note (statusNote: a list's count, "3 API keys.") is shown only when no
 * action's message is, so a reload that follows an action never hides what the action did.
 */
void showStatus(QStatusBar* bar, const QString& text, bool note);

} // namespace AccountPages
