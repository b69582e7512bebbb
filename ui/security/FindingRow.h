#pragma once

#include "security/Finding.h"

#include <QFrame>

class QAction;
class QPushButton;
class QToolButton;

/**
 * One finding on the security overview: whose it is (account and team, or this computer), why it matters (one
 * sentence from FindingText), its action button, and a menu to snooze or ignore it. Every text is plain text: key,
 * team and file names come from servers and files.
 */
class FindingRow : public QFrame
{
    Q_OBJECT

public:
    /** @p owner names the account ("Ada (Vast.ai) · Analytical Engines") or this computer. */
    FindingRow(const Security::Finding& finding, const QString& owner, bool hidden, QWidget* parent = nullptr);

    const Security::Finding& finding() const { return m_finding; }
    QPushButton* actionButton() const { return m_actionButton; }

signals:
    void actionRequested(const Security::Finding& finding);
    void snoozeRequested(const Security::Finding& finding);
    void ignoreRequested(const Security::Finding& finding);
    /** *Remove Everywhere…* for the registered key the finding names (finding().fingerprint). */
    void removeEverywhereRequested(const Security::Finding& finding);
    /** The finding is ignored or snoozed and the user wants it back. */
    void restoreRequested(const Security::Finding& finding);

private:
    Security::Finding m_finding;
    QPushButton* m_actionButton = nullptr;
};
