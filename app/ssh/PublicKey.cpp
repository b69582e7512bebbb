#include "ssh/PublicKey.h"

#include "ssh/LibSsh.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QtEndian>

#include <algorithm>
#include <memory>

namespace {

using SshKey = std::unique_ptr<ssh_key_struct, decltype(LibSsh::keyFree)>;

/** One whitelisted algorithm (docs/LIBRARIES.md §1.5 step 4: exact names, never ssh_key_type_from_name aliases). */
struct KeyType
{
    const char* name;
    ssh_keytypes_e libsshType;
    int fixedBits; // 0: read from the blob (RSA)
    const char* label; // ssh-keygen -l's suffix
};

// The sk- types need a FIDO token to use, but libssh 0.10.6 imports and re-exports them, so they validate like
// the others (checked against hand-built blobs and ssh-keygen -l).
constexpr KeyType kKeyTypes[] = {
    {"ssh-ed25519", SSH_KEYTYPE_ED25519, 256, "ED25519"},
    {"ecdsa-sha2-nistp256", SSH_KEYTYPE_ECDSA_P256, 256, "ECDSA"},
    {"ecdsa-sha2-nistp384", SSH_KEYTYPE_ECDSA_P384, 384, "ECDSA"},
    {"ecdsa-sha2-nistp521", SSH_KEYTYPE_ECDSA_P521, 521, "ECDSA"},
    {"ssh-rsa", SSH_KEYTYPE_RSA, 0, "RSA"},
    {"sk-ssh-ed25519@openssh.com", SSH_KEYTYPE_SK_ED25519, 256, "ED25519-SK"},
    {"sk-ecdsa-sha2-nistp256@openssh.com", SSH_KEYTYPE_SK_ECDSA, 256, "ECDSA-SK"},
};

constexpr int kMinRsaBits = 3072;
constexpr int kMaxDetailLength = 60;

const KeyType* findType(QStringView name)
{
    for (const KeyType& t : kKeyTypes) {
        if (name == QLatin1String(t.name))
            return &t;
    }
    return nullptr;
}

bool isDsaType(QStringView name)
{
    return name == u"ssh-dss";
}

/** True when @p text carries any private key marker: pasting one must never upload it (docs/api/vast.md §5). */
bool containsPrivateKeyMarker(const QString& text)
{
    static const QRegularExpression markers(
        QStringLiteral(
            "-----\\s*BEGIN [A-Z0-9 ]*PRIVATE KEY\\s*-----" // PEM, PKCS#8, OpenSSH
            "|BEGIN SSH2 ENCRYPTED PRIVATE KEY" // ssh.com / RFC 4716 style
            "|PuTTY-User-Key-File-\\d+\\s*:" // PuTTY .ppk header
            "|^\\s*Private-(Lines|MAC)\\s*:" // a .ppk without its header
            "|(?-i:b3BlbnNzaC1rZXktdjE)" // base64 of "openssh-key-v1" (case matters): an OpenSSH private key body
            ),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    return markers.match(text).hasMatch();
}

/** The vastai CLI stored `~/.ssh/id_ed25519.pub` itself as the key (docs/api/vast.md §5, §6). */
bool looksLikePath(QStringView word)
{
    static const QRegularExpression path(QStringLiteral("^(~[/\\\\]|\\.{1,2}[/\\\\]|/|\\$HOME|%USERPROFILE%|\\$env:|"
                                                        "[A-Za-z]:[/\\\\])|\\.pub$"),
                                         QRegularExpression::CaseInsensitiveOption);
    return path.match(word).hasMatch();
}

/** authorized_keys(5) option names; a line starting with one of them carries options. */
bool looksLikeOption(QStringView word)
{
    static const QRegularExpression option(
        QStringLiteral("^(agent-forwarding|cert-authority|command|environment|expiry-time|from|no-agent-forwarding|"
                       "no-port-forwarding|no-pty|no-user-rc|no-x11-forwarding|no-touch-required|permitlisten|"
                       "permitopen|port-forwarding|principals|pty|restrict|tunnel|user-rc|verify-required|"
                       "x11-forwarding)(=|,|$)"),
        QRegularExpression::CaseInsensitiveOption);
    return option.match(word).hasMatch();
}

/** Reads one SSH wire-format string at @p offset (RFC 4251 §5); false when the blob is too short. */
bool readSshString(const QByteArray& blob, qsizetype& offset, QByteArray* out)
{
    if (blob.size() - offset < 4)
        return false;
    const quint32 length = qFromBigEndian<quint32>(blob.constData() + offset);
    offset += 4;
    if (length > static_cast<quint32>(blob.size() - offset))
        return false;
    if (out)
        *out = blob.mid(offset, length);
    offset += length;
    return true;
}

/**
 * The size of the mpint after @p skip wire strings, as BN_num_bits counts it: the RSA modulus (blob = string
 * "ssh-rsa", mpint e, mpint n: skip 2) or the DSA prime p (string "ssh-dss", mpint p, …: skip 1).
 */
int mpintBits(const QByteArray& blob, int skip)
{
    qsizetype offset = 0;
    for (int i = 0; i < skip; ++i) {
        if (!readSshString(blob, offset, nullptr))
            return 0;
    }
    QByteArray number;
    if (!readSshString(blob, offset, &number))
        return 0;
    qsizetype first = 0;
    while (first < number.size() && number.at(first) == 0)
        ++first;
    if (first == number.size())
        return 0;
    int topBits = 0;
    for (auto b = static_cast<quint8>(number.at(first)); b; b >>= 1)
        ++topBits;
    return static_cast<int>((number.size() - first - 1) * 8) + topBits;
}

int rsaModulusBits(const QByteArray& blob)
{
    return mpintBits(blob, 2);
}

/** Shortens user text quoted in an error message, so a pasted novel does not become the message. */
QString shortDetail(QStringView text)
{
    QString clean = PublicKey::sanitizeComment(text.toString());
    if (clean.size() > kMaxDetailLength)
        clean = clean.left(kMaxDetailLength - 1) + u'…';
    return clean;
}

} // namespace

PublicKey PublicKey::failure(Status status, const QString& detail)
{
    PublicKey key;
    key.m_status = status;
    key.m_detail = detail;
    return key;
}

QStringList PublicKey::supportedTypes()
{
    QStringList names;
    for (const KeyType& t : kKeyTypes)
        names << QLatin1String(t.name);
    return names;
}

QString PublicKey::sanitizeComment(const QString& comment)
{
    QString out;
    out.reserve(qMin(comment.size(), MaxCommentLength));
    int kept = 0;
    for (qsizetype i = 0; i < comment.size() && kept < MaxCommentLength; ++i) {
        const QChar c = comment.at(i);
        if (c == u'\t') {
            out += u' ';
        } else if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
                   || c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph) {
            // Control characters could forge lines in a log or a table; bidi overrides and other invisible
            // formatting could make one comment look like another (Trojan Source).
            continue;
        } else if (c.isHighSurrogate() && i + 1 < comment.size() && comment.at(i + 1).isLowSurrogate()) {
            out += c;
            out += comment.at(++i);
        } else if (c.isSurrogate()) {
            continue; // unpaired half of a pair
        } else {
            out += c;
        }
        ++kept;
    }
    return out.trimmed();
}

