#include "net/NetworkLog.h"

#include "platform/Platform.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace {

const QString kRedacted = QStringLiteral("[redacted]");

/** Field names whose values are secrets in either provider's API (docs/api/vast.md, docs/api/spheron.md). */
bool isSecretField(const QString& name)
{
    static const QSet<QString> names {
        QStringLiteral("api_key"),
        QStringLiteral("apikey"),
        QStringLiteral("apiKey"),
        QStringLiteral("new_api_key"),
        QStringLiteral("session_key"),
        QStringLiteral("sessionKey"),
        QStringLiteral("value"),
        QStringLiteral("secret"),
        QStringLiteral("tfa_secret"),
        QStringLiteral("code"),
        QStringLiteral("tfa_code"),
        QStringLiteral("backup_code"),
        QStringLiteral("backup_codes"),
        QStringLiteral("password"),
        QStringLiteral("token"),
        QStringLiteral("access_token"),
        QStringLiteral("refresh_token"),
        QStringLiteral("otp"),
        QStringLiteral("provisioning_uri"),
        QStringLiteral("totp_secret"),
    };
    return names.contains(name);
}

/** "key" is a secret (a created API key) unless it holds a public key line or an env var's name. */
bool isSecretKeyValue(const QJsonValue& value)
{
    if (!value.isString())
        return !value.isNull();
    static const QStringList publicPrefixes {QStringLiteral("ssh-"), QStringLiteral("ecdsa-"),
                                             QStringLiteral("sk-ssh-"), QStringLiteral("sk-ecdsa-")};
    const QString text = value.toString();
    for (const QString& prefix : publicPrefixes) {
        if (text.startsWith(prefix))
            return false;
    }
    // Env var names are upper-case identifiers (docs/api/vast-endpoints.md §3.3); API keys are long mixed-case hex or
    // base64.
    static const QRegularExpression envName(QStringLiteral("^[A-Z_][A-Z0-9_]{0,63}$"));
    return !envName.match(text).hasMatch();
}

QJsonValue redactValue(const QJsonValue& value, bool secret);

QJsonObject redactObject(const QJsonObject& object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString name = it.key();
        bool secret = isSecretField(name);
        if (name == QLatin1String("key"))
            secret = isSecretKeyValue(it.value());
        // {"secrets": {"NAME": value}}: every value is an env var's.
        if (name == QLatin1String("secrets") && it.value().isObject()) {
            QJsonObject masked;
            const QJsonObject vars = it.value().toObject();
            for (auto v = vars.begin(); v != vars.end(); ++v)
                masked.insert(v.key(), kRedacted);
            out.insert(name, masked);
            continue;
        }
        out.insert(name, redactValue(it.value(), secret));
    }
    return out;
}

QJsonValue redactValue(const QJsonValue& value, bool secret)
{
    if (value.isObject())
        return redactObject(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& item : value.toArray())
            out.append(redactValue(item, secret));
        return out;
    }
    if (secret && !value.isNull() && !(value.isBool()))
        return kRedacted;
    return value;
}

QString scrub(QString text, const QStringList& knownSecrets)
{
    for (const QString& secret : knownSecrets) {
        if (secret.size() >= 4)
            text.replace(secret, kRedacted);
    }
    return text;
}

} // namespace

NetworkLog::NetworkLog(QObject* parent)
    : QObject(parent)
{ }

void NetworkLog::record(NetworkLogEntry entry)
{
    m_entries.append(std::move(entry));
    while (m_entries.size() > maxEntries)
        m_entries.removeFirst();
    emit entryAdded();
}

void NetworkLog::clear()
{
    m_entries.clear();
    emit cleared();
}

QString NetworkLog::redact(const QByteArray& body, const QStringList& knownSecrets)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return {};
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
    QString text;
    if (error.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray())) {
        const QJsonValue redacted
            = redactValue(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), false);
        text
            = QString::fromUtf8(redacted.isObject() ? QJsonDocument(redacted.toObject()).toJson(QJsonDocument::Compact)
                                                    : QJsonDocument(redacted.toArray()).toJson(QJsonDocument::Compact));
    } else {
        text = QString::fromUtf8(trimmed);
    }
    text = scrub(text, knownSecrets);
    if (text.size() > maxBodyChars)
        text = text.left(maxBodyChars) + QStringLiteral("…");
    return text;
}

QString NetworkLog::curlCommand(const NetworkLogEntry& entry)
{
    // Single quotes keep the shell from reading the body; the key goes in double quotes so $VAR expands.
    const auto quoted = [](QString text) {
        return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
    };
    QStringList parts {QStringLiteral("curl"), QStringLiteral("-X"), QString::fromLatin1(entry.method),
                       quoted(entry.url.toString(QUrl::FullyEncoded))};
    if (!entry.keyVariable.isEmpty())
        parts << QStringLiteral("-H") << QStringLiteral("\"Authorization: Bearer $%1\"").arg(entry.keyVariable);
    parts << QStringLiteral("-H") << quoted(QStringLiteral("Accept: application/json"));
    if (!entry.requestBody.isEmpty()) {
        parts << QStringLiteral("-H") << quoted(QStringLiteral("Content-Type: application/json"));
        parts << QStringLiteral("--data") << quoted(entry.requestBody);
    }
    return parts.join(QLatin1Char(' '));
}

QString NetworkLog::toText() const
{
    QStringList blocks;
    for (const NetworkLogEntry& e : m_entries) {
        QStringList lines;
        lines << QStringLiteral("%1  %2  %3 %4")
                     .arg(e.time.toString(Qt::ISODateWithMs), e.account.isEmpty() ? QStringLiteral("-") : e.account,
                          QString::fromLatin1(e.method), e.url.toString(QUrl::FullyEncoded));
        lines << QStringLiteral("status %1, %2 ms, %3 bytes, %4 attempt(s)%5")
                     .arg(e.status)
                     .arg(e.durationMs)
                     .arg(e.responseBytes)
                     .arg(e.attempts)
                     .arg(e.errorKind.isEmpty() ? QString() : QStringLiteral(", error ") + e.errorKind);
        if (!e.requestBody.isEmpty())
            lines << QStringLiteral("sent: ") + e.requestBody;
        if (!e.responseBody.isEmpty())
            lines << QStringLiteral("answer: ") + e.responseBody;
        blocks << lines.join(QLatin1Char('\n'));
    }
    return blocks.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

bool NetworkLog::saveTo(const QString& path, QString* error) const
{
    // The user confirmed replacing the file in the save dialog; writeNewFile creates it owner-only from the first
    // byte, which a rewrite of an existing file could not promise.
    if (Platform::pathExists(path) && !QFile::remove(path)) {
        if (error)
            *error = QFile(path).errorString();
        return false;
    }
    return Platform::writeNewFile(path, toText().toUtf8(), Platform::FileAccess::OwnerOnly, error);
}
