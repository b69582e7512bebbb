#include "pages/apikeys/LostKeyRecovery.h"

#include "providers/ConsoleProvider.h"
#include "widgets/MessageBox.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

#include <memory>

namespace {

QString shownName(const QString& name)
{
    return name.isEmpty() ? LostKeyRecovery::tr("(unnamed)") : name;
}

} // namespace

std::optional<ApiKeyInfo> LostKeyRecovery::findCreated(const QList<ApiKeyInfo>& after,
                                                       const std::optional<QList<ApiKeyInfo>>& before,
                                                       const QString& name, const QDateTime& sentAt)
{
    QSet<QString> known;
    for (const ApiKeyInfo& key : before.value_or(QList<ApiKeyInfo>()))
        known.insert(key.id);
    const QDateTime earliest = sentAt.addSecs(-ClockSkewSeconds);
    std::optional<ApiKeyInfo> found;
    for (const ApiKeyInfo& key : after) {
        if (key.name != name || known.contains(key.id))
            continue;
        if (!before && !(key.createdAt.isValid() && key.createdAt >= earliest))
            continue;
        if (!found || key.createdAt > found->createdAt)
            found = key;
    }
    return found;
}

void LostKeyRecovery::run(ConsoleProvider* provider, const QString& name,
                          const std::optional<QList<ApiKeyInfo>>& before, const QDateTime& sentAt, QWidget* parent,
                          std::function<void(const Outcome&)> done)
{
    QPointer<ConsoleProvider> guardedProvider = provider;
    auto finish = std::make_shared<std::function<void(const Outcome&)>>(std::move(done));
    provider->listApiKeys(parent, [=](ApiResult<QList<ApiKeyInfo>> listed) {
        const QString shown = shownName(name);
        Outcome outcome;
        if (!listed.ok()) {
            outcome.finding = Finding::Unknown;
            outcome.message = tr("The server's answer did not arrive, and Keydeck could not check whether the key "
                                 "“%1” was created. Look at the key list before you try again, so that it is not "
                                 "created twice.")
                                  .arg(shown);
            (*finish)(outcome);
            return;
        }
        outcome.keys = *listed.value;
        const std::optional<ApiKeyInfo> created = findCreated(*listed.value, before, name, sentAt);
        if (!created) {
            outcome.finding = Finding::NotCreated;
            outcome.message
                = tr("The server's answer did not arrive, and the key “%1” was not created; you can try again.")
                      .arg(shown);
            (*finish)(outcome);
            return;
        }
        const QString providerName = guardedProvider ? guardedProvider->displayName() : QString();
        const bool remove = MessageBox::confirm(
            parent, tr("Key Created Without Its Secret"),
            tr("The server's answer did not arrive, but the key “%1” was created.").arg(shown), tr("&Delete the Key"),
            tr("Its secret could not be received, and %1 never shows it again, so nobody can use this key. Delete it "
               "(ID %2)? You can then create the key again.")
                .arg(providerName, created->id));
        if (!remove || !guardedProvider) {
            outcome.finding = Finding::CreatedAndKept;
            outcome.message = tr("The server's answer did not arrive, but the key “%1” was created. Its secret could "
                                 "not be received: delete the key (ID %2) from the list when you no longer need it.")
                                  .arg(shown, created->id);
            (*finish)(outcome);
            return;
        }
        guardedProvider->deleteApiKey(created->id, parent, [=](ApiResult<void> deleted) mutable {
            if (deleted.ok()) {
                outcome.finding = Finding::CreatedAndDeleted;
                outcome.deletedAfterListing = true;
                outcome.message = tr("The server's answer did not arrive, but the key “%1” was created without its "
                                     "secret reaching Keydeck. Keydeck deleted it; you can create the key again.")
                                      .arg(shown);
            } else {
                outcome.finding = Finding::CreatedAndKept;
                outcome.message = tr("The server's answer did not arrive, but the key “%1” was created. Its secret "
                                     "could not be received, and deleting the key (ID %2) failed: %3")
                                      .arg(shown, created->id, deleted.error.userMessage());
            }
            (*finish)(outcome);
        });
    });
}
