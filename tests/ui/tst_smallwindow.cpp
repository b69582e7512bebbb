#include "AccountFixture.h"
#include "AccountPages.h"
#include "AppServices.h"
#include "MainWindow.h"
#include "MessageBoxChecks.h"
#include "WindowWaits.h"
#include "accounts/OpenAccount.h"
#include "core/Translations.h"
#include "pages/sshkeys/SshKeysModel.h"
#include "pages/sshkeys/SshKeysPage.h"
#include "sandbox/SandboxServer.h"
#include "secrets/MemorySecretStore.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

/** The width the style gives a push button's text: its contents rectangle less the icon. */
int textRoom(const QPushButton* button)
{
    QStyleOptionButton option;
    option.initFrom(button);
    option.text = button->text();
    option.icon = button->icon();
    option.iconSize = button->iconSize();
    int room = button->style()->subElementRect(QStyle::SE_PushButtonContents, &option, button).width();
    if (!button->icon().isNull())
        room -= button->iconSize().width() + 4;
    return room;
}

QString withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

/** The buttons shown on the current tab whose text is wider than the room they were given. */
QStringList cutButtons(QWidget* window)
{
    QStringList cut;
    for (const QPushButton* button : window->findChildren<QPushButton*>()) {
        if (!button->isVisibleTo(window) || button->text().isEmpty())
            continue;
        const int needed = button->fontMetrics().horizontalAdvance(withoutMnemonic(button->text()));
        if (needed > textRoom(button))
            cut << QStringLiteral("%1 (%2): %3 px of text in %4 px")
                       .arg(button->objectName(), button->text())
                       .arg(needed)
                       .arg(textRoom(button));
    }
    return cut;
}

} // namespace

/**
 * The window at 800×600, in German (the longest labels): no toolbar button cuts its text, the fingerprint keeps a
 * readable width, status text stops before the Demo badge, and a message box is wide enough for its title (issue 18
 * item 21).
 */
class tst_SmallWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup() { KD_VERIFY_NO_PENDING_ANSWERS(); }
    void everyButtonShowsItsWholeText_data();
    void everyButtonShowsItsWholeText();
    void fingerprintKeepsItsMinimumWidth();
    void statusTextStopsBeforeTheDemoBadge();
    void messageBoxIsWideEnoughForItsTitle();
    void demoTitleSaysDemoOnce();

private:
    /** Opens @p accountId in a new 800×600 window with every page built. */
    std::unique_ptr<MainWindow> openWindow(const QString& accountId);

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<AppServices> m_services;
    SandboxDemo m_demo;
    QString m_vastId;
    QString m_spheronId;
};

void tst_SmallWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(Translations::install(QCoreApplication::instance(), QLocale(QStringLiteral("de"))));
    m_sandbox = std::make_unique<SandboxServer>();
    QString error;
    QVERIFY2(m_sandbox->start({}, &error), qPrintable(error));
    m_demo = m_sandbox->seedDemo();
    m_services = std::make_unique<AppServices>(
        std::make_unique<MemorySecretStore>(),
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("keydeck.ini")), QSettings::IniFormat));
    m_vastId = TestSupport::addAccount(m_services.get(), Provider::Vast, QStringLiteral("Vast.ai-Demo"),
                                       m_sandbox->baseUrl(), m_demo.vastApiKey);
    m_spheronId = TestSupport::addAccount(m_services.get(), Provider::Spheron, QStringLiteral("Spheron-AI-Demo"),
                                          m_sandbox->baseUrl(), m_demo.spheronApiKey);
    QVERIFY(!m_vastId.isEmpty() && !m_spheronId.isEmpty());
}

void tst_SmallWindow::cleanupTestCase()
{
    m_services.reset();
    m_sandbox.reset();
    QVERIFY(Translations::install(QCoreApplication::instance(), QLocale::c()));
}

std::unique_ptr<MainWindow> tst_SmallWindow::openWindow(const QString& accountId)
{
    auto window = std::make_unique<MainWindow>(m_services.get());
    window->setPageBuilder([this](OpenAccount* session, QTabWidget* tabs, MainWindow* w) {
        AccountPages::build(m_services.get(), session, tabs, w);
    });
    window->setDemoAccountIds({m_vastId, m_spheronId});
    window->resize(800, 600);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return {};
    window->selectAccount(accountId);
    if (!QTest::qWaitFor([&] { return window->openAccount() != nullptr; }, 10000))
        return {};
    return window;
}

void tst_SmallWindow::everyButtonShowsItsWholeText_data()
{
    QTest::addColumn<QString>("provider");
    QTest::newRow("vast") << QStringLiteral("vast");
    QTest::newRow("spheron") << QStringLiteral("spheron");
}

