#pragma once

#include "security/AddEverywhere.h"
#include "ssh/LocalKeys.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Ui {
class AddEverywhereDialog;
}

class QPushButton;
class QTreeWidgetItem;

/**
 * *Add this key to every account*, for a new device (issue 23, docs/SECURITY-OVERVIEW.md "Across accounts"): the
 * user picks a public key of `~/.ssh`; Security::AddEverywhere lists where it is missing and where it is there
 * already (on Spheron AI in the account's current team); the key is uploaded, named (by default its comment), where
 * it is missing; each row then says what became of it, and Retry looks again before it uploads, so no account gets
 * two copies.
 *
 * The accounts' providers are the caller's (SecurityOverview::targets()) and must outlive the dialog. While the key
 * is being added the dialog waits for every account's answer before it closes.
 */
class AddEverywhereDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddEverywhereDialog(const QList<Security::AccountTarget>& accounts, QWidget* parent = nullptr);
    ~AddEverywhereDialog() override;

    /** Names the accounts that could not be opened: they are not looked in. */
    void setNotIncluded(const QStringList& accountLabels);

    /** True once the key was added somewhere: what the overview showed is out of date. */
    bool addedSomething() const { return m_addedSomething; }
    /** Looking, adding or retrying. */
    bool isWorking() const;
    const Security::AddEverywhere* engine() const { return m_engine; }

public slots:
    void reject() override;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    enum class Stage { Choosing, Searching, Planned, Adding, Done };

    void keyChoiceChanged();
    void search();
    void showPlan(const Security::AdditionPlan& plan);
    void add();
    void retry();
    void showRunning();
    void showOutcome(const Security::TargetAddition& outcome);
    void showSummary(const Security::AdditionSummary& summary);
    void setStage(Stage stage);
    QTreeWidgetItem* addRow(const QString& accountId, const QString& teamId, const QString& teamName);

    std::unique_ptr<Ui::AddEverywhereDialog> m_ui;
    QList<Security::AccountTarget> m_accounts;
    QHash<QString, QString> m_labels;
    QList<LocalKey> m_localKeys;
    Security::AddEverywhere* m_engine;
    QPushButton* m_addButton;
    QPushButton* m_retryButton;
    QPushButton* m_closeButton;
    /** One row per account (and team) of the current plan, keyed by account id and team id. */
    QHash<QString, QTreeWidgetItem*> m_rows;
    Stage m_stage = Stage::Choosing;
    int m_finishedTargets = 0;
    bool m_addedSomething = false;
    bool m_nameTouched = false;
    bool m_retrying = false;
};
