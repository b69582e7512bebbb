#pragma once

#include "security/Finding.h"

#include <QString>

/**
 * The one home of the security overview's words (issue 23, docs/SECURITY-OVERVIEW.md "The page"): why a finding
 * matters in one translated sentence, and the label of its action. The findings carry facts only; server and file
 * text inside a sentence is shown as plain text by the page.
 */
namespace FindingText {

/** Why @p finding matters, one whole sentence with its facts (key name, mode, file and line, date, count). */
QString sentence(const Security::Finding& finding);
/** The label of the finding's action button ("&Fix", "Review"…); empty for Action::None. */
QString actionLabel(Security::Action action);
/** An audit event's kind (an AccountChecks::eventKindName) as a short title ("Sign-in") for a list. */
QString eventTitle(const QString& kind);
/** Whose finding it is: the account's name (with the Spheron AI team it was seen in), or "This computer". */
QString owner(const Security::Finding& finding, const QString& accountLabel);
/** A severity group's heading ("High", "Medium", "Information"). */
QString severityHeading(Security::Severity severity);

} // namespace FindingText
