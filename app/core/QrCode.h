#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

/**
 * A QR code as a square matrix of modules, encoded by libqrencode (issue 22 item 3). No widgets: ui/widgets/
 * QrCodeView draws it. The text it encodes (an otpauth:// URI carries a TOTP secret) is never kept or logged here,
 * only the modules.
 */
class QrCode
{
public:
    /** The light border the standard asks for around the symbol, in modules (ISO/IEC 18004: four). */
    static constexpr int kQuietZone = 4;

    /** Encodes @p text as 8-bit data at error correction level M, the smallest version it fits; nullopt if none. */
    static std::optional<QrCode> encode(const QByteArray& text);

    /** Modules per side without the quiet zone: 17 + 4 × version. */
    int size() const { return m_size; }
    /** The QR version (1–40). */
    int version() const { return m_version; }
    /** True for a dark module; (x, y) outside the symbol (the quiet zone) is light. */
    bool isDark(int x, int y) const;

private:
    int m_size = 0;
    int m_version = 0;
    QList<bool> m_modules; ///< row by row
};
