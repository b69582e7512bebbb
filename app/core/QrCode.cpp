#include "core/QrCode.h"

#include <qrencode.h>

#include <memory>

std::optional<QrCode> QrCode::encode(const QByteArray& text)
{
    if (text.isEmpty())
        return std::nullopt;
    // Level M (15 % recovery) keeps an otpauth:// URI at a version a phone camera reads from a screen easily.
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> symbol(
        QRcode_encodeData(int(text.size()), reinterpret_cast<const unsigned char*>(text.constData()), 0, QR_ECLEVEL_M),
        &QRcode_free);
    if (!symbol)
        return std::nullopt;
    QrCode code;
    code.m_size = symbol->width;
    code.m_version = symbol->version;
    code.m_modules.resize(qsizetype(code.m_size) * code.m_size);
    // libqrencode: one byte per module, bit 0 set for a dark one.
    for (qsizetype i = 0; i < code.m_modules.size(); ++i)
        code.m_modules[i] = (symbol->data[i] & 1) != 0;
    return code;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules.at(qsizetype(y) * m_size + x);
}
