#pragma once

#include "net/ApiError.h"

#include <QDate>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <chrono>

#include <memory>

class ConsoleProvider;
class KeySwitcher;
class RequestTracker;
struct UiContext;

namespace Ui {
class SpheronKeyCard;
}

/**
 * The API Keys tab on Spheron AI, which has no key API (docs/api/spheron.md §3): the stored key as an Active Key
 * card (masked, reveal, copy, user-entered expiry, a live test), revoking and generating through the console, and
 * the way into the rotation assistant. Its calls count in the tab's RequestTracker.
 */
class SpheronKeyCard : public QWidget
{
    Q_OBJECT

public:
    SpheronKeyCard(ConsoleProvider* provider, UiContext* context, RequestTracker* requests, QWidget* parent = nullptr);
    ~SpheronKeyCard() override;

    /** How long a revealed key stays on screen (issue 18 item 18); tests shorten it. */
    void setRevealTimeout(std::chrono::milliseconds timeout);

    /** Shows @p expiry (null: unknown) as seen on @p today. */
    void showExpiry(const QDate& today, const QDate& expiry);

public slots:
    /** Reads the stored key again; a read still under way is replaced. */
    void loadStoredKey();

signals:
    void statusMessage(const QString& text);
    /** A call failed: the tab handles 401 (banner, credentialsRejected). */
    void apiError(const ApiError& error);
    /** The server accepted Keydeck's key: the tab's 401 banner goes. */
    void keyAccepted();
    /** The stored key or its expiry changed: the tab shows it again. */
    void keyChanged();
    void expiryChanged();
    void rotationRequested();

protected:
    /** A revealed key hides when the window loses focus. */
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void showStoredKey();
    void copyStoredKey();
    void testKey();
    void revokeKey();
    void generateKey();
    void editExpiry();

    const std::unique_ptr<Ui::SpheronKeyCard> m_ui;
    QPointer<ConsoleProvider> m_provider;
    UiContext* m_context;
    RequestTracker* m_requests;
    KeySwitcher* m_switcher;
    QString m_storedKey;
    bool m_hasStoredKey = false;
    QTimer* m_hideTimer;
    QPointer<QWidget> m_watchedWindow;
};
