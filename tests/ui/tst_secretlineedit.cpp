#include "UiContext.h"
#include "net/ApiTransport.h"
#include "pages/apikeys/KeyEntryDialog.h"
#include "pages/apikeys/NewKeyDialog.h"
#include "pages/apikeys/RotationAssistantDialog.h"
#include "providers/VastProvider.h"
#include "widgets/SecretLineEdit.h"
#include "wizard/ApiKeyPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <memory>

namespace {
/** Looks like a key; never a real one, and never printed. */
const QString kKey = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
const QString kBefore = QStringLiteral("what the user selected before");
} // namespace

/**
 * A readable API key never reaches the X11 primary selection: the line edits that show keys (new key, rotation
 * assistant, key entry, the wizard's key page) drop every selection while the key is shown (docs/SECURITY.md,
 * "No key in the primary selection").
 *
 * QLineEdit copies its selection to QClipboard::Selection on mouse release and after key events. The offscreen
 * platform has no selection clipboard (supportsSelection() is false), so ctest checks that no selection exists
 * after each way of selecting, which is what QLineEdit would copy; where the platform has one (run under xcb),
 * the selection clipboard itself is checked too.
 */
class tst_SecretLineEdit : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void shownKeyCannotBeSelected();
    void hiddenKeyCanBeSelectedForEditing();
    void showingTheKeyDropsASelection();
    void everyKeyFieldIsASecretLineEdit();

private:
    /** Selects in @p edit every way a user can: drag, double click, Shift+End, Ctrl+A, select(). */
    static void selectEveryWay(QLineEdit* edit);
    /** The selection clipboard does not hold the key (when the platform has one). */
    static bool selectionClipboardClean();
};

void tst_SecretLineEdit::init()
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (clipboard->supportsSelection())
        clipboard->setText(kBefore, QClipboard::Selection);
}

void tst_SecretLineEdit::selectEveryWay(QLineEdit* edit)
{
    const int y = edit->height() / 2;
    QTest::mouseDClick(edit, Qt::LeftButton, {}, QPoint(10, y));
    QTest::mousePress(edit, Qt::LeftButton, {}, QPoint(4, y));
    QMouseEvent move(QEvent::MouseMove, QPointF(edit->width() - 4, y), edit->mapToGlobal(QPointF(edit->width() - 4, y)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(edit, &move);
    QTest::mouseRelease(edit, Qt::LeftButton, {}, QPoint(edit->width() - 4, y));
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_Home);
    QTest::keyClick(edit, Qt::Key_End, Qt::ShiftModifier);
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    edit->selectAll();
    edit->setSelection(2, 10);
}

bool tst_SecretLineEdit::selectionClipboardClean()
{
    const QClipboard* clipboard = QGuiApplication::clipboard();
    if (!clipboard->supportsSelection())
        return true;
    const QString selection = clipboard->text(QClipboard::Selection);
    return selection.isEmpty() || !kKey.contains(selection);
}

void tst_SecretLineEdit::shownKeyCannotBeSelected()
{
    SecretLineEdit edit;
    edit.setText(kKey);
    edit.setSecretShown(true);
    edit.resize(400, 30);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QSignalSpy selections(&edit, &QLineEdit::selectionChanged);

    selectEveryWay(&edit);
    QVERIFY(selections.count() > 0); // each way did select, and the selection was dropped
    QVERIFY(selectionClipboardClean());
    QVERIFY(!edit.hasSelectedText());
    QVERIFY(edit.text() == kKey); // nothing of the key was lost on the way (QCOMPARE would print it)
}

void tst_SecretLineEdit::hiddenKeyCanBeSelectedForEditing()
{
    SecretLineEdit edit;
    edit.setText(kKey);
    edit.setSecretShown(false);
    QCOMPARE(edit.echoMode(), QLineEdit::Password);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    edit.setFocus();
    QTest::keyClick(&edit, Qt::Key_A, Qt::ControlModifier);
    QVERIFY(edit.hasSelectedText()); // bullets: QLineEdit copies nothing in Password mode
    QVERIFY(selectionClipboardClean());
}

void tst_SecretLineEdit::showingTheKeyDropsASelection()
{
    SecretLineEdit edit;
    edit.setText(kKey);
    edit.setSecretShown(false);
    edit.selectAll();
    QVERIFY(edit.hasSelectedText());
    edit.setSecretShown(true);
    QCOMPARE(edit.echoMode(), QLineEdit::Normal);
    QVERIFY(!edit.hasSelectedText());
}

void tst_SecretLineEdit::everyKeyFieldIsASecretLineEdit()
{
    // The new key dialog shows the key in full.
    NewKeyDialog created(kKey, NewKeyDialog::Origin::Created, nullptr);
    created.show();
    QVERIFY(QTest::qWaitForWindowExposed(&created));
    auto* newKey = qobject_cast<SecretLineEdit*>(created.findChild<QLineEdit*>(QStringLiteral("keyEdit")));
    QVERIFY(newKey);
    QCOMPARE(newKey->echoMode(), QLineEdit::Normal);
    selectEveryWay(newKey);
    QVERIFY(!newKey->hasSelectedText());
    QVERIFY(selectionClipboardClean());

    // The wizard's key page and the key entry dialog, with the key shown.
    ApiKeyPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* wizardKey = qobject_cast<SecretLineEdit*>(page.findChild<QLineEdit*>(QStringLiteral("apiKeyEdit")));
    QVERIFY(wizardKey);
    wizardKey->setText(kKey);
    page.findChild<QToolButton*>(QStringLiteral("showKeyButton"))->setChecked(true);
    QCOMPARE(wizardKey->echoMode(), QLineEdit::Normal);
    selectEveryWay(wizardKey);
    QVERIFY(!wizardKey->hasSelectedText());
    QVERIFY(selectionClipboardClean());

    ApiTransport transport;
    VastProvider provider(&transport);
    UiContext context;
    KeyEntryDialog entry(&provider, &context, KeyEntryDialog::Purpose::Rejected);
    entry.show();
    QVERIFY(QTest::qWaitForWindowExposed(&entry));
    auto* entryKey = qobject_cast<SecretLineEdit*>(entry.findChild<QLineEdit*>(QStringLiteral("keyEdit")));
    QVERIFY(entryKey);
    entryKey->setText(kKey);
    entry.findChild<QCheckBox*>(QStringLiteral("showKeyCheck"))->setChecked(true);
    QCOMPARE(entryKey->echoMode(), QLineEdit::Normal);
    selectEveryWay(entryKey);
    QVERIFY(!entryKey->hasSelectedText());
    QVERIFY(selectionClipboardClean());

    // The rotation assistant shows the key it created (tst_apikeyspage drives that flow).
    RotationAssistantDialog rotation(&provider, &context, ApiKeyInfo {});
    QVERIFY(qobject_cast<SecretLineEdit*>(rotation.findChild<QLineEdit*>(QStringLiteral("newKeyEdit"))));
}

QTEST_MAIN(tst_SecretLineEdit)
#include "tst_secretlineedit.moc"
