#include "pages/sshkeys/SshKeyRowText.h"

#include "ssh/PublicKey.h"

#include <QCoreApplication>
#include <QStringList>

// The texts keep SshKeysModel's translation context, under which the catalogs hold them (Q_DECLARE_TR_FUNCTIONS
// would not do: lupdate files its tr() calls under this class's name).

namespace {

/** The Name column: the server's name, else the key's comment, else its fingerprint, else its id. */
QString labelOf(const SshKey& key, const QString& comment, const QString& fingerprint, bool valid)
{
    const QString name = key.name.trimmed();
    if (!name.isEmpty())
        return name;
    if (!comment.isEmpty())
        return comment;
    if (valid)
        return fingerprint;
    return QCoreApplication::translate("SshKeysModel", "Key %1").arg(key.id);
}

QString typeTextOf(bool valid, const QString& type, const QString& typeLabel, int bits)
{
    if (!valid)
        return QCoreApplication::translate("SshKeysModel", "Unreadable");
    if (type == QLatin1String("ssh-rsa"))
        // RSA sizes vary and matter (under 3072 bits is weak); fixed-size types need no number.
        return QCoreApplication::translate("SshKeysModel", "%1 %2").arg(typeLabel).arg(bits);
    return typeLabel;
}

} // namespace

SshKeyRowText SshKeyRowText::fromKey(const SshKey& key)
{
    const PublicKey parsed = PublicKey::parse(key.publicKey);
    SshKeyRowText p;
    p.valid = parsed.isValid();
    p.comment = parsed.comment();
    p.fingerprint = parsed.fingerprint();
    p.label = labelOf(key, p.comment, p.fingerprint, p.valid);
    p.typeText = typeTextOf(p.valid, parsed.type(), parsed.typeLabel(), parsed.bits());
    return p;
}

QString SshKeyRowText::searchTextOf(const SshKey& key)
{
    // From the line's own fields, without the libssh parse: for a valid key the same words fromKey() shows.
    const PublicKey::Preview preview = PublicKey::preview(key.publicKey);
    const QString label = labelOf(key, preview.comment, preview.fingerprint, preview.readable);
    const QString typeText = typeTextOf(preview.readable, preview.type, preview.typeLabel, preview.bits);
    return QStringList {label, preview.comment, typeText, preview.fingerprint}.join(u'\n').toCaseFolded();
}

QString SshKeyRowText::fingerprintText() const
{
    return valid ? fingerprint
                 : QCoreApplication::translate("SshKeysModel", "The server holds text that is not a valid public key.");
}
