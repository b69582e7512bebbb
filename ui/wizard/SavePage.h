#pragma once

#include <QWizardPage>
#include <memory>

namespace Ui {
class SavePage;
}

/**
 * Names the account and says where its key goes: the system keychain, or (when no keychain works and the user
 * agrees) memory for this run only. Next saves, through the controller; nothing is saved before.
 */
class SavePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SavePage(QWidget* parent = nullptr);
    ~SavePage() override;

    void setAccountName(const QString& name);
    QString accountName() const;

    /** The keychain is being checked. */
    void showProbing();
    /** The keychain works: the key goes there. */
    void showKeychainAvailable();
    /** No keychain works: @p explanation offers memory-only mode, which the user must tick to go on. */
    void showKeychainUnavailable(const QString& explanation);
    /** Memory-only mode is on already (another account chose it): the key stays in memory. */
    void showMemoryOnlyActive(const QString& explanation);
    void showSaving();
    /** The save failed; the page keeps everything the user entered. */
    void showSaveFailed(const QString& message);
    /** The account exists now (Next moves on without saving again). */
    void markSaved();
    /** Back before this page undid the save. */
    void markUnsaved();
    bool isSaved() const { return m_saved; }
    bool memoryOnlyChosen() const;

    bool isComplete() const override;
    bool validatePage() override;

signals:
    /** Next was pressed on an unsaved page: save with this name, in memory only when @p memoryOnly. */
    void saveRequested(const QString& accountName, bool memoryOnly);

private:
    enum class KeychainState { Probing, Available, Unavailable, MemoryOnly };

    std::unique_ptr<Ui::SavePage> m_ui;
    KeychainState m_keychain = KeychainState::Probing;
    bool m_saving = false;
    bool m_saved = false;
};
