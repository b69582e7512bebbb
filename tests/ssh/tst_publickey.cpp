#include "ssh/PublicKey.h"

#include "SshKeygen.h"

#include <QHash>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using Status = PublicKey::Status;
Q_DECLARE_METATYPE(PublicKey::Status)

namespace {

// Fixture: a real DSA public key (ssh-keygen 9.2 -t dsa); DSA must be refused whatever the data.
const char kDsaLine[]
    = "ssh-dss "
      "AAAAB3NzaC1kc3MAAACBALn7o6rkblxL07jiPrskQn4k1L8lEbTmI/H84oCqsPkTXh3xF6bkYAMZvlLDWM8C42yV/"
      "TjBnlqc6OuLi+pK98iXLDQL2+"
      "q0eGDhU4sOSn1MO6kaoViis/hS3/lhPiIXqSAceX/1AZBoSvOqK48H9gSElVx6dP35m62Djk/grjIRAAAAFQDkaE1xPaZPaaweslvXAqgcPT7kmQ"
      "AAAIBqO4J/d0/"
      "6H1AGfCS4Wtvt5cHZN9jPygxFs1L0kEClxUr75OSA3igDkWGuQIqPKoObSmKzsoK2B13TYbDABkWf9xMvobPXAJjH2GWnfioLgrs"
      "+vlI5GDGhGqWESghd+z2j5EI87xYuRjJ/sZaugi7OjORQCWi8B+THpQpnlRCvTQAAAIBuV7Qpqyopw0Rtl1uFQV6JfNToqY5v8fH/"
      "U2MbjEbsS2sBltCAgoyHboADHAQLkW1holyEi+598czbvCNcdLORdhU/"
      "wQRWi94fat5nR6fwEmk2K12lh/Vq/JyrxtBwoEX2AOPET6GrTda6AHxdh6OSwXt7bCrB2dwxChIurLq6TA== dsa-fixture";

// Fixture: the shape of a PuTTY .ppk file (private key markers only; the values are not a real key).
const char kPuttyKey[] = "PuTTY-User-Key-File-3: ssh-ed25519\n"
                         "Encryption: none\n"
                         "Comment: fixture\n"
                         "Public-Lines: 2\n"
                         "AAAAC3NzaC1lZDI1NTE5AAAAIFixtureFixtureFixtureFixtureFixtureFixture\n"
                         "Private-Lines: 1\n"
                         "AAAAIFixturePrivatePartFixturePrivatePartFixture\n"
                         "Private-MAC: 0000000000000000000000000000000000000000000000000000000000000000\n";

QByteArray sshString(const QByteArray& s)
{
    QByteArray out(4, '\0');
    qToBigEndian<quint32>(static_cast<quint32>(s.size()), out.data());
    return out + s;
}

/** Splits a blob's first string (the type) off; returns the rest. */
QByteArray afterType(const QByteArray& blob)
{
    const quint32 n = qFromBigEndian<quint32>(blob.constData());
    return blob.mid(4 + n);
}

} // namespace

