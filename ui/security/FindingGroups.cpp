#include "FindingGroups.h"

#include <QHash>
#include <QSet>

#include <array>
#include <utility>

namespace FindingGroups {

Listing group(const QList<Source>& sources, const std::function<bool(const Security::Finding&)>& isHidden,
              bool showHidden)
{
    Listing listing;
    QSet<QString> accounts;
    // Per severity, the groups in the order their first finding came; a group is found by its account and check.
    std::array<QList<Group>, 3> bySeverity;
    std::array<QHash<std::pair<QString, int>, qsizetype>, 3> index;
    for (const Source& source : sources) {
        for (const Security::Finding& finding : *source.findings) {
            const bool hidden = isHidden(finding);
            if (hidden) {
                ++listing.hidden;
            } else {
                ++listing.visible;
                if (finding.accountId.isEmpty())
                    listing.local = true;
                else
                    accounts.insert(finding.accountId);
            }
            if (hidden && !showHidden)
                continue;
            const auto s = std::size_t(finding.severity);
            const std::pair<QString, int> key {finding.accountId, int(finding.check)};
            auto it = index.at(s).constFind(key);
            if (it == index.at(s).cend()) {
                Group g;
                g.severity = finding.severity;
                g.accountId = finding.accountId;
                g.check = finding.check;
                g.accountLabel = source.accountLabel;
                it = index[s].insert(key, bySeverity.at(s).size());
                bySeverity[s].append(g);
            }
            Group& g = bySeverity[s][*it];
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
