// CredentialImporter against real files in the test's temporary HOME and an injected environment.
#include "secrets/CredentialImporter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class tst_CredentialImporter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;

    QString home() const { return m_home->path(); }

    static void writeFile(const QString& path, const QByteArray& content, QFile::Permissions permissions)
    {
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(content), content.size());
        file.close();
        QVERIFY(file.setPermissions(permissions));
    }

    static const QFile::Permissions kWorldReadable;
    static const QFile::Permissions kPrivate;

private slots:
    void init()
    {
        // A home of its own per test, inside the throwaway HOME, so nothing leaks between tests.
        m_home = std::make_unique<QTemporaryDir>(QDir::home().filePath(QStringLiteral("importer-XXXXXX")));
        QVERIFY(m_home->isValid());
    }

    void findsNothingOnACleanMachine()
    {
        const CredentialImporter importer(QProcessEnvironment(), home());
        QVERIFY(importer.findCandidates().isEmpty());
    }

    void findsEnvironmentVariables()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("VAST_API_KEY"), QStringLiteral("  vast-env-key\n"));
        env.insert(QStringLiteral("SPHERON_API_KEY"), QStringLiteral("spheron-env-key"));
        const QList<ImportCandidate> found = CredentialImporter(env, home()).findCandidates();
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).provider, Provider::Vast);
        QCOMPARE(found.at(0).source, ImportCandidate::Source::EnvironmentVariable);
        QVERIFY(found.at(0).key == QStringLiteral("vast-env-key")); // trimmed
        QVERIFY(found.at(0).filePath.isEmpty());
        QVERIFY(found.at(0).sourceDescription.contains(QStringLiteral("VAST_API_KEY")));
        QCOMPARE(found.at(1).provider, Provider::Spheron);
        QVERIFY(found.at(1).key == QStringLiteral("spheron-env-key"));
    }

    void ignoresEmptyEnvironmentVariables()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("VAST_API_KEY"), QStringLiteral("   "));
        QVERIFY(CredentialImporter(env, home()).findCandidates().isEmpty());
    }

    void findsTheCliKeyFileUnderXdgConfigHome()
    {
        const QString config = QDir(home()).filePath(QStringLiteral("xdg"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
        const QString path = QDir(config).filePath(QStringLiteral("vastai/vast_api_key"));
        writeFile(path, "file-key-1\n", kWorldReadable);
        // A file in ~/.config must be ignored when XDG_CONFIG_HOME points elsewhere.
        writeFile(QDir(home()).filePath(QStringLiteral(".config/vastai/vast_api_key")), "other", kPrivate);

        const CredentialImporter importer(env, home());
        QCOMPARE(importer.cliKeyFilePath(), path);
        const QList<ImportCandidate> found = importer.findCandidates();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().source, ImportCandidate::Source::CliKeyFile);
        QCOMPARE(found.first().provider, Provider::Vast);
        QCOMPARE(found.first().filePath, path);
        QVERIFY(found.first().key == QStringLiteral("file-key-1"));
        QVERIFY(found.first().readableByOthers);
        QVERIFY(found.first().sourceDescription.contains(QDir::toNativeSeparators(path)));
    }

    void fallsBackToDotConfigAndFindsTheLegacyFile()
    {
        const QString cli = QDir(home()).filePath(QStringLiteral(".config/vastai/vast_api_key"));
        const QString legacy = QDir(home()).filePath(QStringLiteral(".vast_api_key"));
        writeFile(cli, "cli-key", kPrivate);
        writeFile(legacy, "legacy-key", kWorldReadable);

        const QList<ImportCandidate> found = CredentialImporter(QProcessEnvironment(), home()).findCandidates();
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).filePath, cli);
        QVERIFY(!found.at(0).readableByOthers); // 0600
        QVERIFY(found.at(0).key == QStringLiteral("cli-key"));
        QCOMPARE(found.at(1).source, ImportCandidate::Source::LegacyCliKeyFile);
        QCOMPARE(found.at(1).filePath, legacy);
        QVERIFY(found.at(1).readableByOthers);
        QVERIFY(found.at(1).key == QStringLiteral("legacy-key"));
        QVERIFY(found.at(0).sourceDescription != found.at(1).sourceDescription);
    }

    void ignoresEmptyOversizeAndUnreadableFiles()
    {
        const QString cli = QDir(home()).filePath(QStringLiteral(".config/vastai/vast_api_key"));
        writeFile(cli, "\n  \n", kPrivate);
        writeFile(QDir(home()).filePath(QStringLiteral(".vast_api_key")),
                  QByteArray(CredentialImporter::MaxKeyFileSize + 1, 'k'), kPrivate);
        QVERIFY(CredentialImporter(QProcessEnvironment(), home()).findCandidates().isEmpty());

        // A directory where the file should be is not a key either.
        QVERIFY(QFile::remove(cli));
        QVERIFY(QDir().mkpath(cli));
        QVERIFY(CredentialImporter(QProcessEnvironment(), home()).findCandidates().isEmpty());
    }

    void readsNothingUntilAsked()
    {
        // Constructing the importer touches nothing: a file created afterwards is still found when asked.
        const CredentialImporter importer(QProcessEnvironment(), home());
        writeFile(importer.legacyKeyFilePath(), "late-key", kPrivate);
        const QList<ImportCandidate> found = importer.findCandidates();
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().key == QStringLiteral("late-key"));
    }

    /** The candidate findCandidates() reports for @p path (the imported one), or an empty candidate. */
    static ImportCandidate importedFrom(const CredentialImporter& importer, const QString& path)
    {
        const QList<ImportCandidate> found = importer.findCandidates();
        for (const ImportCandidate& c : found) {
            if (c.filePath == QFileInfo(path).absoluteFilePath())
                return c;
        }
        return {};
    }

    void removesOnlyTheCliKeyFiles()
    {
        const CredentialImporter importer(QProcessEnvironment(), home());
        writeFile(importer.cliKeyFilePath(), "cli-key", kWorldReadable);
        writeFile(importer.legacyKeyFilePath(), "legacy-key", kWorldReadable);
        const QString unrelated = QDir(home()).filePath(QStringLiteral("notes.txt"));
        writeFile(unrelated, "keep me", kPrivate);
        const ImportCandidate cli = importedFrom(importer, importer.cliKeyFilePath());
        const ImportCandidate legacy = importedFrom(importer, importer.legacyKeyFilePath());
        QVERIFY(!cli.fileSha256.isEmpty() && !legacy.fileSha256.isEmpty());

        QString error;
        ImportCandidate other = cli;
        other.filePath = unrelated;
        QVERIFY(!importer.removePlaintextFile(other, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(QFile::exists(unrelated));

        QVERIFY(importer.removePlaintextFile(cli, &error));
        QVERIFY(!QFile::exists(importer.cliKeyFilePath()));
        QVERIFY(importer.removePlaintextFile(legacy, &error));
        QVERIFY(!QFile::exists(importer.legacyKeyFilePath()));
        QVERIFY(importer.removePlaintextFile(legacy)); // already gone is fine
        QVERIFY(importer.findCandidates().isEmpty());
    }

    void readsTheHomeKeyFilesOnlyOnRequest()
    {
        // ~/.spheron/api_key (docs/api/spheron.md §1.4): the security overview imports it; the wizard does not list it.
        const CredentialImporter importer(QProcessEnvironment(), home());
        const QString spheron = importer.homeKeyFilePath(Provider::Spheron);
        QCOMPARE(spheron, QDir(home()).filePath(QStringLiteral(".spheron/api_key")));
        QVERIFY(importer.homeKeyFilePath(Provider::Vast).isEmpty());
        QCOMPARE(importer.plaintextFilePaths(),
                 QStringList({importer.cliKeyFilePath(), importer.legacyKeyFilePath(), spheron}));
        writeFile(spheron, "  sai_pk_sEXAMPLE\n", kWorldReadable);
        QVERIFY(importer.findCandidates().isEmpty());

        const std::optional<ImportCandidate> candidate = importer.readPlaintextFile(spheron);
        QVERIFY(candidate);
        QCOMPARE(candidate->provider, Provider::Spheron);
        QCOMPARE(candidate->source, ImportCandidate::Source::HomeKeyFile);
        QVERIFY(candidate->key == QStringLiteral("sai_pk_sEXAMPLE"));
        QVERIFY(candidate->readableByOthers);
        QVERIFY(candidate->sourceDescription.contains(QStringLiteral("Spheron AI")));

        const QString other = QDir(home()).filePath(QStringLiteral("notes.txt"));
        writeFile(other, "not offered", kPrivate);
        QVERIFY(!importer.readPlaintextFile(other));

        QString error;
        QVERIFY2(importer.removePlaintextFile(*candidate, &error), qPrintable(error));
        QVERIFY(!QFile::exists(spheron));
    }

    void refusesToDeleteASymbolicLink()
    {
        // The CLI's key file is a link to the real key: removing the link would leave the key where it was.
        const CredentialImporter importer(QProcessEnvironment(), home());
        const QString target = QDir(home()).filePath(QStringLiteral("secrets/vast.key"));
        writeFile(target, "linked-key", kWorldReadable);
        QVERIFY(QDir().mkpath(QFileInfo(importer.cliKeyFilePath()).absolutePath()));
        QVERIFY(QFile::link(target, importer.cliKeyFilePath()));
        const ImportCandidate imported = importedFrom(importer, importer.cliKeyFilePath());
        QVERIFY(imported.key == QStringLiteral("linked-key"));

        QString error;
        QVERIFY(!importer.removePlaintextFile(imported, &error));
        QVERIFY(error.contains(QStringLiteral("symbolic link")));
        QVERIFY(QFileInfo(importer.cliKeyFilePath()).isSymLink());
        QVERIFY(QFile::exists(target));
    }

    void refusesToDeleteAFileThatChangedSinceTheImport()
    {
        const CredentialImporter importer(QProcessEnvironment(), home());
        writeFile(importer.legacyKeyFilePath(), "imported-key", kWorldReadable);
        const ImportCandidate imported = importedFrom(importer, importer.legacyKeyFilePath());
        QVERIFY(imported.key == QStringLiteral("imported-key"));
        // Another key is written there before the user confirms the deletion.
        writeFile(importer.legacyKeyFilePath(), "a-newer-key", kPrivate);

        QString error;
        QVERIFY(!importer.removePlaintextFile(imported, &error));
        QVERIFY(error.contains(QStringLiteral("changed")));
        QVERIFY(QFile::exists(importer.legacyKeyFilePath()));

        // Put back as imported, it goes.
        writeFile(importer.legacyKeyFilePath(), "imported-key", kPrivate);
        QVERIFY(importer.removePlaintextFile(imported, &error));
        QVERIFY(!QFile::exists(importer.legacyKeyFilePath()));
    }

    void reportsAFileThatCannotBeRemoved()
    {
        // A non-empty directory in the key file's place cannot be removed as a file, even by root.
        const CredentialImporter importer(QProcessEnvironment(), home());
        writeFile(importer.cliKeyFilePath(), "cli-key", kPrivate);
        const ImportCandidate imported = importedFrom(importer, importer.cliKeyFilePath());
        QVERIFY(QFile::remove(importer.cliKeyFilePath()));
        writeFile(QDir(importer.cliKeyFilePath()).filePath(QStringLiteral("inside")), "x", kPrivate);
        QString error;
        QVERIFY(!importer.removePlaintextFile(imported, &error));
        QVERIFY(error.contains(QDir::toNativeSeparators(importer.cliKeyFilePath())));
        QVERIFY(QFileInfo(importer.cliKeyFilePath()).isDir());
    }

    void removesTheKeyVariablesFromItsOwnEnvironment()
    {
        // Read once into the importer, then gone from Keydeck's environment, so no child process inherits them.
        qputenv("VAST_API_KEY", "vast-process-key");
        qputenv("SPHERON_API_KEY", "spheron-process-key");
        qputenv("KEYDECK_UNRELATED", "stays");
        const CredentialImporter importer(CredentialImporter::takeSystemEnvironment(), home());
        for (const ProviderInfo& info : Providers::all()) {
            if (!info.apiKeyVariable.isEmpty())
                QVERIFY2(!qEnvironmentVariableIsSet(info.apiKeyVariable.toLatin1().constData()),
                         qPrintable(info.apiKeyVariable));
        }
        QVERIFY(qEnvironmentVariableIsSet("KEYDECK_UNRELATED"));

        QProcess env;
        env.start(QStringLiteral("env"), {});
        QVERIFY(env.waitForFinished(10000));
        const QByteArray childEnvironment = env.readAllStandardOutput();
        QVERIFY(childEnvironment.contains("KEYDECK_UNRELATED=stays"));
        QVERIFY(!childEnvironment.contains("VAST_API_KEY"));
        QVERIFY(!childEnvironment.contains("SPHERON_API_KEY"));
        QVERIFY(!childEnvironment.contains("process-key"));

        // The importer still offers them.
        const QList<ImportCandidate> found = importer.findCandidates();
        QCOMPARE(found.size(), 2);
        QVERIFY(found.at(0).key == QStringLiteral("vast-process-key"));
        QVERIFY(found.at(1).key == QStringLiteral("spheron-process-key"));
        qunsetenv("KEYDECK_UNRELATED");
    }

    void explainsWhyToDeleteThePlaintextFile()
    {
        ImportCandidate candidate;
        candidate.filePath = QStringLiteral("/home/u/.config/vastai/vast_api_key");
        candidate.readableByOthers = true;
        const QString readable = CredentialImporter::plaintextFileExplanation(candidate);
        QVERIFY(readable.contains(QDir::toNativeSeparators(candidate.filePath)));
        QVERIFY(readable.contains(QStringLiteral("other users")));
        candidate.readableByOthers = false;
        const QString privateFile = CredentialImporter::plaintextFileExplanation(candidate);
        QVERIFY(privateFile != readable);
        QVERIFY(privateFile.contains(QDir::toNativeSeparators(candidate.filePath)));
    }
};

const QFile::Permissions tst_CredentialImporter::kWorldReadable
    = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
const QFile::Permissions tst_CredentialImporter::kPrivate = QFile::ReadOwner | QFile::WriteOwner;

QTEST_GUILESS_MAIN(tst_CredentialImporter)
#include "tst_credentialimporter.moc"
