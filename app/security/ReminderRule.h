#pragma once

#include "security/Finding.h"

#include <QDateTime>
#include <QList>
#include <QString>

class AccountsRegistry;

namespace Security {

/**
 * When Keydeck checks by itself and what it reminds of (issue 23, docs/SECURITY-OVERVIEW.md "Reminders"): a check
 * at most once a calendar day, and of its findings only those the previous check did not see and the user has not
 * ignored or snoozed. What a check saw is kept per account with AccountsRegistry (hashed identities, beside the
 * findings' marks, so removing an account removes them; this computer's beside its marks), and the time of the last
 * check beside the accounts, so both survive a restart. No widgets, no clock of its own: the caller gives "now".
 */
class ReminderRule
{
public:
    /** One owner's findings from one check: an account's (or this computer's, with an empty id). */
    struct Checked
    {
        QString accountId;
        QList<Finding> findings;
        /** False when some of its lists could not be read: what it saw then adds to what was seen before. */
        bool complete = true;
    };

    explicit ReminderRule(AccountsRegistry* accounts);

    /** Whether a check is due at @p now: never checked, or last checked on another day (local time). */
    bool isDue(const QDateTime& now) const;
    /** The same for a given last check (a null one: due). */
    static bool isDue(const QDateTime& lastCheck, const QDateTime& now);

    /**
     * Records a check that finished at @p now and returns its new findings, in the order given: not seen by the
     * previous check of their owner, and neither ignored nor snoozed at @p now. Remembers every finding as seen
     * (the hidden ones too: a snooze that ends does not make a finding new) and @p now as the last check.
     */
    QList<Finding> record(const QList<Checked>& checked, const QDateTime& now);

private:
    AccountsRegistry* m_accounts;
};

} // namespace Security
