#include "AccountPages.h"
#include "AppServices.h"
#include "MainWindow.h"
#include "WindowWaits.h"
#include "accounts/OpenAccount.h"
#include "pages/apikeys/ApiKeysModel.h"
#include "pages/apikeys/ApiKeysPage.h"
#include "pages/profile/ProfilePage.h"
#include "pages/profile/TeamSwitcher.h"
#include "pages/sessions/SessionsPage.h"
#include "pages/sshkeys/SshKeysPage.h"
#include "sandbox/SandboxServer.h"
#include "secrets/AccountsRegistry.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretError.h"
#include "widgets/MessageBox.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeWidget>

#include <memory>

namespace {

const QString kHost = QStringLiteral("evil.example");

/** Markup a team admin (or a server) could put in a name: a link that looks like Keydeck's own, an image, bold. */
QString hostile(const QString& tag)
{
    return QStringLiteral("<a href=\"https://evil.example/%1\">Session expired – sign in</a><img src=\"x\"><b>bold</b>")
        .arg(tag);
}

/** The unescaped start of hostile(): present only where the markup reaches a widget as markup. */
const QString kRawLink = QStringLiteral("<a href=\"https://evil.example/");

/** The tags of the hostile strings in @p text. */
QSet<QString> tagsIn(const QString& text)
{
    QSet<QString> tags;
    qsizetype at = 0;
    const QString prefix = kHost + QLatin1Char('/');
    while ((at = text.indexOf(prefix, at)) >= 0) {
        at += prefix.size();
        qsizetype end = at;
        while (end < text.size() && text.at(end).isLetter())
            ++end;
        tags.insert(text.mid(at, end - at));
        at = end;
    }
    return tags;
}

} // namespace

/**
 * Names and messages that other people control (Spheron team and key names, Vast key comments and API key names,
 * login session devices, server error messages) seeded with markup into the sandbox, then every page, tooltip,
 * error label and message box of both accounts checked: the markup is shown as text, never as a link or an image
 * (docs/SECURITY.md, "Foreign text is plain text").
 */
class tst_HostileStrings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void vastNamesAreShownLiterallyEverywhere();
    void serverMessagesAreShownLiterally();
    void spheronNamesAreShownLiterallyEverywhere();

private:
    /** A shown window with @p accountId opened and every tab shown once and idle. */
    std::unique_ptr<MainWindow> openWindow(const QString& accountId);
    /**
     * Checks every label, tooltip and item tooltip of every widget; returns the problems found and adds the tags
     * seen to m_seen.
     */
    QStringList inspectWidgets();
    /** Checks the labels of the last message box; returns the problems and adds the tags seen to m_seen. */
    QStringList inspectLastBox();
    /** Selects the first row of @p view for which @p accept is true; false when none. */
    template <typename Accept>
    static bool selectRow(QAbstractItemView* view, Accept accept);

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    SandboxDemo m_demo;
    std::unique_ptr<AppServices> m_services;
    QString m_vastId;
    QString m_spheronId;
    QSet<QString> m_seen;
};

