#include "FindingGroups.h"

#include <QSet>

#include <array>
#include <vector>

namespace FindingGroups {

Listing group(const QList<Source>& sources, const std::function<bool(const Security::Finding&)>& isHidden,
              bool showHidden)
{
    Listing listing;
    QSet<QString> accounts;
    // Per severity, the groups in the order their first finding came; a group is found by its source (one account,
    // or this computer) and check, through a flat table: thousands of findings, no string hashed per finding.
    constexpr int checks = int(Security::Check::RecentActivity) + 1;
    std::array<QList<Group>, 3> bySeverity;
    std::array<std::vector<qsizetype>, 3> index;
    for (auto& table : index)
        table.assign(std::size_t(sources.size()) * checks, -1);
    for (qsizetype source = 0; source < sources.size(); ++source) {
        bool counted = false; // this source's account is in accounts
        for (const Security::Finding& finding : *sources.at(source).findings) {
            const bool hidden = isHidden(finding);
            if (hidden) {
                ++listing.hidden;
            } else {
                ++listing.visible;
                if (finding.accountId.isEmpty()) {
                    listing.local = true;
                } else if (!counted) {
                    accounts.insert(finding.accountId);
                    counted = true;
                }
            }
            if (hidden && !showHidden)
                continue;
            const auto s = std::size_t(finding.severity);
            qsizetype& at = index[s][std::size_t(source) * checks + std::size_t(finding.check)];
            if (at < 0) {
                Group g;
                g.severity = finding.severity;
                g.accountId = finding.accountId;
                g.check = finding.check;
                g.accountLabel = sources.at(source).accountLabel;
                at = bySeverity.at(s).size();
                bySeverity[s].append(g);
            }
            Group& g = bySeverity[s][at];
            g.findings.append(finding);
            g.hidden.append(hidden);
        }
    }
    for (const QList<Group>& groups : bySeverity)
        listing.groups.append(groups);
    listing.accounts = int(accounts.size());
    return listing;
}

} // namespace FindingGroups
