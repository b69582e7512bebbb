#include "ssh/PassphraseStrength.h"

#include <cmath>

#include <zxcvbn.h>

namespace {

constexpr double kMinute = 60;
constexpr double kHour = 60 * kMinute;
constexpr double kDay = 24 * kHour;
constexpr double kMonth = 30 * kDay;
constexpr double kYear = 365 * kDay;
constexpr double kWeakBelow = kDay;
constexpr double kStrongFrom = 1000 * kYear;

// Words an attacker who knows what the key is for would try first; zxcvbn ranks them like its common passwords.
const char* kUserWords[] = {"keydeck", "sshkey", "ssh-key", "vastai", "vast.ai", "spheron", "passphrase", nullptr};

} // namespace

PassphraseStrength::Result PassphraseStrength::evaluate(const QString& passphrase)
{
    if (passphrase.isEmpty())
        return {Level::Empty, tr("No passphrase: anyone who gets a copy of the private key file can use it."), 0, 0};

    const QByteArray utf8 = passphrase.toUtf8();
    const double bits = ZxcvbnMatch(utf8.constData(), kUserWords, nullptr);
    const double seconds = std::exp2(bits) / GuessesPerSecond;
    const QString time = durationText(seconds);

    Result result {Level::Strong, QString(), bits, seconds};
    if (seconds < kWeakBelow) {
        result.level = Level::Weak;
        result.message = tr("Weak passphrase: a fast offline attack would need %1 to guess it. Use several "
                            "unrelated words.")
                             .arg(time);
    } else if (seconds < kStrongFrom) {
        result.level = Level::Fair;
        result.message
            = tr("Fair passphrase: a fast offline attack would need %1 to guess it. Another word would make it strong.")
                  .arg(time);
    } else {
        result.message = tr("Strong passphrase: a fast offline attack would need %1 to guess it.").arg(time);
    }
    return result;
}

QString PassphraseStrength::durationText(double seconds)
{
    // Plain int counts: lupdate does not see a plural whose count is an expression.
    if (seconds < 1)
        return tr("less than a second");
    if (seconds < kMinute) {
        const int n = int(seconds);
        return tr("about %n second(s)", nullptr, n);
    }
    if (seconds < kHour) {
        const int n = int(std::lround(seconds / kMinute));
        return tr("about %n minute(s)", nullptr, n);
    }
    if (seconds < kDay) {
        const int n = int(std::lround(seconds / kHour));
        return tr("about %n hour(s)", nullptr, n);
    }
    if (seconds < kMonth) {
        const int n = int(std::lround(seconds / kDay));
        return tr("about %n day(s)", nullptr, n);
    }
    if (seconds < kYear) {
        const int n = int(std::lround(seconds / kMonth));
        return tr("about %n month(s)", nullptr, n);
    }
    if (seconds < kStrongFrom) {
        const int n = int(std::lround(seconds / kYear));
        return tr("about %n year(s)", nullptr, n);
    }
    return tr("more than a thousand years");
}