void tst_HostileStrings::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sandbox = std::make_unique<SandboxServer>();
    SandboxServer::Options options;
    options.databasePath = m_dir.filePath(QStringLiteral("sandbox.sqlite"));
    QString error;
    QVERIFY2(m_sandbox->start(options, &error), qPrintable(error));
    m_demo = m_sandbox->seedDemo();

    // Every server-provided name gets markup, written straight into the sandbox's database (env var names are
    // validated upper case by the server and cannot carry any).
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hostile"));
        db.setDatabaseName(options.databasePath);
        QVERIFY(db.open());
        QSqlQuery query(db);
        const auto run = [&](const QString& sql, const QVariantList& binds) {
            query.prepare(sql);
            for (const QVariant& bind : binds)
                query.addBindValue(bind);
            return query.exec();
        };
        QVERIFY(
            run(QStringLiteral("UPDATE spheron_teams SET name = ? || ' ' || id"), {hostile(QStringLiteral("team"))}));
        QVERIFY(run(QStringLiteral("UPDATE spheron_ssh_keys SET name = ? || ' ' || id"),
                    {hostile(QStringLiteral("spheronkey"))}));
        QVERIFY(
            run(QStringLiteral("UPDATE spheron_api_keys SET name = ?"), {hostile(QStringLiteral("spheronapikey"))}));
        QVERIFY(run(QStringLiteral("UPDATE vast_api_keys SET name = ? || ' ' || id"),
                    {hostile(QStringLiteral("vastapikey"))}));
        QVERIFY(run(QStringLiteral("UPDATE vast_sessions SET device = ?"), {hostile(QStringLiteral("device"))}));
        // A Vast key's name is the comment of its key line.
        QList<std::pair<qint64, QString>> lines;
        QVERIFY(query.exec(QStringLiteral("SELECT id, public_key FROM vast_ssh_keys")));
        while (query.next()) {
            const QStringList parts = query.value(1).toString().split(QLatin1Char(' '));
            QVERIFY(parts.size() >= 2);
            lines.append({query.value(0).toLongLong(),
                          parts.at(0) + QLatin1Char(' ') + parts.at(1) + QLatin1Char(' ')
                              + hostile(QStringLiteral("vastcomment"))});
        }
        QVERIFY(!lines.isEmpty());
        for (const auto& [id, line] : lines)
            QVERIFY(run(QStringLiteral("UPDATE vast_ssh_keys SET public_key = ? WHERE id = ?"), {line, id}));
        query = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("hostile"));

    m_services = std::make_unique<AppServices>(
        std::make_unique<MemorySecretStore>(),
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("keydeck.ini")), QSettings::IniFormat));
    const auto add = [&](Provider provider, const QString& label, const QString& key) {
        Account account = Account::create(provider, label);
        account.baseUrl = m_sandbox->baseUrl();
        bool done = false;
        SecretError result;
        m_services->accounts()->addWithApiKey(account, key, this, [&](const SecretError& e) {
            result = e;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000) || !result.isOk())
            return QString();
        return account.id;
    };
    m_vastId = add(Provider::Vast, QStringLiteral("Ada (Vast.ai)"), m_demo.vastApiKey);
    m_spheronId = add(Provider::Spheron, QStringLiteral("Lab (Spheron AI)"), m_demo.spheronApiKey);
    QVERIFY(!m_vastId.isEmpty() && !m_spheronId.isEmpty());
}

void tst_HostileStrings::init()
{
    m_sandbox->clearFaults();
    MessageBox::clearNextAnswers();
    m_seen.clear();
}

void tst_HostileStrings::cleanup()
{
    m_sandbox->clearFaults();
    MessageBox::clearNextAnswers();
}

void tst_HostileStrings::cleanupTestCase()
{
    m_services.reset();
    m_sandbox.reset();
}

std::unique_ptr<MainWindow> tst_HostileStrings::openWindow(const QString& accountId)
{
    auto window = std::make_unique<MainWindow>(m_services.get());
    window->setPageBuilder([this](OpenAccount* session, QTabWidget* tabs, MainWindow* w) {
        AccountPages::build(m_services.get(), session, tabs, w);
    });
    window->resize(1100, 700);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    window->selectAccount(accountId);
    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("mainTabs"));
    if (!QTest::qWaitFor([&] { return window->openAccount() && window->findChild<ApiKeysPage*>(); }, 10000))
        return nullptr;
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        if (!TestSupport::waitUntilIdle(window.get()))
            return nullptr;
    }
    return window;
}

QStringList tst_HostileStrings::inspectWidgets()
{
    QStringList problems;
    const auto describe = [](const QWidget* w) {
        return QStringLiteral("%1 \"%2\"").arg(QLatin1String(w->metaObject()->className()), w->objectName());
    };
    const auto checkToolTip = [&](const QString& tip, const QString& where) {
        if (!tip.contains(kHost))
            return;
        m_seen += tagsIn(tip);
        // QToolTip renders rich text exactly when Qt::mightBeRichText() says so.
        if (Qt::mightBeRichText(tip) && tip.contains(kRawLink))
            problems << QStringLiteral("tooltip of %1 shows markup: %2").arg(where, tip);
    };
    const auto widgets = QApplication::allWidgets();
    for (QWidget* w : widgets) {
        if (auto* label = qobject_cast<QLabel*>(w); label && label->text().contains(kHost)) {
            m_seen += tagsIn(label->text());
            if (label->textFormat() != Qt::PlainText && label->text().contains(kRawLink))
                problems << QStringLiteral("%1 renders markup: %2").arg(describe(label), label->text());
            if (label->textFormat() != Qt::PlainText && label->openExternalLinks())
                problems << QStringLiteral("%1 opens links").arg(describe(label));
        }
        checkToolTip(w->toolTip(), describe(w));
        auto* view = qobject_cast<QAbstractItemView*>(w);
        if (!view || !view->model())
            continue;
        const QAbstractItemModel* model = view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                m_seen += tagsIn(index.data(Qt::DisplayRole).toString());
                checkToolTip(index.data(Qt::ToolTipRole).toString(),
                             QStringLiteral("%1 cell %2,%3").arg(describe(view)).arg(row).arg(column));
            }
        }
    }
    return problems;
}

