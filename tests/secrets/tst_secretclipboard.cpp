// SecretClipboard on the real QClipboard of the offscreen platform (docs/LIBRARIES.md §4): hints, clearing
// after a timeout and at quit, and leaving alone text that something else copied meanwhile.
#include "clipboard/SecretClipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

class tst_SecretClipboard : public QObject
{
    Q_OBJECT

private:
    QClipboard* clipboard() const { return QGuiApplication::clipboard(); }
    const QString m_secret = QStringLiteral("secret-api-key-0123456789");

private slots:
    void init() { clipboard()->clear(); }

    void defaultTimeoutIsThirtySeconds()
    {
        SecretClipboard guard;
        QCOMPARE(guard.clearTimeout(), 30000ms);
    }

    void copySecretCarriesThePasswordManagerHint()
    {
        SecretClipboard guard;
        guard.copySecret(m_secret);
        QVERIFY(clipboard()->text() == m_secret);
        const QMimeData* mime = clipboard()->mimeData();
        QVERIFY(mime);
#if defined(Q_OS_MACOS)
        QVERIFY(mime->hasFormat(QStringLiteral("application/x-nspasteboard-concealed-type")));
#elif defined(Q_OS_WIN)
        QCOMPARE(mime->data(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing")), QByteArray("1"));
#else
        QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
#endif
        QVERIFY(guard.isCountingDown());
        guard.clearIfOurs();
        QVERIFY(clipboard()->text().isEmpty());
    }

    void clearsTheSecretAfterTheTimeout()
    {
        SecretClipboard guard;
        guard.setClearTimeout(50ms);
        QSignalSpy cleared(&guard, &SecretClipboard::cleared);
        guard.copySecret(m_secret);
        QVERIFY(clipboard()->text() == m_secret);
        QTRY_VERIFY_WITH_TIMEOUT(clipboard()->text().isEmpty(), 3000);
        QCOMPARE(cleared.count(), 1);
        QVERIFY(!guard.isCountingDown());
        QCOMPARE(guard.secondsRemaining(), 0);
    }

    void leavesAloneTextCopiedMeanwhile()
    {
        SecretClipboard guard;
        guard.setClearTimeout(100ms);
        QSignalSpy cleared(&guard, &SecretClipboard::cleared);
        QSignalSpy countdown(&guard, &SecretClipboard::countdownChanged);
        guard.copySecret(m_secret);
        clipboard()->setText(QStringLiteral("something the user copied"));
        // The countdown stops as soon as the clipboard is no longer ours…
        QTRY_VERIFY(!guard.isCountingDown());
        QCOMPARE(countdown.last().at(0).toInt(), 0);
        QVERIFY(countdown.last().at(1).toString().isEmpty());
        // …and when the deadline would have passed, the other text is still there.
        QTest::qWait(300);
        QCOMPARE(clipboard()->text(), QStringLiteral("something the user copied"));
        QCOMPARE(cleared.count(), 0);
        guard.clearIfOurs();
        QCOMPARE(clipboard()->text(), QStringLiteral("something the user copied"));
    }

    void copyPublicHasNoTimerAndNoHint()
    {
        SecretClipboard guard;
        guard.setClearTimeout(50ms);
        const QString publicKey = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeFakeFake user@host");
        guard.copyPublic(publicKey);
        QVERIFY(!guard.isCountingDown());
        QVERIFY(!clipboard()->mimeData()->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
        QTest::qWait(200);
        QCOMPARE(clipboard()->text(), publicKey);
    }

    void copyPublicAfterASecretStopsItsCountdown()
    {
        SecretClipboard guard;
        QSignalSpy countdown(&guard, &SecretClipboard::countdownChanged);
        guard.copySecret(m_secret);
        guard.copyPublic(QStringLiteral("ssh-ed25519 AAAA public"));
        QVERIFY(!guard.isCountingDown());
        QCOMPARE(countdown.last().at(0).toInt(), 0);
        QCOMPARE(clipboard()->text(), QStringLiteral("ssh-ed25519 AAAA public"));
    }

    void countdownAnnouncesSecondsRemaining()
    {
        SecretClipboard guard;
        guard.setClearTimeout(2500ms);
        QSignalSpy countdown(&guard, &SecretClipboard::countdownChanged);
        guard.copySecret(m_secret);
        QVERIFY(countdown.count() >= 1);
        QCOMPARE(countdown.first().at(0).toInt(), 3); // 2.5 s rounds up
        QCOMPARE(countdown.first().at(1).toString(), SecretClipboard::countdownText(3));
        QVERIFY(countdown.first().at(1).toString().contains(QLatin1String("3")));
        QVERIFY(!countdown.first().at(1).toString().contains(m_secret));
        QTRY_VERIFY_WITH_TIMEOUT(countdown.count() >= 2, 3000);
        QCOMPARE(countdown.at(1).at(0).toInt(), 2);
        QVERIFY(guard.secondsRemaining() >= 1 && guard.secondsRemaining() <= 2);
        QTRY_VERIFY_WITH_TIMEOUT(clipboard()->text().isEmpty(), 5000);
        QCOMPARE(countdown.last().at(0).toInt(), 0);
    }

    void aNewSecretRestartsTheCountdown()
    {
        // Measured from the second copy rather than slept through a narrow window, which a slow run (ASan) missed:
        // restarted, the clipboard clears a whole timeout after the second copy; not restarted, half a timeout
        // after it. The clear timer is a coarse one (up to 5 % early), hence the 10 % margin.
        constexpr auto timeout = 2000ms;
        SecretClipboard guard;
        guard.setClearTimeout(timeout);
        QElapsedTimer sinceFirst;
        sinceFirst.start();
        guard.copySecret(m_secret);
        QTest::qWait(int(timeout.count() / 2));
        QVERIFY2(clipboard()->text() == m_secret && sinceFirst.elapsed() < timeout.count() * 9 / 10,
                 "the first countdown ran out before the second copy: the machine is far too slow for this check");
        const QString second = QStringLiteral("second-secret");
        QElapsedTimer sinceSecond;
        sinceSecond.start();
        guard.copySecret(second);
        QTRY_VERIFY_WITH_TIMEOUT(clipboard()->text().isEmpty(), int(timeout.count()) * 3);
        QVERIFY2(sinceSecond.elapsed() >= timeout.count() * 9 / 10,
                 qPrintable(QStringLiteral("cleared %1 ms after the second copy").arg(sinceSecond.elapsed())));
    }

    // Last: it runs and ends the application's event loop.
    void clearsTheSecretAtQuit()
    {
        SecretClipboard guard; // default 30 s: only aboutToQuit can clear it within this test
        guard.copySecret(m_secret);
        QVERIFY(clipboard()->text() == m_secret);
        QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        QCOMPARE(QCoreApplication::exec(), 0); // emits aboutToQuit when the loop ends
        QVERIFY(clipboard()->text().isEmpty());
    }
};

QTEST_MAIN(tst_SecretClipboard)
#include "tst_secretclipboard.moc"
