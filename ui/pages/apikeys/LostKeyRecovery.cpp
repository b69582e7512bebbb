#include "pages/apikeys/LostKeyRecovery.h"

#include "providers/ConsoleProvider.h"
#include "widgets/MessageBox.h"

#include <QPointer>
#include <QWidget>

namespace {

QString shownName(const QString& name)
{
    return name.isEmpty() ? LostKeyRecovery::tr("(unnamed)") : name;
}

} // namespace

void LostKeyRecovery::settle(ConsoleProvider* provider, const QString& name, const Reconcile::ApiKeyCreated& created,
                             QWidget* parent, std::function<void(const Outcome&)> done)
{
    const QString shown = shownName(name);
    Outcome outcome;
    outcome.keys = created.reread;
    if (created.state == Reconcile::State::Unknown) {
        outcome.finding = Finding::Unknown;
        outcome.message
            = tr("No readable answer came back from the server, and Keydeck could not check whether the key "
                 "“%1” was created. Look at the key list before you try again, so that it is not "
                 "created twice.")
                  .arg(shown);
        done(outcome);
        return;
    }
    if (!created.found) {
        outcome.finding = Finding::NotCreated;
        outcome.message
            = tr("No readable answer came back from the server, and the key “%1” was not created; you can try again.")
                  .arg(shown);
        done(outcome);
        return;
    }
    const QString id = created.found->id;
    const QPointer<ConsoleProvider> guarded = provider; // the question is modal: the account may close meanwhile
    const bool remove = MessageBox::confirm(
        parent, tr("Key Created Without Its Secret"),
        tr("No readable answer came back from the server, but the key “%1” was created.").arg(shown),
        tr("&Delete the Key"),
        tr("Its secret could not be received, and %1 never shows it again, so nobody can use this key. Delete it "
           "(ID %2)? You can then create the key again.")
            .arg(provider->displayName(), id));
    if (!remove || !guarded) {
        outcome.finding = Finding::CreatedAndKept;
        outcome.message
            = tr("No readable answer came back from the server, but the key “%1” was created. Its secret could "
                 "not be received: delete the key (ID %2) from the list when you no longer need it.")
                  .arg(shown, id);
        done(outcome);
        return;
    }
    // A key nobody can use: deleting it is the same reconciled delete as the page's.
    Reconcile::deleteApiKey(
        provider, id, false, parent, [=, done = std::move(done)](const Reconcile::ApiKeyDeleted& deleted) mutable {
            if (deleted.ok()) {
                outcome.finding = Finding::CreatedAndDeleted;
                outcome.deletedAfterListing = true;
                outcome.message = tr("No readable answer came back from the server, but the key “%1” was created "
                                     "without its secret reaching Keydeck. Keydeck deleted it; you can "
                                     "create the key again.")
                                      .arg(shown);
            } else {
                outcome.finding = Finding::CreatedAndKept;
                outcome.message = tr("No readable answer came back from the server, but the key “%1” was created. Its "
                                     "secret could not be received, and deleting the key (ID %2) failed: %3")
                                      .arg(shown, id, deleted.error.userMessage());
            }
            done(outcome);
        });
}