QStringList tst_HostileStrings::inspectLastBox()
{
    QStringList problems;
    const QList<MessageBox::ShownLabel> labels = MessageBox::lastQuestionLabels();
    if (labels.isEmpty())
        problems << QStringLiteral("no message box was built");
    for (const MessageBox::ShownLabel& label : labels) {
        if (!label.text.contains(kHost))
            continue;
        m_seen += tagsIn(label.text);
        if (label.format != Qt::PlainText)
            problems << QStringLiteral("message box label is not plain text: %1").arg(label.text);
        if (label.opensExternalLinks
            || label.interaction & (Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard))
            problems << QStringLiteral("message box label opens links: %1").arg(label.text);
    }
    return problems;
}

template <typename Accept>
bool tst_HostileStrings::selectRow(QAbstractItemView* view, Accept accept)
{
    if (!view || !view->model())
        return false;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view->setCurrentIndex(index);
        if (accept(index))
            return true;
    }
    return false;
}

void tst_HostileStrings::vastNamesAreShownLiterallyEverywhere()
{
    auto window = openWindow(m_vastId);
    QVERIFY(window);
    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("mainTabs"));
    QStringList problems = inspectWidgets();

    // SSH Keys: the delete confirmation names the key by its comment.
    auto* sshKeys = window->findChild<SshKeysPage*>();
    tabs->setCurrentWidget(sshKeys);
    auto* sshDelete = sshKeys->findChild<QPushButton*>(QStringLiteral("deleteButton"));
    QVERIFY(selectRow(sshKeys->findChild<QAbstractItemView*>(QStringLiteral("keysTable")),
                      [&](const QModelIndex&) { return sshDelete->isEnabled(); }));
    MessageBox::setNextAnswer(false);
    QTest::mouseClick(sshDelete, Qt::LeftButton);
    QVERIFY(MessageBox::lastQuestionText().contains(kHost));
    problems << inspectLastBox();

    // API Keys: deleting another key asks once, with the key's name.
    auto* apiKeys = window->findChild<ApiKeysPage*>();
    tabs->setCurrentWidget(apiKeys);
    auto* apiDelete = apiKeys->findChild<QPushButton*>(QStringLiteral("deleteKeyButton"));
    QVERIFY(selectRow(apiKeys->findChild<QTableView*>(QStringLiteral("keysTable")), [&](const QModelIndex& index) {
        return !index.data(ApiKeysModel::IsOwnKeyRole).toBool() && apiDelete->isEnabled();
    }));
    MessageBox::setNextAnswer(false);
    QTest::mouseClick(apiDelete, Qt::LeftButton);
    QVERIFY(MessageBox::lastQuestionText().contains(QLatin1String("vastapikey")));
    problems << inspectLastBox();

    // Login Sessions: signing out a session names its device.
    auto* sessions = window->findChild<SessionsPage*>();
    tabs->setCurrentWidget(sessions);
    auto* sessionDelete = sessions->findChild<QPushButton*>(QStringLiteral("deleteButton"));
    QVERIFY(selectRow(sessions->findChild<QTreeWidget*>(QStringLiteral("sessionsTree")),
                      [&](const QModelIndex&) { return sessionDelete->isEnabled(); }));
    MessageBox::setNextAnswer(false);
    QTest::mouseClick(sessionDelete, Qt::LeftButton);
    QVERIFY(MessageBox::lastQuestionText().contains(QLatin1String("device")));
    problems << inspectLastBox();
    problems << inspectWidgets();

    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    for (const char* tag : {"vastcomment", "vastapikey", "device"})
        QVERIFY2(m_seen.contains(QLatin1String(tag)), tag);
}

