#include "core/QrCode.h"
#include "widgets/QrCodeView.h"

#include <QImage>
#include <QTest>

/**
 * The QR encoder (libqrencode, issue 22 item 3) and its view. Nothing here decodes, so the tests check what the
 * standard fixes: the matrix size of each version, the finder patterns, the quiet zone, and that the view paints
 * every module as a solid square of whole pixels at more than one scale.
 */
class tst_QrCode : public QObject
{
    Q_OBJECT

private:
    /** A finder pattern's 7×7 rings: dark border, light ring, dark 3×3 centre. */
    static bool isFinder(const QrCode& code, int left, int top)
    {
        for (int y = 0; y < 7; ++y) {
            for (int x = 0; x < 7; ++x) {
                const bool border = x == 0 || y == 0 || x == 6 || y == 6;
                const bool centre = x >= 2 && x <= 4 && y >= 2 && y <= 4;
                if (code.isDark(left + x, top + y) != (border || centre))
                    return false;
            }
        }
        return true;
    }

    static QImage render(const QrCode& code, int side)
    {
        QrCodeView view;
        view.setCode(code);
        view.resize(side, side);
        QImage image(side, side, QImage::Format_RGB32);
        image.fill(Qt::red);
        view.render(&image);
        return image;
    }

private slots:
    void encodesAnOtpauthUriAtTheVersionItNeeds()
    {
        const QByteArray uri = "otpauth://totp/Vast.ai:grace.hopper%40example.com?secret="
                               "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Vast.ai";
        const auto code = QrCode::encode(uri);
        QVERIFY(code);
        QCOMPARE(uri.size(), 104);
        // 104 bytes at level M need version 6 (ISO/IEC 18004, byte mode: 84 bytes fit 5-M, 106 fit 6-M).
        QCOMPARE(code->version(), 6);
        QCOMPARE(code->size(), 17 + 4 * code->version());
        QVERIFY(isFinder(*code, 0, 0));
        QVERIFY(isFinder(*code, code->size() - 7, 0));
        QVERIFY(isFinder(*code, 0, code->size() - 7));
        // Outside the symbol is the quiet zone: light.
        for (int i = -QrCode::kQuietZone; i < 0; ++i) {
            QVERIFY(!code->isDark(i, 0));
            QVERIFY(!code->isDark(0, i));
            QVERIFY(!code->isDark(code->size() - 1 - i, 3));
        }
        QCOMPARE(QrCode::encode("A")->version(), 1);
        QCOMPARE(QrCode::encode("A")->size(), 21);
        QVERIFY(!QrCode::encode(QByteArray()));
    }

    void paintsCrispSquareModulesAtTwoScales_data()
    {
        QTest::addColumn<int>("side");
        QTest::newRow("small") << 120;
        QTest::newRow("large") << 333;
    }
    void paintsCrispSquareModulesAtTwoScales()
    {
        QFETCH(int, side);
        const auto code = QrCode::encode("otpauth://totp/Keydeck:test?secret=ABCDEFGHIJKLMNOP");
        QVERIFY(code);
        const int total = code->size() + 2 * QrCode::kQuietZone;
        const int scale = QrCodeView::moduleScale(total, side);
        QCOMPARE(scale, side / total);
        QVERIFY(scale >= 2);
        const QImage image = render(*code, side);
        const int origin = (side - total * scale) / 2;
        // Every module is one solid colour, black or white, never a blend: whole pixels, no antialiasing.
        for (int my = -QrCode::kQuietZone; my < code->size() + QrCode::kQuietZone; ++my) {
            for (int mx = -QrCode::kQuietZone; mx < code->size() + QrCode::kQuietZone; ++mx) {
                const QRgb expected = code->isDark(mx, my) ? qRgb(0, 0, 0) : qRgb(255, 255, 255);
                const int px = origin + (mx + QrCode::kQuietZone) * scale;
                const int py = origin + (my + QrCode::kQuietZone) * scale;
                for (int dy = 0; dy < scale; ++dy) {
                    for (int dx = 0; dx < scale; ++dx) {
                        if (image.pixel(px + dx, py + dy) != expected)
                            QFAIL(qPrintable(QStringLiteral("module (%1, %2) is not solid at pixel (%3, %4)")
                                                 .arg(mx)
                                                 .arg(my)
                                                 .arg(px + dx)
                                                 .arg(py + dy)));
                    }
                }
            }
        }
        // The quiet zone is really there: the first and last rows of the drawn square are white across.
        for (int x = origin; x < origin + total * scale; ++x) {
            QCOMPARE(image.pixel(x, origin), qRgb(255, 255, 255));
            QCOMPARE(image.pixel(x, origin + total * scale - 1), qRgb(255, 255, 255));
        }
    }
};

QTEST_MAIN(tst_QrCode)
#include "tst_qrcode.moc"
