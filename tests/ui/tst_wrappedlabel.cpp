// widgets/WrappedLabel: the heights it remembers are always the ones QLabel would measure, and a width asked
// again is not measured again.
#include "widgets/WrappedLabel.h"

#include <QLineEdit>
#include <QTest>

#include <functional>

namespace {

// No more widths than the label remembers: a second pass must be answered from memory.
const QList<int> kWidths {0, 120, 280, 1200};
const QList<int> kOtherWidths {-1, 1, 40, 481};

/** The same label twice: Keydeck's and Qt's. */
struct Pair
{
    WrappedLabel wrapped;
    QLabel plain;

    Pair() { plain.setWordWrap(true); }

    void apply(const std::function<void(QLabel&)>& change)
    {
        change(wrapped);
        change(plain);
    }

    /** Empty when every width measures the same in both; else the first that does not. */
    QString difference(const QList<int>& widths = kWidths) const
    {
        for (int width : widths) {
            const int expected = plain.heightForWidth(width);
            const int actual = wrapped.heightForWidth(width);
            if (actual != expected)
                return QStringLiteral("width %1: %2 instead of %3").arg(width).arg(actual).arg(expected);
        }
        return {};
    }
};

} // namespace

class tst_WrappedLabel : public QObject
{
    Q_OBJECT

private slots:
    void measuresAsQLabel_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("sentence") << QStringLiteral(
            "No accounts yet. Add a Vast.ai or Spheron AI account, or try the local demo.");
        QTest::newRow("one long word") << QStringLiteral("SHA256:Zr3Xq7dXbF0lJc2kq9m1vQe8y0wP4sT6uH5nB7aL2cE");
        QTest::newRow("line breaks") << QStringLiteral("First line.\nSecond, longer line of the label.\n\nFourth.");
        QTest::newRow("unicode") << QStringLiteral("Schlüssel — ключ 鍵 ٱلْمِفْتَاح and more words to wrap");
        QTest::newRow("mnemonic") << QStringLiteral("&Name of the key you are about to add");
        QTest::newRow("empty") << QString();
        QTest::newRow("rich text") << QStringLiteral("<b>Bold</b> and <i>italic</i> words that wrap around");
    }

    void measuresAsQLabel()
    {
        QFETCH(QString, text);
        Pair pair;
        pair.apply([&](QLabel& l) { l.setText(text); });
        QVERIFY2(pair.difference().isEmpty(), qPrintable(pair.difference()));
        // Asked again, from memory: still the same.
        QVERIFY2(pair.difference().isEmpty(), qPrintable(pair.difference()));
        QVERIFY2(pair.difference(kOtherWidths).isEmpty(), qPrintable(pair.difference(kOtherWidths)));
    }

    void followsEveryChangeThatMovesTheText_data()
    {
        QTest::addColumn<std::function<void(QLabel&)>>("change");
        QTest::newRow("text") << std::function<void(QLabel&)>([](QLabel& l) { l.setText(QStringLiteral("Shorter.")); });
        QTest::newRow("font") << std::function<void(QLabel&)>([](QLabel& l) {
            QFont font = l.font();
            font.setPointSizeF(font.pointSizeF() * 1.7);
            font.setBold(true);
            l.setFont(font);
        });
        QTest::newRow("margin") << std::function<void(QLabel&)>([](QLabel& l) { l.setMargin(9); });
        QTest::newRow("indent") << std::function<void(QLabel&)>([](QLabel& l) { l.setIndent(30); });
        QTest::newRow("contents margins")
            << std::function<void(QLabel&)>([](QLabel& l) { l.setContentsMargins(11, 3, 17, 5); });
        QTest::newRow("frame") << std::function<void(QLabel&)>([](QLabel& l) {
            l.setFrameStyle(QFrame::Box | QFrame::Plain);
            l.setLineWidth(4);
        });
        QTest::newRow("alignment") << std::function<void(QLabel&)>(
            [](QLabel& l) { l.setAlignment(Qt::AlignRight | Qt::AlignTop); });
        QTest::newRow("word wrap off") << std::function<void(QLabel&)>([](QLabel& l) { l.setWordWrap(false); });
        QTest::newRow("minimum width") << std::function<void(QLabel&)>([](QLabel& l) { l.setMinimumWidth(300); });
        QTest::newRow("selectable") << std::function<void(QLabel&)>(
            [](QLabel& l) { l.setTextInteractionFlags(Qt::TextSelectableByMouse); });
        QTest::newRow("buddy") << std::function<void(QLabel&)>([](QLabel& l) {
            l.setText(QStringLiteral("&Label of a field with a buddy that shows its mnemonic"));
            l.setBuddy(new QLineEdit(&l));
        });
        QTest::newRow("right to left") << std::function<void(QLabel&)>(
            [](QLabel& l) { l.setLayoutDirection(Qt::RightToLeft); });
        QTest::newRow("plain format") << std::function<void(QLabel&)>(
            [](QLabel& l) { l.setTextFormat(Qt::PlainText); });
    }

    void followsEveryChangeThatMovesTheText()
    {
        QFETCH(std::function<void(QLabel&)>, change);
        Pair pair;
        pair.apply([](QLabel& l) {
            l.setText(QStringLiteral("Once you add an account, its name, email, balance and teams appear here."));
        });
        QVERIFY2(pair.difference().isEmpty(), qPrintable(pair.difference())); // remembered now
        pair.apply(change);
        QVERIFY2(pair.difference().isEmpty(), qPrintable(pair.difference()));
    }

    void measuresAWidthOnce()
    {
        WrappedLabel label(QStringLiteral("Keys you add appear here, with their fingerprints and dates."));
        const int first = label.heightForWidth(200);
        QCOMPARE(label.measurements(), 1);
        QCOMPARE(label.heightForWidth(200), first);
        QCOMPARE(label.heightForWidth(90), label.heightForWidth(90));
        QCOMPARE(label.measurements(), 2);
        label.setText(QStringLiteral("Another text."));
        (void)label.heightForWidth(200);
        QCOMPARE(label.measurements(), 3);
    }
};

QTEST_MAIN(tst_WrappedLabel)
#include "tst_wrappedlabel.moc"
