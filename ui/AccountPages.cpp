#include "AccountPages.h"

#include "AppServices.h"
#include "MainWindow.h"
#include "UiContext.h"
#include "accounts/OpenAccount.h"
#include "dialogs/twofactor/TwoFactorController.h"
#include "pages/apikeys/ApiKeysPage.h"
#include "pages/envvars/EnvVarsPage.h"
#include "pages/profile/ProfilePage.h"
#include "pages/profile/TeamSwitcher.h"
#include "pages/sessions/SessionsPage.h"
#include "pages/sshkeys/SshKeysPage.h"
#include "providers/ConsoleProvider.h"
#include "secrets/AccountsRegistry.h"
#include "widgets/StatefulView.h"

#include <QPointer>

#include <QSet>
#include <QStatusBar>
#include <QTabWidget>
#include <algorithm>

namespace {

/**
 * Status messages and busy state of a page reach the window's status bar. Only the visible page speaks: the others
 * load in the background when the account opens (issue 24 item 2), and "3 sessions loaded." under the Profile tab
 * would describe a page nobody is looking at.
 */
template <typename Page>
void connectStatus(Page* page, MainWindow* window, QTabWidget* tabs)
{
    QObject::connect(page, &Page::statusMessage, window, [window, tabs, page](const QString& text) {
        if (tabs->currentWidget() == page)
            AccountPages::showStatus(window->statusBar(), text, false);
    });
    if constexpr (requires { &Page::statusNote; }) {
        QObject::connect(page, &Page::statusNote, window, [window, tabs, page](const QString& text) {
            if (tabs->currentWidget() == page)
                AccountPages::showStatus(window->statusBar(), text, true);
        });
    }
    QObject::connect(page, &Page::busyChanged, window, [window, page](bool busy) { window->setPageBusy(page, busy); });
    QObject::connect(page, &QObject::destroyed, window, [window, page] { window->setPageBusy(page, false); });
}

} // namespace