void tst_HostileStrings::serverMessagesAreShownLiterally()
{
    auto window = openWindow(m_vastId);
    QVERIFY(window);
    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("mainTabs"));
    auto* sshKeys = window->findChild<SshKeysPage*>();
    tabs->setCurrentWidget(sshKeys);

    // A refused delete: the warning quotes the server's message.
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Status;
    fault.status = 400;
    fault.method = "DELETE";
    fault.pattern = QStringLiteral("/api/v0/ssh/");
    fault.match = SandboxFault::Match::Prefix;
    fault.message = hostile(QStringLiteral("deletemessage"));
    m_sandbox->setFault(fault);
    auto* sshDelete = sshKeys->findChild<QPushButton*>(QStringLiteral("deleteButton"));
    QVERIFY(selectRow(sshKeys->findChild<QAbstractItemView*>(QStringLiteral("keysTable")),
                      [&](const QModelIndex&) { return sshDelete->isEnabled(); }));
    MessageBox::setNextAnswer(true); // delete
    MessageBox::setNextAnswer(true); // swallows the warning
    QTest::mouseClick(sshDelete, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(MessageBox::lastQuestionText().contains(QLatin1String("deletemessage")), 10000);
    QStringList problems = inspectLastBox();

    // A refused list: the page's error state quotes it.
    m_sandbox->clearFaults();
    fault.method = "GET";
    fault.message = hostile(QStringLiteral("listmessage"));
    m_sandbox->setFault(fault);
    QTest::mouseClick(sshKeys->findChild<QPushButton*>(QStringLiteral("refreshButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto labels = sshKeys->findChildren<QLabel*>();
            return std::any_of(labels.begin(), labels.end(), [](const QLabel* label) {
                return label->isVisible() && label->text().contains(QLatin1String("listmessage"));
            });
        }(),
        10000);
    problems << inspectWidgets();

    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    for (const char* tag : {"deletemessage", "listmessage"})
        QVERIFY2(m_seen.contains(QLatin1String(tag)), tag);
}

void tst_HostileStrings::spheronNamesAreShownLiterallyEverywhere()
{
    auto window = openWindow(m_spheronId);
    QVERIFY(window);
    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("mainTabs"));
    QStringList problems = inspectWidgets();

    auto* sshKeys = window->findChild<SshKeysPage*>();
    tabs->setCurrentWidget(sshKeys);
    auto* sshDelete = sshKeys->findChild<QPushButton*>(QStringLiteral("deleteButton"));
    QVERIFY(selectRow(sshKeys->findChild<QAbstractItemView*>(QStringLiteral("keysTable")),
                      [&](const QModelIndex&) { return sshDelete->isEnabled(); }));
    MessageBox::setNextAnswer(false);
    QTest::mouseClick(sshDelete, Qt::LeftButton);
    QVERIFY(MessageBox::lastQuestionText().contains(QLatin1String("spheronkey")));
    problems << inspectLastBox();

    // The team where the user is only a member: the SSH Keys page says so with the team's name.
    auto* profile = window->findChild<ProfilePage*>();
    tabs->setCurrentWidget(profile);
    auto* combo = profile->teamSwitcher()->findChild<QComboBox*>();
    QVERIFY(combo && combo->count() > 1);
    const int member = combo->findData(m_demo.spheronMemberTeamId);
    combo->setCurrentIndex(member >= 0 ? member : (combo->currentIndex() + 1) % combo->count());
    tabs->setCurrentWidget(sshKeys);
    QVERIFY(TestSupport::waitUntilIdle(window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(!sshDelete->isEnabled(), 10000);
    auto* banner = sshKeys->findChild<QLabel*>(QStringLiteral("permissionBanner"));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && banner->text().contains(kHost), 10000);
    problems << inspectWidgets();

    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    for (const char* tag : {"team", "spheronkey"})
        QVERIFY2(m_seen.contains(QLatin1String(tag)), tag);
}

QTEST_MAIN(tst_HostileStrings)
#include "tst_hostilestrings.moc"
