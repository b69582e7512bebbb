#pragma once

#include "security/RemoveEverywhere.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Ui {
class RemoveEverywhereDialog;
}

class QPushButton;
class QTreeWidgetItem;

/**
 * *Remove this key everywhere*, for a lost or compromised device (issue 23, docs/SECURITY-OVERVIEW.md "Across
 * accounts"): the user picks a key of `~/.ssh` or enters a registered fingerprint; Security::RemoveEverywhere lists
 * every account and team where it is registered (and the lists it could not read); one confirmation; every place is
 * deleted once, each row then says what became of it, and Retry tries only the places that failed or stayed unknown.
 *
 * The accounts' providers are the caller's (SecurityOverview::targets()) and must outlive the dialog. While the
 * key is being removed the dialog does not close: it waits for every account's answer, so that the summary it
 * shows is whole.
 */
class RemoveEverywhereDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RemoveEverywhereDialog(const QList<Security::AccountTarget>& accounts, QWidget* parent = nullptr);
    ~RemoveEverywhereDialog() override;

    /** Names the accounts that could not be opened: they are not looked in. */
    void setNotIncluded(const QStringList& accountLabels);
    /** Fills in a registered fingerprint (a finding's) and searches for it at once. */
    void searchFingerprint(const QString& fingerprint);

    /** True once a place was removed: what the overview showed is out of date. */
    bool removedSomething() const { return m_removedSomething; }
    /** Looking, removing or retrying. */
    bool isWorking() const;
    const Security::RemoveEverywhere* engine() const { return m_engine; }

public slots:
    void reject() override;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    enum class Stage { Choosing, Searching, Planned, Removing, Done };

    QString chosenFingerprint() const;
    void keyChoiceChanged();
    void revalidate();
    void search();
    void showPlan(const Security::RemovalPlan& plan);
    void confirmAndRemove();
    void retry();
    /** Marks the places being removed now. */
    void showRunning();
    void showOutcome(const Security::PlaceRemoval& outcome);
    void showSummary(const Security::RemovalSummary& summary);
    void setStage(Stage stage);
    QString accountLabel(const QString& accountId) const;

    std::unique_ptr<Ui::RemoveEverywhereDialog> m_ui;
    QList<Security::AccountTarget> m_accounts;
    QHash<QString, QString> m_labels;
    Security::RemoveEverywhere* m_engine;
    QPushButton* m_removeButton;
    QPushButton* m_retryButton;
    QPushButton* m_closeButton;
    QList<QTreeWidgetItem*> m_rows; ///< one per place of the current plan, in its order
    Stage m_stage = Stage::Choosing;
    int m_finishedPlaces = 0;
    bool m_removedSomething = false;
    bool m_retrying = false;
};
