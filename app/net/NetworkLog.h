#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

/** One call as the network log keeps it: no secret in any field (NetworkLog::redact()). */
struct NetworkLogEntry
{
    QDateTime time; ///< when the call was sent (UTC)
    QString account; ///< the account's label; empty for calls of no account (the wizard's first check)
    QString keyVariable; ///< the provider's key variable for Copy as curl ("VAST_API_KEY")
    QByteArray method;
    QUrl url; ///< scheme, host, port and path of the call (the transport refuses a key in a URL)
    int status = 0; ///< the HTTP status of the last attempt; 0 when no answer came
    qint64 durationMs = 0; ///< from the first attempt to the answer, retries included
    qint64 responseBytes = 0;
    int attempts = 1;
    QString errorKind; ///< ApiError::kindName(), empty on success
    QString requestBody; ///< redacted
    QString responseBody; ///< redacted, at most NetworkLog::maxBodyChars
};

/**
 * What Keydeck said to the servers and what they answered, this run only (issue 19, "Network log"): kept in memory,
 * at most maxEntries calls, and written to a file only when the user asks (saveTo()). Every body is redacted before
 * it is stored, so no API key, session key, env var value, code or backup code is ever held here, in its copy or in
 * its file (docs/SECURITY.md, "The network log"). Help → Network Log shows it.
 */
class NetworkLog : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxEntries = 500;
    static constexpr int maxBodyChars = 16 * 1024;

    explicit NetworkLog(QObject* parent = nullptr);

    /** Adds @p entry (already redacted), dropping the oldest beyond maxEntries. */
    void record(NetworkLogEntry entry);
    const QList<NetworkLogEntry>& entries() const { return m_entries; }
    void clear();

    /**
     * @p body with every secret replaced by "[redacted]": in JSON, the values of fields that carry secrets (keys,
     * session keys, codes, env var values, backup codes, passwords, tokens) and every value under "secrets"; in any
     * body, each of @p knownSecrets (the bearer of the call). Text that is neither JSON nor known is kept, shortened
     * to maxBodyChars.
     */
    static QString redact(const QByteArray& body, const QStringList& knownSecrets);
    /** A curl command repeating @p entry, with $<keyVariable> where the key goes and the redacted body. */
    static QString curlCommand(const NetworkLogEntry& entry);
    /** The whole log as text, one block per call. */
    QString toText() const;
    /** Writes toText() to @p path, owner-only (0600), replacing the file; false and @p error when it fails. */
    bool saveTo(const QString& path, QString* error) const;

signals:
    void entryAdded();
    void cleared();

private:
    QList<NetworkLogEntry> m_entries;
};
