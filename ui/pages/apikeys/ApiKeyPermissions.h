#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

struct ApiKeyInfo;

/**
 * Vast.ai's permissions JSON, {"api": {<category>: {…}}} (docs/api/vast.md §4): the categories the editor offers,
 * its presets, the validation the advanced JSON editor runs before anything is sent, and the summary the key
 * list shows.
 */
namespace ApiKeyPermissions {

/** The editor's presets; Custom is any other set of categories or any constraint. */
enum class Preset { FullAccess, ReadOnly, SshKeysOnly, Custom };

/** The categories the editor shows as checkboxes, in display order (docs/api/vast.md §4). */
QStringList categories();
/** A translated label for @p category ("Instances: read"). */
QString categoryLabel(const QString& category);

/** {"api": {c: {} for each c}}; categories outside categories() are dropped. */
QJsonObject fromCategories(const QStringList& categories);
/** The categories a preset grants; empty for Custom. */
QStringList presetCategories(Preset preset);
/** The preset whose categories are exactly those of @p permissions without constraints, else Custom. */
Preset presetOf(const QJsonObject& permissions);
/**
 * The preset's name, the one the New API Key dialog offers and the list shows (issue 18 item 23: "SSH keys only" in
 * one place, "Account and SSH keys" in the other).
 */
QString presetLabel(Preset preset);
/** The top-level categories of @p permissions in categories() order (unknown ones last). */
QStringList categoriesOf(const QJsonObject& permissions);
/** True when some category narrows itself to operations or constraints (not representable as checkboxes). */
bool hasConstraints(const QJsonObject& permissions);

/**
 * Parses and validates the advanced editor's text: a JSON object whose only key is "api", an object of known
 * categories (plus agents_read/agents_write), each an object of operations whose "constraints" use eq, lte or
 * gte. On failure @p error gets a translated sentence (with the JSON parser's position when relevant).
 */
std::optional<QJsonObject> parse(const QString& text, QString* error);

/**
 * One line that says what a key made with @p permissions may do, shown before it is created ("Full access: every
 * permission."; "Read only: 5 of 11 permissions."; "Custom: Billing: read, Miscellaneous.").
 */
QString scopeSummary(const QJsonObject& permissions);

/** The list's permissions column: the preset name, the category list, or the server's rights summary. */
QString summary(const ApiKeyInfo& key);

} // namespace ApiKeyPermissions
