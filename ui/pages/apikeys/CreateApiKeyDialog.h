#pragma once

#include "providers/Dto.h"
#include "providers/Reconcile.h"

#include <QDialog>
#include <QJsonObject>
#include <QMap>
#include <QPointer>

#include <memory>
#include <optional>

class ConsoleProvider;
class QCheckBox;
class RequestTracker;

namespace Ui {
class CreateApiKeyDialog;
}

/**
 * Creates a Vast.ai API key: a name plus a permissions editor (category checkboxes, presets, and an advanced
 * JSON editor validated before sending, docs/api/vast.md §4). Sends the request itself and stays open with the input
 * intact when the server refuses it; on success createdKey() holds the key, which is shown once elsewhere. When
 * the answer is lost (timeout, dropped connection) it re-lists the keys to tell whether the key was created
 * (LostKeyRecovery), so that trying again does not make a duplicate.
 */
class CreateApiKeyDialog : public QDialog
{
    Q_OBJECT

public:
    CreateApiKeyDialog(ConsoleProvider* provider, QWidget* parent = nullptr);
    ~CreateApiKeyDialog() override;

    /** The permissions the editor holds now, or nothing (with @p error) when the JSON is invalid. */
    std::optional<QJsonObject> permissions(QString* error = nullptr) const;
    /** The keys the user saw listed: a key created by a lost answer is one not among them. */
    void setListedKeys(const QList<ApiKeyInfo>& keys);
    /** The created key after the dialog was accepted; wiped by takeCreatedKey(). */
    CreatedApiKey takeCreatedKey();

    void accept() override;
    /** Closing the dialog abandons a create under way (and ends busyChanged). */
    void done(int result) override;

protected:
    /** Return in the name field moves on to the permissions until the user has looked at them (issue 18 item 5). */
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void busyChanged(bool busy);
    /** After a lost answer: the keys as the server lists them now (the page shows them without asking again). */
    void keysRelisted(const QList<ApiKeyInfo>& keys);
    /** After a lost answer: a key was deleted after keysRelisted(); the list must be read again. */
    void keysChanged();

private:
    void applyPreset(int index);
    void onCategoryToggled();
    void onAdvancedToggled(bool advanced);
    void onJsonEdited();
    void syncPresetFromCategories();
    QStringList checkedCategories() const;
    /** The form follows the dialog's RequestTracker: read-only while the create runs. */
    void showBusy(bool busy);
    void showMessage(const QString& text, bool error);

    const std::unique_ptr<Ui::CreateApiKeyDialog> m_ui;
    QPointer<ConsoleProvider> m_provider;
    RequestTracker* m_requests;
    QMap<QString, QCheckBox*> m_categoryChecks;
    /** Settles a create whose answer was lost; @p request stays under way until it is settled. */
    void recoverLostAnswer(QObject* request, const QString& name, const Reconcile::ApiKeyCreated& created);

    CreatedApiKey m_created;
    /** The keys the page listed; nullopt while it has not (LostKeyRecovery then relies on dates). */
    std::optional<QList<ApiKeyInfo>> m_listedKeys;
    bool m_updating = false;
    /** The user has been to the permissions (focus or a change): Return in the name field may create the key. */
    bool m_scopeSeen = false;
    void updateScopeSummary();
};
