#include "DarkPalette.h"
#include "MessageBoxChecks.h"
#include "ShotOnRequest.h"
#include "UiContext.h"
#include "clipboard/SecretClipboard.h"
#include "net/ApiTransport.h"
#include "pages/apikeys/ApiKeysModel.h"
#include "pages/apikeys/ApiKeysPage.h"
#include "pages/apikeys/ConsoleLinks.h"
#include "pages/apikeys/CreateApiKeyDialog.h"
#include "pages/apikeys/ExpiryDialog.h"
#include "pages/apikeys/ExpiryNotifier.h"
#include "pages/apikeys/KeyEntryDialog.h"
#include "pages/apikeys/NewKeyDialog.h"
#include "pages/apikeys/RotationAssistantDialog.h"
#include "pages/apikeys/UrlOpener.h"
#include "providers/SpheronProvider.h"
#include "providers/VastProvider.h"
#include "sandbox/SandboxServer.h"
#include "secrets/AccountsRegistry.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretsService.h"
#include "widgets/MessageBox.h"
#include "widgets/StatefulView.h"
#include "wizard/ApiKeyPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

/**
 * The API Keys tab driven through its widgets against the real sandbox (both dialects), with the real
 * providers and transport, a memory secret store and the real clipboard guard.
 */
class tst_ApiKeysPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void vastListsTheAccountsKeys();
    void vastRefreshWhileListingShowsOnlyTheNewerList();
    void vastClosingTheCreateDialogMidRequestLeavesThePageIdle();
    void vastCreateValidatesJsonShowsKeyOnceAndUsesIt();
    void vastCreateFailureKeepsWhatTheUserTyped();
    void vastCreateWithADroppedAnswerFindsTheKeyAndDeletesIt();
    void vastCreateWithADroppedAnswerReportsAKeptKeyOnce();
    void vastCreateTimeoutWhenNothingWasCreatedKeepsTheForm();
    void vastDeleteAsksOnceForAnotherKey();
    void vastDeleteWithADroppedAnswerShowsTheKeyGone();
    void vastDeleteTimeoutWhenNothingWasDeletedSaysSoAndTheRetryWorks();
    void vastDeletingAKeyAlreadyGoneSaysSo();
    void vastDeletingOwnKeyWithADroppedAnswerAsksForANewKey();
    void vastDeletingOwnKeyAsksTwiceThenAsksForANewKey();
    void vastResetKillsOldKeyAndKeydeckCarriesOnWithTheNewOne();
    void vastResetWithALockedKeychainStillShowsTheKeyAndKeepsWorking();
    void vast401MidSessionLeadsToReenteringAKeyAndKeepsTheAccount();
    void vastRotationAssistantCreatesSwitchesTestsAndDeletesTheOldKey();
    void vastRotationAssistantAfterADroppedAnswerDeletesTheSecretlessKey();
    void vastTwoFactorAccountAsksForACodeNotANewKey();
    void spheronCardMasksRevealsAndCopiesTheKey();
    void spheronExpiryUnknownUntilSetThenDaysLeftBannerAndNotification();
    void spheronTestKeyMakesALiveCall();
    void spheronRevokeOpensConsoleAndForgetsTheKeyLocally();
    void spheronGenerateNewKeyVerifiesBeforeSwapping();
    void spheronAKeyBeingVerifiedIsNotUsedUntilTheServerAcceptsIt();
    void spheron401MidSessionLeadsToReenteringAKey();
    void spheronRotationAssistantSwapsTheKeyAndLinksToTheConsole();
    void consoleLinksAreTheProviderTablesKeyPages();
    void removingTheAccountLeavesNoPageStateBehind();
    void quickReferenceNeverEmbedsTheKey_data();
    void quickReferenceNeverEmbedsTheKey();
    void rendersScreenshots();

private:
    void setUp(Provider provider, const QString& initialKey);
    template <typename T>
    T* child(const char* name) const
    {
        T* w = m_page->findChild<T*>(QLatin1String(name));
        if (!w)
            qWarning("missing child %s", name);
        return w;
    }
    template <typename T>
    T* waitForDialog(const char* name)
    {
        T* found = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                found = m_page->findChild<T*>(QLatin1String(name));
                return found && found->isVisible();
            },
            5000);
        return shown ? found : nullptr;
    }
    QString storedKey();
    QList<ApiKeyInfo> listWith(const QString& key);
    /** Keys named @p name at the server now. */
    int keysNamed(const QString& name);
    /** Opens the create dialog, types @p name and clicks Create with the sandbox set to lose the answer once. */
    CreateApiKeyDialog* createLosingTheAnswer(const QString& name, SandboxFault::Kind fault);
    QString selectVastKey(const QString& name, bool own = false);
    void faultDeletes(SandboxFault::Kind kind);
    bool listed(const QString& id);
    static bool said(const QSignalSpy& status, const QString& message);
    bool keyWorks(const QString& key);
    /** Checkboxes only react to clicks on their indicator and text, so tests toggle them with the keyboard. */
    static void toggle(QCheckBox* check)
    {
        check->setFocus();
        QTest::keyClick(check, Qt::Key_Space);
    }
    void click(const char* name) { QTest::mouseClick(child<QPushButton>(name), Qt::LeftButton); }

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    SandboxDemo m_demo;
    std::unique_ptr<ApiTransport> m_transport;
    std::unique_ptr<ConsoleProvider> m_provider;
    std::unique_ptr<SecretsService> m_secrets;
    std::unique_ptr<AccountsRegistry> m_accounts;
    std::unique_ptr<SecretClipboard> m_clipboard;
    UiContext m_context;
    Account m_account;
    std::unique_ptr<ApiKeysPage> m_page;
    QList<QUrl> m_openedUrls;
};

void tst_ApiKeysPage::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("KeydeckTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_apikeyspage"));
    UrlOpener::setHandler([this](const QUrl& url) {
        m_openedUrls.append(url);
        return true;
    });
}

void tst_ApiKeysPage::init()
{
    m_sandbox = std::make_unique<SandboxServer>();
    QString error;
    QVERIFY2(m_sandbox->start(SandboxServer::Options(), &error), qPrintable(error));
    m_demo = m_sandbox->seedDemo();
    m_openedUrls.clear();
    QSettings().clear();
    m_transport = std::make_unique<ApiTransport>();
}

void tst_ApiKeysPage::cleanup()
{
    m_page.reset();
    m_clipboard.reset();
    m_accounts.reset();
    m_secrets.reset();
    m_provider.reset();
    m_transport.reset();
    m_sandbox.reset();
    KD_VERIFY_NO_PENDING_ANSWERS();
}

void tst_ApiKeysPage::setUp(Provider provider, const QString& initialKey)
{
    if (provider == Provider::Vast)
        m_provider = std::make_unique<VastProvider>(m_transport.get());
    else
        m_provider = std::make_unique<SpheronProvider>(m_transport.get());
    m_provider->setBaseUrl(m_sandbox->baseUrl());
    m_provider->setCredentials(ProviderCredentials {initialKey, {}});
    m_secrets = std::make_unique<SecretsService>(std::make_unique<MemorySecretStore>());
    m_accounts = std::make_unique<AccountsRegistry>(
        m_secrets.get(),
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("accounts.ini")), QSettings::IniFormat));
    m_account = Account::create(provider, QStringLiteral("Demo account"));
    m_account.baseUrl = m_sandbox->baseUrl();
    QSignalSpy added(m_accounts.get(), &AccountsRegistry::accountAdded);
    bool stored = false;
    m_accounts->addWithApiKey(m_account, initialKey, this, [&stored](const SecretError& e) { stored = e.isOk(); });
    QTRY_VERIFY(stored);
    m_clipboard = std::make_unique<SecretClipboard>(QGuiApplication::clipboard());
    m_clipboard->setClearTimeout(60s);
    m_context = UiContext {m_clipboard.get(), m_secrets.get(), m_accounts.get(), m_account.id};
    m_page = std::make_unique<ApiKeysPage>(m_provider.get(), &m_context);
    m_page->resize(900, 680);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

QString tst_ApiKeysPage::storedKey()
{
    QString result;
    bool done = false;
    m_secrets->keychainStore()->read(m_account.id, SecretKind::ApiKey, this,
                                     [&](const SecretError& e, const QString& key) {
                                         result = e.isOk() ? key : QString();
                                         done = true;
                                     });
    [&] { QTRY_VERIFY(done); }();
    return result;
}

