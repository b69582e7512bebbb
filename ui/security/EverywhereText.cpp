#include "EverywhereText.h"

#include <QFileInfo>
#include <QLocale>

QString EverywhereText::placeName(const QString& accountLabel, const QString& teamName)
{
    if (teamName.isEmpty())
        return accountLabel;
    return tr("%1 · team %2").arg(accountLabel, teamName);
}

QString EverywhereText::localKeyLabel(const LocalKey& key)
{
    const QString file = QFileInfo(key.path).fileName();
    if (key.key.comment().isEmpty())
        return tr("%1 (%2, %3)").arg(file, key.key.typeLabel(), key.key.fingerprint());
    return tr("%1 · %2 (%3, %4)").arg(file, key.key.comment(), key.key.typeLabel(), key.key.fingerprint());
}

QList<LocalKey> EverywhereText::usableLocalKeys()
{
    QList<LocalKey> keys = LocalKeys::scan();
    keys.removeIf([](const LocalKey& key) { return !key.isValid(); });
    return keys;
}

QString EverywhereText::removalResult(const Security::PlaceRemoval& outcome)
{
    using Security::RemovalResult;
    switch (outcome.result) {
    case RemovalResult::Pending:
        return outcome.attempts > 0 ? tr("Removing…") : tr("Registered");
    case RemovalResult::Removed:
        return tr("Removed");
    case RemovalResult::AlreadyGone:
        return tr("Already gone");
    case RemovalResult::Failed:
        return tr("Failed: %1").arg(outcome.error.userMessage());
    case RemovalResult::Unknown:
        return tr("Unknown: the answer was lost, and the list could not be read again: %1 Retry looks again.")
            .arg(outcome.rereadError.userMessage());
    }
    return {};
}

QString EverywhereText::additionResult(const Security::TargetAddition& outcome)
{
    using Security::AdditionResult;
    switch (outcome.result) {
    case AdditionResult::Pending:
        return outcome.uploads > 0 ? tr("Adding…") : tr("Missing");
    case AdditionResult::Added:
        return tr("Added");
    case AdditionResult::AlreadyThere:
        return tr("Already there");
    case AdditionResult::Failed:
        return tr("Failed: %1").arg(outcome.error.userMessage());
    case AdditionResult::Unknown:
        return tr("Unknown: the answer was lost, and the list could not be read again: %1 Retry looks first.")
            .arg(outcome.rereadError.userMessage());
    }
    return {};
}

QString EverywhereText::listingFailures(const QList<Security::ListingFailure>& failures,
                                        const QHash<QString, QString>& accountLabels, bool adding)
{
    QStringList sentences;
    for (const Security::ListingFailure& failure : failures) {
        const QString where = placeName(accountLabels.value(failure.accountId), failure.teamName);
        sentences << (adding ? tr("The keys of “%1” could not be read: %2 The key may be there already; Keydeck "
                                  "does not add it there.")
                             : tr("The keys of “%1” could not be read: %2 The key may be registered there unseen; "
                                  "Keydeck does not remove it there."))
                         .arg(where, failure.error.userMessage());
    }
    return sentences.join(QLatin1Char('\n'));
}

QString EverywhereText::notIncluded(const QStringList& accountLabels)
{
    if (accountLabels.isEmpty())
        return {};
    QStringList quoted;
    for (const QString& label : accountLabels)
        quoted << tr("“%1”").arg(label);
    return tr("%n account(s) not looked in, because Keydeck could not open them: %1.", nullptr,
              int(accountLabels.size()))
        .arg(QLocale().createSeparatedList(quoted));
}
