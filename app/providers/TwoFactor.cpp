#include "providers/TwoFactor.h"

TwoFactorProof TwoFactorProof::totp(const QString& code)
{
    TwoFactorProof proof;
    proof.methodType = QStringLiteral("totp");
    proof.code = code;
    return proof;
}

TwoFactorProof TwoFactorProof::backup(const QString& backupCode)
{
    TwoFactorProof proof;
    proof.backupCode = backupCode;
    return proof;
}

QJsonObject TwoFactorProof::toJson() const
{
    QJsonObject body;
    auto put = [&body](const char* name, const QString& value) {
        if (!value.trimmed().isEmpty())
            body.insert(QLatin1String(name), value.trimmed());
    };
    // A backup code stands alone: the server checks it against the account, not against a method.
    if (!backupCode.trimmed().isEmpty()) {
        put("backup_code", backupCode);
        return body;
    }
    put("tfa_method_id", methodId);
    put("tfa_method", methodType);
    put("code", code);
    put("secret", secret);
    return body;
}

TwoFactorOutcome TwoFactorOutcome::accepted(std::optional<int> backupCodesRemaining)
{
    TwoFactorOutcome outcome;
    outcome.kind = Kind::Accepted;
    outcome.backupCodesRemaining = backupCodesRemaining;
    return outcome;
}

TwoFactorOutcome TwoFactorOutcome::fromError(const ApiError& error)
{
    TwoFactorOutcome outcome;
    outcome.error = error;
    if (const auto count = error.serverNumber(QStringLiteral("fail_count")))
        outcome.failCount = int(*count);
    const QString code = error.serverCode();
    if (code == QLatin1String("tfa_locked")) {
        outcome.kind = Kind::Locked;
        // Unix seconds, as vast-cli reads them (docs/api/vast-endpoints.md §3.7).
        if (const auto until = error.serverNumber(QStringLiteral("locked_until")))
            outcome.lockedUntil = QDateTime::fromSecsSinceEpoch(qint64(*until), Qt::UTC);
    } else if (code == QLatin1String("2fa_verification_failed")) {
        outcome.kind = Kind::WrongCode;
    } else if (code == QLatin1String("2fa_expired")) {
        outcome.kind = Kind::Expired;
    } else if ((error.kind() == ApiError::Kind::Validation || error.kind() == ApiError::Kind::Auth)
               && error.serverMessage().contains(QLatin1String("code"), Qt::CaseInsensitive)
               && !error.serverMessage().contains(QLatin1String("user key"), Qt::CaseInsensitive)) {
        // A server without the codes above: a refusal that talks about the code is about the code.
        outcome.kind = Kind::WrongCode;
    } else {
        outcome.kind = Kind::Failed;
    }
    return outcome;
}
