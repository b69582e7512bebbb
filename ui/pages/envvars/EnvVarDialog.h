#pragma once

#include "providers/Dto.h"

#include <QDialog>
#include <QList>
#include <QScopedPointer>
#include <QStringList>

class ConsoleProvider;
class RequestTracker;
namespace Ui {
class EnvVarDialog;
}

/**
 * Creates an account environment variable or replaces the value of an existing one (Vast.ai
 * /secrets/). Checks the naming rules before sending, sends through the provider and stays open
 * with the input intact when the server refuses. When a create's answer is lost (timeout, dropped
 * connection) it re-lists the variables to tell whether the server created it, so that trying again
 * does not send it twice.
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
    /** Mode::Create: the names the user saw listed; a name among them does not prove a lost create happened. */
    void setListedNames(const QStringList& names);
    /** True when the dialog was accepted because a re-list showed that a create with a lost answer worked. */
    bool createdAfterLostAnswer() const { return m_createdAfterLostAnswer; }

public slots:
    void accept() override;

signals:
    void busyChanged(bool busy);
    /** After a lost create answer: the variables as the server lists them now. */
    void variablesRelisted(const QList<EnvVar>& variables);

private:
    void updateHints();
    /** Shows the busy state the request tracker reports. */
    void showBusy(bool busy);
    void showError(const QString& text);
    /** Mode::Create: the sentence for a name the loaded list already has, or an empty string. */
    QString listedNameProblem() const;

    const QScopedPointer<Ui::EnvVarDialog> m_ui;
    ConsoleProvider* m_provider;
    Mode m_mode;
    QStringList m_listedNames;
    RequestTracker* m_requests;
    bool m_createdAfterLostAnswer = false;
};
