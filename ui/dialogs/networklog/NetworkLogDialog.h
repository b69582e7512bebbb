#pragma once

#include <QDialog>

#include <memory>

class NetworkLog;
class QClipboard;

namespace Ui {
class NetworkLogDialog;
}

/**
 * Help → Network Log: this run's requests (NetworkLog), newest last, with the selected one's redacted bodies, Copy
 * as curl (the key as $VAST_API_KEY / $SPHERON_API_KEY) and Save… to a file the user picks (0600). Live: calls made
 * while it is open appear at once. Issue 19, "Network log".
 */
class NetworkLogDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NetworkLogDialog(NetworkLog* log, QWidget* parent = nullptr);
    ~NetworkLogDialog() override;

    /** Where Save… writes; empty asks with a file dialog (tests set it). */
    void setSavePathForTesting(const QString& path) { m_savePathForTesting = path; }

private:
    void reload();
    void appendEntry(int index);
    void showSelected();
    void copyCurl();
    void save();
    int selectedIndex() const;

    std::unique_ptr<Ui::NetworkLogDialog> m_ui;
    NetworkLog* m_log;
    QString m_savePathForTesting;
};
