// bench_keydeck: Keydeck's benchmarks (issue 11). Not a ctest test: it prints result rows for scripts/bench.
//   --startup RUNS        launch → first painted main window (demo account) vs a minimal Qt Widgets window
//   --page KEYS RUNS      launch → KEYS SSH keys shown vs raw GET + JSON parse; GUI stalls of list/add/generate/delete
//   --large KEYS RUNS     response → table shown, filter keystroke and peak RSS with KEYS keys
//   --parse KEYS RUNS     the key list's body read by VastJson::sshKeysFromBody vs QJsonDocument + VastJson::sshKeys
//   --keychain RUNS       GUI stalls of a keychain write and read (run inside tests/support/with-keyring.sh)
//   --keygen RUNS         Ed25519 generation + write vs `ssh-keygen -t ed25519` as a process
//   --open-account RUNS   over TLS with 150 ms per answer: opening an account until every tab has data, vs one request;
//                         switching back to an account opened before (BenchAccounts.h)
//   --security RUNS       the security overview of 5 accounts × 1,000 keys: last answer → painted, GUI stall
//                         (BenchSecurity.h)
// The sandbox runs in its own process (keydeck-sandbox), so neither its work nor its memory is counted here.

#include "BenchAccounts.h"
#include "BenchKeys.h"
#include "BenchSecurity.h"
#include "BenchSupport.h"
#include "TestTls.h"
#include "UiContext.h"
#include "net/ApiTransport.h"
#include "pages/sshkeys/AddSshKeyDialog.h"
#include "pages/sshkeys/GenerateSshKeyDialog.h"
#include "pages/sshkeys/SshKeysModel.h"
#include "pages/sshkeys/SshKeysPage.h"
#include "providers/VastJson.h"
#include "providers/VastProvider.h"
#include "ssh/KeyPairGenerator.h"
#include "widgets/MessageBox.h"
#include "widgets/StatefulView.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <memory>

#if !defined(KEYDECK_BENCH_BIN_DIR) || !defined(KEYDECK_SANDBOX_TOOL) || !defined(KEYDECK_SANDBOX_MODULE_FILE)
#error "tests/bench/CMakeLists.txt defines where the other benchmark executables are"
#endif

namespace {

using namespace Bench;

[[noreturn]] void fail(const QString& message)
{
    std::fprintf(stderr, "bench_keydeck: %s\n", message.toUtf8().constData());
    std::exit(1);
}

QString binary(const char* name)
{
    return QStringLiteral(KEYDECK_BENCH_BIN_DIR "/") + QLatin1String(name);
}

// ---------------------------------------------------------------------------------------------------------------
// Start-up

/** Runs @p program once; returns the child's printed times minus the launch time (ms), keyed by tag. */
QHash<QString, double> launchOnce(const QString& program, const QStringList& args)
{
    QProcess process;
    const double launched = monotonicMs();
    process.start(program, args);
    if (!process.waitForFinished(90000) || process.exitCode() != 0)
        fail(QStringLiteral("%1 failed: %2").arg(program, QString::fromUtf8(process.readAllStandardError())));
    QHash<QString, double> times;
    for (const QByteArray& line : process.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() == 2)
            times.insert(QString::fromLatin1(parts[0]), parts[1].toDouble() - launched);
    }
    return times;
}

void benchStartup(int runs)
{
    const QString app = binary("bench_startup_keydeck");
    const QString baseline = binary("bench_startup_baseline");
    // The first launch creates the demo account and its keychain entry: a one-time cost, not start-up.
    launchOnce(app, {QStringLiteral("--demo"), QStringLiteral("vast")});
    launchOnce(baseline, {});
    QList<double> paint, account, base;
    for (int i = 0; i < runs; ++i) {
        // Interleaved so that a busy moment on the machine hits both sides alike.
        const auto times = launchOnce(app, {QStringLiteral("--demo"), QStringLiteral("vast")});
        if (!times.contains(QStringLiteral("PAINT")) || !times.contains(QStringLiteral("ACCOUNT")))
            fail(QStringLiteral("bench_startup_keydeck printed no paint times"));
        paint << times.value(QStringLiteral("PAINT"));
        account << times.value(QStringLiteral("ACCOUNT"));
        base << launchOnce(baseline, {}).value(QStringLiteral("PAINT"));
    }
    print(ratioRow(QStringLiteral("Start-up to first painted main window"), median(paint), median(base), 1.5));
    print(infoRow(QStringLiteral("Start-up to demo account shown (sandbox started, keys listed)"), median(account),
                  median(base)));
}

