#pragma once

#include <QWizardPage>
#include <memory>

namespace Ui {
class VerifyPage;
}

/**
 * Shows the live check of the key (or the demo's start): progress, then success or a clear message with Retry,
 * a two-factor code field, or the memory-only offer. The controller does the work; this page only shows it.
 */
class VerifyPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit VerifyPage(QWidget* parent = nullptr);
    ~VerifyPage() override;

    /** The demo skips the save page: the demo account is made while verifying. */
    void setDemo(bool demo) { m_demo = demo; }

    void showChecking(const QString& text);
    void showSuccess(const QString& text);
    /**
     * @param askTwoFactor shows the code field (the account uses 2FA).
     * @param offerMemoryOnly shows "Continue with the key in memory only" (the keychain failed).
     */
    void showFailure(const QString& text, bool askTwoFactor = false, bool offerMemoryOnly = false);
    bool isVerified() const { return m_verified; }
    /** The text shown (for tests and accessibility). */
    QString statusText() const;

    bool isComplete() const override;
    int nextId() const override;

signals:
    void retryRequested();
    void twoFactorCodeEntered(const QString& code);
    void memoryOnlyRequested();

private:
    std::unique_ptr<Ui::VerifyPage> m_ui;
    bool m_verified = false;
    bool m_demo = false;
};
