#pragma once

#include "security/Finding.h"

#include <QList>
#include <QString>

#include <functional>

/**
 * How the security overview lists its findings (issue 24 item 5, docs/SECURITY-OVERVIEW.md "The page"): by severity,
 * and within a severity one group per account (or this computer) and check, in the order they were found. An
 * account with thousands of keys has thousands of findings of one check; the page shows each group's first rows and
 * the rest on request, while the counts here cover every finding.
 */
namespace FindingGroups {

/** The findings of one account (or this computer) that break one check. */
struct Group
{
    Security::Severity severity = Security::Severity::Medium;
    QString accountId; ///< empty: this computer
    Security::Check check = Security::Check::OldSshKey;
    /** The account's name as the sidebar shows it; empty for this computer. */
    QString accountLabel;
    QList<Security::Finding> findings;
    QList<bool> hidden; ///< per finding: ignored, or snoozed until a time still to come
};

/** One account's findings (or this computer's, with an empty label), as the overview gathered them; a source's
 * findings form their own groups. */
struct Source
{
    QString accountLabel;
    const QList<Security::Finding>* findings = nullptr;
};

/** What the page shows: the groups, and counts over every finding. */
struct Listing
{
    QList<Group> groups; ///< High first, then Medium, then Info; within each, in the order found
    int visible = 0; ///< neither ignored nor snoozed
    int hidden = 0;
    int accounts = 0; ///< accounts with a visible finding
    bool local = false; ///< this computer has a visible finding
};

/**
 * Groups the findings of @p sources. @p isHidden says whether one is ignored or snoozed; with @p showHidden those are
 * listed too (dimmed by the page), else only counted.
 */
Listing group(const QList<Source>& sources, const std::function<bool(const Security::Finding&)>& isHidden,
              bool showHidden);

} // namespace FindingGroups
