#include "ProviderTestHelpers.h"

#include "net/ApiTransport.h"
#include "providers/VastProvider.h"
#include "sandbox/SandboxServer.h"

#include <QTest>

#include <memory>

using Kind = ApiError::Kind;
using Outcome = TwoFactorOutcome::Kind;
using ProviderTest::call;

/**
 * VastProvider's two-factor calls end to end against the sandbox over HTTP (issue 20), under every value of the
 * variants tfa-refusal and tfa-status: the sign-in outcome tells accepted, wrong code, locked until T and the backup
 * codes left apart.
 */
class tst_VastTwoFactor : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_sandbox;
    SandboxDemo m_demo;
    std::unique_ptr<ApiTransport> m_transport;

    std::unique_ptr<VastProvider> provider(const QString& apiKey)
    {
        auto p = std::make_unique<VastProvider>(m_transport.get());
        p->setBaseUrl(m_sandbox.baseUrl());
        p->setCredentials({apiKey, QString()});
        return p;
    }

    TwoFactorOutcome signIn(VastProvider* p, const TwoFactorProof& proof)
    {
        auto r = call<TwoFactorSession>([&](QObject* c, auto done) { p->twoFactorSignIn(proof, c, done); });
        if (!r)
            return TwoFactorOutcome::fromError(ApiError::make(Kind::Timeout));
        return r->ok() ? TwoFactorOutcome::accepted(r->value->backupCodesRemaining)
                       : TwoFactorOutcome::fromError(r->error);
    }

    static void variants()
    {
        QTest::addColumn<QString>("refusal");
        QTest::addColumn<QString>("status");
        for (const char* refusal : {"400", "401"}) {
            for (const char* status : {"open", "session-only"})
                QTest::addRow("refusal=%s status=%s", refusal, status)
                    << QString::fromLatin1(refusal) << QString::fromLatin1(status);
        }
    }

    void useVariants()
    {
        QFETCH(QString, refusal);
        QFETCH(QString, status);
        QVERIFY(m_sandbox.setVariant(QStringLiteral("tfa-refusal"), refusal));
        QVERIFY(m_sandbox.setVariant(QStringLiteral("tfa-status"), status));
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
        m_transport = std::make_unique<ApiTransport>();
    }

    void init() { m_demo = m_sandbox.seedDemo(); }

    void signInOutcomesTellWrongCodeLockoutAndBackupCodes_data() { variants(); }
    void signInOutcomesTellWrongCodeLockoutAndBackupCodes()
    {
        useVariants();
        auto p = provider(m_demo.vastTfaApiKey);
        TwoFactorOutcome outcome = signIn(p.get(), TwoFactorProof::totp(QStringLiteral("000000")));
        QCOMPARE(outcome.kind, Outcome::WrongCode);
        QCOMPARE(outcome.failCount, std::optional<int>(1));
        QVERIFY(!p->hasSessionKey()); // a refused code is not a dead session, whatever the status

        // A backup code signs in and says how many are left.
        outcome = signIn(p.get(), TwoFactorProof::backup(m_demo.vastTfaBackupCodes.at(0)));
        QCOMPARE(outcome.kind, Outcome::Accepted);
        QCOMPARE(outcome.backupCodesRemaining, std::optional<int>(9));
        QVERIFY(!outcome.fewBackupCodesLeft());
        QVERIFY(p->hasSessionKey());
        for (int i = 1; i <= 6; ++i)
            QCOMPARE(signIn(p.get(), TwoFactorProof::backup(m_demo.vastTfaBackupCodes.at(i))).kind, Outcome::Accepted);
        outcome = signIn(p.get(), TwoFactorProof::backup(m_demo.vastTfaBackupCodes.at(7)));
        QCOMPARE(outcome.backupCodesRemaining, std::optional<int>(2));
        QVERIFY(outcome.fewBackupCodesLeft());

        // The backup codes reset the count (a right answer): five wrong codes in a row lock the method, and the
        // outcome says until when.
        const QDateTime before = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 4; ++i)
            QCOMPARE(signIn(p.get(), TwoFactorProof::totp(QStringLiteral("000000"))).kind, Outcome::WrongCode);
        outcome = signIn(p.get(), TwoFactorProof::totp(QStringLiteral("000000")));
        QCOMPARE(outcome.kind, Outcome::Locked);
        QCOMPARE(outcome.failCount, std::optional<int>(5));
        QVERIFY(outcome.lockedUntil.isValid());
        QVERIFY(outcome.lockedUntil >= before.addSecs(15 * 60 - 1)
                && outcome.lockedUntil <= before.addSecs(15 * 60 + 5));
        QCOMPARE(signIn(p.get(), TwoFactorProof::totp(m_demo.vastTfaCode)).kind, Outcome::Locked);
    }

    void signsInWithSmsAndEmailCodes_data() { variants(); }
    void signsInWithSmsAndEmailCodes()
    {
        useVariants();
        auto p = provider(m_demo.vastTfaApiKey);
        auto sms = call<TwoFactorChallenge>([&](QObject* c, auto done) { p->sendTwoFactorSms({}, c, done); });
        KD_VERIFY_OK(sms);
        QVERIFY(!sms->value->secret.isEmpty());
        KD_VERIFY_OK(call<void>([&](QObject* c, auto done) { p->resendTwoFactorSms(sms->value->secret, c, done); }));
        TwoFactorProof proof;
        proof.methodType = QStringLiteral("sms");
        proof.code = m_demo.vastTfaCode;
        proof.secret = sms->value->secret;
        QCOMPARE(signIn(p.get(), proof).kind, Outcome::Accepted);

        // E-mail by method id, read from the status (with the session: works under both tfa-status values).
        auto status = call<TwoFactorStatus>([&](QObject* c, auto done) { p->twoFactorStatus(c, done); });
        KD_VERIFY_OK(status);
        QCOMPARE(status->value->methods.size(), 3);
        QVERIFY(status->value->enabled);
        QCOMPARE(status->value->backupCodesRemaining, std::optional<int>(10));
        const TwoFactorMethod first = status->value->methods.first();
        QCOMPARE(first.type, QStringLiteral("totp"));
        QVERIFY(first.primary);
        QVERIFY(first.createdAt.isValid());
        QVERIFY(!first.lockedUntil.isValid());
        QCOMPARE(status->value->methods.at(1).phoneNumber, QStringLiteral("+442079460958"));
        auto email = call<TwoFactorChallenge>([&](QObject* c, auto done) { p->sendTwoFactorEmail(c, done); });
        KD_VERIFY_OK(email);
        TwoFactorProof byId;
        byId.methodId = status->value->methods.at(2).id;
        byId.code = m_demo.vastTfaCode;
        byId.secret = email->value->secret;
        QCOMPARE(signIn(p.get(), byId).kind, Outcome::Accepted);
    }

    void theStatusBeforeSignInFollowsTheServer_data() { variants(); }
    void theStatusBeforeSignInFollowsTheServer()
    {
        useVariants();
        QFETCH(QString, status);
        auto p = provider(m_demo.vastTfaApiKey);
        auto r = call<TwoFactorStatus>([&](QObject* c, auto done) { p->twoFactorStatus(c, done); });
        if (status == QLatin1String("open")) {
            KD_VERIFY_OK(r);
            QCOMPARE(r->value->methods.size(), 3);
        } else {
            KD_VERIFY_KIND(r, Kind::TwoFactorRequired);
        }
    }

    void managesMethodsAndBackupCodes_data() { variants(); }
    void managesMethodsAndBackupCodes()
    {
        useVariants();
        auto p = provider(m_demo.vastApiKey);
        auto auth = call<TwoFactorChallenge>([&](QObject* c, auto done) {
            TwoFactorProof proof;
            proof.methodType = QStringLiteral("email");
            p->authorizeNewTwoFactorMethod(proof, c, done);
        });
        KD_VERIFY_OK(auth);
        KD_VERIFY_OK(call<void>([&](QObject* c, auto done) {
            p->finishAuthorizeNewTwoFactorMethod(auth->value->secret, m_demo.vastTfaCode, c, done);
        }));
        auto setup = call<TotpSetup>([&](QObject* c, auto done) { p->setUpTotp(c, done); });
        KD_VERIFY_OK(setup);
        QVERIFY(setup->value->provisioningUri.contains(setup->value->secret));
        auto wrong = call<TwoFactorActivation>([&](QObject* c, auto done) {
            p->confirmNewTwoFactorMethod(QStringLiteral("totp"), QStringLiteral("111111"), setup->value->secret, {},
                                         QStringLiteral("Pixel"), c, done);
        });
        QVERIFY(wrong);
        QCOMPARE(TwoFactorOutcome::fromError(wrong->error).kind, Outcome::WrongCode);
        auto activation = call<TwoFactorActivation>([&](QObject* c, auto done) {
            p->confirmNewTwoFactorMethod(QStringLiteral("totp"), m_demo.vastTfaCode, setup->value->secret, {},
                                         QStringLiteral("Pixel"), c, done);
        });
        KD_VERIFY_OK(activation);
        QCOMPARE(activation->value->backupCodes.size(), 10);
        QCOMPARE(activation->value->method.label, QStringLiteral("Pixel"));
        const QString totpId = activation->value->method.id;

        QCOMPARE(signIn(p.get(), TwoFactorProof::totp(m_demo.vastTfaCode)).kind, Outcome::Accepted);
        KD_VERIFY_OK(call<void>(
            [&](QObject* c, auto done) { p->updateTwoFactorMethod(totpId, QStringLiteral("Phone"), true, c, done); }));
        KD_VERIFY_KIND(call<void>([&](QObject* c, auto done) {
                           p->updateTwoFactorMethod(totpId, std::nullopt, std::nullopt, c, done);
                       }),
                       Kind::Validation);
        auto regen = call<QStringList>([&](QObject* c, auto done) {
            p->regenerateBackupCodes(TwoFactorProof::totp(m_demo.vastTfaCode), c, done);
        });
        KD_VERIFY_OK(regen);
        QCOMPARE(regen->value->size(), 10);
        QVERIFY(regen->value->first() != activation->value->backupCodes.first());
        auto removed = call<TwoFactorRemoval>([&](QObject* c, auto done) {
            p->deleteTwoFactorMethod(totpId, TwoFactorProof::backup(regen->value->first()), c, done);
        });
        KD_VERIFY_OK(removed);
        QVERIFY(!removed->value->remainingMethods); // the last one: 2FA is off
        auto status = call<TwoFactorStatus>([&](QObject* c, auto done) { p->twoFactorStatus(c, done); });
        KD_VERIFY_OK(status);
        QVERIFY(!status->value->enabled);
    }

    void idsThatAreNotNumbersNeverLeaveTheApp()
    {
        auto p = provider(m_demo.vastTfaApiKey);
        KD_VERIFY_KIND(call<TwoFactorRemoval>([&](QObject* c, auto done) {
                           p->deleteTwoFactorMethod(QStringLiteral("1/../2"), TwoFactorProof::totp(QStringLiteral("1")),
                                                    c, done);
                       }),
                       Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(tst_VastTwoFactor)
#include "tst_vasttwofactor.moc"