class tst_PublicKey : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QHash<QString, QString> m_pub; // name -> .pub line (trimmed)
    QHash<QString, QString> m_pubPath; // name -> .pub path
    QHash<QString, QByteArray> m_private; // name -> private key file content

    QString b64Of(const QString& name) const { return m_pub.value(name).section(u' ', 1, 1); }
    QByteArray blobOf(const QString& name) const { return QByteArray::fromBase64(b64Of(name).toLatin1()); }

    void addKey(const QString& name, const QString& type, int bits)
    {
        const QString path
            = SshKeygen::generate(m_dir.path(), name, type, bits, name + QStringLiteral("@keydeck-test"));
        QVERIFY2(!path.isEmpty(), qPrintable(QStringLiteral("ssh-keygen could not create %1").arg(name)));
        m_pub.insert(name, QString::fromUtf8(SshKeygen::readFile(path + QStringLiteral(".pub"))).trimmed());
        m_pubPath.insert(name, path + QStringLiteral(".pub"));
        m_private.insert(name, SshKeygen::readFile(path));
    }

    /** sk- keys need a FIDO token to create, so build their public blobs by hand from real key material. */
    void addSecurityKeys()
    {
        const QByteArray edRest = afterType(blobOf(QStringLiteral("ed25519")));
        const QByteArray sked = sshString("sk-ssh-ed25519@openssh.com") + edRest + sshString("ssh:");
        const QByteArray ecRest = afterType(blobOf(QStringLiteral("ecdsa256")));
        const QByteArray skec = sshString("sk-ecdsa-sha2-nistp256@openssh.com") + ecRest + sshString("ssh:");
        const QList<std::pair<QString, QByteArray>> keys
            = {{QStringLiteral("sk-ed25519"), sked}, {QStringLiteral("sk-ecdsa"), skec}};
        for (const auto& [name, blob] : keys) {
            const QString type = QString::fromLatin1(blob.mid(4, qFromBigEndian<quint32>(blob.constData())));
            const QString line = type + u' ' + QString::fromLatin1(blob.toBase64()) + u' ' + name;
            const QString path = m_dir.filePath(name + QStringLiteral(".pub"));
            QVERIFY(SshKeygen::writeFile(path, line.toUtf8() + '\n'));
            m_pub.insert(name, line);
            m_pubPath.insert(name, path);
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!SshKeygen::program().isEmpty(), "ssh-keygen (openssh-client) is required");
        QVERIFY(m_dir.isValid());
        addKey(QStringLiteral("ed25519"), QStringLiteral("ed25519"), 0);
        addKey(QStringLiteral("ed25519-other"), QStringLiteral("ed25519"), 0);
        addKey(QStringLiteral("ecdsa256"), QStringLiteral("ecdsa"), 256);
        addKey(QStringLiteral("ecdsa384"), QStringLiteral("ecdsa"), 384);
        addKey(QStringLiteral("ecdsa521"), QStringLiteral("ecdsa"), 521);
        addKey(QStringLiteral("rsa2048"), QStringLiteral("rsa"), 2048);
        addKey(QStringLiteral("rsa3072"), QStringLiteral("rsa"), 3072);
        addKey(QStringLiteral("rsa4096"), QStringLiteral("rsa"), 4096);
        addSecurityKeys();
        // Private keys in PEM (traditional and PKCS#8) form: convert copies of the RSA key.
        for (const char* format : {"PEM", "PKCS8"}) {
            const QString copy = m_dir.filePath(QStringLiteral("rsa-%1").arg(QLatin1String(format)));
            QVERIFY(SshKeygen::writeFile(copy, m_private.value(QStringLiteral("rsa2048"))));
            const auto r = SshKeygen::run({QStringLiteral("-p"), QStringLiteral("-q"), QStringLiteral("-P"), QString(),
                                           QStringLiteral("-N"), QString(), QStringLiteral("-m"), QLatin1String(format),
                                           QStringLiteral("-f"), copy});
            QVERIFY2(r.started && r.exitCode == 0, r.err.constData());
            m_private.insert(QStringLiteral("rsa-%1").arg(QLatin1String(format)), SshKeygen::readFile(copy));
        }
        QVERIFY(m_private.value(QStringLiteral("rsa-PEM")).startsWith("-----BEGIN RSA PRIVATE KEY-----"));
        QVERIFY(m_private.value(QStringLiteral("rsa-PKCS8")).startsWith("-----BEGIN PRIVATE KEY-----"));
    }

    void acceptsValidKeys_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("bits");
        QTest::addColumn<QString>("label");
        QTest::addColumn<bool>("weak");
        QTest::newRow("ed25519") << "ed25519"
                                 << "ssh-ed25519" << 256 << "ED25519" << false;
        QTest::newRow("ecdsa256") << "ecdsa256"
                                  << "ecdsa-sha2-nistp256" << 256 << "ECDSA" << false;
        QTest::newRow("ecdsa384") << "ecdsa384"
                                  << "ecdsa-sha2-nistp384" << 384 << "ECDSA" << false;
        QTest::newRow("ecdsa521") << "ecdsa521"
                                  << "ecdsa-sha2-nistp521" << 521 << "ECDSA" << false;
        QTest::newRow("rsa2048 (warned)") << "rsa2048"
                                          << "ssh-rsa" << 2048 << "RSA" << true;
        QTest::newRow("rsa3072") << "rsa3072"
                                 << "ssh-rsa" << 3072 << "RSA" << false;
        QTest::newRow("rsa4096") << "rsa4096"
                                 << "ssh-rsa" << 4096 << "RSA" << false;
        QTest::newRow("sk-ed25519") << "sk-ed25519"
                                    << "sk-ssh-ed25519@openssh.com" << 256 << "ED25519-SK" << false;
        QTest::newRow("sk-ecdsa") << "sk-ecdsa"
                                  << "sk-ecdsa-sha2-nistp256@openssh.com" << 256 << "ECDSA-SK" << false;
    }

    void acceptsValidKeys()
    {
        QFETCH(QString, name);
        QFETCH(QString, type);
        QFETCH(int, bits);
        QFETCH(QString, label);
        QFETCH(bool, weak);
        const QString line = m_pub.value(name);
        QVERIFY(!line.isEmpty());
        // As pasted, and as a .pub file's content with its newline.
        for (const QString& input : {line, line + u'\n', QStringLiteral("  \t") + line + QStringLiteral("\r\n")}) {
            const PublicKey key = PublicKey::parse(input);
            QVERIFY2(key.isValid(), qPrintable(key.errorMessage()));
            QCOMPARE(key.status(), Status::Valid);
            QVERIFY(key.errorMessage().isEmpty());
            QCOMPARE(key.type(), type);
            QCOMPARE(key.bits(), bits);
            QCOMPARE(key.typeLabel(), label);
            QCOMPARE(key.comment(),
                     name == QLatin1String("sk-ed25519") || name == QLatin1String("sk-ecdsa")
                         ? name
                         : name + QStringLiteral("@keydeck-test"));
            QCOMPARE(key.base64(), b64Of(name));
            QCOMPARE(key.blob(), blobOf(name));
            QCOMPARE(key.authorizedKeysLine(), line);
            QCOMPARE(key.warnings().contains(PublicKey::Warning::WeakRsa), weak);
            QCOMPARE(key.warningMessages().size(), weak ? 1 : 0);
            // The cheap identity of the raw text is the parsed key's identity for every valid line.
            QCOMPARE(PublicKey::identityOf(input), type + u' ' + b64Of(name));
            QVERIFY(key.hasIdentityOf(input));
            // The cheap preview the key list's filter reads says what the parse says, for every valid line.
            const PublicKey::Preview preview = PublicKey::preview(input);
            QVERIFY(preview.readable);
            QCOMPARE(preview.type, key.type());
            QCOMPARE(preview.typeLabel, key.typeLabel());
            QCOMPARE(preview.bits, key.bits());
            QCOMPARE(preview.comment, key.comment());
            QCOMPARE(preview.fingerprint, key.fingerprint());
        }
    }

    void previewReadsOnlyWhatTheLineHolds()
    {
        const QString b64 = b64Of(QStringLiteral("ed25519"));
        // Comments are sanitised as parse() does.
        const QString noisy = QStringLiteral("ssh-ed25519 ") + b64 + QStringLiteral(" my\x01 laptop\x7f");
        QCOMPARE(PublicKey::preview(noisy).comment, PublicKey::parse(noisy).comment());
        QCOMPARE(PublicKey::preview(QStringLiteral("ssh-ed25519 ") + b64).comment, QString());
        // Nothing that is not a key's structure is readable.
        for (const QString& bad :
             {QString(), QStringLiteral("garbage"), QStringLiteral("ssh-ed25519"), QStringLiteral("ssh-ed25519 !!!"),
              QStringLiteral("ssh-rsa ") + b64, QStringLiteral("ssh-dss ") + b64})
            QVERIFY2(!PublicKey::preview(bad).readable, qPrintable(bad));
    }

    void previewNamesADsaKeyWithoutReadingIt()
    {
        // A registered DSA key must be called weak (issue 23), yet it is never a readable key.
        const PublicKey::Preview preview = PublicKey::preview(QString::fromLatin1(kDsaLine));
        QVERIFY(!preview.readable);
        QVERIFY(preview.dsa);
        QCOMPARE(preview.type, QStringLiteral("ssh-dss"));
        QCOMPARE(preview.typeLabel, QStringLiteral("DSA"));
        QCOMPARE(preview.bits, 1024); // as ssh-keygen -l says
        QCOMPARE(preview.comment, QStringLiteral("dsa-fixture"));
        QCOMPARE(preview.fingerprint, QStringLiteral("SHA256:wqPNIfJuwgQ1enZuRx0VJGE1reM3OAi2jMQjFAvkgww"));
        QVERIFY(!PublicKey::preview(QStringLiteral("ssh-ed25519 ") + b64Of(QStringLiteral("ed25519"))).dsa);
    }

    void fingerprintEqualsSshKeygen_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* n :
             {"ed25519", "ecdsa256", "ecdsa384", "ecdsa521", "rsa2048", "rsa3072", "rsa4096", "sk-ed25519", "sk-ecdsa"})
            QTest::newRow(n) << QString::fromLatin1(n);
    }

    void fingerprintEqualsSshKeygen()
    {
        QFETCH(QString, name);
        const QString expected = SshKeygen::fingerprintLine(m_pubPath.value(name));
        QVERIFY2(!expected.isEmpty(), "ssh-keygen -l failed");
        const PublicKey key = PublicKey::parse(QString::fromUtf8(SshKeygen::readFile(m_pubPath.value(name))));
        QVERIFY(key.isValid());
        // ssh-keygen -l prints "<bits> <fingerprint> <comment> (<label>)".
        const QString ours
            = QStringLiteral("%1 %2 %3 (%4)").arg(key.bits()).arg(key.fingerprint(), key.comment(), key.typeLabel());
        QCOMPARE(ours, expected);
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<Status>("status");

        const QString ed = m_pub.value(QStringLiteral("ed25519"));
        const QString edB64 = b64Of(QStringLiteral("ed25519"));
        const QString rsaB64 = b64Of(QStringLiteral("rsa3072"));
        const QString ec256B64 = b64Of(QStringLiteral("ecdsa256"));

        QTest::newRow("empty") << QString() << Status::Empty;
        QTest::newRow("whitespace only") << QStringLiteral(" \n\t \r\n") << Status::Empty;
        QTest::newRow("two lines") << ed + u'\n' + m_pub.value(QStringLiteral("ed25519-other"))
                                   << Status::MultipleLines;
        QTest::newRow("key wrapped mid-blob")
            << QStringLiteral("ssh-ed25519 ") + edB64.left(30) + u'\n' + edB64.mid(30) << Status::MultipleLines;
        QTest::newRow("unicode line separator") << ed + QChar(0x2028) + ed << Status::MultipleLines;
        QTest::newRow("dsa") << QString::fromLatin1(kDsaLine) << Status::DsaRefused;
        QTest::newRow("openssh private key")
            << QString::fromLatin1(m_private.value(QStringLiteral("ed25519"))) << Status::PrivateKey;
        QTest::newRow("pem private key") << QString::fromLatin1(m_private.value(QStringLiteral("rsa-PEM")))
                                         << Status::PrivateKey;
        QTest::newRow("pkcs8 private key")
            << QString::fromLatin1(m_private.value(QStringLiteral("rsa-PKCS8"))) << Status::PrivateKey;
        QTest::newRow("putty private key") << QString::fromLatin1(kPuttyKey) << Status::PrivateKey;
        QTest::newRow("public line followed by a private key")
            << ed + u'\n' + QString::fromLatin1(m_private.value(QStringLiteral("ed25519"))) << Status::PrivateKey;
        QTest::newRow("openssh private body without its header")
            << QString::fromLatin1(m_private.value(QStringLiteral("ed25519"))).section(u'\n', 1, 1)
            << Status::PrivateKey;
        QTest::newRow("options from=") << QStringLiteral("from=\"10.0.0.1\" ") + ed << Status::OptionsPrefix;
        QTest::newRow("options command with spaces")
            << QStringLiteral("command=\"echo hi there\",no-pty ") + ed << Status::OptionsPrefix;
        QTest::newRow("option restrict") << QStringLiteral("restrict ") + ed << Status::OptionsPrefix;
        QTest::newRow("option alone") << QStringLiteral("no-pty") << Status::OptionsPrefix;
        QTest::newRow("unknown type") << QStringLiteral("ssh-foo ") + edB64 << Status::UnknownType;
        QTest::newRow("alias rsa") << QStringLiteral("rsa ") + rsaB64 << Status::UnknownType;
        QTest::newRow("alias ecdsa") << QStringLiteral("ecdsa ") + ec256B64 << Status::UnknownType;
        QTest::newRow("bare ed25519 name") << QStringLiteral("ed25519 ") + edB64 << Status::UnknownType;
        QTest::newRow("certificate") << QStringLiteral("ssh-ed25519-cert-v01@openssh.com ") + edB64
                                     << Status::UnknownType;
        QTest::newRow("prose") << QStringLiteral("hello world") << Status::UnknownType;
        QTest::newRow("blob missing") << QStringLiteral("ssh-ed25519") << Status::MalformedBlob;
        QTest::newRow("garbage base64") << QStringLiteral("ssh-ed25519 AAAA!!!not-base64 c") << Status::MalformedBlob;
        QTest::newRow("base64 but not a key") << QStringLiteral("ssh-ed25519 Zm9vYmFyYmF6") << Status::MalformedBlob;
        QTest::newRow("truncated blob") << QStringLiteral("ssh-ed25519 ")
                + QString::fromLatin1(blobOf(QStringLiteral("ed25519")).left(40).toBase64())
                                        << Status::MalformedBlob;
        QTest::newRow("ed25519 blob declared as ssh-rsa") << QStringLiteral("ssh-rsa ") + edB64 << Status::TypeMismatch;
        QTest::newRow("rsa blob declared as ssh-ed25519")
            << QStringLiteral("ssh-ed25519 ") + rsaB64 << Status::TypeMismatch;
        QTest::newRow("p256 blob declared as p384")
            << QStringLiteral("ecdsa-sha2-nistp384 ") + ec256B64 << Status::TypeMismatch;
        QTest::newRow("trailing junk after the blob") << QStringLiteral("ssh-ed25519 ")
                + QString::fromLatin1((blobOf(QStringLiteral("ed25519")) + QByteArray("junk!")).toBase64())
                + QStringLiteral(" c") << Status::TrailingData;
        QTest::newRow("trailing junk after an rsa blob") << QStringLiteral("ssh-rsa ")
                + QString::fromLatin1((blobOf(QStringLiteral("rsa3072")) + sshString("x")).toBase64())
                                                         << Status::TrailingData;
        QTest::newRow("tilde path") << QStringLiteral("~/.ssh/id_ed25519.pub") << Status::LooksLikePath;
        QTest::newRow("absolute path") << QStringLiteral("/home/me/.ssh/id_ed25519.pub\n") << Status::LooksLikePath;
        QTest::newRow("windows path") << QStringLiteral("C:\\Users\\me\\.ssh\\id_ed25519.pub") << Status::LooksLikePath;
        QTest::newRow("powershell path") << QStringLiteral("$env:USERPROFILE\\.ssh\\id_ed25519.pub")
                                         << Status::LooksLikePath;
        QTest::newRow("file name") << QStringLiteral("id_ed25519.pub") << Status::LooksLikePath;
        QTest::newRow("path with spaces") << QStringLiteral("/home/me/My Keys/laptop.pub") << Status::LooksLikePath;
        QTest::newRow("too long") << QStringLiteral("ssh-ed25519 ") + QString(PublicKey::MaxInputLength, u'A')
                                  << Status::TooLong;
    }

    void rejectsBadInput()
    {
        QFETCH(QString, input);
        QFETCH(Status, status);
        const PublicKey key = PublicKey::parse(input);
        QCOMPARE(key.status(), status);
        QVERIFY(!key.isValid());
        QVERIFY(!key.errorMessage().isEmpty());
        QVERIFY(!key.errorMessage().contains(QLatin1String("%1")));
        QVERIFY(key.type().isEmpty());
        QVERIFY(key.base64().isEmpty());
        QVERIFY(key.blob().isEmpty());
        QVERIFY(key.fingerprint().isEmpty());
        QVERIFY(key.authorizedKeysLine().isEmpty());
        QCOMPARE(key.bits(), 0);
    }

    void keepsNoPrivateTextInTheResult()
    {
        const QByteArray secret = m_private.value(QStringLiteral("ed25519"));
        const PublicKey key = PublicKey::parse(QString::fromLatin1(secret));
        QCOMPARE(key.status(), Status::PrivateKey);
        const QByteArray body = secret.split('\n').value(1);
        QVERIFY(body.size() > 20);
        const QString everything = key.errorMessage() + key.comment() + key.base64() + key.type()
            + key.authorizedKeysLine() + QString::fromLatin1(key.blob());
        QVERIFY(!everything.contains(QString::fromLatin1(body.left(20))));
        QVERIFY(!everything.contains(QLatin1String("BEGIN")));
        // A copy of the result is as empty as the original.
        const PublicKey copy = key;
        QVERIFY(copy.blob().isEmpty() && copy.base64().isEmpty());
    }

    void messageNamesTheOffendingPartShortly()
    {
        const PublicKey path = PublicKey::parse(QStringLiteral("~/.ssh/id_ed25519.pub"));
        QVERIFY(path.errorMessage().contains(QLatin1String("~/.ssh/id_ed25519.pub")));
        const PublicKey unknown = PublicKey::parse(QStringLiteral("x").repeated(500) + QStringLiteral(" AAAA"));
        QCOMPARE(unknown.status(), Status::UnknownType);
        QVERIFY(unknown.errorMessage().size() < 200);
        const PublicKey mismatch = PublicKey::parse(QStringLiteral("ssh-rsa ") + b64Of(QStringLiteral("ed25519")));
        QVERIFY(mismatch.errorMessage().contains(QLatin1String("ssh-ed25519")));
    }

    void sanitisesTheComment()
    {
        const QString base = QStringLiteral("ssh-ed25519 ") + b64Of(QStringLiteral("ed25519"));
        QCOMPARE(PublicKey::parse(base).comment(), QString());
        QCOMPARE(PublicKey::parse(base + QStringLiteral(" my\x01 laptop\x7f")).comment(), QStringLiteral("my laptop"));
        QCOMPARE(PublicKey::parse(base + QStringLiteral(" a\tb")).comment(), QStringLiteral("a b"));
        // Bidi override (Trojan Source) and zero-width characters are dropped.
        QCOMPARE(
            PublicKey::parse(base + QStringLiteral(" admin") + QChar(0x202E) + QStringLiteral("gpj") + QChar(0x200B))
                .comment(),
            QStringLiteral("admingpj"));
        QCOMPARE(PublicKey::parse(base + QStringLiteral(" spaces  inside kept")).comment(),
                 QStringLiteral("spaces  inside kept"));
        const QString longComment(1000, u'c');
        const PublicKey capped = PublicKey::parse(base + u' ' + longComment);
        QVERIFY(capped.isValid());
        QCOMPARE(capped.comment().size(), PublicKey::MaxCommentLength);
        // Emoji are kept whole, never cut between surrogates.
        const QString emoji = QString::fromUtf8("\xF0\x9F\x94\x91");
        QCOMPARE(PublicKey::sanitizeComment(emoji.repeated(300)).size(), 2 * PublicKey::MaxCommentLength);
        QCOMPARE(PublicKey::parse(base + QStringLiteral(" ") + emoji).comment(), emoji);
        QCOMPARE(PublicKey::parse(base + QStringLiteral(" x")).authorizedKeysLine(QStringLiteral("new\x02name")),
                 base + QStringLiteral(" newname"));
    }

    void comparesKeysByTypeAndBlob()
    {
        const PublicKey a = PublicKey::parse(m_pub.value(QStringLiteral("ed25519")));
        const PublicKey sameOtherComment = PublicKey::parse(
            QStringLiteral("ssh-ed25519 ") + b64Of(QStringLiteral("ed25519")) + QStringLiteral(" other"));
        const PublicKey b = PublicKey::parse(m_pub.value(QStringLiteral("ed25519-other")));
        const PublicKey invalid = PublicKey::parse(QStringLiteral("ssh-ed25519"));
        QVERIFY(a.sameKeyAs(sameOtherComment));
        QVERIFY(sameOtherComment.sameKeyAs(a));
        QVERIFY(!a.sameKeyAs(b));
        QVERIFY(!a.sameKeyAs(invalid));
        QVERIFY(!invalid.sameKeyAs(invalid));
        QVERIFY(!PublicKey().sameKeyAs(PublicKey()));
    }

    void identitiesAreEqualExactlyForTheSameKey()
    {
        const PublicKey a = PublicKey::parse(m_pub.value(QStringLiteral("ed25519")));
        const QString otherComment = QStringLiteral("ssh-ed25519\t ") + b64Of(QStringLiteral("ed25519"))
            + QStringLiteral("  other comment with spaces");
        const QString identity = QStringLiteral("ssh-ed25519 ") + b64Of(QStringLiteral("ed25519"));
        QCOMPARE(PublicKey::identityOf(otherComment), identity);
        QCOMPARE(PublicKey::identityOf(a.authorizedKeysLine()), identity);
        QVERIFY(PublicKey::identityOf(m_pub.value(QStringLiteral("ed25519-other"))) != identity);
        // Same blob under another type name: a different identity (parse() calls it a type mismatch).
        QVERIFY(PublicKey::identityOf(QStringLiteral("ssh-rsa ") + b64Of(QStringLiteral("ed25519"))) != identity);
        QVERIFY(PublicKey::identityOf(QStringLiteral("ssh-ed25519")).isEmpty());
        QVERIFY(PublicKey::identityOf(QStringLiteral("   ")).isEmpty());
        QVERIFY(a.hasIdentityOf(otherComment));
        QVERIFY(!a.hasIdentityOf(m_pub.value(QStringLiteral("ed25519-other"))));
        QVERIFY(!a.hasIdentityOf(QStringLiteral("ssh-rsa ") + b64Of(QStringLiteral("ed25519"))));
        QVERIFY(!a.hasIdentityOf(QStringLiteral("ssh-ed25519")));
        QVERIFY(!PublicKey().hasIdentityOf(QString()));
        QVERIFY(!PublicKey::parse(QStringLiteral("ssh-ed25519")).hasIdentityOf(QStringLiteral("ssh-ed25519")));
    }

    void defaultConstructedIsEmpty()
    {
        const PublicKey key;
        QVERIFY(!key.isValid());
        QCOMPARE(key.status(), Status::Empty);
        QVERIFY(!key.errorMessage().isEmpty());
    }

    void listsSupportedTypes()
    {
        const QStringList types = PublicKey::supportedTypes();
        QVERIFY(types.contains(QLatin1String("ssh-ed25519")));
        QVERIFY(types.contains(QLatin1String("sk-ssh-ed25519@openssh.com")));
        QVERIFY(!types.contains(QLatin1String("ssh-dss")));
        for (const QString& t : types)
            QCOMPARE(PublicKey::parse(t + QStringLiteral(" AAAA")).status() == Status::UnknownType, false);
    }

    void agreesWithSshKeygenOnWhatIsAKey_data() { rejectsBadInput_data(); }

    void agreesWithSshKeygenOnWhatIsAKey()
    {
        // Every input we reject for its key data, ssh-keygen rejects too (its parser ignores trailing bytes of
        // base64 it cannot use, so only blob-level failures are compared).
        QFETCH(QString, input);
        QFETCH(Status, status);
        if (status != Status::MalformedBlob && status != Status::TypeMismatch && status != Status::DsaRefused)
            return;
        const auto r
            = SshKeygen::run({QStringLiteral("-l"), QStringLiteral("-f"), QStringLiteral("-")}, input.toUtf8() + '\n');
        QVERIFY(r.started);
        if (status == Status::DsaRefused)
            QCOMPARE(r.exitCode, 0); // OpenSSH 9.2 still reads DSA public keys; we refuse them by policy
        else
            QCOMPARE(r.exitCode, 255);
    }
};

QTEST_GUILESS_MAIN(tst_PublicKey)
#include "tst_publickey.moc"
