#pragma once

#include "security/AddEverywhere.h"
#include "security/RemoveEverywhere.h"
#include "ssh/LocalKeys.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

/**
 * The words of the overview's two actions across accounts (issue 23, docs/SECURITY-OVERVIEW.md "Across accounts"),
 * shared by RemoveEverywhereDialog and AddEverywhereDialog: where a place is, what became of it, and the lists that
 * could not be read. Every name in them (account, team, key, a server's reason) is shown as plain text.
 */
class EverywhereText
{
    Q_DECLARE_TR_FUNCTIONS(EverywhereText)

public:
    /** An account as the sidebar names it, with the Spheron AI team when there is one. */
    static QString placeName(const QString& accountLabel, const QString& teamName);
    /** A local key in a choice: its file, comment and type, and the fingerprint (the part that identifies it). */
    static QString localKeyLabel(const LocalKey& key);
    /** The valid keys of ~/.ssh, sorted by path (LocalKeys::scan). */
    static QList<LocalKey> usableLocalKeys();

    static QString removalResult(const Security::PlaceRemoval& outcome);
    static QString additionResult(const Security::TargetAddition& outcome);
    /** One sentence per list that could not be read: the key may be there unseen, and nothing is done there. */
    static QString listingFailures(const QList<Security::ListingFailure>& failures,
                                   const QHash<QString, QString>& accountLabels, bool adding);
    /** The accounts Keydeck could not open (their key could not be read): not looked in at all. */
    static QString notIncluded(const QStringList& accountLabels);
};
