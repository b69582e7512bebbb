#include "pages/sshkeys/SshKeyUi.h"

#include <QEvent>
#include <QLabel>
#include <QTest>
#include <QVBoxLayout>

namespace {

/** Counts the style changes (re-polishes) a widget receives. */
class StyleChangeCounter : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::StyleChange)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

class tst_SshKeyUi : public QObject
{
    Q_OBJECT

private slots:
    void showMessageShowsTextInItsTone()
    {
        QWidget window;
        auto* label = new QLabel(&window);
        window.show();
        SshKeyUi::showMessage(label, QStringLiteral("Older than 90 days."), SshKeyUi::Tone::Warning);
        QCOMPARE(label->text(), QStringLiteral("Older than 90 days."));
        QVERIFY(label->isVisible());
        QVERIFY(label->styleSheet().contains(QLatin1String("color:")));
        SshKeyUi::showMessage(label, QStringLiteral("Fine."), SshKeyUi::Tone::Neutral);
        QVERIFY(label->styleSheet().isEmpty());
        SshKeyUi::showMessage(label, {}, SshKeyUi::Tone::Neutral);
        QVERIFY(!label->isVisible());
    }

    void showMessageUsesLighterColoursOnADarkWindow()
    {
        QWidget light;
        auto* onLight = new QLabel(&light);
        QWidget dark;
        QPalette palette = dark.palette();
        palette.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
        dark.setPalette(palette);
        auto* onDark = new QLabel(&dark);
        SshKeyUi::showMessage(onLight, QStringLiteral("Weak."), SshKeyUi::Tone::Warning);
        SshKeyUi::showMessage(onDark, QStringLiteral("Weak."), SshKeyUi::Tone::Warning);
        QVERIFY(onLight->styleSheet() != onDark->styleSheet());
    }

    void showMessageLeavesAnUnchangedLabelAlone()
    {
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* label = new QLabel;
        label->setWordWrap(true);
        layout->addWidget(label);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        StyleChangeCounter counter;
        label->installEventFilter(&counter);

        SshKeyUi::showMessage(label, QStringLiteral("The two passphrases do not match."), SshKeyUi::Tone::Warning);
        QVERIFY(counter.count > 0);
        // The same message again (every keystroke, every list load): no re-polish, so no relayout of the window.
        counter.count = 0;
        SshKeyUi::showMessage(label, QStringLiteral("The two passphrases do not match."), SshKeyUi::Tone::Warning);
        SshKeyUi::showMessage(label, QStringLiteral("Type the passphrase again."), SshKeyUi::Tone::Warning);
        QCOMPARE(counter.count, 0);
        // Another tone is another colour.
        SshKeyUi::showMessage(label, QStringLiteral("Strong."), SshKeyUi::Tone::Good);
        QVERIFY(counter.count > 0);
    }
};

QTEST_MAIN(tst_SshKeyUi)
#include "tst_sshkeyui.moc"
