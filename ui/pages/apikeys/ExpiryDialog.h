#pragma once

#include <QDate>
#include <QDialog>

#include <memory>

namespace Ui {
class ExpiryDialog;
}

/** Lets the user enter the key's expiry date from the console (Spheron's API cannot tell it), or mark it unknown. */
class ExpiryDialog : public QDialog
{
    Q_OBJECT

public:
    /** @p expiry null means unknown. */
    explicit ExpiryDialog(const QDate& expiry, QWidget* parent = nullptr);
    ~ExpiryDialog() override;

    /** The chosen date, or a null date for "unknown". */
    QDate expiry() const;

private:
    const std::unique_ptr<Ui::ExpiryDialog> m_ui;
};
