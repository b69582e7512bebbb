#pragma once

#include <optional>

#include "providers/Dto.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

#include <memory>

class ConsoleProvider;
class KeySwitcher;
class RequestTracker;
struct UiContext;

namespace Ui {
class RotationAssistantDialog;
}

/**
 * Guides a key rotation the way the providers advise (Spheron user settings FAQ): generate a new key, update
 * your applications, test, then revoke the old key. On Vast.ai the new key is created through the API and the
 * old one deleted through it; on Spheron AI both happen in the console and Keydeck swaps its stored key.
 */
class RotationAssistantDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Step { Generate, Update, Test, Revoke };

    /**
     * @p oldKey is Keydeck's current key on Vast.ai when known (its id and permissions); an empty id means the
     * old key must be deleted from the list by hand.
     */
    RotationAssistantDialog(ConsoleProvider* provider, UiContext* context, const ApiKeyInfo& oldKey,
                            QWidget* parent = nullptr);
    ~RotationAssistantDialog() override;

    /** Vast.ai: the keys the user saw listed, so a key made by a lost create answer can be told apart. */
    void setListedKeys(const QList<ApiKeyInfo>& keys);

    Step step() const;
    void done(int result) override;

signals:
    /** Keydeck now authenticates with a different key (Vast: @p keyId of the new key; Spheron: empty). */
    void keySwitched(const QString& keyId);
    /** The account's key list changed (a key was created or deleted). */
    void keysChanged();
    void busyChanged(bool busy);

private:
    void goTo(Step step);
    void createKey();
    void pasteKey();
    void useNewKey();
    void copyNewKey();
    void testKey();
    void revokeOld();
    void setStatus(class QLabel* label, const QString& text, bool error);
    /** The buttons follow the dialog's RequestTracker and the rotation's progress. */
    void showBusy(bool busy);
    bool isVast() const;

    const std::unique_ptr<Ui::RotationAssistantDialog> m_ui;
    QPointer<ConsoleProvider> m_provider;
    UiContext* m_context;
    KeySwitcher* m_switcher;
    RequestTracker* m_requests;
    ApiKeyInfo m_oldKey;
    /** The keys the page listed; nullopt while it has not (LostKeyRecovery then relies on dates). */
    std::optional<QList<ApiKeyInfo>> m_listedKeys;
    CreatedApiKey m_newKey;
    bool m_generated = false;
    bool m_usingNewKey = false;
    bool m_oldRevoked = false;
};
