#include "pages/sshkeys/SshKeyRowText.h"

#include "ssh/PublicKey.h"

#include <QCoreApplication>
#include <QStringList>

// The texts keep SshKeysModel's translation context, under which the catalogs hold them (Q_DECLARE_TR_FUNCTIONS
// would not do: lupdate files its tr() calls under this class's name).

SshKeyRowText SshKeyRowText::fromKey(const SshKey& key)
{
    const PublicKey parsed = PublicKey::parse(key.publicKey);
    SshKeyRowText p;
    p.valid = parsed.isValid();
    p.comment = parsed.comment();
    p.fingerprint = parsed.fingerprint();
    const QString name = key.name.trimmed();
    if (!name.isEmpty())
        p.label = name;
    else if (!p.comment.isEmpty())
        p.label = p.comment;
    else if (p.valid)
        p.label = p.fingerprint;
    else
        p.label = QCoreApplication::translate("SshKeysModel", "Key %1").arg(key.id);
    if (!p.valid)
        p.typeText = QCoreApplication::translate("SshKeysModel", "Unreadable");
    else if (parsed.type() == QLatin1String("ssh-rsa"))
        // RSA sizes vary and matter (under 3072 bits is weak); fixed-size types need no number.
        p.typeText = QCoreApplication::translate("SshKeysModel", "%1 %2").arg(parsed.typeLabel()).arg(parsed.bits());
    else
        p.typeText = parsed.typeLabel();
    p.searchText = QStringList {p.label, p.comment, p.typeText, p.fingerprint}.join(u'\n').toCaseFolded();
    return p;
}

QString SshKeyRowText::fingerprintText() const
{
    return valid ? fingerprint
                 : QCoreApplication::translate("SshKeysModel", "The server holds text that is not a valid public key.");
}