PublicKey::Preview PublicKey::preview(QStringView line)
{
    Preview p;
    const QStringView trimmed = line.trimmed();
    const auto isBlank = [](QChar c) { return c == u' ' || c == u'\t'; };
    // The same three fields as parse()'s pattern: type, base64, and the rest as the comment.
    qsizetype i = 0;
    while (i < trimmed.size() && !isBlank(trimmed.at(i)))
        ++i;
    const QStringView typeName = trimmed.first(i);
    while (i < trimmed.size() && isBlank(trimmed.at(i)))
        ++i;
    const qsizetype b64Start = i;
    while (i < trimmed.size() && !isBlank(trimmed.at(i)))
        ++i;
    const QStringView b64 = trimmed.sliced(b64Start, i - b64Start);
    while (i < trimmed.size() && isBlank(trimmed.at(i)))
        ++i;
    const KeyType* keyType = findType(typeName);
    const bool dsa = isDsaType(typeName);
    if ((!keyType && !dsa) || b64.isEmpty())
        return p;
    const auto decoded = QByteArray::fromBase64Encoding(b64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return p;
    qsizetype offset = 0;
    QByteArray embeddedType;
    const QByteArray typeBytes = dsa ? QByteArrayLiteral("ssh-dss") : QByteArray(keyType->name);
    if (!readSshString(decoded.decoded, offset, &embeddedType) || embeddedType != typeBytes)
        return p;
    // A DSA key is never readable (parse() refuses it), but a registered one is named, so that it can be replaced.
    p.readable = !dsa;
    p.dsa = dsa;
    p.type = QString::fromLatin1(typeBytes);
    p.typeLabel = dsa ? QStringLiteral("DSA") : QLatin1String(keyType->label);
    p.comment = sanitizeComment(trimmed.sliced(i).toString());
    p.fingerprint = QStringLiteral("SHA256:")
        + QString::fromLatin1(QCryptographicHash::hash(decoded.decoded, QCryptographicHash::Sha256)
                                  .toBase64(QByteArray::OmitTrailingEquals));
    if (dsa)
        p.bits = mpintBits(decoded.decoded, 1);
    else
        p.bits = keyType->fixedBits ? keyType->fixedBits : rsaModulusBits(decoded.decoded);
    return p;
}

PublicKey PublicKey::parse(const QString& text)
{
    // Checked before anything else, on the whole text, so that a private key is refused whatever else is wrong
    // with it; the failure carries no part of the text.
    if (containsPrivateKeyMarker(text.left(4 * MaxInputLength)))
        return failure(Status::PrivateKey);

    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return failure(Status::Empty);
    if (trimmed.size() > MaxInputLength)
        return failure(Status::TooLong);

    static const QRegularExpression lineBreak(QStringLiteral("[\\r\\n\\x{2028}\\x{2029}\\x{0085}]"));
    if (trimmed.contains(lineBreak))
        return failure(Status::MultipleLines);

    // Step 2: split on ASCII whitespace into type, base64 and the rest (the comment, kept as written).
    static const QRegularExpression fields(QStringLiteral("^([^ \\t]+)(?:[ \\t]+([^ \\t]+))?(?:[ \\t]+(.*))?$"),
                                           QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = fields.match(trimmed);
    if (!m.hasMatch())
        return failure(Status::MalformedBlob);
    const QString typeName = m.captured(1);
    const QString b64 = m.captured(2);
    const QString rawComment = m.captured(3);

    const KeyType* keyType = findType(typeName);
    if (!keyType) {
        if (isDsaType(typeName))
            return failure(Status::DsaRefused);
        if (looksLikePath(typeName))
            return failure(Status::LooksLikePath, shortDetail(trimmed));
        // Step 3: options in front of the key. Quoted option values may hold spaces, so look for a key type
        // anywhere further on rather than trying to parse the options.
        static const QRegularExpression words(QStringLiteral("[ \\t]+"));
        const QStringList all = trimmed.split(words, Qt::SkipEmptyParts);
        const bool typeLater
            = std::any_of(all.cbegin() + 1, all.cend(), [](const QString& w) { return findType(w) || isDsaType(w); });
        if (typeLater || looksLikeOption(typeName))
            return failure(Status::OptionsPrefix);
        return failure(Status::UnknownType, shortDetail(typeName));
    }
    if (b64.isEmpty())
        return failure(Status::MalformedBlob);

    const auto decoded = QByteArray::fromBase64Encoding(b64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return failure(Status::MalformedBlob);
    const QByteArray blob = decoded.decoded;

    // libssh reads and discards the embedded type name (pitfalls §1.5), so compare it ourselves for a
    // precise message.
    qsizetype offset = 0;
    QByteArray embeddedType;
    if (!readSshString(blob, offset, &embeddedType))
        return failure(Status::MalformedBlob);
    if (embeddedType != keyType->name) {
        if (findType(QString::fromLatin1(embeddedType)) || embeddedType == "ssh-dss")
            return failure(Status::TypeMismatch, QString::fromLatin1(embeddedType));
        return failure(Status::MalformedBlob);
    }

    // Step 5: import with the whitelisted libssh type and check what came out.
    const LibSsh* ssh = LibSsh::get();
    if (!ssh)
        return failure(Status::CheckUnavailable);
    ssh_key raw = nullptr;
    const QByteArray b64Latin1 = b64.toLatin1();
    if (ssh->importPubkeyBase64(b64Latin1.constData(), keyType->libsshType, &raw) != SSH_OK || !raw)
        return failure(Status::MalformedBlob);
    const SshKey key(raw, ssh->keyFree);
    if (ssh->keyType(key.get()) != keyType->libsshType)
        return failure(Status::TypeMismatch, QString::fromLatin1(ssh->keyTypeToChar(ssh->keyType(key.get()))));

    // Step 6: the canonical re-export must equal the input; libssh accepts trailing junk after a valid key.
    char* canonical = nullptr;
    if (ssh->exportPubkeyBase64(key.get(), &canonical) != SSH_OK || !canonical)
        return failure(Status::MalformedBlob);
    const QByteArray canonicalB64(canonical);
    ssh->stringFreeChar(canonical);
    if (canonicalB64 != b64Latin1) {
        const QByteArray canonicalBlob = QByteArray::fromBase64(canonicalB64);
        if (blob.size() > canonicalBlob.size() && blob.startsWith(canonicalBlob))
            return failure(Status::TrailingData);
        return failure(Status::MalformedBlob);
    }

    PublicKey result;
    result.m_status = Status::Valid;
    result.m_type = QLatin1String(keyType->name);
    result.m_base64 = b64;
    result.m_blob = blob;
    result.m_comment = sanitizeComment(rawComment);
    result.m_bits = keyType->fixedBits ? keyType->fixedBits : rsaModulusBits(blob);
    if (keyType->libsshType == SSH_KEYTYPE_RSA && result.m_bits < kMinRsaBits)
        result.m_warnings << Warning::WeakRsa;
    return result;
}

QString PublicKey::statusMessage(Status status, const QString& detail)
{
    switch (status) {
    case Status::Valid:
        return {};
    case Status::Empty:
        return tr("Paste a public key: one line that starts with its type, such as ssh-ed25519.");
    case Status::MultipleLines:
        return tr("The text has several lines. Paste exactly one public key, on a single line.");
    case Status::PrivateKey:
        return tr("This is a private key. Never share or upload it: paste the public key instead, the one line "
                  "in the matching .pub file.");
    case Status::OptionsPrefix:
        return tr("This line starts with authorized_keys options. Remove everything in front of the key type "
                  "(such as ssh-ed25519) and paste the key alone.");
    case Status::UnknownType:
        return tr("“%1” is not a supported SSH key type. Use an Ed25519, ECDSA or RSA public key.").arg(detail);
    case Status::DsaRefused:
        return tr("DSA keys (ssh-dss) are insecure and refused by current OpenSSH servers. Create an Ed25519 key "
                  "instead.");
    case Status::MalformedBlob:
        return tr("The key data is missing or damaged. Copy the whole line from the .pub file again.");
    case Status::TypeMismatch:
        return tr("The key data holds a %1 key, which does not match the type written in front of it.").arg(detail);
    case Status::TrailingData:
        return tr("The key data has extra bytes after the key. Copy the line from the .pub file again.");
    case Status::LooksLikePath:
        return tr("“%1” looks like the path of a file, not a key. Paste the content of the .pub file instead.")
            .arg(detail);
    case Status::TooLong:
        return tr("The text is far too long to be an SSH public key.");
    case Status::CheckUnavailable:
        return tr("Keydeck cannot check SSH keys because its SSH library (libssh) could not be loaded. Reinstall "
                  "Keydeck.");
    }
    return {};
}

QString PublicKey::warningMessage(Warning warning, int bits)
{
    switch (warning) {
    case Warning::WeakRsa:
        return tr("This RSA key has only %1 bits; 3072 bits or an Ed25519 key is recommended.").arg(bits);
    }
    return {};
}

QString PublicKey::errorMessage() const
{
    return statusMessage(m_status, m_detail);
}

QStringList PublicKey::warningMessages() const
{
    QStringList out;
    for (Warning w : m_warnings)
        out << warningMessage(w, m_bits);
    return out;
}

QString PublicKey::typeLabel() const
{
    const KeyType* t = findType(m_type);
    return t ? QLatin1String(t->label) : QString();
}

QString PublicKey::fingerprint() const
{
    if (!isValid())
        return {};
    // Pure-Qt form of ssh_get_fingerprint_hash, byte-identical to ssh-keygen -l (pitfalls §1.4).
    return QStringLiteral("SHA256:")
        + QString::fromLatin1(
               QCryptographicHash::hash(m_blob, QCryptographicHash::Sha256).toBase64(QByteArray::OmitTrailingEquals));
}

QString PublicKey::authorizedKeysLine() const
{
    return authorizedKeysLine(m_comment);
}

QString PublicKey::authorizedKeysLine(const QString& comment) const
{
    if (!isValid())
        return {};
    QString line = m_type + u' ' + m_base64;
    const QString clean = sanitizeComment(comment);
    if (!clean.isEmpty())
        line += u' ' + clean;
    return line;
}

bool PublicKey::sameKeyAs(const PublicKey& other) const
{
    return isValid() && other.isValid() && m_type == other.m_type && m_blob == other.m_blob;
}

QString PublicKey::identityOf(QStringView line)
{
    const auto [type, data] = identityFields(line);
    if (type.isEmpty() || data.isEmpty())
        return {};
    return type.toString() + u' ' + data.toString();
}

std::pair<QStringView, QStringView> PublicKey::identityFields(QStringView line)
{
    // The same split as parse()'s step 2: fields separated by spaces or tabs.
    const auto isBlank = [](QChar c) { return c == u' ' || c == u'\t'; };
    const QStringView text = line.trimmed();
    qsizetype typeEnd = 0;
    while (typeEnd < text.size() && !isBlank(text[typeEnd]))
        ++typeEnd;
    qsizetype dataStart = typeEnd;
    while (dataStart < text.size() && isBlank(text[dataStart]))
        ++dataStart;
    qsizetype dataEnd = dataStart;
    while (dataEnd < text.size() && !isBlank(text[dataEnd]))
        ++dataEnd;
    return {text.first(typeEnd), text.sliced(dataStart, dataEnd - dataStart)};
}

bool PublicKey::hasIdentityOf(QStringView line) const
{
    return hasIdentity(identityFields(line));
}

bool PublicKey::hasIdentity(const std::pair<QStringView, QStringView>& fields) const
{
    return isValid() && fields.first == m_type && fields.second == m_base64;
}