QList<ApiKeyInfo> tst_ApiKeysPage::listWith(const QString& key)
{
    VastProvider other(m_transport.get());
    other.setBaseUrl(m_sandbox->baseUrl());
    other.setCredentials(ProviderCredentials {key, {}});
    std::optional<ApiResult<QList<ApiKeyInfo>>> result;
    other.listApiKeys(this, [&](ApiResult<QList<ApiKeyInfo>> r) { result = r; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
    return result && result->ok() ? *result->value : QList<ApiKeyInfo>();
}

bool tst_ApiKeysPage::keyWorks(const QString& key)
{
    std::unique_ptr<ConsoleProvider> other;
    if (m_provider->providerId() == QLatin1String("vast"))
        other = std::make_unique<VastProvider>(m_transport.get());
    else
        other = std::make_unique<SpheronProvider>(m_transport.get());
    other->setBaseUrl(m_sandbox->baseUrl());
    other->setCredentials(ProviderCredentials {key, {}});
    std::optional<bool> ok;
    other->verifyKey(this, [&](ApiResult<void> r) { ok = r.ok(); });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(ok.has_value(), 10000); }();
    return ok.value_or(false);
}

// --- Vast.ai ------------------------------------------------------------------------------------------------

void tst_ApiKeysPage::vastListsTheAccountsKeys()
{
    setUp(Provider::Vast, m_demo.vastApiKey);
    m_page->refresh();
    auto* view = child<StatefulView>("keysView");
    QTRY_COMPARE_WITH_TIMEOUT(view->state(), StatefulView::State::Content, 10000);
    auto* table = child<QTableView>("keysTable");
    const QList<ApiKeyInfo> expected = listWith(m_demo.vastApiKey);
    QVERIFY(expected.size() >= 2);
    QCOMPARE(table->model()->rowCount(), expected.size());
    QStringList names;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        names << table->model()->index(row, ApiKeysModel::NameColumn).data().toString();
    QVERIFY2(names.contains(QStringLiteral("Grafana read-only")), qPrintable(names.join(u',')));
    // Listing failures show in the error state with the translated message, and Retry recovers.
    SandboxFault fault;
    fault.method = "GET";
    fault.pattern = QStringLiteral("/api/v0/auth/apikeys/");
    fault.status = 500;
    fault.times = 1;
    m_sandbox->setFault(fault);
    QTest::keyClick(m_page.get(), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(view->state(), StatefulView::State::Error, 10000);
    QVERIFY(!view->stateText().isEmpty());
    m_page->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(view->state(), StatefulView::State::Content, 10000);
}

void tst_ApiKeysPage::vastRefreshWhileListingShowsOnlyTheNewerList()
{
    setUp(Provider::Vast, m_demo.vastApiKey);
    m_page->refresh();
    auto* view = child<StatefulView>("keysView");
    QTRY_COMPARE_WITH_TIMEOUT(view->state(), StatefulView::State::Content, 10000);
    auto* model = static_cast<ApiKeysModel*>(child<QTableView>("keysTable")->model());
    // The first list answers late; a key is deleted elsewhere before the user presses F5 again.
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Latency;
    slow.method = "GET";
    slow.pattern = QStringLiteral("/api/v0/auth/apikeys/");
    slow.latencyMs = 800;
    slow.times = 1;
    m_sandbox->setFault(slow);
    QSignalSpy status(m_page.get(), &ApiKeysPage::statusNote); // the count of each list shown
    QSignalSpy busy(m_page.get(), &ApiKeysPage::busyChanged);
    m_page->refresh();
    const QList<ApiKeyInfo> before = listWith(m_demo.vastApiKey);
    const auto gone = std::find_if(before.cbegin(), before.cend(),
                                   [](const ApiKeyInfo& k) { return k.name == QLatin1String("Grafana read-only"); });
    QVERIFY(gone != before.cend());
    const QString goneId = gone->id;
    VastProvider elsewhere(m_transport.get());
    elsewhere.setBaseUrl(m_sandbox->baseUrl());
    elsewhere.setCredentials(ProviderCredentials {m_demo.vastApiKey, {}});
    std::optional<bool> deleted;
    elsewhere.deleteApiKey(goneId, this, [&deleted](ApiResult<void> r) { deleted = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(deleted.has_value(), 10000);
    QVERIFY(*deleted);
    m_page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!busy.isEmpty() && !busy.last().at(0).toBool(), 10000);
    QTest::qWait(1200); // past the older answer's arrival
    // Only the newer list showed: the older one (which still had the key) was dropped, and busy ended once.
    QCOMPARE(
        std::count_if(status.cbegin(), status.cend(),
                      [](const QList<QVariant>& a) { return a.at(0).toString().contains(QLatin1String("API key")); }),
        1);
    QCOMPARE(model->rowOf(goneId), -1);
    QCOMPARE(model->rowCount(), int(before.size()) - 1);
    QCOMPARE(busy.count(), 2);
    QVERIFY(busy.at(0).at(0).toBool());
    QVERIFY(!busy.at(1).at(0).toBool());
    QCOMPARE(view->state(), StatefulView::State::Content);
}

void tst_ApiKeysPage::vastClosingTheCreateDialogMidRequestLeavesThePageIdle()
{
    setUp(Provider::Vast, m_demo.vastApiKey);
    m_page->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(child<StatefulView>("keysView")->state(), StatefulView::State::Content, 10000);
    QSignalSpy busy(m_page.get(), &ApiKeysPage::busyChanged);
    auto* dialog = createLosingTheAnswer(QStringLiteral("slow box"), SandboxFault::Kind::Stall);
    QVERIFY(dialog);
    QTRY_VERIFY(!busy.isEmpty() && busy.last().at(0).toBool());
    QVERIFY(!child<QPushButton>("createKeyButton")->isEnabled());
    // Closing abandons the create; before, the tab stayed busy for good and its buttons stayed off.
    dialog->reject();
    QTRY_VERIFY(!busy.last().at(0).toBool());
    QVERIFY(child<QPushButton>("createKeyButton")->isEnabled());
    m_sandbox->clearFaults();
}

void tst_ApiKeysPage::vastCreateValidatesJsonShowsKeyOnceAndUsesIt()
{
    setUp(Provider::Vast, m_demo.vastApiKey);
    m_page->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(child<StatefulView>("keysView")->state(), StatefulView::State::Content, 10000);
    const int before = listWith(m_demo.vastApiKey).size();

    click("createKeyButton");
    auto* dialog = waitForDialog<CreateApiKeyDialog>("createApiKeyDialog");
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("CI runner"));
    auto* preset = dialog->findChild<QComboBox*>(QStringLiteral("presetCombo"));
    preset->setCurrentIndex(1); // Read only
    emit preset->activated(1);
    QVERIFY(!dialog->findChild<QCheckBox*>(QStringLiteral("user_writeCheck"))->isChecked());
    QVERIFY(dialog->findChild<QCheckBox*>(QStringLiteral("user_readCheck"))->isChecked());

    toggle(dialog->findChild<QCheckBox*>(QStringLiteral("advancedCheck")));
    QVERIFY(dialog->findChild<QCheckBox*>(QStringLiteral("advancedCheck"))->isChecked());
    auto* json = dialog->findChild<QPlainTextEdit*>(QStringLiteral("jsonEdit"));
    auto* create = dialog->findChild<QPushButton*>(QStringLiteral("createButton"));
    json->setPlainText(QStringLiteral(R"({"api": {"manage_instances": true}})"));
    QVERIFY(!create->isEnabled());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("messageLabel"))->text().contains(QLatin1String("manage_")));
    json->setPlainText(QStringLiteral(R"({"api": {"user_read": {}, "misc": {}}})"));
    QVERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);

    auto* shown = waitForDialog<NewKeyDialog>("newKeyDialog");

    QVERIFY(shown);
    auto* keyEdit = shown->findChild<QLineEdit*>(QStringLiteral("keyEdit"));
    const QString newKey = keyEdit->text();
    QVERIFY(!newKey.isEmpty());
    QVERIFY(keyWorks(newKey));
    const QList<ApiKeyInfo> after = listWith(m_demo.vastApiKey);
    QCOMPARE(after.size(), before + 1);
    auto created = std::find_if(after.cbegin(), after.cend(),
                                [](const ApiKeyInfo& k) { return k.name == QLatin1String("CI runner"); });
    QVERIFY(created != after.cend());
    QCOMPARE(created->permissions.value(QLatin1String("api")).toObject().keys(),
             (QStringList {QStringLiteral("misc"), QStringLiteral("user_read")}));

    QTest::mouseClick(shown->findChild<QPushButton*>(QStringLiteral("copyKeyButton")), Qt::LeftButton);
    QVERIFY(QGuiApplication::clipboard()->text() == newKey);
    QVERIFY(m_clipboard->isCountingDown());
    // Ctrl+C also goes through the guarded clipboard, never a plain line-edit copy.
    m_clipboard->clearIfOurs();
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    QTest::keySequence(shown, QKeySequence::Copy);
    QVERIFY(QGuiApplication::clipboard()->text() == newKey);
    QVERIFY(m_clipboard->isCountingDown());

    QTest::mouseClick(shown->findChild<QPushButton*>(QStringLiteral("useKeyButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(storedKey() == newKey, 10000);
    QCOMPARE(m_page->ownKeyId(), created->id);
    QPointer<NewKeyDialog> guard(shown);
    QTest::mouseClick(shown->findChild<QPushButton*>(QStringLiteral("closeButton")), Qt::LeftButton);
    QVERIFY(keyEdit->text().isEmpty()); // shown once: wiped on close
    QTRY_VERIFY(guard.isNull());

    // Keydeck now works with the new key (read-only on user data: listing still allowed), marked as its own.
    auto* table = child<QTableView>("keysTable");
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), before + 1, 10000);
    const int row = static_cast<ApiKeysModel*>(table->model())->rowOf(created->id);
    QVERIFY(table->model()->index(row, 0).data(ApiKeysModel::IsOwnKeyRole).toBool());
}

