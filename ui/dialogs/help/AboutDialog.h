#pragma once

#include <QDialog>

/**
 * Help → About Keydeck: version, licence, the libraries' versions (AppInfo::components, as --version prints them)
 * and the homepage. Every text is shown as plain text; only the link label is rich text, built from escaped values.
 */
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);
};
