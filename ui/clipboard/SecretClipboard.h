#pragma once

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <chrono>

class QClipboard;
class QMimeData;

/**
 * Copies secrets to the clipboard the way password managers do (KeePassXC Clipboard.cpp,
 * docs/LIBRARIES.md §4): with the platform's "this is a password" hints, cleared after a timeout and at
 * quit, but only if the clipboard still holds our text. Public keys are copied plainly, with no timer.
 */
class SecretClipboard : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultClearTimeout {30000};

    /** @p clipboard defaults to QGuiApplication::clipboard(). */
    explicit SecretClipboard(QClipboard* clipboard = nullptr, QObject* parent = nullptr);
    ~SecretClipboard() override;

    /** How long a copied secret stays on the clipboard (default 30 s; tests use milliseconds). */
    void setClearTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds clearTimeout() const { return m_timeout; }

    /** Copies a secret with the password-manager hints and starts the countdown to clearing it. */
    void copySecret(const QString& text);
    /** Copies non-secret text (a public key) with no hint and no timer. */
    void copyPublic(const QString& text);

    /** Whole seconds until the clipboard is cleared, or 0 when no countdown runs. */
    int secondsRemaining() const;
    bool isCountingDown() const { return m_tickTimer.isActive(); }

    /** The MIME data for a secret: text plus this platform's hints (exposed for tests). */
    static QMimeData* createSecretMimeData(const QString& text);
    /** The status-bar sentence for @p seconds remaining ("Clearing the clipboard in %n second(s)…"). */
    static QString countdownText(int seconds);

public slots:
    /** Clears the clipboard now if it still holds the secret we copied; otherwise leaves it alone. */
    void clearIfOurs();

signals:
    /** The countdown moved; @p secondsRemaining is 0 and @p statusText empty when it stopped. */
    void countdownChanged(int secondsRemaining, const QString& statusText);
    /** We removed our secret from the clipboard. */
    void cleared();

private:
    bool holdsOurSecret() const;
    void stopCountdown();
    void onTick();
    void onClipboardChanged();

    QPointer<QClipboard> m_clipboard;
    std::chrono::milliseconds m_timeout = DefaultClearTimeout;
    QString m_lastCopied;
    QTimer m_clearTimer;
    QTimer m_tickTimer;
    QDeadlineTimer m_deadline;
};
