#pragma once

#include "providers/Dto.h"

#include <QByteArrayView>
#include <QJsonValue>
#include <QList>

#include <optional>

/**
 * Parsers of Vast.ai response bodies. Each accepts the shape variants docs/api/vast.md lists and
 * returns nullopt for anything else (the caller reports ApiError::Kind::Protocol). A list whose envelope is
 * wrong fails whole; an item of it whose fields have unexpected types is left out and counted (ReadList), so one
 * odd item does not cost the user the page (docs/api/vast.md "Tolerant lists").
 */
class VastJson
{
public:
    /** GET /users/current: the user object. */
    static std::optional<UserProfile> userProfile(const QJsonValue& v);
    /** GET /ssh/: a bare list or {"ssh_keys": [...]}; key text from public_key, key or ssh_key. */
    static std::optional<ReadList<SshKey>> sshKeys(const QJsonValue& v);
    /**
     * sshKeys() read straight from the body's bytes when it is a bare list, without building a QJsonDocument
     * (docs/PERFORMANCE.md: 10,000 keys). nullopt when the body is anything else, when an item is unreadable or
     * when JsonObjectList (simdjson) leaves the decision to QJsonDocument; the caller then goes through sshKeys().
     */
    static std::optional<QList<SshKey>> sshKeysFromBody(QByteArrayView body);
    /** POST or PUT /ssh/: {"success": true, "key": {...}} or the key object itself. */
    static std::optional<SshKey> sshKey(const QJsonValue& v);
    /** GET /auth/apikeys/: {"apikeys": [...]} or a bare list. */
    static std::optional<ReadList<ApiKeyInfo>> apiKeys(const QJsonValue& v);
    /** POST /auth/apikeys/: {"id", "key", "permissions"}. */
    static std::optional<CreatedApiKey> createdApiKey(const QJsonValue& v);
    /** PUT /commands/reset_apikey/: {"new_api_key"} (current CLI), {"key"} (old spec) or no key (an empty key). */
    static std::optional<CreatedApiKey> resetApiKey(const QJsonValue& v);
    /** GET /secrets/: {"secrets": {"NAME": "*****"}}; a null value reads as an empty one. */
    static std::optional<ReadList<EnvVar>> envVars(const QJsonValue& v);
    /** GET /auth/sessions/ (undocumented): a bare list or {"sessions"|"session_keys"|"results": [...]}. */
    static std::optional<ReadList<LoginSession>> sessions(const QJsonValue& v);
    /**
     * GET /audit_logs/: a bare list (the CLI) or {"audit_logs"|"logs"|"results": [...]}; created_at as text or Unix
     * seconds, args as an object or text (docs/api/vast-endpoints.md §3.8).
     */
    static std::optional<ReadList<AuditEvent>> auditEvents(const QJsonValue& v);
    /** POST /tfa/: the user object plus "session_key". */
    static std::optional<TwoFactorSession> twoFactorSession(const QJsonValue& v);
    /** A 2xx body that must say success: {"success": false} is a failure; other shapes pass. */
    static bool reportsSuccess(const QJsonValue& v);
};