void tst_ApiKeysPage::vastCreateFailureKeepsWhatTheUserTyped()
{
    setUp(Provider::Vast, m_demo.vastApiKey);
    m_page->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(child<StatefulView>("keysView")->state(), StatefulView::State::Content, 10000);
    SandboxFault fault;
    fault.method = "POST";
    fault.pattern = QStringLiteral("/api/v0/auth/apikeys/");
    fault.status = 400;
    fault.times = 1;
    m_sandbox->setFault(fault);
    QTest::keySequence(m_page.get(), QKeySequence::New);
    auto* dialog = waitForDialog<CreateApiKeyDialog>("createApiKeyDialog");
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("build box"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("createButton")), Qt::LeftButton);
    auto* message = dialog->findChild<QLabel*>(QStringLiteral("messageLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QLatin1String("not created")), 10000);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->text(), QStringLiteral("build box"));
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("createButton"))->isEnabled());
    dialog->reject();
}

int tst_ApiKeysPage::keysNamed(const QString& name)
{
    const QList<ApiKeyInfo> keys = listWith(m_demo.vastApiKey);
    return int(std::count_if(keys.cbegin(), keys.cend(), [&name](const ApiKeyInfo& k) { return k.name == name; }));
}

CreateApiKeyDialog* tst_ApiKeysPage::createLosingTheAnswer(const QString& name, SandboxFault::Kind kind)
{
    SandboxFault fault;
    fault.kind = kind;
    fault.method = "POST";
    fault.pattern = QStringLiteral("/api/v0/auth/apikeys/");
    fault.times = 1;
    m_sandbox->setFault(fault);
    click("createKeyButton");
    auto* dialog = waitForDialog<CreateApiKeyDialog>("createApiKeyDialog");
    if (!dialog)
        return nullptr;
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")), name);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("createButton")), Qt::LeftButton);
    return dialog;
}

