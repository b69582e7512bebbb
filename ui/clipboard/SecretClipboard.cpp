#include "clipboard/SecretClipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <cmath>

SecretClipboard::SecretClipboard(QClipboard* clipboard, QObject* parent)
    : QObject(parent)
    , m_clipboard(clipboard ? clipboard : QGuiApplication::clipboard())
{
    m_clearTimer.setSingleShot(true);
    m_clearTimer.setTimerType(Qt::CoarseTimer);
    connect(&m_clearTimer, &QTimer::timeout, this, &SecretClipboard::clearIfOurs);
    m_tickTimer.setInterval(1000);
    connect(&m_tickTimer, &QTimer::timeout, this, &SecretClipboard::onTick);
    if (m_clipboard)
        connect(m_clipboard, &QClipboard::dataChanged, this, &SecretClipboard::onClipboardChanged);
    // A secret must not outlive Keydeck on the clipboard (KeePassXC clears at aboutToQuit too).
    if (QCoreApplication::instance())
        connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, &SecretClipboard::clearIfOurs);
}

SecretClipboard::~SecretClipboard()
{
    clearIfOurs();
}

void SecretClipboard::setClearTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

QMimeData* SecretClipboard::createSecretMimeData(const QString& text)
{
    auto* mime = new QMimeData;
    mime->setText(text);
#if defined(Q_OS_MACOS)
    mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), text.toUtf8());
#elif defined(Q_OS_WIN)
    // CopyQ and other monitors skip this format; the two DWORD 0 formats keep the key out of Win+V history
    // and cloud clipboard (docs/LIBRARIES.md §4).
    mime->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"), QByteArrayLiteral("1"));
    const QByteArray dwordZero(4, '\0');
    mime->setData(QStringLiteral("application/x-qt-windows-mime;value=\"CanIncludeInClipboardHistory\""), dwordZero);
    mime->setData(QStringLiteral("application/x-qt-windows-mime;value=\"CanUploadToCloudClipboard\""), dwordZero);
#else
    // Klipper and other clipboard managers that honour it do not keep this entry in their history.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
#endif
    return mime;
}

QString SecretClipboard::countdownText(int seconds)
{
    return tr("Clearing the clipboard in %n second(s)…", "", seconds);
}

void SecretClipboard::copySecret(const QString& text)
{
    if (!m_clipboard || text.isEmpty())
        return;
    stopCountdown();
    m_lastCopied = text;
    // One QMimeData per mode: the clipboard takes ownership of each.
    if (m_clipboard->supportsSelection())
        m_clipboard->setMimeData(createSecretMimeData(text), QClipboard::Selection);
    m_clipboard->setMimeData(createSecretMimeData(text), QClipboard::Clipboard);

    m_deadline = QDeadlineTimer(m_timeout);
    m_clearTimer.start(m_timeout);
    m_tickTimer.start();
    onTick();
}

void SecretClipboard::copyPublic(const QString& text)
{
    if (!m_clipboard)
        return;
    clearIfOurs(); // a secret still in the selection must not stay there without its timer
    m_clipboard->setText(text, QClipboard::Clipboard);
}

int SecretClipboard::secondsRemaining() const
{
    if (!m_clearTimer.isActive())
        return 0;
    return static_cast<int>(std::ceil(static_cast<double>(m_deadline.remainingTime()) / 1000.0));
}

void SecretClipboard::onTick()
{
    const int seconds = secondsRemaining();
    if (seconds > 0)
        emit countdownChanged(seconds, countdownText(seconds));
}

bool SecretClipboard::holdsOurSecret() const
{
    if (!m_clipboard || m_lastCopied.isEmpty())
        return false;
    if (m_clipboard->text(QClipboard::Clipboard) == m_lastCopied)
        return true;
    return m_clipboard->supportsSelection() && m_clipboard->text(QClipboard::Selection) == m_lastCopied;
}

void SecretClipboard::clearIfOurs()
{
    if (m_lastCopied.isEmpty())
        return;
    bool didClear = false;
    if (m_clipboard) {
        // Only what is still ours: text the user copied meanwhile stays (KeePassXC clearCopiedText()).
        if (m_clipboard->text(QClipboard::Clipboard) == m_lastCopied) {
            m_clipboard->clear(QClipboard::Clipboard);
            didClear = true;
        }
        if (m_clipboard->supportsSelection() && m_clipboard->text(QClipboard::Selection) == m_lastCopied) {
            m_clipboard->clear(QClipboard::Selection);
            didClear = true;
        }
    }
    stopCountdown();
    if (didClear)
        emit cleared();
}

void SecretClipboard::onClipboardChanged()
{
    // Something else replaced our secret: nothing left to clear, so stop announcing a countdown.
    if (!m_lastCopied.isEmpty() && !holdsOurSecret())
        stopCountdown();
}

void SecretClipboard::stopCountdown()
{
    // The repeating tick timer, not the single-shot one: the latter is already inactive when it fires.
    const bool wasRunning = m_tickTimer.isActive();
    m_clearTimer.stop();
    m_tickTimer.stop();
    m_lastCopied.fill(QChar(u'\0'));
    m_lastCopied.clear();
    if (wasRunning)
        emit countdownChanged(0, QString());
}