// ---------------------------------------------------------------------------------------------------------------
// The SSH Keys page against the sandbox

/** A real ApiTransport + VastProvider + SshKeysPage pointed at the sandbox. */
struct PageRig
{
    ApiTransport transport;
    VastProvider provider {&transport};
    UiContext context;
    std::unique_ptr<SshKeysPage> page;

    PageRig(const SandboxProcess& sandbox)
    {
        provider.setCredentials({sandbox.vastApiKey(), {}});
        provider.setBaseUrl(sandbox.baseUrl());
        page = std::make_unique<SshKeysPage>(&provider, &context);
        page->resize(1000, 700);
    }
    QTableView* table() const { return page->findChild<QTableView*>(QStringLiteral("keysTable")); }
    StatefulView* view() const { return page->findChild<StatefulView*>(QStringLiteral("keysView")); }
    template <typename T>
    T* child(const char* name) const
    {
        return page->findChild<T*>(QString::fromLatin1(name));
    }
    int rows() const { return table()->model()->rowCount(); }
    bool idleWithRows(int expected) const
    {
        return !page->isBusy() && view()->state() == StatefulView::State::Content && rows() == expected;
    }
};

/** The body of one GET of the key list with a plain QNetworkAccessManager. */
QByteArray rawListBody(const SandboxProcess& sandbox)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(sandbox.baseUrl().toString() + QStringLiteral("/api/v0/ssh/")));
    request.setRawHeader("Authorization", "Bearer " + sandbox.vastApiKey().toUtf8());
    request.setRawHeader("Accept", "application/json");
    QNetworkReply* reply = nam.get(request);
    if (!waitUntil([reply] { return reply->isFinished(); }))
        fail(QStringLiteral("the raw GET timed out"));
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

/** The raw baseline: one GET of the key list with a plain QNetworkAccessManager and a JSON parse. */
int rawListKeys(const SandboxProcess& sandbox)
{
    const QJsonDocument document = QJsonDocument::fromJson(rawListBody(sandbox));
    // Vast answers a bare array or {"ssh_keys": [...]}; either way count the entries as the parse's result.
    if (document.isArray())
        return int(document.array().size());
    for (const QJsonValue& value : document.object()) {
        if (value.isArray())
            return int(value.toArray().size());
    }
    return -1;
}

/** Opens a fresh page and waits until it shows @p expected rows; returns ms from construction to painted rows. */
double launchPage(const SandboxProcess& sandbox, int expected, std::unique_ptr<PageRig>* keep = nullptr)
{
    const double start = monotonicMs();
    auto rig = std::make_unique<PageRig>(sandbox);
    rig->page->show();
    rig->page->refresh();
    if (!waitUntil([&] { return rig->idleWithRows(expected); }, 60000))
        fail(QStringLiteral("the page showed %1 of %2 keys").arg(rig->rows()).arg(expected));
    rig->table()->viewport()->repaint();
    const double elapsed = monotonicMs() - start;
    if (keep)
        *keep = std::move(rig);
    return elapsed;
}

/**
 * Types @p text one key at a time with an event-loop turn after each, as a person types: QTest::keyClicks sends
 * every key without one, so the stall probe would see the whole string as one stall.
 */
void typeLikeAPerson(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        QTest::keyClick(widget, c.toLatin1());
        QCoreApplication::processEvents();
    }
}

QString freshKeyLine(int n)
{
    const KeyPair pair = KeyPairGenerator::generate(QStringLiteral("bench-added-%1@bench").arg(n), {});
    if (!pair.isValid())
        fail(QStringLiteral("key generation failed"));
    return pair.publicKeyLine();
}

