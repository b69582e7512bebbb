// SecretError: QtKeychain codes map to kinds with whole translated sentences, never the GLib text alone.
#include "secrets/SecretError.h"

#include <QTest>
#include <qt6keychain/keychain.h>

class tst_SecretError : public QObject
{
    Q_OBJECT

private slots:
    void mapsKeychainCodes_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("text");
        QTest::addColumn<SecretError::Kind>("kind");
        QTest::newRow("none") << int(QKeychain::NoError) << QString() << SecretError::Kind::None;
        QTest::newRow("not found") << int(QKeychain::EntryNotFound) << QStringLiteral("Entry not found")
                                   << SecretError::Kind::NotFound;
        QTest::newRow("locked") << int(QKeychain::AccessDenied)
                                << QStringLiteral("Cannot create an item in a locked collection")
                                << SecretError::Kind::Locked;
        QTest::newRow("denied by user") << int(QKeychain::AccessDeniedByUser) << QStringLiteral("User canceled")
                                        << SecretError::Kind::AccessDenied;
        QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << QStringLiteral("No backend")
                                    << SecretError::Kind::NoKeychain;
        QTest::newRow("not implemented") << int(QKeychain::NotImplemented) << QString()
                                         << SecretError::Kind::NoKeychain;
        QTest::newRow("no bus") << int(QKeychain::OtherError)
                                << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY")
                                << SecretError::Kind::NoKeychain;
        QTest::newRow("no service") << int(QKeychain::OtherError)
                                    << QStringLiteral("The name org.freedesktop.secrets was not provided by any "
                                                      ".service files")
                                    << SecretError::Kind::NoKeychain;
        QTest::newRow("other") << int(QKeychain::OtherError) << QStringLiteral("Something odd")
                               << SecretError::Kind::Other;
        QTest::newRow("could not delete")
            << int(QKeychain::CouldNotDeleteEntry) << QStringLiteral("nope") << SecretError::Kind::Other;
    }

    void mapsKeychainCodes()
    {
        QFETCH(int, code);
        QFETCH(QString, text);
        QFETCH(SecretError::Kind, kind);
        const SecretError error = SecretError::fromKeychain(code, text);
        QCOMPARE(error.kind(), kind);
        QCOMPARE(error.isOk(), kind == SecretError::Kind::None);
        QCOMPARE(error.message().isEmpty(), kind == SecretError::Kind::None);
        if (kind != SecretError::Kind::None) {
            // A sentence of our own, not the backend's text alone.
            QVERIFY(error.message() != text);
            QCOMPARE(error.detail(), text);
        }
    }

    void otherErrorQuotesTheBackendInsideASentence()
    {
        const SecretError error = SecretError::fromKeychain(QKeychain::OtherError, QStringLiteral("Something odd"));
        QVERIFY(error.message().contains(QStringLiteral("Something odd")));
        QVERIFY(error.message().size() > QStringLiteral("Something odd").size());
    }

    void everyKindHasItsOwnMessage()
    {
        QSet<QString> messages;
        for (auto kind : {SecretError::Kind::NotFound, SecretError::Kind::Locked, SecretError::Kind::AccessDenied,
                          SecretError::Kind::NoKeychain, SecretError::Kind::Timeout, SecretError::Kind::Other}) {
            const QString message = SecretError::messageFor(kind);
            QVERIFY(!message.isEmpty());
            QVERIFY(!message.contains(QStringLiteral("...")));
            messages.insert(message);
        }
        QCOMPARE(messages.size(), 6);
    }
};

QTEST_GUILESS_MAIN(tst_SecretError)
#include "tst_secreterror.moc"
