#include "TestTls.h"

#include <QSslConfiguration>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace TestTls {

namespace {

struct KeyFree
{
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct CertFree
{
    void operator()(X509* cert) const { X509_free(cert); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, KeyFree>;
using CertPtr = std::unique_ptr<X509, CertFree>;

KeyPtr newKey()
{
    return KeyPtr(EVP_EC_gen("P-256"));
}

bool addExtension(X509* cert, X509* issuer, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

/** A certificate for @p key named @p commonName, signed by @p issuerKey (itself when no issuer is given). */
CertPtr makeCertificate(EVP_PKEY* key, const QString& commonName, X509* issuer, EVP_PKEY* issuerKey,
                        const QDateTime& notBefore, const QDateTime& notAfter, long serial)
{
    CertPtr cert(X509_new());
    if (!cert)
        return {};
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), serial);
    ASN1_TIME_set(X509_getm_notBefore(cert.get()), time_t(notBefore.toSecsSinceEpoch()));
    ASN1_TIME_set(X509_getm_notAfter(cert.get()), time_t(notAfter.toSecsSinceEpoch()));
    X509_set_pubkey(cert.get(), key);
    X509_NAME* name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(cn.constData()),
                               int(cn.size()), -1, 0);
    X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : name);
    X509* signer = issuer ? issuer : cert.get();
    if (!addExtension(cert.get(), signer, NID_subject_key_identifier, "hash")
        || !addExtension(cert.get(), signer, NID_authority_key_identifier, "keyid:always"))
        return {};
    if (X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256()) == 0)
        return {};
    return cert;
}

QByteArray pemOf(X509* cert)
{
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, cert);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, int(size));
    BIO_free(bio);
    return pem;
}

QByteArray pemOf(EVP_PKEY* key)
{
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, int(size));
    BIO_free(bio);
    return pem;
}

long nextSerial()
{
    static long serial = 1;
    return ++serial;
}

} // namespace

struct Authority::Private
{
    KeyPtr key;
    CertPtr cert;
};

Authority::Authority(const QString& commonName)
    : d(std::make_unique<Private>())
{
    d->key = newKey();
    if (!d->key)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CertPtr cert(
        makeCertificate(d->key.get(), commonName, nullptr, nullptr, now.addDays(-2), now.addDays(365), nextSerial()));
    if (!cert || !addExtension(cert.get(), cert.get(), NID_basic_constraints, "critical,CA:TRUE")
        || !addExtension(cert.get(), cert.get(), NID_key_usage, "critical,keyCertSign,cRLSign")
        || X509_sign(cert.get(), d->key.get(), EVP_sha256()) == 0)
        return;
    d->cert = std::move(cert);
}

Authority::~Authority() = default;

bool Authority::isValid() const
{
    return d->key && d->cert;
}

QSslCertificate Authority::certificate() const
{
    return isValid() ? QSslCertificate(pemOf(d->cert.get())) : QSslCertificate();
}

Identity Authority::issueServer(const ServerSpec& spec) const
{
    if (!isValid())
        return Identity();
    KeyPtr key = newKey();
    if (!key)
        return Identity();
    const QString cn = spec.dnsNames.value(0, spec.ipAddresses.value(0));
    CertPtr cert(
        makeCertificate(key.get(), cn, d->cert.get(), d->key.get(), spec.notBefore, spec.notAfter, nextSerial()));
    if (!cert)
        return Identity();
    QStringList names;
    for (const QString& dns : spec.dnsNames)
        names << QStringLiteral("DNS:") + dns;
    for (const QString& ip : spec.ipAddresses)
        names << QStringLiteral("IP:") + ip;
    if (!addExtension(cert.get(), d->cert.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(cert.get(), d->cert.get(), NID_key_usage, "critical,digitalSignature")
        || !addExtension(cert.get(), d->cert.get(), NID_ext_key_usage, "serverAuth")
        || (!names.isEmpty()
            && !addExtension(cert.get(), d->cert.get(), NID_subject_alt_name, names.join(u',').toUtf8().constData()))
        || X509_sign(cert.get(), d->key.get(), EVP_sha256()) == 0)
        return Identity();
    return {QSslCertificate(pemOf(cert.get())), QSslKey(pemOf(key.get()), QSsl::Ec)};
}

const Authority& processAuthority()
{
    static const Authority* authority = [] {
        auto* made = new Authority(QStringLiteral("Keydeck test CA (throwaway)"));
        if (made->isValid()) {
            QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
            conf.addCaCertificate(made->certificate());
            QSslConfiguration::setDefaultConfiguration(conf);
        }
        return made;
    }();
    return *authority;
}

QSslConfiguration serverConfiguration(const Identity& identity, QSsl::SslProtocol protocol)
{
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificate(identity.certificate);
    conf.setPrivateKey(identity.key);
    conf.setProtocol(protocol);
    if (protocol != QSsl::TlsV1_2OrLater && protocol != QSsl::TlsV1_3OrLater && protocol != QSsl::TlsV1_2
        && protocol != QSsl::TlsV1_3) {
        // An outdated server for the downgrade test: Debian's OpenSSL refuses TLS below 1.2 at its default security
        // level, so this server lowers its own (the client keeps the system's, plus its own TLS 1.2 floor).
        conf.setBackendConfigurationOption(QByteArrayLiteral("MinProtocol"), QByteArrayLiteral("TLSv1"));
        conf.setBackendConfigurationOption(QByteArrayLiteral("CipherString"), QByteArrayLiteral("DEFAULT:@SECLEVEL=0"));
    }
    conf.setPeerVerifyMode(QSslSocket::VerifyNone); // a server that asks no client certificate
    return conf;
}

bool httpsRequested()
{
    return qgetenv("KEYDECK_TEST_SCHEME") == "https";
}

std::optional<QSslConfiguration> sandboxTls()
{
    if (!httpsRequested())
        return std::nullopt;
    static const Identity identity = processAuthority().issueServer();
    return serverConfiguration(identity);
}

} // namespace TestTls
