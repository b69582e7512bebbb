#include "security/ReminderRule.h"

#include "secrets/AccountsRegistry.h"

namespace Security {

ReminderRule::ReminderRule(AccountsRegistry* accounts)
    : m_accounts(accounts)
{ }

bool ReminderRule::isDue(const QDateTime& now) const
{
    return isDue(m_accounts->lastSecurityCheck(), now);
}

bool ReminderRule::isDue(const QDateTime& lastCheck, const QDateTime& now)
{
    // A calendar day, not 24 hours: started each morning, Keydeck checks each morning. A clock set back (a last
    // check "tomorrow") counts as another day too, so a wrong clock never stops the checks for good.
    return !lastCheck.isValid() || lastCheck.toLocalTime().date() != now.toLocalTime().date();
}

QList<Finding> ReminderRule::record(const QList<Checked>& checked, const QDateTime& now)
{
    QList<Finding> fresh;
    for (const Checked& owner : checked) {
        QStringList identities;
        for (const Finding& finding : owner.findings) {
            const QString identity = finding.identity();
            identities.append(identity);
            if (m_accounts->wasFindingSeen(owner.accountId, identity))
                continue;
            if (m_accounts->findingMark(owner.accountId, identity).hides(now))
                continue;
            fresh.append(finding);
        }
        m_accounts->setSeenFindings(owner.accountId, identities, !owner.complete);
    }
    m_accounts->setLastSecurityCheck(now);
    return fresh;
}

} // namespace Security
