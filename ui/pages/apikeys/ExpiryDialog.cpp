#include "pages/apikeys/ExpiryDialog.h"
#include "ui_ExpiryDialog.h"

ExpiryDialog::ExpiryDialog(const QDate& expiry, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::ExpiryDialog)
{
    m_ui->setupUi(this);
    m_ui->knownCheck->setChecked(expiry.isValid());
    m_ui->dateEdit->setEnabled(expiry.isValid());
    // The console issues keys for about a year (the docs' example shows 320 days left).
    m_ui->dateEdit->setDate(expiry.isValid() ? expiry : QDate::currentDate().addYears(1));
}

ExpiryDialog::~ExpiryDialog() = default;

QDate ExpiryDialog::expiry() const
{
    return m_ui->knownCheck->isChecked() ? m_ui->dateEdit->date() : QDate();
}
