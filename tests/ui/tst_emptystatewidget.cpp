// widgets/EmptyStateWidget: its icon is drawn as QIcon draws the SVG, without loading Qt's SVG icon engine before
// the main window's first paint (docs/PERFORMANCE.md, start-up).
#include "TestSupport.h"
#include "widgets/EmptyStateWidget.h"

#include <QIcon>
#include <QLabel>
#include <QTest>
#include <QVBoxLayout>

namespace {

QImage argb(const QPixmap& pixmap)
{
    return pixmap.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

} // namespace

class tst_EmptyStateWidget : public QObject
{
    Q_OBJECT

private slots:
    // Runs first: until a test draws an icon through QIcon, no icon engine is loaded.
    void showsItsIconWithoutTheIconEnginePlugin()
    {
        QVERIFY(!TestSupport::isMapped("/iconengines/"));
        EmptyStateWidget widget;
        widget.setIconName(QStringLiteral(":/icons/profile.svg"));
        widget.setTitle(QStringLiteral("Your profile"));
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        const auto* icon = widget.findChild<QLabel*>(QStringLiteral("emptyStateIcon"));
        QVERIFY(icon);
        QVERIFY(icon->isVisible());
        QCOMPARE(icon->pixmap().deviceIndependentSize().toSize(), QSize(64, 64));
        QVERIFY(!TestSupport::isMapped("/iconengines/"));
    }

    void givesItsLabelsTheirTextsWhenShown()
    {
        // Layouts measure hidden tabs' empty states too; until shown, their labels have nothing to measure.
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* state = new EmptyStateWidget(&window);
        layout->addWidget(state);
        state->hide();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        state->setTitle(QStringLiteral("No SSH keys"));
        state->setDescription(QStringLiteral("Keys you add appear here."));
        auto* title = state->findChild<QLabel*>(QStringLiteral("emptyStateTitle"));
        auto* description = state->findChild<QLabel*>(QStringLiteral("emptyStateDescription"));
        QVERIFY(title && description);
        QCOMPARE(state->title(), QStringLiteral("No SSH keys"));
        QCOMPARE(state->description(), QStringLiteral("Keys you add appear here."));
        QVERIFY(title->text().isEmpty());
        QVERIFY(description->text().isEmpty());

        state->show();
        QCOMPARE(title->text(), QStringLiteral("No SSH keys"));
        QCOMPARE(title->accessibleName(), QStringLiteral("No SSH keys"));
        QCOMPARE(description->text(), QStringLiteral("Keys you add appear here."));
        // Shown, a change reaches the labels at once.
        state->setDescription(QStringLiteral("Add one with Ctrl+N."));
        QCOMPARE(description->text(), QStringLiteral("Add one with Ctrl+N."));
    }

    void drawsTheIconAsQIconDoes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qreal>("ratio");
        for (const char* name : {"profile", "ssh-key", "api-key", "error", "keydeck"}) {
            const QString file = QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name));
            QTest::addRow("%s at 1x", name) << file << qreal(1);
            QTest::addRow("%s at 2x", name) << file << qreal(2);
            QTest::addRow("%s at 1.5x", name) << file << qreal(1.5);
        }
    }

    void drawsTheIconAsQIconDoes()
    {
        QFETCH(QString, file);
        QFETCH(qreal, ratio);
        const QPixmap drawn = EmptyStateWidget::renderSvg(file, QSize(64, 64), ratio);
        const QPixmap expected = QIcon(file).pixmap(QSize(64, 64), ratio);
        QVERIFY(!expected.isNull());
        QCOMPARE(drawn.devicePixelRatio(), expected.devicePixelRatio());
        QCOMPARE(drawn.size(), expected.size());
        QCOMPARE(argb(drawn), argb(expected));
    }

    void drawsNothingForAMissingFile()
    {
        QVERIFY(EmptyStateWidget::renderSvg(QStringLiteral(":/icons/no-such.svg"), QSize(64, 64), 1).isNull());
    }

    // Runs last: shows that the first test's check can fail, QIcon loads the plugin.
    void qIconLoadsTheIconEnginePlugin()
    {
        QVERIFY(!QIcon(QStringLiteral(":/icons/ssh-key.svg")).pixmap(16, 16).isNull());
        QVERIFY(TestSupport::isMapped("/iconengines/"));
    }
};

QTEST_MAIN(tst_EmptyStateWidget)
#include "tst_emptystatewidget.moc"
