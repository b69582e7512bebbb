#pragma once

#include "providers/TwoFactor.h"

#include <QJsonValue>

#include <optional>

/**
 * Parsers of Vast.ai's two-factor answers (docs/api/vast-endpoints.md §3.7). Tolerant of missing fields (the CLI reads
 * most with defaults); nullopt only when the envelope is wrong or a field the call exists for is missing.
 */
class VastTfaJson
{
public:
    /** GET /tfa/status/: {tfa_enabled, methods: [...], backup_codes_remaining}; unreadable methods are left out. */
    static std::optional<TwoFactorStatus> status(const QJsonValue& v);
    static std::optional<TwoFactorMethod> method(const QJsonValue& v);
    /** {secret, msg}; the secret must be there unless @p secretOptional. */
    static std::optional<TwoFactorChallenge> challenge(const QJsonValue& v, bool secretOptional = false);
    /** {secret, provisioning_uri}: both required. */
    static std::optional<TotpSetup> totpSetup(const QJsonValue& v);
    /** {method?, backup_codes?}. */
    static std::optional<TwoFactorActivation> activation(const QJsonValue& v);
    /** {backup_codes: [...]}: at least one code. */
    static std::optional<QStringList> backupCodes(const QJsonValue& v);
    /** {remaining_methods?}. */
    static std::optional<TwoFactorRemoval> removal(const QJsonValue& v);
};
