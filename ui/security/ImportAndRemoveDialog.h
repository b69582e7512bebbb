#pragma once

#include "security/Finding.h"
#include "security/PlaintextImport.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ImportAndRemoveDialog;
}

class AppServices;
class QPushButton;

/**
 * The overview's *Import and Remove* for a plaintext key file or an `export …_API_KEY=` line (issue 23,
 * docs/SECURITY-OVERVIEW.md "Import and Remove"): shows where the key is (the file, or the start-up file's line with
 * the key masked), which provider, and whether an account already stores it; *Import* makes the account the way Add
 * Account does; *Delete File…* / *Comment Out Line…* asks, then removes the plaintext copy, only once the key is
 * stored. The rules are Security::PlaintextImport's; this dialog turns its outcomes into words.
 */
class ImportAndRemoveDialog : public QDialog
{
    Q_OBJECT

public:
    ImportAndRemoveDialog(const Security::Finding& finding, AppServices* services,
                          Security::PlaintextImport::ProviderFactory providerFactory, QWidget* parent = nullptr);
    ~ImportAndRemoveDialog() override;

    Security::PlaintextImport* plaintextImport() const { return m_import; }

signals:
    /** The plaintext copy is gone: this computer should be checked again. */
    void removed();

private:
    void showState();
    void importFinished(bool ok);
    void remove();
    /** Grows the dialog to show every line of its labels. */
    void fitToText();
    QString storedLabel() const;

    std::unique_ptr<Ui::ImportAndRemoveDialog> m_ui;
    AppServices* m_services;
    Security::PlaintextImport* m_import;
    QPushButton* m_importButton;
    QPushButton* m_removeButton;
    QPushButton* m_closeButton;
};