void tst_SmallWindow::everyButtonShowsItsWholeText()
{
    // "ssel hinzufüg", "üssel erzeug": the SSH Keys toolbar squeezed its buttons below their text.
    QFETCH(QString, provider);
    const auto window = openWindow(provider == QLatin1String("vast") ? m_vastId : m_spheronId);
    QVERIFY(window);
    QCOMPARE(window->size(), QSize(800, 600));
    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("mainTabs"));
    QVERIFY(tabs);
    QStringList cut;
    for (int i = 0; i < tabs->count(); ++i) {
        if (!tabs->isTabVisible(i))
            continue;
        tabs->setCurrentIndex(i);
        QVERIFY(TestSupport::waitUntilIdle(window.get()));
        QTest::qWait(50);
        for (const QString& button : cutButtons(window.get()))
            cut << tabs->tabText(i) + QStringLiteral(": ") + button;
    }
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
}

void tst_SmallWindow::fingerprintKeepsItsMinimumWidth()
{
    // "SH…Vk": the fingerprint column shrank to nothing while Age and "This computer" kept their widths.
    const auto window = openWindow(m_vastId);
    QVERIFY(window);
    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("mainTabs"));
    QVERIFY(TestSupport::waitUntilIdle(window.get()));
    tabs->setCurrentIndex(1);
    QVERIFY(TestSupport::waitUntilIdle(window.get()));
    auto* page = window->findChild<SshKeysPage*>();
    QVERIFY(page);
    auto* table = page->findChild<QTableView*>(QStringLiteral("keysTable"));
    QVERIFY(table);
    QTRY_VERIFY(table->isVisible());
    QVERIFY(table->model()->rowCount() > 0);
    QTest::qWait(50);
    const QHeaderView* header = table->horizontalHeader();
    // "SHA256:" and a dozen characters of the hash.
    const int minimum = table->fontMetrics().horizontalAdvance(QStringLiteral("SHA256:abcdefghijkl…"));
    QVERIFY2(header->sectionSize(SshKeysModel::FingerprintColumn) >= minimum,
             qPrintable(QStringLiteral("fingerprint column %1 px, wants %2 px")
                            .arg(header->sectionSize(SshKeysModel::FingerprintColumn))
                            .arg(minimum)));
    // The whole table fits the view: nothing hides behind a horizontal scroll bar.
    QVERIFY2(
        header->length() <= table->viewport()->width(),
        qPrintable(QStringLiteral("columns %1 px in %2 px").arg(header->length()).arg(table->viewport()->width())));
}

void tst_SmallWindow::statusTextStopsBeforeTheDemoBadge()
{
    const auto window = openWindow(m_vastId);
    QVERIFY(window);
    QVERIFY(TestSupport::waitUntilIdle(window.get()));
    auto* badge = window->findChild<QLabel*>(QStringLiteral("demoMarker"));
    QVERIFY(badge && badge->isVisible());
    QStatusBar* bar = window->statusBar();
    bar->showMessage(QString(200, QLatin1Char('W')));
    QTest::qWait(20);
    // The strip just left of the badge holds no ink: the text ended (with "…") before it, not under it.
    const QImage image = bar->grab().toImage();
    const int badgeLeft = badge->geometry().left();
    const QRgb background = image.pixel(badgeLeft - 8, 1);
    int inked = 0;
    for (int x = badgeLeft - 8; x < badgeLeft - 1; ++x) {
        for (int y = 0; y < image.height(); ++y)
            inked += image.pixel(x, y) != background ? 1 : 0;
    }
    QCOMPARE(inked, 0);
    QVERIFY(bar->toolTip().startsWith(QStringLiteral("WWW")));
    bar->clearMessage();
}

void tst_SmallWindow::messageBoxIsWideEnoughForItsTitle()
{
    // "Delete Environm…able": the box was narrower than its title plus the frame's icon and buttons.
    const QString title = QStringLiteral("Umgebungsvariable löschen, die sehr lang heißt");
    int width = 0;
    int needed = 0;
    QTimer::singleShot(0, this, [&] {
        QWidget* box = QApplication::activeModalWidget();
        QVERIFY(box);
        const QFontMetrics metrics(QApplication::font("QMdiSubWindowTitleBar"));
        needed = metrics.horizontalAdvance(title) + 150; // the window frame's icon and three buttons
        width = box->width();
        box->close();
    });
    MessageBox::warning(nullptr, title, QStringLiteral("Kurz."));
    QVERIFY2(width >= needed, qPrintable(QStringLiteral("%1 px wide, the title needs %2 px").arg(width).arg(needed)));
}

void tst_SmallWindow::demoTitleSaysDemoOnce()
{
    // "Vast.ai demo (Demo)" (issue 18 item 24): a demo account whose name says so gets no second "Demo".
    const auto window = openWindow(m_vastId);
    QVERIFY(window);
    QCOMPARE(window->windowTitle(), QStringLiteral("Vast.ai-Demo"));
}

QTEST_MAIN(tst_SmallWindow)
#include "tst_smallwindow.moc"
