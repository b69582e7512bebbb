#pragma once

#include <QStringList>
#include <QWizardPage>
#include <memory>

namespace Ui {
class SshKeyPage;
}

/**
 * Registers an SSH key with the new account: a local key that is not registered yet, a newly generated one, or
 * none. Next asks the controller to do it and moves on once the provider accepted the key.
 */
class SshKeyPage : public QWizardPage
{
    Q_OBJECT

public:
    enum class Choice { UseLocal, Generate, Skip };

    explicit SshKeyPage(QWidget* parent = nullptr);
    ~SshKeyPage() override;

    /** Local keys are being listed and compared with the account's keys. */
    void showLoading(const QString& text);
    /**
     * Offers @p labels (one per local key not registered yet, in the controller's order) and preselects
     * @p select; @p note explains the list (e.g. why it is empty).
     */
    void setLocalKeys(const QStringList& labels, const QString& note, int select = 0);
    void setDefaultKeyName(const QString& name);

    Choice choice() const;
    void setChoice(Choice choice);
    int localKeyIndex() const;
    QString keyName() const;

    void showWorking(const QString& text);
    void showFailed(const QString& text);
    /** The key is registered; Next moves on. */
    void markDone(const QString& text);
    bool isDone() const { return m_done; }
    QString statusText() const;

    bool isComplete() const override;
    bool validatePage() override;

signals:
    void useLocalKeyRequested(int index);
    /** @p passphrase may be empty (an unencrypted key). */
    void generateRequested(const QString& name, const QString& passphrase);

private:
    void inputChanged();
    QString passphraseProblem() const;

    std::unique_ptr<Ui::SshKeyPage> m_ui;
    bool m_userChose = false;
    bool m_busy = false;
    bool m_done = false;
};
