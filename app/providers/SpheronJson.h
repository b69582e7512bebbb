#pragma once

#include "providers/Dto.h"

#include <QJsonValue>
#include <QList>

#include <optional>

/**
 * Parsers of Spheron AI response bodies (docs/api/spheron.md). Tolerant where the reference lists
 * variants, strict otherwise: nullopt means a protocol error, and a list is rejected whole.
 */
class SpheronJson
{
public:
    /** GET /api/ssh-keys: a bare list, or {"sshKeys": [...]} / {"data": [...]}; id or _id. */
    static std::optional<ReadList<SshKey>> sshKeys(const QJsonValue& v);
    /** POST /api/ssh-keys: the created key object (at least an id). */
    static std::optional<SshKey> sshKey(const QJsonValue& v);
    /** GET /api/balance: {"teams": [{teamId|id, teamName, balance, isCurrentTeam, role}], "currency"?}. */
    static std::optional<AccountBalance> balance(const QJsonValue& v);
};
