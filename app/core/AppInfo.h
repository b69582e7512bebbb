#pragma once

#include <QString>

/** Facts about this build of Keydeck that several layers need (about box, User-Agent, --version). */
namespace AppInfo {

/** The application's display name, "Keydeck". Not translated: it is a product name. */
QString name();

/** The version from CMake's project(), e.g. "0.1.0". */
QString version();

/**
 * The User-Agent every HTTP request carries: "Keydeck/<version> (Qt <qt version>; <os>)".
 * Spheron AI rejects some default user agents with 403 (docs/api/spheron.md §1.3), so never rely on Qt's.
 */
QString userAgent();

} // namespace AppInfo
