#pragma once

#include "core/RefreshRule.h"
#include "net/ApiError.h"
#include "providers/Dto.h"

#include <QScopedPointer>
#include <QWidget>

class ConsoleProvider;
class RequestTracker;
struct UiContext;
namespace Ui {
class EnvVarsPage;
}
namespace FilterField {
class NoMatchesLabel;
}

/**
 * The Vast.ai account environment variables (/secrets/): list with masked values, create, change
 * the value, delete. Names are checked against the server's rules before anything is sent.
 */
class EnvVarsPage : public QWidget
{
    Q_OBJECT

public:
    EnvVarsPage(ConsoleProvider* provider, UiContext* context, QWidget* parent = nullptr);
    ~EnvVarsPage() override;

    /** Names currently listed, in the order shown. */
    QStringList names() const;

public slots:
    /** Reloads the list (F5). */
    void refresh();
    /** A refresh on the user's behalf (switching back to the account, issue 24 item 3): what is shown stays. */
    void refreshInBackground();
    /** Opens the dialog for a new variable (Ctrl+N). */
    void createVariable();
    /** Opens the dialog to replace the selected variable's value. */
    void changeSelected();
    /** Asks, then deletes the selected variable (Del). */
    void deleteSelected();

signals:
    void statusMessage(const QString& text);
    void busyChanged(bool busy);
    /** A call failed because the account needs a (new) 2FA session; see TwoFactorController. */
    void twoFactorNeeded(const ApiError& error);

private:
    void showVariables(const QList<EnvVar>& variables);
    void applyFilter();
    void updateActions();
    QString selectedName() const;
    void selectName(const QString& name);
    /** After a delete answered 404 or not at all (@p deleteError): re-lists and tells whether @p name is gone. */
    void reportActionError(const QString& title, const ApiError& error);

    const QScopedPointer<Ui::EnvVarsPage> m_ui;
    FilterField::NoMatchesLabel* m_noMatches = nullptr;
    ConsoleProvider* m_provider;
    UiContext* m_context;
    RequestTracker* m_requests;
    QString m_selectAfterLoad;
    RefreshRule::Mode m_loadMode = RefreshRule::Mode::Asked; ///< of the load under way (or the last one)
    RefreshRule::Mode m_nextLoadMode = RefreshRule::Mode::Asked;
};
