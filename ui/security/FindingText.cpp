#include "FindingText.h"

#include "core/LocaleFormat.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

/** tr() for a namespace: lupdate reads these calls as FindingText's (plurals as tr(text, nullptr, n)). */
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("FindingText", text, disambiguation, n);
}

QString day(const QDateTime& when)
{
    // LocaleFormat writes four-digit years, as every other date in Keydeck (issue 18 item 24).
    return when.isValid() ? LocaleFormat::date(when.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

/** An audit event's kind (AccountChecks' names) as words; an unknown kind is shown as it is. */
QString eventWords(const QString& kind)
{
    if (kind == QLatin1String("ssh-key"))
        return QCoreApplication::translate("FindingText", "a change to the SSH keys");
    if (kind == QLatin1String("api-key"))
        return QCoreApplication::translate("FindingText", "a change to the API keys");
    if (kind == QLatin1String("two-factor"))
        return QCoreApplication::translate("FindingText", "a change to two-factor authentication");
    if (kind == QLatin1String("sign-in"))
        return QCoreApplication::translate("FindingText", "a sign-in");
    if (kind == QLatin1String("session"))
        return QCoreApplication::translate("FindingText", "a session signed out");
    if (kind == QLatin1String("account"))
        return QCoreApplication::translate("FindingText", "a change of e-mail address or password");
    return kind;
}

} // namespace

namespace FindingText {

// In this namespace, not the anonymous one, so that lupdate reads its tr() calls as FindingText's.
/**
 * A key's name in quotes; a key without one (the servers allow it) by its fingerprint or id, so that no sentence
 * reads "the key “”".
 */
static QString keyName(const Security::Finding& f)
{
    if (!f.subject.isEmpty())
        return tr("“%1”").arg(f.subject);
    if (!f.fingerprint.isEmpty())
        return tr("without a name (%1)").arg(f.fingerprint);
    if (!f.subjectId.isEmpty())
        return tr("without a name (ID %1)").arg(f.subjectId);
    return tr("without a name");
}

QString sentence(const Security::Finding& f)
{
    using Security::Check;
    switch (f.check) {
    case Check::OldSshKey:
        return tr("The SSH key %1 was registered on %2, more than 90 days ago: the longer a key is used, the more "
                  "places it may have been copied to. Replace it with a new one.")
            .arg(keyName(f), day(f.when));
    case Check::UnknownSshKey:
        return tr("The SSH key %1 has no copy on this computer. If it belongs to a device you no longer use or do "
                  "not recognize, remove it: whoever holds it can reach your instances.")
            .arg(keyName(f));
    case Check::WeakSshKey:
        return tr("The SSH key %1 is %2, too weak by today's standards. Replace it with an Ed25519 key.")
            .arg(keyName(f), f.detail);
    case Check::DuplicateSshKey:
        return tr("One key is registered %n times, as %1: remove the extra entries so that removing the key once "
                  "really removes it.",
                  nullptr, f.count)
            .arg(f.subject);
    case Check::SharedSshKey:
        return tr("The SSH key %1 is registered in all %n accounts: if it is lost, every account is open. Use "
                  "different keys for different services.",
                  nullptr, f.count)
            .arg(keyName(f));
    case Check::UnprotectedPrivateKey:
        return tr("The private key %1 has no passphrase: anyone who copies the file can use it.").arg(f.subject);
    case Check::SshDirectoryMode:
        return tr("The folder %1 has mode %2: other users of this computer can look into it. It should be 0700.")
            .arg(f.subject, f.detail);
    case Check::PrivateKeyMode:
        return tr("The private key %1 has mode %2: other users of this computer can read it. It should be 0600.")
            .arg(f.subject, f.detail);
    case Check::PublicKeyMode:
        return tr("The public key %1 has mode %2: other users of this computer can change it.")
            .arg(f.subject, f.detail);
    case Check::ApiKeyExpiring:
        return tr("The API key expires on %1, in %n day(s): create a new one before it stops working.", nullptr,
                  f.count)
            .arg(day(f.when));
    case Check::ApiKeyExpired:
        return tr("The API key expired on %1: create a new one and delete the old one.").arg(day(f.when));
    case Check::OldApiKey:
        return tr("The API key %1 was created on %2, more than 90 days ago: rotate it, as the console advises.")
            .arg(keyName(f), day(f.when));
    case Check::PlaintextKeyFile:
        return tr("The file %1 holds an API key in plain text: any program you run can read it.").arg(f.subject);
    case Check::PlaintextKeyExport:
        return tr("Line %1 of %2 exports %3 with the API key in plain text: every program started from the shell "
                  "sees it.")
            .arg(QString::number(f.line), f.subject, f.detail);
    case Check::TwoFactorOff:
        return tr("Two-factor authentication is off: a stolen password is enough to take over the account.");
    case Check::OtherSessions:
        return tr("The account is signed in on %n other device(s), the newest %1: sign out the ones you do not "
                  "recognize.",
                  nullptr, f.count)
            .arg(f.detail.isEmpty() ? f.subject : tr("%1 (%2)").arg(f.subject, f.detail));
    case Check::RecentActivity:
        return tr("On %1 the account saw %2 that Keydeck did not make (%3). If it was not you, review the account.")
            .arg(day(f.when), eventWords(f.detail), f.subject);
    }
    return {};
}

QString actionLabel(Security::Action action)
{
    using Security::Action;
    switch (action) {
    case Action::None:
        return {};
    case Action::Rotate:
        return tr("Rotate");
    case Action::Review:
        return tr("Review");
    case Action::Remove:
        return tr("Remove");
    case Action::Replace:
        return tr("Replace");
    case Action::AddPassphrase:
        return tr("Add a Passphrase…");
    case Action::FixMode:
        return tr("Fix");
    case Action::RotateApiKey:
        return tr("Rotate API Key");
    case Action::ImportAndRemove:
        return tr("Import and Remove…");
    case Action::SetUpTwoFactor:
        return tr("Set Up");
    case Action::ReviewSessions:
        return tr("Review Sessions");
    }
    return {};
}

QString eventTitle(const QString& kind)
{
    if (kind == QLatin1String("ssh-key"))
        return tr("SSH key changed");
    if (kind == QLatin1String("api-key"))
        return tr("API key changed");
    if (kind == QLatin1String("two-factor"))
        return tr("Two-factor authentication changed");
    if (kind == QLatin1String("sign-in"))
        return tr("Sign-in");
    if (kind == QLatin1String("session"))
        return tr("Session signed out");
    if (kind == QLatin1String("account"))
        return tr("E-mail address or password changed");
    return kind;
}

QString severityHeading(Security::Severity severity)
{
    switch (severity) {
    case Security::Severity::High:
        return tr("High");
    case Security::Severity::Medium:
        return tr("Medium");
    case Security::Severity::Info:
        return tr("Information");
    }
    return {};
}

QString owner(const Security::Finding& finding, const QString& accountLabel)
{
    // The page's words, in its translation context: the catalogs already hold them there.
    if (finding.accountId.isEmpty())
        return QCoreApplication::translate("SecurityPage", "This computer");
    if (finding.teamName.isEmpty())
        return accountLabel;
    return QCoreApplication::translate("SecurityPage", "%1 · team %2").arg(accountLabel, finding.teamName);
}

} // namespace FindingText
