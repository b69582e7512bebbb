#pragma once

#include <QString>

/** How the tab shows a stored key without revealing it. */
namespace KeyMask {

/**
 * The console's mask (docs/api/spheron.md §1.2, "sai_pk_s•••••••••4ZPl0Gvw"): a known prefix (sai_pk_, sai_) and its
 * first character, nine dots, then the last eight characters. Other keys keep four characters at each end;
 * keys too short to hide anything are all dots.
 */
QString mask(const QString& key);

} // namespace KeyMask
