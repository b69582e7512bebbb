#pragma once

#include <QList>
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

/** SPDX identifier of Keydeck's licence ("GPL-3.0-or-later"), from the build (KEYDECK_LICENSE). */
QString licence();

/** The project's homepage, from the build (KEYDECK_HOMEPAGE_URL). */
QString homepage();

/** One library Keydeck runs on, as --version and About name it. */
struct Component
{
    QString name;
    /** The version, or a translated sentence saying why it is unknown. */
    QString version;
};

/**
 * The libraries whose versions --version and About show (one home for both): Qt (run time, and the build's when
 * they differ), libssh (loads it: only these two ask, never start-up; docs/PERFORMANCE.md), QtKeychain, simdjson
 * and libqrencode.
 */
QList<Component> components();

/** What --version prints: "keydeck <version>", then one line per component. */
QString versionText();

} // namespace AppInfo