namespace AccountPages {

void showStatus(QStatusBar* bar, const QString& text, bool note)
{
    static const char* const noteProperty = "keydeckStatusNote";
    const QString current = bar->currentMessage();
    // A note replaces nothing but an earlier note (or silence): the action's message stays its 6 s.
    if (note && !current.isEmpty() && current != bar->property(noteProperty).toString())
        return;
    bar->setProperty(noteProperty, note ? text : QString());
    bar->showMessage(text, 6000);
}

void build(AppServices* services, OpenAccount* opened, QTabWidget* tabs, MainWindow* window)
{
    ConsoleProvider* provider = opened->provider();
    UiContext* context = opened->uiContext();
    context->clipboard = services->clipboard();
    context->secrets = services->secrets();
    context->accounts = services->accounts();
    context->reminders = services->reminders();
    context->accountId = opened->account().id;

    auto* profile = new ProfilePage(provider, context);
    auto* sshKeys = new SshKeysPage(provider, context);
    auto* apiKeys = new ApiKeysPage(provider, context);
    tabs->addTab(profile, QCoreApplication::translate("AccountPages", "&Profile"));
    tabs->addTab(sshKeys, QCoreApplication::translate("AccountPages", "&SSH Keys"));
    tabs->addTab(apiKeys, QCoreApplication::translate("AccountPages", "API &Keys"));
    connectStatus(profile, window, tabs);
    connectStatus(sshKeys, window, tabs);
    connectStatus(apiKeys, window, tabs);

    EnvVarsPage* envVars = nullptr;
    if (provider->has(ConsoleProvider::Capability::EnvVars)) {
        envVars = new EnvVarsPage(provider, context);
        tabs->addTab(envVars, QCoreApplication::translate("AccountPages", "&Environment"));
        connectStatus(envVars, window, tabs);
    }
    SessionsPage* sessions = nullptr;
    if (provider->has(ConsoleProvider::Capability::Sessions)) {
        sessions = new SessionsPage(provider, context);
        tabs->addTab(sessions, QCoreApplication::translate("AccountPages", "Sess&ions"));
        connectStatus(sessions, window, tabs);
        // The endpoint is undocumented (docs/api/vast-endpoints.md §3.5): a server without it answers 404/405; hide the
        // tab.
        QObject::connect(sessions, &SessionsPage::unsupported, tabs, [tabs, sessions] {
            const int index = tabs->indexOf(sessions);
            if (index >= 0)
                tabs->setTabVisible(index, false);
        });
    }

    // Spheron AI: the team chosen in the Profile tab scopes the SSH keys and is remembered for the account.
    if (TeamSwitcher* switcher = profile->teamSwitcher()) {
        switcher->setPreferredTeamId(opened->account().teamId);
        QObject::connect(
            switcher, &TeamSwitcher::teamSelected, sshKeys,
            [services, opened, sshKeys](const QString& teamId, const QString& role, const QString& teamName) {
                sshKeys->setTeam(teamId, role, teamName);
                if (!sshKeys->isLoaded())
                    sshKeys->refresh(); // its first load, which waited for the team (below)
                if (auto account = services->accounts()->find(opened->account().id);
                    account && account->teamId != teamId) {
                    account->teamId = teamId;
                    services->accounts()->update(*account);
                }
            });
    }

    // Vast.ai two-factor: any page that hits "needs a 2FA session" asks for a code through one controller.
    if (provider->has(ConsoleProvider::Capability::TwoFactor)) {
        auto* twoFactor = new TwoFactorController(provider, context, window, profile);
        profile->setTwoFactorController(twoFactor);
        // Only for the account shown: a kept one (issue 24 item 3) still finishing a load asks nobody.
        const auto prompt = [tabs, profile, twoFactor](const ApiError& error) {
            if (tabs->indexOf(profile) >= 0)
                twoFactor->prompt(error);
        };
        QObject::connect(profile, &ProfilePage::twoFactorNeeded, twoFactor, prompt);
        QObject::connect(apiKeys, &ApiKeysPage::twoFactorNeeded, twoFactor, prompt);
        QObject::connect(sshKeys, &SshKeysPage::twoFactorNeeded, twoFactor, prompt);
        // What the sign-in and sign-out came to ("Signed in with a backup code; 9 backup codes left.", "Signed out
        // of the two-factor session.") answers the user's own action: it was said nowhere.
        for (auto signal : {&TwoFactorController::statusMessage, &TwoFactorController::failed}) {
            QObject::connect(twoFactor, signal, window, [window, tabs, profile](const QString& text) {
                if (tabs->indexOf(profile) >= 0)
                    showStatus(window->statusBar(), text, false);
            });
        }
        if (envVars)
            QObject::connect(envVars, &EnvVarsPage::twoFactorNeeded, twoFactor, prompt);
        if (sessions)
            QObject::connect(sessions, &SessionsPage::twoFactorNeeded, twoFactor, prompt);
        QObject::connect(twoFactor, &TwoFactorController::sessionStarted, opened, [tabs, sessions] {
            // Reload what failed for want of a session: the visible page, every page showing an error (they all
            // loaded at once, issue 24 item 2), and the session list, which now has a "this session" (issue 18
            // item 20).
            for (int i = 0; i < tabs->count(); ++i) {
                QWidget* page = tabs->widget(i);
                const auto views = page->findChildren<StatefulView*>();
                const bool failed = std::any_of(views.cbegin(), views.cend(), [](const StatefulView* view) {
                    return view->state() == StatefulView::State::Error;
                });
                if (page == tabs->currentWidget() || failed || (page == sessions && sessions->isLoaded()))
                    QMetaObject::invokeMethod(page, "refresh");
            }
        });
    }

    // Vast.ai: users/current says which key Keydeck authenticates with, so the API Keys tab can mark it and
    // ask twice before deleting it. The Profile page's own load answers it: Vast limits each endpoint per key
    // (docs/api/vast.md §2.2, 429), so a second users/current on opening could be refused. Every later successful load
    // (retry after a failure, F5, after a 2FA login) passes the id on again.
    const bool ownKeyFromProfile = provider->has(ConsoleProvider::Capability::ApiKeysManage)
        && provider->has(ConsoleProvider::Capability::ProfileRead);
    if (ownKeyFromProfile) {
        QObject::connect(profile, &ProfilePage::profileLoaded, apiKeys, [apiKeys](const UserProfile& user) {
            if (!user.apiKeyId.isEmpty())
                apiKeys->setOwnKeyId(user.apiKeyId);
        });
    }

    // A key the server rejects mid-session: lead the user to enter a new one, keeping the account.
    QPointer<ApiKeysPage> keysPage = apiKeys;
    QObject::connect(apiKeys, &ApiKeysPage::credentialsRejected, window, [window, tabs, keysPage, opened] {
        if (!keysPage || tabs->indexOf(keysPage) < 0)
            return; // a kept account's (issue 24 item 3): the banner would speak of an account not shown
        window->showBanner(QCoreApplication::translate("AccountPages",
                                                       "The server no longer accepts the API key of “%1”. Enter "
                                                       "a new key to carry on; the account and its settings stay.")
                               .arg(opened->account().label),
                           QCoreApplication::translate("AccountPages", "&Enter New Key…"), [window, tabs, keysPage] {
                               if (!keysPage)
                                   return;
                               tabs->setCurrentWidget(keysPage);
                               keysPage->promptForNewKey();
                               window->hideBanner();
                           });
    });

    // Every page starts its first load now, together (issue 24 item 2): on a slow link the user waits for one round
    // trip, not one per tab, and a tab opened later shows its data at once. Vast.ai limits each endpoint, not the
    // account (docs/api/vast.md §2.2), and the pages read different endpoints. What needs another page's answer
    // waits for it alone: Spheron's SSH keys the team, which the Profile page's switcher chooses (above).
    const bool keysWaitForTeam = provider->has(ConsoleProvider::Capability::Teams);
    for (int i = 0; i < tabs->count(); ++i) {
        QWidget* page = tabs->widget(i);
        if (page == sshKeys && keysWaitForTeam)
            continue;
        QMetaObject::invokeMethod(page, "refresh");
    }
    if (keysWaitForTeam) {
        // Shown before the Profile page named a team (its load failed, or is slow): the page finds the team itself.
        QObject::connect(tabs, &QTabWidget::currentChanged, sshKeys, [tabs, sshKeys] {
            if (tabs->currentWidget() == sshKeys && !sshKeys->isLoaded())
                sshKeys->refresh();
        });
    }
}

} // namespace AccountPages
