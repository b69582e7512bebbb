// widgets/AppStyle: the application's style gives the menu bar Qt's own extension icon without loading every
// image-format plugin before the first paint (docs/PERFORMANCE.md, start-up).
#include "TestSupport.h"
#include "widgets/AppStyle.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>
#include <QToolButton>

#include <memory>

namespace {

/** The icon's pixmaps at the sizes it has, as images. */
QList<QImage> images(const QIcon& icon)
{
    QList<QImage> result;
    for (const QSize& size : icon.availableSizes())
        result << icon.pixmap(size).toImage().convertToFormat(QImage::Format_ARGB32);
    return result;
}

} // namespace

class tst_AppStyle : public QObject
{
    Q_OBJECT

private slots:
    // Runs first: until a test loads the image plugins, none is mapped.
    void showsAMenuBarWithoutLoadingImagePlugins()
    {
        QVERIFY(!TestSupport::isMapped("/imageformats/"));
        AppStyle::install();
        QVERIFY(qobject_cast<AppStyle*>(QApplication::style()));
        QMainWindow window;
        window.menuBar()->addMenu(QStringLiteral("&File"));
        window.menuBar()->addMenu(QStringLiteral("&Help"));
        window.resize(400, 300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.grab(); // painted
        auto* extension = window.menuBar()->findChild<QToolButton*>(QStringLiteral("qt_menubar_ext_button"));
        QVERIFY(extension);
        QVERIFY(!extension->icon().isNull());
        QVERIFY(!TestSupport::isMapped("/imageformats/"));
    }

    void keepsTheStyleItWraps()
    {
        const auto* style = qobject_cast<AppStyle*>(QApplication::style());
        QVERIFY(style);
        QCOMPARE(style->baseStyle()->name(), QStringLiteral("fusion")); // the platform's (offscreen: Fusion)
        QCOMPARE(AppStyle::unwrapped(style), style->baseStyle());
        AppStyle::install(); // a second run of the app in the same process does not wrap it twice
        QCOMPARE(QApplication::style(), style);
    }

    void givesQtsOwnExtensionIcons_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<int>("which");
        QTest::addColumn<bool>("rightToLeft");
        for (const QString& base : {QStringLiteral("fusion"), QStringLiteral("windows")}) {
            const QByteArray name = base.toLatin1();
            QTest::addRow("%s horizontal", name.constData())
                << base << int(QStyle::SP_ToolBarHorizontalExtensionButton) << false;
            QTest::addRow("%s horizontal, right to left", name.constData())
                << base << int(QStyle::SP_ToolBarHorizontalExtensionButton) << true;
            QTest::addRow("%s vertical", name.constData())
                << base << int(QStyle::SP_ToolBarVerticalExtensionButton) << false;
        }
    }

    void givesQtsOwnExtensionIcons()
    {
        QFETCH(QString, base);
        QFETCH(int, which);
        QFETCH(bool, rightToLeft);
        const auto pixmap = QStyle::StandardPixmap(which);
        QStyleOption option;
        option.direction = rightToLeft ? Qt::RightToLeft : Qt::LeftToRight;
        const AppStyle appStyle(base);
        const std::unique_ptr<QStyle> qtStyle(QStyleFactory::create(base));
        const QList<QImage> expected = images(qtStyle->standardIcon(pixmap, &option));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(images(appStyle.standardIcon(pixmap, &option)), expected);
        // Without an option, the application's direction decides, as in QCommonStyle.
        QCOMPARE(images(appStyle.standardIcon(pixmap)), images(qtStyle->standardIcon(pixmap)));
    }

    // Runs last: shows that the first test's check can fail, Qt's own way of reading the icon loads the plugins.
    void qtsOwnIconReadingLoadsThePlugins()
    {
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("fusion")));
        QVERIFY(!fusion->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton).isNull());
        QVERIFY(TestSupport::isMapped("/imageformats/"));
    }
};

QTEST_MAIN(tst_AppStyle)
#include "tst_appstyle.moc"
