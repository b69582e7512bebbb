#pragma once

#include <QDateTime>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QStringList>

#include <memory>
#include <optional>

/**
 * Throwaway certificates for HTTPS tests (docs/SANDBOX.md, "HTTPS"): a CA made fresh in each test process, trusted by
 * that process only, and server certificates it signs: valid, expired, for another host name. Made with libcrypto
 * in memory, so no key or certificate is ever written to disk and no system trust store is touched.
 */
namespace TestTls {

/** A private key and the certificate for it. */
struct Identity
{
    QSslCertificate certificate;
    QSslKey key;
};

/** What a server certificate says about itself. */
struct ServerSpec
{
    QStringList dnsNames {QStringLiteral("localhost")};
    QStringList ipAddresses {QStringLiteral("127.0.0.1")};
    QDateTime notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
    QDateTime notAfter = QDateTime::currentDateTimeUtc().addDays(30);
};

/** A certificate authority that exists only in memory. */
class Authority
{
public:
    explicit Authority(const QString& commonName);
    ~Authority();
    Authority(const Authority&) = delete;
    Authority& operator=(const Authority&) = delete;

    bool isValid() const;
    QSslCertificate certificate() const;
    /** A server certificate signed by this CA. */
    Identity issueServer(const ServerSpec& spec = {}) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/** The process's own CA, made on first use and added to the default TLS configuration of this process. */
const Authority& processAuthority();

/** A server configuration presenting @p identity and offering only @p protocol. */
QSslConfiguration serverConfiguration(const Identity& identity, QSsl::SslProtocol protocol = QSsl::TlsV1_2OrLater);

/** True when the suite runs over HTTPS: KEYDECK_TEST_SCHEME=https (set by the *_https ctest entries). */
bool httpsRequested();

/**
 * The sandbox's TLS setting for this run: with httpsRequested(), a server certificate for 127.0.0.1 from
 * processAuthority() (which is then trusted); otherwise nullopt, plain HTTP.
 */
std::optional<QSslConfiguration> sandboxTls();

} // namespace TestTls