void benchPage(int keys, int runs)
{
    SandboxProcess sandbox;
    QString error;
    if (!sandbox.start(QStringLiteral(KEYDECK_SANDBOX_TOOL), 0, &error))
        fail(error);
    // The demo account has a few keys already: top up to exactly @p keys through a second sandbox seeded so.
    const int demoKeys = rawListKeys(sandbox);
    SandboxProcess seeded;
    if (!seeded.start(QStringLiteral(KEYDECK_SANDBOX_TOOL), keys - demoKeys, &error))
        fail(error);
    const int expected = rawListKeys(seeded);
    if (expected != keys)
        fail(QStringLiteral("the sandbox lists %1 keys, not %2").arg(expected).arg(keys));

    rawListKeys(seeded); // warm-up for both sides
    launchPage(seeded, expected);
    QList<double> page, raw;
    for (int i = 0; i < runs; ++i) {
        page << launchPage(seeded, expected);
        const double start = monotonicMs();
        if (rawListKeys(seeded) != expected)
            fail(QStringLiteral("the raw GET listed a different number of keys"));
        raw << monotonicMs() - start;
    }
    print(infoRow(QStringLiteral("Launch to %1 SSH keys shown (page + provider + sandbox)").arg(keys), median(page),
                  median(raw)));

    // GUI-thread stalls of each operation, on a page showing all the keys.
    std::unique_ptr<PageRig> rig;
    launchPage(seeded, expected, &rig);
    StallProbe probe;
    QList<double> list, add, generate, remove;
    for (int i = 0; i < runs; ++i) {
        int before = rig->rows();

        // A closed dialog leaves no active window offscreen; the F5 shortcut needs one, as for a user.
        rig->page->activateWindow();
        if (!QTest::qWaitForWindowActive(rig->page.get()))
            fail(QStringLiteral("the page's window did not become active"));
        probe.start();
        QTest::keyClick(rig->page.get(), Qt::Key_F5);
        if (!rig->page->isBusy())
            fail(QStringLiteral("F5 did not start a reload"));
        if (!waitUntil([&] { return rig->idleWithRows(before); }))
            fail(QStringLiteral("F5 did not list the keys again"));
        list << probe.stop();

        const QString line = freshKeyLine(i);
        // Each user step (open, paste, click, the answer) is probed on its own and the longest counts: the test
        // makes them back to back without returning to the event loop, which no user does.
        probe.start();
        QTest::mouseClick(rig->child<QPushButton>("addButton"), Qt::LeftButton);
        AddSshKeyDialog* addDialog = nullptr;
        if (!waitUntil([&] { return (addDialog = rig->page->findChild<AddSshKeyDialog*>()) != nullptr; }))
            fail(QStringLiteral("the Add dialog did not open"));
        const double pOpen = probe.stop();
        probe.start();
        addDialog->setKeyText(line);
        const double pText = probe.stop();
        probe.start();
        QTest::mouseClick(addDialog->findChild<QPushButton*>(QStringLiteral("addKeyButton")), Qt::LeftButton);
        const double pClick = probe.stop();
        probe.start();
        if (!waitUntil([&] { return !rig->page->findChild<AddSshKeyDialog*>() && rig->idleWithRows(before + 1); }))
            fail(QStringLiteral("the added key was not shown"));
        const double pRest = probe.stop();
        add << std::max({pOpen, pText, pClick, pRest});
        ++before;

        probe.start();
        QTest::mouseClick(rig->child<QPushButton>("generateButton"), Qt::LeftButton);
        GenerateSshKeyDialog* genDialog = nullptr;
        if (!waitUntil([&] { return (genDialog = rig->page->findChild<GenerateSshKeyDialog*>()) != nullptr; }))
            fail(QStringLiteral("the Generate dialog did not open"));
        for (const char* field : {"nameEdit", "fileEdit"}) {
            auto* edit = genDialog->findChild<QLineEdit*>(QString::fromLatin1(field));
            if (!edit->isVisibleTo(genDialog))
                continue; // Vast keys have no separate name
            edit->clear();
            typeLikeAPerson(edit, QStringLiteral("bench_%1").arg(i));
        }
        typeLikeAPerson(genDialog->findChild<QLineEdit*>(QStringLiteral("passphraseEdit")),
                        QStringLiteral("correct horse battery"));
        typeLikeAPerson(genDialog->findChild<QLineEdit*>(QStringLiteral("confirmEdit")),
                        QStringLiteral("correct horse battery"));
        MessageBox::setNextAnswer(true);
        QTest::mouseClick(genDialog->findChild<QPushButton*>(QStringLiteral("generateButton")), Qt::LeftButton);
        if (!waitUntil([&] { return !rig->page->findChild<GenerateSshKeyDialog*>() && rig->idleWithRows(before + 1); },
                       60000))
            fail(QStringLiteral("the generated key was not shown"));
        generate << probe.stop();
        ++before;

        for (int d = 0; d < 2; ++d) { // two deletions: every round starts with as many keys
            rig->table()->selectRow(0);
            MessageBox::setNextAnswer(true);
            probe.start();
            QTest::mouseClick(rig->child<QPushButton>("deleteButton"), Qt::LeftButton);
            if (!waitUntil([&] { return rig->idleWithRows(before - 1); }))
                fail(QStringLiteral("the deleted key stayed in the table"));
            remove << probe.stop();
            --before;
        }
    }
    const QString what = QStringLiteral("GUI stall: %1 (%2 keys)");
    print(limitRow(what.arg(QStringLiteral("list (F5)")).arg(keys), median(list), 16));
    print(limitRow(what.arg(QStringLiteral("add")).arg(keys), median(add), 16));
    print(limitRow(what.arg(QStringLiteral("generate with passphrase")).arg(keys), median(generate), 16));
    print(limitRow(what.arg(QStringLiteral("delete")).arg(keys), median(remove), 16));
}

