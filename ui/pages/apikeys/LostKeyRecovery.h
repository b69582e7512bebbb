#pragma once

#include "providers/Dto.h"
#include "providers/Reconcile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class ConsoleProvider;
class QWidget;

/**
 * After an API-key create whose answer was lost, turns Reconcile's finding into words: the key was not created
 * (trying again is safe), could not be checked, or was created without its secret. The secret of a new key travels
 * only in the create answer (docs/api/vast-endpoints.md §3.1), so a key created that way cannot be used by anyone: the
 * user is offered to delete it.
 */
class LostKeyRecovery
{
    Q_DECLARE_TR_FUNCTIONS(LostKeyRecovery)

public:
    enum class Finding {
        NotCreated, ///< the list has no such key: trying again is safe
        CreatedAndDeleted, ///< it was created; the user chose to delete it
        CreatedAndKept, ///< it was created and still exists (the user kept it, or deleting it failed)
        Unknown, ///< the list could not be read
    };

    struct Outcome
    {
        Finding finding = Finding::Unknown;
        /** Whole translated sentences for the user, naming the key. */
        QString message;
        /** The keys as re-listed, when they could be read (before any deletion). */
        std::optional<QList<ApiKeyInfo>> keys;
        /** A key was deleted after the re-list, so @c keys is out of date. */
        bool deletedAfterListing = false;
    };

    /**
     * @p created is Reconcile::createApiKey()'s outcome for the key named @p name, whose answer was lost. When the
     * key was created, asks through MessageBox whether to delete it and does so on yes. @p done runs once, unless
     * @p parent is destroyed first.
     */
    static void settle(ConsoleProvider* provider, const QString& name, const Reconcile::ApiKeyCreated& created,
                       QWidget* parent, std::function<void(const Outcome&)> done);
};
