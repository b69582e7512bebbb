#pragma once

#include <QDialog>
#include <QScopedPointer>

class ConsoleProvider;
namespace Ui {
class EnvVarDialog;
}

/**
 * Creates an account environment variable or replaces the value of an existing one (Vast.ai
 * /secrets/). Checks the naming rules before sending, sends through the provider and stays open
 * with the input intact when the server refuses.
 */
class EnvVarDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Create, Update };

    /** For Mode::Update, @p name is the existing variable and cannot be changed. */
    EnvVarDialog(ConsoleProvider* provider, Mode mode, const QString& name = {}, QWidget* parent = nullptr);
    ~EnvVarDialog() override;

    Mode mode() const { return m_mode; }
    /** The name as the server stores it (upper-cased). */
    QString savedName() const;

public slots:
    void accept() override;

signals:
    void busyChanged(bool busy);

private:
    void updateHints();
    void setBusy(bool busy);

    const QScopedPointer<Ui::EnvVarDialog> m_ui;
    ConsoleProvider* m_provider;
    Mode m_mode;
    bool m_busy = false;
};