void tst_ApiKeysPage::vastCreateWithADroppedAnswerFindsTheKeyAndDeletesIt()
{
    // The sandbox creates the key, then drops the connection: the answer with the secret never arrives.
    setUp(Provider::Vast, m_demo.vastApiKey);
    m_page->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(child<StatefulView>("keysView")->state(), StatefulView::State::Content, 10000);
    const int before = listWith(m_demo.vastApiKey).size();
    QSignalSpy requests(m_sandbox.get(), &SandboxServer::requestHandled);
    MessageBox::setNextAnswer(true); // "Delete the key?"
    auto* dialog = createLosingTheAnswer(QStringLiteral("ci-runner"), SandboxFault::Kind::DropConnection);
    QVERIFY(dialog);
    auto* message = dialog->findChild<QLabel*>(QStringLiteral("messageLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QLatin1String("Keydeck deleted it")), 10000);
    QVERIFY2(message->text().contains(QStringLiteral("“ci-runner” was created")), qPrintable(message->text()));
    QVERIFY(MessageBox::lastQuestionText().contains(QStringLiteral("“ci-runner” was created")));
    saveShotOnRequest(dialog, QStringLiteral("vast-create-lost-answer-deleted"));
    QCOMPARE(keysNamed(QStringLiteral("ci-runner")), 0);
    QCOMPARE(listWith(m_demo.vastApiKey).size(), before);
    // One create, no automatic second one; a re-list and the deletion.
    int posts = 0;
    for (const QList<QVariant>& request : std::as_const(requests))
        posts += request.at(0).toString() == QLatin1String("POST") ? 1 : 0;
    QCOMPARE(posts, 1);
    QVERIFY(std::any_of(requests.cbegin(), requests.cend(),
                        [](const QList<QVariant>& r) { return r.at(0).toString() == QLatin1String("DELETE"); }));

    // The form is kept: Create again makes exactly one key, and this time its secret arrives.
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->text(), QStringLiteral("ci-runner"));
    auto* create = dialog->findChild<QPushButton*>(QStringLiteral("createButton"));
    QVERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    auto* shown = waitForDialog<NewKeyDialog>("newKeyDialog");
    QVERIFY(shown);
    QVERIFY(keyWorks(shown->findChild<QLineEdit*>(QStringLiteral("keyEdit"))->text()));
    QCOMPARE(keysNamed(QStringLiteral("ci-runner")), 1);
    MessageBox::setNextAnswer(true); // close without copying the key
    shown->done(QDialog::Rejected);
}

void tst_ApiKeysPage::vastCreateWithADroppedAnswerReportsAKeptKeyOnce()
{
    setUp(Provider::Vast, m_demo.vastApiKey);
    m_page->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(child<StatefulView>("keysView")->state(), StatefulView::State::Content, 10000);
    auto* table = child<QTableView>("keysTable");
    const int before = table->model()->rowCount();
    MessageBox::setNextAnswer(false); // keep the key
    auto* dialog = createLosingTheAnswer(QStringLiteral("ci-runner"), SandboxFault::Kind::DropConnection);
    QVERIFY(dialog);
    auto* message = dialog->findChild<QLabel*>(QStringLiteral("messageLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QLatin1String("delete the key")), 10000);
    QVERIFY2(message->text().contains(QStringLiteral("“ci-runner” was created")), qPrintable(message->text()));
    QVERIFY(message->text().contains(QLatin1String("secret could not be received")));
    QCOMPARE(keysNamed(QStringLiteral("ci-runner")), 1);
    // The page shows the re-listed keys, the new one included, without the user pressing F5.
    QCOMPARE(table->model()->rowCount(), before + 1);
    QStringList names;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        names << table->model()->index(row, ApiKeysModel::NameColumn).data().toString();
    QVERIFY(names.contains(QStringLiteral("ci-runner")));
    saveShotOnRequest(dialog, QStringLiteral("vast-create-lost-answer-kept"));
    dialog->reject();
}

void tst_ApiKeysPage::vastCreateTimeoutWhenNothingWasCreatedKeepsTheForm()
{
    // A stalled request never reaches the dialect: nothing is created, and the client times out.
    ApiTransport::Limits limits = m_transport->limits();
    limits.inactivityTimeout = 400ms;
    m_transport->setLimits(limits);
    setUp(Provider::Vast, m_demo.vastApiKey);
    m_page->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(child<StatefulView>("keysView")->state(), StatefulView::State::Content, 10000);
    const int before = listWith(m_demo.vastApiKey).size();
    auto* dialog = createLosingTheAnswer(QStringLiteral("ci-runner"), SandboxFault::Kind::Stall);
    QVERIFY(dialog);
    auto* message = dialog->findChild<QLabel*>(QStringLiteral("messageLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QLatin1String("try again")), 10000);
    QVERIFY2(message->text().contains(QStringLiteral("“ci-runner” was not created")), qPrintable(message->text()));
    QCOMPARE(listWith(m_demo.vastApiKey).size(), before);
    saveShotOnRequest(dialog, QStringLiteral("vast-create-lost-answer-not-created"));
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->text(), QStringLiteral("ci-runner"));
    auto* create = dialog->findChild<QPushButton*>(QStringLiteral("createButton"));
    QVERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    auto* shown = waitForDialog<NewKeyDialog>("newKeyDialog");
    QVERIFY(shown);
    QCOMPARE(keysNamed(QStringLiteral("ci-runner")), 1);
    MessageBox::setNextAnswer(true); // close without copying the key
    shown->done(QDialog::Rejected);
}

void tst_ApiKeysPage::vastDeleteAsksOnceForAnotherKey()
{
    QVERIFY(!selectVastKey(QStringLiteral("Grafana read-only")).isEmpty());
    auto* table = child<QTableView>("keysTable");
    const QList<ApiKeyInfo> keys = listWith(m_demo.vastApiKey);
    // Declining keeps the key.
    MessageBox::setNextAnswer(false);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(listWith(m_demo.vastApiKey).size(), keys.size());
    MessageBox::setNextAnswer(true);
    click("deleteKeyButton");
    QVERIFY(MessageBox::lastQuestionText().contains(QLatin1String("Grafana read-only")));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), keys.size() - 1, 10000);
    QCOMPARE(listWith(m_demo.vastApiKey).size(), keys.size() - 1);
    QVERIFY(!keyWorks(m_demo.vastReadOnlyKey));
    QVERIFY(!child<QFrame>("authBanner")->isVisible());
}

/**
 * A loaded Vast page with the demo key named @p name selected (and taken as Keydeck's own key when @p own); the
 * key's id, or empty.
 */
QString tst_ApiKeysPage::selectVastKey(const QString& name, bool own)
{
    setUp(Provider::Vast, m_demo.vastApiKey);
    const QList<ApiKeyInfo> keys = listWith(m_demo.vastApiKey);
    auto key = std::find_if(keys.cbegin(), keys.cend(), [&name](const ApiKeyInfo& k) { return k.name == name; });
    if (key == keys.cend())
        return {};
    if (own)
        m_page->setOwnKeyId(key->id);
    m_page->refresh();
    auto* table = child<QTableView>("keysTable");
    if (!QTest::qWaitFor([&] { return table->model()->rowCount() == keys.size(); }, 10000))
        return {};
    table->selectRow(static_cast<ApiKeysModel*>(table->model())->rowOf(key->id));
    return key->id;
}

void tst_ApiKeysPage::faultDeletes(SandboxFault::Kind kind)
{
    SandboxFault fault;
    fault.kind = kind;
    fault.method = "DELETE";
    fault.pattern = QStringLiteral("/api/v0/auth/apikeys/");
    fault.match = SandboxFault::Match::Prefix;
    fault.times = 0; // the transport's retries too
    m_sandbox->setFault(fault);
}

bool tst_ApiKeysPage::said(const QSignalSpy& status, const QString& message)
{
    return std::any_of(status.cbegin(), status.cend(),
                       [&message](const QList<QVariant>& args) { return args.at(0).toString() == message; });
}

bool tst_ApiKeysPage::listed(const QString& id)
{
    const QList<ApiKeyInfo> keys = listWith(m_demo.vastApiKey);
    return std::any_of(keys.cbegin(), keys.cend(), [&id](const ApiKeyInfo& k) { return k.id == id; });
}

void tst_ApiKeysPage::vastDeleteWithADroppedAnswerShowsTheKeyGone()
{
    // The sandbox deletes the key, then drops the connection before the answer, and the transport's retries too
    // (they find nothing left to delete). Before, the page said the key was not deleted.
    const QString id = selectVastKey(QStringLiteral("Grafana read-only"));
    QVERIFY(!id.isEmpty());
    const int rows = child<QTableView>("keysTable")->model()->rowCount();
    faultDeletes(SandboxFault::Kind::DropConnection);
    QSignalSpy status(m_page.get(), &ApiKeysPage::statusMessage);
    QSignalSpy handled(m_sandbox.get(), &SandboxServer::requestHandled);
    QSignalSpy busy(m_page.get(), &ApiKeysPage::busyChanged);
    const int asked = MessageBox::questionsAsked();
    MessageBox::setNextAnswer(true); // the confirmation
    MessageBox::setNextAnswer(true); // a warning would take this one rather than block on a real dialog
    click("deleteKeyButton");
    QTRY_VERIFY_WITH_TIMEOUT(said(status,
                                  QStringLiteral("No readable answer came back from the server, but the API key "
                                                 "“Grafana read-only” was deleted.")),
                             10000);
    // Done when the page is idle after checking that Keydeck's own key still works (users/current).
    const auto requested = [&handled](const char* method, const char* path) {
        return std::count_if(handled.cbegin(), handled.cend(), [&](const QList<QVariant>& r) {
            return r.at(0).toString() == QLatin1String(method) && r.at(1).toString() == QLatin1String(path);
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(
        requested("GET", "/api/v0/users/current") == 1 && !busy.isEmpty() && !busy.last().at(0).toBool(), 10000);
    // The list that told is the one shown: it is not asked for a second time.
    QCOMPARE(requested("GET", "/api/v0/auth/apikeys/"), 1);
    m_sandbox->clearFaults();
    QVERIFY(!listed(id));
    QCOMPARE(child<QTableView>("keysTable")->model()->rowCount(), rows - 1);
    QVERIFY(!child<QFrame>("authBanner")->isVisible());
    // No warning: the key is gone, as asked. Only the confirmation was shown; the guard answer is left over.
    QCOMPARE(MessageBox::questionsAsked() - asked, 1);
    QCOMPARE(MessageBox::pendingAnswers(), 1);
    MessageBox::clearNextAnswers();
}

void tst_ApiKeysPage::vastDeleteTimeoutWhenNothingWasDeletedSaysSoAndTheRetryWorks()
{
    // Stalled requests never reach the dialect: nothing is deleted, and the client times out (its retries too).
    ApiTransport::Limits limits = m_transport->limits();
    limits.inactivityTimeout = 400ms;
    m_transport->setLimits(limits);
    const QString id = selectVastKey(QStringLiteral("Grafana read-only"));
    QVERIFY(!id.isEmpty());
    faultDeletes(SandboxFault::Kind::Stall);
    QSignalSpy status(m_page.get(), &ApiKeysPage::statusMessage);
    MessageBox::setNextAnswer(true); // the confirmation
    MessageBox::setNextAnswer(true); // the warning that it was not deleted
    click("deleteKeyButton");
    QTRY_VERIFY_WITH_TIMEOUT(said(status,
                                  QStringLiteral("No readable answer came back from the server, and the API key "
                                                 "“Grafana read-only” was not deleted; you can try again.")),
                             15000);
    m_sandbox->clearFaults();
    QVERIFY(listed(id));
    auto* table = child<QTableView>("keysTable");
    const int rows = table->model()->rowCount();
    // The list was shown again: the key is still there, and can be deleted now.
    QTRY_VERIFY_WITH_TIMEOUT(static_cast<ApiKeysModel*>(table->model())->rowOf(id) >= 0, 5000);
    table->selectRow(static_cast<ApiKeysModel*>(table->model())->rowOf(id));
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("deleteKeyButton")->isEnabled(), 5000);
    MessageBox::setNextAnswer(true);
    click("deleteKeyButton");
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), rows - 1, 10000);
    QVERIFY(!listed(id));
}

void tst_ApiKeysPage::vastDeletingAKeyAlreadyGoneSaysSo()
{
    // Deleted elsewhere (the web console) since the list was loaded: 404, then the list shows it gone.
    const QString id = selectVastKey(QStringLiteral("Grafana read-only"));
    QVERIFY(!id.isEmpty());
    VastProvider admin(m_transport.get());
    admin.setBaseUrl(m_sandbox->baseUrl());
    admin.setCredentials({m_demo.vastApiKey, {}});
    bool deleted = false;
    admin.deleteApiKey(id, this, [&](ApiResult<void> r) { deleted = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(deleted, 10000);
    QSignalSpy status(m_page.get(), &ApiKeysPage::statusMessage);
    const int asked = MessageBox::questionsAsked();
    MessageBox::setNextAnswer(true); // the confirmation
    MessageBox::setNextAnswer(true); // a warning would take this one rather than block on a real dialog
    click("deleteKeyButton");
    QTRY_VERIFY_WITH_TIMEOUT(
        said(status, QStringLiteral("The API key “Grafana read-only” no longer exists on the server.")), 10000);
    QVERIFY(static_cast<ApiKeysModel*>(child<QTableView>("keysTable")->model())->rowOf(id) < 0);
    // No warning: the key is gone, which is what the user asked for. Only the confirmation was shown.
    QCOMPARE(MessageBox::questionsAsked() - asked, 1);
    QCOMPARE(MessageBox::pendingAnswers(), 1);
    MessageBox::clearNextAnswers();
}

void tst_ApiKeysPage::vastDeletingOwnKeyWithADroppedAnswerAsksForANewKey()
{
    // Keydeck's own key deleted, the answer lost: the list that would tell is refused with that very key (401),
    // which says it is gone. The page asks for another key, as after an answered delete.
    QVERIFY(!selectVastKey(QStringLiteral("Default key"), true).isEmpty());
    faultDeletes(SandboxFault::Kind::DropConnection);
    QSignalSpy status(m_page.get(), &ApiKeysPage::statusMessage);
    const int asked = MessageBox::questionsAsked();
    MessageBox::setNextAnswer(true); // "Delete the key?"
    MessageBox::setNextAnswer(true); // "It is the key Keydeck uses: delete it anyway?"
    MessageBox::setNextAnswer(true); // a warning would take this one rather than block on a real dialog
    click("deleteKeyButton");
    auto* entry = waitForDialog<KeyEntryDialog>("keyEntryDialog");
    QVERIFY(entry);
    QVERIFY(said(
        status,
        QStringLiteral("No readable answer came back from the server, but the API key “Default key” was deleted.")));
    QVERIFY(!keyWorks(m_demo.vastApiKey));
    QVERIFY(child<QFrame>("authBanner")->isVisible());
    QVERIFY(m_accounts->find(m_account.id).has_value());
    entry->reject();
    // The two confirmations and no warning: the key was deleted, as asked.
    QCOMPARE(MessageBox::questionsAsked() - asked, 2);
    QCOMPARE(MessageBox::pendingAnswers(), 1);
    MessageBox::clearNextAnswers();
}

void tst_ApiKeysPage::vastDeletingOwnKeyAsksTwiceThenAsksForANewKey()
{
    QVERIFY(!selectVastKey(QStringLiteral("Default key"), true).isEmpty());
    auto* table = child<QTableView>("keysTable");
    const QList<ApiKeyInfo> keys = listWith(m_demo.vastApiKey);

    // First yes, then no at the second, explicit question: nothing is deleted.
    MessageBox::setNextAnswer(true);
    MessageBox::setNextAnswer(false);
    click("deleteKeyButton");
    QVERIFY(MessageBox::lastQuestionText().contains(QLatin1String("Keydeck itself uses")));
    QVERIFY(keyWorks(m_demo.vastApiKey));

    MessageBox::setNextAnswer(true);
    MessageBox::setNextAnswer(true);
    click("deleteKeyButton");
    auto* entry = waitForDialog<KeyEntryDialog>("keyEntryDialog");
    QVERIFY(entry);
    QVERIFY(!keyWorks(m_demo.vastApiKey));
    QVERIFY(child<QFrame>("authBanner")->isVisible());
    // Another key of the account carries Keydeck on (the read-only key can list keys).
    QTest::keyClicks(entry->findChild<QLineEdit*>(QStringLiteral("keyEdit")), m_demo.vastReadOnlyKey);
    QPointer<KeyEntryDialog> guard(entry);
    QTest::mouseClick(entry->findChild<QPushButton*>(QStringLiteral("verifyButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 10000);
    QVERIFY(storedKey() == m_demo.vastReadOnlyKey);
    QVERIFY(m_accounts->find(m_account.id).has_value());
    QTRY_VERIFY_WITH_TIMEOUT(!child<QFrame>("authBanner")->isVisible(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), keys.size() - 1, 10000);
}

void tst_ApiKeysPage::vastResetKillsOldKeyAndKeydeckCarriesOnWithTheNewOne()
{
    setUp(Provider::Vast, m_demo.vastApiKey);
    m_page->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(child<StatefulView>("keysView")->state(), StatefulView::State::Content, 10000);
    MessageBox::setNextAnswer(true);
    click("resetKeyButton");
    QVERIFY(MessageBox::lastQuestionText().contains(QLatin1String("stops working at once")));
    auto* shown = waitForDialog<NewKeyDialog>("newKeyDialog");
    QVERIFY(shown);
    const QString newKey = shown->findChild<QLineEdit*>(QStringLiteral("keyEdit"))->text();
    QVERIFY(!newKey.isEmpty());
    QVERIFY(newKey != m_demo.vastApiKey);
    QVERIFY(!shown->findChild<QPushButton*>(QStringLiteral("useKeyButton"))->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(
        shown->findChild<QLabel*>(QStringLiteral("statusLabel"))->text().contains(QLatin1String("Stored")), 10000);
    QVERIFY(storedKey() == newKey);
    QVERIFY(!keyWorks(m_demo.vastApiKey)); // the old key died at once
    QVERIFY(keyWorks(newKey));
    shown->accept();
    // Keydeck itself keeps working: a refresh lists the keys with the provider's new credentials.
    QSignalSpy rejected(m_page.get(), &ApiKeysPage::credentialsRejected);
    QTest::keyClick(m_page.get(), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(child<StatefulView>("keysView")->state(), StatefulView::State::Content, 10000);
    QCOMPARE(rejected.count(), 0);
    QVERIFY(!child<QFrame>("authBanner")->isVisible());
}

void tst_ApiKeysPage::vastResetWithALockedKeychainStillShowsTheKeyAndKeepsWorking()
{
    setUp(Provider::Vast, m_demo.vastApiKey);
    m_page->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(child<StatefulView>("keysView")->state(), StatefulView::State::Content, 10000);
    auto* store = static_cast<MemorySecretStore*>(m_secrets->keychainStore());
    store->setFailure(SecretError::make(SecretError::Kind::Locked));
    MessageBox::setNextAnswer(true);
    click("resetKeyButton");
    auto* shown = waitForDialog<NewKeyDialog>("newKeyDialog");
    QVERIFY(shown);
    const QString newKey = shown->findChild<QLineEdit*>(QStringLiteral("keyEdit"))->text();
    QVERIFY(!newKey.isEmpty());
    // The key the server showed once is not lost: it stays on screen with a clear message, and Keydeck uses it.
    auto* status = shown->findChild<QLabel*>(QStringLiteral("statusLabel"));
    QTRY_VERIFY(status->isVisible());
    QVERIFY(status->text().contains(SecretError::messageFor(SecretError::Kind::Locked)));
    QVERIFY(keyWorks(newKey));
    // Not stored and not copied: closing asks first.
    MessageBox::setNextAnswer(true);
    shown->accept();
    QVERIFY(MessageBox::lastQuestionText().contains(QLatin1String("not copied")));
    store->setFailure(SecretError());
    QTest::keyClick(m_page.get(), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(child<StatefulView>("keysView")->state(), StatefulView::State::Content, 10000);
    QVERIFY(!child<QFrame>("authBanner")->isVisible());
}

void tst_ApiKeysPage::vast401MidSessionLeadsToReenteringAKeyAndKeepsTheAccount()
{
    // Keydeck runs with its own key; another client deletes that key behind its back.
    VastProvider admin(m_transport.get());
    admin.setBaseUrl(m_sandbox->baseUrl());
    admin.setCredentials(ProviderCredentials {m_demo.vastApiKey, {}});
    std::optional<ApiResult<CreatedApiKey>> created;
    admin.createApiKey(
        QStringLiteral("desktop"),
        QJsonObject {{QStringLiteral("api"), QJsonObject {{QStringLiteral("user_read"), QJsonObject()}}}}, this,
        [&](ApiResult<CreatedApiKey> r) { created = r; });
    QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 10000);
    QVERIFY(created->ok());
    setUp(Provider::Vast, created->value->key);
    m_page->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(child<StatefulView>("keysView")->state(), StatefulView::State::Content, 10000);
    std::optional<bool> deleted;
    admin.deleteApiKey(created->value->id, this, [&](ApiResult<void> r) { deleted = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(deleted.has_value(), 10000);
    QVERIFY(*deleted);

    QSignalSpy rejected(m_page.get(), &ApiKeysPage::credentialsRejected);
    QTest::keyClick(m_page.get(), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 1, 10000);
    QVERIFY(child<QFrame>("authBanner")->isVisible());
    click("reenterKeyButton");
    auto* entry = waitForDialog<KeyEntryDialog>("keyEntryDialog");
    QVERIFY(entry);
    auto* keyEdit = entry->findChild<QLineEdit*>(QStringLiteral("keyEdit"));
    // A wrong key is refused and what was typed stays for correction.
    QTest::keyClicks(keyEdit, QStringLiteral("not-a-valid-key"));
    QTest::mouseClick(entry->findChild<QPushButton*>(QStringLiteral("verifyButton")), Qt::LeftButton);
    auto* status = entry->findChild<QLabel*>(QStringLiteral("statusLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("did not accept")), 10000);
    QCOMPARE(keyEdit->text(), QStringLiteral("not-a-valid-key"));
    QVERIFY(storedKey() == created->value->key);

    keyEdit->clear();
    QTest::keyClicks(keyEdit, m_demo.vastApiKey);
    QPointer<KeyEntryDialog> guard(entry);
    QTest::mouseClick(entry->findChild<QPushButton*>(QStringLiteral("verifyButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 10000);
    QVERIFY(storedKey() == m_demo.vastApiKey);
    const auto account = m_accounts->find(m_account.id);
    QVERIFY(account.has_value());
    QCOMPARE(account->label, QStringLiteral("Demo account"));
    QTRY_COMPARE_WITH_TIMEOUT(child<StatefulView>("keysView")->state(), StatefulView::State::Content, 10000);
    QVERIFY(!child<QFrame>("authBanner")->isVisible());
}

void tst_ApiKeysPage::vastRotationAssistantAfterADroppedAnswerDeletesTheSecretlessKey()
{
    setUp(Provider::Vast, m_demo.vastApiKey);
    m_page->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(child<StatefulView>("keysView")->state(), StatefulView::State::Content, 10000);
    const int before = listWith(m_demo.vastApiKey).size();
    click("vastRotateButton");
    auto* wizard = waitForDialog<RotationAssistantDialog>("rotationAssistant");
    QVERIFY(wizard);
    const QString name = wizard->findChild<QLineEdit*>(QStringLiteral("newKeyNameEdit"))->text();
    QVERIFY(!name.isEmpty());
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::DropConnection;
    fault.method = "POST";
    fault.pattern = QStringLiteral("/api/v0/auth/apikeys/");
    fault.times = 1;
    m_sandbox->setFault(fault);
    MessageBox::setNextAnswer(true); // delete the key whose secret was lost
    auto* create = wizard->findChild<QPushButton*>(QStringLiteral("createKeyButton"));
    QTest::mouseClick(create, Qt::LeftButton);
    auto* status = wizard->findChild<QLabel*>(QStringLiteral("generateStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("Keydeck deleted it")), 10000);
    QVERIFY(status->text().contains(QStringLiteral("“%1” was created").arg(name)));
    saveShotOnRequest(wizard, QStringLiteral("vast-rotation-lost-answer"));
    QCOMPARE(listWith(m_demo.vastApiKey).size(), before);
    // Creating again works and makes exactly one key.
    QVERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->findChild<QPushButton*>(QStringLiteral("nextButton"))->isEnabled(), 10000);
    QCOMPARE(keysNamed(name), 1);
    QCOMPARE(listWith(m_demo.vastApiKey).size(), before + 1);
    wizard->reject();
}

void tst_ApiKeysPage::vastRotationAssistantCreatesSwitchesTestsAndDeletesTheOldKey()
{
    setUp(Provider::Vast, m_demo.vastApiKey);
    const QList<ApiKeyInfo> keys = listWith(m_demo.vastApiKey);
    auto own = std::find_if(keys.cbegin(), keys.cend(),
                            [](const ApiKeyInfo& k) { return k.name == QLatin1String("Default key"); });
    m_page->setOwnKeyId(own->id);
    m_page->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(child<StatefulView>("keysView")->state(), StatefulView::State::Content, 10000);
    click("vastRotateButton");
    auto* wizard = waitForDialog<RotationAssistantDialog>("rotationAssistant");
    QVERIFY(wizard);
    auto button = [wizard](const char* name) { return wizard->findChild<QPushButton*>(QLatin1String(name)); };
    QVERIFY(!button("nextButton")->isEnabled());
    QTest::mouseClick(button("createKeyButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(button("nextButton")->isEnabled(), 10000);
    QTest::mouseClick(button("nextButton"), Qt::LeftButton);
    QCOMPARE(int(wizard->step()), int(RotationAssistantDialog::Step::Update));
    const QString newKey = wizard->findChild<QLineEdit*>(QStringLiteral("newKeyEdit"))->text();
    QVERIFY(keyWorks(newKey));
    QVERIFY(!wizard->findChild<QLineEdit*>(QStringLiteral("envSnippetEdit"))->text().contains(newKey));
    QTest::mouseClick(button("useInKeydeckButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(storedKey() == newKey, 10000);
    QTest::mouseClick(button("nextButton"), Qt::LeftButton);
    QTest::mouseClick(button("testKeyButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        wizard->findChild<QLabel*>(QStringLiteral("testStatus"))->text().contains(QLatin1String("works")), 10000);
    QTest::mouseClick(button("nextButton"), Qt::LeftButton);
    MessageBox::setNextAnswer(true);
    QTest::mouseClick(button("revokeOldButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        wizard->findChild<QLabel*>(QStringLiteral("revokeStatus"))->text().contains(QLatin1String("deleted")), 10000);
    QVERIFY(!keyWorks(m_demo.vastApiKey));
    QVERIFY(keyWorks(newKey));
    QTest::mouseClick(button("closeButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(child<QTableView>("keysTable")->model()->rowCount(), keys.size(), 10000);
    QVERIFY(!m_page->ownKeyId().isEmpty());
    QVERIFY(m_page->ownKeyId() != own->id);
}

void tst_ApiKeysPage::vastTwoFactorAccountAsksForACodeNotANewKey()
{
    setUp(Provider::Vast, m_demo.vastTfaApiKey);
    QSignalSpy twoFactor(m_page.get(), &ApiKeysPage::twoFactorNeeded);
    QSignalSpy rejected(m_page.get(), &ApiKeysPage::credentialsRejected);
    m_page->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(twoFactor.count(), 1, 10000);
    QCOMPARE(twoFactor.first().first().value<ApiError>().kind(), ApiError::Kind::TwoFactorRequired);
    QCOMPARE(rejected.count(), 0);
    QVERIFY(!child<QFrame>("authBanner")->isVisible());
    QCOMPARE(child<StatefulView>("keysView")->state(), StatefulView::State::Error);
}

// --- Spheron AI -------------------------------------------------------------------------------------------

void tst_ApiKeysPage::spheronCardMasksRevealsAndCopiesTheKey()
{
    setUp(Provider::Spheron, m_demo.spheronApiKey);
    m_page->refresh();
    QCOMPARE(child<QStackedWidget>("providerStack")->currentWidget()->objectName(), QStringLiteral("spheronPage"));
    auto* value = child<QLabel>("keyValueLabel");
    QTRY_VERIFY_WITH_TIMEOUT(value->text().startsWith(QLatin1String("sai_")), 5000);
    QVERIFY(value->text() != m_demo.spheronApiKey);
    QVERIFY(value->text().endsWith(m_demo.spheronApiKey.right(8)));
    QVERIFY(value->text().contains(QChar(0x2022)));
    click("revealButton");
    QVERIFY(value->text() == m_demo.spheronApiKey);
    click("revealButton");
    QVERIFY(value->text() != m_demo.spheronApiKey);
    click("copyKeyButton");
    QVERIFY(QGuiApplication::clipboard()->text() == m_demo.spheronApiKey);
    QVERIFY(m_clipboard->isCountingDown());
}

void tst_ApiKeysPage::spheronExpiryUnknownUntilSetThenDaysLeftBannerAndNotification()
{
    setUp(Provider::Spheron, m_demo.spheronApiKey);
    QStringList notifications;
    m_page->expiryNotifier()->setNotify([&](const QString&, const QString& message) {
        notifications << message;
        return true;
    });
    m_page->refresh();
    QCOMPARE(child<QLabel>("expiresValueLabel")->text(), QStringLiteral("Unknown"));
    QVERIFY(!child<QFrame>("expiryBanner")->isVisible());
    QVERIFY(notifications.isEmpty());

    click("setExpiryButton");
    auto* dialog = waitForDialog<ExpiryDialog>("expiryDialog");
    QVERIFY(dialog);
    toggle(dialog->findChild<QCheckBox*>(QStringLiteral("knownCheck")));
    dialog->findChild<QDateEdit*>(QStringLiteral("dateEdit"))->setDate(QDate::currentDate().addDays(5));
    dialog->accept();
    QTRY_VERIFY(child<QLabel>("daysLeftLabel")->text().startsWith(QLatin1String("5 day")));
    QCOMPARE(m_accounts->find(m_account.id)->keyExpiry, QDate::currentDate().addDays(5));
    QVERIFY(child<QFrame>("expiryBanner")->isVisible());
    QVERIFY(child<QLabel>("expiryBannerLabel")->text().contains(QLatin1String("5 day")));
    QCOMPARE(notifications.size(), 1);
    // At most once a day: another refresh the same day stays quiet.
    m_page->refresh();
    QCOMPARE(notifications.size(), 1);

    // 20 days: still a banner (the 30-day one).
    click("setExpiryButton");
    dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<ExpiryDialog*>(QStringLiteral("expiryDialog"))) && dialog->isVisible()
                && dialog->findChild<QCheckBox*>(QStringLiteral("knownCheck"))->isChecked());
    dialog->findChild<QDateEdit*>(QStringLiteral("dateEdit"))->setDate(QDate::currentDate().addDays(20));
    dialog->accept();
    QTRY_VERIFY(child<QLabel>("daysLeftLabel")->text().startsWith(QLatin1String("20 day")));
    QVERIFY(child<QFrame>("expiryBanner")->isVisible());
}

void tst_ApiKeysPage::spheronTestKeyMakesALiveCall()
{
    setUp(Provider::Spheron, m_demo.spheronApiKey);
    m_page->refresh();
    QTRY_VERIFY(child<QPushButton>("testKeyButton")->isEnabled());
    click("testKeyButton");
    auto* status = child<QLabel>("keyStatusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("works")), 10000);
    SandboxFault fault;
    fault.pattern = QStringLiteral("/api/balance");
    fault.status = 503;
    fault.times = 10;
    m_sandbox->setFault(fault);
    click("testKeyButton");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("failed")), 20000);
    QVERIFY(!child<QFrame>("authBanner")->isVisible()); // a server error is not a rejected key
}

void tst_ApiKeysPage::spheronRevokeOpensConsoleAndForgetsTheKeyLocally()
{
    setUp(Provider::Spheron, m_demo.spheronApiKey);
    m_page->refresh();
    QTRY_VERIFY(child<QPushButton>("revokeButton")->isEnabled());
    MessageBox::setNextAnswer(false);
    click("revokeButton");
    QCOMPARE(m_openedUrls.value(0), Providers::info(Provider::Spheron).apiKeysPageUrl);
    QVERIFY(storedKey() == m_demo.spheronApiKey);
    MessageBox::setNextAnswer(true);
    click("revokeButton");
    QTRY_VERIFY_WITH_TIMEOUT(storedKey().isEmpty(), 5000);
    QTRY_COMPARE(child<QLabel>("keyValueLabel")->text(), QStringLiteral("No key stored for this account"));
    QVERIFY(!m_provider->hasApiKey());
    QVERIFY(m_accounts->find(m_account.id).has_value());
    QVERIFY(!child<QPushButton>("copyKeyButton")->isEnabled());
    QVERIFY(child<QPushButton>("generateKeyButton")->isEnabled());
}

void tst_ApiKeysPage::spheronGenerateNewKeyVerifiesBeforeSwapping()
{
    setUp(Provider::Spheron, m_demo.spheronExpiredKey);
    m_page->refresh();
    click("generateKeyButton");
    QCOMPARE(m_openedUrls.value(0), Providers::info(Provider::Spheron).apiKeysPageUrl);
    auto* entry = waitForDialog<KeyEntryDialog>("keyEntryDialog");
    QVERIFY(entry);
    auto* keyEdit = entry->findChild<QLineEdit*>(QStringLiteral("keyEdit"));
    auto* status = entry->findChild<QLabel*>(QStringLiteral("statusLabel"));
    QTest::keyClicks(keyEdit, QStringLiteral("pk_without_prefix"));
    QTest::mouseClick(entry->findChild<QPushButton*>(QStringLiteral("verifyButton")), Qt::LeftButton);
    QVERIFY(status->text().contains(QLatin1String("sai_")));
    keyEdit->clear();
    QTest::keyClicks(keyEdit, m_demo.spheronRevokedKey);
    QTest::mouseClick(entry->findChild<QPushButton*>(QStringLiteral("verifyButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("did not accept")), 10000);
    QVERIFY(storedKey() == m_demo.spheronExpiredKey);
    keyEdit->clear();
    QTest::keyClicks(keyEdit, QStringLiteral("  ") + m_demo.spheronApiKey + QStringLiteral("  "));
    QPointer<KeyEntryDialog> guard(entry);
    QTest::mouseClick(entry->findChild<QPushButton*>(QStringLiteral("verifyButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 10000);
    QVERIFY(storedKey() == m_demo.spheronApiKey);
    QTRY_VERIFY(child<QLabel>("keyValueLabel")->text().endsWith(m_demo.spheronApiKey.right(8)));
    click("testKeyButton");
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("keyStatusLabel")->text().contains(QLatin1String("works")), 10000);
}

void tst_ApiKeysPage::spheronAKeyBeingVerifiedIsNotUsedUntilTheServerAcceptsIt()
{
    // KeySwitcher verifies a pasted key as a candidate (ConsoleProvider::verifyKeyAs): while the server has not
    // answered, every other call still uses the working key, and closing the dialog then leaves that key in use.
    setUp(Provider::Spheron, m_demo.spheronApiKey);
    m_page->refresh();
    QTRY_VERIFY(child<QPushButton>("generateKeyButton")->isEnabled());
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Latency;
    slow.method = "GET";
    slow.match = SandboxFault::Match::Regex;
    slow.pattern = QStringLiteral(".*/balance/?");
    slow.latencyMs = 1500;
    slow.times = 1;
    m_sandbox->setFault(slow);
    click("generateKeyButton");
    auto* entry = waitForDialog<KeyEntryDialog>("keyEntryDialog");
    QVERIFY(entry);
    QTest::keyClicks(entry->findChild<QLineEdit*>(QStringLiteral("keyEdit")), m_demo.spheronRevokedKey);
    QTest::mouseClick(entry->findChild<QPushButton*>(QStringLiteral("verifyButton")), Qt::LeftButton);
    QTest::qWait(300); // the candidate's check is at the sandbox, held by the latency fault

    std::optional<ApiResult<void>> meanwhile;
    QObject context;
    m_provider->verifyKey(&context, [&](ApiResult<void> r) { meanwhile = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(meanwhile.has_value(), 10000);
    QVERIFY2(meanwhile->ok(), qPrintable(meanwhile->error.userMessage()));

    entry->reject(); // the user gives up before the server answered
    QTest::qWait(1500);
    std::optional<ApiResult<void>> after;
    m_provider->verifyKey(&context, [&](ApiResult<void> r) { after = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(after.has_value(), 10000);
    QVERIFY2(after->ok(), qPrintable(after->error.userMessage()));
    QVERIFY(storedKey() == m_demo.spheronApiKey);
}

void tst_ApiKeysPage::spheron401MidSessionLeadsToReenteringAKey()
{
    setUp(Provider::Spheron, m_demo.spheronRevokedKey);
    m_page->refresh();
    QSignalSpy rejected(m_page.get(), &ApiKeysPage::credentialsRejected);
    QTRY_VERIFY(child<QPushButton>("testKeyButton")->isEnabled());
    click("testKeyButton");
    QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 1, 10000);
    QVERIFY(child<QFrame>("authBanner")->isVisible());
    m_page->promptForNewKey();
    auto* entry = waitForDialog<KeyEntryDialog>("keyEntryDialog");
    QVERIFY(entry);
    QTest::keyClicks(entry->findChild<QLineEdit*>(QStringLiteral("keyEdit")), m_demo.spheronApiKey);
    QPointer<KeyEntryDialog> guard(entry);
    QTest::mouseClick(entry->findChild<QPushButton*>(QStringLiteral("verifyButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 10000);
    QVERIFY(storedKey() == m_demo.spheronApiKey);
    QVERIFY(!child<QFrame>("authBanner")->isVisible());
    QVERIFY(m_accounts->find(m_account.id).has_value());
}

void tst_ApiKeysPage::spheronRotationAssistantSwapsTheKeyAndLinksToTheConsole()
{
    setUp(Provider::Spheron, m_demo.spheronExpiredKey);
    auto account = *m_accounts->find(m_account.id);
    account.keyExpiry = QDate::currentDate().addDays(-10);
    m_accounts->update(account);
    m_page->refresh();
    QVERIFY(child<QFrame>("expiryBanner")->isVisible());
    QTRY_VERIFY(child<QPushButton>("spheronRotateButton")->isEnabled());
    click("spheronRotateButton");
    auto* wizard = waitForDialog<RotationAssistantDialog>("rotationAssistant");
    QVERIFY(wizard);
    auto button = [wizard](const char* name) { return wizard->findChild<QPushButton*>(QLatin1String(name)); };
    QTest::mouseClick(button("openConsoleButton"), Qt::LeftButton);
    QCOMPARE(m_openedUrls.value(0), Providers::info(Provider::Spheron).apiKeysPageUrl);
    QVERIFY(!button("nextButton")->isEnabled());
    QTest::mouseClick(button("pasteKeyButton"), Qt::LeftButton);
    KeyEntryDialog* entry = nullptr;
    QTRY_VERIFY((entry = wizard->findChild<KeyEntryDialog*>()) && entry->isVisible());
    QTest::keyClicks(entry->findChild<QLineEdit*>(QStringLiteral("keyEdit")), m_demo.spheronApiKey);
    QTest::mouseClick(entry->findChild<QPushButton*>(QStringLiteral("verifyButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(button("nextButton")->isEnabled(), 10000);
    QVERIFY(storedKey() == m_demo.spheronApiKey);
    QVERIFY(!m_accounts->find(m_account.id)->keyExpiry.isValid()); // the old key's expiry is not the new key's
    QTest::mouseClick(button("nextButton"), Qt::LeftButton);
    QTest::mouseClick(button("copyNewKeyButton"), Qt::LeftButton);
    QTRY_VERIFY(QGuiApplication::clipboard()->text() == m_demo.spheronApiKey);
    QTest::mouseClick(button("nextButton"), Qt::LeftButton);
    QTest::mouseClick(button("testKeyButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        wizard->findChild<QLabel*>(QStringLiteral("testStatus"))->text().contains(QLatin1String("works")), 10000);
    QTest::mouseClick(button("nextButton"), Qt::LeftButton);
    QCOMPARE(int(wizard->step()), int(RotationAssistantDialog::Step::Revoke));
    QTest::mouseClick(button("revokeOldButton"), Qt::LeftButton);
    QCOMPARE(m_openedUrls.size(), 2);
    QCOMPARE(m_openedUrls.value(1), Providers::info(Provider::Spheron).apiKeysPageUrl);
    QTest::mouseClick(button("closeButton"), Qt::LeftButton);
    QTRY_VERIFY(child<QLabel>("keyValueLabel")->text().endsWith(m_demo.spheronApiKey.right(8)));
    QVERIFY(!child<QFrame>("expiryBanner")->isVisible());
}

void tst_ApiKeysPage::consoleLinksAreTheProviderTablesKeyPages()
{
    // The API Keys tab and the wizard send users to the same page: the provider table's.
    VastProvider vast(m_transport.get());
    SpheronProvider spheron(m_transport.get());
    QCOMPARE(ConsoleLinks::apiKeysPage(&vast), Providers::info(Provider::Vast).apiKeysPageUrl);
    QCOMPARE(ConsoleLinks::apiKeysPage(&spheron), Providers::info(Provider::Spheron).apiKeysPageUrl);
    QCOMPARE(ApiKeyPage::keyPageUrl(Provider::Vast), Providers::info(Provider::Vast).apiKeysPageUrl);
    QCOMPARE(ApiKeyPage::keyPageUrl(Provider::Spheron), Providers::info(Provider::Spheron).apiKeysPageUrl);
}

void tst_ApiKeysPage::removingTheAccountLeavesNoPageStateBehind()
{
    setUp(Provider::Vast, m_demo.vastApiKey);
    m_page->setOwnKeyId(QStringLiteral("4242"));
    m_page->expiryNotifier()->setNotify([](const QString&, const QString&) { return true; });
    m_page->expiryNotifier()->setExpiry(QDate::currentDate().addDays(3));
    QCOMPARE(m_page->ownKeyId(), QStringLiteral("4242"));
    QCOMPARE(m_page->expiryNotifier()->lastNotified(), QDate::currentDate());

    bool removed = false;
    m_accounts->remove(m_account.id, this, [&removed](const SecretError& e) { removed = e.isOk(); });
    QTRY_VERIFY(removed);
    // Neither the registry's file nor the application's settings remember anything of the account.
    QSettings registryFile(m_dir.filePath(QStringLiteral("accounts.ini")), QSettings::IniFormat);
    QVERIFY(!registryFile.allKeys().join(QLatin1Char(' ')).contains(m_account.id));
    QSettings appSettings;
    QVERIFY(!appSettings.allKeys().join(QLatin1Char(' ')).contains(m_account.id));
    QVERIFY(m_accounts->ownKeyId(m_account.id).isEmpty());
    QVERIFY(!m_accounts->lastExpiryNotification(m_account.id).isValid());
}

void tst_ApiKeysPage::quickReferenceNeverEmbedsTheKey_data()
{
    QTest::addColumn<bool>("vast");
    QTest::newRow("vast") << true;
    QTest::newRow("spheron") << false;
}

void tst_ApiKeysPage::quickReferenceNeverEmbedsTheKey()
{
    QFETCH(bool, vast);
    const QString key = vast ? m_demo.vastApiKey : m_demo.spheronApiKey;
    setUp(vast ? Provider::Vast : Provider::Spheron, key);
    m_page->refresh();
    const QString curl = child<QPlainTextEdit>("curlEdit")->toPlainText();
    QVERIFY(!curl.contains(key));
    QVERIFY(curl.contains(vast ? QLatin1String("$VAST_API_KEY") : QLatin1String("$SPHERON_API_KEY")));
    QVERIFY(curl.contains(m_sandbox->baseUrl().toString()));
    QCOMPARE(child<QLineEdit>("contentTypeEdit")->text(), QStringLiteral("application/json"));
    QVERIFY(child<QLineEdit>("authHeaderEdit")->text().startsWith(QLatin1String("Authorization: Bearer $")));
    click("copyCurlButton");
    QCOMPARE(QGuiApplication::clipboard()->text(), curl);
    QVERIFY(!m_clipboard->isCountingDown()); // public text: no timer
    click("copyBaseUrlButton");
    QCOMPARE(QGuiApplication::clipboard()->text(), m_sandbox->baseUrl().toString());
}

void tst_ApiKeysPage::rendersScreenshots()
{
    // A tool for looking at the tab (ui-common.md, "Look at what you build"), not a check: it only runs on request.
    const QString dir = qEnvironmentVariable("KEYDECK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set KEYDECK_SCREENSHOT_DIR to render the tab's states");
    const bool dark = qEnvironmentVariableIsSet("KEYDECK_SCREENSHOT_DARK");
    if (dark) {
        QApplication::setPalette(TestSupport::darkPalette());
    }
    const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral(".png");
    auto save = [&](QWidget* w, const QString& name) {
        QCoreApplication::sendPostedEvents(); // pending layout requests, so the picture shows the settled layout
        QVERIFY(w->grab().save(dir + u'/' + name + suffix));
    };

    setUp(Provider::Vast, m_demo.vastApiKey);
    auto* view = child<StatefulView>("keysView");
    QVERIFY(view->state() == StatefulView::State::Loading);
    save(m_page.get(), QStringLiteral("vast-loading"));
    m_page->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(view->state(), StatefulView::State::Content, 10000);
    m_page->setOwnKeyId(listWith(m_demo.vastApiKey).value(0).id);
    save(m_page.get(), QStringLiteral("vast-list"));
    click("createKeyButton");
    auto* create = waitForDialog<CreateApiKeyDialog>("createApiKeyDialog");
    QVERIFY(create);
    save(create, QStringLiteral("vast-create"));
    toggle(create->findChild<QCheckBox*>(QStringLiteral("advancedCheck")));
    create->findChild<QPlainTextEdit*>(QStringLiteral("jsonEdit"))
        ->setPlainText(QStringLiteral("{\"api\": {\"x\": 1}}"));
    save(create, QStringLiteral("vast-create-json-error"));
    create->findChild<QPlainTextEdit*>(QStringLiteral("jsonEdit"))
        ->setPlainText(QStringLiteral("{\"api\": {\"misc\": {}}}"));
    QTest::mouseClick(create->findChild<QPushButton*>(QStringLiteral("createButton")), Qt::LeftButton);
    auto* shown = waitForDialog<NewKeyDialog>("newKeyDialog");
    QVERIFY(shown);
    save(shown, QStringLiteral("vast-new-key"));
    MessageBox::setNextAnswer(true); // close without copying the key
    shown->accept();
    click("vastRotateButton");
    auto* wizard = waitForDialog<RotationAssistantDialog>("rotationAssistant");
    QVERIFY(wizard);
    save(wizard, QStringLiteral("vast-rotation"));
    wizard->reject();
    SandboxFault fault;
    fault.method = "GET";
    fault.pattern = QStringLiteral("/api/v0/auth/apikeys/");
    fault.status = 500;
    m_sandbox->setFault(fault);
    m_page->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(view->state(), StatefulView::State::Error, 10000);
    save(m_page.get(), QStringLiteral("vast-error"));
    m_sandbox->clearFaults();
    m_provider->setCredentials(ProviderCredentials {QStringLiteral("revoked"), {}});
    m_page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(child<QFrame>("authBanner")->isVisible(), 10000);
    save(m_page.get(), QStringLiteral("vast-401"));
    m_page->promptForNewKey();
    auto* entry = waitForDialog<KeyEntryDialog>("keyEntryDialog");
    QVERIFY(entry);
    save(entry, QStringLiteral("key-entry"));
    entry->reject();

    cleanup();
    init();
    setUp(Provider::Spheron, m_demo.spheronApiKey);
    m_page->refresh();
    QTRY_VERIFY(child<QLabel>("keyValueLabel")->text().startsWith(QLatin1String("sai_")));
    save(m_page.get(), QStringLiteral("spheron-unknown-expiry"));
    for (int days : {20, 5, -2}) {
        auto account = *m_accounts->find(m_account.id);
        account.keyExpiry = QDate::currentDate().addDays(days);
        m_accounts->update(account);
        m_page->refresh();
        QTRY_VERIFY(child<QLabel>("keyValueLabel")->text().startsWith(QLatin1String("sai_")));
        save(m_page.get(), QStringLiteral("spheron-expiry-%1").arg(days));
    }
    click("testKeyButton");
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("keyStatusLabel")->text().contains(QLatin1String("works")), 10000);
    save(m_page.get(), QStringLiteral("spheron-tested"));
    click("setExpiryButton");
    auto* expiry = waitForDialog<ExpiryDialog>("expiryDialog");
    QVERIFY(expiry);
    save(expiry, QStringLiteral("spheron-expiry-dialog"));
    expiry->reject();
    click("spheronRotateButton");
    wizard = waitForDialog<RotationAssistantDialog>("rotationAssistant");
    QVERIFY(wizard);
    save(wizard, QStringLiteral("spheron-rotation"));
    wizard->reject();
    MessageBox::setNextAnswer(true);
    click("revokeButton");
    QTRY_COMPARE(child<QLabel>("keyValueLabel")->text(), QStringLiteral("No key stored for this account"));
    save(m_page.get(), QStringLiteral("spheron-no-key"));
}

QTEST_MAIN(tst_ApiKeysPage)
#include "tst_apikeyspage.moc"
