#pragma once

#include "providers/Dto.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class ConsoleProvider;
class QWidget;

/**
 * After an API-key create whose answer was lost (ApiError::answerLost(): a timeout or a dropped connection), finds
 * out whether the server created the key anyway, so the user does not create it twice: re-lists the keys and looks
 * for one with the name asked for that was not listed before. The secret of a new key travels only in the create
 * answer (docs/api/vast.md §3.1), so a key created that way cannot be used by anyone: the user is offered to delete it.
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

    /** How far the server's clock may be behind ours when @c before is not known. */
    static constexpr int ClockSkewSeconds = 120;

    /**
     * The key the lost create (sent at @p sentAt) made: named @p name and absent from @p before (the list the user
     * saw); the newest when several match. When @p before is not known (the list never loaded), only a key the
     * server dates after @p sentAt (less ClockSkewSeconds) counts: an older key of the same name must never be taken
     * for it and offered for deletion. nullopt when there is none.
     */
    static std::optional<ApiKeyInfo> findCreated(const QList<ApiKeyInfo>& after,
                                                 const std::optional<QList<ApiKeyInfo>>& before, const QString& name,
                                                 const QDateTime& sentAt);

    /**
     * Re-lists the keys through @p provider; when the key named @p name was created, asks through MessageBox
     * whether to delete it and does so on yes. @p done runs once, unless @p parent is destroyed first.
     */
    static void run(ConsoleProvider* provider, const QString& name, const std::optional<QList<ApiKeyInfo>>& before,
                    const QDateTime& sentAt, QWidget* parent, std::function<void(const Outcome&)> done);
};
