#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <utility>

/**
 * An OpenSSH public key as pasted by a user, read from a `.pub` file or returned by a provider's API.
 *
 * Build one with parse(); it never throws and always returns a value: check isValid() and show
 * errorMessage() otherwise. Validation follows docs/LIBRARIES.md §1.5 (type whitelist, libssh import,
 * canonical re-export). A pasted *private* key is refused and its text is never kept.
 */
class PublicKey
{
    Q_DECLARE_TR_FUNCTIONS(PublicKey)

public:
    /** Why a text is (not) a usable public key. Every value but Valid has a translated message. */
    enum class Status {
        Valid,
        Empty, ///< nothing but whitespace
        MultipleLines, ///< more than one line (two keys, or a key wrapped by a mail client)
        PrivateKey, ///< PEM/OpenSSH/PuTTY/SSH2 private key markers found anywhere in the text
        OptionsPrefix, ///< an authorized_keys line with options (`from="…" ssh-ed25519 …`)
        UnknownType, ///< the first word is not a supported key type
        DsaRefused, ///< ssh-dss: disabled by OpenSSH since 7.0
        MalformedBlob, ///< the key data is missing, is not base64 or is not a valid key
        TypeMismatch, ///< the key data holds a different key type than the one written in front of it
        TrailingData, ///< the key data is valid but followed by extra bytes
        LooksLikePath, ///< a file path such as `~/.ssh/id_ed25519.pub` instead of the key (docs/api/vast.md §5)
        TooLong, ///< far longer than any real public key line
        CheckUnavailable, ///< libssh, which checks the key data, could not be loaded (LibSsh)
    };

    /** Things worth showing next to a valid key; they do not make it invalid. */
    enum class Warning {
        WeakRsa, ///< RSA key under 3072 bits
    };

    /** Longest comment kept (in characters); longer comments are cut. */
    static constexpr int MaxCommentLength = 256;
    /** Longest input accepted; a 16384-bit RSA line is under 3 KiB. */
    static constexpr int MaxInputLength = 16 * 1024;

    /** An invalid key with status Empty. */
    PublicKey() = default;

    /**
     * What a key line says about itself, read from its structure only (no libssh, no validation): for a valid key
     * exactly what parse() gives, at a fraction of its cost. SshKeysModel builds every row's search text from it
     * when a list arrives, so the first filter keystroke finds them ready (issue 24 item 4, docs/PERFORMANCE.md);
     * only parse() says whether a key is valid.
     */
    struct Preview
    {
        bool readable = false; ///< a known type, base64 that decodes, and the same type inside the blob
        QString type; ///< "ssh-ed25519"
        QString typeLabel; ///< "ED25519"
        QString comment; ///< sanitised as parse() does
        QString fingerprint; ///< "SHA256:…"
        int bits = 0;
        /**
         * An ssh-dss key: not readable (parse() refuses DSA), yet type, label, comment, fingerprint and bits (the
         * prime's) are filled, so that a registered one can be called weak (issue 23).
         */
        bool dsa = false;
    };
    static Preview preview(QStringView line);

    /**
     * Parses a single `type base64 [comment]` line (surrounding whitespace and a final newline are fine).
     * @param text pasted text or the content of a `.pub` file.
     */
    static PublicKey parse(const QString& text);

    /** The key types parse() accepts, in the order the UI should list them. */
    static QStringList supportedTypes();

    /** Drops control and invisible formatting characters (tabs become spaces) and caps the length. */
    static QString sanitizeComment(const QString& comment);

    /** The translated sentence for @p status (empty for Valid). @p detail fills a %1 where the message has one. */
    static QString statusMessage(Status status, const QString& detail = {});

    /** The translated sentence for @p warning; @p bits is the key size. */
    static QString warningMessage(Warning warning, int bits);

    bool isValid() const { return m_status == Status::Valid; }
    Status status() const { return m_status; }
    /** The translated reason why the key is invalid; empty when valid. */
    QString errorMessage() const;

    QList<Warning> warnings() const { return m_warnings; }
    /** The warnings as translated sentences. */
    QStringList warningMessages() const;

    /** The algorithm name, e.g. "ssh-ed25519". Empty when invalid. */
    QString type() const { return m_type; }
    /** ssh-keygen's short label: "ED25519", "ECDSA", "RSA", "ED25519-SK", "ECDSA-SK". */
    QString typeLabel() const;
    /** The key blob as canonical base64 (the second field of the line). */
    QString base64() const { return m_base64; }
    /** The decoded key blob. */
    QByteArray blob() const { return m_blob; }
    /** The sanitised comment (may be empty). */
    QString comment() const { return m_comment; }
    /** Key size in bits as ssh-keygen reports it (256 for Ed25519, the modulus size for RSA); 0 when invalid. */
    int bits() const { return m_bits; }
    /** "SHA256:…" exactly as `ssh-keygen -l` prints it; empty when invalid. */
    QString fingerprint() const;
    /** "type base64 comment" (without the comment when empty); empty when invalid. */
    QString authorizedKeysLine() const;
    /** The same line with another comment (sanitised); for re-labelling a key. */
    QString authorizedKeysLine(const QString& comment) const;
    /** True when both keys are valid and have the same type and blob (comments are ignored). */
    bool sameKeyAs(const PublicKey& other) const;
    /**
     * The first two words of @p line ("type base64") without validating anything: a cheap way to match
     * thousands of listed keys against a few parsed ones (a full parse() costs microseconds per key). A valid
     * key's base64 is canonical (parse() checks the re-export), so the lines of two valid keys have equal
     * identities exactly when sameKeyAs() is true; for lines that do not parse it means nothing.
     */
    static QString identityOf(QStringView line);
    /** identityOf() as its two words, without allocating: views into @p line (empty when missing). */
    static std::pair<QStringView, QStringView> identityFields(QStringView line);
    /** True when this key is valid and @p line's first two words are its type and base64 (comment ignored). */
    bool hasIdentityOf(QStringView line) const;
    /** hasIdentityOf() for a line already split by identityFields(), to compare one line with several keys. */
    bool hasIdentity(const std::pair<QStringView, QStringView>& fields) const;

private:
    static PublicKey failure(Status status, const QString& detail = {});

    Status m_status = Status::Empty;
    QString m_detail; // the %1 of the error message (a type name or a path); never secret text
    QString m_type;
    QString m_base64;
    QByteArray m_blob;
    QString m_comment;
    int m_bits = 0;
    QList<Warning> m_warnings;
};