void benchLarge(int keys, int runs)
{
    SandboxProcess sandbox;
    QString error;
    if (!sandbox.start(QStringLiteral(KEYDECK_SANDBOX_TOOL), keys, &error))
        fail(error);
    const int expected = rawListKeys(sandbox);
    if (expected < keys)
        fail(QStringLiteral("the sandbox lists %1 keys, not %2").arg(expected).arg(keys));

    QList<double> shown;
    std::unique_ptr<PageRig> rig;
    for (int i = 0; i <= runs; ++i) { // run 0 warms up
        rig = std::make_unique<PageRig>(sandbox);
        rig->page->show();
        QNetworkAccessManager* nam = rig->transport.findChild<QNetworkAccessManager*>();
        double lastByte = -1;
        QSet<QNetworkReply*> watched;
        rig->page->refresh();
        // The transport reads the body as it arrives; the last downloadProgress is the response being complete.
        const bool done = waitUntil(
            [&] {
                for (QNetworkReply* reply : nam->findChildren<QNetworkReply*>()) {
                    if (!watched.contains(reply)) {
                        watched.insert(reply);
                        QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                                         [&](qint64 received, qint64 total) {
                                             if (received == total)
                                                 lastByte = monotonicMs();
                                         });
                    }
                }
                return rig->idleWithRows(expected);
            },
            60000);
        if (!done || lastByte < 0)
            fail(QStringLiteral("the page did not show the %1 keys").arg(expected));
        rig->table()->viewport()->repaint();
        if (i > 0)
            shown << monotonicMs() - lastByte;
    }
    print(limitRow(QStringLiteral("%1 keys: response → table shown").arg(keys), median(shown), 50));

    // Keystrokes in the filter: narrowing then widening again, each with the table repainted.
    auto* filter = rig->child<QLineEdit>("filterEdit");
    filter->setFocus();
    QList<double> strokes;
    const QString typed = QStringLiteral("bench-4242");
    for (int round = 0; round < 2; ++round) {
        for (const QChar c : typed) {
            const double start = monotonicMs();
            QTest::keyClick(filter, c.toLatin1());
            rig->table()->viewport()->repaint();
            strokes << monotonicMs() - start;
        }
        if (rig->rows() != 1)
            fail(QStringLiteral("the filter shows %1 rows, not 1").arg(rig->rows()));
        for (qsizetype n = 0; n < typed.size(); ++n) {
            const double start = monotonicMs();
            QTest::keyClick(filter, Qt::Key_Backspace);
            rig->table()->viewport()->repaint();
            strokes << monotonicMs() - start;
        }
        if (rig->rows() != expected)
            fail(QStringLiteral("the cleared filter shows %1 rows").arg(rig->rows()));
    }
    // The first one came right after the list arrived (issue 24 item 4).
    print(limitRow(QStringLiteral("%1 keys: first filter keystroke after the list arrived").arg(keys), strokes.first(),
                   16));
    print(limitRow(QStringLiteral("%1 keys: filter keystroke (median)").arg(keys), median(strokes), 8));
    print(infoRow(QStringLiteral("%1 keys: filter keystroke (slowest)").arg(keys),
                  *std::max_element(strokes.begin(), strokes.end())));
    print(limitRow(QStringLiteral("%1 keys: peak RSS").arg(keys), peakRssMb(), 80, QStringLiteral("MB")));
}

/**
 * The key list's body as the provider reads it (VastJson::sshKeysFromBody, docs/PERFORMANCE.md) against the
 * QJsonDocument tree + VastJson::sshKeys() it falls back to, on the same bytes from the sandbox. Its own process
 * (scripts/bench), so the trees built here do not count in --large's peak RSS.
 */
void benchParse(int keys, int runs)
{
    SandboxProcess sandbox;
    QString error;
    if (!sandbox.start(QStringLiteral(KEYDECK_SANDBOX_TOOL), keys, &error))
        fail(error);
    const QByteArray body = rawListBody(sandbox);
    QList<double> fast;
    QList<double> tree;
    for (int i = 0; i <= runs * 4; ++i) { // short runs: four times as many; run 0 warms up
        const double start = monotonicMs();
        const auto read = VastJson::sshKeysFromBody(body);
        const double middle = monotonicMs();
        const auto reference = VastJson::sshKeys(QJsonValue(QJsonDocument::fromJson(body).array()));
        const double end = monotonicMs();
        if (!read || !reference || read->size() != reference->items.size() || read->size() < keys)
            fail(QStringLiteral("the two readings of the %1-key list differ").arg(keys));
        if (i > 0) {
            fast << middle - start;
            tree << end - middle;
        }
    }
    print(ratioRow(QStringLiteral("%1 keys: list body read (sshKeysFromBody vs QJsonDocument + sshKeys)").arg(keys),
                   median(fast), median(tree), 0.7));
}

} // namespace

/**
 * The sandbox serves HTTPS from here on, with a certificate from this process's throwaway CA, which only this
 * process trusts (tests/support/TestTls.h); the rows say " over HTTPS".
 */
void useHttps(const QTemporaryDir& dir)
{
    if (!dir.isValid())
        fail(QStringLiteral("no temporary folder for the certificate"));
    const TestTls::Identity identity = TestTls::processAuthority().issueServer();
    if (identity.certificate.isNull())
        fail(QStringLiteral("could not make a test certificate"));
    const QString certPath = dir.filePath(QStringLiteral("cert.pem"));
    const QString keyPath = dir.filePath(QStringLiteral("key.pem"));
    QFile cert(certPath);
    QFile key(keyPath);
    if (!cert.open(QIODevice::WriteOnly) || !key.open(QIODevice::WriteOnly)
        || !key.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        fail(QStringLiteral("could not write the test certificate"));
    cert.write(identity.certificate.toPem());
    key.write(identity.key.toPem());
    SandboxProcess::useTls(certPath, keyPath);
    setFigureSuffix(QStringLiteral(" over HTTPS"));
}

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // The demo that bench_startup_keydeck opens loads the sandbox module built with it (demo/DemoSandbox.h).
    if (!qEnvironmentVariableIsSet("KEYDECK_SANDBOX_MODULE"))
        qputenv("KEYDECK_SANDBOX_MODULE", KEYDECK_SANDBOX_MODULE_FILE);
    const QStringList args = QApplication::arguments().mid(1);
    auto intAt = [&](qsizetype i) {
        bool ok = false;
        const int value = args.value(i).toInt(&ok);
        if (!ok || value <= 0)
            fail(QStringLiteral("expected a positive number after %1").arg(args.value(i - 1)));
        return value;
    };
    if (args.isEmpty())
        fail(QStringLiteral(
            "usage: bench_keydeck [--https] --startup RUNS | --page KEYS RUNS | --large KEYS RUNS | "
            "--parse KEYS RUNS | --keychain RUNS | --keygen RUNS | --open-account RUNS | --security RUNS "
            "(several may follow each other)"));
    QTemporaryDir tlsDir;
    bool https = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& option = args[i];
        if (option == QLatin1String("--https")) {
            useHttps(tlsDir);
            https = true;
        } else if (option == QLatin1String("--startup")) {
            benchStartup(intAt(++i));
        } else if (option == QLatin1String("--page")) {
            const int keys = intAt(++i);
            benchPage(keys, intAt(++i));
        } else if (option == QLatin1String("--large")) {
            const int keys = intAt(++i);
            benchLarge(keys, intAt(++i));
        } else if (option == QLatin1String("--parse")) {
            const int keys = intAt(++i);
            benchParse(keys, intAt(++i));
        } else if (option == QLatin1String("--keychain")) {
            benchKeychain(intAt(++i));
        } else if (option == QLatin1String("--keygen")) {
            benchKeygen(intAt(++i));
        } else if (option == QLatin1String("--open-account")) {
            if (!https)
                useHttps(tlsDir); // TLS only: what a user opening an account pays (issue 24 item 2)
            https = true;
            benchOpenAccount(intAt(++i));
        } else if (option == QLatin1String("--security")) {
            benchSecurity(intAt(++i));
        } else {
            fail(QStringLiteral("unknown option %1").arg(option));
        }
    }
    return 0;
}
